"""Last step of `make demo`: a QGIS project over the demo GeoPackage, PNG maps and a printed summary.

Usage: demo_finish.py DEMO.gpkg OUTPUT_DIR   (PyQGIS, headless)
"""

import sys
from collections import Counter
from pathlib import Path

from epoch_eudr.layers.qgis_compat import layout_millimeters, set_label_font
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QFont

MM = layout_millimeters()

WORLD = "/usr/share/qgis/resources/data/world_map.gpkg"
ORDER = ["assessments", "screened_facilities", "plots_demo_coffee", "screened_plots"]


def background() -> QgsVectorLayer:
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS's own file: a date GDAL calls non-conformant, every read
    try:
        layer = QgsVectorLayer(f"{WORLD}|layername=countries", "Countries", "ogr")
    finally:
        gdal.PopErrorHandler()
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "#f1f5f9", "outline_color": "#94a3b8", "outline_width": "0.2"}))
    return layer


def fit(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` grown to width/height ``aspect`` around its centre."""
    width, height = extent.width(), extent.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    center = extent.center()
    return QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                        center.y() + height / 2)


def label_with_counts(layer: QgsVectorLayer) -> None:
    """Legend entries with their real counts ("High Risk (3)"), counted now: never QGIS's pending "[N/A]"."""
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return
    field = renderer.classAttribute()
    counts = Counter(str(f[field]) for f in layer.getFeatures())
    for index, category in enumerate(renderer.categories()):
        base = category.label().split(" (")[0]
        renderer.updateCategoryLabel(index, f"{base} ({counts.get(str(category.value()), 0):,})")


def map_png(project: QgsProject, layers, extent: QgsRectangle, title: str, path: Path, scale_bar: bool = False) -> None:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4 landscape
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    set_label_font(label, QFont("DejaVu Sans", 16, QFont.Weight.Bold))
    label.attemptMove(QgsLayoutPoint(10, 6, MM))
    label.attemptResize(QgsLayoutSize(277, 12, MM))
    layout.addLayoutItem(label)
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(10, 20, MM))
    item.attemptResize(QgsLayoutSize(210, 180, MM))
    item.setLayers(layers)
    item.setExtent(fit(extent, 210 / 180))  # the frame's own aspect, so its size stays
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    if scale_bar:
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.applyDefaultSize()
        bar.attemptMove(QgsLayoutPoint(224, 180, MM))
        layout.addLayoutItem(bar)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        if layer.name() != "Countries":
            label_with_counts(layer)
            root.addLayer(layer)
    legend.attemptMove(QgsLayoutPoint(224, 20, MM))
    layout.addLayoutItem(legend)
    note = QgsLayoutItemLabel(layout)
    note.setText("Sandbox results are synthetic (training only). Colours follow the Epoch dashboard: producers by "
                 "risk status; plots red when more than 0.5 ha was deforested after 2020.")
    set_label_font(note, QFont("DejaVu Sans", 8))
    note.attemptMove(QgsLayoutPoint(10, 202, MM))
    note.attemptResize(QgsLayoutSize(277, 6, MM))
    layout.addLayoutItem(note)
    # rendered, then saved by Qt: exportToImage georeferences its output by opening it with GDAL for update,
    # which the PNG driver refuses ("ERROR 6"), and a picture for the README needs no georeference
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 120)
    if image.isNull() or not image.save(str(path), "PNG"):
        raise SystemExit(f"could not render {path}")


def main(gpkg: Path, out: Path) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    layers = {}
    for name in ORDER:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name.replace("_", " ").capitalize(), "ogr")
        if not layer.isValid():
            raise SystemExit(f"{gpkg} has no layer {name}")
        layers[name] = layer
    world = background()
    for layer in [*layers.values(), world]:
        project.addMapLayer(layer)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # the results are WGS 84 (2D), whatever came first
    project.writeEntry("Paths", "/Absolute", False)
    project_path = out / "epoch_eudr_demo.qgz"
    if not project.write(str(project_path)):
        raise SystemExit(f"could not write {project_path}")
    extent = QgsRectangle(layers["assessments"].extent())
    extent.grow(8)
    map_png(project, [layers["assessments"], world], extent, "Producer assessments: EUDR risk status",
            out / "assessments_map.png")
    plots = layers["plots_demo_coffee"]
    detail = QgsRectangle(plots.extent())
    detail.grow(max(detail.width(), detail.height()) * 0.08)
    map_png(project, [plots, world], detail, "Drill-down: demo coffee plots, Nicaragua",
            out / "drilldown_map.png", scale_bar=True)
    statuses = Counter(f["status"] for f in layers["assessments"].getFeatures())
    plot_statuses = Counter(f["status"] for f in layers["plots_demo_coffee"].getFeatures())
    levels = Counter(f["confidence_level"] for f in layers["screened_facilities"].getFeatures())
    print("Producers by status : " + ", ".join(f"{n} {s}" for s, n in statuses.most_common()))
    print("Drill-down plots    : " + ", ".join(f"{n} {s}" for s, n in plot_statuses.most_common()))
    print("Facility confidence : " + ", ".join(f"{n} {s}" for s, n in levels.most_common()))
    print("\nFiles in " + str(out) + ":")
    for path in sorted(out.iterdir()):
        print(f"  {path.name:32s} {path.stat().st_size / 1024:8.0f} KB")
    print("Open epoch_eudr_demo.qgz in QGIS to explore (styles are stored in the GeoPackage).")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()))
