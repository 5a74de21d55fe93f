"""The field report written by Processing without a file given is named as the dock names it: after its producers
and its date (one rule, layers/report/field_report.py's ``report_file_name``), not after the parameter
(OUTPUT_PDF.pdf)."""

import datetime as dt
from pathlib import Path

import pytest
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_report import report_file_name

BOA_VISTA = "Agropecuária Boa Vista"


@pytest.fixture(scope="module")
def assessments(sandbox_server, tmp_path_factory):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    gpkg = tmp_path_factory.mktemp("names") / "assessments.gpkg"
    ops.assessments_to_gpkg(EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)), gpkg)
    return f"{gpkg}|layername=assessments"


def test_the_rule(qgis_app):
    day = dt.date(2026, 12, 6)
    assert report_file_name(["Coop Soubre"], day) == "Field report Coop Soubre 2026-12-06.pdf"
    assert report_file_name(["A/B: C", "D"], day) == "Field report A B C and D 2026-12-06.pdf"
    assert report_file_name(["a", "b", "c"], day) == "Field report 3 producers 2026-12-06.pdf"
    assert report_file_name([], day) == "Field report all producers 2026-12-06.pdf"


def test_the_dock_offers_the_same_name(qgis_app):
    from epoch_eudr.ui import assessment_labels, wdg_assessments

    assert wdg_assessments.report_file_name is report_file_name  # one rule, not a copy
    assert not hasattr(assessment_labels, "report_file_name")


@pytest.mark.parametrize("dialog", [False, True])
def test_a_temporary_report_is_named_after_its_producer_and_day(processing, assessments, env_login, dialog):
    """As a script gives it (``TEMPORARY_OUTPUT``) and as the algorithm's dialog does (an output definition)."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    value = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT") if dialog else "TEMPORARY_OUTPUT"
    params = {"ASSESSMENTS": assessments, "FILTER": f"\"company_name\" = '{BOA_VISTA}'", "OUTPUT_PDF": value}
    result = processing.run("epoch_eudr:field_report", params)
    pdf = Path(result["OUTPUT_PDF"])
    assert pdf.name == f"Field report {BOA_VISTA} {dt.date.today().isoformat()}.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")


def test_a_file_given_is_kept(processing, assessments, env_login, tmp_path):
    pdf = tmp_path / "mine.pdf"
    result = processing.run("epoch_eudr:field_report", {"ASSESSMENTS": assessments, "OUTPUT_PDF": str(pdf),
                                                        "FILTER": f"\"company_name\" = '{BOA_VISTA}'"})
    assert result["OUTPUT_PDF"] == str(pdf) and pdf.is_file()
