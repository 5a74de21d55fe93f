"""The field report's print layout: an atlas over ``report_pages`` (one feature per page), A4 portrait.

Built in the calling thread on layers and a ``QgsProject`` of its own (never the open project), so it runs
in a Processing or ``QgsTask`` worker thread. Every text comes from a field of the page (see
:mod:`.data`); an item that belongs to one kind of page only (the overview, or a continuation of
the table) is left out of the others with the data-defined *exclude from exports* property.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Union

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor

from ...core.api.errors import CancelledError
from ...core.colours import (
    LOCATOR_COUNTRY,
    LOCATOR_FRAME_FILL,
    LOCATOR_HERE,
    LOCATOR_OTHERS,
    QUESTIONED_ORANGE,
    REPORT_BANNER,
    REPORT_BORDER,
    REPORT_CAPTION,
    REPORT_FACILITY_EDGE,
    REPORT_GRATICULE,
    REPORT_LAND,
    REPORT_LEADER,
    REPORT_ON_BADGE,
    REPORT_WATER,
    TRANSPARENT,
)
from ...core.field_report import FACT_KEYS
from ...core.operation import Cancel, Progress, Sink, never_cancelled
from ...core.risk import PLOT_COMPLIANT, PLOT_DATA_ERROR, PLOT_NON_COMPLIANT
from ..qgis_compat import (
    allow_label_overlaps,
    dot_at_line_end,
    fill_colour_property,
    grid_annotate,
    grid_decimal_with_suffix,
    grid_fit_segment_width,
    grid_lines,
    kilometres,
    scale_bar_fit_width,
    set_table_columns,
    symbol_layer_enabled_property,
    text_always_as_text,
)
from ..styles.renderers import (
    DOT_MIN_SCALE,
    FACILITY_YELLOW,
    SHED_BLUE,
    facility_point_symbol,
    outline_symbol,
    plot_renderer,
)
from ..words.language import number_locale
from ..writer.results import layer_uri
from .data import FACILITIES, LOCATOR_ASPECT, OUTLINES, PAGES, PLOTS, fact_labels
from .evidence import EVIDENCE, add_evidence_table
from .items import (
    CONTINUATION_ONLY,
    MM,
    OVERVIEW_ONLY,
    SECTION,
    _exclude,
    _label,
    _line,
    _swatch,
    data_table,
    place_frame,
    text_format,
)
from .labels import MAP_SIZE_MM, VISIT_BUFFER_MM, VISIT_LABEL_PT


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportLayout", text)


GREY_TEXT = REPORT_CAPTION

MAP_X, MAP_Y, (MAP_W, MAP_H) = 17.0, 71.0, MAP_SIZE_MM
LOC_X, LOC_Y, LOC_W = 148.0, 77.0, 52.0
#: The band under the map (its grid's annotations end about 3 mm under it): scale bar, the map's note and the
#: north arrow side by side, then the heading of the plots to visit (two lines at most), then their table.
#: Each item keeps to its own band, so none overlaps another in any language.
UNDER_MAP_Y = MAP_Y + MAP_H + 4.5
ARROW_W, ARROW_H = 6.0, 9.0
HEADING_Y, HEADING_H = 203.5, 8.4
TABLE_Y = 213.0
LOC_H = LOC_W / LOCATOR_ASPECT
LEGEND_PITCH = 7.0  # mm per legend row (a two-line label fits): leaves the column's foot to the evidence
EVIDENCE_Y = LOC_Y + LOC_H + 5 + 6 + 7 * LEGEND_PITCH + 1  # under the legend's seven rows (report_evidence)
WORLD = {"MapXMin": -180, "MapYMin": -90, "MapXMax": 180, "MapYMax": 90}  # the locator outside an atlas page


def _world_layer(name: str) -> Optional[QgsVectorLayer]:
    from ...core.countries import find_world_map

    path = find_world_map()
    if not path:
        return None
    layer = QgsVectorLayer(layer_uri(path, "countries"), name, "ogr")
    return layer if layer.isValid() else None


def _rules(symbol, condition: str, label: str = "") -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, condition, label))
    return QgsRuleBasedRenderer(root)


def _plots_renderer(layer: QgsVectorLayer) -> QgsRuleBasedRenderer:
    """Epoch's status colours (the plugin's plot style), only the current section's plots; an orange outline
    on those the second opinion does not find Compliant."""
    from qgis.core import QgsWkbTypes

    points = layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    converted = QgsRuleBasedRenderer.convertFromRenderer(plot_renderer(points=points))
    section = QgsRuleBasedRenderer.Rule(None, 0, 0, SECTION, "section")
    for child in list(converted.rootRule().children()):
        section.appendChild(child.clone())
    if points:
        ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": TRANSPARENT, "outline_color": QUESTIONED_ORANGE,
                                             "outline_width": "0.5", "size": "4.2"})
    else:  # the plot's outline, and a ring around its centre dot when zoomed out (as the plot style draws it)
        ring = QgsFillSymbol.createSimple({"style": "no", "outline_color": QUESTIONED_ORANGE, "outline_width": "0.5"})
        centre = QgsCentroidFillSymbolLayer()
        centre.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": TRANSPARENT, "size": "3.0",
                                                          "outline_color": QUESTIONED_ORANGE, "outline_width": "0.5"}))
        centre.setPointOnSurface(True)
        centre.setDataDefinedProperty(symbol_layer_enabled_property(),
                                      QgsProperty.fromExpression(f"@map_scale > {DOT_MIN_SCALE}"))
        ring.appendSymbolLayer(centre)
    section.appendChild(QgsRuleBasedRenderer.Rule(ring, 0, 0, '"questioned" = 1', "questioned"))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(section)
    return QgsRuleBasedRenderer(root)


def _visit_labels(layer: QgsVectorLayer) -> None:
    """Each plot's visit number where the report's data placed it (``label_x``, ``label_y``: clear of the other
    numbers, see :mod:`.labels`), with a leader line to its plot's dot when it had to move away."""
    from qgis.core import QgsCallout, QgsPalLayerSettings, QgsSimpleLineCallout, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = f'CASE WHEN {SECTION} THEN "visit_no" END'
    settings.isExpression = True
    allow_label_overlaps(settings)  # each place is already clear: the engine must not drop any number
    labels = settings.dataDefinedProperties()
    for key, value in ((QgsPalLayerSettings.Property.PositionX, QgsProperty.fromField("label_x")),
                       (QgsPalLayerSettings.Property.PositionY, QgsProperty.fromField("label_y")),
                       (QgsPalLayerSettings.Property.Hali, QgsProperty.fromValue("Center")),
                       (QgsPalLayerSettings.Property.Vali, QgsProperty.fromValue("Half")),
                       (QgsPalLayerSettings.Property.CalloutDraw, QgsProperty.fromExpression('"leader" = 1'))):
        labels.setProperty(key, value)
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    leader = _line(REPORT_LEADER, 0.2)
    leader.appendSymbolLayer(dot_at_line_end(REPORT_LEADER, 0.8))  # the plot's dot: where the line ends
    callout.setLineSymbol(leader)
    callout.dataDefinedProperties().setProperty(QgsCallout.Property.DestinationX, QgsProperty.fromField("anchor_x"))
    callout.dataDefinedProperties().setProperty(QgsCallout.Property.DestinationY, QgsProperty.fromField("anchor_y"))
    settings.setCallout(callout)
    text = text_format(VISIT_LABEL_PT, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(VISIT_BUFFER_MM)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


class ReportLayers:
    """The report's layers, opened (and styled for print) in this thread, in a project of their own."""

    def __init__(self, gpkg: Path) -> None:
        self.project = QgsProject()
        self.project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        self.project.setEllipsoid("EPSG:7030")  # WGS 84: the scale bar measures on it
        self.layers: List[QgsVectorLayer] = []

        def layer(name: str, title: str) -> QgsVectorLayer:
            opened = QgsVectorLayer(layer_uri(gpkg, name), title, "ogr")
            if not opened.isValid():
                raise OSError(tr("Could not open layer '{layer}' of {file}").format(layer=name, file=gpkg))
            self.layers.append(opened)
            return opened

        self.pages = layer(PAGES, "Pages")
        self.plots = layer(PLOTS, "Plots")
        self.plots.setRenderer(_plots_renderer(self.plots))
        _visit_labels(self.plots)
        self.outlines = layer(OUTLINES, "Supply-shed outline")
        self.outlines.setRenderer(_rules(outline_symbol(), SECTION))
        self.facilities = layer(FACILITIES, "Facility")
        self.facilities.setRenderer(_rules(facility_point_symbol(), SECTION))
        self.land = _world_layer("Countries")
        self.locator = _world_layer("Locator")
        if self.land is not None:
            self.land.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": REPORT_LAND, "outline_color": REPORT_BORDER, "outline_width": "0.25"})))
            self.layers.append(self.land)
        if self.locator is not None:
            root = QgsRuleBasedRenderer.Rule(None)
            root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
                {"color": LOCATOR_COUNTRY, "outline_color": GREY_TEXT, "outline_width": "0.2"}), 0, 0,
                "upper(\"iso_a2\") = attribute(@atlas_feature, 'country_code')"))
            root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
                {"color": LOCATOR_OTHERS, "outline_color": REPORT_BORDER, "outline_width": "0.15"}), 0, 0, "ELSE"))
            self.locator.setRenderer(QgsRuleBasedRenderer(root))
            self.layers.append(self.locator)
        self.evidence = _optional_layer(gpkg, EVIDENCE, "Article 10 evidence")
        if self.evidence is not None:
            self.layers.append(self.evidence)
        self.here = layer(PAGES, "Here")  # the section's place on the locator, however small
        here = QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"})
        dot = QgsCentroidFillSymbolLayer()
        dot.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": LOCATOR_HERE, "size": "2.2",
                                                       "outline_color": "white", "outline_width": "0.4"}))
        here.appendSymbolLayer(dot)
        self.here.setRenderer(_rules(here, "\"page_no\" = attribute(@atlas_feature, 'page_no')"))
        self.project.addMapLayers(self.layers, False)

    def map_layers(self) -> List[QgsVectorLayer]:
        """Top first: facility, plots, outline, land."""
        return [self.facilities, self.plots, self.outlines] + ([self.land] if self.land is not None else [])


def _optional_layer(gpkg: Path, name: str, title: str) -> Optional[QgsVectorLayer]:
    """A table of the report GeoPackage that an older report file may not have (``None`` then)."""
    opened = QgsVectorLayer(layer_uri(gpkg, name), title, "ogr")
    return opened if opened.isValid() else None


def _header(layout) -> None:
    _label(layout, '[% "title" %]', 10, 7, 142, 9, 14, True, shaping=True)
    badge = QgsLayoutItemShape(layout)  # the status in its colour: a box under the text
    badge.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    fill = QgsFillSymbol.createSimple({"color": GREY_TEXT, "outline_style": "no"})
    fill.symbolLayer(0).setDataDefinedProperty(fill_colour_property(), QgsProperty.fromExpression(
        f"coalesce(attribute(@atlas_feature, 'status_color'), '{GREY_TEXT}')"))
    badge.setSymbol(fill)
    badge.attemptMove(QgsLayoutPoint(154, 7.5, MM))
    badge.attemptResize(QgsLayoutSize(46, 8, MM))
    layout.addLayoutItem(badge)
    _label(layout, '[% "status_text" %]', 154, 9.3, 46, 6, 10, True, REPORT_ON_BADGE, Qt.AlignmentFlag.AlignHCenter)
    _label(layout, '[% "subtitle" %]', 10, 17, 190, 5, 9, colour=GREY_TEXT, shaping=True)
    _label(layout, '[% "banner" %]', 10, 23, 190, 4.5, 7, True, REPORT_BANNER)
    _label(layout, '[% "footer" %]', 10, 288, 148, 4, 7, colour=GREY_TEXT)
    _label(layout, '[% "page_label" %]', 160, 288, 40, 4, 7, True, GREY_TEXT, Qt.AlignmentFlag.AlignRight)


def _facts(layout) -> None:
    labels = fact_labels()
    for number, key in enumerate(FACT_KEYS, 1):
        y = 29.5 + (number - 1) * 5.6
        _label(layout, labels[key], 10, y, 35, 5, 8, True, exclude=OVERVIEW_ONLY)  # room for longer labels
        _label(layout, f'[% "fact_{number}" %]', 46, y, 154, 5, 7.5, exclude=OVERVIEW_ONLY)


def _place_map(item: QgsLayoutItemMap, x: float, y: float, w: float, h: float, extent: QgsRectangle) -> None:
    """Size, a first extent, then position: in this order (moving a map that has neither gives it no extent,
    which nothing later repairs). The atlas, or the data-defined extent, sets each page's extent."""
    item.attemptResize(QgsLayoutSize(w, h, MM))
    item.zoomToExtent(extent)
    item.attemptMove(QgsLayoutPoint(x, y, MM))


def _main_map(layout, layers: ReportLayers) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    _place_map(item, MAP_X, MAP_Y, MAP_W, MAP_H, layers.pages.extent())
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    item.setLayers(layers.map_layers())
    item.setKeepLayerSet(True)
    item.setBackgroundColor(QColor(REPORT_WATER))  # water where no country is drawn
    item.setFrameEnabled(True)
    properties = item.dataDefinedProperties()  # the page's extent, where the numbers' places were computed
    for key, column in (("MapXMin", "map_xmin"), ("MapYMin", "map_ymin"), ("MapXMax", "map_xmax"),
                        ("MapYMax", "map_ymax")):
        properties.setProperty(getattr(QgsLayoutObject.DataDefinedProperty, key),
                               QgsProperty.fromExpression(f"attribute(@atlas_feature, '{column}')"))
    layout.addLayoutItem(item)
    _exclude(item, OVERVIEW_ONLY)
    grid = QgsLayoutItemMapGrid("Degrees", item)
    item.grids().addGrid(grid)
    grid.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    grid.setUnits(grid_fit_segment_width())
    grid.setMinimumIntervalWidth(22)
    grid.setMaximumIntervalWidth(50)
    grid.setStyle(grid_lines())
    grid.setLineSymbol(_line(REPORT_GRATICULE, 0.1))
    grid.setAnnotationEnabled(True)
    # the locale's decimal separator (QGIS's own decimal formats always write a point): a custom format,
    # the same enum family as QGIS's decimal one on every version
    grid.setAnnotationFormat(type(grid_decimal_with_suffix()).CustomFormat)
    grid.setAnnotationExpression(clear_of_corner(grid_annotation_expression()))
    grid.setAnnotationPrecision(3)
    grid.setAnnotationTextFormat(text_format(6))
    grid.setAnnotationFrameDistance(0.8)
    grid_annotate(grid, ("left", "bottom"), ("right", "top"))
    _north_arrow(layout, item)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(item)
    bar.setStyle("Single Box")
    bar.applyDefaultSize(kilometres())
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    scale_bar_fit_width(bar)
    bar.setMinimumBarWidth(25)
    bar.setMaximumBarWidth(55)
    bar.setUnitLabel("km")
    bar.setHeight(2.5)
    bar.setBoxContentSpace(0.5)
    bar.setLabelBarSpace(1.0)
    bar.setTextFormat(text_format(7))
    layout.addLayoutItem(bar)
    bar.attemptResize(bar.minimumSize())  # no taller than it draws: the heading follows close under it
    bar.attemptMove(QgsLayoutPoint(MAP_X, UNDER_MAP_Y, MM))
    _exclude(bar, OVERVIEW_ONLY)
    note_x = MAP_X + 60  # right of the widest scale bar (55 mm), left of the north arrow
    _label(layout, tr("WGS 84, grid in degrees, no basemap"), note_x, UNDER_MAP_Y + 2,
           MAP_X + MAP_W - ARROW_W - 2 - note_x, 3.5, 6.5, colour=GREY_TEXT, align=Qt.AlignmentFlag.AlignRight,
           exclude=OVERVIEW_ONLY)
    return item


def grid_annotation_expression(decimals: int = 3) -> str:
    """The map grid's labels as ``6,000°N`` in French, ``6.000°N`` in English: degrees with ``decimals`` places
    and the locale's decimal separator (:func:`~.i18n.number_locale`, the tables' numbers), the hemisphere from
    the translation. Built from integers (``round(abs(x) * 10^decimals)``), so 5.9996 reads 6.000."""
    point = number_locale().decimalPoint() or "."
    scale = 10 ** decimals
    value = (f"to_string(@grid_value_units // {scale}) || {QgsExpression.quotedString(point)} || "
             f"lpad(to_string(@grid_value_units % {scale}), {decimals}, '0')")

    def labelled(template: str, english: str) -> str:
        before, found, after = template.partition("{value}")
        if not found:
            before, _found, after = english.partition("{value}")
        return f"{QgsExpression.quotedString(before)} || {value} || {QgsExpression.quotedString(after)}"

    north, south = labelled(tr("{value}°N"), "{value}°N"), labelled(tr("{value}°S"), "{value}°S")
    east, west = labelled(tr("{value}°E"), "{value}°E"), labelled(tr("{value}°W"), "{value}°W")
    return (f"with_variable('grid_value_units', to_int(round(abs(@grid_number) * {scale})), "
            f"if(@grid_axis = 'x', if(@grid_number < 0, {west}, {east}), if(@grid_number < 0, {south}, {north})))")


#: A grid label centred this close to the map's left or bottom edge would stick out past the lower-left corner
#: (a latitude label, written upwards, is up to 10 mm long; a longitude label up to 11.5 mm wide) and there meet
#: the other side's label: it is left out.
GRID_CORNER_MM = 6.0


def clear_of_corner(label: str, corner_mm: float = GRID_CORNER_MM) -> str:
    """The grid label expression ``label``, empty for a line closer than ``corner_mm`` to the map's left edge (a
    longitude) or bottom edge (a latitude): the labels on the left and at the bottom never meet at the corner."""
    near_left = f"@grid_number - x_min(@map_extent) < {corner_mm} * @map_extent_width / {MAP_W}"
    near_bottom = f"@grid_number - y_min(@map_extent) < {corner_mm} * @map_extent_height / {MAP_H}"
    return f"if(if(@grid_axis = 'x', {near_left}, {near_bottom}), '', {label})"


def _north_arrow(layout, item: QgsLayoutItemMap) -> None:
    from qgis.core import QgsApplication

    path = next((str(Path(root) / "arrows" / "NorthArrow_02.svg") for root in QgsApplication.svgPaths()
                 if (Path(root) / "arrows" / "NorthArrow_02.svg").is_file()), "")
    x, y = MAP_X + MAP_W - ARROW_W, UNDER_MAP_Y  # under the map's corner: never over a plot, above the heading
    if path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(path)
        arrow.setLinkedMap(item)
        arrow.attemptMove(QgsLayoutPoint(x, y, MM))
        arrow.attemptResize(QgsLayoutSize(ARROW_W, ARROW_H, MM))
        arrow.setBackgroundEnabled(True)
        arrow.setBackgroundColor(QColor(255, 255, 255, 220))
        layout.addLayoutItem(arrow)
        _exclude(arrow, OVERVIEW_ONLY)
    else:  # no SVG library: a plain "N" keeps north shown
        _label(layout, "N\n\u2191", x, y, ARROW_W, ARROW_H / 2, 8, True, align=Qt.AlignmentFlag.AlignHCenter,
               exclude=OVERVIEW_ONLY)


def _locator(layout, layers: ReportLayers, main: QgsLayoutItemMap) -> None:
    _label(layout, tr("Where it is"), LOC_X, MAP_Y, LOC_W, 5, 8, True, exclude=OVERVIEW_ONLY)
    item = QgsLayoutItemMap(layout)
    _place_map(item, LOC_X, LOC_Y, LOC_W, LOC_H, QgsRectangle(-180, -90, 180, 90))
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    item.setLayers([layers.here] + ([layers.locator] if layers.locator is not None else []))
    item.setKeepLayerSet(True)
    item.setBackgroundColor(QColor(REPORT_WATER))
    item.setFrameEnabled(True)
    properties = item.dataDefinedProperties()
    for key, column in (("MapXMin", "loc_xmin"), ("MapYMin", "loc_ymin"), ("MapXMax", "loc_xmax"),
                        ("MapYMax", "loc_ymax")):
        properties.setProperty(getattr(QgsLayoutObject.DataDefinedProperty, key),
                               QgsProperty.fromExpression(f"coalesce(attribute(@atlas_feature, '{column}'), "
                                                          f"{WORLD[key]})"))
    layout.addLayoutItem(item)
    _exclude(item, OVERVIEW_ONLY)
    overview = QgsLayoutItemMapOverview("Report map", item)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": LOCATOR_FRAME_FILL, "outline_color": LOCATOR_HERE,
                                                        "outline_width": "0.6"}))
    item.overviews().addOverview(overview)


def _legend(layout) -> None:
    top = LOC_Y + LOC_H + 5
    _label(layout, tr("Legend"), LOC_X, top, LOC_W, 5, 8, True, exclude=OVERVIEW_ONLY)
    def fill(status) -> dict:
        return {"color": ",".join(map(str, status.fill[:3])) + ",150", "outline_color": status.color}

    facility = {"color": FACILITY_YELLOW, "outline_color": REPORT_FACILITY_EDGE, "outline_width": "0.3"}
    no_outline = "coalesce(attribute(@atlas_feature, 'outline_kind'), '') = ''"
    shed, area = (QgsExpression.quotedString(text) for text in (tr("Supply-shed outline"), tr("Assessed area outline")))
    outline = f"[% CASE WHEN \"outline_kind\" = 'Supply Shed' THEN {shed} ELSE {area} END %]"
    rows = [  # (symbol, text: a page field's or a fixed one, hidden when): Data Error last, so its gap never shows
        (fill(PLOT_NON_COMPLIANT), '[% "legend_nc" %]', ""), (fill(PLOT_COMPLIANT), '[% "legend_compliant" %]', ""),
        ({"style": "no", "outline_color": QUESTIONED_ORANGE, "outline_width": "0.6"}, '[% "legend_questioned" %]',
         ""),
        # the section's outline, named as its assessment type says (a supply shed, or the assessed area)
        ({"style": "no", "outline_color": SHED_BLUE, "outline_width": "0.8"}, outline, no_outline),
        (facility, tr("Facility"), ""),
        (None, '[% "legend_visits" %]', ""),
        (fill(PLOT_DATA_ERROR), '[% "legend_error" %]', "attribute(@atlas_feature, 'n_error') = 0"),
    ]
    y = top + 6
    below_outline = False
    for props, text, hide in rows:
        exclude = OVERVIEW_ONLY + (f" OR {hide}" if hide else "")
        if props is None:  # a plot's number, as printed on the map
            items = [_label(layout, "12", LOC_X, y, 6, 4.4, 6.5, True, align=Qt.AlignmentFlag.AlignHCenter,
                            exclude=exclude)]
        else:
            items = [_swatch(layout, LOC_X, y, props, exclude, ellipse=props is facility)]
        items.append(_label(layout, text, LOC_X + 8, y, LOC_W - 8, 8, 7, exclude=exclude))
        if below_outline:  # a section without an outline leaves no gap: the rows under it move up
            for item in items:
                _up_when(item, no_outline, LEGEND_PITCH)
        below_outline = below_outline or hide == no_outline
        y += LEGEND_PITCH


def _up_when(item, condition: str, by_mm: float) -> None:
    """``item`` drawn ``by_mm`` higher on the pages where ``condition`` (an expression) holds."""
    y = item.positionWithUnits().y()
    item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PositionY, QgsProperty.fromExpression(
        f"if({condition}, {y - by_mm}, {y})"))


def _table(layout, layers: ReportLayers, x: float, y: float, w: float, h: float, exclude: str) -> None:
    table = data_table(layout, 6.5, 0.8, 0.15, QgsLayoutTable.WrapBehavior.TruncateText)
    table.setVectorLayer(layers.plots)
    table.setDisplayOnlyVisibleFeatures(False)
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"{SECTION} AND \"visit_no\" >= attribute(@atlas_feature, 'row_from') "
                           "AND \"visit_no\" <= attribute(@atlas_feature, 'row_to')")
    table.setMaximumNumberOfFeatures(1000)
    # the user's own plot id where the drill-down kept it (report/plot_ids.py), else Epoch's
    plot_id = 'coalesce("own_plot_id", "plotid")' if layers.plots.fields().indexOf("own_plot_id") >= 0 \
        else '"plotid"'
    columns = []
    for heading, expression, width, right in (
            (tr("No."), '"visit_no"', 6, True), (tr("Plot"), plot_id, 25, False),
            (tr("Area ha"), '"area_text"', 14, True), (tr("Deforested ha"), '"deforested_text"', 19, True),
            (tr("Epoch"), '"epoch_status_text"', 19, False), (tr("Second opinion"), '"second_opinion_text"', 21, False),
            (tr("Alert from"), '"alert_from"', 16, False), (tr("Alert to"), '"alert_to"', 16, False),
            (tr("Latitude"), '"lat_text"', 16, True), (tr("Longitude"), '"lon_text"', 18, True)):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(width)
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    order = QgsLayoutTableColumn("visit_no")
    order.setAttribute('"visit_no"')
    order.setSortOrder(Qt.SortOrder.AscendingOrder)
    set_table_columns(table, columns, order)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("No plot to visit."))
    place_frame(layout, table, x, y, w, h, exclude)


def build_layout(layers: ReportLayers) -> QgsPrintLayout:
    layout = QgsPrintLayout(layers.project)
    layout.initializeDefaults()
    layout.setName(tr("Epoch EUDR field report"))
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    _header(layout)
    _facts(layout)
    main = _main_map(layout, layers)
    _locator(layout, layers, main)
    _legend(layout)
    add_evidence_table(layout, layers)
    # two lines when a language needs them, between the band under the map and the table
    _label(layout, '[% "visits_heading" %]', 10, HEADING_Y, 190, HEADING_H / 2, 7.5, True, exclude=OVERVIEW_ONLY)
    _table(layout, layers, 10, TABLE_Y, 190, 285 - TABLE_Y, OVERVIEW_ONLY)
    _label(layout, '[% "visits_heading" %]', 10, 29.5, 190, 5, 8, True, exclude=CONTINUATION_ONLY)
    _table(layout, layers, 10, 36, 190, 249, CONTINUATION_ONLY)
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.pages)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page_no"')
    atlas.setPageNameExpression('"page_label"')
    return layout


def export_report(gpkg: Path, pdf: Path, *, cancel: Cancel = never_cancelled,
                  progress: Union[Progress, Sink, None] = None) -> None:
    """Render the atlas of ``gpkg``'s report layers into ``pdf`` (replaced only once the new one is complete)."""
    progress = Progress.of(progress)
    layers = ReportLayers(gpkg)
    layout = build_layout(layers)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    text_always_as_text(settings)
    feedback = QgsFeedback()

    def moved(percent: float) -> None:
        if cancel():
            feedback.cancel()
        progress(percent)

    feedback.progressChanged.connect(moved)
    partial = Path(pdf).with_name(f".{Path(pdf).stem}.partial.pdf")
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(partial), settings, feedback)
    if feedback.isCanceled() or cancel():
        partial.unlink(missing_ok=True)
        raise CancelledError()
    if result != QgsLayoutExporter.ExportResult.Success:
        partial.unlink(missing_ok=True)
        raise OSError(tr("Could not write the report {file}: {error}").format(file=pdf, error=error or result))
    partial.replace(pdf)
