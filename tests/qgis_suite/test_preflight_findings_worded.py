"""A preflight layer stores its findings as codes and values (``findings``, JSON), never sentences in the language
of the day it was written; its map tip words them when shown, in the user's language, as the dock words them."""

import html
import json
import re

from epoch_eudr.layers.inputs.source import snapshot_layer
from epoch_eudr.layers.operations.preflight import preflight_to_gpkg
from epoch_eudr.layers.styles.renderers import apply_style
from epoch_eudr.layers.words.preflight import finding_sentences
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

from .helpers import memory_layer

SQUARE = "POLYGON((-85.9 13.1, -85.89 13.1, -85.89 13.11, -85.9 13.11, -85.9 13.1))"
BOWTIE = "POLYGON((-85.8 13.1, -85.79 13.11, -85.79 13.1, -85.8 13.11, -85.8 13.1))"
HOLED = ("POLYGON((-85.7 13.1, -85.69 13.1, -85.69 13.11, -85.7 13.11, -85.7 13.1), "
         "(-85.698 13.102, -85.692 13.102, -85.692 13.108, -85.698 13.108, -85.698 13.102))")
ENGLISH_WORDS = ("is missing", "is not a two-letter code", "which makes it invalid", "is ignored")


def checked(tmp_path):
    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=Area:string"
                         "&field=ProducerCountry:string", [
                             (SQUARE, ["Finca A", "<b>12</b>", ""]),
                             (BOWTIE, ["Finca B", "1", "Nicaragua"]),
                             (HOLED, ["Finca C", "1", "NI"])], "messy")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", "coffee", tmp_path / "p.gpkg", "preflight")
    out = QgsVectorLayer(f"{tmp_path / 'p.gpkg'}|layername={outcome.layer.layer_name}", "p", "ogr")
    assert out.isValid()
    apply_style(out, "preflight")
    return out


def words(tip):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", tip.replace("<br>", " | "))).split())


def tips(layer):
    out = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        out[feature["source_fid"]] = (feature, QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context))
    return out


def test_findings_are_stored_as_codes_and_values(qgis_app, tmp_path):
    layer = checked(tmp_path)
    assert layer.fields().indexOf("messages") < 0
    stored = {f["source_fid"]: json.loads(f["findings"]) for f in layer.getFeatures()}
    codes = {fid: [code for code, _ in findings] for fid, findings in stored.items()}
    assert "area_not_number" in codes[1] and "missing_producer_country" in codes[1]
    assert "self_intersection" in codes[2] and "missing_producer_country" in codes[2] and "hole" in codes[3]
    assert ["missing_producer_country", {"given": ""}] in stored[1]  # the raw value, no "is missing"
    assert ["missing_producer_country", {"given": "Nicaragua"}] in stored[2]
    assert ["hole", {"count": 1}] in stored[3] and ["low_precision", {"share": 1.0}] in stored[3]
    assert ["eu_country_risk", {"country": "NI", "risk": "standard", "share": 3}] in stored[3]
    text = json.dumps(stored)
    assert not any(word in text for word in ENGLISH_WORDS), text
    issues = {f["source_fid"]: f["issues"] for f in layer.getFeatures()}  # the dock's Preflight box reads these
    assert issues[3] == ",".join(codes[3])


def test_the_tip_gives_the_dock_sentences_in_english(qgis_app, tmp_path):
    shown = tips(checked(tmp_path))
    for feature, tip in shown.values():
        said = words(tip)
        sentences = finding_sentences(feature["findings"])
        assert sentences and all(" ".join(s.split()) in said for s in sentences), (said, sentences)
    said = words(shown[1][1])
    assert "Feature 1 (Finca A): Area is the text '<b>12</b>'; the EU reads text as 0" in said
    assert "<b>12</b>" not in shown[1][1]  # escaped
    assert "ProducerCountry is missing: give the ISO 3166-1 alpha-2 code." in said
    assert "100% of the coordinates have fewer than 6 decimals" in said
    assert "Nicaragua is standard risk in the EU country benchmarking" in said  # the code named
    said = words(shown[2][1])
    assert "ProducerCountry 'Nicaragua' is not a two-letter code: give the ISO 3166-1 alpha-2 code." in said
    assert "The outline crosses itself (Self-intersection)" in said
    said = words(shown[3][1])
    assert "Holes in the plot: 1; the EU reads only the outer ring" in said
    assert "Area says 1 ha but the plot drawn measures 76.78 ha" in said


def test_the_tip_is_worded_in_french_when_the_style_is_applied(tmp_path, french):
    shown = tips(checked(tmp_path))
    for feature, tip in shown.values():
        said = words(tip)
        sentences = finding_sentences(feature["findings"])  # the dock's French sentences
        assert all(" ".join(s.split()) in said for s in sentences), (said, sentences)
    said = words(shown[1][1])
    assert "ProducerCountry is missing" not in said and "ISO 3166-1" in said, said
    assert "NI is standard risk" not in said and "Nicaragua est classé à risque standard" in said, said
    assert "NI est" not in said


def test_a_feature_and_its_areas_are_said_in_french(tmp_path, french):
    """"Feature 0 (NI): Area says 2.54 ha" was stored as core wrote it; shown in French it is "Entité 0 ... 2,54"."""
    square = "POLYGON((10 0, 10.000617 0, 10.000617 0.000617, 10 0.000617, 10 0))"  # about 0.47 ha
    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=Area:string"
                         "&field=ProducerCountry:string", [(square, ["Finca D", "2.54", "CM"])], "areas")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", "cocoa", tmp_path / "a.gpkg", "preflight")
    out = QgsVectorLayer(f"{tmp_path / 'a.gpkg'}|layername={outcome.layer.layer_name}", "a", "ogr")
    apply_style(out, "preflight")
    ((feature, tip),) = tips(out).values()
    said = words(tip)
    assert "area_differs" in feature["issues"], feature["issues"]
    assert "Feature " not in said and "Entité " in said and "2,54" in said and "0,47" in said, said
    sentences = finding_sentences(feature["findings"])
    assert any("Entité " in s and "2,54" in s for s in sentences), sentences
