"""The dock benchmark's heartbeat: a 10 ms QTimer on the main thread; the longest gap between beats is the
longest stall. It also lists every gap over GAP_MS and every garbage collection over 10 ms, with their times."""

from __future__ import annotations

import os
import time
from typing import Any, Dict, List, Tuple


class Heartbeat:
    """A 10 ms QTimer on the main thread: the longest gap between beats is the longest stall."""

    def __init__(self) -> None:
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.start = self.last = time.perf_counter()
        self.worst = self.worst_at = 0.0
        self.gaps: List[Tuple[float, float]] = []  # (at s, ms) of every gap over GAP_MS in this window
        # EPOCH_BENCH_STALL_TRACE=file: every thread's stack written there when a beat is 80 ms late
        # (faulthandler's own thread, which needs no GIL: it also shows a thread holding the GIL in C;
        # for diagnosis only, it reads the other threads' frames unlocked and may crash the run)
        trace = os.environ.get("EPOCH_BENCH_STALL_TRACE")
        self.trace = open(trace, "w", encoding="utf-8") if trace else None  # noqa: SIM115 (open for the run)
        self.traced = False  # armed for the windows worth a trace (not while the main thread writes on purpose)
        self.collections: List[Tuple[float, int, float, str]] = []  # garbage collections over 10 ms
        self._gc_start = 0.0
        import gc

        gc.callbacks.append(self._gc)
        self.timer.start()

    def _gc(self, phase: str, info: Dict[str, Any]) -> None:
        import threading

        now = time.perf_counter()
        if phase == "start":
            self._gc_start = now
        elif now - self._gc_start > 0.01 and len(self.collections) < 200:
            self.collections.append((round(self._gc_start - self.start, 2), info.get("generation", -1),
                                     round((now - self._gc_start) * 1000), threading.current_thread().name))

    GAP_MS = 40.0

    def arm(self, on: bool, what: str = "") -> None:
        """Trace the stalls of this window (EPOCH_BENCH_STALL_TRACE), or stop tracing."""
        if self.trace is None:
            return
        import faulthandler

        self.traced = on
        if on:
            self.trace.write(f"--- {what} from {time.perf_counter() - self.start:.3f} s\n")
            self.trace.flush()
            faulthandler.dump_traceback_later(0.08, file=self.trace)
        else:
            faulthandler.cancel_dump_traceback_later()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.worst:
            self.worst, self.worst_at = gap, self.last - self.start
        if gap * 1000 > self.GAP_MS and len(self.gaps) < 200:
            self.gaps.append((round(self.last - self.start, 2), round(gap * 1000)))
        self.last = now
        if self.trace is not None and self.traced:
            import faulthandler

            faulthandler.dump_traceback_later(0.08, file=self.trace)

    def reset(self) -> None:
        """Start a new measurement window (also closes the current gap)."""
        self.start = self.last = time.perf_counter()
        self.worst = self.worst_at = 0.0
        self.gaps = []
        self.collections = []

    def stall_ms(self) -> float:
        return max(self.worst, time.perf_counter() - self.last) * 1000
