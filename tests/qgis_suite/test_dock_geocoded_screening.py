"""Preview geocoding, then screening the geocoded points: what a user sees on the way (the sandbox)."""

import shutil
from pathlib import Path

from .dock_driver import click, log_in, wait_until

ADDRESSES = Path(__file__).resolve().parents[1] / "data" / "geocoding" / "facility_addresses.csv"


def _geocode(dock, tmp_path):
    log_in(dock)
    screening = dock.screening
    csv = tmp_path / "facility_addresses.csv"
    shutil.copy(ADDRESSES, csv)
    screening.file_widget.setFilePath(str(csv))
    click(screening.geocode_button)
    wait_until(lambda: screening.layer_combo.currentLayer() is not None and screening.geocode_button.isEnabled()
               and not screening.task_bar.busy())
    layer = screening.layer_combo.currentLayer()
    assert "layername=geocoded_facility_addresses" in layer.source()
    return screening, layer


def test_screening_the_geocoded_points_does_not_send_their_geopackage_fid(dock, tmp_path):
    screening, layer = _geocode(dock, tmp_path)
    assert "fid" in layer.fields().names()  # the GeoPackage's own feature id, shown as a field by QGIS
    click(screening.run_button)
    wait_until(lambda: screening.result_layer is not None and not screening.task_bar.busy(), timeout=60)
    assert "renamed" not in screening.status.text(), screening.status.text()
    names = screening.result_layer.fields().names()
    assert not [name for name in names if name.lower().startswith("fid_")], names
    assert "facility_id" in names and "preview_status" in names  # the user's own fields still go


def test_a_user_field_named_fid_that_is_not_the_id_is_still_sent(qgis_app):
    from epoch_eudr.layers.inputs.source import snapshot_layer

    from .helpers import memory_layer

    layer = memory_layer("Point?crs=EPSG:4326&field=fid:string&field=name:string", [("POINT(1 1)", ["A-1", "x"])])
    assert snapshot_layer(layer).field_names == ["fid", "name"]  # a memory layer's fid is the user's own data


def _tip(layer, feature):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)


def test_the_geocoded_points_have_a_map_tip_with_status_note_and_address(dock, tmp_path):
    _screening, layer = _geocode(dock, tmp_path)
    assert layer.mapTipTemplate(), "no map tip"
    rows = {f["facility_id"]: f for f in layer.getFeatures()}
    placed = _tip(layer, rows["F-001"])
    assert "<b>Usina Boa Vista</b>" in placed and "Geocoding: placed" in placed
    assert "address: Rodovia BR-364 km 12" in placed and "country: Brazil" in placed
    assert "Note:" not in placed  # no note, no empty line
    missed = _tip(layer, rows["F-003"])
    assert "Geocoding: not placed" in missed and "Note: no country in the row" in missed
    assert "[%" not in placed + missed


def test_the_preview_tip_escapes_the_files_text(qgis_app, tmp_path):
    from epoch_eudr.layers.operations.geocoding import preview_maptip
    from epoch_eudr.layers.writer.gpkg_writer import write_layer
    from qgis.core import QgsVectorLayer

    props = {"name": "<script>x</script> & Co", "address": "Rua 'A' %] 1", "preview_status": "geocoded",
             "preview_note": None}
    write_layer(iter([{"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [1, 1]}}]),
                "facility_point", tmp_path / "t.gpkg", "t", derive=False)
    layer = QgsVectorLayer(f"{tmp_path / 't.gpkg'}|layername=t", "t", "ogr")
    layer.setMapTipTemplate(preview_maptip(layer.fields().names()))
    shown = _tip(layer, next(layer.getFeatures()))
    assert "&lt;script&gt;x&lt;/script&gt; &amp; Co" in shown and "<script>" not in shown
    assert "Rua 'A' %] 1" in shown


def test_after_preview_geocoding_the_commodity_is_no_longer_the_plots_one(dock, tmp_path):
    screening = dock.screening
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    screening.commodity.setCurrentIndex(screening.commodity.findData("coffee"))
    screening, _layer = _geocode(dock, tmp_path)
    assert screening.location_combo.currentData() == "facility"
    assert screening.commodity.currentData() == ""  # Auto-detect: each facility's own commodity column


def test_the_two_article_10_options_say_how_they_differ(dock):
    screening = dock.screening
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("facility"))
    risk, sources = screening.option_boxes["include_article10_check"], screening.facility_boxes[
        "include_legality_check"]
    assert risk.isVisibleTo(screening) and sources.isVisibleTo(screening)
    assert risk.text() != sources.text() and "sources" in sources.text() and "sources" not in risk.text()
    assert "/validate_locations" in risk.toolTip() and "/validate_facilities" in sources.toolTip()
