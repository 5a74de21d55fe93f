"""The default style of a result layer, stored in its GeoPackage by GDAL in the worker thread.

``QgsMapLayer.saveStyleToDatabase`` on the main thread waited for ever when the
file was already open (the second screening into the same GeoPackage froze QGIS),
and is deprecated on 3.44. The ``layer_styles`` table it writes is a plain
GeoPackage attribute table, so it is written here with OGR, with a bounded SQLite
busy timeout that ends in a clear message. QGIS reads it back as the layer's
default style whenever the layer is opened.

Every OGR call's return code is checked: ``gdal.UseExceptions()`` does not turn on
exceptions for ``ogr`` in GDAL before 3.7 (``ogr.GetUseExceptions()`` stays 0), so a
failed ``CreateFeature`` on a full disk returned normally and the transaction committed
the old style deleted and none stored. A failure raises :class:`OSError` in words and
rolls back: the styles of the file stay as they were.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QCoreApplication

gdal.UseExceptions()


def tr(text: str) -> str:
    return QCoreApplication.translate("StyleStore", text)

STYLES_TABLE = "layer_styles"
BUSY_TIMEOUT_MS = 10_000
_FIELDS = (("f_table_catalog", ogr.OFTString), ("f_table_schema", ogr.OFTString), ("f_table_name", ogr.OFTString),
           ("f_geometry_column", ogr.OFTString), ("styleName", ogr.OFTString), ("styleQML", ogr.OFTString),
           ("styleSLD", ogr.OFTString), ("useAsDefault", ogr.OFTInteger), ("description", ogr.OFTString),
           ("owner", ogr.OFTString), ("ui", ogr.OFTString), ("update_time", ogr.OFTDateTime))


class FileBusyError(OSError):
    """The GeoPackage stayed locked by another connection for longer than the timeout."""


class StyleStoreError(OSError):
    """The style could not be stored; ``reason`` is what failed, without the file's name (a writer that stored
    it in a staged copy names the destination instead)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


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


def _checked(code: int, what: str) -> None:
    """An OGR return code as an exception (``ogr`` may not raise by itself: see the module's docstring)."""
    if code != ogr.OGRERR_NONE:
        said = gdal.GetLastErrorMsg() or tr("OGR error {code}").format(code=code)
        raise RuntimeError(f"{what}: {said}")


def _styles_layer(dataset) -> ogr.Layer:
    layer = dataset.GetLayerByName(STYLES_TABLE)
    if layer is not None:
        return layer
    layer = dataset.CreateLayer(STYLES_TABLE, geom_type=ogr.wkbNone)
    if layer is None:
        raise RuntimeError(tr("creating the table {table}: {error}").format(table=STYLES_TABLE,
                                                                             error=gdal.GetLastErrorMsg()))
    for name, kind in _FIELDS:
        definition = ogr.FieldDefn(name, kind)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        _checked(layer.CreateField(definition), tr("adding the column {column} to {table}").format(
            column=name, table=STYLES_TABLE))
    return layer


def store_default_style(gpkg: Path, layer_name: str, qml: str, style_name: str, description: str = "",
                        geometry_column: str = "geom", busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Make ``qml`` the default style of ``layer_name`` (replacing a style of the same name)."""
    reason = ""
    try:
        with open_for_update(gpkg, busy_timeout_ms) as dataset:
            dataset.StartTransaction()
            try:
                _store(dataset, layer_name, qml, style_name, description, geometry_column)
                dataset.CommitTransaction()
            except BaseException:
                try:
                    dataset.RollbackTransaction()
                except RuntimeError:  # SQLite rolled back itself (a full disk, an I/O error)
                    pass
                raise
    except RuntimeError as exc:
        reason = str(exc) or gdal.GetLastErrorMsg() or type(exc).__name__
    if not reason:
        return
    if "locked" in reason or "busy" in reason.lower():  # raised here, the GDAL frames holding the file are gone
        raise FileBusyError(tr("{file} is locked by another program (waited {seconds} s); close it there and run "
                               "again.").format(file=gpkg, seconds=f"{busy_timeout_ms / 1000:.0f}"))
    from ..writer.gpkg_install import explain, is_disk_full

    if is_disk_full(RuntimeError(reason), Path(gpkg)):  # which disk, how much is free
        raise StyleStoreError(explain(RuntimeError(reason), Path(gpkg), layer_name), reason)
    raise StyleStoreError(tr("Could not store the style of '{layer}' in {file}: {error}. The styles in the file "
                             "were left as they were.").format(layer=layer_name, file=gpkg, error=reason), reason)


def _store(dataset, layer_name: str, qml: str, style_name: str, description: str, geometry_column: str) -> None:
    """Inside the transaction: replace the style of the same name, make it the layer's only default."""
    styles = _styles_layer(dataset)
    styles.SetAttributeFilter(f"f_table_name = {quote_literal(layer_name)}")
    stale, others = [], []
    for row in styles:
        (stale if row.GetField("styleName") == style_name else others).append(row)
    styles.SetAttributeFilter(None)
    for row in stale:
        _checked(styles.DeleteFeature(row.GetFID()), tr("removing the old style '{name}'").format(name=style_name))
    for row in others:  # one default per layer, as QGIS keeps it
        if row.GetField("useAsDefault"):
            row.SetField("useAsDefault", 0)
            _checked(styles.SetFeature(row), tr("unsetting the default style '{name}'").format(
                name=row.GetField("styleName")))
    row = ogr.Feature(styles.GetLayerDefn())
    values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": layer_name,
              "f_geometry_column": geometry_column, "styleName": style_name, "styleQML": qml,
              "styleSLD": "", "useAsDefault": 1, "description": description, "owner": "", "ui": ""}
    for name, value in values.items():
        row.SetField(name, value)
    row.SetField("update_time", *_now_fields())
    _checked(styles.CreateFeature(row), tr("adding the style '{name}'").format(name=style_name))


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
