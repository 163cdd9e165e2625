"""Errors cross process boundaries (batch and audit workers) intact."""

from __future__ import annotations

import pickle
from pathlib import Path

from wijzer.domain import LocalText
from wijzer.errors import ImageError, PackError, UsageError, WijzerError
from wijzer.evaluation.records import LineError


def _round_trip(error: WijzerError) -> WijzerError:
    copy: WijzerError = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert copy.message("nl") == error.message("nl")
    assert copy.message("en") == error.message("en")
    assert copy.exit_status == error.exit_status
    return copy


def test_every_kind_of_error_survives_pickling() -> None:
    _round_trip(WijzerError("text.empty"))
    _round_trip(WijzerError("text.too_long", length=20_000, limit=10_000))
    _round_trip(UsageError("usage.invalid", detail="x", usage="wijzer check"))
    _round_trip(LineError(7, WijzerError("date.invalid", value="2026-02-30")))
    _round_trip(PackError(Path("pack.yml"), 3, LocalText("kapot", "broken")))
    _round_trip(ImageError(Path("foto.jpg"), "truncated"))
