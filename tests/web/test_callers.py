"""The short memory of verified callers used by the live check."""

from __future__ import annotations

import pytest

from wijzer.web.auth import callers
from wijzer.web.auth.callers import VerifiedCallers


def test_a_caller_is_known_until_the_time_runs_out(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(callers.time, "monotonic", lambda: now[0])
    memory = VerifiedCallers(ttl=30)
    assert not memory.known(("token", "abc"))
    memory.remember(("token", "abc"))
    now[0] += 29
    assert memory.known(("token", "abc"))
    now[0] += 2
    assert not memory.known(("token", "abc"))  # verified again in the database


def test_the_memory_stays_bounded_and_forgets_the_oldest() -> None:
    memory = VerifiedCallers(ttl=30, size=3)
    for key in ("a", "b", "c", "d"):
        memory.remember(key)
    assert not memory.known("a")
    assert all(memory.known(key) for key in ("b", "c", "d"))
    memory.forget_all()
    assert not memory.known("d")
