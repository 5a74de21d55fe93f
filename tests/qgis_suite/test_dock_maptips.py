"""From the dock: a drill-down's plots table explains the second opinion in a tooltip, and the plots and check
sample layers it loads show their map tips from the style (the stored rows hold codes and numbers only)."""

import html
import re
import sqlite3
from pathlib import Path

from epoch_eudr.core.result_rows import SOURCE_KEY
from epoch_eudr.core.second_opinion import REASONS
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, wait_until


def _words(layer, feature):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    assert "<script" not in tip
    spaced = re.sub(r"<br>|</?tr>|</?table>", " ", tip.replace("</td><td>", ": "))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_plots.geojson"


def _layers_named(name):
    return [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == name]


def test_the_dock_words_the_second_opinion_and_the_check_sample_when_shown(dock, tmp_path):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and not tab.model.pending())
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None, timeout=60)
    layer = tab.plots_layer
    assert "maptip_html" not in layer.fields().names()

    tab.view.setCurrentIndex(2)
    wait_until(lambda: not tab.plots_model.pending() and tab.plots_model.rowCount() > 0)
    column = [key for key, _ in tab.plots_model.columns].index("second_opinion")
    words = {"COMPLIANT": "Compliant", "NEEDS_REVIEW": "Needs Review", "NON_COMPLIANT": "Non-Compliant"}
    by_plot = {f["plotid"]: f for f in layer.getFeatures()}
    for row in range(tab.plots_model.rowCount()):
        values = tab.plots_model.row_at(row)
        tip = tab.plots_model.index(row, column).data(Qt.ItemDataRole.ToolTipRole).splitlines()
        verdict = words[values["second_opinion"]]
        assert tip[0].startswith(f"{verdict} (score ") and tip[1].startswith("Country "), tip
        codes = values["second_opinion_reasons"].split(",")
        assert set(codes) <= set(REASONS) and len(tip) == 2 + len(codes), tip  # one sentence per reason code
        said = _words(layer, by_plot[values["plotid"]])
        assert f"Second opinion: {tip[0]}" in said and f"Its parts: {tip[1]}" in said
        assert all(sentence in said for sentence in tip[2:]), (tip, said)

    tab.view.setCurrentIndex(0)
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and _layers_named("Check sample"))
    sample = _layers_named("Check sample")[0]
    with sqlite3.connect(tmp_path / "results.gpkg") as db:
        codes = {r for (r,) in db.execute("SELECT sample_reason FROM check_sample")}
    assert codes == {"risk_order"}
    for feature in sample.getFeatures():
        said = _words(sample, feature)
        assert f"Check sample #{feature['sample_order']}: " in said and " to check among " in said, said


def test_a_screened_plot_tip_is_titled_by_the_users_plot_id_and_producer(dock):
    """Screened from the dock, each plot of the bundled sample is named in its map tip as the file names it
    (``Plot ID``, ``Productor``), never by a bare dash."""
    log_in(dock)
    source = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    assert source.isValid()
    QgsProject.instance().addMapLayer(source)
    screening = dock.screening
    screening.layer_combo.setLayer(source)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    click(screening.run_button)
    wait_until(lambda: screening.result_layer is not None and not screening.task_bar.busy(), timeout=120)
    by_fid = {f.id(): f for f in source.getFeatures()}
    screened = list(screening.result_layer.getFeatures())
    assert len(screened) == len(by_fid)
    for feature in screened:
        mine = by_fid[feature[SOURCE_KEY]]
        said = _words(screening.result_layer, feature)
        assert said.startswith(f"{mine['Plot ID']} – {mine['Productor']} "), said
