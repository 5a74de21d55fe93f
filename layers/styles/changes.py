"""The style of the changes layer (*Changes since...*): worse in red, better in green, new and gone apart.

Kept apart from :mod:`.renderers` (whose ``apply_style`` knows the result kinds of the API): the changes
layer is made here, stored in its GeoPackage as the default style, and opened with
:func:`open_changes_layer` (the dock) or styled by Processing's post-processor.
"""

from __future__ import annotations

from pathlib import Path

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
from ..writer.results import open_result_layer, store_style

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


MAP_TIP = ('<b>[% "company_name" %]</b> ([% "commodity" %], [% "country" %])<br>'
           '[% "change_label" %]: [% "what_changed" %]<br>'
           '<small>Compared with [% "compared_with" %]</small>')


def apply_change_style(layer: QgsVectorLayer) -> None:
    """Renderer, aliases, map tip and display name of a changes layer."""
    layer.setRenderer(change_renderer())
    aliases = field_aliases()
    for name, _, alias in (*CHANGE_FIELDS, ("compared_with", "string", "Compared with")):
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, aliases.get(name, alias))
    layer.setMapTipTemplate(MAP_TIP)
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
