"""A drill-down into plots carrying a property named like one of Epoch's own columns but for its case (the bundled
sample's ``Area`` beside Epoch's ``area``, Area (ha)) says nothing about it, at the first drill-down or the next:
the property is kept as ``Area_2``, its values as they came, and the attribute table shows it as ``Area``, the name
it came with (the alias stored with the layer's style). A name GDAL cannot take as it is is still said."""

import json
import sqlite3

from qgis.core import QgsVectorLayer

from .dock_driver import click, log_in, wait_until
from .helpers import SAMPLE_PLOTS


def _sample_submitted(client):
    sample = json.loads(SAMPLE_PLOTS.read_text(encoding="utf-8"))
    job = client.batch_process(sample, "sample_plots_area", "coffee")
    return job.collection_id, {f["properties"]["Plot ID"]: f["properties"]["Area"] for f in sample["features"]}


def _select(tab, collection_id):
    for row in range(tab.model.rowCount()):
        tab.table.selectRow(row)
        selected = tab.selected_row()
        if selected is not None and selected.get("collection_id") == collection_id:
            return
    raise AssertionError(f"no row of {collection_id}")


def test_the_samples_area_is_kept_beside_epochs_and_not_said_at_each_drill_down(dock, own_server, own_client):
    collection_id, areas = _sample_submitted(own_client)
    log_in(dock)
    tab = dock.assessments
    dock.window().show()
    dock.show_tab(tab)
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    said = []
    for _ in range(2):  # the first drill-down and the next alike
        tab.view.setCurrentIndex(0)
        _select(tab, collection_id)
        tab.status.clear()
        click(tab.drill_button)
        wait_until(lambda: tab.ready() and "loaded" in tab.status.text(), timeout=60)
        said.append(tab.status.text())
    for text in said:
        assert "renamed" not in text and "Area_2" not in text, text
    layer = tab.plots_layer
    stored = QgsVectorLayer(layer.source(), "plots", "ogr")  # the file as another project would open it
    stored.loadDefaultStyle()
    for shown in (layer, stored):
        fields = shown.fields()
        assert fields.field("Area_2").alias() == "Area"  # the user's property, by the name it came with
        assert fields.field("area").alias() == "Area (ha)"  # Epoch's own
    path, _, name = layer.source().partition("|layername=")
    with sqlite3.connect(path) as db:  # its values as they came (the sample's mix of numbers and text: as text)
        kept = dict(db.execute(f'SELECT "Plot ID", "Area_2" FROM "{name}"').fetchall())  # nosec B608 (test)
    assert kept and all(kept[plot] == str(areas[plot]) for plot in kept), kept
    shown = {f["Plot ID"]: f["Area_2"] for f in layer.getFeatures()}  # and QGIS shows them (not NULL: not JSON)
    assert shown == kept, shown


def test_only_names_renamed_for_another_reason_are_said(qgis_app):
    from epoch_eudr.layers.writer.gpkg_writer import _Columns

    columns = _Columns("plots")
    assert columns.row({"plotid": "P1", "Area": 2.5, "STATUS": "mine"}) == {"plotid": "P1", "Area_2": 2.5,
                                                                            "STATUS_2": "mine"}
    assert columns.notes() == [] and columns.kept_beside == {"Area": "Area_2", "STATUS": "STATUS_2"}
    columns.row({"Fid": 1, "Name": "a", "name": "b", "AREA": 3.0})
    assert columns.notes() == ["2 property names renamed for the GeoPackage: 'Fid' as 'Fid_', 'name' as 'name_2'"]
    assert columns.kept_beside["AREA"] == "AREA_3"  # beside Epoch's area and the first Area kept beside it
