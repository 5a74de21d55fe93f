"""Issue 16 from the dock: EU country risk card and filter, the check sample, the second-opinion filter on
drill-down plots and the field report, each run twice into the same output with the first result open."""

import shutil
import sqlite3
import subprocess

import pytest
from epoch_eudr.ui import assessment_actions
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QLabel

from .dock_driver import click, log_in, wait_until


def _loaded(dock):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(tab.ready)
    wait_until(lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    return tab


def _column(gpkg, table, field, where=""):
    conn = sqlite3.connect(gpkg)
    try:
        return [row[0] for row in conn.execute(f'SELECT "{field}" FROM "{table}" {where}')]  # nosec B608
    finally:
        conn.close()


def _layers_named(name):
    return [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == name]


def test_eu_risk_cards_and_filter_count_what_the_table_shows(dock, tmp_path):
    tab = _loaded(dock)
    risks = _column(tmp_path / "results.gpkg", "assessments", "eu_country_risk")
    assert risks and all(risk in ("low", "standard", "high", "unknown") for risk in risks)
    for key in ("high", "standard", "low"):
        assert int(tab.eu_cards.values[key].text()) == risks.count(key)
    captions = [label.text() for label in tab.eu_cards.findChildren(QLabel)]
    captions = [text.replace("\u00a0", " ") for text in captions]  # a share kept on its line by no-break spaces
    assert "EU high risk · 9 %" in captions and "EU low risk · 1 %" in captions
    shown = [col for col, _ in tab.model.columns]
    assert "eu_country_risk" in shown
    tab.eu_filter.setCurrentIndex(tab.eu_filter.findData("standard"))
    wait_until(lambda: not tab.model.pending())
    assert tab.model.rowCount() == risks.count("standard") > 0
    assert {tab.model.row_at(i)["eu_country_risk"] for i in range(tab.model.rowCount())} == {"standard"}
    tab.eu_filter.setCurrentIndex(tab.eu_filter.findData("high"))
    wait_until(lambda: not tab.model.pending())
    assert tab.model.rowCount() == risks.count("high")
    tab.eu_filter.setCurrentIndex(0)
    wait_until(lambda: not tab.model.pending())
    assert tab.model.rowCount() == len(risks)


def test_the_check_sample_is_drawn_twice_into_the_same_layer_and_the_seed_is_kept(dock, tmp_path):
    tab = _loaded(dock)
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and _layers_named("Check sample"))
    assert "Check sample (seed 1)" in tab.status.text()
    first = _column(tmp_path / "results.gpkg", "check_sample", "collection_id", "ORDER BY sample_order")
    assert first and set(_column(tmp_path / "results.gpkg", "check_sample", "sample_seed")) == {1}
    assert all(_column(tmp_path / "results.gpkg", "check_sample", "sample_reason"))
    click(tab.sample_button)  # again, the first sample still open in the project
    wait_until(lambda: tab.ready() and "Check sample (seed 1)" in tab.status.text())
    assert len(_layers_named("Check sample")) == 1
    assert _column(tmp_path / "results.gpkg", "check_sample", "collection_id", "ORDER BY sample_order") == first
    tab.seed.setValue(7)
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and "seed 7" in tab.status.text())
    layer = _layers_named("Check sample")[0]
    assert layer.isValid() and layer.featureCount() == len(
        _column(tmp_path / "results.gpkg", "check_sample", "collection_id"))
    assert set(_column(tmp_path / "results.gpkg", "check_sample", "sample_seed")) == {7}


def test_drilled_plots_filter_on_the_second_opinion(dock, tmp_path):
    tab = _loaded(dock)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("High Risk"))
    wait_until(lambda: not tab.model.pending() and tab.model.rowCount() > 0)
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None)
    tab.view.setCurrentIndex(2)
    assert tab.plots_filter.isVisibleTo(tab) and not tab.eu_filter.isEnabled()
    wait_until(lambda: not tab.plots_model.pending())
    table = tab.plots_layer.source().split("layername=")[1]
    disagree = _column(tmp_path / "results.gpkg", table, "second_opinion_disagrees")
    verdicts = _column(tmp_path / "results.gpkg", table, "second_opinion")
    assert tab.plots_model.rowCount() == len(disagree) > 0
    tab.plots_filter.setCurrentIndex(1)  # Epoch and the second opinion disagree
    wait_until(lambda: not tab.plots_model.pending())
    assert tab.plots_model.rowCount() == sum(disagree)
    assert all(tab.plots_model.row_at(i)["second_opinion_disagrees"] == 1 for i in range(tab.plots_model.rowCount()))
    tab.plots_filter.setCurrentIndex(3)  # NEEDS_REVIEW
    wait_until(lambda: not tab.plots_model.pending())
    assert tab.plots_model.rowCount() == verdicts.count("NEEDS_REVIEW")
    tab.plots_filter.setCurrentIndex(0)
    wait_until(lambda: not tab.plots_model.pending())
    assert tab.plots_model.rowCount() == len(disagree)
    tab.view.setCurrentIndex(0)
    assert not tab.plots_filter.isVisibleTo(tab)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_field_report_for_the_selected_producer_twice_into_the_same_pdf(dock, tmp_path, monkeypatch):
    tab = _loaded(dock)
    monkeypatch.setattr(assessment_actions, "REPORT_ALL_LIMIT", 2)
    pdf = tmp_path / "report" / "field report.pdf"
    tab.layer.removeSelection()
    tab.report(str(pdf))
    wait_until(lambda: tab.ready() and "select the producers" in tab.status.text())
    assert not pdf.exists()  # refused: nothing written
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("High Risk"))
    wait_until(lambda: not tab.model.pending() and tab.model.rowCount() > 0)
    tab.table.selectRow(0)
    name = tab.selected_row()["company_name"]
    assert len(tab.layer.selectedFeatureIds()) == 1
    for _ in range(2):  # twice into the same PDF, the first one kept until the second is done
        tab.report(str(pdf))
        wait_until(lambda: tab.ready() and "Writing the field report:" in tab.status.text(), timeout=120)
        assert tab.report_path == pdf and pdf.is_file() and tab.open_report_button.isEnabled()
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert name in text
        assert "1 producer section," in tab.status.text()
        assert (pdf.parent / "field report QField" / "field report.qgz").is_file()
        tab.status.setText("")
