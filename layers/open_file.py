"""A file the user picked, opened as a QGIS vector layer, or the reason it cannot be (OGR's own words).

QGIS writes why a file does not open only to its message log ("ERROR parsing kml ... no element found on line
13"); the form that picked the file says it instead, naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Tuple

from osgeo import gdal
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFile", text)


def ogr_reason(path: str) -> str:
    """What OGR says when it opens ``path`` (its last error, with GDAL's exceptions on or off), or ``""``;
    nothing more is written to the log."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        try:
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        except RuntimeError as exc:  # GDAL's exceptions are on (another module turned them on)
            return str(exc).strip()
        reason = gdal.GetLastErrorMsg().strip()
        if dataset is not None and not reason and dataset.GetLayerCount() == 0:
            reason = tr("it holds no layer")
        dataset = None
        return reason
    finally:
        gdal.PopErrorHandler()


def open_vector_file(path: str) -> Tuple[QgsVectorLayer, str]:
    """(the layer, ``""``) when QGIS opens ``path``, else (the invalid layer, a sentence naming the file and
    saying why it cannot be opened: OGR's reason, or that it is not a file of vector data)."""
    layer = QgsVectorLayer(path, Path(path).stem, "ogr")
    if layer.isValid():
        return layer, ""
    name = Path(path).name
    if not Path(path).is_file():
        return layer, tr("'{file}' could not be opened: there is no such file.").format(file=name)
    reason = ogr_reason(path)
    if reason:
        return layer, tr("'{file}' could not be opened: {reason}. Repair or export the file again, then choose "
                         "it again.").format(file=name, reason=reason.rstrip("."))
    return layer, tr("'{file}' could not be opened: QGIS does not read it as vector data (a CSV, XLSX, GeoJSON, "
                     "GeoPackage, KML or Shapefile).").format(file=name)
