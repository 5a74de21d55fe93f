"""When statements are checked and calls retried: the Commission's 30 minutes before the first status check on
the EU's servers ("Operator API Reference" v1.0, section 2.3), then doubling up to 4 hours; seconds only against a
local server; a reading call the service could not answer tried again after 1, 2, 4... seconds (at most 30)."""

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, EuIsError
from epoch_eudr.core.eu_is.records import StatementRecord, check_delay, due_checks, iso, next_check_at, now_utc
from epoch_eudr.core.jobs import server_key
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402

fake, limiter = eu_is_support.fake, eu_is_support.limiter  # the shared fixtures

EU_SERVER = server_key("https://acceptance.eudr.webcloud.ec.europa.eu/tracesnt/ws")


def sent(server, checks=0, minutes_ago=0.0):
    moment = iso(now_utc() - timedelta(minutes=minutes_ago))
    return StatementRecord("PO-1", uuid="u-1", server=server, status="SUBMITTED", submitted_at=moment,
                           checked_at=moment if checks else "", checks=checks)


def test_thirty_minutes_before_the_first_check_on_the_eus_servers_then_doubling_up_to_four_hours():
    assert [check_delay(sent(EU_SERVER, checks)) for checks in (0, 1, 2, 3, 4, 40)] == [
        1800.0, 3600.0, 7200.0, 14400.0, 14400.0, 14400.0]
    assert due_checks([sent(EU_SERVER, minutes_ago=29)]) == []
    assert len(due_checks([sent(EU_SERVER, minutes_ago=31)])) == 1
    due = next_check_at(sent(EU_SERVER))
    assert timedelta(minutes=29.9) < due - now_utc() <= timedelta(minutes=30)


def test_a_local_server_is_checked_within_seconds():
    local = server_key("http://127.0.0.1:8123/tracesnt/ws")
    assert [check_delay(sent(local, checks)) for checks in (0, 1, 2, 5, 9)] == [1.0, 2.0, 4.0, 30.0, 30.0]
    assert next_check_at(StatementRecord("PO-2", server=local, status="AVAILABLE")) is None  # settled


def test_a_reading_call_is_retried_after_one_then_two_seconds(fake, limiter):
    waits = []
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter,
                        retries=3, sleep=waits.append)
    fake.faults.__init__()
    fake.faults.unavailable = 9
    try:
        with pytest.raises(EuIsError):
            client.get_dds_by_internal_reference("anything")
    finally:
        fake.faults.__init__()
        client.session.close()
    assert waits == [1.0, 2.0, 4.0]  # the fake's 503 gives no Retry-After
