import email.utils
import socket
import threading
import time

import pytest
from epoch_eudr.core.api import (
    BadRequestError,
    CancelledError,
    EpochClient,
    NetworkError,
    NotFoundError,
    PasswordCredentials,
    RateLimitedError,
    ServerError,
    Upload,
)
from epoch_eudr.core.api.transport import RetryPolicy, Transport, parse_retry_after
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD


class SleepLog:
    def __init__(self):
        self.calls = []

    def __call__(self, seconds):
        self.calls.append(seconds)

    @property
    def total(self):
        return sum(self.calls)


def _client(sandbox, sleep, **retry):
    policy = RetryPolicy(**{"max_attempts": 4, "base_delay": 0.5, "max_delay": 4.0, "max_total_wait": 30.0,
                            **retry})
    return EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD), retry=policy, sleep=sleep,
                       rand=lambda: 1.0)


def test_parse_retry_after_seconds_and_date():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 0.5 ") == 0.5
    assert parse_retry_after("-4") == 0.0
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert parse_retry_after(when, now=1_000_000) == pytest.approx(30.0)
    assert parse_retry_after("garbage") is None and parse_retry_after(None) is None


def test_backoff_is_capped_exponential_with_jitter():
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0)
    assert [policy.backoff(n, lambda: 1.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert policy.backoff(3, lambda: 0.25) == 1.0


def test_429_waits_as_retry_after_says(sandbox):
    sleep = SleepLog()
    client = _client(sandbox, sleep)
    client.test_connection()
    sandbox.faults.retry_after = "2"
    sandbox.faults.rate_limit_next = 2
    assert len(list(client.fetch_supply_shed(limit=1))) == 1
    assert sleep.total == pytest.approx(4.0)
    assert sandbox.hits["/fetch_supply_shed"] == 4


def test_429_beyond_the_wait_budget_fails_with_hint(sandbox):
    sleep = SleepLog()
    client = _client(sandbox, sleep, max_total_wait=10.0)
    client.test_connection()
    sandbox.faults.retry_after = "60"
    sandbox.faults.rate_limit_next = 5
    with pytest.raises(RateLimitedError) as info:
        client.fetch_supply_shed(limit=1)
    assert info.value.retry_after == 60 and "in 60 s" in str(info.value)
    assert sleep.total == 0  # never waits past the budget


def test_503_once_then_success(sandbox):
    sleep = SleepLog()
    client = _client(sandbox, sleep)
    sandbox.faults.server_error_next = 1
    assert client.test_connection()
    assert sleep.calls and sleep.total == pytest.approx(0.5)  # first backoff step


def test_persistent_5xx_gives_up_after_max_attempts(sandbox):
    sleep = SleepLog()
    client = _client(sandbox, sleep)
    client.test_connection()
    before = sandbox.hits.get("/fetch_supply_shed", 0)
    sandbox.faults.server_error_status = 502
    sandbox.faults.server_error_next = 10
    with pytest.raises(ServerError) as info:
        client.fetch_supply_shed(limit=1)
    assert info.value.status == 502 and "try again later" in str(info.value)
    assert sandbox.hits["/fetch_supply_shed"] - before == 4
    assert sleep.total == pytest.approx(0.5 + 1.0 + 2.0)


def test_other_4xx_not_retried_and_detail_kept(client, sandbox):
    with pytest.raises(BadRequestError) as info:
        client.validate_locations(Upload(b"not a workbook", "farms.xlsx", "xlsx"), location_type="facility")
    assert info.value.status == 422 and "not a readable XLSX" in str(info.value)
    assert sandbox.hits["/validate_locations"] == 1
    with pytest.raises(NotFoundError, match="no /nowhere"):
        client.transport.request("GET", "/nowhere")
    assert sandbox.hits["/nowhere"] == 1


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_is_retried_then_network_error():
    sleep = SleepLog()
    client = EpochClient(f"http://127.0.0.1:{_closed_port()}", PasswordCredentials("a@b.c", "pw"),
                         retry=RetryPolicy(max_attempts=3, base_delay=0.1), sleep=sleep, rand=lambda: 1.0)
    with pytest.raises(NetworkError) as info:
        client.test_connection()
    assert "after 3 tries" in str(info.value) and "Check your internet connection" in str(info.value)
    assert len([s for s in sleep.calls]) >= 2


def test_read_timeout(sandbox):
    client = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD), timeout=(2.0, 0.3))
    sandbox.faults.slow_seconds = 1.0
    with pytest.raises(NetworkError, match="did not answer"):
        client.test_connection()


def _slow(faults):
    faults.slow_seconds = 3.0


def _throttled(faults):
    faults.retry_after = "30"
    faults.rate_limit_next = 3


@pytest.mark.parametrize("arm", [_slow, _throttled], ids=["slow-server", "during-backoff"])
def test_cancel_stops_waiting_at_once(sandbox, arm):
    client = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    arm(sandbox.faults)
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client.test_connection(cancel=flag.is_set)
    assert time.monotonic() - started < 1.5


def test_every_request_has_timeouts():
    transport = Transport("https://epoch-sco2-api.com", None)
    connect, read = transport.timeout
    assert 0 < connect <= 30 and 0 < read <= 600
    assert transport.session.verify is True


def test_ca_bundle_and_proxies_are_used(tmp_path):
    bundle = tmp_path / "ca.pem"
    bundle.write_text("x")
    transport = Transport("https://epoch-sco2-api.com", None, ca_bundle=str(bundle),
                          proxies={"https": "http://proxy.local:3128"})
    assert transport.session.verify == str(bundle)
    assert transport.session.proxies["https"] == "http://proxy.local:3128"
