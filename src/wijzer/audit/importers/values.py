"""Field values as the exports write them: epoch seconds, date strings, mis-encoded text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    LOCAL_TZ: dt.tzinfo = ZoneInfo("Europe/Amsterdam")
except ZoneInfoNotFoundError:  # pragma: no cover - systems without tz data
    LOCAL_TZ = dt.UTC

_EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
_LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_DUTCH = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")


def fix_mojibake(text: str) -> str:
    """Repair Meta's exports, which write each UTF-8 byte as its own character."""
    if not _SUSPECT.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def from_epoch(value: Any) -> dt.datetime | None:
    """A UTC time from epoch seconds (or milliseconds); None when absent or absurd."""
    if isinstance(value, bool) or value in (None, "", 0):
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if _EARLIEST <= moment < _LATEST else None


def twitter_time(value: Any) -> dt.datetime | None:
    """X's ``Wed Oct 10 20:19:24 +0000 2018``, read without depending on the locale."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    if len(parts) != 6 or parts[1] not in _MONTHS:
        return parse_datetime(value)
    zone = parts[4]
    try:
        hour, minute, second = (int(piece) for piece in parts[3].split(":"))
        if len(zone) != 5 or zone[0] not in "+-":
            raise ValueError(zone)
        offset = (int(zone[1:3]) * 60 + int(zone[3:])) * (-1 if zone[0] == "-" else 1)
        moment = dt.datetime(int(parts[5]), _MONTHS[parts[1]], int(parts[2]), hour, minute,
                             second, tzinfo=dt.UTC) - dt.timedelta(minutes=offset)
    except ValueError:
        return None
    return moment


def parse_datetime(value: Any, naive_tz: dt.tzinfo = LOCAL_TZ) -> dt.datetime | None:
    """A UTC time from ISO 8601, ``YYYY-MM-DD HH:MM:SS [UTC]``, Dutch ``DD-MM-YYYY`` or epoch.

    A time without zone is taken to be in ``naive_tz``.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_epoch(value)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return from_epoch(text)
    if text.upper().endswith(" UTC"):
        text, naive_tz = text[:-4].strip(), dt.UTC
    moment = _iso(text) or _dutch(text)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=naive_tz)
    moment = moment.astimezone(dt.UTC)
    return moment if _EARLIEST <= moment < _LATEST else None


def _iso(text: str) -> dt.datetime | None:
    for attempt in (dt.datetime.fromisoformat, _with_offset):
        try:
            return attempt(text)
        except ValueError:
            continue
    return None


def _with_offset(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def _dutch(text: str) -> dt.datetime | None:
    match = _DUTCH.fullmatch(text)
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                           int(second or 0))
    except ValueError:
        return None
