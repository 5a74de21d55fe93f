"""The DDS download as users run it: ``qgis_process epoch_eudr:download_dds`` and the dock's DDS actions.

ZIP entry names are shown as text (a terminal escape, a newline forging a result line, a carriage
return, a right-to-left override all written as escapes), and a symbolic link at the destination is
replaced by the ZIP, its target left alone. The sandbox serves the ZIP (its builder replaced).
"""

import sys
from pathlib import Path

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsProject

from .helpers import qgis_process_env, run_algorithm, sandbox_login

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_zips import HOSTILE_NAMES, hostile_names_zip, link_to_a_victim  # noqa: E402

RAW = ("\x1b", "\r", "\u202e")


@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    """``qgis_process run`` with its plain output (what a user reads in a terminal, or a script parses)."""
    env = qgis_process_env(tmp_path_factory.mktemp("profile"), **sandbox_login(sandbox_server.url))

    def run(*params):
        return run_algorithm(env, "download_dds", *params, as_json=False, text=False, timeout=120)

    return run


@pytest.fixture
def hostile_zip(monkeypatch):
    data = hostile_names_zip()
    monkeypatch.setattr("epoch_eudr.sandbox.server.build_dds_zip", lambda *a, **k: data)
    return data


def _an_assessed_id(sandbox_server):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.core.risk import NOT_ASSESSABLE, compliance_status

    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    return next(f["properties"]["collection_id"] for f in client.fetch_supply_shed()
                if compliance_status(f["properties"]) is not NOT_ASSESSABLE)


def test_qgis_process_shows_zip_names_escaped(qp, sandbox_server, hostile_zip, tmp_path):
    target = tmp_path / "dds.zip"
    run = qp(f"COLLECTION_IDS={_an_assessed_id(sandbox_server)}", f"OUTPUT_FILE={target}")
    out = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-2000:] + out[-2000:]
    assert target.read_bytes() == hostile_zip  # the ZIP as sent: names are data
    assert not any(c in out for c in RAW), out
    lines = out.splitlines()
    lines = lines[lines.index("Results"):]  # after the inputs (OUTPUT_FILE is one of them)
    files = [line for line in lines if line.startswith("FILES:")]
    assert len(files) == 1, lines  # the carriage return forged no second one
    for escaped in ("\\x1b[31mred\\x1b[0m.geojson", "a.pdf\\nOUTPUT_FILE:\\t/home/victim/forged.zip",
                    "cr\\rFILES:\\tnothing.geojson", "invoice_\\u202efdp.exe"):
        assert escaped in files[0], files[0]
    outputs = [line for line in lines if line.startswith("OUTPUT_FILE:")]
    assert outputs == [f"OUTPUT_FILE:\t{target}"], lines  # the newline forged no result line


def test_qgis_process_replaces_a_link_at_the_destination_never_its_target(qp, sandbox_server, tmp_path):
    victim, link = link_to_a_victim(tmp_path)
    out = link.parent
    run = qp(f"COLLECTION_IDS={_an_assessed_id(sandbox_server)}", f"OUTPUT_FILE={link}")
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-2000:]
    assert victim.read_bytes() == b"my notes"
    assert not link.is_symlink() and link.read_bytes()[:4] == b"PK\x03\x04"
    assert sorted(p.name for p in out.iterdir()) == ["dds.zip"]


def test_the_dock_names_dds_layers_with_escaped_names(dock, tmp_path):
    path = tmp_path / "dds.zip"
    path.write_bytes(hostile_names_zip())
    tab = dock.assessments
    tab.dds_path = path
    before = set(QgsProject.instance().mapLayers())
    tab.load_dds_layers()
    added = [layer for key, layer in QgsProject.instance().mapLayers().items() if key not in before]
    names = sorted(layer.name() for layer in added)
    assert names == ["DDS \\x1b[31mred\\x1b[0m", "DDS cr\\rFILES:\\tnothing"], names
    geojson = [n for n in HOSTILE_NAMES if n.endswith(".geojson")]
    assert len(added) == len(geojson) and all(layer.isValid() for layer in added)
    QgsProject.instance().removeMapLayers([layer.id() for layer in added])
