"""Reading answers within bounds, and a lazy, cancellable iterator over the features of an NDJSON answer.

Every body is read here, never by ``requests`` itself: in pieces of at most ``chunk_bytes``
(compressed bodies are inflated with a bounded output per step, so a gzip bomb never
expands in one piece), with a cap on the decompressed size, an overall deadline checked
between pieces (a server trickling one byte a second cannot hold a request open) and
the user's cancel. The caps and the deadline are :class:`Limits`, set per client
(``EpochClient(..., limits=Limits(...))``) or from the environment
(``EPOCH_REQUEST_DEADLINE_S``, ``EPOCH_MAX_ANSWER_MB``, ``EPOCH_MAX_STREAM_MB``, ``EPOCH_MAX_LINE_MB``).
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from typing import Any, Callable, Iterator, List, Mapping, Optional

import requests

from .errors import (
    AnswerTooLargeError,
    CancelledError,
    DeadlineExceededError,
    IncompleteStreamError,
    NetworkError,
    ServerError,
)
from .ndjson import Feature, MalformedLine, NdjsonParser, describe_repaired, describe_skipped

LOG = logging.getLogger("epoch_eudr.api")
MIB = 1 << 20

ENV_DEADLINE = "EPOCH_REQUEST_DEADLINE_S"
ENV_MAX_ANSWER = "EPOCH_MAX_ANSWER_MB"
ENV_MAX_STREAM = "EPOCH_MAX_STREAM_MB"
ENV_MAX_LINE = "EPOCH_MAX_LINE_MB"

#: Content encodings the client can inflate within bounds (the only ones it asks for).
ACCEPT_ENCODING = "gzip, deflate"
ERROR_BODY_BYTES = 64 * 1024  # an error answer is read this far, for its ``detail``
WATCH_SECONDS = 0.25  # how often a reader's watcher looks at the deadline and the cancel while a read blocks

_BROKEN = (OSError, http.client.HTTPException, requests.exceptions.RequestException)
try:  # urllib3's own errors, when a body is read through it (not on every version a subclass of the above)
    from urllib3.exceptions import HTTPError as _Urllib3Error

    _BROKEN = _BROKEN + (_Urllib3Error,)
except ImportError:  # pragma: no cover
    pass


def size_text(count: float) -> str:
    """``64 MiB``, ``1.5 GiB``, ``800 KiB``, ``12 bytes``."""
    if count < 1024:
        return f"{int(count)} bytes"
    for unit in ("KiB", "MiB", "GiB"):
        count /= 1024.0
        if count < 1024 or unit == "GiB":
            return f"{count:,.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{count} GiB"  # pragma: no cover


@dataclass(frozen=True)
class Limits:
    """Bounds on every request: an overall deadline and caps on decompressed sizes.

    ``deadline_s``: from sending a request to the last byte of its answer (retries and
    a whole NDJSON stream included), besides the connect and read timeouts.
    ``max_answer_bytes``: a JSON answer (screening, submissions, tokens), decompressed.
    ``max_stream_bytes``: a streamed NDJSON answer, decompressed. ``max_line_bytes``:
    one NDJSON line (one feature, or one FeatureCollection).
    """

    deadline_s: float = 1800.0
    max_answer_bytes: int = 96 * MIB
    max_stream_bytes: int = 4096 * MIB
    max_line_bytes: int = 32 * MIB

    @classmethod
    def from_environment(cls, env: Mapping[str, str] = os.environ) -> Limits:
        """The defaults, each replaced by its environment variable when that holds a positive number."""
        def read(name: str, default: float, scale: float) -> float:
            text = (env.get(name) or "").strip()
            if not text:
                return default
            try:
                value = float(text)
            except ValueError:
                value = -1.0
            if not value > 0 or value == float("inf"):
                LOG.warning("%s=%r is not a positive number: the default is used", name, text)
                return default
            return value * scale

        base = cls()
        return cls(deadline_s=read(ENV_DEADLINE, base.deadline_s, 1.0),
                   max_answer_bytes=int(read(ENV_MAX_ANSWER, base.max_answer_bytes, MIB)),
                   max_stream_bytes=int(read(ENV_MAX_STREAM, base.max_stream_bytes, MIB)),
                   max_line_bytes=int(read(ENV_MAX_LINE, base.max_line_bytes, MIB)))


@dataclass
class Budget:
    """What one request may still spend: its deadline (``time.monotonic()``) and the limits."""

    host: str
    path: str
    deadline_at: float
    limits: Limits
    params: Optional[Mapping[str, Any]] = None

    @classmethod
    def fresh(cls, host: str = "the server", path: str = "", limits: Optional[Limits] = None) -> Budget:
        limits = limits or Limits.from_environment()
        return cls(host, path, time.monotonic() + limits.deadline_s, limits)

    def expired_error(self) -> DeadlineExceededError:
        return DeadlineExceededError(
            f"{self.host} took longer than {self.limits.deadline_s:g} s over {self.path or 'its answer'} (the "
            f"overall limit for one request, set by {ENV_DEADLINE}): stopped waiting, and the answer was not "
            "used. Try again later, or ask for fewer rows.")

    def check(self, cancel: Optional[Callable[[], bool]] = None) -> None:
        if cancel is not None and cancel():
            raise CancelledError()
        if time.monotonic() > self.deadline_at:
            raise self.expired_error()


def budget_of(response: requests.Response) -> Budget:
    """The budget the transport gave this response, or a fresh default one."""
    budget = getattr(response, "epoch_budget", None)
    return budget if isinstance(budget, Budget) else Budget.fresh()


class BodyBroken(Exception):
    """The connection broke while the body was being read (``what`` names the failure)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class _Inflater:
    """gzip or deflate (zlib or raw), with at most ``limit`` bytes out per step."""

    def __init__(self, encoding: str) -> None:
        self._raw_deflate_possible = encoding == "deflate"
        self._obj = zlib.decompressobj(32 + zlib.MAX_WBITS)  # a gzip or zlib header, detected
        self._started = False

    @property
    def complete(self) -> bool:
        return self._obj.eof

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        pending = data
        while pending:
            if self._obj.eof:  # a second gzip member
                self._obj = zlib.decompressobj(32 + zlib.MAX_WBITS)
            try:
                out = self._obj.decompress(pending, limit)
            except zlib.error:
                if self._raw_deflate_possible and not self._started:
                    self._raw_deflate_possible = False
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            self._started = True
            pending = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
            if out:
                yield out


def _inflater_for(encoding: str, budget: Budget) -> Optional[_Inflater]:
    names = [name.strip() for name in encoding.lower().split(",") if name.strip() not in ("", "identity")]
    if not names:
        return None
    if len(names) == 1 and names[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater(names[0].replace("x-gzip", "gzip"))
    raise ServerError(f"{budget.host} answered {budget.path} in an encoding the plugin did not ask for "
                      f"({encoding[:40]!r}); the answer was not used.")


def _socket_of(response: requests.Response) -> Optional[socket.socket]:
    """The socket an answer is read from (urllib3's connection, else http.client's file), or ``None``."""
    raw = getattr(response, "raw", None)
    connection = getattr(raw, "_connection", None) or getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        return sock
    low = getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None)  # http.client: SocketIO
    sock = getattr(low, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


class BodyReader:
    """Iterate over the decompressed body of a streamed ``requests`` response, within ``budget``.

    Raises :class:`AnswerTooLargeError` past ``max_bytes`` (or stops there when ``truncate``),
    :class:`DeadlineExceededError`, :class:`CancelledError`, :class:`BodyBroken` when the
    connection breaks, :class:`ServerError` for a corrupt compressed body. ``received``
    counts the bytes as they came over the wire, ``produced`` after decompression.
    """

    def __init__(self, response: requests.Response, budget: Budget, *, cancel: Optional[Callable[[], bool]] = None,
                 chunk_bytes: int = 64 * 1024, max_bytes: Optional[int] = None, truncate: bool = False,
                 what: str = "answer", env_name: str = ENV_MAX_ANSWER) -> None:
        self.response, self.budget, self.cancel = response, budget, cancel
        self.chunk_bytes = max(1024, chunk_bytes)
        self.max_bytes, self.truncate, self.what, self.env_name = max_bytes, truncate, what, env_name
        self.received = 0
        self.produced = 0
        self.complete = False  # the whole body was read
        self._low: Any = None

    def _read_function(self) -> Callable[[int], bytes]:
        raw = self.response.raw
        low = getattr(raw, "_fp", None)  # urllib3's http.client response: read1 returns what has arrived
        read1 = getattr(low, "read1", None)
        if callable(read1) and not isinstance(low, (bytes, str)):
            self._low = low
            return read1
        return getattr(raw, "read1", None) or raw.read  # not a urllib3 response (tests): plain bytes

    def _too_large(self) -> AnswerTooLargeError:
        return AnswerTooLargeError(
            f"{self.budget.host} sent more than {size_text(self.max_bytes or 0)} (decompressed) in its {self.what} "
            f"to {self.budget.path or 'the request'}: stopped reading, and the answer was not used. The limit is "
            f"set by {self.env_name} (in MB).")

    def _count(self, piece: bytes) -> bytes:
        self.produced += len(piece)
        if self.max_bytes is not None and self.produced > self.max_bytes:
            if self.truncate:
                keep = len(piece) - (self.produced - self.max_bytes)
                self.produced = self.max_bytes
                return piece[:keep]
            raise self._too_large()
        return piece

    def _watch(self, done: threading.Event) -> None:
        """Beside a read that may block (a server that sends its headers, then nothing): at the deadline or a
        cancel, shut the connection so the read returns, and say why (:attr:`_stopped`)."""
        while not done.wait(WATCH_SECONDS):
            try:
                self.budget.check(self.cancel)
            except (DeadlineExceededError, CancelledError) as exc:
                self._stopped = exc
                sock = _socket_of(self.response)
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                return
            except Exception:  # noqa: BLE001 (a cancel check that fails is the reader's to see, not the watcher's)
                return

    def __iter__(self) -> Iterator[bytes]:
        try:
            inflater = _inflater_for(self.response.headers.get("Content-Encoding", ""), self.budget)
            read = self._read_function()
        except ServerError:
            self.close()
            raise
        done = threading.Event()
        self._stopped: Optional[Exception] = None
        threading.Thread(target=self._watch, args=(done,), name="epoch-eudr-read-watch", daemon=True).start()
        try:
            while True:
                self.budget.check(self.cancel)
                try:
                    data = read(self.chunk_bytes)
                except _BROKEN as exc:
                    if self._stopped is not None:
                        raise self._stopped from None
                    raise BodyBroken(type(exc).__name__) from None
                if self._stopped is not None:
                    raise self._stopped
                if not data:
                    break
                self.received += len(data)
                pieces = [data] if inflater is None else inflater.feed(data, self.chunk_bytes)
                for piece in pieces:
                    piece = self._count(piece)
                    if piece:
                        yield piece
                    if self.truncate and self.max_bytes is not None and self.produced >= self.max_bytes:
                        return
                    self.budget.check(self.cancel)
            if inflater is not None and not inflater.complete and self.received:
                raise BodyBroken("compressed data cut short")
            self.complete = True
            if self._low is not None:  # read1 leaves a finished body open: close it so the connection is reused
                self._low.close()
        except zlib.error:
            raise ServerError(f"{self.budget.host} sent a corrupt compressed {self.what} to "
                              f"{self.budget.path or 'the request'}; it was not used. Try again.") from None
        finally:
            done.set()
            if not self.complete:
                self.close()

    def close(self) -> None:
        """Drop the connection (a body left half read cannot be reused)."""
        try:
            self.response.raw.close()
        except Exception:  # nosec B110 - closing a broken connection may fail; nothing to do about it
            pass
        self.response.close()


_JSON_START = re.compile(rb"\s*[\[{]")


def _refuse_json(message: str) -> Callable[..., Any]:
    def refuse(**_: Any) -> Any:
        raise ValueError(message)
    return refuse


def read_answer(response: requests.Response, budget: Budget, *, cancel: Optional[Callable[[], bool]] = None,
                chunk_bytes: int = 64 * 1024, max_bytes: Optional[int] = None, truncate: bool = False) -> bytes:
    """Read a whole (non-streamed) answer into ``response.content`` within ``budget``; return it.

    With ``truncate`` (error answers, read only for their message) the body is cut at
    ``max_bytes`` instead of refused. JSON is parsed here once: an answer nested too deeply
    for Python (a ``RecursionError``) is a :class:`ServerError`, never a traceback, and
    ``response.json()`` returns the parsed value without parsing again.
    """
    cap = budget.limits.max_answer_bytes if max_bytes is None else max_bytes
    reader = BodyReader(response, budget, cancel=cancel, chunk_bytes=chunk_bytes, max_bytes=cap, truncate=truncate)
    buffer = bytearray()
    try:
        for piece in reader:
            buffer += piece
    except BodyBroken as exc:
        raise NetworkError(f"The connection to {budget.host} broke while its answer to {budget.path} was being read "
                           f"({exc.what}); the answer was not used. Try again.") from None
    content = bytes(buffer)
    del buffer
    response._content = content
    response._content_consumed = True
    response.close()
    if _JSON_START.match(content):
        try:
            parsed = json.loads(content)
        except RecursionError:
            if not truncate:
                raise ServerError(f"{budget.host} answered {budget.path} with JSON nested too deeply to read; the "
                                  "answer was not used.") from None
            response.json = _refuse_json("JSON nested too deeply")  # type: ignore[method-assign]
        except ValueError:
            pass  # not JSON after all: the caller says so in its own words
        else:
            response.json = lambda **_: parsed  # type: ignore[method-assign]
    return content


def preload_error_body(response: requests.Response) -> None:
    """Read at most :data:`ERROR_BODY_BYTES` of an error answer (within its budget), for its ``detail``."""
    if getattr(response, "_content", False) is not False:
        return  # already read
    try:
        read_answer(response, budget_of(response), max_bytes=ERROR_BODY_BYTES, truncate=True)
    except (NetworkError, ServerError):  # the status says enough; the body is a bonus
        response._content = b""
        response._content_consumed = True


def requested_limit(params: Optional[Mapping[str, Any]]) -> Optional[int]:
    """The ``limit`` query parameter a fetch asked for, if it is a positive integer."""
    value = (params or {}).get("limit")
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


class FeatureStream:
    """Iterate once to get the features as they arrive; then read ``skipped``, ``count`` and ``summary()``.

    A connection that breaks, or a body shorter than its ``Content-Length``, raises
    :class:`IncompleteStreamError`: a partial result is never passed off as complete.
    No more than ``max_features`` are read (by default the ``limit`` the request asked
    for): a server that sends more is cut off there, and ``truncated`` says so.
    Lines read with U+FFFD for bytes that are not UTF-8 are ``repaired`` (their rows
    are kept, each with a ``data_note``); ``notes()`` says that and the truncation.
    """

    def __init__(self, response: requests.Response, *, progress: Optional[Callable[[int, Optional[int]], None]] = None,
                 cancel: Optional[Callable[[], bool]] = None, chunk_bytes: int = 64 * 1024, progress_every: int = 1000,
                 max_features: Optional[int] = None) -> None:
        self._response = response
        self._progress = progress
        self._cancel = cancel
        self._chunk_bytes = chunk_bytes
        self._progress_every = progress_every
        self._budget = budget_of(response)
        self.parser = NdjsonParser(max_line_bytes=self._budget.limits.max_line_bytes)
        self.max_features = max_features if max_features is not None else requested_limit(self._budget.params)
        self.truncated = False
        self._yielded = 0
        self._consumed = False

    @property
    def count(self) -> int:
        """Features handed out so far."""
        return self._yielded

    @property
    def line_no(self) -> int:
        """The line the last feature handed out came from."""
        return self.parser.line_no

    @property
    def malformed(self) -> List[MalformedLine]:
        return self.parser.errors

    @property
    def malformed_count(self) -> int:
        return self.parser.error_count

    skipped = malformed
    skipped_count = malformed_count

    @property
    def repaired(self) -> List[MalformedLine]:
        """Lines read with U+FFFD in place of bytes that are not UTF-8 (the first 100)."""
        return self.parser.repaired

    @property
    def repaired_count(self) -> int:
        return self.parser.repaired_count

    def notes(self) -> List[str]:
        """What was read differently from what was sent, besides the lines skipped: lines read with U+FFFD,
        a server that sent more than asked (``[]``: nothing to say)."""
        notes = [describe_repaired(self.parser.repaired, self.parser.repaired_count)] if self.repaired_count else []
        if self.truncated:
            notes.append(self.truncation_note())
        return notes

    def summary(self) -> str:
        """The lines skipped, the lines repaired and a server that sent more than asked, in one sentence
        (``""``: nothing to say)."""
        parts = [describe_skipped(self.parser.errors, self.parser.error_count)] if self.parser.error_count else []
        return "; ".join(parts + self.notes())

    def truncation_note(self) -> str:
        return (f"the server sent more than the {self.max_features:,} rows asked for: only the first "
                f"{self.max_features:,} were read")

    def keep_geometry_raw(self) -> None:
        """Yield geometries as JSON text (``RawJson``) instead of dicts: for consumers that pass them on."""
        self.parser.raw_geometry = True

    def close(self) -> None:
        self._response.close()

    def _hand_out(self, features: Iterator[Feature]) -> Iterator[Feature]:
        for feature in features:
            if self.max_features is not None and self._yielded >= self.max_features:
                self.truncated = True
                raise _Enough()
            self._yielded += 1
            yield feature
            if self._progress and self._yielded % self._progress_every == 0:
                self._progress(self._yielded, None)

    def __iter__(self) -> Iterator[Feature]:
        if self._consumed:
            raise RuntimeError("a FeatureStream can be read only once")
        self._consumed = True
        limits = self._budget.limits
        reader = BodyReader(self._response, self._budget, cancel=self._cancel, chunk_bytes=self._chunk_bytes,
                            max_bytes=limits.max_stream_bytes, what="stream", env_name=ENV_MAX_STREAM)
        try:
            for chunk in reader:
                yield from self._hand_out(self.parser.feed(chunk))
            self._check_length(reader.received)
            yield from self._hand_out(self.parser.finish())
        except _Enough:
            LOG.info("%s: stopped after the %d rows asked for", self._budget.path, self.max_features)
        except BodyBroken as exc:
            raise IncompleteStreamError(
                f"The connection broke after {self.count} features ({exc.what}): the result is incomplete. Try again."
            ) from None
        finally:
            if not reader.complete:
                reader.close()
            self._response.close()
        if self._progress:
            self._progress(self.count, self.count)

    def _check_length(self, received: int) -> None:
        expected = self._response.headers.get("Content-Length")
        chunked = "chunked" in self._response.headers.get("Transfer-Encoding", "").lower()
        if expected and not chunked and expected.isdigit() and received < int(expected):
            raise IncompleteStreamError(
                f"The stream ended after {received} of {expected} bytes ({self.count} features): "
                "the result is incomplete. Try again."
            )


class _Enough(Exception):
    """Internal: the stream gave the features asked for."""

