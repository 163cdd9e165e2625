"""What a text says about where material comes from: own, found online, third party, permission."""

from __future__ import annotations

from wijzer.detectors.cues import Cue, CueFinder
from wijzer.detectors.params import DetectorParams

_NEEDED = frozenset("nodig vereist needed required necessary".split())


class SourceLists(DetectorParams):
    """Word lists naming the kinds of source cue."""

    own: str = "copyright-own-source"
    organisation: str = "copyright-own-organisation"
    found: str = "copyright-found-source"
    third: str = "copyright-third-party-source"
    permission: str = "copyright-permission"
    denied: str = "copyright-no-permission"
    bypass: str = "copyright-paywall-bypass"

    def names(self) -> list[str]:
        return [self.own, self.organisation, self.found, self.third, self.permission,
                self.denied, self.bypass]


def source_cues(finder: CueFinder, lists: SourceLists, organisation: bool = True
                ) -> list[tuple[str, Cue]]:
    """Every source cue with its kind: own, found, bypass, third, permission or denied.

    A negated permission ("geen toestemming") counts as denied unless it is
    "not needed"; a negated own cue ("geen eigen foto") as third party; other
    negated cues ("niet van internet") do not count. The organisation's name
    counts as own only when ``organisation`` is set.
    """
    pairs: list[tuple[str, Cue]] = [("denied", cue) for cue in finder.find(lists.denied)]
    for cue in finder.find(lists.permission):
        if not cue.negated:
            pairs.append(("permission", cue))
        elif not finder.followed_by(cue, _NEEDED):
            pairs.append(("denied", cue))
    for name in (lists.own, lists.organisation) if organisation else (lists.own,):
        pairs.extend(("third" if cue.negated else "own", cue) for cue in finder.find(name))
    for kind, name in (("found", lists.found), ("bypass", lists.bypass), ("third", lists.third)):
        pairs.extend((kind, cue) for cue in finder.find(name) if not cue.negated)
    return pairs


def source_kinds(finder: CueFinder, lists: SourceLists) -> dict[str, Cue]:
    """The first cue of each kind; paywall bypass counts as found."""
    kinds: dict[str, Cue] = {}
    for kind, cue in source_cues(finder, lists):
        kinds.setdefault("found" if kind == "bypass" else kind, cue)
    return kinds
