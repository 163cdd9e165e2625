"""What a text says about where material comes from: own, found online, third party, permission."""

from __future__ import annotations

from bisect import bisect_right

from wijzer.detectors.cues import NEGATORS, Cue, CueFinder
from wijzer.detectors.params import DetectorParams

_NEEDED = frozenset(["nodig", "vereist", "needed", "required", "necessary"])
# A permission limited to something else: "licentie voor intern gebruik", "licence expired".
_RESTRICTED = frozenset(["intern", "interne", "internal", "verlopen", "expired", "buiten",
                         "outside", "proefperiode", "trial"])
_BY = frozenset(["van", "via", "door", "uit", "from", "by", "of"])
# Words that name a source: "uit de krant", "op Instagram", "door een fotograaf", "bron: PZC".
_SOURCE = frozenset(["van", "via", "door", "uit", "op", "bron", "from", "off", "by", "of", "on",
                     "source", "credit", "credits"])
# When cues overlap ("als eigen werk" holds "eigen werk"), the earlier kind here wins.
PRIORITY = ("bypass", "denied", "permission", "found", "acquired", "full_text", "own", "third",
            "paywall", "reuse", "link")


class SourceLists(DetectorParams):
    """Word lists naming the kinds of source cue."""

    own: str = "copyright-own-source"
    organisation: str = "copyright-own-organisation"
    found: str = "copyright-found-source"
    third: str = "copyright-third-party-source"
    taken: str = "copyright-taken"
    permission: str = "copyright-permission"
    denied: str = "copyright-no-permission"
    bypass: str = "copyright-paywall-bypass"

    def names(self) -> list[str]:
        return [self.own, self.organisation, self.found, self.third, self.taken,
                self.permission, self.denied, self.bypass]


def source_cues(finder: CueFinder, lists: SourceLists,
                attributed_in: tuple[int, int] | None = None, framed: bool = True
                ) -> list[tuple[str, Cue]]:
    """Every source cue with its kind: own, found, bypass, third, permission or denied.

    A negated permission ("geen toestemming", "licentie niet afgenomen")
    counts as denied unless it is "not needed"; a negated own cue ("geen eigen
    foto") as third party; other negated cues ("niet van internet") do not
    count. Within the span ``attributed_in`` (a description or a post's text,
    where names are mostly the subject) the organisation's name counts as own
    only after "van", "via", "door" ("het kanaal van de provincie"), and, when
    ``framed``, other owners only when named as the source ("uit de krant").
    """
    pairs: list[tuple[str, Cue]] = [("denied", cue) for cue in finder.find(lists.denied)]
    for cue in finder.find(lists.permission):
        restricted = (finder.followed_by(cue, _RESTRICTED, 4)
                      or finder.preceded_by(cue, _RESTRICTED, 2))
        if cue.negated or restricted or finder.followed_by(cue, NEGATORS, 1):
            if not finder.followed_by(cue, _NEEDED):
                pairs.append(("denied", cue))
        else:
            pairs.append(("permission", cue))
    pairs.extend(("third" if cue.negated else "own", cue) for cue in finder.find(lists.own))
    for cue in finder.find(lists.organisation):
        if not _inside(cue, attributed_in) or finder.preceded_by(cue, _BY, 3):
            pairs.append(("third" if cue.negated else "own", cue))
    for kind, name in (("found", lists.found), ("bypass", lists.bypass), ("third", lists.taken)):
        pairs.extend((kind, cue) for cue in finder.find(name) if not cue.negated)
    pairs.extend(("third", cue) for cue in finder.find(lists.third) if not cue.negated and (
        not framed or not _inside(cue, attributed_in) or finder.preceded_by(cue, _SOURCE, 3)))
    return pairs


def _inside(cue: Cue, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= cue.start < span[1]


def source_kinds(finder: CueFinder, lists: SourceLists, paywall: str,
                 attributed_in: tuple[int, int] | None = None) -> dict[str, Cue]:
    """The first cue of each kind; a paywall bypass counts as found, a paywall as third party."""
    pairs = source_cues(finder, lists, attributed_in)
    pairs.extend(("third", cue) for cue in finder.find(paywall) if not cue.negated)
    kinds: dict[str, Cue] = {}
    for kind, cue in without_overlaps(pairs):
        kinds.setdefault("found" if kind == "bypass" else kind, cue)
    return kinds


def without_overlaps(pairs: list[tuple[str, Cue]], exempt: frozenset[str] = frozenset()
                     ) -> list[tuple[str, Cue]]:
    """Drop a cue that overlaps one kept before it, taking kinds in :data:`PRIORITY` order."""
    rank = {kind: index for index, kind in enumerate(PRIORITY)}
    ranked = sorted(pairs, key=lambda pair: rank.get(pair[0], len(PRIORITY)))
    starts: list[int] = []  # kept spans, disjoint and sorted
    ends: list[int] = []
    kept: list[tuple[str, Cue]] = []
    for kind, cue in ranked:
        if kind not in exempt:
            index = bisect_right(starts, cue.start)
            if (index and ends[index - 1] > cue.start) or (
                    index < len(starts) and starts[index] < cue.end):
                continue
            starts.insert(index, cue.start)
            ends.insert(index, cue.end)
        kept.append((kind, cue))
    return sorted(kept, key=lambda pair: pair[1].start)
