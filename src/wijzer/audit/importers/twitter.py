"""The X (Twitter) archive: ``data/tweets.js`` and its parts, replies and retweets told apart."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from wijzer.audit.importers.jsonstream import BAD, iter_records, record_reader
from wijzer.audit.importers.model import (
    DELETED,
    UNREADABLE,
    Format,
    Item,
    Kind,
    Reader,
    as_dict,
    dicts,
    make_post,
)
from wijzer.audit.importers.names import tail
from wijzer.audit.importers.values import twitter_time

_TWEETS = re.compile(r"tweets?(-part\d+)?\.js")
_DELETED = re.compile(r"deleted-tweets?(-part\d+)?\.js")
_MONTHLY = re.compile(r"\d{4}_\d{2}\.js")  # the old archive: data/js/tweets/2012_01.js
_STATUS = re.compile(r"https?://(?:mobile\.|www\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+")


def tweet_item(record: Any, source: str) -> Item:
    """An imported post from one archive record (``{"tweet": {...}}`` or a bare tweet)."""
    tweet = record.get("tweet", record) if isinstance(record, dict) else None
    if not isinstance(tweet, dict):
        return UNREADABLE
    raw = tweet.get("full_text", tweet.get("text"))
    if not isinstance(raw, str):
        return UNREADABLE
    text = html.unescape(raw)
    entities = as_dict(tweet.get("entities"))
    media = dicts(as_dict(tweet.get("extended_entities") or entities).get("media"))
    for item in media:
        text = text.replace(str(item.get("url") or "\0"), "")
    expanded = []
    for url in dicts(entities.get("urls")):
        if url.get("url") and url.get("expanded_url"):
            text = text.replace(str(url["url"]), str(url["expanded_url"]))
            expanded.append(str(url["expanded_url"]))
    return make_post(text=text, source=source, platform="x", kind=_kind(tweet, text, expanded),
                     created_at=twitter_time(tweet.get("created_at")),
                     post_id=str(tweet.get("id_str") or tweet.get("id") or "") or None,
                     media_count=len(media))


def _kind(tweet: dict[str, Any], text: str, urls: list[str]) -> Kind:
    if text.startswith("RT @") or "retweeted_status" in tweet:
        return "repost"
    if tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
        return "reply"
    if any(_STATUS.match(url) for url in urls):
        return "share"  # a quote tweet
    return "post"


read_tweets = record_reader((), tweet_item)


def read_deleted(stream: BinaryIO, member: str) -> Iterator[Item]:
    """Deleted tweets are no longer online: counted, not checked."""
    for record in iter_records(stream):
        yield UNREADABLE if record is BAD else DELETED


def reader_for(name: str) -> Reader | None:
    parts = tail(name, 2)
    if _DELETED.fullmatch(parts[-1]):
        return read_deleted
    if _TWEETS.fullmatch(parts[-1]) or (parts[0] == "tweets" and _MONTHLY.fullmatch(parts[-1])):
        return read_tweets
    return None


FORMAT = Format(name="x", label="X/Twitter (data/tweets.js)", reader_for=reader_for)
