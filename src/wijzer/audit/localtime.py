"""Local time for the history audit: days, hours and late nights are those of the Netherlands."""

from __future__ import annotations

import datetime as dt

from wijzer.audit.importers.values import LOCAL_TZ

__all__ = ["LOCAL_TZ", "from_epoch", "local", "parse_clock"]


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Europe/Amsterdam (a naive time is taken to be UTC, as the importers give)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_TZ)


def from_epoch(seconds: float) -> dt.datetime:
    """Epoch seconds as a local time."""
    return dt.datetime.fromtimestamp(seconds, LOCAL_TZ)


def parse_clock(value: str) -> int:
    """``"23:00"`` as minutes after midnight."""
    hours, _, minutes = str(value).partition(":")
    total = int(hours) * 60 + int(minutes or 0)
    if not 0 <= total < 24 * 60:
        raise ValueError(value)
    return total
