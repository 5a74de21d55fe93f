"""Incremental NDJSON parsing for the fetch endpoints.

Unlike the seed's parser, nothing is dropped silently: a malformed line is
counted and kept with its line number, and an unterminated last line that is not
valid JSON means the stream broke off, which raises. Memory holds one partial
line at most, whatever the number of features.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List

from .errors import IncompleteStreamError
from .feature_line import split_feature_line

Feature = Dict[str, Any]


@dataclass(frozen=True)
class MalformedLine:
    line_no: int
    reason: str
    excerpt: str

    def __str__(self) -> str:
        return f"line {self.line_no}: {self.reason} ({self.excerpt!r})"


class NdjsonParser:
    """Feed byte chunks with :meth:`feed`, then call :meth:`finish`; both yield features."""

    def __init__(self, max_errors_kept: int = 100, raw_geometry: bool = False) -> None:
        self.raw_geometry = raw_geometry  # keep geometries as JSON text (see feature_line)
        self._partial = b""
        self.line_no = 0
        self.error_count = 0
        self.errors: List[MalformedLine] = []
        self.feature_count = 0
        self._max_errors_kept = max_errors_kept

    def feed(self, chunk: bytes) -> Iterator[Feature]:
        if not chunk:
            return
        lines = (self._partial + chunk).split(b"\n")
        self._partial = lines.pop()
        for line in lines:
            self.line_no += 1
            yield from self._parse(line)

    def finish(self) -> Iterator[Feature]:
        """The last line, which may lack its newline; raise if it is a cut-off fragment."""
        rest, self._partial = self._partial, b""
        if not rest.strip():
            return
        self.line_no += 1
        try:
            json.loads(rest)
        except ValueError:
            raise IncompleteStreamError(
                f"The stream ended in the middle of line {self.line_no} after {self.feature_count} features: "
                "the result is incomplete. Try again."
            ) from None
        yield from self._parse(rest)

    def _reject(self, line: bytes, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < self._max_errors_kept:
            excerpt = line[:80].decode("utf-8", "replace")
            self.errors.append(MalformedLine(self.line_no, reason, excerpt))

    def _parse(self, line: bytes) -> Iterator[Feature]:
        text = line.strip()
        if not text:
            return
        if self.raw_geometry:
            try:
                fast = split_feature_line(text.decode("utf-8"))
            except UnicodeDecodeError:
                fast = None
            if fast is not None:
                self.feature_count += 1
                yield fast
                return
        try:
            obj = json.loads(text.decode("utf-8"))
        except UnicodeDecodeError:
            self._reject(text, "not UTF-8 text")
            return
        except ValueError as exc:
            self._reject(text, f"not valid JSON ({exc.msg})")
            return
        kind = obj.get("type") if isinstance(obj, dict) else None
        if kind == "Feature":
            self.feature_count += 1
            yield obj
        elif kind == "FeatureCollection":
            for feature in obj.get("features") or []:
                if isinstance(feature, dict) and feature.get("type") == "Feature":
                    self.feature_count += 1
                    yield feature
                else:
                    self._reject(text, "a FeatureCollection member that is not a Feature")
        else:
            self._reject(text, "not a GeoJSON Feature")

    def summary(self) -> str:
        """One sentence on the malformed lines, for the message bar; ``""`` when there are none."""
        if not self.error_count:
            return ""
        shown = "; ".join(str(e) for e in self.errors[:3])
        more = f" and {self.error_count - 3} more" if self.error_count > 3 else ""
        return f"{self.error_count} malformed line(s) skipped: {shown}{more}"


def parse_chunks(chunks: Iterable[bytes], parser: NdjsonParser) -> Iterator[Feature]:
    """All features from an iterable of byte chunks."""
    for chunk in chunks:
        yield from parser.feed(chunk)
    yield from parser.finish()
