"""Issue 17: the job records that survive a restart (core/jobs.py, no Qt)."""

import datetime as dt

from epoch_eudr.core import jobs
from epoch_eudr.core.jobs import FAILED, PROCESSING, READY, SUBMITTED, UNKNOWN, Job

T0 = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)


def job(name="cocoa_GH_20261120", cid="0xabc", **kw):
    return jobs.new_job(name, cid, commodity="cocoa", location_type="facility", features=3,
                        server_url=kw.pop("server", "https://api.epoch.example/v1"), source="dock", now=T0, **kw)


def test_a_record_holds_what_was_sent_and_never_credentials():
    url = "https://user:secret@api.example.org:8443/v1/?token=abc#x"  # pragma: allowlist secret (a test URL)
    record = jobs.new_job("n", "0x1", commodity=None, location_type="plot", features=12, server_url=url,
                          source="processing", now=T0)
    assert record.server == "https://api.example.org:8443/v1"
    text = jobs.dumps([record])
    assert "secret" not in text and "token" not in text and "user" not in text
    assert record.submitted_at == "2026-11-20T09:00:00Z" and record.state == SUBMITTED and record.polling


def test_every_loopback_server_is_the_local_sandbox():
    for url in ("http://127.0.0.1:41234", "http://localhost:8765/", "http://[::1]:9000"):
        assert jobs.server_key(url) == jobs.LOCAL_SERVER
    assert jobs.server_key("https://api.epoch.example/") == "https://api.epoch.example"


def test_checks_move_the_state_and_settle_it():
    record = job()
    jobs.record_check(record, "", now=T0 + dt.timedelta(minutes=1))
    assert record.state == PROCESSING and record.polling and record.checks == 1
    jobs.record_check(record, "", error="the server did not answer", now=T0 + dt.timedelta(minutes=2))
    assert record.state == PROCESSING and record.polling and "did not answer" in record.note
    jobs.record_check(record, "0xabc", now=T0 + dt.timedelta(minutes=3))
    assert record.state == READY and record.settled() and record.note == ""
    refused = job(cid="0xdef")
    jobs.record_check(refused, "", refused="400: the collection was refused", now=T0)
    assert refused.state == FAILED and refused.settled()


def test_a_job_nothing_came_for_is_given_up_after_a_week():
    record = job()
    jobs.record_check(record, "", now=T0 + jobs.GIVE_UP_AFTER - dt.timedelta(seconds=1))
    assert record.polling
    jobs.record_check(record, "", now=T0 + jobs.GIVE_UP_AFTER + dt.timedelta(seconds=1))
    assert record.state == UNKNOWN and record.settled() and "7 days" in record.note


def test_an_uncertain_submission_is_matched_by_name_when_it_turns_up():
    uncertain = jobs.uncertain_job("cocoa_x", commodity="cocoa", location_type="plot", features=5,
                                   server_url="https://api.epoch.example", source="dock", note="may have arrived",
                                   now=T0)
    assert uncertain.key == "name:cocoa_x" and uncertain.state == UNKNOWN and uncertain.polling
    jobs.record_check(uncertain, "0x99", now=T0 + dt.timedelta(minutes=5))
    assert uncertain.state == READY and uncertain.collection_id == "0x99"
    earlier = jobs.uncertain_job("cocoa_x", commodity="cocoa", location_type="plot", features=5,
                                 server_url="https://api.epoch.example", source="dock", note="", now=T0)
    merged = jobs.merge([earlier], [uncertain])
    assert len(merged) == 1 and merged[0].state == READY


def test_merge_keeps_the_record_that_knows_more_and_the_notice_shown_once():
    in_project, in_profile = job(), job()
    jobs.record_check(in_profile, "", now=T0 + dt.timedelta(minutes=1))
    jobs.record_check(in_profile, "0xabc", now=T0 + dt.timedelta(minutes=9))
    in_project.announced = True
    other = job(name="coffee_x", cid="0x2")
    merged = jobs.merge([in_project], [in_profile, other])
    assert sorted(j.key for j in merged) == ["0x2", "0xabc"]
    ready = next(j for j in merged if j.key == "0xabc")
    assert ready.state == READY and ready.announced


def test_the_stored_text_survives_a_round_trip_and_damage_never_raises():
    records = [job(), job(name="b", cid="0x2")]
    again = jobs.loads(jobs.dumps(records))
    assert [j.to_dict() for j in again] == [j.to_dict() for j in records]
    assert jobs.loads("") == [] and jobs.loads("{not json") == [] and jobs.loads('{"jobs": 3}') == []
    damaged = jobs.loads('{"jobs": [{"collection_name": "x", "checks": "many", "state": "exploded", "extra": 1},'
                         ' {"no": "name"}, 7]}')
    assert len(damaged) == 1 and damaged[0].state == UNKNOWN and damaged[0].checks == 0
    assert Job.from_dict({"collection_name": "x", "polling": 0}).polling is False


def test_checks_back_off_to_a_cap():
    delays = [jobs.poll_delay(i, 5, 600) for i in range(10)]
    assert delays[:4] == [5, 10, 20, 40] and delays[-1] == 600 and delays == sorted(delays)
    assert jobs.poll_delay(10_000) == jobs.LONGEST_DELAY_S


def test_only_unsettled_jobs_of_the_server_in_use_are_due():
    here, elsewhere, done = job(), job(cid="0x2", server="https://other.example"), job(cid="0x3")
    jobs.record_check(done, "0x3", now=T0)
    server = jobs.server_key("https://api.epoch.example/v1")
    assert jobs.due([here, elsewhere, done], server) == [here]
    assert jobs.find_job([here, elsewhere], "cocoa_GH_20261120", server) is here
