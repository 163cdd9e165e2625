"""The X archive: tweets.js with its assignment prefix, parts, replies, retweets, media."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from audit_helpers import FIXTURES, by_source, read_all

from wijzer.audit.importers.twitter import tweet_item
from wijzer.audit.importers.values import twitter_time


def test_x_archive(as_export: Callable[[str], Path]) -> None:
    export, posts = read_all(as_export("x"))
    assert export.format == "x"
    assert export.members == ["data/deleted-tweets.js", "data/tweets-part1.js",
                              "data/tweets.js"]
    found = by_source(posts)
    first = found["tweets.js#1"]
    assert first.id == "1600000000000000001"
    assert first.text == ("Vandaag de Zeeuwse Natuurprijs uitgereikt & veel mooie projecten "
                          "gezien https://www.zeeland.nl/natuurprijs")
    assert first.created_at == dt.datetime(2023, 3, 15, 9, 12, 30, tzinfo=dt.UTC)
    assert (first.kind, first.platform) == ("post", "x")
    assert found["tweets.js#2"].kind == "reply"
    assert found["tweets.js#3"].kind == "repost"
    assert "tweets.js#4" not in found  # a photo without words
    assert found["tweets.js#5"].text.endswith("3. koffie ☕️😄")
    assert found["tweets.js#6"].kind == "share"  # a quote tweet
    assert found["tweets.js#7"].created_at is None
    assert found["tweets-part1.js#1"].text == "Een oude tweet uit deel twee."
    summary = export.summary
    assert summary.skipped == {"deleted": 1, "media_only": 1}
    assert summary.records_read == 9 and summary.posts_yielded == 7


def test_media_is_counted_and_its_link_removed() -> None:
    record = {"tweet": {"id_str": "9", "full_text": "Kijk! https://t.co/x1",
                        "created_at": "Wed Oct 10 20:19:24 +0000 2018",
                        "entities": {"media": [{"url": "https://t.co/x1"}]},
                        "extended_entities": {"media": [{"url": "https://t.co/x1"},
                                                        {"url": "https://t.co/x1"}]}}}
    post = tweet_item(record, "data/tweets.js#1")
    assert not isinstance(post, str)
    assert post.text == "Kijk!" and post.media_count == 2


def test_time_zones_are_converted_to_utc() -> None:
    assert twitter_time("Wed Oct 10 20:19:24 +0000 2018") == dt.datetime(
        2018, 10, 10, 20, 19, 24, tzinfo=dt.UTC)
    assert twitter_time("Wed Oct 10 22:19:24 +0200 2018") == dt.datetime(
        2018, 10, 10, 20, 19, 24, tzinfo=dt.UTC)
    assert twitter_time("Wed Oct 10 15:19:24 -0500 2018") == dt.datetime(
        2018, 10, 10, 20, 19, 24, tzinfo=dt.UTC)
    assert twitter_time("Wed Feb 30 15:19:24 +0000 2018") is None
    assert twitter_time("2012-01-31 20:21:22 +0000") == dt.datetime(
        2012, 1, 31, 20, 21, 22, tzinfo=dt.UTC)
    assert twitter_time("gisteren") is None


def test_old_archive_without_wrapper_objects(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "data" / "js" / "tweets"
    folder.mkdir(parents=True)
    tweets = [{"id_str": "1", "text": "Oud formaat", "created_at": "2012-01-31 20:21:22 +0000"},
              {"id_str": "2", "text": "RT @iemand: doorgestuurd", "retweeted_status": {},
               "created_at": "2012-01-31 21:00:00 +0000"}]
    (folder / "2012_01.js").write_text("Grailbird.data.tweets_2012_01 = \n" + json.dumps(tweets))
    export, posts = read_all(tmp_path / "archive")
    assert export.format == "x"
    assert [(post.text, post.kind) for post in posts] == [
        ("Oud formaat", "post"), ("RT @iemand: doorgestuurd", "repost")]


def test_unreadable_records_are_skipped_and_the_rest_imported(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    good = json.dumps({"tweet": {"id_str": "1", "full_text": "Goed"}})
    other = json.dumps({"tweet": {"id_str": "3", "full_text": "Ook goed"}})
    path.write_text(f'window.YTD.tweets.part0 = [{good}, {{"tweet": {{"full_text": oeps}}}}, '
                    f'"geen object", {{"tweet": {{"full_text": 12}}}}, {other}]')
    export, posts = read_all(path)
    assert [post.text for post in posts] == ["Goed", "Ook goed"]
    assert export.summary.skipped == {"unreadable": 3}
    assert export.summary.member_problems == {}


def test_fixture_prefix_is_the_real_one() -> None:
    head = (FIXTURES / "x" / "data" / "tweets.js").read_text()[:40]
    assert head.startswith("window.YTD.tweets.part0 = [")
