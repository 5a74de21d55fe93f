"""The field report's print-layout building blocks (see :mod:`.layout`): a text of the page, the text
format and the table every text and table of the PDF is made with, a legend swatch, a line symbol, and the atlas
expressions that leave an item out of the pages it does not belong to.

Any thread: nothing here makes a widget or a web page.
"""

from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemShape,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsProperty,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from ...core.colours import REPORT_BORDER, REPORT_TEXT
from ..qgis_compat import layout_millimeters, set_table_columns
from .labels import FONT

MM = layout_millimeters()
SECTION = "\"section_no\" = attribute(@atlas_feature, 'section_no')"
OVERVIEW_ONLY = "attribute(@atlas_feature, 'page_kind') <> 'overview'"  # excluded when true
CONTINUATION_ONLY = "attribute(@atlas_feature, 'page_kind') = 'overview'"


def _font(shaping: bool = False) -> QFont:
    """The report's font, without ligatures: an id copied from the PDF ("0xd54aff41") must stay what it is.
    ``shaping``: kept for the producer's name and region, which may be in a script that needs it."""
    font = QFont(FONT)
    if not shaping:
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: float = 8.0, bold: bool = False,
           colour: str = REPORT_TEXT, align=None, exclude: str = "", shaping: bool = False,
           valign=None) -> QgsLayoutFrame:
    """A text of the page: ``[% "field" %]`` (a field of the atlas page) or a fixed text.

    Drawn as a one-cell table over the atlas feature, not as a ``QgsLayoutItemLabel``: a label builds a web
    page when it is made, which only the main thread may do (QGIS logs "Cannot load HTML based item label in
    background threads" for every label made in a task or a Processing worker, where this layout is built).

    A table's row is as tall as its text *less the font's descent* and each cell is clipped to its row and
    cell margins (``QgsLayoutTable::calculateMaxRowHeights`` and ``render``, QGIS 3.22 to 3.44): with no margin
    the bottom of g, p, q, y is cut off. So the margin is the font's descent (:func:`descent_mm`), and the
    frame starts that margin up and to the left: the text stays at (``x``, ``y``), ``w`` wide."""
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setSource(QgsLayoutItemAttributeTable.ContentSource.AtlasFeature)
    inner = text.strip()
    if inner.startswith("[%") and inner.endswith("%]") and inner.count("[%") == 1:
        expression = inner[2:-2].strip()
    else:
        expression = QgsExpression.quotedString(text)
    column = QgsLayoutTableColumn("")
    column.setAttribute(f"coalesce({expression}, '')")
    column.setWidth(w)
    column.setHAlignment(align if align is not None else Qt.AlignmentFlag.AlignLeft)
    column.setVAlignment(valign if valign is not None else Qt.AlignmentFlag.AlignTop)
    set_table_columns(table, [column])
    content = text_format(size, bold, colour, shaping)
    table.setContentTextFormat(content)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
    table.setShowGrid(False)
    margin = descent_mm(content.font(), size)
    table.setCellMargin(margin)
    table.setBackgroundColor(QColor(0, 0, 0, 0))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    # room for a second line: a row that does not fit is not drawn
    frame = place_frame(layout, table, x - margin, y - margin, w + 2 * margin, 2 * h + 2 * margin, exclude)
    frame.setFrameEnabled(False)
    frame.setBackgroundEnabled(False)
    return frame


def text_format(size: float, bold: bool = False, colour: str = "", shaping: bool = False) -> QgsTextFormat:
    """The report's text at ``size`` points (:func:`_font`: no ligatures unless ``shaping``), the one way every
    text of the layout (texts, tables, grid, scale bar, map numbers) is set."""
    font = _font(shaping)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    if colour:
        text.setColor(QColor(colour))
    return text


def data_table(layout, size: float, margin: float, grid: float,
               wrap: QgsLayoutTable.WrapBehavior) -> QgsLayoutItemAttributeTable:
    """A table of rows under a bold heading (the plots to visit, the Article 10 evidence), ``size`` points,
    its grid ``grid`` mm wide in the report's border colour. ``margin`` must hold the font's descent (see
    :func:`_label`): the tables' own sizes keep to that (0.8 mm at 6.5 pt, 0.5 mm at 5.5 pt)."""
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setHeaderTextFormat(text_format(size, bold=True))
    table.setContentTextFormat(text_format(size))
    table.setCellMargin(margin)
    table.setGridStrokeWidth(grid)
    table.setGridColor(QColor(REPORT_BORDER))
    table.setWrapBehavior(wrap)
    return table


def place_frame(layout, table, x: float, y: float, w: float, h: float, exclude: str = "") -> QgsLayoutFrame:
    """``table`` drawn in a frame at (``x``, ``y``), ``w`` by ``h`` mm, left out where ``exclude`` is true."""
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, MM))
    frame.attemptResize(QgsLayoutSize(w, h, MM))
    table.addFrame(frame)
    _exclude(frame, exclude)
    return frame


def descent_mm(font: QFont, size: float) -> float:
    """How far ``font`` at ``size`` points reaches below its baseline, in mm, and a hair (0.1 mm) for the
    rounding of the renderer's own measure: the cell margin a text needs to keep its g, p, q, y whole."""
    measured = QFont(font)
    measured.setPixelSize(200)  # measured large, then scaled: the same at any resolution
    return QFontMetricsF(measured).descent() * size * 25.4 / 72 / 200 + 0.1


def _exclude(item, expression: str) -> None:
    if expression:
        item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                                 QgsProperty.fromExpression(expression))


def _swatch(layout, x: float, y: float, props: dict, exclude: str, ellipse: bool = False) -> QgsLayoutItemShape:
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Ellipse if ellipse else QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple(props))
    size = 3.6 if ellipse else 4.0
    shape.attemptMove(QgsLayoutPoint(x + (6 - size) / 2, y + 0.3, MM))
    shape.attemptResize(QgsLayoutSize(size if ellipse else 6, size if ellipse else 3.6, MM))
    layout.addLayoutItem(shape)
    _exclude(shape, exclude)
    return shape


def _line(colour: str, width: float):
    from qgis.core import QgsLineSymbol

    return QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
