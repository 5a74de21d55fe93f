import json
import subprocess
import sys
import time
from pathlib import Path

from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD, SandboxServer
from epoch_eudr.sandbox.multipart import parse_multipart

ROOT = Path(__file__).resolve().parents[2]
PLOT = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"Nombre": "Ana"}, "geometry": {
    "type": "Polygon", "coordinates": [[[-85.94, 13.28], [-85.93, 13.28], [-85.93, 13.29], [-85.94, 13.28]]]}}]}


def test_batches_survive_a_restart(tmp_path):
    db = tmp_path / "sandbox.sqlite"
    first = SandboxServer(db_path=db, ready_delay=0).start()
    try:
        client = EpochClient(first.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
        job = client.batch_process(PLOT, "coffee_Nicaragua_restart", "coffee")
        before = [f["properties"] for f in client.fetch_deforestation_check(job.collection_id)]
    finally:
        first.stop()
    second = SandboxServer(db_path=db, ready_delay=0).start()
    try:
        client = EpochClient(second.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
        after = [f["properties"] for f in client.fetch_deforestation_check(job.collection_id)]
        rows = [f["properties"]["company_name"] for f in client.fetch_supply_shed()]
    finally:
        second.stop()
    assert after == before and len(after) == 1
    assert rows.count("Ana") == 1  # producer name from the "Nombre" column


def test_cli_starts_on_a_free_port(tmp_path):
    env_path = str(ROOT / ".build" / "pkgpath")
    proc = subprocess.Popen([sys.executable, "-m", "epoch_eudr.sandbox", "--port", "0", "--db",
                             str(tmp_path / "s.sqlite")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
    try:
        line = proc.stdout.readline()
        assert "Epoch EUDR sandbox on http://127.0.0.1:" in line and "synthetic" in line
        url = line.split(" on ")[1].split()[0]
        client = EpochClient(url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
        assert client.test_connection() == DEMO_EMAIL
    finally:
        proc.terminate()
        proc.wait(10)


def test_multipart_parser_reads_fields_and_files():
    body = (b"--XyZ\r\nContent-Disposition: form-data; name=\"crop_type\"\r\n\r\npalm\r\n"
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.geojson\"\r\n"
            b"Content-Type: application/geo+json\r\n\r\n{\"a\":\r\n1}\r\n--XyZ--\r\n")
    fields, files = parse_multipart(body, "multipart/form-data; boundary=XyZ")
    assert fields == {"crop_type": "palm"}
    assert files["file"].filename == "a.geojson" and json.loads(files["file"].data) == {"a": 1}


def test_results_are_deterministic_across_servers(tmp_path):
    answers = []
    for n in range(2):
        server = SandboxServer(db_path=tmp_path / f"{n}.sqlite").start()
        try:
            client = EpochClient(server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
            answers.append(client.validate_locations(PLOT, location_type="plot", include_deforestation=True))
            plots = [f["properties"]["noncompliance_area"] for row in client.fetch_supply_shed(limit=1)
                     for f in client.fetch_deforestation_check(row["properties"]["collection_id"])]
            answers.append(plots)
        finally:
            server.stop()
        time.sleep(0.05)
    assert answers[0] == answers[2] and answers[1] == answers[3]
