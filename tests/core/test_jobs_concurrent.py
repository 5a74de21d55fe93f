"""The per-profile jobs file (core/jobs.py ``JobFile``) with several writers, killed writers and damaged
files: real processes, no QGIS. The QGIS side (``layers.operations.jobs``, ``qgis_process``) is in
tests/qgis_suite/test_jobs_store.py."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from epoch_eudr.core import jobs
from epoch_eudr.core.jobs import JobFile

PKG_PATH = Path(__file__).resolve().parents[2] / ".build" / "pkgpath"

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from epoch_eudr.core.jobs import JobFile, merge, new_job
    path, who, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    while not go.exists():  # every writer starts at once
        time.sleep(0.005)
    store = JobFile(path)
    for i in range(count):
        job = new_job(f"{who}_{i}", f"{who}-{i}", commodity="cocoa", location_type="plot", features=1,
                      server_url="https://api.epoch.example", source="processing")
        store.update(lambda current: merge(current, [job]))
""")

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from epoch_eudr.core.jobs import JobFile
    with JobFile(Path(sys.argv[1])).locked():
        print("held", flush=True)
        time.sleep(60)
""")


def _python(script, *args, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(PKG_PATH))
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], env=env, **kwargs)


def _job(name, cid):
    return jobs.new_job(name, cid, commodity="cocoa", location_type="plot", features=2,
                        server_url="https://api.epoch.example", source="dock")


def test_three_processes_writing_at_once_keep_every_record(tmp_path):
    path, go = tmp_path / "profile" / "epoch_eudr" / "jobs.json", tmp_path / "go"
    writers = [_python(WRITER, path, who, 70, go) for who in ("a", "b", "c")]
    time.sleep(0.5)
    go.touch()
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    kept = JobFile(path).read()
    assert len(kept) == 210 and len({job.key for job in kept}) == 210
    assert not list(path.parent.glob(".jobs-*"))  # no staging file left behind


@pytest.mark.skipif(os.name != "posix", reason="kill -9 is POSIX")
def test_a_writer_killed_while_holding_the_lock_leaves_no_stale_lock(tmp_path):
    path = tmp_path / "jobs.json"
    JobFile(path).update(lambda current: [_job("before", "0x1")])
    holder = _python(HOLDER, path, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        blocked = JobFile(path, wait_s=0.5)
        with pytest.raises(TimeoutError, match="in use by another program"):  # really held across processes
            blocked.update(lambda current: current)
        (path.parent / ".jobs-killed.json").write_text("{half", encoding="utf-8")  # a writer killed mid-write
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        holder.kill()
        holder.stdout.close()
    started = time.monotonic()
    kept, damage = JobFile(path, wait_s=5).update(lambda current: jobs.merge(current, [_job("after", "0x2")]))
    assert time.monotonic() - started < 2 and damage is None
    assert sorted(job.collection_name for job in kept) == ["after", "before"]
    assert not list(tmp_path.glob(".jobs-*"))  # the killed writer's staging file is swept


def _fifty():
    return jobs.dumps([_job(f"cocoa_{i:02d}", f"0x{i:02x}") for i in range(50)]).encode("utf-8")


@pytest.mark.parametrize("damage, reason, rescued", [
    (lambda good: good.replace(b"cocoa_07", b"caf\xe9_07"), jobs.NOT_UTF8, 50),  # one Latin-1 byte
    (lambda good: good[:len(good) * 2 // 3], jobs.CUT_SHORT, 33),  # cut short: the complete records before
    (lambda good: b"\x00\x00garbage", jobs.CUT_SHORT, 0),
    (lambda good: b'["not", "a", "job list"]', jobs.NOT_A_LIST, 0),
])
def test_a_damaged_file_is_set_aside_whole_and_a_new_list_started(tmp_path, damage, reason, rescued):
    path = tmp_path / "jobs.json"
    damaged = damage(_fifty())
    path.write_bytes(damaged)
    kept, found = JobFile(path).update(lambda current: jobs.merge(current, [_job("new_one", "0xnew")]))
    assert found is not None and found.reason == reason and found.rescued == rescued
    assert found.kept_as.name.startswith("jobs.damaged-") and found.kept_as.suffix == ".json"
    assert found.kept_as.read_bytes() == damaged  # the earlier content, untouched
    stored = json.loads(path.read_text(encoding="utf-8"))["jobs"]  # a sound file again
    assert len(stored) == rescued + 1 and "new_one" in {job["collection_name"] for job in stored}
    again, second = JobFile(path).update(lambda current: current)
    assert second is None and len(again) == rescued + 1  # said once: the next run finds a sound file


def test_two_damaged_files_in_one_second_are_both_kept(tmp_path):
    path = tmp_path / "jobs.json"
    for text in (b"{cut", b"{cut again"):
        path.write_bytes(text)
        JobFile(path).update(lambda current: current)
    assert sorted(p.read_bytes() for p in tmp_path.glob("jobs.damaged-*.json")) == [b"{cut", b"{cut again"]


def test_an_empty_file_is_an_empty_list_not_damage(tmp_path):
    path = tmp_path / "jobs.json"
    path.write_bytes(b"")
    kept, damage = JobFile(path).update(lambda current: current + [_job("x", "0x1")])
    assert damage is None and [job.key for job in kept] == ["0x1"]


def test_reading_never_raises_and_gives_what_is_readable(tmp_path):
    path = tmp_path / "jobs.json"
    assert JobFile(path).read() == []
    path.write_bytes(_fifty()[:-300])
    assert 40 < len(JobFile(path).read()) < 50
    assert path.exists() and not list(tmp_path.glob("jobs.damaged-*"))  # reading alone sets nothing aside


TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6Im9mZmljZXJAYWdlbmN5LmV1In0.c2lnbmF0dXJlLXRlc3Q"  # pragma: allowlist secret
API_KEY = "stored-test-api-key-51e2d0"  # pragma: allowlist secret (a made-up key)
ECHOES = [
    f"Authorization: Bearer {TOKEN}\r\nx-internal-api-key: {API_KEY}",
    json.dumps({"Authorization": f"Bearer {TOKEN}", "x-internal-api-key": API_KEY}),
    json.dumps(json.dumps({"authorization": f"Bearer {TOKEN}", "X-Internal-Api-Key": API_KEY})),  # JSON in JSON
    json.dumps({"x-internal-api-key": API_KEY, "a": f"Bearer {TOKEN}"}).replace("-", "\\u002d"),
]


@pytest.mark.parametrize("echo", ECHOES)
def test_a_collection_id_echoing_the_headers_is_not_stored(tmp_path, echo):
    record = jobs.new_job("cocoa_GH", echo, commodity="cocoa", location_type="plot", features=3,
                          server_url="https://api.epoch.example", source="processing", status=echo)
    assert record.collection_id == "" and record.key == "name:cocoa_GH"  # looked up by its name instead
    path = tmp_path / "jobs.json"
    JobFile(path).update(lambda current: [record])
    text = path.read_text(encoding="utf-8")
    assert TOKEN not in text and API_KEY not in text and "51e2d0" not in text and "eyJ" not in text


def test_a_secret_given_by_the_client_is_redacted_in_any_field_and_a_normal_id_kept(tmp_path):
    secret = "raw-key-without-a-header-name"  # pragma: allowlist secret (made-up)
    record = jobs.new_job("cocoa_GH", secret, commodity="cocoa", location_type="plot", features=3,
                          server_url="https://api.epoch.example", source="processing", secrets=[secret])
    assert record.collection_id == ""
    kept = jobs.new_job("cocoa_GH", "0xabc-123_def", commodity="cocoa", location_type="plot", features=3,
                        server_url="https://api.epoch.example", source="processing", secrets=[secret])
    assert kept.collection_id == "0xabc-123_def" and kept.note == ""


def test_records_written_by_an_older_version_lose_their_secrets_on_the_way_in_and_out():
    stored = {"version": 1, "jobs": [{"collection_name": "x", "collection_id": "0x1",
                                      "note": f"last check failed: echo Authorization: Bearer {TOKEN}"}]}
    (job,) = jobs.loads(json.dumps(stored))
    assert TOKEN not in job.note and "Bearer ***" in job.note
    job.note = f"x-internal-api-key: {API_KEY}"
    assert API_KEY not in jobs.dumps([job])
