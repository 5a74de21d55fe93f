"""Result layers hold data only: no stored HTML, no English sentences. Their map tips are QGIS expressions in the
style, evaluated on the feature when shown (``QgsExpression.replaceExpressionText``, as QGIS's map tip does), in the
user's language; a server's text stays HTML-escaped."""

import html
import re
import sqlite3

import pytest
from epoch_eudr.core.check_sample import draw_check_sample
from epoch_eudr.core.second_opinion import REASONS
from epoch_eudr.layers.operations.check_sample import read_rows, write_check_sample
from epoch_eudr.layers.styles.renderers import apply_style
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer, store_style
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

SQUARE = {"type": "Polygon", "coordinates": [[[-85.0, 12.0], [-85.0, 12.01], [-84.99, 12.01], [-85.0, 12.0]]]}
SCRIPT = "<script>alert(1)</script> & Co"


def plot_features():
    alert = {"plotid": "P-alert", "area": 2.0, "noncompliance_area": 0.3, "noncompliance_area_perc": 0.15,
             "deforestation_alert": "critical", "deforestation_end": "2023-05-01", "country_code": "BR"}
    clean = {"plotid": SCRIPT, "area": 2.5, "noncompliance_area": 0.0, "noncompliance_area_perc": 0.0,
             "deforestation_alert": "no deforestation", "country_code": "FR"}
    unknown = {"plotid": "P-odd", "area": 1.0, "noncompliance_area_perc": 0.0, "deforestation_alert": "<i>maybe</i>"}
    return [{"type": "Feature", "geometry": SQUARE, "properties": p} for p in (alert, clean, unknown)]


def assessment_features():
    rows = [
        {"company_name": SCRIPT, "country": "Brazil", "commodity": "coffee", "locations_confidence": "high",
         "noncompliance_plot_count": 3, "noncompliance_area_perc": 0.125, "legality_risk": "High",
         "collection_id": "c1"},
        {"company_name": "Clean Coop", "country": "Germany", "commodity": "cocoa", "locations_confidence": "high",
         "noncompliance_plot_count": 0, "noncompliance_area_perc": 0.0, "collection_id": "c2"},
        {"company_name": "Ghana Farms", "country": "Ghana", "commodity": "cocoa", "locations_confidence": "high",
         "noncompliance_plot_count": 1, "noncompliance_area_perc": 0.02, "collection_id": "c3"},
        {"company_name": "Ghana Farms", "country": "Ghana", "commodity": "cocoa", "locations_confidence": "low",
         "noncompliance_plot_count": 2, "noncompliance_area_perc": 0.0, "collection_id": "c4"},
    ]
    return [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.0 - i, 6.0]}, "properties": p}
            for i, p in enumerate(rows)]


def facility_features():
    props = {"facility_id": "<b>F1</b>", "country": "Indonesia", "commodity_presence": 1, "poi_presence": 0,
             "building_presence": 1, "road_access": 1, "high_density": 1, "deforestation_area_ha": 150.0}
    rural = dict(props, facility_id="F2", poi_presence=1, high_density=0, deforestation_area_ha=0.0)
    remote = dict(rural, facility_id="F3", commodity_presence=0.5, road_access=0)
    return [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [110.0, -1.0]}, "properties": p}
            for p in (props, rural, remote)]


def tips(layer):
    """feature -> its map tip as QGIS shows it (the template evaluated on the feature)."""
    out = []
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        out.append((feature, QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)))
    return out


def words(tip):
    """The words a map tip shows (``label: value`` per table row, tags removed, entities read), spaces collapsed."""
    spaced = re.sub(r"<br>|</?tr>|</?table>", " ", tip.replace("</td><td>", ": "))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


@pytest.fixture
def results(qgis_app, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    write_layer(plot_features(), "plots", gpkg, "plots")
    write_layer(assessment_features(), "assessments", gpkg, "assessments")
    write_layer(facility_features(), "facilities", gpkg, "facilities")
    return gpkg


def layer_of(gpkg, name, kind):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    apply_style(layer, kind)
    return layer


def test_no_layer_stores_html_or_sentences(results):
    with sqlite3.connect(results) as db:
        for table in ("plots", "assessments", "facilities"):
            columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
            assert "maptip_html" not in columns and "second_opinion_parts" not in columns, table
        reasons = [r for (r,) in db.execute("SELECT second_opinion_reasons FROM plots")]
    assert len(reasons) == 3
    for value in reasons:
        assert value and set(value.split(",")) <= set(REASONS), value  # codes, never a sentence


def test_plot_tip_shows_status_numbers_and_the_second_opinion_explained(results):
    layer = layer_of(results, "plots", "plots")
    assert "maptip_html" not in layer.mapTipTemplate()
    shown = {f["plotid"]: (tip, words(tip)) for f, tip in tips(layer)}
    tip, said = shown["P-alert"]
    assert "Compliant" in said and "Area (ha): 2.00" in said and "Deforested (ha): 0.3000" in said
    assert "Alert: critical" in said
    assert "Second opinion: Non-Compliant (score 55.0)" in said
    assert ("Its parts: Country 0.0 (Brazil, standard); Forest loss +10.0 (15.00 %); Post-cutoff alert +25.0 "
            "(2023-05-01); Alert area +15.0; Data uncertainty +5.0") in said
    assert "Forest loss 15.00 % is over the 2 % limit" in said
    assert "Deforestation alert dated 2023-05-01, after 2020-12-31" in said
    tip, said = shown[SCRIPT]
    assert "<script>" not in tip and "&lt;script&gt;" in tip and SCRIPT in said
    assert "Second opinion: Compliant (score 0.0)" in said and "Country -20.0 (France, low)" in said
    assert "Forest loss at most 1 %, score at most 60, no alert after 2020-12-31" in said
    tip, said = shown["P-odd"]
    assert "<i>" not in tip and "Needs Review" in said
    assert "Country 0.0 (Nicaragua, standard, plot location)" in said  # no country field: where the plot lies
    assert "Post-cutoff alert not computed: deforestation_alert '<i>maybe</i>' not understood" in said
    assert "Post-cutoff alert not computed; Alert area not computed" in said


def test_assessment_tip_escapes_the_producer_and_keeps_its_facts(results):
    layer = layer_of(results, "assessments", "assessments")
    shown = {f["collection_id"]: (tip, words(tip)) for f, tip in tips(layer)}
    tip, said = shown["c1"]
    assert "<script>" not in tip and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in tip
    assert said.startswith(SCRIPT + " High Risk")
    for fact in ("Commodity: Coffee", "Country: Brazil", "NC plots: 3", "NC %: 12.50", "Article 10: High",
                 "EU country risk: standard (3 % checked)"):
        assert fact in said, (fact, said)
    assert "Data error" not in said and "EU country risk: low (1 % checked)" in shown["c2"][1]


def test_facility_tip_shows_each_value_and_its_penalty(results):
    layer = layer_of(results, "facilities", "facilities")
    shown = {f["facility_id"]: (tip, words(tip)) for f, tip in tips(layer)}
    tip, said = shown["<b>F1</b>"]
    assert "<b>F1</b>" not in tip.replace("<b>&lt;b&gt;", "")
    assert said.startswith("<b>F1</b> Score 0.55")  # 1 - 0.20 (no POI) - 0.10 (dense) - 0.15 (100 ha or more)
    # each row names the attribute and gives its value, then the penalty it cost: never "No road access 1.00 (0)"
    for row in ("Commodity presence: 1.00 (penalty 0)", "POI nearby: No (penalty -0.20)",
                "Building presence: Yes (penalty 0)", "Road access: Yes (penalty 0)",
                "High building density (urban): Yes (penalty -0.10)",
                "Deforestation nearby (ha): 150.00 (penalty -0.15)"):
        assert row in said, (row, said)
    assert not any(word in said for word in ("No road access", "No POI nearby", "No commodity presence"))
    assert "color:#dc2626'>Yes" in tip
    tip, said = shown["F2"]
    assert "color:#16a34a'>No" in tip and "Score 1.00" in said and "EU country risk: standard (3 % checked)" in said
    said = shown["F3"][1]  # partial commodity presence (its two penalties in one row) and no road
    assert said.startswith("F3 Score 0.60") and "Commodity presence: 0.50 (penalty -0.25)" in said, said
    assert "Road access: No (penalty -0.15)" in said and "Deforestation nearby (ha): 0.00 (penalty 0)" in said


def test_the_style_stored_in_the_file_carries_the_expression_tip(results):
    store_style(results, "plots", "plots")
    reopened = QgsVectorLayer(f"{results}|layername=plots", "again", "ogr")  # the file's default style
    assert "second_opinion_reasons" in reopened.mapTipTemplate()
    opened = open_result_layer(results, "plots", "plots")
    assert opened.mapTipTemplate() == reopened.mapTipTemplate()


def test_a_layer_of_an_earlier_version_still_shows_a_tip(qgis_app, tmp_path):
    from osgeo import ogr

    gpkg = tmp_path / "old.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    for name, fields in (("plots", ("plotid", "status", "status_key", "second_opinion", "second_opinion_parts",
                                    "second_opinion_reasons", "maptip_html")),
                         ("assessments", ("company_name", "status", "status_key", "maptip_html"))):
        layer = dataset.CreateLayer(name, None, ogr.wkbPoint)
        for field in fields:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        for field in fields:
            feature.SetField(field, {"maptip_html": "<b>stored tip</b>", "status_key": "compliant",
                                     "second_opinion": "COMPLIANT"}.get(field, "Compliant"))
        layer.CreateFeature(feature)
    dataset = layer = feature = None
    plots = layer_of(gpkg, "plots", "plots")
    assert plots.mapTipTemplate() == '[% "maptip_html" %]'  # its sentences cannot be worded anew
    assert tips(plots)[0][1] == "<b>stored tip</b>"
    assessments = layer_of(gpkg, "assessments", "assessments")  # every field the new tip reads is there
    assert "maptip_html" not in assessments.mapTipTemplate()
    assert words(tips(assessments)[0][1]).startswith("Compliant Compliant")


class Marked(QTranslator):
    """A translator that marks every text of the map tips and explanations: proves each word goes through tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        return f"«{source}»" if context in ("MapTips", "Explanations") else None


def test_every_word_of_the_tips_is_translated_when_the_style_is_applied(results):
    marked = Marked()
    QCoreApplication.installTranslator(marked)
    try:
        plots = layer_of(results, "plots", "plots")
        facilities = layer_of(results, "facilities", "facilities")
    finally:
        QCoreApplication.removeTranslator(marked)
    said = words(dict((f["plotid"], t) for f, t in tips(plots))["P-alert"])
    for label in ("Area (ha)", "Deforested (ha)", "Second opinion", "Its parts", "Why", "Country", "Forest loss",
                  "Post-cutoff alert", "Alert area", "Data uncertainty"):
        assert f"«{label}" in said, label
    assert "«Forest loss {loss} % is over the {loss_limit} % limit»" not in said  # placeholders filled
    assert "«Forest loss 15.00 % is over the 2 % limit»" in said
    said = words(tips(facilities)[0][1])
    assert "«Score»" in said and "«POI nearby»" in said and "«Road access»" in said and "«Yes»" in said
    assert "(penalty 0)»" in said


def test_the_tip_is_in_french_with_the_french_translator(results, french_translation):
    plots = layer_of(results, "plots", "plots")
    assessments = layer_of(results, "assessments", "assessments")
    said = words(dict((f["plotid"], t) for f, t in tips(plots))["P-alert"])
    english = ("Non-Compliant", "Needs Review")
    assert "Conforme" in said and not any(word in said for word in english), said  # Epoch's and the 2nd verdicts
    said = words(dict((f["collection_id"], t) for f, t in tips(assessments))["c1"])
    assert "High Risk" not in said and "Café" in said, said


def test_the_check_sample_tip_gives_the_reason_the_sample_gave(results, tmp_path):
    source = QgsVectorLayer(f"{results}|layername=assessments", "assessments", "ogr")
    out = tmp_path / "sample.gpkg"
    drawn = write_check_sample(source, out, "check_sample", seed=3, random_share=0.5)
    with sqlite3.connect(out) as db:
        columns = [row[1] for row in db.execute('PRAGMA table_info("check_sample")')]
        codes = {r for (r,) in db.execute("SELECT sample_reason FROM check_sample")}
    assert "maptip_html" not in columns and codes <= {"risk_order", "random_pick"}
    # the sentence the tip words from the facts the core rules give with the code (the same rows drawn again)
    rows, _, points = read_rows(source)
    expected = {row["epoch_source_fid"]: reason_in_english(row)
                for row in draw_check_sample(rows, 3, points=points, random_share=0.5).rows}
    layer = layer_of(out, "check_sample", "assessments")
    assert layer.featureCount() == drawn.written.count == len(expected) > 0
    for feature, tip in tips(layer):
        said = words(tip)
        order = feature["sample_order"]
        assert f"Check sample #{order}: {expected[feature['epoch_source_fid']]}" in said, (said, expected)


def reason_in_english(row):
    """A check sample's reason as the English tip words it, from the row's code and facts."""
    statuses = {"high-risk": "High Risk", "medium-risk": "Medium Risk", "unknown": "Not Assessable",
                "compliant": "Compliant"}
    risk = row["eu_country_risk"]
    head = (f"{risk}-risk country ({row['sample_share']} %)" if risk != "unknown"
            else f"unknown country, checked as standard ({row['sample_share']} %)")
    why = f"random pick (seed {row['sample_seed']}); " if row["sample_reason"] == "random_pick" else ""
    plots = row["sample_nc_plots"]
    why += (f"the producer, all its assessments: {statuses[row['sample_status_key']]} at worst, {plots} NC plot"
            + ("" if plots == 1 else "s") + " in all")
    if row["sample_nc_percent"]:
        why += f", up to {row['sample_nc_percent']:.1f} % of an assessment's area non-compliant"
    population = row["sample_population"]
    return (f"{head}: {why}; {row['sample_position']} of {row['sample_required']} to check among "
            f"{population} producer" + ("" if population == 1 else "s"))


def test_preflight_tip_is_worded_from_the_stored_findings_escaped(qgis_app, tmp_path):
    from epoch_eudr.layers.inputs.source import snapshot_layer
    from epoch_eudr.layers.operations.preflight import preflight_to_gpkg

    from .helpers import memory_layer

    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=Area:string", [
        ("POLYGON((-85.9 13.1, -85.89 13.1, -85.89 13.11, -85.9 13.11, -85.9 13.1))", ["Finca A", "<b>12</b>"])],
        "messy")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", None, tmp_path / "p.gpkg", "preflight")
    with sqlite3.connect(tmp_path / "p.gpkg") as db:
        columns = [row[1] for row in db.execute('PRAGMA table_info("preflight")')]
    assert "maptip_html" not in columns
    out = layer_of(tmp_path / "p.gpkg", outcome.layer.layer_name, "preflight")
    ((feature, tip),) = tips(out)
    assert "<b>12</b>" not in tip and "&lt;b&gt;12&lt;/b&gt;" in tip
    said = words(tip)
    from epoch_eudr.layers.words.preflight import finding_sentences

    assert said.startswith("error ") and finding_sentences(feature["findings"])[0] in said


def test_the_dock_table_explains_the_second_opinion_in_a_tooltip(qgis_app):
    from epoch_eudr.core.result_rows import derive_row
    from epoch_eudr.ui.table_model import RowsModel
    from qgis.PyQt.QtCore import Qt

    row = derive_row("plots", plot_features()[0]["properties"])
    model = RowsModel([("plotid", "Plot"), ("second_opinion", "2nd opinion")])
    assert {"second_opinion_reasons", "second_opinion_loss_percent", "second_opinion_alert"} <= set(model.keys())
    model.set_rows([{"fid": 1, **{k: row.get(k) for k in model.keys()}}])
    index = model.index(0, 1)
    assert model.data(index) == "Non-Compliant"  # the cell: the verdict in the user's words
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip == ["Non-Compliant (score 55.0)",
                   "Country 0.0 (Brazil, standard); Forest loss +10.0 (15.00 %); Post-cutoff alert +25.0 (2023-05-01); "
                   "Alert area +15.0; Data uncertainty +5.0",
                   "Forest loss 15.00 % is over the 2 % limit",
                   "Deforestation alert dated 2023-05-01, after 2020-12-31"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "P-alert"  # other cells: their text


def test_a_plot_tip_is_titled_by_the_users_plot_id_and_producer(qgis_app, tmp_path):
    """The title names the plot as the user does (the file's own id field and its producer, whatever they are
    called), Epoch's ``plotid`` when the user's id is empty, a dash when there is no id at all."""
    gpkg = tmp_path / "own.gpkg"
    rows = [{"plotid": "0x29-00001", "parcela": "N_AR_101_01", "Agricultor": SCRIPT, "area": 2.0},
            {"plotid": "0x29-00002", "parcela": "", "Agricultor": "Finca B", "area": 1.0},
            {"plotid": "0x29-00003", "parcela": "N_AR_103_01", "Agricultor": None, "area": 1.0}]
    write_layer([{"type": "Feature", "geometry": SQUARE, "properties": p} for p in rows], "plots", gpkg, "plots")
    layer = layer_of(gpkg, "plots", "plots")
    assert '"parcela"' in layer.mapTipTemplate() and '"Agricultor"' in layer.mapTipTemplate()  # its own fields
    shown = {f["plotid"]: (tip, words(tip)) for f, tip in tips(layer)}
    tip, said = shown["0x29-00001"]
    assert said.startswith(f"N_AR_101_01 – {SCRIPT} ") and "<script>" not in tip
    assert shown["0x29-00002"][1].startswith("0x29-00002 – Finca B ")  # no id of the user's: Epoch's
    assert shown["0x29-00003"][1].startswith("N_AR_103_01 Compliant")  # no producer: the id alone

    write_layer([{"type": "Feature", "geometry": SQUARE, "properties": {"area": 1.0}}], "plots", gpkg, "bare")
    ((_, tip),) = tips(layer_of(gpkg, "bare", "plots"))
    assert words(tip).startswith("– ")  # nothing names the plot: a dash


def test_the_check_sample_tip_types_the_colon_as_french_does(results, tmp_path, french_translation):
    """French puts a no-break space before a colon: the tip's separators come from the translation, not code."""
    source = QgsVectorLayer(f"{results}|layername=assessments", "assessments", "ogr")
    out = tmp_path / "sample.gpkg"
    write_check_sample(source, out, "check_sample", seed=3, random_share=0.5)
    tip = next(iter(tips(layer_of(out, "check_sample", "assessments"))))[1]
    reason = tip[tip.index("#"):]
    assert "\u00a0: " in reason and not re.search(r"\S: ", html.unescape(re.sub(r"<[^>]+>", "", reason))), reason
