"""Everything runs twice into the same GeoPackage, with the first result still open (issue 12).

The second ``screen_locations`` into the same file used to hang for ever in
``saveStyleToDatabase`` while the first result layer was open in the project.
"""

import threading

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from .helpers import facilities_layer, plots_layer


def _watchdog(seconds: float):
    """Fails the test (instead of hanging CI) when the main thread is stuck for ``seconds``."""
    import faulthandler
    import sys

    faulthandler.dump_traceback_later(seconds, exit=True, file=sys.__stderr__)
    return faulthandler.cancel_dump_traceback_later


@pytest.mark.parametrize("make_layer", [facilities_layer, plots_layer], ids=["facilities", "plots"])
def test_screen_twice_into_the_same_file_with_the_first_result_open(processing, env_login, tmp_path, make_layer):
    source = make_layer()
    project = QgsProject.instance()
    project.addMapLayer(source)
    out = tmp_path / "results.gpkg"
    cancel = _watchdog(60)
    try:
        first = processing.run("epoch_eudr:screen_locations", {"INPUT": source, "OUTPUT": f"{out}|layername=screen"})
        opened = QgsVectorLayer(first["OUTPUT"], "first", "ogr")
        project.addMapLayer(opened)
        count = opened.featureCount()
        assert count > 0
        reader = QgsVectorLayer(first["OUTPUT"], "reader", "ogr")  # another open connection, mid-read
        iterator = reader.getFeatures()
        next(iterator)
        second = processing.run("epoch_eudr:screen_locations", {"INPUT": source, "OUTPUT": f"{out}|layername=screen"})
        del iterator
    finally:
        cancel()
    again = QgsVectorLayer(second["OUTPUT"], "again", "ogr")
    assert again.isValid() and again.featureCount() == count
    assert isinstance(again.renderer(), QgsCategorizedSymbolRenderer)  # the style stored in the file
    assert opened.isValid() and opened.featureCount() == count
    project.removeMapLayer(opened.id())
    project.removeMapLayer(source.id())
    assert threading.active_count() < 50


def test_style_is_stored_once_per_layer_and_default(processing, env_login, tmp_path):
    from epoch_eudr.layers.styles.store import default_style_name
    from osgeo import ogr

    source = plots_layer()
    out = tmp_path / "results.gpkg"
    for _ in range(2):
        processing.run("epoch_eudr:screen_locations", {"INPUT": source, "OUTPUT": f"{out}|layername=screen"})
    processing.run("epoch_eudr:screen_locations", {"INPUT": source, "OUTPUT": f"{out}|layername=other"})
    assert default_style_name(out, "screen") == "screen"
    dataset = ogr.Open(str(out))  # kept referenced: its layers die with it
    tables = sorted(row.GetField("f_table_name") for row in dataset.GetLayerByName("layer_styles"))
    assert tables == ["other", "screen"]


def test_a_locked_file_ends_in_a_clear_message_not_a_hang(tmp_path):
    import sqlite3
    import time

    from epoch_eudr.layers.styles.store import FileBusyError, store_default_style
    from epoch_eudr.layers.writer.gpkg_writer import write_layer

    gpkg = tmp_path / "r.gpkg"
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},
               "properties": {"facility_id": "a"}}
    write_layer([feature], "facilities", gpkg, "mills")
    holder = sqlite3.connect(gpkg)
    holder.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
    try:
        started = time.monotonic()
        with pytest.raises(FileBusyError, match="locked by another program"):
            store_default_style(gpkg, "mills", "<qgis/>", "mills", busy_timeout_ms=300)
        assert time.monotonic() - started < 5
    finally:
        holder.rollback()
        holder.close()
    store_default_style(gpkg, "mills", "<qgis/>", "mills", busy_timeout_ms=300)  # free again: it works
