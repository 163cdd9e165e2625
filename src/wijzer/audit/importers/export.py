"""Open an export: detect its format, check the limits, then stream its posts on demand."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from wijzer.audit.importers import model
from wijzer.audit.importers.archive import Member, Opener, list_export
from wijzer.audit.importers.detect import Plan, detect
from wijzer.audit.importers.jsonstream import NotJson, RecordTooLarge, Truncated
from wijzer.audit.importers.limits import check_limits
from wijzer.audit.importers.model import ImportedPost, ImportLimits, ImportSummary

DEFAULT_LIMITS = ImportLimits()
_CORRUPT = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)


class Export:
    """An opened export; ``posts()`` reads it lazily and fills in ``summary`` as it goes."""

    def __init__(self, path: Path, format: str, kind: str, plan: Plan,
                 summary: ImportSummary) -> None:
        self.path, self.format, self.kind = path, format, kind
        self._plan = plan
        self.summary = summary

    @property
    def members(self) -> list[str]:
        """The names of the files that will be read."""
        return [member.name for member, _ in self._plan]

    def posts(self) -> Iterator[ImportedPost]:
        """Every post in the export, one at a time; the summary restarts with each pass."""
        self.summary.reset()
        with Opener(self.path, self.kind) as opener:
            for member, reader in self._plan:
                yield from self._read(opener, member, reader)

    def _read(self, opener: Opener, member: Member, reader: model.Reader
              ) -> Iterator[ImportedPost]:
        summary, count = self.summary, 0
        summary.members_read[member.name] = 0
        problem: str | None = None
        try:
            with opener.open(member) as stream:
                for item in reader(stream, member.name):
                    count += 1
                    summary.records_read += 1
                    summary.members_read[member.name] = count
                    if isinstance(item, str):
                        summary.skipped[item] += 1
                        continue
                    summary.posts_yielded += 1
                    summary.undated += item.created_at is None
                    yield item
        except Truncated:
            problem = model.TRUNCATED
        except RecordTooLarge:
            problem = model.RECORD_TOO_LARGE
        except NotJson:
            problem = model.UNREADABLE
        except RecursionError:
            problem = model.UNREADABLE
        except RuntimeError:  # an encrypted zip member
            problem = model.ENCRYPTED
        except _CORRUPT:
            problem = model.CORRUPT
        if problem:
            summary.member_problems[member.name] = problem


def open_export(path: Path, limits: ImportLimits = DEFAULT_LIMITS) -> Export:
    """Open the export at ``path`` (zip, folder or file); refuses unsafe or unknown input."""
    path = Path(path)
    listing = list_export(path, limits)
    fmt, plan = detect(path, listing)
    check_limits(path, [member for member, _ in plan], limits)
    if fmt.probe is not None:
        with Opener(path, listing.kind) as opener, opener.open(plan[0][0]) as stream:
            fmt.probe(stream, str(path))
    summary = ImportSummary(format=fmt.name, unsafe_members=list(listing.unsafe))
    summary.reset()
    return Export(path, fmt.name, listing.kind, plan, summary)
