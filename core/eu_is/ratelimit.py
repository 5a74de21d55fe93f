"""At most 5 calls a second to the EU Information System.

"EUDR Information System - Operator API Reference" v1.0, section 2.3.2: 5 calls per second per IP address
(10,000 a minute globally). Every client in the process shares :data:`SHARED_LIMITER` unless given its own, so
that a dock, a Processing run and the job watcher together stay under the limit.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Callable, Deque

MAX_CALLS_PER_SECOND = 5


class RateLimiter:
    """A sliding window: :meth:`acquire` waits until fewer than ``max_calls`` calls started in the last
    ``period`` seconds, then counts one more. Thread-safe; ``clock`` and ``sleep`` are injectable for tests."""

    def __init__(self, max_calls: int = MAX_CALLS_PER_SECOND, period: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if max_calls < 1 or period <= 0:
            raise ValueError("a rate limit needs at least one call per positive period")
        self.max_calls = max_calls
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._starts: Deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Wait for a slot; return the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                while self._starts and now - self._starts[0] >= self.period:
                    self._starts.popleft()
                if len(self._starts) < self.max_calls:
                    self._starts.append(now)
                    return waited
                delay = self.period - (now - self._starts[0])
            delay = max(delay, 0.001)
            self._sleep(delay)
            waited += delay


#: The process-wide limiter every :class:`~epoch_eudr.core.eu_is.client.EuIsClient` uses by default.
SHARED_LIMITER = RateLimiter()
