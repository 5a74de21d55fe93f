"""A file the user picked, opened as a QGIS vector layer, or the reason it cannot be (OGR's own words).

QGIS writes why a file does not open only to its message log ("ERROR parsing kml ... no element found on line
13"); the form that picked the file says it instead, naming the file (the reason is read as Processing reads
it: :func:`.source.unreadable_file_reason`).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Tuple

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
    missing = missing_layer(path)
    if missing:
        return QgsVectorLayer(), missing
    layer = QgsVectorLayer(path, Path(file_path).stem, "ogr")
    if layer.isValid():
        return layer, ""
    return layer, tr("'{file}' could not be opened ({reason}). The file may be cut short or damaged: export it "
                     "again from where it came from.").format(file=name, reason=unreadable_file_reason(file_path))


#: At most this many of a file's layers are named in a sentence.
LISTED_LAYERS = 20


def missing_layer(uri: str) -> Optional[str]:
    """A sentence when ``uri`` names a layer (``|layername=`` or ``|layerid=``) its file, which opens, does not
    hold: which layer is missing and the layers the file has (a file that does not open is another story:
    :func:`.source.unreadable_file_reason`); ``None`` otherwise."""
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path, wanted, number = parts.get("path") or "", parts.get("layerName"), parts.get("layerId")
    if wanted in (None, "") and number in (None, ""):
        return None
    names = _layer_names(path)
    if names is None:
        return None
    if wanted not in (None, ""):
        if str(wanted) in names:
            return None
        text = tr("'{file}' holds no layer named '{layer}'. Its layers: {layers}. Name one of these.")
        return text.format(file=Path(path).name, layer=wanted, layers=_listed(names))
    try:
        index = int(number)
    except (TypeError, ValueError):
        index = -1
    if 0 <= index < len(names):
        return None
    text = tr("'{file}' holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.")
    return text.format(file=Path(path).name, layer=number, layers=_listed(names))


def _listed(names: List[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:LISTED_LAYERS])
    return shown + (", …" if len(names) > LISTED_LAYERS else "") if names else tr("none")


def _layer_names(path: str) -> Optional[List[str]]:
    """The names of the vector layers GDAL finds in ``path`` (``None`` when it does not open)."""
    from osgeo import gdal

    gdal.PushErrorHandler(lambda *_args: None)
    try:
        try:
            dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        except RuntimeError:
            return None
        if dataset is None:
            return None
        return [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        gdal.PopErrorHandler()


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
