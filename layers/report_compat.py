"""The print-layout and labelling names of the field report that moved between QGIS 3.22 and QGIS 4.

Each is looked up once here (``hasattr`` on the newer spelling first), like :mod:`.qgis_compat`.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsLayoutItemMapGrid,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsScaleBarSettings,
    QgsSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsUnitTypes,
)


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
