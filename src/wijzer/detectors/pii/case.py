"""Case details (objection, complaint, claim, fine) of an identifiable citizen."""

from __future__ import annotations

from typing import ClassVar

from wijzer.detectors.base import CheckContext
from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.address import NOT_STREETS, STREET
from wijzer.detectors.pii.base import MAX_CANDIDATES, Scope
from wijzer.detectors.pii.persons import MEDIUM, Mention
from wijzer.detectors.pii.proximity import ProximityRecogniser
from wijzer.detectors.pii.scoring import token_index


class CaseRecogniser(ProximityRecogniser):
    """Case words near "mevrouw/meneer/de familie <Name>", a full name or a street address.

    Officials and colleagues are not citizens here. How the case stands
    (afgewezen, in behandeling) raises the score; sending the person to a
    private channel instead ("stuur een DM", "mail naar") lowers it.
    """

    NAME = "case"
    LISTS: ClassVar[dict[str, float]] = {"pd-case": 0.6, "pd-case-weak": 0.4}
    CONTEXT = (
        ContextWords(list="pd-case-status", delta=0.15, window=6),
        ContextWords(list="pd-case-redirect", delta=-0.35, window=0),
        ContextWords(list="pd-case-public", delta=-0.35, window=8),
        ContextWords(list="pd-case-general", delta=-0.3, window=2),
    )
    CITIZENS_ONLY = True

    def mentions(self, scope: Scope, context: CheckContext) -> list[Mention]:
        found = super().mentions(scope, context)
        text = scope.view.text
        if not any(ch.isdigit() for ch in text):
            return found
        view = scope.view
        addresses = []
        for count, match in enumerate(STREET.finditer(text)):
            if count >= MAX_CANDIDATES:
                break
            if match.group("street").split()[-1].lower() in NOT_STREETS:
                continue
            first = token_index(context, view, match.start())
            last = token_index(context, view, match.end() - 1)
            addresses.append(Mention(match.start(), match.end(), first, last, MEDIUM,
                                     "street address", True))
        return sorted([*found, *addresses], key=lambda m: m.first)
