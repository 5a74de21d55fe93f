"""A drill-down plot's non-compliant share is one percent wherever it is shown: the dock's plots table ("NC %")
and the layer's map tip ("Forest loss ... (56.52 %)") say the same number for the same feature, a percent of the
plot's area (Epoch stores it as a fraction, ``noncompliance_area_perc``: the table must not show 0.5652)."""

import json
import re
from pathlib import Path

import pytest
from epoch_eudr.layers.operations.epoch_api import wait_for_collection
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, wait_until

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_plots.geojson"


@pytest.fixture
def sample_collection(client):
    collection = json.loads(SAMPLE.read_text(encoding="utf-8"))
    job = client.batch_process(collection, "nc percent sample", "coffee", force_reprocess=True)
    assert wait_for_collection(client, job.collection_id, 30, first_delay=0.2)
    return job.collection_id


def _number(text):
    return float(text.replace(",", ""))


def _tip_percent(layer, feature):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    found = re.search(r"Forest loss [^(<]*\(([\d.,]+) %\)", tip)
    assert found, tip
    return found.group(1)


def test_the_plots_table_and_the_map_tip_show_one_nc_percent(dock, sample_collection, env_login):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(tab.ready)
    wait_until(lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r)["collection_id"] == sample_collection)
    tab.table.selectRow(row)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None, timeout=60)
    tab.view.setCurrentIndex(2)
    model, layer = tab.plots_model, tab.plots_layer
    wait_until(lambda: model.rowCount() > 0 and not model.pending())
    column = [key for key, _ in model.columns].index("noncompliance_area_perc")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "NC %"
    compared = 0
    for row in range(model.rowCount()):
        fraction = model.row_at(row)["noncompliance_area_perc"]
        if not fraction:
            continue
        cell = model.data(model.index(row, column))
        feature = layer.getFeature(model.fid_at(row))
        tip = _tip_percent(layer, feature)
        # the same percent: the map tip rounds to 2 decimals, the cell to 4 significant digits
        assert abs(_number(cell) - _number(tip)) <= 0.005 + 1e-9, (feature["plotid"], cell, tip)
        assert abs(_number(cell) - fraction * 100.0) <= 5e-4 * fraction * 100.0, (cell, fraction)  # a percent
        compared += 1
    assert compared >= 3  # the sample has several plots with a forest loss
