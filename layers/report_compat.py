"""The print-layout and labelling names of the field report that moved between QGIS 3.22 and QGIS 4.

Each is looked up once here (``hasattr`` on the newer spelling first), like :mod:`.qgis_compat`.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsPalLayerSettings, QgsScaleBarSettings, QgsUnitTypes


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
