"""Speed and memory of the export importers on a generated X archive and LinkedIn export.

Run: .venv/bin/python benchmarks/bench_import.py [--posts N]
Target (issue 4): an archive is never loaded whole; 100,000 posts import well inside the
60-second audit budget. Peak memory is measured twice: with tracemalloc (Python objects
allocated while importing) and as the process's maximum resident size.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from wijzer.audit import open_export

WORDS = ("Zeeland provincie dijk zee strand veerdienst Middelburg fiets natuur water "
         "overleg project bewoners vandaag morgen mooi goed 😀 🌊 Café").split()
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _text(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(5, 40)))


def _tweet(index: int, rng: random.Random) -> dict[str, object]:
    text = _text(rng)
    if index % 5 == 0:
        text = "RT @provincie: " + text
    tweet: dict[str, object] = {
        "edit_info": {"initial": {"editTweetIds": [str(index)], "editsRemaining": "5",
                                  "editableUntil": "2023-01-01T00:00:00.000Z",
                                  "isEditEligible": True}},
        "retweeted": False, "source": "<a href=\"https://mobile.twitter.com\">Web App</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))], "favorite_count": str(index % 7),
        "id_str": str(10**18 + index), "id": str(10**18 + index), "truncated": False,
        "retweet_count": "0", "favorited": False, "lang": "nl", "full_text": text,
        "created_at": f"Wed {MONTHS[index % 12]} {index % 28 + 1:02d} "
                      f"{index % 24:02d}:{index % 60:02d}:00 +0000 {2012 + index % 12}"}
    if index % 3 == 0:
        tweet["in_reply_to_status_id_str"] = str(index)
        tweet["in_reply_to_screen_name"] = "iemand"
    return {"tweet": tweet}


def make_x_archive(folder: Path, count: int) -> Path:
    """A zip laid out like the real archive, tweets.js written in pieces (never whole)."""
    rng = random.Random(7)
    path = folder / "twitter-archive.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("data/tweets.js", "w") as out:
            out.write(b"window.YTD.tweets.part0 = [")
            for index in range(count):
                piece = json.dumps(_tweet(index, rng), indent=2, ensure_ascii=False)
                out.write(((", " if index else "") + piece).encode())
            out.write(b"]")
        archive.writestr("data/account.js", 'window.YTD.account.part0 = []')
    return path


def make_linkedin_export(folder: Path, count: int) -> Path:
    rng = random.Random(8)
    path = folder / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("Shares.csv", "w") as raw, io.TextIOWrapper(
                raw, encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl",
                             "Visibility"])
            for index in range(count):
                lines = "\n".join(f'"{_text(rng)}"' for _ in range(rng.randint(1, 4)))
                writer.writerow([f"2023-{index % 12 + 1:02d}-{index % 28 + 1:02d} 10:00:00",
                                 f"https://www.linkedin.com/feed/update/urn:li:share:{index}",
                                 lines, "", "", "MEMBER_NETWORK"])
        archive.writestr("Comments.csv", "Date,Link,Message\n")
    return path


def measure(path: Path) -> dict[str, object]:
    tracemalloc.start()
    start = time.perf_counter()
    export = open_export(path)
    posts = sum(1 for _ in export.posts())
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    start = time.perf_counter()
    sum(1 for _ in open_export(path).posts())
    untraced = time.perf_counter() - start
    with zipfile.ZipFile(path) as archive:
        uncompressed = sum(info.file_size for info in archive.infolist())
    return {"format": export.format, "posts": posts, "records": export.summary.records_read,
            "seconds": round(untraced, 2), "seconds_traced": round(seconds, 2),
            "posts_per_second": round(posts / untraced),
            "zip_mb": round(path.stat().st_size / 2**20, 1),
            "uncompressed_mb": round(uncompressed / 2**20, 1),
            "tracemalloc_peak_mb": round(peak / 2**20, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = [measure(make_x_archive(folder, args.posts)),
                   measure(make_linkedin_export(folder, args.posts))]
    for result in results:
        print(json.dumps(result))
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"process_max_rss_mb": round(max_rss_kb / 1024, 1)}))


if __name__ == "__main__":
    main()
