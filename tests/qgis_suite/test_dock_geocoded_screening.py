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
    from epoch_eudr.layers.source import snapshot_layer

    from .helpers import memory_layer

    layer = memory_layer("Point?crs=EPSG:4326&field=fid:string&field=name:string", [("POINT(1 1)", ["A-1", "x"])])
    assert snapshot_layer(layer).field_names == ["fid", "name"]  # a memory layer's fid is the user's own data
