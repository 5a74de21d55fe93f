"""The *Changes since...* layer's map tip in the user's language: a QGIS expression in the style, its words chosen
when the style is applied, the values read from the stored codes and figures (the stored English ``what_changed``,
``change_label`` and ``compared_with`` stay as they are: data)."""

import html
import re

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsProject

from .dock_driver import click, wait_until
from .helpers import speaking
from .test_dock_french_shown import log_in
from .test_snapshots import _rows, _update

NEW_WORDS = {
    ("ChangeStyles", "{producer} ({commodity}, {country})"): "{producer} ({commodity}, {country})",
    ("ChangeStyles", "{before} → {after}"): "{before} → {after}",
    ("ChangeStyles", "NC plots {before} → {after}"): "parcelles NC {before} → {after}",
    ("ChangeStyles", "NC % {before} → {after}"): "% NC {before} → {after}",
    ("ChangeStyles", "Compared with the load kept as {snapshot}"): "Comparé au chargement gardé {snapshot}",
}


def said(tip):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", tip.replace("<br>", " | "))).split())


def tips(layer):
    out = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        out[feature["company_name"]] = (feature, said(QgsExpression.replaceExpressionText(layer.mapTipTemplate(),
                                                                                          context)))
    return out


def _load(tab):
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)


def test_the_dock_changes_layer_tip_is_french(dock, own_server, french):
    with speaking("fr_FR", NEW_WORDS):
        log_in(dock)
        tab = dock.assessments
        _load(tab)
        compliant = next(row for row in _rows(own_server).values() if row.get("locations_confidence") == "high"
                         and not row.get("noncompliance_plot_count"))
        _update(own_server, compliant["company_name"], compliant["commodity"], noncompliance_plot_count=140,
                noncompliance_area_perc=0.2, noncompliance_area_ha=180.0)
        _load(tab)
        wait_until(lambda: tab.changes.isVisibleTo(tab) and tab.changes.show_button.isEnabled(), timeout=60)
        click(tab.changes.show_button)
        wait_until(lambda: tab.ready() and any(layer.fields().indexOf("what_changed") >= 0
                                               for layer in QgsProject.instance().mapLayers().values()), timeout=60)
        (layer,) = [lay for lay in QgsProject.instance().mapLayers().values()
                    if lay.fields().indexOf("what_changed") >= 0]
        feature, tip = tips(layer)[compliant["company_name"]]
    assert feature["what_changed"].startswith("Compliant -> ")  # stored: data, as it was
    assert feature["change_label"] == "Status worse" and feature["compared_with"].startswith("snapshot ")
    assert "Compared with" not in tip and "NC plots" not in tip and "Status worse" not in tip, tip
    assert "Conforme → " in tip and "parcelles NC 0 → 140" in tip, tip
    assert "Comparé au chargement gardé " + feature["compared_with"][len("snapshot "):] in tip, tip


def test_new_gone_and_layer_comparisons_are_worded_from_the_codes(qgis_app):
    from epoch_eudr.core.compare import CHANGE_FIELDS
    from epoch_eudr.layers.styles.changes import apply_change_style
    from qgis.core import QgsFeature, QgsVectorLayer

    fields = "&".join(f"field={name}:{'integer' if kind == 'integer' else 'double' if kind == 'real' else 'string'}"
                      for name, kind, _ in CHANGE_FIELDS)
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&{fields}&field=compared_with:string", "changes", "memory")
    rows = [{"company_name": "A <b>", "commodity": "cocoa", "country": "Ivory Coast", "change": "new",
             "status_after": "Compliant", "what_changed": "new: Compliant", "compared_with": "layer earlier"},
            {"company_name": "B", "commodity": "coffee", "country": "Peru", "change": "gone",
             "status_before": "High Risk", "compared_with": "layer earlier"}]
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for name, value in row.items():
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    apply_change_style(layer)
    shown = {name: tip for name, (_, tip) in tips(layer).items()}
    assert shown["A <b>"] == ("A <b> (Cocoa, Ivory Coast) | New producer: Compliant | "
                              "Compared with the layer earlier"), shown  # "new" said once
    assert shown["B"] == "B (Coffee, Peru) | Producer gone: was High Risk | Compared with the layer earlier"
    with speaking("fr_FR", {("ChangeStyles", "New producer"): "Nouveau producteur",
                            ("ShownValues", "Compliant"): "Conforme",
                            ("CoreMessages", "Compliant"): "Conforme",
                            ("ChangeStyles", "Compared with the layer {layer}"): "Comparé à la couche {layer}"}):
        apply_change_style(layer)
        shown = {name: tip for name, (_, tip) in tips(layer).items()}
    assert shown["A <b>"].endswith("| Nouveau producteur: Conforme | Comparé à la couche earlier"), shown
