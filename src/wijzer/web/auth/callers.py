"""A short memory of callers already verified for the live check.

The check endpoint is called on every pause in typing and by other tools; looking the
caller up in the database each time cost more than the check itself. A caller (an API
token's hash, or a browser session's user id and session epoch) verified in the database
is remembered for ``ttl`` seconds. Only the check, which reads no stored data, relies on
it: a revoked token or a disabled account can still check drafts for at most ``ttl``
seconds, and every other endpoint verifies against the database as before.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable


class VerifiedCallers:
    def __init__(self, ttl: float = 30.0, size: int = 10_000) -> None:
        self.ttl = ttl
        self.size = size
        self._until: OrderedDict[Hashable, float] = OrderedDict()
        self._lock = threading.Lock()

    def known(self, key: Hashable) -> bool:
        """Whether ``key`` was verified less than ``ttl`` seconds ago."""
        with self._lock:
            until = self._until.get(key)
            if until is None:
                return False
            if until < time.monotonic():
                del self._until[key]
                return False
            return True

    def remember(self, key: Hashable) -> None:
        with self._lock:
            self._until[key] = time.monotonic() + self.ttl
            self._until.move_to_end(key)
            while len(self._until) > self.size:
                self._until.popitem(last=False)

    def forget_all(self) -> None:
        with self._lock:
            self._until.clear()
