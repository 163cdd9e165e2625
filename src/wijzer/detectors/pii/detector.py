"""Rule type ``personal_data.v1``: runs the chosen personal-data recognisers over a post."""

from __future__ import annotations

from typing import ClassVar

from wijzer.detectors.base import CheckContext, Hit
from wijzer.detectors.pii.allow import AllowList
from wijzer.detectors.pii.base import Recogniser, Resources, Result
from wijzer.detectors.pii.catalogue import RECOGNISERS
from wijzer.detectors.pii.fields import targets
from wijzer.detectors.pii.persons import PersonFinder
from wijzer.detectors.pii.settings import PersonalDataParams, RecogniserSettings
from wijzer.pack.model import Pack
from wijzer.text.tokens import fold


class PersonalDataDetector:
    """Personal data of other people: identifiers, contact details, health and case details.

    ``recognisers`` chooses which run (bsn, iban, phone, email, address,
    plate, health, case, attachment); ``settings`` overrides their scores,
    context lists and windows; ``allow`` and ``work`` name data files with
    the organisation's public and work contact details.
    """

    type_name: ClassVar[str] = "personal_data.v1"
    Params = PersonalDataParams

    def __init__(self, params: PersonalDataParams, pack: Pack) -> None:
        self.params = params
        names = frozenset(fold(name) for name in pack.lines(params.first_names))
        resources = Resources(pack, AllowList.load(pack, params.allow, params.work),
                              PersonFinder(names))
        self.recognisers: list[Recogniser] = [
            RECOGNISERS[name](params.settings.get(name, RecogniserSettings()), resources)
            for name in dict.fromkeys(params.recognisers)]

    def detect(self, context: CheckContext) -> list[Hit]:
        hits: list[Hit] = []
        for target in targets(context, list(self.params.fields)):
            for recogniser in self.recognisers:
                results = _best(recogniser.analyse(target.scope, context))
                for result in results[:self.params.max_results]:
                    start, end = target.span(result.start, result.end)
                    hits.append(Hit(start, end, result.score, target.label, result.explanation))
        return hits


def _best(results: list[Result]) -> list[Result]:
    """The highest-scoring results that do not overlap each other."""
    kept: list[Result] = []
    for result in sorted(results, key=lambda r: (-r.score, r.start)):
        if all(result.end <= other.start or result.start >= other.end for other in kept):
            kept.append(result)
            if len(kept) >= 1000:
                break
    return sorted(kept, key=lambda r: r.start)
