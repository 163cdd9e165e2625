"""Refuse an export before reading it when its members are too large or suspiciously packed."""

from __future__ import annotations

from pathlib import Path

from wijzer.audit.importers.archive import Member
from wijzer.audit.importers.model import ImportLimits
from wijzer.errors import WijzerError


def check_limits(path: Path, members: list[Member], limits: ImportLimits) -> None:
    """Refuse, before reading anything, members that are too large or compressed suspiciously."""
    total = 0
    for member in members:
        if member.size > limits.max_member_bytes:
            raise WijzerError("audit.member_too_large", path=path, member=member.name,
                              size=member.size, limit=limits.max_member_bytes)
        if member.packed is not None and member.size > limits.ratio_floor_bytes:
            ratio = member.size / max(member.packed, 1)
            if ratio > limits.max_ratio:
                raise WijzerError("audit.zip_bomb", path=path, member=member.name,
                                  ratio=round(ratio), limit=round(limits.max_ratio))
        total += member.size
    if total > limits.max_total_bytes:
        raise WijzerError("audit.too_large", path=path, size=total,
                          limit=limits.max_total_bytes)
