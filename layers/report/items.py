"""The field report's print-layout building blocks (see :mod:`.layout`): a text of the page, a legend
swatch, a line symbol, and the atlas expressions that leave an item out of the pages it does not belong to.

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
from qgis.PyQt.QtGui import QColor, QFont

from ...core.colours import REPORT_TEXT
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
    background threads" for every label made in a task or a Processing worker, where this layout is built)."""
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
    content = QgsTextFormat()
    font = _font(shaping)
    font.setBold(bold)
    content.setFont(font)
    content.setSize(size)
    content.setColor(QColor(colour))
    table.setContentTextFormat(content)
    table.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
    table.setShowGrid(False)
    table.setCellMargin(0)
    table.setBackgroundColor(QColor(0, 0, 0, 0))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(x, y, MM))
    frame.attemptResize(QgsLayoutSize(w, 2 * h, MM))  # room for a second line: a row that does not fit is not drawn
    frame.setFrameEnabled(False)
    frame.setBackgroundEnabled(False)
    table.addFrame(frame)
    _exclude(frame, exclude)
    return frame


def _exclude(item, expression: str) -> None:
    if expression:
        item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                                 QgsProperty.fromExpression(expression))


def _swatch(layout, x: float, y: float, props: dict, exclude: str, ellipse: bool = False) -> None:
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Ellipse if ellipse else QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple(props))
    size = 3.6 if ellipse else 4.0
    shape.attemptMove(QgsLayoutPoint(x + (6 - size) / 2, y + 0.3, MM))
    shape.attemptResize(QgsLayoutSize(size if ellipse else 6, size if ellipse else 3.6, MM))
    layout.addLayoutItem(shape)
    _exclude(shape, exclude)


def _line(colour: str, width: float):
    from qgis.core import QgsLineSymbol

    return QgsLineSymbol.createSimple({"color": colour, "width": str(width)})
