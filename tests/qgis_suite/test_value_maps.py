"""QGIS's own views (attribute table, identify, forms, QField) show the codes the plugin derives in words, from the
style stored with the layer: a drill-down plot's second opinion ``NEEDS_REVIEW``, its country ``location`` (the
walk of the packaged plugin found them raw), its status in French; a field Epoch sends as it is keeps its value.
The properties Epoch sends beside a kind's own columns are shown by an alias too (they showed by their names)."""

import json

from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer, style_finish
from qgis.core import QgsApplication

from .helpers import SAMPLE_PLOTS


def _plots():
    features = json.loads(SAMPLE_PLOTS.read_text(encoding="utf-8"))["features"][:6]
    for i, feature in enumerate(features):
        props = dict(feature["properties"], plotid=f"p{i}", noncompliance_area=0.7 if i % 2 else 0.0,
                     eu_country_risk="Standard",  # Epoch's own word, not one of the plugin's codes
                     epoch_source_fid=i + 1, noncompliance_area_ha=0.5, sandbox=True)
        yield {"type": "Feature", "properties": props, "geometry": feature["geometry"]}


def _layer(tmp_path):
    path = tmp_path / "plots.gpkg"
    write_layer(list(_plots()), "plots", path, "plots", finish=style_finish("plots"))
    return open_result_layer(path, "plots", "plots")


def _shown(tmp_path):
    """(stored, shown) of each mapped field of each plot, as QGIS's attribute table represents them."""
    layer = _layer(tmp_path)
    registry = QgsApplication.fieldFormatterRegistry()
    shown = {}
    for name in ("status", "second_opinion", "second_opinion_country_from", "second_opinion_disagrees",
                 "eu_country_risk"):
        index = layer.fields().indexOf(name)
        setup = layer.editorWidgetSetup(index)
        formatter = registry.fieldFormatter(setup.type())
        shown[name] = {(str(f[name]), formatter.representValue(layer, index, setup.config(), None, f[name]))
                       for f in layer.getFeatures()}
    return shown


def test_derived_codes_read_as_words(qgis_app, tmp_path):
    shown = _shown(tmp_path)
    assert shown["status"] == {("Compliant", "Compliant"), ("Non-Compliant", "Non-Compliant")}
    assert shown["second_opinion"] == {("NEEDS_REVIEW", "Needs Review")}  # no loss figures: not judged either way
    assert shown["second_opinion_country_from"] == {("location", "where the plot lies")}
    assert all(words in ("yes", "no") for _, words in shown["second_opinion_disagrees"])
    assert shown["eu_country_risk"] == {("Standard", "Standard")}  # not the plugin's: as sent, no "(Standard)"


def test_derived_codes_read_in_french(french, tmp_path):
    shown = _shown(tmp_path)
    assert shown["status"] == {("Compliant", "Conforme"), ("Non-Compliant", "Non conforme")}
    assert shown["second_opinion"] == {("NEEDS_REVIEW", "À vérifier")}
    assert shown["second_opinion_country_from"] == {("location", "là où se trouve la parcelle")}
    assert {words for _, words in shown["second_opinion_disagrees"]} == {"oui", "non"}, shown


def _aliases(layer):
    return {name: layer.attributeDisplayName(layer.fields().indexOf(name))
            for name in ("epoch_source_fid", "noncompliance_area_ha", "sandbox", "noncompliance_area")}


def test_what_epoch_sends_beside_the_columns_has_an_alias(qgis_app, tmp_path):
    assert _aliases(_layer(tmp_path)) == {
        "epoch_source_fid": "Source feature", "noncompliance_area_ha": "Non-compliant area (ha)",
        "sandbox": "Sandbox data", "noncompliance_area": "NC area (ha)"}  # two columns, two names


def test_what_epoch_sends_beside_the_columns_has_an_alias_in_french(french, tmp_path):
    aliases = _aliases(_layer(tmp_path))
    assert aliases["sandbox"] == "Données du bac à sable" and aliases["epoch_source_fid"] != "Source feature"
