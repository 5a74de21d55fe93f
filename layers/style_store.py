"""The default style of a result layer, stored in its GeoPackage by GDAL in the worker thread.

``QgsMapLayer.saveStyleToDatabase`` on the main thread waited for ever when the
file was already open (the second screening into the same GeoPackage froze QGIS),
and is deprecated on 3.44. The ``layer_styles`` table it writes is a plain
GeoPackage attribute table, so it is written here with OGR, with a bounded SQLite
busy timeout that ends in a clear message. QGIS reads it back as the layer's
default style whenever the layer is opened.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from osgeo import gdal, ogr

gdal.UseExceptions()

STYLES_TABLE = "layer_styles"
BUSY_TIMEOUT_MS = 10_000
_FIELDS = (("f_table_catalog", ogr.OFTString), ("f_table_schema", ogr.OFTString), ("f_table_name", ogr.OFTString),
           ("f_geometry_column", ogr.OFTString), ("styleName", ogr.OFTString), ("styleQML", ogr.OFTString),
           ("styleSLD", ogr.OFTString), ("useAsDefault", ogr.OFTInteger), ("description", ogr.OFTString),
           ("owner", ogr.OFTString), ("ui", ogr.OFTString), ("update_time", ogr.OFTDateTime))


class FileBusyError(OSError):
    """The GeoPackage stayed locked by another connection for longer than the timeout."""


def quote_literal(text: str) -> str:
    """An OGR SQL string literal (single quotes doubled)."""
    return "'" + str(text).replace("'", "''") + "'"


@contextmanager
def open_for_update(gpkg: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Iterator[gdal.Dataset]:
    """The GeoPackage opened for writing, waiting at most ``busy_timeout_ms`` for another connection's lock."""
    gdal.SetThreadLocalConfigOption("SQLITE_BUSY_TIMEOUT", str(int(busy_timeout_ms)))  # GDAL's own default: 5 s
    try:
        dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            yield dataset
        finally:
            dataset = None  # noqa: F841 (closes the file)
    finally:
        gdal.SetThreadLocalConfigOption("SQLITE_BUSY_TIMEOUT", None)


def _styles_layer(dataset) -> ogr.Layer:
    layer = dataset.GetLayerByName(STYLES_TABLE)
    if layer is not None:
        return layer
    layer = dataset.CreateLayer(STYLES_TABLE, geom_type=ogr.wkbNone)
    for name, kind in _FIELDS:
        definition = ogr.FieldDefn(name, kind)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    return layer


def store_default_style(gpkg: Path, layer_name: str, qml: str, style_name: str, description: str = "",
                        geometry_column: str = "geom", busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Make ``qml`` the default style of ``layer_name`` (replacing a style of the same name)."""
    try:
        with open_for_update(gpkg, busy_timeout_ms) as dataset:
            dataset.StartTransaction()
            styles = _styles_layer(dataset)
            styles.SetAttributeFilter(f"f_table_name = {quote_literal(layer_name)}")
            stale, others = [], []
            for row in styles:
                (stale if row.GetField("styleName") == style_name else others).append(row)
            styles.SetAttributeFilter(None)
            for row in stale:
                styles.DeleteFeature(row.GetFID())
            for row in others:  # one default per layer, as QGIS keeps it
                if row.GetField("useAsDefault"):
                    row.SetField("useAsDefault", 0)
                    styles.SetFeature(row)
            row = ogr.Feature(styles.GetLayerDefn())
            values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": layer_name,
                      "f_geometry_column": geometry_column, "styleName": style_name, "styleQML": qml,
                      "styleSLD": "", "useAsDefault": 1, "description": description, "owner": "", "ui": ""}
            for name, value in values.items():
                row.SetField(name, value)
            row.SetField("update_time", *_now_fields())
            styles.CreateFeature(row)
            dataset.CommitTransaction()
    except RuntimeError as exc:
        if "locked" in str(exc) or "busy" in str(exc).lower():
            raise FileBusyError(f"{gpkg} is locked by another program (waited {busy_timeout_ms / 1000:.0f} s); "
                                "close it there and run again.") from None
        raise OSError(f"Could not store the style of '{layer_name}' in {gpkg}: {exc}") from None


def _now_fields():
    import datetime

    now = datetime.datetime.now(datetime.timezone.utc)
    return now.year, now.month, now.day, now.hour, now.minute, float(now.second), 100  # 100: UTC


def default_style_name(gpkg: Path, layer_name: str) -> str:
    """The name of the layer's default style in the file, or ``""`` (used by tests and checks)."""
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    styles = dataset.GetLayerByName(STYLES_TABLE)
    if styles is None:
        return ""
    styles.SetAttributeFilter(f"f_table_name = {quote_literal(layer_name)} AND useAsDefault = 1")
    names = [row.GetField("styleName") for row in styles]
    return names[-1] if names else ""
