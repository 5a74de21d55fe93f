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
    """(the layer, ``""``) when QGIS opens ``path``, else (the invalid layer, a sentence naming the file and
    saying why it cannot be opened, in OGR's words)."""
    layer = QgsVectorLayer(path, Path(path).stem, "ogr")
    if layer.isValid():
        return layer, ""
    name = Path(path).name
    if not Path(path).is_file():
        return layer, tr("'{file}' could not be opened: there is no such file.").format(file=name)
    return layer, tr("'{file}' could not be opened ({reason}). The file may be cut short or damaged: export it "
                     "again from where it came from.").format(file=name, reason=unreadable_file_reason(path))
