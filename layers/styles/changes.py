"""The style of the changes layer (*Changes since...*): worse in red, better in green, new and gone apart.

Kept apart from :mod:`.renderers` (whose ``apply_style`` knows the result kinds of the API): the changes
layer is made here, stored in its GeoPackage as the default style, and opened with
:func:`open_changes_layer` (the dock) or styled by Processing's post-processor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.colours import CHANGE_COLOURS
from ...core.compare import BETTER, CHANGE_FIELDS, CHANGE_LABELS, CHANGED, GONE, NEW, UNCHANGED, WORSE
from ...core.risk import PRODUCER_STATUSES
from ..words.language import status_label
from ..words.shown_values import value_label
from ..writer.results import open_result_layer, store_style
from . import explanations as ex
from .maptips import colon, commodity_words, present_values

KIND = "changes"


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangeStyles", text)


def change_labels():
    """CHANGE_LABELS (core/compare.py) in the user's language: the legend of a changes layer."""
    return {WORSE: tr("Status worse"), NEW: tr("New producer"), GONE: tr("Producer gone"),
            CHANGED: tr("Same status, figures changed"), BETTER: tr("Status better"), UNCHANGED: tr("Unchanged")}


def field_aliases():
    """The aliases of CHANGE_FIELDS (core/compare.py) in the user's language."""
    return {"change": tr("Change"), "change_label": tr("Change (label)"), "what_changed": tr("What changed"),
            "collection_id": tr("Collection"), "company_name": tr("Producer"), "commodity": tr("Commodity"),
            "country": tr("Country"), "status_before": tr("Status before"), "status_after": tr("Status now"),
            "risk_rank_before": tr("Risk rank before"), "risk_rank_after": tr("Risk rank now"),
            "nc_plots_before": tr("NC plots before"), "nc_plots_after": tr("NC plots now"),
            "nc_plots_change": tr("NC plots"), "nc_percent_before": tr("NC % before"),
            "nc_percent_after": tr("NC % now"), "nc_percent_change": tr("NC %"),
            "article10_before": tr("Article 10 before"), "article10_after": tr("Article 10 now"),
            "article10_change": tr("Article 10"), "change_order": tr("Draw order"), "match_key": tr("Matched by"),
            "compared_with": tr("Compared with")}
#: change -> (fill, outline, marker shape, size): red worse on top, green better, blue new, hollow grey gone (the
#: colours: core/colours.py's CHANGE_COLOURS).
CHANGE_SYMBOLS = {change: (*CHANGE_COLOURS[change], shape, size) for change, shape, size in (
    (WORSE, "triangle", 4.2), (NEW, "diamond", 3.8), (GONE, "cross2", 3.6), (CHANGED, "circle", 3.2),
    (BETTER, "circle", 3.2), (UNCHANGED, "circle", 2.2))}
_ORDER = (WORSE, NEW, GONE, CHANGED, BETTER, UNCHANGED)


def _symbol(change: str) -> QgsMarkerSymbol:
    fill, outline, shape, size = CHANGE_SYMBOLS[change]
    width = "0.6" if change == GONE else "0.3"
    return QgsMarkerSymbol.createSimple({"name": shape, "color": fill, "outline_color": outline,
                                         "outline_width": width, "size": str(size)})


def change_renderer() -> QgsCategorizedSymbolRenderer:
    """Categories on ``change``; worse drawn last (on top), unchanged first."""
    labels = change_labels()
    categories = [QgsRendererCategory(kind, _symbol(kind), labels.get(kind, CHANGE_LABELS[kind])) for kind in _ORDER]
    renderer = QgsCategorizedSymbolRenderer("change", categories)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("change_order", True)]))
    renderer.setOrderByEnabled(True)
    return renderer


def _status(name: str) -> str:
    """Field ``name``'s stored producer status (its English label) in the user's words."""
    return ex.words_of(name, {status.label: status_label(status.label) for status in PRODUCER_STATUSES})


def _legality(name: str) -> str:
    return ex.words_of(name, {level: value_label("legality_risk", level) for level in ("High", "Medium", "Low",
                                                                                           "Standard")})


def _moved(template: str, field: str, value) -> str:
    """``template`` ({before}, {after}) with ``field``'s before and after values, when ``field``'s change is set."""
    said = ex.expression_of(template, {"before": value(f"{field}_before"), "after": value(f"{field}_after")})
    return f"CASE WHEN coalesce({ex.field_ref(field + '_change')}, '') <> '' THEN {said} ELSE '' END"


def _what_changed() -> str:
    """What changed, worded from the stored codes and figures (the stored English ``what_changed`` is data: a
    layer's table shows it as written)."""
    statuses = ex.expression_of(tr("{before} → {after}"), {"before": _status("status_before"),
                                                           "after": _status("status_after")})
    figures = [
        f"CASE WHEN \"change\" IN ({ex.quoted(WORSE)}, {ex.quoted(BETTER)}) THEN {statuses} ELSE '' END",
        _moved(tr("NC plots {before} → {after}"), "nc_plots", lambda name: ex.number_of(name, 0)),
        _moved(tr("NC % {before} → {after}"), "nc_percent", lambda name: ex.number_of(name, 2)),
        _moved(tr("Article 10 {before} → {after}"), "article10", _legality)]
    joined = (f"array_to_string(array_filter(array({', '.join(figures)}), @element <> ''), "
              f"{ex.literal(ex.separator())})")
    new = _status("status_after")  # after "New producer": its status, not "new" again
    gone = ex.expression_of(tr("was {status}"), {"status": _status("status_before")})
    unchanged = ex.literal(tr("unchanged"))  # outside the f-string: Qt's extraction reads no f-string
    return (f"CASE WHEN \"change\" = {ex.quoted(NEW)} THEN {new} WHEN \"change\" = {ex.quoted(GONE)} THEN {gone} "
            f"ELSE coalesce(nullif({joined}, ''), {unchanged}) END")


def _compared_with() -> str:
    """What the layer was compared with: stored as ``snapshot <id>`` or ``layer <name>`` (data), said in the
    user's words."""
    stored = ex.field_ref("compared_with")
    snapshot = ex.expression_of(tr("Compared with the load kept as {snapshot}"),
                                {"snapshot": ex.escaped(f"substr({stored}, 10)")})
    layer = ex.expression_of(tr("Compared with the layer {layer}"), {"layer": ex.escaped(f"substr({stored}, 7)")})
    other = ex.expression_of(tr("Compared with {what}"), {"what": ex.text_of("compared_with")})
    return (f"CASE WHEN coalesce({stored}, '') = '' THEN '' WHEN left({stored}, 9) = 'snapshot ' THEN {snapshot} "
            f"WHEN left({stored}, 6) = 'layer ' THEN {layer} ELSE {other} END")


def change_maptip(present: Callable[[str], Iterable[Any]]) -> str:
    """The map tip, a QGIS expression evaluated on the feature when shown: the producer, its commodity and country,
    the change and what changed, what the layer was compared with, all in the words of the user's language (when
    the style is applied); ``present``: the values a field holds (the countries to name)."""
    country = ex.shown(ex.words_of("country", ex.country_words(present("country"))))
    title = ex.expression_of(tr("{producer} ({commodity}, {country})"), {
        "producer": ex.text_of("company_name"), "commodity": commodity_words("commodity"), "country": country})
    change = ex.words_of("change", change_labels())
    line = f"{ex.shown(change)} || {ex.literal(colon())} || {_what_changed()}"
    return f"<b>[% {title} %]</b><br>[% {line} %]<br><small>[% {_compared_with()} %]</small>"


def apply_change_style(layer: QgsVectorLayer) -> None:
    """Renderer, aliases, map tip and display name of a changes layer."""
    layer.setRenderer(change_renderer())
    aliases = field_aliases()
    for name, _, alias in (*CHANGE_FIELDS, ("compared_with", "string", "Compared with")):
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, aliases.get(name, alias))
    layer.setMapTipTemplate(change_maptip(lambda name: present_values(layer, name)))
    layer.setDisplayExpression('"company_name"')


def store_change_style(gpkg: Path, layer_name: str) -> None:
    """Worker thread: save the changes style into the GeoPackage as the layer's default."""
    store_style(Path(gpkg), layer_name, KIND, apply_change_style)


def open_changes_layer(gpkg: Path, layer_name: str, display_name: str = "") -> QgsVectorLayer:
    """Main thread: the styled changes layer (the project's own one, refreshed, when it already shows it)."""
    layer = open_result_layer(Path(gpkg), layer_name, KIND, display_name or "Changes")
    if display_name and layer.name() != display_name:
        layer.setName(display_name)  # the project's layer, now showing another comparison
    apply_change_style(layer)
    layer.triggerRepaint()
    return layer
