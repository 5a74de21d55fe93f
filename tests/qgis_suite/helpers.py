"""Small builders shared by the QGIS tests."""

import shutil
from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

#: qgis_process: Debian 12's wrapper script fails (it passes --noversioncheck), so its .bin first
QGIS_PROCESS = Path(shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process.bin")


def memory_layer(definition, rows, name="input"):
    layer = QgsVectorLayer(definition, name, "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def facilities_layer(name="mills"):
    return memory_layer("Point?crs=EPSG:4326&field=facility_id:string&field=name:string&field=Productor:string", [
        ("POINT(-6.35 6.05)", ["CI-01", "Soubre mill", "Coop Soubre"]),
        ("POINT(102.1 1.6)", ["ID-02", "Riau mill", "PT Sawit"]),
        (None, ["XX-03", "Lost mill", ""]),
        ("POINT(-47.9 -15.8)", ["BR-04", "Goias silo", "Fazenda Boa"]),
    ], name)


def plots_layer(name="plots"):
    square = "POLYGON(({x} 12.1, {x1} 12.1, {x1} 12.11, {x} 12.11, {x} 12.1))"
    return memory_layer("Polygon?crs=EPSG:4326&field=plot:string&field=Area:double", [
        (square.format(x=-85.9 + i * 0.02, x1=-85.89 + i * 0.02), [f"P{i}", 1.2]) for i in range(6)
    ], name)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm gives, in order, debug lines included (qgis_process prints them with
    --verbose); its warnings also on their own."""

    def __init__(self):
        super().__init__()
        self.messages, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        self.messages.append(info)

    def pushDebugInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)

    @property
    def text(self):
        return "\n".join(self.messages)
