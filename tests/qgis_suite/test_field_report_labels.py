"""The field report's map of a crowded section: every plot to visit shows its number, and no two numbers overlap
(Agropecuária Boa Vista: 150 plots, 144 to visit, on one map). The numbers' boxes are read back from QGIS's own
labelling of the layout's map on the section's page, not from the places the report computed."""

import itertools
import math

import pytest
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_report import build_field_report, rows_of_layer
from qgis.core import QgsLayoutItemMap, QgsMapRendererSequentialJob, QgsVectorLayer
from qgis.PyQt.QtCore import QSizeF

BOA_VISTA = "Agropecuária Boa Vista"


@pytest.fixture(scope="module")
def report(sandbox_server, tmp_path_factory):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    folder = tmp_path_factory.mktemp("labels")
    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    ops.assessments_to_gpkg(client, folder / "assessments.gpkg")
    layer = QgsVectorLayer(f"{folder / 'assessments.gpkg'}|layername=assessments", "assessments", "ogr")
    rows = rows_of_layer(layer, expression=f"\"company_name\" = '{BOA_VISTA}'")
    made = build_field_report(rows, folder / "boa.pdf", client=client, qfield_folder=folder / "qfield")
    assert len(made.sections) == 1 and len(made.sections[0].lines) == 150 and made.visits == 144
    return made


def _labels_of_first_page(gpkg):
    """(labels of the plots layer, the map's extent) as QGIS places them on the layout's map of page 1."""
    from epoch_eudr.layers.report.layout import ReportLayers, build_layout

    layers = ReportLayers(gpkg)
    layout = build_layout(layers)
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.seekTo(0)
    main = next(item for item in layout.items()
                if isinstance(item, QgsLayoutItemMap) and layers.plots in item.layers())
    dpi = 200
    size = main.rect().size()  # layout units (mm)
    settings = main.mapSettings(main.extent(), QSizeF(size.width() * dpi / 25.4, size.height() * dpi / 25.4), dpi,
                                True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    labels = [label for label in results.allLabels() if label.layerID == layers.plots.id()]
    atlas.endRender()
    return labels, main.extent(), layers


def test_every_visit_number_is_drawn_and_none_overlaps(report):
    labels, extent, _ = _labels_of_first_page(report.gpkg)
    assert sorted(int(label.labelText) for label in labels) == list(range(1, 145))
    boxes = [(label.labelText, label.labelRect) for label in labels]
    for text, box in boxes:
        assert extent.contains(box), f"number {text} is outside the map"
    overlapping = [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
                   if box_a.intersect(box_b).width() > 1e-9 and box_a.intersect(box_b).height() > 1e-9]
    assert overlapping == []


def test_a_moved_number_has_a_leader_to_its_plot(report):
    """The leader line ends on the plot; a number beside its plot has none, one moved away has one."""
    from epoch_eudr.layers.report.labels import MAP_SIZE_MM
    from qgis.core import QgsGeometry, QgsPointXY

    page = next(QgsVectorLayer(f"{report.gpkg}|layername=report_pages", "pages", "ogr").getFeatures())
    mm_per_degree = MAP_SIZE_MM[0] / (page["map_xmax"] - page["map_xmin"])
    layer = QgsVectorLayer(f"{report.gpkg}|layername=report_plots", "plots", "ogr")
    visits = [f for f in layer.getFeatures() if f["visit_no"]]
    assert len(visits) == 144
    for feature in visits:
        anchor = QgsPointXY(feature["anchor_x"], feature["anchor_y"])
        assert feature.geometry().intersects(QgsGeometry.fromPointXY(anchor)), feature["visit_no"]
        away = math.hypot(feature["label_x"] - anchor.x(), feature["label_y"] - anchor.y()) * mm_per_degree
        assert away < 6.0 if feature["leader"] == 0 else away > 3.0, (feature["visit_no"], away)
    assert any(f["leader"] == 1 for f in visits) and any(f["leader"] == 0 for f in visits)
