"""The print-layout and labelling names of the field report that moved between QGIS 3.22 and QGIS 4.

Each is looked up once here (``hasattr`` on the newer spelling first), like :mod:`.qgis_compat`.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsLayoutItemMapGrid, QgsPalLayerSettings, QgsScaleBarSettings, QgsUnitTypes


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


def label_around_point(settings: QgsPalLayerSettings) -> None:
    """Labels beside the feature's centre, never over it (``Qgis.LabelPlacement`` from 3.26): the plot's
    colour dot stays visible when the map is zoomed out."""
    if hasattr(Qgis, "LabelPlacement"):
        settings.placement = Qgis.LabelPlacement.AroundPoint
    else:
        settings.placement = QgsPalLayerSettings.Placement.AroundPoint


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


def grid_annotate(grid, shown_sides, hidden_sides) -> None:
    """Annotations outside the frame on ``shown_sides`` (``"left"``, ``"bottom"``...), vertical on the left and
    right, none on ``hidden_sides``."""
    if hasattr(Qgis, "MapGridBorderSide"):
        sides = {"left": Qgis.MapGridBorderSide.Left, "right": Qgis.MapGridBorderSide.Right,
                 "top": Qgis.MapGridBorderSide.Top, "bottom": Qgis.MapGridBorderSide.Bottom}
        show, hide = Qgis.MapGridComponentVisibility.ShowAll, Qgis.MapGridComponentVisibility.HideAll
        outside = Qgis.MapGridAnnotationPosition.OutsideMapFrame
        vertical, horizontal = Qgis.MapGridAnnotationDirection.Vertical, Qgis.MapGridAnnotationDirection.Horizontal
    else:
        old = QgsLayoutItemMapGrid
        sides = {"left": old.BorderSide.Left, "right": old.BorderSide.Right, "top": old.BorderSide.Top,
                 "bottom": old.BorderSide.Bottom}
        show, hide = old.DisplayMode.ShowAll, old.DisplayMode.HideAll
        outside = old.AnnotationPosition.OutsideMapFrame
        vertical, horizontal = old.AnnotationDirection.Vertical, old.AnnotationDirection.Horizontal
    for name in shown_sides:
        grid.setAnnotationPosition(outside, sides[name])
        grid.setAnnotationDisplay(show, sides[name])
        grid.setAnnotationDirection(vertical if name in ("left", "right") else horizontal, sides[name])
    for name in hidden_sides:
        grid.setAnnotationDisplay(hide, sides[name])
