"""The field report's page layout: on every kind of page (a producer's page with its map, legend, Article 10
evidence and table of plots; a continuation page of the table; a producer without plots to visit), in English
and in French (whose texts are longer), no two items of the page overlap.

Each page is set up as the PDF export sets it (the atlas on that page); the items it exports (those the page's
data do not exclude) are measured in layout millimetres: a map with its grid annotations
(``sceneBoundingRect``), the north arrow, the scale bar, a table's frame, and a text by what it draws (its
frame's top-left and the height of its wrapped text, which must fit its frame: a line that does not fit is not
printed). Agropecuária Boa Vista (150 plots, 144 to visit) fills a page and three continuation pages."""

import itertools
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from epoch_eudr.core.result_rows import facility_point
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_report import build_field_report, rows_of_layer
from qgis.core import (
    QgsExpressionContext,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutObject,
    QgsVectorLayer,
)

from .test_field_report import BOA_VISTA, ESPERANZA, count_pixels, needs_poppler
from .test_field_report_evidence import _results_with_sources

TOUCH = 0.05  # mm: items that only touch do not overlap


@pytest.fixture(scope="module")
def producers(sandbox_server, tmp_path_factory):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    folder = tmp_path_factory.mktemp("layout")
    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    ops.assessments_to_gpkg(client, folder / "assessments.gpkg")
    layer = QgsVectorLayer(f"{folder / 'assessments.gpkg'}|layername=assessments", "assessments", "ogr")
    boa = rows_of_layer(layer, expression=f"\"company_name\" = '{BOA_VISTA}'")
    both = rows_of_layer(layer, expression=f"\"company_name\" IN ('{BOA_VISTA}', '{ESPERANZA}')")
    return client, boa, both


def _excluded(item, context) -> bool:
    prop = item.dataDefinedProperties().property(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports)
    if not prop or not prop.isActive():
        return False
    value, _ok = prop.valueAsBool(context, False)
    return bool(value)


def _wrapped_height(table) -> float:
    """The height in mm of a one-cell text's lines as the table wraps them at its column's width."""
    from qgis.core import QgsLayoutUtils

    rows = table.contents()
    if not rows or not str(rows[0][0] or "").strip():
        return 0.0
    text_format = table.contentTextFormat()
    font = text_format.font()
    font.setPointSizeF(text_format.size())
    width = table.columns()[0].width()
    lines = 0
    for paragraph in str(rows[0][0]).split("\n"):
        line = ""
        lines += 1
        for word in paragraph.split(" "):
            wider = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, wider) > width:
                lines += 1
                line = word
            else:
                line = wider
    return lines * QgsLayoutUtils.fontHeightMM(font)


def _map_rect(item):
    """A map's frame and the band of its grid's annotations, outside on the left and bottom (QGIS 3.22's
    ``sceneBoundingRect`` of a map adds several millimetres more than the annotations take, on every side)."""
    from qgis.core import QgsLayoutUtils

    rect = item.mapRectToScene(item.rect())
    for index in range(item.grids().size()):
        grid = item.grids().grid(index)
        if grid.annotationEnabled():
            text_format = grid.annotationTextFormat()
            font = text_format.font()
            font.setPointSizeF(text_format.size())
            band = grid.annotationFrameDistance() + QgsLayoutUtils.fontHeightMM(font)
            rect.adjust(-band, 0, 0, band)
    return rect


def _drawn_rect(item, name: str):
    """The rectangle (mm) of what ``item`` draws on the page, or ``None`` for an item that draws nothing."""
    if isinstance(item, QgsLayoutItemMap):
        return _map_rect(item)
    rect = item.sceneBoundingRect()
    if isinstance(item, QgsLayoutFrame):
        table = item.multiFrame()
        if table.headerMode() == QgsLayoutItemAttributeTable.HeaderMode.NoHeaders:
            used = _wrapped_height(table)  # a text: the height of its wrapped lines
            if used <= 0:
                return None
            margin = table.cellMargin()  # the text is drawn inside the cell's margins
            rect.adjust(margin, margin, -margin, -margin)
            assert used <= rect.height() + TOUCH, f"{name}: its text ({used:.1f} mm) does not fit its frame " \
                                                  f"({rect.height():.1f} mm): a line would not be printed"
            rect.setHeight(used)
        elif not table.contents() and \
                table.emptyTableBehavior() == QgsLayoutItemAttributeTable.EmptyTableMode.HideTable:
            return None
    return rect


def _name(item) -> str:
    if isinstance(item, QgsLayoutFrame):
        table = item.multiFrame()
        columns = table.columns()
        attribute = columns[0].attribute() if columns else ""
        heading = columns[1].heading() if len(columns) > 1 else ""
        return f"text/table {attribute[:60]} {heading[:20]}".strip()
    return f"{type(item).__name__} {item.displayName()}"


def page_overlaps(gpkg: Path):
    """Per page (1-based): the pairs of exported items whose drawn rectangles overlap, and the items measured."""
    from epoch_eudr.layers.report.layout import ReportLayers, build_layout

    layers = ReportLayers(gpkg)
    layout = build_layout(layers)
    atlas = layout.atlas()
    assert atlas.beginRender()
    found = {}
    try:
        for page in range(atlas.count()):
            assert atlas.seekTo(page)
            layout.refresh()
            context = layout.createExpressionContext()
            measured = []
            for item in layout.items():
                if not hasattr(item, "sceneBoundingRect") or isinstance(item, QgsLayoutItemPage) \
                        or not hasattr(item, "dataDefinedProperties") or not item.isVisible():
                    continue
                if _excluded(item, QgsExpressionContext(context)):
                    continue
                name = _name(item)
                rect = _drawn_rect(item, f"page {page + 1}: {name}")
                if rect is not None:
                    measured.append((name, rect))
            overlapping = []
            for (a, ra), (b, rb) in itertools.combinations(measured, 2):
                common = ra.intersected(rb)
                on_badge = "QgsLayoutItemShape" in a + b and "status_text" in a + b  # the status on its colour
                if common.width() > TOUCH and common.height() > TOUCH and not on_badge:
                    overlapping.append((a, b, round(common.width(), 1), round(common.height(), 1)))
            found[page + 1] = (overlapping, [n for n, _ in measured])
    finally:
        atlas.endRender()
    return found


def _kinds(measured):
    kinds = set()
    for name in measured:
        for kind, key in (("map", "QgsLayoutItemMap"), ("arrow", "QgsLayoutItemPicture"),
                          ("scale bar", "QgsLayoutItemScaleBar"), ("heading", "visits_heading"),
                          ("legend", "legend_nc"), ("plots table", "visit_no"), ("evidence", "article 10")):
            if key.lower() in name.lower():  # the evidence table is named by its (translated) title
                kinds.add(kind)
    return kinds


def _save_pngs(pdf: Path, name: str) -> None:
    """The pages as PNGs (60 dpi) in ``$EPOCH_REPORT_PNGS``, to look at (nothing is written without it)."""
    folder = os.environ.get("EPOCH_REPORT_PNGS")
    if folder and shutil.which("pdftoppm"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(Path(folder) / name)], check=True)


def _check(made, name):
    _save_pngs(made.pdf, name)
    found = page_overlaps(made.gpkg)
    assert len(found) == made.pages
    problems = {page: pairs for page, (pairs, _) in found.items() if pairs}
    assert problems == {}, f"{name}: items overlap: {problems}"
    return {page: _kinds(measured) for page, (_, measured) in found.items()}


def test_a_producer_page_with_evidence_and_its_continuations(producers, tmp_path):
    client, boa, _ = producers
    lon, lat = facility_point(boa[0])
    results = _results_with_sources(tmp_path / "results.gpkg", lon, lat)
    made = build_field_report(boa, tmp_path / "boa.pdf", client=client, drilldowns=results,
                              qfield_folder=tmp_path / "q")
    kinds = _check(made, "boa")
    assert made.pages == 4  # 15 plots on the producer's page, 129 on three continuation pages
    assert {"map", "arrow", "scale bar", "heading", "legend", "plots table", "evidence"} <= kinds[1]
    assert kinds[2] >= {"plots table"} and "map" not in kinds[2]


def test_two_producers(producers, tmp_path):
    client, _, both = producers
    made = build_field_report(both, tmp_path / "two.pdf", client=client, qfield_folder=tmp_path / "q")
    kinds = _check(made, "two")
    firsts = [page for page, found in kinds.items() if "map" in found]
    assert len(firsts) == 2


def test_in_french(french_translation, producers, tmp_path):
    client, boa, both = producers
    lon, lat = facility_point(boa[0])
    results = _results_with_sources(tmp_path / "results.gpkg", lon, lat)
    made = build_field_report(both, tmp_path / "rapport.pdf", client=client, drilldowns=results,
                              qfield_folder=tmp_path / "q")
    kinds = _check(made, "french")
    assert any("evidence" in found for found in kinds.values())


def _text_frame(layout, field: str):
    """The one-cell text of the layout that prints the page's ``field``."""
    for item in layout.items():
        if isinstance(item, QgsLayoutFrame):
            columns = item.multiFrame().columns()
            if columns and f'"{field}"' in columns[0].attribute():
                return item
    raise AssertionError(f"no text prints {field}")


def _font_mm(text_format):
    """(ascent, descent) in mm of a text format's font at its size."""
    from qgis.PyQt.QtGui import QFontMetricsF

    font = text_format.font()
    font.setPixelSize(200)
    metrics = QFontMetricsF(font)
    scale = text_format.size() * 25.4 / 72 / 200
    return metrics.ascent() * scale, metrics.descent() * scale


@needs_poppler
def test_texts_keep_the_tails_of_g_p_q_y(producers, tmp_path):
    """The producer's name (14 pt bold, "Agropecuária Boa Vista") and the EU country risk fact ("... Brazil (BR);
    3 % of operators checked each year ...") are printed whole: ink under their baseline, where the tails of g,
    p, y reach. A one-cell table's row leaves out its font's descent and clips what is drawn below it."""
    from epoch_eudr.core.field_report import FACT_KEYS
    from epoch_eudr.layers.report.layout import ReportLayers, build_layout

    client, boa, _ = producers
    made = build_field_report(boa, tmp_path / "boa.pdf", client=client, qfield_folder=tmp_path / "q")
    layout = build_layout(ReportLayers(made.gpkg))
    fact = f"fact_{FACT_KEYS.index('eu_country_risk') + 1}"
    for field in ("title", fact):
        frame = _text_frame(layout, field)
        table = frame.multiFrame()
        ascent, descent = _font_mm(table.contentTextFormat())
        top = frame.pos().y() + table.cellMargin()  # where the text starts (layout mm)
        left = frame.pos().x() + table.cellMargin()
        baseline = top + ascent
        band = (left, baseline + 0.25 * descent, left + 90, baseline + 0.75 * descent)
        ink = count_pixels(made.pdf, 1, band, lambda r, g, b: r + g + b < 360, dpi=300)
        assert ink > 20, f"{field}: nothing printed under the baseline ({ink} dark pixels in {band} mm)"
