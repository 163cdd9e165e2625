"""How checking time grows with hostile input: doubling-size ratios (about 2 = linear).

Run: .venv/bin/python benchmarks/bench_hostile.py
Replaces timed unit tests: the tests only check that hostile input is handled.
"""

from __future__ import annotations

import json
import time

from wijzer.domain import Attachment, Post
from wijzer.engine.checker import Checker

UNITS = {
    "dates_and_numbers":
        "Op 12 mei 2023 kwamen 1234 mensen, tel 06-12345678, in 2019 en 14/9/2024. ",
    "personal_data":
        "Mevrouw De Kok, Kerkstraat 14, 06-12345678, ziek, bezwaar, kenteken 12-ABC-3. ",
    "press_and_images":
        "Journalist van de krant vroeg: mag ik die foto van Google gebruiken? Bel me! ",
    "insults_and_caps":
        "WAT EEN STELLETJE IDIOTEN!!! kutorganisatie, tussen ons gezegd, ik hoor dat ",
    "digits_only": "0612345678 ",
    "zero_width": "\u200b06\u200b12\u200b ",
}


def seconds(checker: Checker, text: str) -> float:
    post = Post(text=text, reply_to=text[:9_000],
                attachments=(Attachment(note=text[:9_000]),))
    start = time.perf_counter()
    checker.check(post)
    return time.perf_counter() - start


def main() -> None:
    checker = Checker()
    limit = checker.pack.meta.max_text_chars
    results = {}
    for name, unit in UNITS.items():
        half = unit * max(1, (limit // 2) // len(unit))
        full = half + half
        small, large = seconds(checker, half), seconds(checker, full)
        results[name] = {"chars": len(full), "seconds": round(large, 4),
                         "ratio_double_size": round(large / max(small, 1e-6), 2)}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
