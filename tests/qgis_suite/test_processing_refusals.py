"""What the command line must refuse, and how: a non-zero exit, a sentence naming the id, field or value, printed
once, no output file; choice parameters by name or by the number ``qgis_process help`` lists.

Driven through /usr/bin/qgis_process.bin (the entry point scripts use) with the plugin enabled in a throw-away
profile and the sandbox as the server.
"""

import json
from pathlib import Path

import pytest
from epoch_eudr.core.risk import NOT_ASSESSABLE, compliance_status
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsApplication, QgsProcessingParameterEnum

from .helpers import QGIS_PROCESS, qgis_process_env, run_algorithm, sandbox_login

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
pytestmark = pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")


class Run:
    """One qgis_process run: its exit code and everything it printed (stdout and stderr, in that order)."""

    def __init__(self, completed):
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.output = completed.stdout + completed.stderr

    def count(self, text):
        return self.output.count(text)

    def results(self):
        return json.loads(self.stdout[self.stdout.index("{"):])["results"]


@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    env = qgis_process_env(tmp_path_factory.mktemp("profile"), **sandbox_login(sandbox_server.url))

    def run(algorithm, *params, as_json=False):
        return Run(run_algorithm(env, algorithm, *params, as_json=as_json))

    return run


@pytest.fixture(scope="module")
def catalogue(sandbox_server):
    """The sandbox's producer assessments: collection id -> properties."""
    from epoch_eudr.core.api import EpochClient, PasswordCredentials

    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    return {f["properties"]["collection_id"]: f["properties"] for f in client.fetch_supply_shed()}


def not_assessable(catalogue):
    """A Not Assessable producer with a location (Epoch did not process it: no plots, no DDS)."""
    return next((cid, props) for cid, props in catalogue.items()
                if compliance_status(props) is NOT_ASSESSABLE and props.get("facility_geo"))


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_fetch_plots_of_an_unknown_collection_is_refused_once(qp, tmp_path, as_json):
    out = tmp_path / "plots.gpkg"
    run = qp("fetch_plots", "COLLECTION_ID=0xnot-a-collection", f"OUTPUT={out}", as_json=as_json)
    assert run.returncode != 0, run.output
    assert run.count("No collection '0xnot-a-collection'") == 1, run.output
    assert "epoch_eudr:fetch_assessments" in run.output  # how to find the right id
    assert "written" not in run.output and not out.exists()


def test_fetch_plots_of_a_producer_epoch_did_not_process_says_why(qp, catalogue, tmp_path):
    cid, props = not_assessable(catalogue)
    out = tmp_path / "plots.gpkg"
    run = qp("fetch_plots", f"COLLECTION_ID={cid}", f"OUTPUT={out}")
    assert run.returncode != 0 and not out.exists(), run.output
    sentence = f"'{props['company_name']}' (collection {cid}) has no plots: it is Not Assessable"
    assert run.count(sentence) == 1 and props["locations_confidence"] in run.output, run.output


def test_fetch_plots_of_an_assessed_collection_still_runs(qp, catalogue, tmp_path):
    cid = next(cid for cid, props in catalogue.items() if compliance_status(props).label == "Compliant")
    run = qp("fetch_plots", f"COLLECTION_ID={cid}", f"OUTPUT={tmp_path / 'plots.gpkg'}", as_json=True)
    assert run.returncode == 0, run.output
    assert (tmp_path / "plots.gpkg").exists()


def test_download_dds_of_a_not_assessable_producer_is_refused_and_writes_nothing(qp, catalogue, tmp_path):
    cid, props = not_assessable(catalogue)
    assessed = next(c for c, p in catalogue.items() if compliance_status(p) is not NOT_ASSESSABLE)
    out = tmp_path / "dds.zip"
    run = qp("download_dds", f"COLLECTION_IDS={assessed},{cid}", f"OUTPUT_FILE={out}")
    assert run.returncode != 0, run.output
    sentence = f"'{props['company_name']}' (collection {cid}) is Not Assessable ({props['locations_confidence']})"
    assert run.count(sentence) == 1, run.output
    assert not out.exists() and list(tmp_path.iterdir()) == []  # no ZIP, no partial file


def test_download_dds_of_an_unknown_collection_names_it_once(qp, tmp_path):
    run = qp("download_dds", "COLLECTION_IDS=0xnot-a-collection", f"OUTPUT_FILE={tmp_path / 'dds.zip'}",
             as_json=True)
    assert run.returncode != 0 and run.count("No collection '0xnot-a-collection'") == 1, run.output
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def assessments(qp, tmp_path_factory):
    out = tmp_path_factory.mktemp("assessments") / "assessments.gpkg"
    run = qp("fetch_assessments", f"OUTPUT={out}", as_json=True)
    assert run.returncode == 0, run.output
    return out


def test_field_report_filter_on_a_missing_field_names_it_and_the_fields(qp, assessments, tmp_path):
    pdf = tmp_path / "report.pdf"
    run = qp("field_report", f"ASSESSMENTS={assessments}", "FILTER=\"statut\" = 'High Risk'", f"OUTPUT_PDF={pdf}")
    assert run.returncode != 0 and not pdf.exists(), run.output
    assert run.count("names 'statut', which 'assessments' does not have") == 1, run.output
    fields = run.output.split("Its fields: ")[1].splitlines()[0]
    assert {"company_name", "status", "collection_id"} <= set(fields.rstrip(".").split(", "))
    assert "No producer to report on" not in run.output


def test_field_report_filter_that_cannot_be_read_is_refused(qp, assessments, tmp_path):
    pdf = tmp_path / "report.pdf"
    run = qp("field_report", f"ASSESSMENTS={assessments}", "FILTER=\"status\" = ", f"OUTPUT_PDF={pdf}")
    assert run.returncode != 0 and not pdf.exists(), run.output  # QGIS read it as no filter: a report of everyone
    assert run.count("is not a valid expression") == 1, run.output


def test_a_refusal_inside_an_algorithm_is_printed_once(qp, tmp_path):
    """QGIS logs an algorithm's error twice besides the feedback's "ERROR:" line: qgis_process printed all three."""
    run = qp("download_dds", "COLLECTION_IDS=0xnot-a-collection", f"OUTPUT_FILE={tmp_path / 'dds.zip'}")
    assert run.returncode != 0
    lines = [line for line in run.output.splitlines() if "0xnot-a-collection" in line and "COLLECTION_IDS:" not in line]
    assert len(lines) == 1 and lines[0].startswith("ERROR:"), run.output


def preflight_summary(qp, tmp_path, location_type, commodity="cocoa"):
    out = tmp_path / f"preflight_{location_type}_{commodity}.gpkg"
    run = qp("preflight", f"INPUT={SAMPLE / 'sample_facilities.geojson'}", f"LOCATION_TYPE={location_type}",
             f"COMMODITY={commodity}", f"OUTPUT={out}", as_json=True)
    assert run.returncode == 0, run.output
    return run.results()["SUMMARY"]


def test_choices_take_the_number_qgis_process_help_lists(qp, tmp_path):
    from epoch_eudr.processing_provider.alg_screen_locations import COMMODITY_CHOICES, LOCATION_TYPES

    by_name = {name: preflight_summary(qp, tmp_path, name) for name in ("plot", "facility")}
    assert by_name["plot"] != by_name["facility"]  # points checked as plots are missing their Area
    for name, summary in by_name.items():
        assert preflight_summary(qp, tmp_path, LOCATION_TYPES.index(name)) == summary
    assert preflight_summary(qp, tmp_path, "facility", COMMODITY_CHOICES.index("cocoa")) == by_name["facility"]


def test_choices_by_number_screen_like_by_name(qp, tmp_path):
    params = [f"INPUT={SAMPLE / 'sample_plots.geojson'}", "COMMODITY=coffee"]
    named = qp("screen_locations", *params, "LOCATION_TYPE=plot", f"OUTPUT={tmp_path / 'a.gpkg'}", as_json=True)
    numbered = qp("screen_locations", *params, "LOCATION_TYPE=1", f"OUTPUT={tmp_path / 'b.gpkg'}", as_json=True)
    assert named.returncode == 0 and numbered.returncode == 0, numbered.output
    assert json.loads(numbered.results()["SUMMARY"])["total_plots"] == 30
    assert numbered.results()["SUMMARY"] == named.results()["SUMMARY"]


@pytest.mark.parametrize("value", ["9", "nope"])
def test_a_wrong_choice_lists_the_names_with_their_numbers(qp, tmp_path, value):
    out = tmp_path / "s.gpkg"
    run = qp("screen_locations", f"INPUT={SAMPLE / 'sample_plots.geojson'}", f"LOCATION_TYPE={value}",
             f"OUTPUT={out}")
    assert run.returncode != 0 and not out.exists(), run.output
    assert run.count(f"LOCATION_TYPE: '{value}' is not one of its choices: 0 = auto, 1 = plot, 2 = facility") == 1
    assert "Incorrect parameter value" not in run.output


def test_every_choice_of_every_algorithm_takes_names_and_numbers(processing):
    """Each enum parameter of each algorithm: its number reads as its name, anything else is refused with them."""
    from epoch_eudr.processing_provider.choices import ChoiceError, choices_as_named

    provider = QgsApplication.processingRegistry().providerById("epoch_eudr")
    seen = 0
    for algorithm in provider.algorithms():
        for definition in algorithm.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterEnum):
                continue
            name, options = definition.name(), definition.options()
            for number, option in enumerate(options):
                expected = option if definition.usesStaticStrings() else number
                for given in (number, str(number), option, option.upper()):
                    assert choices_as_named(algorithm, {name: given})[name] == expected, (algorithm.id(), name)
            with pytest.raises(ChoiceError) as refused:
                choices_as_named(algorithm, {name: str(len(options))})
            assert all(f"{n} = {option}" in str(refused.value) for n, option in enumerate(options))
            seen += 1
    assert seen >= 6  # LOCATION_TYPE and COMMODITY of screen_locations, submit_batch, preflight (and more)
