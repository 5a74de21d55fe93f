"""A file the user picked, opened as a QGIS vector layer, or the reason it cannot be (OGR's own words).

QGIS writes why a file does not open only to its message log ("ERROR parsing kml ... no element found on line
13"); the form that picked the file says it instead, naming the file (the reason is read as Processing reads
it: :func:`.source.unreadable_file_reason`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Tuple

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from .source import unreadable_file_reason


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFile", text)


def open_vector_file(path: str) -> Tuple[QgsVectorLayer, str]:
    """(the layer, ``""``) when QGIS opens ``path``, else (an invalid layer, a sentence naming the file and
    saying why it cannot be opened, in OGR's words).

    A file GDAL cannot open is never handed to QGIS: QGIS would also write OGR's complaint to the message log,
    where the user would read it a second time, without the file's name."""
    file_path = path.split("|", 1)[0]
    name = Path(file_path).name
    if not Path(file_path).is_file():
        return QgsVectorLayer(), tr("'{file}' could not be opened: there is no such file.").format(file=name)
    if not _gdal_opens(file_path):
        return QgsVectorLayer(), tr("'{file}' could not be opened ({reason}). The file may be cut short or "
                                    "damaged: export it again from where it came from.").format(
            file=name, reason=unreadable_file_reason(file_path))
    layer = QgsVectorLayer(path, Path(file_path).stem, "ogr")
    if layer.isValid():
        return layer, ""
    return layer, tr("'{file}' could not be opened ({reason}). The file may be cut short or damaged: export it "
                     "again from where it came from.").format(file=name, reason=unreadable_file_reason(file_path))


def _gdal_opens(path: str) -> bool:
    """Whether GDAL opens ``path`` as vector data, asked quietly (its complaint is read by the caller)."""
    from osgeo import gdal

    gdal.PushErrorHandler(lambda *_args: None)
    try:
        try:
            return gdal.OpenEx(path, gdal.OF_VECTOR) is not None
        except RuntimeError:  # GDAL raises when exceptions are on
            return False
    finally:
        gdal.PopErrorHandler()
