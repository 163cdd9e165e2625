"""Press contact the author reports in the draft: "werd gebeld door een journalist"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from wijzer.detectors.cues import CueFinder
from wijzer.detectors.media_cues import FIRST_PERSON, PRO_DROP, MediaLists, MediaWeights

MAX_CONTACTS = 200
# Being somewhere in the media: "morgen sta ik in de krant", "I'll be on the radio".
_APPEAR = frozenset(["sta", "stond", "ben", "was", "kom", "kwam", "zit", "zat", "ga", "verschijn",
                     "be", "am", "i'm", "i'll", "appear", "appearing", "appeared"])


@dataclass(frozen=True)
class Contact:
    score: float
    start: int
    end: int
    explanation: str


def press_contacts(finder: CueFinder, lists: MediaLists, weights: MediaWeights,
                   handles: list[re.Match[str]]) -> list[Contact]:
    """Contact cues with a media word within ``weights.window`` tokens, scored by context."""
    media = sorted([(finder.token_index(c.start), c.start, weights.media_role, c.entry)
                    for c in finder.find(lists.roles)]
                   + [(finder.token_index(c.start), c.start, weights.media_outlet, c.entry)
                      for c in finder.find(lists.outlets)]
                   + [(finder.token_index(m.start()), m.start(), weights.media_role, "@handle")
                      for m in handles])
    if not media:
        return []
    author = _first_person_sentences(finder)
    appearing = {finder.sentence_of(t.start) for t in finder.view.tokens if t.norm in _APPEAR}
    contacts = [(weights.contact, c) for c in finder.find(lists.contact) if not c.negated]
    busy = Counter(cue.sentence for _, cue in contacts)
    contacts += [(weights.contact_weak, c) for c in finder.find(lists.contact_weak)
                 if not c.negated]
    # An appearance ("op de radio") counts when the author is in it or talks in it.
    appearances = [c for c in finder.find(lists.appearance) if not c.negated and (
        busy[c.sentence] or (c.sentence in author and c.sentence in appearing))]
    contacts += [(weights.contact, c) for c in appearances]
    positions = [item[0] for item in media]
    marks = {name: {cue.sentence for cue in finder.find(name)}
             for name in (lists.others, lists.published)}
    internal = bool(finder.find(lists.internal))
    found = []
    for base, cue in contacts[:MAX_CONTACTS]:
        index = finder.token_index(cue.start)
        low = bisect_left(positions, index - weights.window)
        high = bisect_right(positions, index + weights.window)
        # "op tv" holds its own media word: enough when the author appears in it
        near = [(w, entry) for _, start, w, entry in media[low:high]
                if cue in appearances or not cue.start < start < cue.end]
        if not near:
            continue
        media_weight, media_entry = max(near)
        score = base + media_weight
        fired = [f"press contact '{cue.entry}' near '{media_entry}'"]
        if cue.sentence in author:
            score += weights.first_person
            fired.append("first person")
        for name, delta in ((lists.others, weights.others),
                            (lists.published, weights.published)):
            if cue.sentence in marks[name]:
                score += delta
                fired.append(f"{name}({delta:+.2f})")
        if internal:  # the organisation's own newsletter or channel
            score += weights.internal
            fired.append(f"{lists.internal}({weights.internal:+.2f})")
        found.append(Contact(max(0.0, min(1.0, score)), *finder.view.sentences[cue.sentence],
                             "; ".join(fired)))
    return found


def _first_person_sentences(finder: CueFinder) -> set[int]:
    """Sentences with "ik"/"I" in them, or opening with a subjectless verb ("Heb ...")."""
    sentences: set[int] = set()
    starts = {start for start, _ in finder.view.sentences}
    for token in finder.view.tokens:
        if token.norm in FIRST_PERSON or (token.start in starts and token.norm in PRO_DROP):
            sentences.add(finder.sentence_of(token.start))
    return sentences
