"""The result layers' styles (renderer, aliases, map tip, labels), applied to each layer and saved inside its
GeoPackage: the verdicts in the colours of :mod:`...core.colours`, the map tips built from
the layer's own fields (:mod:`.maptips`)."""

from __future__ import annotations

from html import escape

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ...core.colours import (
    CHECK_SAMPLE_COLOUR,
    CHECKED_FACILITY_OUTLINE,
    FACILITY_EDGE,
    FACILITY_YELLOW,
    PREFLIGHT_COLOURS,
    SAMPLE_HALO,
    SHED_BLUE,
    TRANSPARENT,
    WHITE_EDGE,
)
from ...core.confidence import LEVEL_COLORS
from ...core.result_kinds import RESULT_KINDS
from ...core.result_rows import KNOWN_EXTRA_ALIASES
from ...core.risk import PLOT_STATUSES, PRODUCER_STATUSES
from ..qgis_compat import symbol_layer_enabled_property
from ..words.field_aliases import shown_alias
from ..words.language import status_label
from .explanations import escaped as escaped_expression
from .explanations import literal
from .explanations import text_of as _escaped
from .maptips import colon as colon_words
from .maptips import commodity_words, level_words, maptip_for, present_values
from .value_maps import apply_value_maps

LABEL_MAX_SCALE = 50_000  # labels only when zoomed in closer than 1:50,000
DOT_MIN_SCALE = 100_000  # plot centre dots only when zoomed out beyond 1:100,000


def _rgba(fill) -> str:
    return ",".join(str(v) for v in fill)


def _point(fill_rgba: str, size: float = 3.2) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": fill_rgba, "outline_color": WHITE_EDGE,
                                         "outline_width": "0.3", "size": str(size)})


def _polygon(fill_rgba: str, outline: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": fill_rgba, "outline_color": outline, "outline_width": "0.4"})


def _categorized(field: str, categories) -> QgsCategorizedSymbolRenderer:
    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(v, s, label) for v, s, label in categories])


def assessment_renderer() -> QgsCategorizedSymbolRenderer:
    """Producer status colours; features ordered by ``risk_rank`` so high risk is drawn on top."""
    renderer = _categorized("status_key", [(s.key, _point(_rgba(s.fill)), status_label(s.label))
                                           for s in PRODUCER_STATUSES])
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("risk_rank", True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def tr(text: str) -> str:
    return QCoreApplication.translate("Styles", text)


#: A field only a check sample has (``core.check_sample.SAMPLE_FIELDS``): its layer is drawn as rings.
SAMPLE_FIELD = "sample_order"
SAMPLE_RING_SIZE = 7.0


def _sample_symbol(status) -> QgsMarkerSymbol:
    """A wide ring in the check sample's colour, on a white halo, around the producer's status dot: drawn
    over the assessments it shows which producers were picked, and still their status."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": TRANSPARENT, "outline_color": SAMPLE_HALO,
                                           "outline_width": "1.6", "size": str(SAMPLE_RING_SIZE)})
    ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": TRANSPARENT, "outline_color": CHECK_SAMPLE_COLOUR,
                                         "outline_width": "0.9", "size": str(SAMPLE_RING_SIZE)})
    symbol.appendSymbolLayer(ring.symbolLayer(0).clone())
    dot = _point(_rgba(status.fill))
    symbol.appendSymbolLayer(dot.symbolLayer(0).clone())
    return symbol


def check_sample_renderer() -> QgsCategorizedSymbolRenderer:
    """The check sample: rings (``_sample_symbol``) per producer status, high risk drawn on top."""
    renderer = _categorized("status_key", [
        (s.key, _sample_symbol(s), tr("Check sample: {status}").format(status=status_label(s.label)))
        for s in PRODUCER_STATUSES])
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("risk_rank", True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def facility_renderer() -> QgsCategorizedSymbolRenderer:
    colours = [(level, QColor(LEVEL_COLORS[level])) for level in ("high", "medium", "low", "invalid")]
    return _categorized("level", [(lvl, _point(f"{c.red()},{c.green()},{c.blue()},220"),
                                   status_label(lvl).capitalize()) for lvl, c in colours])


def checked_facility_renderer() -> QgsCategorizedSymbolRenderer:
    """Facilities checked on the map: diamonds in their confidence level's colour with a dark edge, so a
    check reads apart from the screened facilities' round dots."""
    def diamond(colour: QColor) -> QgsMarkerSymbol:
        return QgsMarkerSymbol.createSimple({
            "name": "diamond", "color": f"{colour.red()},{colour.green()},{colour.blue()},235",
            "outline_color": CHECKED_FACILITY_OUTLINE, "outline_width": "0.5", "size": "5"})

    return _categorized("level", [(lvl, diamond(QColor(LEVEL_COLORS[lvl])), status_label(lvl).capitalize())
                                  for lvl in ("high", "medium", "low", "invalid")])


def checked_facility_maptip() -> str:
    """The map tip of a checked facility: its name (the answer's, as the card heads it; a point asked has no id of
    its own, so never the server's feature number), level, score and the legality summary, all read from the row
    by QGIS expressions when shown (nothing stored as HTML), the server's words escaped."""
    colon = colon_words()
    facility = tr("Facility")  # no name in the answer
    name = f"coalesce(nullif(trim(to_string(\"address\")), ''), {literal(facility)})"
    return (f"<b>[% {escaped_expression(name)} %]</b> [% {commodity_words('commodity_type')} %]<br>"
            + escape(tr("Confidence") + colon) + f"[% {level_words('confidence_level')} %] "
            "([% format_number(\"confidence_score\", 2) %])<br>"
            "[% CASE WHEN \"legality_risk_level\" IS NOT NULL THEN " + literal(tr("Legality risk") + colon)
            + " || " + level_words("legality_risk_level") + " || '<br>' ELSE '' END %]"
            "<i>[% " + _escaped("legality_summary") + " %]</i>")


def _plot_symbol(status) -> QgsFillSymbol:
    """The plot's fill, plus a dot at its centre when zoomed out (small plots would vanish)."""
    symbol = _polygon(f"{status.fill[0]},{status.fill[1]},{status.fill[2]},150", status.color)
    dot = QgsCentroidFillSymbolLayer()
    dot.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": status.color, "outline_style": "no",
                                                   "size": "1.6"}))
    dot.setPointOnSurface(True)
    dot.setDataDefinedProperty(symbol_layer_enabled_property(),
                               QgsProperty.fromExpression(f"@map_scale > {DOT_MIN_SCALE}"))
    symbol.appendSymbolLayer(dot)
    return symbol


def plot_renderer(points: bool = False) -> QgsCategorizedSymbolRenderer:
    """Binary red/green plots (drill-downs and screened plots); non-compliant drawn on top.

    ``points``: plots given as points (the EU's rule for plots of 4 ha or less) get dots.
    """
    def symbol(status):
        if points:
            return _point(f"{status.fill[0]},{status.fill[1]},{status.fill[2]},230")
        return _plot_symbol(status)

    renderer = _categorized("status_key", [(s.key, symbol(s), status_label(s.label)) for s in PLOT_STATUSES])
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("status_key", True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def severity_labels() -> dict:
    """Preflight severity key (``core.colours.PREFLIGHT_COLOURS``) -> its legend label in the user's language;
    built per call: the language may change."""
    return {"error": tr("Error: blocks an EU upload"), "warning": tr("Warning"), "ok": tr("OK")}


def preflight_renderer(layer: QgsVectorLayer) -> QgsCategorizedSymbolRenderer:
    """Red errors over orange warnings over green: worst drawn on top; the legend in the user's language."""
    from qgis.core import QgsSymbol

    categories, labels = [], severity_labels()
    for key, colour, english in PREFLIGHT_COLOURS:
        label = labels.get(key, english)
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol.symbolLayer(0).setStrokeColor(QColor(colour))
            symbol.setOpacity(0.75)
        categories.append((key, symbol, label))
    renderer = _categorized("severity", categories)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(
        "CASE WHEN \"severity\" = 'error' THEN 2 WHEN \"severity\" = 'warning' THEN 1 ELSE 0 END", True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def outline_symbol() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": SHED_BLUE, "outline_width": "0.8"})


def facility_point_symbol() -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": FACILITY_YELLOW, "outline_color": FACILITY_EDGE,
                                         "outline_width": "0.4", "size": "4"})


def legality_source_symbol() -> QgsMarkerSymbol:
    """A source sits at its facility's point: a small ring, drawn under the facility's diamond."""
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": TRANSPARENT, "size": "7",
                                         "outline_color": CHECKED_FACILITY_OUTLINE, "outline_width": "0.3"})


def _labels(layer: QgsVectorLayer, field: str) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.scaleVisibility = True
    settings.maximumScale = 1.0
    settings.minimumScale = LABEL_MAX_SCALE
    text = QgsTextFormat()
    text.setSize(8)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _single(symbol):
    from qgis.core import QgsSingleSymbolRenderer

    return QgsSingleSymbolRenderer(symbol)


#: A renderer per style of the catalogue (``ResultKind.style_key``), made for the layer it draws.
RENDERERS = {
    "assessments": lambda layer: assessment_renderer(),
    "check_sample": lambda layer: check_sample_renderer(),
    "facilities": lambda layer: facility_renderer(),
    "plots": lambda layer: plot_renderer(points=layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry),
    "outline": lambda layer: _single(outline_symbol()),
    "facility_point": lambda layer: _single(facility_point_symbol()),
    "checked_facilities": lambda layer: checked_facility_renderer(),
    "legality_sources": lambda layer: _single(legality_source_symbol()),
    "preflight": preflight_renderer,
}


def _legacy_maptip(style: str, names) -> bool:
    """Whether a layer written by an earlier version keeps its stored HTML tip (``maptip_html``): only a plots
    layer whose second opinion was stored as English sentences, which the new template cannot word."""
    return "maptip_html" in names and style == "plots" and "second_opinion" in names \
        and "second_opinion_loss_percent" not in names


def apply_style(layer: QgsVectorLayer, kind: str) -> None:
    """Renderer, aliases, map tip and labels for a result layer of ``kind`` (its catalogue entry)."""
    spec = RESULT_KINDS.get(kind)
    style = spec.style_key if spec is not None else kind
    if style == "assessments" and layer.fields().indexOf(SAMPLE_FIELD) >= 0:
        style = "check_sample"  # assessments picked for checks (dock or Processing): never drawn like the rest
    renderer = RENDERERS.get(style)
    if renderer is not None:
        layer.setRenderer(renderer(layer))
    own = spec.fields if spec is not None else ()
    beside = [(name, "", alias) for name, alias in KNOWN_EXTRA_ALIASES.items() if name not in {f[0] for f in own}]
    for name, _, alias in (*own, *beside):
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, shown_alias(alias))  # the attribute table in the user's language
    apply_value_maps(layer, [name for name, _, _ in (spec.fields if spec is not None else ())])  # codes in words
    names = frozenset(layer.fields().names())
    if style == "checked_facilities":
        layer.setMapTipTemplate(checked_facility_maptip())
    elif _legacy_maptip(style, names):
        layer.setMapTipTemplate('[% "maptip_html" %]')
    else:
        template = maptip_for(style, layer.fields().names(), lambda name: present_values(layer, name))  # in order:
        # the first producer-like field wins
        if template is not None:
            layer.setMapTipTemplate(template)
    label_field = spec.label_field if spec is not None else ""
    if label_field and layer.fields().indexOf(label_field) >= 0:
        _labels(layer, label_field)
        layer.setDisplayExpression(f'"{label_field}"')
