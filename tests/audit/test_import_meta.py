"""Facebook and Instagram JSON exports: nesting, epoch times and the repaired mis-encoding."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from audit_helpers import FIXTURES, by_source, read_all

from wijzer.audit.importers.values import fix_mojibake

FB_POSTS = "your_posts__check_ins__photos_and_videos_1.json"


def test_facebook_export(as_export: Callable[[str], Path]) -> None:
    export, posts = read_all(as_export("facebook"))
    assert export.format == "facebook"
    found = by_source(posts)
    first = found[f"{FB_POSTS}#1"]
    assert first.text == ("Mooie dag in Middelburg, de zon scheen op de Abdij. "
                          "Café De Vlaamsche Pot aanrader! 😀")
    assert first.created_at == dt.datetime(2023, 3, 15, 9, 12, 30, tzinfo=dt.UTC)
    assert (first.kind, first.platform) == ("post", "facebook")
    assert found[f"{FB_POSTS}#2"].media_count == 1
    assert found[f"{FB_POSTS}#4"].kind == "share"
    assert found[f"{FB_POSTS}#4"].text == ("Eindelijk weer een veerdienst!\n"
                                           "Meer info in het artikel.")
    assert found[f"{FB_POSTS}#7"].created_at is None
    assert found[f"{FB_POSTS}#7"].text == "Post zonder tijdstempel, met een ë en een ß."
    comment = found["comments.json#1"]
    assert comment.kind == "comment" and comment.text == "Helemaal mee eens, goed initiatief 👍"
    assert found["comments.json#4"].text == "Tweede regel?\nJa, tweede regel."
    assert export.summary.skipped == {"empty": 2, "media_only": 3}
    assert export.summary.records_read == 11


def test_older_facebook_layout(tmp_path: Path) -> None:
    posts_dir = tmp_path / "facebook-medewerker" / "posts"
    posts_dir.mkdir(parents=True)
    source = FIXTURES / "facebook" / "your_activity_across_facebook" / "posts" / FB_POSTS
    (posts_dir / "your_posts_1.json").write_bytes(source.read_bytes())
    (tmp_path / "facebook-medewerker" / "comments").mkdir()
    (tmp_path / "facebook-medewerker" / "comments" / "comments.json").write_text(
        json.dumps({"comments": [{"timestamp": 1500000000, "data": [{"comment": {
            "timestamp": 1500000000, "comment": "Oude reactie", "author": "M"}}]}]}))
    export, posts = read_all(tmp_path / "facebook-medewerker")
    assert export.format == "facebook"
    assert len(posts) == 5
    assert "Oude reactie" in {post.text for post in posts}


def test_instagram_export(as_export: Callable[[str], Path]) -> None:
    export, posts = read_all(as_export("instagram"))
    assert export.format == "instagram"
    found = by_source(posts)
    single = found["posts_1.json#1"]
    assert single.text == "Zonsondergang bij Westkapelle 🌅 #zeeland"
    assert single.media_count == 1 and single.kind == "post"
    assert single.created_at == dt.datetime.fromtimestamp(1678900000, dt.UTC)
    several = found["posts_1.json#2"]
    assert several.text == "Drie foto's van de Zeelandbrug.\nDeel 2 volgt."
    assert several.media_count == 3
    assert found["post_comments_1.json#1"].text == "Prachtig! 😍 Waar is dit?"
    assert found["post_comments_1.json#1"].kind == "comment"
    assert found["reels_comments.json#1"].text == "Geweldige reel 🔥"
    assert export.summary.skipped == {"empty": 1, "media_only": 1}


def test_mojibake_repair_leaves_correct_text_alone() -> None:
    assert fix_mojibake("Caf\u00c3\u00a9") == "Café"
    assert fix_mojibake("\u00f0\u009f\u0098\u0080") == "😀"
    assert fix_mojibake("Café") == "Café"
    assert fix_mojibake("Ã la carte") == "Ã la carte"
    assert fix_mojibake("plain text") == "plain text"
    assert fix_mojibake("Caf\u00c3\u00a9 😀") == "Caf\u00c3\u00a9 😀"  # mixed: cannot be undone
