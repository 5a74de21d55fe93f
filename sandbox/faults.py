"""Fault injection, switched per server instance, so tests can exercise every failure path."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Faults:
    """What the next requests should suffer. Counters count down as faults are served.

    - ``expire_tokens_after``: a bearer token stops working after this many uses;
    - ``rate_limit_next`` / ``retry_after``: answer 429 with ``Retry-After``;
    - ``server_error_next`` / ``server_error_status``: answer 5xx;
    - ``cut_stream_after_bytes``: drop the connection mid-stream (mid-line);
    - ``malformed_line_at``: replace NDJSON line N (1-based) with broken JSON;
    - ``messy_ndjson``: CRLF endings, blank lines, a FeatureCollection line, no final newline;
    - ``slow_seconds``: wait before answering;
    - ``corrupt_zip``: damage a DDS ZIP entry (CRC error).
    """

    expire_tokens_after: Optional[int] = None
    rate_limit_next: int = 0
    retry_after: str = "1"
    server_error_next: int = 0
    server_error_status: int = 503
    cut_stream_after_bytes: Optional[int] = None
    malformed_line_at: Optional[int] = None
    messy_ndjson: bool = False
    slow_seconds: float = 0.0
    corrupt_zip: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take_rate_limit(self) -> bool:
        with self._lock:
            if self.rate_limit_next > 0:
                self.rate_limit_next -= 1
                return True
            return False

    def take_server_error(self) -> Optional[int]:
        with self._lock:
            if self.server_error_next > 0:
                self.server_error_next -= 1
                return self.server_error_status
            return None

    def reset(self) -> None:
        with self._lock:
            self.expire_tokens_after = None
            self.rate_limit_next = self.server_error_next = 0
            self.cut_stream_after_bytes = self.malformed_line_at = None
            self.messy_ndjson = self.corrupt_zip = False
            self.slow_seconds = 0.0
