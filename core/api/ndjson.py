"""Incremental NDJSON parsing for the fetch endpoints.

Unlike the seed's parser, nothing is dropped silently: a malformed line is
counted and kept with its line number and reason (not JSON, nested too deeply,
not a Feature), and an unterminated last line that is not valid JSON means the
stream broke off, which raises. A line with bytes that are not UTF-8 (one odd
byte in a producer's name) is still read, with U+FFFD in their place, as the
``TextDecoder`` of the Enforcement Dashboard guide's parser reads it: the
feature keeps its geometry and verdict, its ``data_note`` says what was
replaced, and such lines are counted; only a line that is no JSON even then is
left out ("not UTF-8 text"). Lines are assembled in linear time
(pieces are joined once, when the newline arrives) and none may grow past
``max_line_bytes``: memory holds one partial line at most, whatever the number
of features or the length of what a server sends without a newline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from ..coercion import NOT_UTF8, add_note, finding
from .errors import AnswerTooLargeError, IncompleteStreamError
from .feature_line import split_feature_line

Feature = Dict[str, Any]

#: A line's content: from its first non-blank byte to its end (blank lines cost no Python step).
_CONTENT = re.compile(rb"[^\s][^\n]*")


@dataclass(frozen=True)
class MalformedLine:
    """A line (or a feature) that was not kept: where, why, and its first characters."""

    line_no: int
    reason: str
    excerpt: str
    unit: str = "line"

    def __str__(self) -> str:
        excerpt = f" ({self.excerpt!r})" if self.excerpt else ""
        return f"{self.unit} {self.line_no}: {self.reason}{excerpt}"


def describe_skipped(skipped: Sequence[MalformedLine], total: Optional[int] = None, shown: int = 3) -> str:
    """``2 lines not written: line 2: not UTF-8 text ('...'); line 5: ...`` (``""`` when none)."""
    total = len(skipped) if total is None else total
    if not total:
        return ""
    units = {item.unit for item in skipped}
    noun = units.pop() if len(units) == 1 else "line"
    listed = "; ".join(str(item) for item in skipped[:shown])
    more = f" and {total - min(shown, len(skipped)):,} more" if total > min(shown, len(skipped)) else ""
    return f"{total:,} {noun}{'' if total == 1 else 's'} not written: {listed}{more}"


def describe_repaired(repaired: Sequence[MalformedLine], total: Optional[int] = None, shown: int = 3) -> str:
    """``1 line read with U+FFFD for bytes that are not UTF-8 (the rows are written, see data_note): line 2:
    byte 57 ('"name": "Coop\ufffdrative"')`` (``""`` when none)."""
    total = len(repaired) if total is None else total
    if not total:
        return ""
    listed = "; ".join(str(item) for item in repaired[:shown])
    more = f" and {total - min(shown, len(repaired)):,} more" if total > min(shown, len(repaired)) else ""
    return (f"{total:,} line{'' if total == 1 else 's'} read with U+FFFD for bytes that are not UTF-8 (the rows are "
            f"written, see data_note): {listed}{more}")


class NdjsonParser:
    """Feed byte chunks with :meth:`feed`, then call :meth:`finish`; both yield features.

    ``line_no`` is the line the last feature yielded came from. A line longer than
    ``max_line_bytes`` raises :class:`AnswerTooLargeError`.
    """

    def __init__(self, max_errors_kept: int = 100, raw_geometry: bool = False,
                 max_line_bytes: Optional[int] = None) -> None:
        self.raw_geometry = raw_geometry  # keep geometries as JSON text (see feature_line)
        self.max_line_bytes = max_line_bytes
        self._pieces: List[bytes] = []
        self._held = 0
        self.line_no = 0
        self.error_count = 0
        self.errors: List[MalformedLine] = []
        self.repaired_count = 0  # lines read with U+FFFD in place of bytes that are not UTF-8
        self.repaired: List[MalformedLine] = []
        self.feature_count = 0
        self._max_errors_kept = max_errors_kept

    def _too_long(self, line_no: int) -> AnswerTooLargeError:
        from .streams import ENV_MAX_LINE, size_text  # streams imports this module

        return AnswerTooLargeError(
            f"Line {line_no:,} of the answer is longer than {size_text(self.max_line_bytes or 0)} (the limit for one "
            f"line, set by {ENV_MAX_LINE} in MB): a line should hold one feature. Stopped reading; the answer was "
            "not used.")

    def _hold(self, piece: bytes) -> None:
        """Keep the start of a line whose newline has not arrived yet."""
        self._held += len(piece)
        if self.max_line_bytes is not None and self._held > self.max_line_bytes:
            self._pieces, self._held = [], 0
            raise self._too_long(self.line_no + 1)
        self._pieces.append(piece)

    def feed(self, chunk: bytes) -> Iterator[Feature]:
        if not chunk:
            return
        first = chunk.find(b"\n")
        if first < 0:
            self._hold(chunk)
            return
        if self._pieces:
            self._hold(chunk[:first])
            line = b"".join(self._pieces)
            self._pieces, self._held = [], 0
        else:
            line = chunk[:first]
            if self.max_line_bytes is not None and len(line) > self.max_line_bytes:
                raise self._too_long(self.line_no + 1)
        self.line_no += 1
        yield from self._parse(line)
        last = chunk.rfind(b"\n")
        if last > first:
            yield from self._complete_lines(chunk, first + 1, last)
        if last + 1 < len(chunk):
            self._hold(chunk[last + 1:])

    def _complete_lines(self, chunk: bytes, start: int, stop: int) -> Iterator[Feature]:
        """The lines of ``chunk[start:stop]`` (each ended by a newline); blank ones are only counted."""
        base = self.line_no
        newlines = chunk.count(b"\n", start, stop)
        if newlines * 16 <= stop - start:  # lines of a usual length: split is the fastest
            for offset, line in enumerate(chunk[start:stop].split(b"\n")):
                self.line_no = base + offset + 1
                if self.max_line_bytes is not None and len(line) > self.max_line_bytes:
                    raise self._too_long(self.line_no)
                yield from self._parse(line)
            return
        seen, position = base, start  # mostly blank lines (a bomb of newlines): skip them without a Python step
        for match in _CONTENT.finditer(chunk, start, stop):
            seen += chunk.count(b"\n", position, match.start())
            position = match.start()
            self.line_no = seen + 1
            if self.max_line_bytes is not None and match.end() - match.start() > self.max_line_bytes:
                raise self._too_long(self.line_no)
            yield from self._parse(match.group())
        self.line_no = base + newlines + 1

    def finish(self) -> Iterator[Feature]:
        """The last line, which may lack its newline; raise if it is a cut-off fragment."""
        rest = b"".join(self._pieces)
        self._pieces, self._held = [], 0
        if not rest.strip():
            return
        self.line_no += 1
        try:
            json.loads(rest.decode("utf-8", "replace"))  # bad UTF-8 in a complete line is _parse's to report
        except RecursionError:
            pass  # complete, but too deep: rejected by _parse with its reason
        except ValueError:
            raise IncompleteStreamError(
                f"The stream ended in the middle of line {self.line_no} after {self.feature_count} features: "
                "the result is incomplete. Try again."
            ) from None
        yield from self._parse(rest)

    def reject(self, line_no: int, reason: str, excerpt: str = "", unit: str = "line") -> None:
        """Count a line or feature that is not kept (kept in ``errors`` up to ``max_errors_kept``)."""
        self.error_count += 1
        if len(self.errors) < self._max_errors_kept:
            self.errors.append(MalformedLine(line_no, reason, excerpt, unit))

    def _reject(self, line: bytes, reason: str) -> None:
        self.reject(self.line_no, reason, line[:60].decode("utf-8", "replace"))

    def _parse(self, line: bytes) -> Iterator[Feature]:
        text = line.strip()
        if not text:
            return
        try:
            decoded = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield from self._repaired(text, exc.start)
            return
        yield from self._features(text, decoded)

    def _repaired(self, text: bytes, start: int) -> Iterator[Feature]:
        """A line with bytes that are not UTF-8 (the first at ``start``), read with U+FFFD in their place."""
        decoded = text.decode("utf-8", "replace")
        errors, kept = self.error_count, len(self.errors)
        features = list(self._features(text, decoded))  # one line: one feature, or one FeatureCollection
        if not features and self.error_count > errors:  # no JSON even so: the bytes are the likelier cause
            self.error_count = errors
            del self.errors[kept:]
            self._reject(text, f"not UTF-8 text (byte {start + 1})")
            return
        where = f"byte {start + 1}"
        note = finding(NOT_UTF8, str(self.line_no), start + 1)  # worded when shown (layers/explanations)
        noted = False
        for feature in features:
            props = feature.get("properties")
            if props is None:
                props = feature["properties"] = {}
            if isinstance(props, dict):  # else the writer refuses the feature and says why
                add_note(props, note)
                noted = True
        if noted:
            self.repaired_count += 1
            if len(self.repaired) < self._max_errors_kept:
                at = len(text[:start].decode("utf-8", "replace"))
                excerpt = decoded[max(0, at - 24):at + 24]
                self.repaired.append(MalformedLine(self.line_no, where, excerpt))
        yield from features

    def _features(self, text: bytes, decoded: str) -> Iterator[Feature]:
        if self.raw_geometry:
            fast = split_feature_line(decoded)
            if fast is not None:
                self.feature_count += 1
                yield fast
                return
        try:
            obj = json.loads(decoded)
        except RecursionError:
            self._reject(text, "JSON nested too deeply to read")
            return
        except ValueError as exc:
            self._reject(text, f"not valid JSON ({getattr(exc, 'msg', exc)})")
            return
        kind = obj.get("type") if isinstance(obj, dict) else None
        if kind == "Feature":
            self.feature_count += 1
            yield obj
        elif kind == "FeatureCollection":
            members = obj.get("features")
            for feature in members if isinstance(members, list) else []:
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
