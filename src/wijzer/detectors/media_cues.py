"""Cues of press contact: who asks (reply_to), how the draft answers, contact the draft reports."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import Field

from wijzer.detectors.cues import Cue, CueFinder
from wijzer.detectors.params import DetectorParams
from wijzer.pack.model import Pack

FIRST_PERSON = frozenset(["ik", "me", "mij", "mijn", "m'n", "mn", "k", "mezelf", "ikzelf", "i",
                          "i'm", "i've", "i'll", "i'd", "my", "myself"])
# A sentence opening with a verb and no subject is written in the first person, diary style:
# "Heb hem uitgelegd hoe het zit", "Just did an interview".
PRO_DROP = frozenset(["heb", "had", "ben", "was", "werd", "word", "mag", "mocht", "ga", "ging",
                      "kreeg", "krijg", "zat", "zit", "sta", "stond", "sprak", "just", "got",
                      "did", "spoke", "met", "gave", "gaf"])
# Words before a media word that make the writer its member ("ik werk voor de krant",
# "namens de redactie", "for our magazine"), and reading words that do not ("ik las in de krant").
_CLAIM = frozenset(["ik", "wij", "we", "ons", "onze", "mijn", "namens", "vanuit", "vraag",
                    "schrijf", "schrijven", "maak", "maken", "werk", "i", "i'm", "we're", "our",
                    "my", "writing", "write", "making", "cover", "run", "behalf", "from"])
_FOR = frozenset(["voor", "for"])  # "voor een item", "for a story": only right before
_HERE = frozenset(["hier", "here"])
_YOU = frozenset(["jij", "je", "u", "jullie", "you"])
_READING = frozenset(["las", "lees", "gelezen", "zag", "gezien", "hoorde", "gehoord", "stond",
                      "staat", "schreef", "schrijft", "meldt", "meldde", "volgens", "keek",
                      "read", "saw", "heard", "watched", "according", "says", "said", "wrote",
                      "reports", "reported"])
# Request phrases opening with a modal ("kan ik", "could you") ask only in a question.
_MODAL = frozenset(["mag", "mogen", "kunt", "kun", "kan", "kunnen", "wilt", "wil", "zou", "zouden",
                    "heeft", "heb", "weet", "could", "can", "may", "would", "are", "is"])
_MENTION = re.compile(r"@([A-Za-z0-9_.]{2,40})")


class MediaLists(DetectorParams):
    """Word lists of the media detector (lists/<name>.txt) and the handle data file."""

    roles: str = "media-roles"
    outlets: str = "media-outlets"
    formats: str = "media-formats"
    requests: str = "media-requests"
    referral: str = "media-referral"
    override: str = "media-answer-override"
    answer: str = "media-answer"
    contact: str = "media-contact"
    contact_weak: str = "media-contact-weak"
    appearance: str = "media-appearance"
    published: str = "media-published"
    others: str = "media-others"
    internal: str = "media-internal"
    handles: str = Field(default="media-handles", description="data/<name>.txt")

    def word_lists(self) -> list[str]:
        return [value for key, value in self.model_dump().items() if key != "handles"]


class MediaWeights(DetectorParams):
    """Scores of the media detector's cues."""

    role: float = Field(ge=0.0, le=1.0, default=0.4)
    outlet_claimed: float = Field(ge=0.0, le=1.0, default=0.35)
    outlet: float = Field(ge=0.0, le=1.0, default=0.1)
    handle: float = Field(ge=0.0, le=1.0, default=0.4)
    request: float = Field(ge=0.0, le=1.0, default=0.2)
    answer: float = Field(ge=0.0, le=1.0, default=0.15)
    contact: float = Field(ge=0.0, le=1.0, default=0.35)
    contact_weak: float = Field(ge=0.0, le=1.0, default=0.15)
    media_role: float = Field(ge=0.0, le=1.0, default=0.3)
    media_outlet: float = Field(ge=0.0, le=1.0, default=0.25)
    first_person: float = Field(ge=0.0, le=1.0, default=0.15)
    others: float = Field(ge=-1.0, le=0.0, default=-0.3)
    published: float = Field(ge=-1.0, le=0.0, default=-0.4)
    internal: float = Field(ge=-1.0, le=0.0, default=-0.4)
    window: int = Field(ge=1, default=20)


@dataclass(frozen=True)
class Asker:
    """Why a message reads as coming from the press."""

    score: float
    cue: str


def handle_pattern(pack: Pack, name: str) -> re.Pattern[str]:
    """A regex matching a news account's handle, built from the data file's parts."""
    parts = []
    for line in pack.lines(name):
        body = re.escape(line.strip("^$").lower())
        parts.append(("^" if line.startswith("^") else "") + body + ("$" if line.endswith("$")
                                                                   else ""))
    return re.compile("|".join(parts) or r"(?!)")


def media_handles(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    return [m for m in _MENTION.finditer(text) if pattern.search(m.group(1).lower())]


def claimed(finder: CueFinder, cue: Cue, opening: bool, window: int = 8) -> bool:
    """Whether the writer presents the media word as their own.

    "ik schrijf voor de PZC", "namens de redactie", "Omroep Zeeland hier", or a
    message that opens with it (``opening``: "Goedemiddag, Omroep Zeeland.
    Klopt het ..."); not "ik las in de krant".
    """
    tokens = finder.view.tokens
    index = finder.token_index(cue.start)
    after = finder.token_index(cue.end)
    before = tokens[max(0, index - window):index]
    following = tokens[after:after + 2]
    if any(token.norm in _READING for token in (*before, *following)):
        return False
    if (opening and index <= 2) or any(token.norm in _HERE for token in following):
        return True
    return any(token.norm in _CLAIM for token in before) or any(
        token.norm in _FOR for token in before[-2:])


def asker(finder: CueFinder, lists: MediaLists, weights: MediaWeights) -> Asker | None:
    """The strongest sign that the text was written by the press, if any."""
    best: Asker | None = None
    candidates = [(weights.role, cue) for cue in finder.find(lists.roles)
                  if not finder.preceded_by(cue, _YOU, 3)]  # "ben jij de journalist?"
    for name in (lists.outlets, lists.formats):
        for cue in finder.find(name):
            if claimed(finder, cue, opening=name == lists.outlets):
                candidates.append((weights.outlet_claimed, cue))
            elif name == lists.outlets:
                candidates.append((weights.outlet, cue))
    for score, cue in candidates:
        if best is None or score > best.score:
            best = Asker(score, f"{cue.list}:'{cue.entry}'")
    return best



def request_cues(finder: CueFinder, name: str) -> list[Cue]:
    """Request cues; "kan ik"/"could you" only in a sentence that asks ("?")."""
    text, sentences = finder.view.text, finder.view.sentences
    return [cue for cue in finder.find(name)
            if cue.entry.split()[0] not in _MODAL or "?" in text[slice(*sentences[cue.sentence])]]
