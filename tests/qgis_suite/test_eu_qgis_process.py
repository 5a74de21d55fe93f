"""A statement from the bundled sample through qgis_process, as a nightly job drives it: the preflight's fixed
layer submitted to the fake EU Information System, settled by a new process (a restart while SUBMITTED), its
numbers beside the plots, withdrawn; the authentication key in no file, log or output."""

import sqlite3
from pathlib import Path

import pytest
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME

from .helpers import QGIS_PROCESS, qgis_process_env, results_of, run_algorithm

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"
pytestmark = pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")


EU_READY_DELAY = 3.0  # a statement is still SUBMITTED when the first qgis_process has sent it


@pytest.fixture(scope="module")
def qp(eu_fake, tmp_path_factory):
    profile = tmp_path_factory.mktemp("profile")
    env = qgis_process_env(profile, EUDR_IS_USERNAME=DEMO_USERNAME, EUDR_IS_AUTH_KEY=DEMO_AUTH_KEY)
    runs = []

    def run(algorithm, *params, timeout=180):
        done = run_algorithm(env, algorithm, *params, timeout=timeout)
        runs.append(done)
        return done

    run.profile, run.runs = profile, runs
    return run


def test_sample_to_available_across_a_restart_then_withdrawn(qp, eu_fake, tmp_path):
    fixed = tmp_path / "fixed.gpkg"
    results_of(qp("preflight", f"INPUT={SAMPLE}", "LOCATION_TYPE=plot", "COMMODITY=coffee", "FIX=true",
               f"OUTPUT={fixed}|layername=fixed_plots"))
    before = eu_fake.service.count()
    sent = results_of(qp("eu_submit_dds", f"INPUT={fixed}|layername=fixed_plots", "PRODUCER_FIELD=Productor",
                      "ACTIVITY=IMPORT", "EORI=FR1234567890123", "COUNTRY_OF_ACTIVITY=FR", "HS_HEADING=0901",
                      "DESCRIPTION=Green coffee, not roasted", "NET_MASS_KG=12000.5", "INTERNAL_REFERENCE=PO-QP-1",
                      f"EU_SERVER={eu_fake.url}", "WAIT_SECONDS=0"))
    assert sent["STATUS"] == "SUBMITTED" and sent["UUID"] and not sent["REFERENCE_NUMBER"]
    assert eu_fake.service.count() == before + 1
    with sqlite3.connect(fixed) as db:
        declared = db.execute("SELECT COUNT(*), MIN(status), MIN(uuid) FROM eu_statement_plots WHERE "
                              "plots_table = 'fixed_plots'").fetchone()
        plots = db.execute("SELECT COUNT(*) FROM fixed_plots").fetchone()[0]
    assert declared == (plots, "SUBMITTED", sent["UUID"])
    # a new process (QGIS restarted): finds the SUBMITTED statement in the profile and settles it
    settled = results_of(qp("eu_dds_status", f"EU_SERVER={eu_fake.url}", "WAIT_SECONDS=30"))
    assert (settled["UUID"], settled["STATUS"]) == (sent["UUID"], "AVAILABLE")
    assert len(settled["REFERENCE_NUMBER"]) == 14 and settled["VERIFICATION_NUMBER"]
    with sqlite3.connect(fixed) as db:
        numbers = set(db.execute("SELECT reference_number, verification_number, status FROM eu_statement_plots"))
        row = db.execute("SELECT status, producers, places, net_mass_kg FROM eu_statements").fetchone()
    assert numbers == {(settled["REFERENCE_NUMBER"], settled["VERIFICATION_NUMBER"], "AVAILABLE")}
    assert row[0] == "AVAILABLE" and row[2] == plots and row[3] == "12000.5"
    gone = results_of(qp("eu_withdraw_dds", f"UUID={sent['UUID']}", f"EU_SERVER={eu_fake.url}"))
    assert gone["STATUS"] == "WITHDRAWN"
    with sqlite3.connect(fixed) as db:
        assert {r[0] for r in db.execute("SELECT status FROM eu_statement_plots")} == {"WITHDRAWN"}
    assert eu_fake.service.count() == before + 1  # one statement, never sent twice
    stored = list(qp.profile.rglob("statements.json"))
    assert stored and '"WITHDRAWN"' in stored[0].read_text("utf-8")
    for path in [*qp.profile.rglob("*"), fixed]:
        if path.is_file():
            assert DEMO_AUTH_KEY.encode() not in path.read_bytes(), path
    for done in qp.runs:
        assert DEMO_AUTH_KEY not in done.stdout + done.stderr


def test_a_refusal_is_printed_once_and_exits_non_zero_before_any_request(qp, eu_fake, tmp_path):
    before = len(eu_fake.received)
    done = qp("eu_submit_dds", f"INPUT={SAMPLE}", "PRODUCER_FIELD=Productor", "COUNTRY_FIELD=Pais",
              "ACTIVITY=IMPORT", "HS_HEADING=0901", "DESCRIPTION=Coffee", "NET_MASS_KG=10", f"EU_SERVER={eu_fake.url}")
    assert done.returncode != 0
    text = done.stdout + done.stderr
    assert "no producer country in the field 'Pais'" in text and text.count("no producer country") == 1
    assert len(eu_fake.received) == before


def test_amend_through_qgis_process_then_refused_after_72_hours(qp, eu_fake, tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from epoch_eudr.core.eu_is.records import StatementFile, iso, now_utc

    fixed = tmp_path / "fixed.gpkg"
    results_of(qp("preflight", f"INPUT={SAMPLE}", "LOCATION_TYPE=plot", "COMMODITY=coffee", "FIX=true",
               f"OUTPUT={fixed}|layername=fixed_plots"))
    common = [f"INPUT={fixed}|layername=fixed_plots", "PRODUCER_FIELD=Productor", "ACTIVITY=IMPORT",
              "EORI=FR1234567890123", "COUNTRY_OF_ACTIVITY=FR", "HS_HEADING=0901", f"EU_SERVER={eu_fake.url}"]
    sent = results_of(qp("eu_submit_dds", *common, "DESCRIPTION=Green coffee", "NET_MASS_KG=500",
                         "INTERNAL_REFERENCE=PO-QP-AMEND", "WAIT_SECONDS=30"))
    assert sent["STATUS"] == "AVAILABLE"
    done = results_of(qp("eu_amend_dds", f"UUID={sent['UUID']}", *common, "DESCRIPTION=Green coffee, washed",
                         "NET_MASS_KG=450"))
    assert done["STATUS"] == "AVAILABLE" and sent["REFERENCE_NUMBER"] in done["MESSAGES"]
    held = eu_fake.service.records[sent["UUID"]]  # what the fake holds now: the amended content
    line = held.statement.commodities[0]
    assert (line.description, float(line.net_mass_kg), held.version) == ("Green coffee, washed", 450.0, 2)
    assert held.reference_number == sent["REFERENCE_NUMBER"] and eu_fake.received[-1][0] == "amendDds"
    with sqlite3.connect(fixed) as db:
        beside = db.execute("SELECT description, net_mass_kg, reference_number FROM eu_statements WHERE uuid = ?",
                            (sent["UUID"],)).fetchone()
    assert beside == ("Green coffee, washed", "450", sent["REFERENCE_NUMBER"])

    eu_fake.service.age(sent["UUID"], hours=73)  # three days later, for the fake and for the profile's record
    [stored] = list(qp.profile.rglob("statements.json"))
    StatementFile(stored).update(lambda records: [
        replace(r, submitted_at=iso(now_utc() - timedelta(hours=73))) if r.uuid == sent["UUID"] else r
        for r in records])
    received = len(eu_fake.received)
    late = qp("eu_amend_dds", f"UUID={sent['UUID']}", *common, "DESCRIPTION=Too late", "NET_MASS_KG=400")
    assert late.returncode != 0
    assert "a statement can be amended only within 72 hours of its submission" in late.stdout + late.stderr
    assert len(eu_fake.received) == received and eu_fake.service.records[sent["UUID"]].version == 2
