"""A lazy, cancellable iterator over the features of an NDJSON response."""

from __future__ import annotations

from typing import Callable, Iterator, List, Optional

import requests

from .errors import IncompleteStreamError
from .ndjson import Feature, MalformedLine, NdjsonParser
from .transport import CancelCheck, check_cancel

_BROKEN = (
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ConnectionError,
    requests.exceptions.ReadTimeout,
)


class FeatureStream:
    """Iterate once to get the features as they arrive; then read ``malformed`` and ``count``.

    A connection that breaks, or a body shorter than its ``Content-Length``,
    raises :class:`IncompleteStreamError`: a partial result is never passed off
    as complete.
    """

    def __init__(self, response: requests.Response, *, progress: Optional[Callable[[int, Optional[int]], None]] = None,
                 cancel: CancelCheck = None, chunk_bytes: int = 64 * 1024, progress_every: int = 1000) -> None:
        self._response = response
        self._progress = progress
        self._cancel = cancel
        self._chunk_bytes = chunk_bytes
        self._progress_every = progress_every
        self.parser = NdjsonParser()
        self._consumed = False

    @property
    def count(self) -> int:
        return self.parser.feature_count

    @property
    def malformed(self) -> List[MalformedLine]:
        return self.parser.errors

    @property
    def malformed_count(self) -> int:
        return self.parser.error_count

    def summary(self) -> str:
        return self.parser.summary()

    def keep_geometry_raw(self) -> None:
        """Yield geometries as JSON text (``RawJson``) instead of dicts: for consumers that pass them on."""
        self.parser.raw_geometry = True

    def close(self) -> None:
        self._response.close()

    def __iter__(self) -> Iterator[Feature]:
        if self._consumed:
            raise RuntimeError("a FeatureStream can be read only once")
        self._consumed = True
        received = 0
        try:
            for chunk in self._response.iter_content(self._chunk_bytes):
                check_cancel(self._cancel)
                received += len(chunk)
                for feature in self.parser.feed(chunk):
                    yield feature
                    if self._progress and self.count % self._progress_every == 0:
                        self._progress(self.count, None)
            self._check_length(received)
            yield from self.parser.finish()
        except _BROKEN as exc:
            raise IncompleteStreamError(
                f"The connection broke after {self.count} features ({type(exc).__name__}): "
                "the result is incomplete. Try again."
            ) from None
        finally:
            self._response.close()
        if self._progress:
            self._progress(self.count, self.count)

    def _check_length(self, received: int) -> None:
        expected = self._response.headers.get("Content-Length")
        encoded = self._response.headers.get("Content-Encoding")
        if expected and not encoded and expected.isdigit() and received < int(expected):
            raise IncompleteStreamError(
                f"The stream ended after {received} of {expected} bytes ({self.count} features): "
                "the result is incomplete. Try again."
            )
