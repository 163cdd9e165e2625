"""Guess whether a post is Dutch, English or a mix of both."""

from __future__ import annotations

_DUTCH = frozenset(
    "de het een en van ik je jij we wij is zijn niet dat die dit op in met voor aan er "
    "maar ook als bij naar nog wel geen om wat heb heeft hebben mijn onze ons u jullie "
    "vandaag morgen gisteren zo al dan kan mag moet wordt werd was".split()
)
_ENGLISH = frozenset(
    "the a an and of i you we is are not that this on in with for to there but also as "
    "at still no what have has my our your they be will can may must was were today "
    "tomorrow yesterday just it".split()
)


def guess_language(words: list[str]) -> str:
    """Return "nl", "en" or "mixed" from folded words."""
    dutch = sum(word in _DUTCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    if dutch == english == 0:
        return "nl"
    if english > 2 * dutch:
        return "en"
    if dutch > 2 * english:
        return "nl"
    return "mixed"
