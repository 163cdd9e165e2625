"""The importers' value types: an imported post, the safety limits, the summary."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

Kind = Literal["post", "reply", "comment", "share", "repost"]
KINDS: tuple[str, ...] = ("post", "reply", "comment", "share", "repost")

# Why a record was read but not yielded as a post.
EMPTY = "empty"
DELETED = "deleted"
MEDIA_ONLY = "media_only"
UNREADABLE = "unreadable"
# Why a member (a file in the export) was not read, or not read to the end.
UNSAFE_NAME = "unsafe_name"
CORRUPT = "corrupt"
TRUNCATED = "truncated"
RECORD_TOO_LARGE = "record_too_large"
ENCRYPTED = "encrypted"

MiB = 1 << 20


@dataclass(frozen=True)
class ImportedPost:
    """One post, reply or comment from an export; ``source`` names file and record, no text."""

    id: str
    text: str
    created_at: dt.datetime | None
    kind: Kind
    platform: str
    source: str
    reply_to_text: str | None = None
    media_count: int = 0


@dataclass(frozen=True)
class ImportLimits:
    """What an export may contain before Wijzer refuses it (zip bombs, runaway files)."""

    max_total_bytes: int = 1024 * MiB
    max_member_bytes: int = 256 * MiB
    max_members: int = 100_000
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1 * MiB
    max_record_bytes: int = 8 * MiB


@dataclass
class ImportSummary:
    """What was read and what was skipped, and why; holds counts and file names only."""

    format: str
    records_read: int = 0
    posts_yielded: int = 0
    undated: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    members_read: dict[str, int] = field(default_factory=dict)
    member_problems: dict[str, str] = field(default_factory=dict)
    unsafe_members: list[str] = field(default_factory=list)

    def reset(self) -> None:
        """Forget the counts of an earlier pass; unsafe names found on opening stay."""
        self.records_read = self.posts_yielded = self.undated = 0
        self.skipped = Counter({UNSAFE_NAME: len(self.unsafe_members)} if self.unsafe_members
                               else {})
        self.members_read = {}
        self.member_problems = {name: UNSAFE_NAME for name in self.unsafe_members}

    def as_dict(self) -> dict[str, Any]:
        return {"format": self.format, "records_read": self.records_read,
                "posts_yielded": self.posts_yielded, "undated": self.undated,
                "skipped": dict(sorted(self.skipped.items())),
                "members_read": dict(self.members_read),
                "member_problems": dict(self.member_problems)}


Item = ImportedPost | str
Reader = Callable[[BinaryIO, str], Iterator[Item]]


@dataclass(frozen=True)
class Format:
    """An export format: its name, a label for messages, and which reader takes which file."""

    name: str
    label: str
    reader_for: Callable[[str], Reader | None]
    single_file_only: bool = False
    probe: Callable[[BinaryIO, str], None] | None = None


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def dicts(value: Any) -> list[dict[str, Any]]:
    """The JSON objects in ``value`` if it is a list, else none."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def make_post(*, text: str | None, source: str, platform: str, kind: Kind = "post",
              created_at: dt.datetime | None = None, post_id: str | None = None,
              reply_to_text: str | None = None, media_count: int = 0) -> Item:
    """The post, or the reason to skip it when it has no text."""
    clean = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not clean:
        return MEDIA_ONLY if media_count else EMPTY
    return ImportedPost(id=post_id or source, text=clean, created_at=created_at, kind=kind,
                        platform=platform, source=source, reply_to_text=reply_to_text or None,
                        media_count=media_count)
