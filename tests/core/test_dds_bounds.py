"""The DDS download against a hostile server, through the client: caps, deadline, cancel, entry count,
symbolic links, names, and the ``.part`` files killed downloads leave.

The cases that could eat memory or disk run the client in a child process configured through the
environment as a user would, and read the child's own peak RSS (VmHWM): each must end with a specific
message, within its stated time, under 400 MB, with the previous file kept and no ``.part`` left.
"""

import os
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
from epoch_eudr.core.api import download as dl
from epoch_eudr.core.api.errors import CancelledError, DeadlineExceededError
from epoch_eudr.core.api.streams import Limits
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.api.zip_safety import directory_size

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import API_KEY, USER_ID, client_in_child, gzip_bomb  # noqa: E402
from hostile_zips import (  # noqa: E402
    HOSTILE_NAMES,
    directory_only,
    directory_only_size,
    hostile_names_zip,
    link_to_a_victim,
)

PEAK_MB = 400
PREVIOUS = b"the previous DDS, kept"


def client_for(server, **options):
    return EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID), retry=RetryPolicy(max_attempts=1), **options)


def zip_answer(chunks, length):
    """A behaviour sending ``chunks`` (an iterable factory) as an ``application/zip`` answer of ``length`` bytes."""
    def behave(handler, n):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/zip")
        handler.send_header("Content-Length", str(length))
        handler.end_headers()
        for chunk in chunks():
            handler.wfile.write(chunk)
    return behave


def sound_zip(name="dds_audit_trail.pdf"):
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, b"%PDF-1.4\n%%EOF\n")
    return buffer.getvalue()


# -- in a child process: real peak memory, real time, configured by the environment --------------------
DOWNLOAD = """
result = client.export_eudr_dds(["c1"], Path(sys.argv[4]))
outcome["names"] = len(result.names)
"""


def run_child(server, target, env, timeout):
    return client_in_child(server, DOWNLOAD, env, timeout, args=[target])


def kept_and_clean(target):
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no .part left


CAPS = {"EPOCH_MAX_STREAM_MB": "100", "EPOCH_MAX_ANSWER_MB": "100", "EPOCH_REQUEST_DEADLINE_S": "10"}


# -- the answer: cap, deadline, cancel --------------------------------------------------------------------
def test_a_gzip_answer_stops_at_the_decompressed_cap(serve, tmp_path):
    """1 GiB of zeros in 1 MiB of gzip: it used to write 1,024 MiB to disk."""
    bomb = gzip_bomb(1024)
    server = serve(lambda h, n: h.gzip_body(bomb, "application/zip"))
    target = tmp_path / "dds.zip"
    target.write_bytes(PREVIOUS)
    outcome = run_child(server, target, CAPS, timeout=60)
    assert outcome.get("error") == "AnswerTooLargeError", outcome
    assert "more than 100 MiB (decompressed)" in outcome["message"] and "EPOCH_MAX_STREAM_MB" in outcome["message"]
    assert outcome["seconds"] < 10 and outcome["peak_mb"] < PEAK_MB
    assert API_KEY not in outcome["message"]
    kept_and_clean(target)


def test_a_trickling_download_meets_the_overall_deadline(serve, tmp_path):
    """One byte a second: it used to hold the download open for minutes."""
    server = serve(lambda h, n: h.trickle(body=sound_zip() * 4, every=1.0))
    target = tmp_path / "dds.zip"
    target.write_bytes(PREVIOUS)
    outcome = run_child(server, target, dict(CAPS, EPOCH_REQUEST_DEADLINE_S="3"), timeout=30)
    assert outcome.get("error") == "DeadlineExceededError", outcome
    assert "3 s" in outcome["message"] and "EPOCH_REQUEST_DEADLINE_S" in outcome["message"]
    assert 2.9 < outcome["seconds"] < 5 and outcome["peak_mb"] < PEAK_MB
    kept_and_clean(target)


def test_a_cancel_stops_a_trickling_download_at_once(serve, tmp_path):
    server = serve(lambda h, n: h.trickle(body=sound_zip() * 4, every=1.0))
    target = tmp_path / "dds.zip"
    target.write_bytes(PREVIOUS)
    cancelled = threading.Event()
    threading.Timer(1.5, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client_for(server, limits=Limits(deadline_s=60)).export_eudr_dds(["c1"], target, cancel=cancelled.is_set)
    assert time.monotonic() - started < 4  # seen at the next byte, not after the body
    kept_and_clean(target)


def test_the_deadline_is_per_client_too(serve, tmp_path):
    server = serve(lambda h, n: h.trickle(body=sound_zip() * 4, every=0.5))
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        client_for(server, limits=Limits(deadline_s=1.5)).export_eudr_dds(["c1"], tmp_path / "dds.zip")
    assert time.monotonic() - started < 3.5 and list(tmp_path.iterdir()) == []


# -- the ZIP: its entries counted from the end records -----------------------------------------------------
def test_two_million_entries_are_refused_from_the_end_records(serve, tmp_path):
    """It used to take 1.3 GB (zipfile reads the whole directory) before the 10,000-entry limit refused it."""
    entries = 2_000_000
    server = serve(zip_answer(lambda: directory_only(entries), directory_only_size(entries)))
    target = tmp_path / "dds.zip"
    target.write_bytes(PREVIOUS)
    outcome = run_child(server, target, {"EPOCH_REQUEST_DEADLINE_S": "60"}, timeout=90)
    assert outcome.get("error") == "ZipRefusedError", outcome
    assert "The ZIP holds 2,000,000 entries, more than the 10,000" in outcome["message"]
    assert outcome["seconds"] < 20 and outcome["peak_mb"] < PEAK_MB
    kept_and_clean(target)


def test_end_records_that_understate_the_count_are_refused_by_the_directory_size(tmp_path):
    """zipfile reads as many bytes as the directory size says, whatever the count: a lie about it gains nothing."""
    path = tmp_path / "liar.zip"
    with open(path, "wb") as out:
        for chunk in directory_only(300_000, stated=3):
            out.write(chunk)
    assert directory_size(path).entries == 3
    started = time.monotonic()
    with pytest.raises(dl.ZipRefusedError, match=r"list of entries takes 15.2 MiB, more than the 8.0 MiB"):
        dl.verify_zip(path)
    assert time.monotonic() - started < 1


def test_end_records_are_read_where_zipfile_reads_them(tmp_path):
    small = tmp_path / "small.zip"
    small.write_bytes(sound_zip())
    assert directory_size(small).entries == 1
    commented = tmp_path / "commented.zip"
    with zipfile.ZipFile(commented, "w") as archive:
        archive.writestr("a.geojson", b"{}")
        archive.writestr("b.pdf", b"%PDF")
        archive.comment = b"a comment of 60,000 bytes " + b"x" * 60_000
    assert directory_size(commented).entries == 2 and dl.verify_zip(commented) == ["a.geojson", "b.pdf"]
    many = tmp_path / "many.zip"
    with open(many, "wb") as out:
        for chunk in directory_only(70_000):  # past 65,535: only the ZIP64 record holds the count
            out.write(chunk)
    assert directory_size(many).entries == 70_000
    assert len(zipfile.ZipFile(many).infolist()) == 70_000  # what zipfile reads is what was counted
    assert directory_size(tmp_path / "small.zip") is not None
    (tmp_path / "not.zip").write_bytes(b"no zip at all")
    assert directory_size(tmp_path / "not.zip") is None


# -- where it is written ----------------------------------------------------------------------------------
def test_a_symbolic_link_at_the_destination_is_replaced_not_followed(serve, tmp_path):
    victim, link = link_to_a_victim(tmp_path)
    out = link.parent
    data = sound_zip()
    server = serve(lambda h, n: h.answer(200, data, content_type="application/zip"))
    result = client_for(server).export_eudr_dds(["c1"], link)
    assert victim.read_bytes() == b"my notes"  # the target is untouched
    assert not link.is_symlink() and link.read_bytes() == data and result.path == link
    assert sorted(p.name for p in out.iterdir()) == ["dds.zip"]


def test_a_killed_downloads_part_is_swept_by_the_next_one_but_not_a_running_ones(serve, tmp_path):
    import fcntl

    old = tmp_path / ".dds.zip.epoch-k1ll3d_0.part"  # what a kill -9 left
    old.write_bytes(b"half a download")
    past = time.time() - 60
    os.utime(old, (past, past))
    running = tmp_path / ".other.zip.epoch-running0.part"  # another process still writing it
    running.write_bytes(b"being written")
    os.utime(running, (past, past))
    held = open(running, "rb")
    fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    mine = tmp_path / "notes.part"  # not the plugin's
    mine.write_text("keep")
    os.utime(mine, (past, past))
    data = sound_zip()
    server = serve(lambda h, n: h.answer(200, data, content_type="application/zip"))
    try:
        client_for(server).export_eudr_dds(["c1"], tmp_path / "dds.zip")
    finally:
        held.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.zip.epoch-running0.part", "dds.zip", "notes.part"]


def test_a_part_being_written_is_locked_against_a_sweep(serve, tmp_path):
    """While one download runs, a second one into the same folder leaves its .part alone."""
    server = serve(lambda h, n: h.trickle(body=sound_zip() * 4, every=0.2))
    seen = {}

    def sweep_while_running():
        parts = []
        while not parts and not seen.get("done"):
            parts = list(tmp_path.glob(".*.part"))
            time.sleep(0.05)
        time.sleep(0.5)
        seen["swept"] = dl.sweep_partial_downloads(tmp_path, time.time() + 3600)  # even "older" than that run
        seen["parts"] = [p.name for p in tmp_path.glob(".*.part")]

    watcher = threading.Thread(target=sweep_while_running)
    watcher.start()
    with pytest.raises(DeadlineExceededError):
        client_for(server, limits=Limits(deadline_s=2)).export_eudr_dds(["c1"], tmp_path / "dds.zip")
    seen["done"] = True
    watcher.join()
    assert seen["swept"] == 0 and len(seen["parts"]) == 1
    assert list(tmp_path.iterdir()) == []  # and the failed download took its own away


# -- names are text ---------------------------------------------------------------------------------------
def test_zip_entry_names_are_shown_escaped_in_a_refusal(tmp_path):
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../\x1b[2J\u202eevil\nFILES:\tx", b"x")
    path = tmp_path / "evil.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(dl.ZipRefusedError) as caught:
        dl.verify_zip(path)
    text = str(caught.value)
    assert "'../\\x1b[2J\\u202eevil\\nFILES:\\tx' has a path that leaves its folder" in text
    assert not any(c in text for c in "\x1b\n\t\u202e")


def test_the_download_keeps_the_names_as_they_are(serve, tmp_path):
    """Names stay data (they open the entries); only what is shown is escaped."""
    data = hostile_names_zip()
    server = serve(lambda h, n: h.answer(200, data, content_type="application/zip"))
    result = client_for(server).export_eudr_dds(["c1"], tmp_path / "dds.zip")
    assert result.names == ["dds_audit_trail.pdf", *HOSTILE_NAMES]
