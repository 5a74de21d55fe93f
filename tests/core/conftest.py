"""Fixtures for core tests: a sandbox server over real loopback HTTP (no QGIS needed), hostile servers."""

import sys
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, PasswordCredentials
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.sandbox import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD, DEMO_USER_ID, temporary_server

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import hostile_servers  # noqa: E402

FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, max_total_wait=5.0)


@pytest.fixture(scope="session")
def sandbox_server():
    server = temporary_server(ready_delay=0.3, stream_chunk_bytes=257)  # odd chunk size: lines split
    yield server
    server.stop()


@pytest.fixture
def sandbox(sandbox_server):
    sandbox_server.faults.reset()
    sandbox_server.hits.clear()
    yield sandbox_server
    sandbox_server.faults.reset()


@pytest.fixture
def client(sandbox):
    return EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD), retry=FAST_RETRY)


@pytest.fixture
def key_client(sandbox):
    return EpochClient(sandbox.url, ApiKeyCredentials(DEMO_API_KEY, DEMO_USER_ID), retry=FAST_RETRY)


@pytest.fixture
def serve():
    """``serve(behave)``: a started :class:`hostile_server.HostileServer`, stopped after the test."""
    with hostile_servers() as make:
        yield make
