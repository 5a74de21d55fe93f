"""`make demo`'s script end to end: sandbox, qgis_process workflow, project, maps, DDS."""

import os
import re
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from .helpers import QGIS_PROCESS

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process is not installed")
def test_demo_writes_every_deliverable(tmp_path):
    out = tmp_path / "demo-output"
    run = subprocess.run(["bash", str(REPO / "scripts" / "demo.sh")], env=dict(os.environ, DEMO_OUTPUT=str(out)),
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "Producers by status" in run.stdout and "High Risk" in run.stdout
    gpkg = out / "epoch_eudr_demo.gpkg"
    with sqlite3.connect(gpkg) as db:
        tables = {r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")}
        styled = {r[0] for r in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    expected = {"screened_plots", "screened_facilities", "assessments", "plots_demo_coffee"}
    assert expected <= tables and expected <= styled
    with sqlite3.connect(gpkg) as db:  # every drilled plot's country is known: none questioned for the lack of one
        verdicts = db.execute("SELECT second_opinion, second_opinion_country FROM plots_demo_coffee").fetchall()
    assert verdicts and not [country for _, country in verdicts if country is None]
    assert {verdict for verdict, _ in verdicts} <= {"COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT"}
    assert (out / "epoch_eudr_demo.qgz").stat().st_size > 1000
    for png in ("assessments_map.png", "drilldown_map.png"):
        assert (out / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and (out / png).stat().st_size > 20_000
    (zip_path,) = out.glob("dds_*.zip")
    assert zipfile.ZipFile(zip_path).testzip() is None
    report = out / "field_report.pdf"  # issue 16: a report for the demo producers, and its QField copy
    assert report.read_bytes()[:5] == b"%PDF-" and report.stat().st_size > 20_000
    assert "field report" in run.stdout.lower() and re.search(r"\d+ producer sections?, ", run.stdout)
    assert (out / "field_report" / "field_report.qgz").is_file()
    with sqlite3.connect(out / "field_report" / "field_report.gpkg") as db:
        assert db.execute("SELECT COUNT(*) FROM field_checks").fetchone()[0] > 0
    # the last step: the demo's fixed plots as a statement to the fake EU Information System, its number printed
    with sqlite3.connect(gpkg) as db:
        declared = db.execute("SELECT DISTINCT status, reference_number FROM eu_statement_plots").fetchall()
    assert len(declared) == 1 and declared[0][0] == "AVAILABLE" and len(declared[0][1]) == 14
    assert f"reference number {declared[0][1]}" in run.stdout
    assert "demo-authentication-key-synthetic" not in run.stdout + run.stderr
