"""Failures of the EU Information System client: each gives one typed EuIsError with a clear message, no duplicate
statement, and never the authentication key (messages, reprs, params, logs, what travels)."""

import logging
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests
from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, EuIsError, RateLimiter, environment
from epoch_eudr.core.eu_is.soap import parse_xml
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402
from eu_is_support import cocoa_import  # noqa: E402

client, fake, limiter = eu_is_support.client, eu_is_support.fake, eu_is_support.limiter  # the shared fixtures

WRONG_KEY = "wrong-key-0123456789abcdef"  # pragma: allowlist secret


def assert_no_key(error, caplog, key=DEMO_AUTH_KEY):
    for shown in (str(error), repr(error), str(error.params), error.detail, caplog.text):
        assert key not in shown


def test_wrong_key_is_an_authentication_error_and_nothing_is_recorded(fake, limiter, caplog):
    caplog.set_level(logging.DEBUG)
    before = fake.service.count()
    wrong = EuIsClient(EuIsCredentials(DEMO_USERNAME, WRONG_KEY), server=fake.url, rate_limiter=limiter)
    with pytest.raises(EuIsError) as caught:
        wrong.submit_dds(cocoa_import("PO-FAIL-1"))
    error = caught.value
    assert error.kind == "authentication" and error.code == "eu_is_authentication"
    assert DEMO_USERNAME in str(error) and "authentication key" in str(error)
    assert fake.service.count() == before
    assert_no_key(error, caplog, WRONG_KEY)
    fake.faults.refuse_credentials = 1  # the injector: the right key refused once
    right = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter)
    with pytest.raises(EuIsError) as caught:
        right.echo()
    assert caught.value.kind == "authentication"
    assert_no_key(caught.value, caplog)
    assert right.echo().status == "OK"


@pytest.mark.parametrize("minutes", [10, -10])
def test_a_clock_10_minutes_off_is_a_clock_error(fake, limiter, caplog, minutes):
    caplog.set_level(logging.DEBUG)
    before = fake.service.count()
    off = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter,
                     clock=lambda: datetime.now(timezone.utc) + timedelta(minutes=minutes))
    with pytest.raises(EuIsError) as caught:
        off.submit_dds(cocoa_import("PO-FAIL-2"))
    error = caught.value
    assert error.kind == "clock" and error.params["skew_minutes"] == minutes
    assert f"clock is 10 minutes {'ahead of' if minutes > 0 else 'behind'} the server's" in str(error)
    assert fake.service.count() == before
    assert_no_key(error, caplog)
    near = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter,
                      clock=lambda: datetime.now(timezone.utc) + timedelta(minutes=4))
    assert near.echo().status == "OK"  # within the 5 minutes the service tolerates


def test_503_on_submit_is_unavailable_not_resent_and_records_nothing(client, fake, caplog):
    caplog.set_level(logging.DEBUG)
    fake.faults.unavailable = 5
    before, sent = fake.service.count(), len(fake.arrivals)
    with pytest.raises(EuIsError) as caught:
        client.submit_dds(cocoa_import("PO-FAIL-3"))
    error = caught.value
    assert (error.kind, error.status) == ("unavailable", 503)
    assert "PO-FAIL-3" in str(error) and error.params["internal_reference"] == "PO-FAIL-3"
    assert len(fake.arrivals) == sent + 1  # a submit is never sent twice
    assert fake.service.count() == before
    assert_no_key(error, caplog)
    fake.faults.unavailable = 0
    assert client.get_dds_by_internal_reference("PO-FAIL-3") == []


def test_503_on_a_reading_call_is_retried(client, fake):
    fake.faults.unavailable = 1
    sent = len(fake.arrivals)
    assert client.echo().status == "OK"
    assert len(fake.arrivals) == sent + 2
    fake.faults.unavailable = 9
    with pytest.raises(EuIsError) as caught:
        client.get_dds_by_internal_reference("anything")
    assert caught.value.kind == "unavailable" and len(fake.arrivals) == sent + 2 + 3  # 1 + 2 retries


def test_a_lost_answer_is_uncertain_and_the_statement_is_found_not_duplicated(client, fake, caplog):
    caplog.set_level(logging.DEBUG)
    fake.faults.lose_answers = 1
    before, sent = fake.service.count(), len(fake.arrivals)
    with pytest.raises(EuIsError) as caught:
        client.submit_dds(cocoa_import("PO-FAIL-4"))
    error = caught.value
    assert error.kind == "uncertain" and "look it up by its internal reference 'PO-FAIL-4'" in str(error)
    assert len(fake.arrivals) == sent + 1 and fake.service.count() == before + 1
    [found] = client.get_dds_by_internal_reference("PO-FAIL-4")
    assert found.status == "SUBMITTED"
    assert_no_key(error, caplog)


def test_a_replayed_request_is_refused(client, fake):
    client.echo()
    _, replayed = fake.received[-1]
    answer = requests.post(fake.url + "/ws/eudr/echo", data=replayed, headers={"Content-Type": "text/xml"},
                           timeout=10)
    assert answer.status_code == 500
    fault = parse_xml(answer.content)
    assert "nonce was already used" in answer.text and fault is not None


def test_the_key_never_travels_nor_shows(client, fake, caplog):
    caplog.set_level(logging.DEBUG)
    client.echo()
    client.submit_dds(cocoa_import("PO-FAIL-5"))
    client.get_dds_by_internal_reference("PO-FAIL-5")
    assert all(DEMO_AUTH_KEY.encode() not in data for _, data in fake.received)
    assert DEMO_AUTH_KEY not in repr(client) + repr(client.credentials) + caplog.text
    assert DEMO_AUTH_KEY not in client.environment.dds_url + client.environment.verify_url


def test_the_key_echoed_in_a_fault_is_redacted(fake, limiter):
    key = "EchoedKey12345"  # pragma: allowlist secret
    fake.add_account("echoing-user", key)
    echoing = EuIsClient(EuIsCredentials("echoing-user", key), server=fake.url, rate_limiter=limiter)
    careless = cocoa_import("PO-FAIL-6", activity="DOMESTIC", associated_statements=[key])  # sent back in the fault
    with pytest.raises(EuIsError) as caught:
        echoing.submit_dds(careless)
    error = caught.value
    assert error.has("EUDR-REFERENCED-DDS-NOT-AVAILABLE") and "***" in str(error)
    assert key not in str(error) + repr(error) + str(error.params) + error.detail + str(error.errors)


def test_acceptance_by_default_production_only_when_asked():
    assert environment().name == "acceptance" and environment().client_id == "eudr-test"
    assert environment().dds_url == ("https://acceptance.eudr.webcloud.ec.europa.eu/tracesnt/ws/"
                                     "EUDRDueDiligenceStatementServiceV3")
    prod = environment("production")
    assert prod.client_id == "eudr-repository" and prod.host == "eudr.webcloud.ec.europa.eu"
    client = EuIsClient(EuIsCredentials("u", "some-key"))
    assert client.environment.name == "acceptance" and "acceptance." in client.environment.echo_url
    for name, server in (("acceptance", "https://eudr.webcloud.ec.europa.eu/tracesnt"), ("prod", None)):
        with pytest.raises(EuIsError) as caught:
            environment(name, server)
        assert caught.value.kind == "configuration"


def test_http_only_on_loopback():
    assert environment(server="http://127.0.0.1:8766/tracesnt").base_url == "http://127.0.0.1:8766/tracesnt"
    assert environment(server="http://localhost:1/tracesnt/").base_url == "http://localhost:1/tracesnt"
    for url in ("http://acceptance.eudr.webcloud.ec.europa.eu/tracesnt", "http://10.0.0.5/tracesnt",
                "https://user:pw@example.org/tracesnt",  # pragma: allowlist secret
                "ftp://127.0.0.1/x", "not a url"):
        with pytest.raises(EuIsError) as caught:
            EuIsClient(EuIsCredentials("u", "some-key"), server=url)
        assert caught.value.kind == "configuration", url


def test_missing_credentials_are_refused_before_any_call():
    with pytest.raises(EuIsError) as caught:
        EuIsCredentials("someone", "  ")
    assert caught.value.kind == "authentication" and caught.value.code == "eu_is_credentials_missing"


def test_at_most_five_calls_a_second(fake):
    shared = RateLimiter()
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=shared)
    start = len(fake.arrivals)
    for _ in range(12):
        client.echo()
    times = fake.arrivals[start:]
    assert len(times) == 12
    for i in range(len(times) - 5):
        assert times[i + 5] - times[i] >= 0.95, "six calls within one second"


def test_rate_limiter_window_with_a_fake_clock():
    now = [0.0]
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(clock=lambda: now[0], sleep=sleep)
    starts = []
    for _ in range(11):
        limiter.acquire()
        starts.append(now[0])
    assert starts[:5] == [0.0] * 5 and starts[5] == pytest.approx(1.0) and starts[10] == pytest.approx(2.0)


def test_an_answer_with_a_dtd_or_entities_is_refused_unread():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b'<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>&lol2;</S:Body></S:Envelope>')
    external = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    for data in (bomb, external):
        with pytest.raises(EuIsError) as caught:
            parse_xml(data)
        assert (caught.value.kind, caught.value.code) == ("answer", "eu_is_answer_dtd")
    with pytest.raises(EuIsError) as caught:
        parse_xml(b"<S:Envelope>")
    assert caught.value.code == "eu_is_answer_not_xml"


def test_the_fake_works_without_lxml_and_says_validation_is_off(tmp_path):
    """lxml is a test-only dependency: with it blocked, the fake still answers and says it does not validate."""
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'lxml':\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[2] / '.build' / 'pkgpath')!r})\n"
        "from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, RateLimiter\n"
        "from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME, temporary_server\n"
        "server = temporary_server(ready_delay=0)\n"
        "client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=server.url,\n"
        "                    rate_limiter=RateLimiter())\n"
        "print(server.validating, client.echo().status, 'lxml' in sys.modules)\n"
        "server.stop()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "OK", "False"]
