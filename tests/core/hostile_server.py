"""A hostile or broken Epoch server for tests: standard library, loopback only, every mode bounded.

``HostileServer(behave)`` answers every request with ``behave(handler, n)`` (``n``: 1 for the
first request) and records what reached it (method, path, headers, body). The handler's helpers
write whatever a broken server may send: NDJSON, gzip bombs, a line without end, a trickle. Each
stops by itself: bodies are generated piece by piece (never held whole), a trickle ends after
``TRICKLE_SECONDS``, and a client that hangs up ends the handler quietly. ``hostile_servers()`` makes
them for one test and stops them all after it (the ``serve`` fixture of tests/core/conftest.py).
``client_in_child(server, action, ...)`` runs a client against one in a fresh interpreter configured through
the environment as a user would, and reports what happened, how long it took and its own peak memory.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Sequence, Tuple

import pytest

TRICKLE_SECONDS = 20.0  # the longest any trickle goes on
MIB = 1 << 20
API_KEY = "hostile-test-api-key-7f3a9c"  # pragma: allowlist secret (a test key that must never appear in a message)
USER_ID = "user-hostile-7"
PKGPATH = Path(__file__).resolve().parents[2] / ".build" / "pkgpath"
#: A child's script around its action: the client on ``sys.argv[1:4]`` (URL, key, user; no retry), the action's
#: error (if any), its seconds and its peak memory printed as the last line, JSON.
_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, EpochError
from epoch_eudr.core.api.transport import RetryPolicy
url, key, user = sys.argv[1:4]
client = EpochClient(url, ApiKeyCredentials(key, user), retry=RetryPolicy(max_attempts=1))
started = time.monotonic()
outcome = {}
try:
%s
except Exception as exc:
    outcome.update(error=type(exc).__name__, message=str(exc), epoch=isinstance(exc, EpochError))
outcome["seconds"] = time.monotonic() - started
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across fork + exec, so a child of a 400 MB pytest process
# would report the parent's peak; VmHWM belongs to this interpreter's own memory map
try:
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    outcome["peak_mb"] = int(hwm.split()[1]) / 1024.0
except (OSError, StopIteration):
    outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps(outcome))
"""


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, behave: Callable[[HostileHandler, int], None]) -> None:
        self.behave = behave
        self.seen: List[Tuple[str, str, dict, bytes]] = []
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), HostileHandler)
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paths(self) -> List[str]:
        return [path.split("?")[0] for _, path, _, _ in self.seen]

    def handle_error(self, request, client_address) -> None:
        pass  # a client hanging up mid-answer is the point of most tests

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


@contextlib.contextmanager
def hostile_servers() -> Iterator[Callable[[Callable[[HostileHandler, int], None]], HostileServer]]:
    """A maker of :class:`HostileServer` (``make(behave)``); every server it made is stopped at the end."""
    made: List[HostileServer] = []

    def make(behave: Callable[[HostileHandler, int], None]) -> HostileServer:
        server = HostileServer(behave)
        made.append(server)
        return server

    try:
        yield make
    finally:
        for server in made:
            server.stop()


def client_in_child(server: HostileServer, action: str, env: Mapping[str, str], timeout: float,
                    args: Sequence[Any] = ()) -> Dict[str, Any]:
    """Run ``action`` (Python using ``client``, ``outcome`` and ``sys.argv[4:]``, i.e. ``args``) in a fresh
    interpreter with ``env`` set; what it reported: ``error``, ``message``, ``epoch`` (an EpochError) when it
    failed, ``seconds``, ``peak_mb`` (its own peak RSS) and ``wall`` (seconds, seen from here)."""
    environment = dict(os.environ, PYTHONPATH=str(PKGPATH), **env)
    script = _CHILD % textwrap.indent(textwrap.dedent(action).strip(), "    ")
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", script, server.url, API_KEY, USER_ID, *map(str, args)],
                              env=environment, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the client was still busy after {timeout} s")
    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    outcome["wall"] = time.monotonic() - started
    print(dict(env), {k: v for k, v in outcome.items() if k != "message"})  # shown with -s: the measured peak
    return outcome


class HostileHandler(BaseHTTPRequestHandler):
    timeout = 10  # a stuck client never keeps a server thread
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _handle(self) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), 50 * MIB)
        body = self.rfile.read(length) if length else b""
        with self.server._lock:
            self.server.seen.append((self.command, self.path, dict(self.headers), body))
            n = len(self.server.seen)
        try:
            self.server.behave(self, n)
        except (BrokenPipeError, ConnectionResetError, TimeoutError, OSError):
            self.close_connection = True  # the client hung up: that is what the test wanted

    do_GET = do_POST = _handle

    # -- what a server may send -------------------------------------------------
    def answer(self, status: int, body: bytes = b"", headers: Iterable[Tuple[str, str]] = (),
               content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def json(self, status: int, value) -> None:
        self.answer(status, json.dumps(value).encode())

    def ndjson(self, lines: Iterable[bytes]) -> None:
        """A chunked NDJSON stream, one HTTP chunk per line given (lines include their newline)."""
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for line in lines:
            if line:
                self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def gzip_body(self, compressed: bytes, content_type: str = "application/x-ndjson", status: int = 200) -> None:
        self.answer(status, compressed, [("Content-Encoding", "gzip")], content_type)

    def endless_line(self, total_bytes: int, prefix: bytes = b'{"type": "Feature", "properties": {"x": "') -> None:
        """``total_bytes`` of one line that never ends, written a MiB at a time (Content-Length given)."""
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Content-Length", str(total_bytes))
        self.end_headers()
        self.wfile.write(prefix)
        left, block = total_bytes - len(prefix), b"a" * MIB
        while left > 0:
            self.wfile.write(block[:left])
            left -= MIB

    def trickle(self, body: bytes = b'{"type": "Feature", "properties": {}}\n' * 100, every: float = 0.5,
                headers_too: bool = False) -> None:
        """One byte every ``every`` seconds, for at most TRICKLE_SECONDS; with ``headers_too``, the status
        line and headers trickle as well."""
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode())
        data = (head + body) if headers_too else body
        if not headers_too:
            self.wfile.write(head)
            self.wfile.flush()
        ends = time.monotonic() + TRICKLE_SECONDS
        for i in range(len(data)):
            if time.monotonic() > ends:
                break
            self.wfile.write(data[i:i + 1])
            self.wfile.flush()
            time.sleep(every)
        self.close_connection = True


def feature_line(i: int, props: dict = None, geometry: dict = None) -> bytes:
    geometry = geometry or {"type": "Polygon", "coordinates": [[[i, 0], [i + 1, 0], [i + 1, 1], [i, 0]]]}
    return json.dumps({"type": "Feature", "properties": {"plotid": f"P{i}", **(props or {})},
                       "geometry": geometry}).encode() + b"\n"


def nested(depth: int) -> str:
    """``[[[...]]]`` ``depth`` arrays deep, as JSON text."""
    return "[" * depth + "]" * depth


@functools.lru_cache(maxsize=4)
def gzip_bomb(megabytes: int, byte: bytes = b"\0") -> bytes:
    """gzip of ``megabytes`` MiB of ``byte`` (about 1,000 to 1), built a MiB at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = byte * MIB
    parts = [packer.compress(block) for _ in range(megabytes)]
    parts.append(packer.flush())
    return b"".join(parts)
