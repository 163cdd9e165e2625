"""The registry of export formats, and which one an export is."""

from __future__ import annotations

from pathlib import Path

from wijzer.audit.importers import facebook, generic, instagram, linkedin, twitter
from wijzer.audit.importers.archive import Listing, Member
from wijzer.audit.importers.model import Format, Reader
from wijzer.errors import WijzerError

FORMATS: tuple[Format, ...] = (
    linkedin.FORMAT,
    twitter.FORMAT,
    facebook.FORMAT,
    instagram.FORMAT,
    generic.CSV,
    generic.JSONL,
)

Plan = list[tuple[Member, Reader]]


def plan_for(fmt: Format, listing: Listing) -> Plan:
    """The members ``fmt`` would read, each with its reader, in name order."""
    if fmt.single_file_only and listing.kind != "file":
        return []
    plan = []
    for member in listing.members:
        reader = fmt.reader_for(member.name)
        if reader is not None:
            plan.append((member, reader))
    return sorted(plan, key=lambda step: step[0].name)


def detect(path: Path, listing: Listing) -> tuple[Format, Plan]:
    """The format with the most readable members (the registry order breaks ties)."""
    best: tuple[Format, Plan] | None = None
    for fmt in FORMATS:
        plan = plan_for(fmt, listing)
        if plan and (best is None or len(plan) > len(best[1])):
            best = (fmt, plan)
    if best is None:
        labels = "; ".join(fmt.label for fmt in FORMATS)
        raise WijzerError("audit.unknown_format", path=path, formats=labels)
    return best
