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
# When cues overlap ("als eigen werk" holds "eigen werk"), the earlier kind here wins.
PRIORITY = ("bypass", "denied", "permission", "found", "acquired", "full_text", "own", "third",
            "paywall", "reuse", "link")


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


def source_cues(finder: CueFinder, lists: SourceLists,
                attributed_in: tuple[int, int] | None = None) -> list[tuple[str, Cue]]:
    """Every source cue with its kind: own, found, bypass, third, permission or denied.

    A negated permission ("geen toestemming", "licentie niet afgenomen")
    counts as denied unless it is "not needed"; a negated own cue ("geen eigen
    foto") as third party; other negated cues ("niet van internet") do not
    count. Within the span ``attributed_in`` the organisation's name counts as
    own only after "van", "via", "door" ("het kanaal van de provincie"): in a
    post's text or a description it is mostly the subject.
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
        inside = attributed_in is not None and attributed_in[0] <= cue.start < attributed_in[1]
        if not inside or finder.preceded_by(cue, _BY, 3):
            pairs.append(("third" if cue.negated else "own", cue))
    for kind, name in (("found", lists.found), ("bypass", lists.bypass), ("third", lists.third)):
        pairs.extend((kind, cue) for cue in finder.find(name) if not cue.negated)
    return pairs


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
