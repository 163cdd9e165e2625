"""Dutch verb forms the stemmer leaves alone ("tagt", "postte", "gereageerd") and their bases."""

from __future__ import annotations

_PAST = ("tten", "dden", "ten", "den", "te", "de")


def base_forms(word: str) -> list[str]:
    """Likely base forms of an inflected Dutch verb, most likely first."""
    if len(word) < 4 or not word.isalpha():
        return []
    forms: list[str] = []
    if word.startswith("ge") and len(word) > 5 and word[-1] in "dt":
        forms.append(word[2:-1])
    for ending in _PAST:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
            break
    if word.endswith("t") and not word.endswith("tt"):
        forms.append(word[:-1])
    return forms
