"""A server that sends its headers, then nothing: the overall deadline and a cancel still end the read (the
read itself blocks in the socket until its timeout, minutes later; the reader's watcher shuts the connection)."""

import sys
import threading
import time
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
from epoch_eudr.core.api.errors import CancelledError, DeadlineExceededError
from epoch_eudr.core.api.streams import Limits
from epoch_eudr.core.api.transport import RetryPolicy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import API_KEY, USER_ID, HostileServer  # noqa: E402

SILENCE_S = 20


def silent_after_headers(handler, n):
    """The status line and headers of a long NDJSON answer, one line of it, then silence."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/x-ndjson")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b'{"type": "Feature", "properties": {"company_name": "A"}, "geometry": null}\n')
    handler.wfile.flush()
    time.sleep(SILENCE_S)
    handler.close_connection = True


@pytest.fixture
def server():
    made = HostileServer(silent_after_headers)
    yield made
    made.stop()


def client(server, **options):
    return EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID), retry=RetryPolicy(max_attempts=1), **options)


def test_the_deadline_ends_a_read_the_server_left_silent(server):
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        list(client(server, limits=Limits(deadline_s=2)).fetch_supply_shed(limit=10))
    assert time.monotonic() - started < 6  # not the socket's read timeout, nor the server's silence


def test_a_cancel_ends_a_read_the_server_left_silent(server):
    cancelled = threading.Event()
    threading.Timer(1.0, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        list(client(server, limits=Limits(deadline_s=60)).fetch_supply_shed(limit=10, cancel=cancelled.is_set))
    assert time.monotonic() - started < 5
