"""The map tool of "Check a facility here": one click gives the point, in the map's CRS."""

from __future__ import annotations

from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt, pyqtSignal


class FacilityPointTool(QgsMapToolEmitPoint):
    """Emits ``picked(point, crs)`` for a left click: the map coordinates and the map's CRS at that moment
    (transformed to WGS 84 by whoever checks the facility, never here)."""

    picked = pyqtSignal(object, object)  # QgsPointXY, QgsCoordinateReferenceSystem

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802 (QGIS's name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.toMapCoordinates(event.pos())
        self.picked.emit(point, self.canvas().mapSettings().destinationCrs())
