"""The profile's jobs file through the plugin's writers: several processes at once, a damaged file met by
a submission (Processing and the real ``qgis_process``), and a server echoing the login back (the file
and the saved project). Core-level cases (killed writers, every kind of damage): tests/core/test_jobs_concurrent.py.
"""

import json
import os
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from epoch_eudr.core.jobs import dumps, new_job
from epoch_eudr.layers.operations.jobs import PROJECT_KEY, PROJECT_SCOPE
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsApplication, QgsProject

from .helpers import (
    PLUGIN_PATH,
    RecordingFeedback,
    plots_layer,
    qgis_process_env,
    results_of,
    run_algorithm,
    sandbox_login,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_server import API_KEY, USER_ID, HostileServer  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

RECORDER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from epoch_eudr.core.jobs import new_job
    from epoch_eudr.layers.operations import jobs as store
    path, who, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    store.profile_store_path = lambda: path
    while not go.exists():  # both start at once
        time.sleep(0.005)
    for i in range(count):
        store.remember(new_job(f"{who}_{i}", f"{who}-{i}", commodity="coffee", location_type="plot", features=1,
                               server_url="https://api.epoch.example", source="processing"))
    sys.stdout.flush()
    os._exit(0)
""")


def test_two_processes_recording_jobs_at_once_keep_all_200(tmp_path):
    path, go = tmp_path / "profile" / "epoch_eudr" / "jobs.json", tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(PLUGIN_PATH), QT_QPA_PLATFORM="offscreen")
    writers = [subprocess.Popen([sys.executable, "-c", RECORDER, str(path), who, "100", str(go)], env=env)
               for who in ("dock", "qgis_process")]
    time.sleep(2.0)  # both have imported QGIS and wait
    go.touch()
    for writer in writers:
        assert writer.wait(timeout=180) == 0
    stored = json.loads(path.read_text(encoding="utf-8"))["jobs"]
    assert len(stored) == 200 and len({job["collection_id"] for job in stored}) == 200


def _fifty_jobs():
    return dumps([new_job(f"coffee_{i:02d}", f"0x{i:02x}", commodity="coffee", location_type="plot", features=6,
                          server_url="https://api.epoch.example", source="dock") for i in range(50)]).encode()


DAMAGES = {"latin1": lambda good: good.replace(b"coffee_07", b"caf\xe9_07"),  # one Latin-1 byte
           "cut_short": lambda good: good[:len(good) // 2]}


@pytest.fixture
def log_messages():
    said = []

    def hear(message, tag, level):
        said.append(message)

    QgsApplication.messageLog().messageReceived.connect(hear)
    yield said
    QgsApplication.messageLog().messageReceived.disconnect(hear)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_jobs_file_is_set_aside_and_the_submission_recorded(processing, env_login, job_store, damage,
                                                                      log_messages):
    good = _fifty_jobs()
    damaged = DAMAGES[damage](good)
    job_store.parent.mkdir(parents=True)
    job_store.write_bytes(damaged)
    name = f"coffee_damaged_{time.time_ns()}"
    result = processing.run("epoch_eudr:submit_batch", {"INPUT": plots_layer(), "COLLECTION_NAME": name,
                                                        "FORCE_REPROCESS": True, "COMMODITY": "coffee"})
    assert result["COLLECTION_NAME"] == name
    (kept,) = job_store.parent.glob("jobs.damaged-*.json")
    assert kept.read_bytes() == damaged  # the earlier content, whole
    stored = json.loads(job_store.read_text(encoding="utf-8"))["jobs"]
    assert name in {job["collection_name"] for job in stored}  # the new job is recorded
    whole = [job for job in json.loads(good)["jobs"]
             if json.dumps(job, ensure_ascii=False).encode() in damaged]  # the records the damage left whole
    assert 20 < len(whole) and len(stored) == 1 + (50 if damage == "latin1" else len(whole))  # and those kept
    QgsApplication.processEvents()
    told = [text for text in log_messages if "could not be read whole" in text]
    assert len(told) == 1 and kept.name in told[0]
    processing.run("epoch_eudr:submit_batch", {"INPUT": plots_layer(), "COLLECTION_NAME": name + "_2",
                                               "FORCE_REPROCESS": True, "COMMODITY": "coffee"})
    QgsApplication.processEvents()
    assert len([text for text in log_messages if "could not be read whole" in text]) == 1  # said once
    assert len(json.loads(job_store.read_text(encoding="utf-8"))["jobs"]) == len(stored) + 1


def test_qgis_process_submits_and_records_past_a_file_with_a_latin1_byte(sandbox_server, tmp_path):
    config = tmp_path / "config"
    env = qgis_process_env(config, **sandbox_login(sandbox_server.url))
    store = config / "profiles" / "default" / "epoch_eudr" / "jobs.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    damaged = DAMAGES["latin1"](_fifty_jobs())
    store.write_bytes(damaged)
    name = f"coffee_cli_{time.time_ns()}"
    run = run_algorithm(env, "submit_batch", f"INPUT={REPO / 'resources' / 'sample' / 'sample_plots.geojson'}",
                        "LOCATION_TYPE=plot", "COMMODITY=coffee", f"COLLECTION_NAME={name}", "GROUP_BY=one",
                        "FORCE_REPROCESS=true")
    results_of(run)
    assert "UnicodeDecodeError" not in run.stdout + run.stderr
    (kept,) = store.parent.glob("jobs.damaged-*.json")
    assert kept.read_bytes() == damaged
    names = {job["collection_name"] for job in json.loads(store.read_text(encoding="utf-8"))["jobs"]}
    assert name in names and len(names) == 51


# a made-up JWT (no real login)
TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6ImRlbW9AZXBvY2guZXhhbXBsZSJ9.aG9zdGlsZS1zaWduYXR1cmU"  # pragma: allowlist secret  # noqa: E501


def _echoing(shape):
    """A server whose batch answer carries the request's headers back, as its collection id."""

    def behave(handler, n):
        path = handler.path.split("?")[0]
        if path == "/refresh_token":
            handler.json(200, {"access_token": TOKEN})
        elif path.startswith("/batch_"):
            headers = dict(handler.headers.items())
            echo = ("\r\n".join(f"{k}: {v}" for k, v in headers.items()) if shape == "text"
                    else json.dumps(headers))
            handler.json(200, {"status": "queued", "collection_id": echo, "headers": headers})
        else:
            handler.ndjson([])

    return behave


@pytest.fixture(params=["api_key", "bearer"])
def login(request, monkeypatch):
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_KEY", "EPOCH_USER_ID", "EPOCH_API_URL"):
        monkeypatch.delenv(name, raising=False)
    if request.param == "api_key":
        monkeypatch.setenv("EPOCH_API_KEY", API_KEY)
        monkeypatch.setenv("EPOCH_USER_ID", USER_ID)
        return API_KEY
    monkeypatch.setenv("EPOCH_EMAIL", DEMO_EMAIL)
    monkeypatch.setenv("EPOCH_PASSWORD", DEMO_PASSWORD)
    return TOKEN


def _no_secret(text, secret):
    assert secret not in text and secret.replace("-", "\\u002d") not in text and secret[-6:] not in text


@pytest.mark.parametrize("shape", ["text", "json"])
def test_headers_echoed_by_the_server_reach_neither_the_jobs_file_nor_the_project(processing, login, shape,
                                                                                   job_store, tmp_path):
    server = HostileServer(_echoing(shape))
    try:
        name = f"coffee_echo_{time.time_ns()}"
        params = {"INPUT": plots_layer(), "COLLECTION_NAME": name, "COMMODITY": "coffee", "FORCE_REPROCESS": True,
                  "SERVER": server.url}
        feedback = RecordingFeedback()
        result = processing.run("epoch_eudr:submit_batch", params, feedback=feedback)
        assert any(path.startswith("/batch_") for path in server.paths())
        _no_secret(feedback.text + json.dumps(result), login)  # nor what qgis_process prints and returns
        text = job_store.read_text(encoding="utf-8")
        _no_secret(text, login)
        (job,) = json.loads(text)["jobs"]
        assert job["collection_name"] == name and job["collection_id"] == ""  # looked up by its name

        # the dock's writer: the job list and the project entry, saved to a .qgz
        from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, PasswordCredentials
        from epoch_eudr.layers.inputs.source import snapshot_layer
        from epoch_eudr.layers.operations.epoch_api import submit_layer
        from epoch_eudr.ui.job_watcher import JobWatcher

        login_used = (ApiKeyCredentials(API_KEY, USER_ID) if login == API_KEY
                      else PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
        client = EpochClient(server.url, login_used)
        answer, _sent = submit_layer(client, snapshot_layer(plots_layer()), "plot", name + "_dock", "coffee",
                                     force_reprocess=True)  # as the dock's Submit tab sends
        assert "headers" in answer.raw  # the server did echo them: the client keeps the answer redacted
        _no_secret(json.dumps(answer.raw) + answer.status, login)
        QgsProject.instance().clear()
        watcher = JobWatcher(session=None)
        watcher.add(new_job(name + "_dock", answer.collection_id, commodity="coffee", location_type="plot",
                            features=6, server_url=server.url, source="dock", status=answer.status))
        entry, _ok = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        assert name + "_dock" in entry
        _no_secret(entry, login)
        saved = tmp_path / "shared.qgz"
        assert QgsProject.instance().write(str(saved))
        with zipfile.ZipFile(saved) as archive:
            project_text = "".join(archive.read(member).decode("utf-8", "replace") for member in archive.namelist())
        assert name + "_dock" in project_text
        _no_secret(project_text, login)
        _no_secret(job_store.read_text(encoding="utf-8"), login)
    finally:
        server.stop()
        QgsProject.instance().clear()


def test_forgetting_settled_jobs_keeps_a_submission_another_process_just_added(job_store):
    from epoch_eudr.core.jobs import record_check
    from epoch_eudr.layers.operations.jobs import read_profile_jobs, remember, save_profile_jobs

    ready = new_job("coffee_ready", "0xready", commodity="coffee", location_type="plot", features=6,
                    server_url="https://api.epoch.example", source="dock")
    record_check(ready, "0xready")
    remember(ready)
    known = read_profile_jobs()  # what the panel read before forgetting the settled ones
    remember(new_job("coffee_new", "0xnew", commodity="coffee", location_type="plot", features=6,
                     server_url="https://api.epoch.example", source="processing"))  # meanwhile, qgis_process
    save_profile_jobs([job for job in known if not job.settled()], replace=True)
    assert [job.collection_name for job in read_profile_jobs()] == ["coffee_new"]

