"""The one rule for waiting before trying or checking again: doubling from a first delay, capped.

Used for polling a submitted job (``core.jobs.poll_delay``), for waiting until a submitted collection shows up
(``layers.operations.epoch_api.wait_for_collection``); a retry after a failed request draws its wait at random below the
same curve (full jitter, AWS Architecture Blog "Exponential Backoff And Jitter").
"""

from __future__ import annotations

from typing import Callable, Optional

#: Beyond this many doublings the cap is always reached (keeps 2 ** attempt small).
_MOST_DOUBLINGS = 30


def backoff_delay(attempt: int, first: float, longest: float,
                  jitter: Optional[Callable[[], float]] = None) -> float:
    """Seconds to wait before try number ``attempt`` (0 = the first wait): ``first * 2**attempt``, at most
    ``longest``; with ``jitter`` (a random number in [0, 1)) a uniform share of that."""
    delay = float(min(longest, first * (2 ** max(0, min(attempt, _MOST_DOUBLINGS)))))
    return jitter() * delay if jitter is not None else delay
