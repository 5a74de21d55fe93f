"""The few QGIS/Qt names that differ between QGIS 3.22 and QGIS 4 (Qt6), chosen once: the plugin's one
compatibility module.

Everything else in the plugin uses fully scoped enums that exist on every supported
version; only the names below moved (QMetaType field types from 3.38, ``Qgis`` enums
from 3.24-3.36, the print layout's grid and scale bar enums in QGIS 4), so each is looked up here
(``hasattr`` on the newer spelling first) instead of being guessed at the call site. Written so that QGIS's
own Qt6 check (``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py --dry_run``) has nothing to change: no ``QVariant``
type names at all.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsField,
    QgsLayoutItemMapGrid,
    QgsMapLayerProxyModel,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsScaleBarSettings,
    QgsSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QMetaType

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT
FIELDS_TAKE_QMETATYPE = QGIS_VERSION_INT >= 33800  # QgsField(name, QMetaType.Type) from 3.38 on


def _type_id(value) -> int:
    """An enum value as a plain int (sip enums are ints; Qt6 enums carry ``.value``)."""
    return int(getattr(value, "value", value))


def field_type(name: str):
    """The field type ``name`` ("Int", "LongLong", "Double", "QString", "QDateTime", "Bool") for QgsField."""
    meta = getattr(QMetaType.Type, name)
    if FIELDS_TAKE_QMETATYPE:
        return meta
    # QGIS < 3.38 (Qt 5 only) takes the QVariant type, whose number is the QMetaType's (QVariant::Int ==
    # QMetaType::Int); PyQt5 accepts the plain number for it
    return _type_id(meta)


def make_field(name: str, type_name: str) -> QgsField:
    """A new ``QgsField`` of the given type name, on any supported QGIS."""
    return QgsField(name, field_type(type_name))


def is_type(field: QgsField, *type_names: str) -> bool:
    """Whether the field's type is one of ``type_names`` (QMetaType names), whatever ``type()`` returns."""
    return _type_id(field.type()) in {_type_id(getattr(QMetaType.Type, n)) for n in type_names}


def is_integer(field: QgsField) -> bool:
    return is_type(field, "Int", "LongLong", "UInt", "ULongLong")


def layout_millimeters():
    """The layout unit millimetres (``Qgis.LayoutUnit`` from 3.30; ``QgsUnitTypes`` before)."""
    if hasattr(Qgis, "LayoutUnit"):
        return Qgis.LayoutUnit.Millimeters
    return QgsUnitTypes.LayoutUnit.LayoutMillimeters


def vector_layer_filter():
    """The map-layer combo filter for vector layers (``Qgis.LayerFilter`` from 3.34)."""
    if hasattr(Qgis, "LayerFilter"):
        return Qgis.LayerFilter.VectorLayer
    return QgsMapLayerProxyModel.Filter.VectorLayer


def symbol_layer_enabled_property():
    """The data-defined "layer enabled" property key (renamed when ``Property`` became scoped)."""
    if hasattr(Qgis, "SymbolLayerProperty") and hasattr(Qgis.SymbolLayerProperty, "LayerEnabled"):
        return Qgis.SymbolLayerProperty.LayerEnabled
    prop = QgsSymbolLayer.Property
    return prop.LayerEnabled if hasattr(prop, "LayerEnabled") else prop.PropertyLayerEnabled


def set_label_font(label, font) -> None:
    """Give a layout label its font: a text format from 3.24 on (``setFont`` is deprecated on 3.44)."""
    if hasattr(label, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(font.pointSizeF())
        label.setTextFormat(text_format)
    else:
        label.setFont(font)


# -- the field report's print layout and labels -------------------------------------------------------------
def kilometres():
    """The distance unit kilometres (``Qgis.DistanceUnit`` from 3.30; ``QgsUnitTypes`` before)."""
    if hasattr(Qgis, "DistanceUnit"):
        return Qgis.DistanceUnit.Kilometers
    return QgsUnitTypes.DistanceUnit.DistanceKilometers


def scale_bar_fit_width(bar) -> None:
    """Scale bar segments sized to fit between the minimum and maximum bar widths."""
    if hasattr(Qgis, "ScaleBarSegmentSizeMode"):
        bar.setSegmentSizeMode(Qgis.ScaleBarSegmentSizeMode.FitWidth)
    else:
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)


def allow_label_overlaps(settings: QgsPalLayerSettings) -> None:
    """Every label is drawn, even over another: a plot to visit must always show its number."""
    if hasattr(Qgis, "LabelOverlapHandling") and hasattr(settings, "placementSettings"):
        placement = settings.placementSettings()
        placement.setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
        placement.setAllowDegradedPlacement(True)
        settings.setPlacementSettings(placement)
    else:
        settings.displayAll = True


def text_always_as_text(settings) -> None:
    """PDF text kept as text (searchable, ``pdftotext`` reads it), not converted to outlines."""
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText


def set_table_columns(table, columns, sort_column=None) -> None:
    """The attribute table's columns (``setDisplayColumns`` where ``setColumns`` is gone), sorted by ``sort_column``."""
    if hasattr(table, "setDisplayColumns"):
        table.setDisplayColumns(columns)
    else:
        table.setColumns(columns)
    if sort_column is not None and hasattr(table, "setSortColumns"):
        table.setSortColumns([sort_column])


def grid_fit_segment_width():
    """Grid intervals chosen to fit a width range on the page (``Qgis.MapGridUnit`` in QGIS 4)."""
    if hasattr(Qgis, "MapGridUnit"):
        return Qgis.MapGridUnit.DynamicPageSizeBased
    return QgsLayoutItemMapGrid.GridUnit.DynamicPageSizeBased


def grid_lines():
    """A grid drawn as solid lines (``Qgis.MapGridStyle.Lines`` in QGIS 4)."""
    if hasattr(Qgis, "MapGridStyle"):
        return Qgis.MapGridStyle.Lines
    return QgsLayoutItemMapGrid.GridStyle.Solid


def grid_decimal_with_suffix():
    """Annotations such as ``9.530°S``."""
    if hasattr(Qgis, "MapGridAnnotationFormat"):
        return Qgis.MapGridAnnotationFormat.DecimalWithSuffix
    return QgsLayoutItemMapGrid.AnnotationFormat.DecimalWithSuffix


def _grid_sides():
    if hasattr(Qgis, "MapGridBorderSide"):
        side = Qgis.MapGridBorderSide
    else:
        side = QgsLayoutItemMapGrid.BorderSide
    return {"left": side.Left, "right": side.Right, "top": side.Top, "bottom": side.Bottom}


def _grid_visibility():
    """(show all, hide all) annotations of a side."""
    if hasattr(Qgis, "MapGridComponentVisibility"):
        return Qgis.MapGridComponentVisibility.ShowAll, Qgis.MapGridComponentVisibility.HideAll
    return QgsLayoutItemMapGrid.DisplayMode.ShowAll, QgsLayoutItemMapGrid.DisplayMode.HideAll


def _grid_outside():
    if hasattr(Qgis, "MapGridAnnotationPosition"):
        return Qgis.MapGridAnnotationPosition.OutsideMapFrame
    return QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame


def _grid_directions():
    """(vertical, horizontal) annotation directions."""
    if hasattr(Qgis, "MapGridAnnotationDirection"):
        return Qgis.MapGridAnnotationDirection.Vertical, Qgis.MapGridAnnotationDirection.Horizontal
    return QgsLayoutItemMapGrid.AnnotationDirection.Vertical, QgsLayoutItemMapGrid.AnnotationDirection.Horizontal


def grid_annotate(grid, shown_sides, hidden_sides) -> None:
    """Annotations outside the frame on ``shown_sides`` (``"left"``, ``"bottom"``...), vertical on the left and
    right, none on ``hidden_sides``."""
    sides, (show, hide), outside = _grid_sides(), _grid_visibility(), _grid_outside()
    vertical, horizontal = _grid_directions()
    for name in shown_sides:
        grid.setAnnotationPosition(outside, sides[name])
        grid.setAnnotationDisplay(show, sides[name])
        grid.setAnnotationDirection(vertical if name in ("left", "right") else horizontal, sides[name])
    for name in hidden_sides:
        grid.setAnnotationDisplay(hide, sides[name])


def fill_colour_property():
    """The data-defined fill colour key of a symbol layer (``Qgis.SymbolLayerProperty`` from 3.36)."""
    if hasattr(Qgis, "SymbolLayerProperty") and hasattr(Qgis.SymbolLayerProperty, "FillColor"):
        return Qgis.SymbolLayerProperty.FillColor
    prop = QgsSymbolLayer.Property
    return prop.FillColor if hasattr(prop, "FillColor") else prop.PropertyFillColor


def dot_at_line_end(colour: str, size: float) -> QgsMarkerLineSymbolLayer:
    """A dot on a line's last vertex (``Qgis.MarkerLinePlacement`` from 3.24): where a leader line ends."""
    layer = QgsMarkerLineSymbolLayer()
    layer.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_style": "no",
                                                     "size": str(size)}))
    if hasattr(Qgis, "MarkerLinePlacement"):
        layer.setPlacements(Qgis.MarkerLinePlacement.LastVertex)
    else:
        layer.setPlacement(QgsTemplatedLineSymbolLayerBase.Placement.LastVertex)
    return layer
