"""``data_error`` and ``data_note`` hold findings as codes and values (``not_a_number:noncompliance_area_perc="5%"``),
never English sentences; the map tip and the dock word each finding when shown, in the user's language."""

import html
import re
import sqlite3

import pytest
from epoch_eudr.core.result_rows import derive_row
from epoch_eudr.layers.styles.explanations import finding_sentences, findings_text, findings_tooltip
from epoch_eudr.layers.styles.renderers import apply_style
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

POINT = {"type": "Point", "coordinates": [-85.0, 12.0]}


def producers():
    rows = [{"company_name": "Percent", "locations_confidence": "high", "noncompliance_area_perc": "5%;<b>"},
            {"company_name": "Minus", "locations_confidence": "high", "noncompliance_plot_count": -5,
             "noncompliance_area_perc": 1.7},
            {"company_name": "Huge", "locations_confidence": "high", "noncompliance_plot_count": 1e308},
            {"company_name": "NUL\u0000inside", "locations_confidence": "high", "noncompliance_plot_count": 0,
             "big": 10**30},
            {"company_name": "Clean", "locations_confidence": "high", "noncompliance_plot_count": 0}]
    return [{"type": "Feature", "geometry": POINT, "properties": p} for p in rows]


def words(tip):
    spaced = re.sub(r"<br>|</?tr>|</?table>", " ", tip.replace("</td><td>", ": "))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


def tips(gpkg):
    layer = QgsVectorLayer(f"{gpkg}|layername=assessments", "assessments", "ogr")
    assert layer.isValid()
    apply_style(layer, "assessments")
    out = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        out[feature["company_name"]] = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    return out


@pytest.fixture
def written(qgis_app, tmp_path):
    gpkg = tmp_path / "a.gpkg"
    write_layer(producers(), "assessments", gpkg, "assessments")
    return gpkg


def test_the_rows_store_codes_and_values_not_sentences(written):
    with sqlite3.connect(written) as db:
        stored = {name: (status, error, note) for name, status, error, note in db.execute(
            "SELECT company_name, status, data_error, data_note FROM assessments")}
    assert stored == {
        "Percent": ("Not Assessable", 'not_a_number:noncompliance_area_perc="5%\uff1b<b>"', None),
        "Minus": ("Not Assessable", "out_of_range:noncompliance_area_perc=1.7; "
                                    "out_of_range:noncompliance_plot_count=-5", None),
        "Huge": ("Not Assessable", "too_large:noncompliance_plot_count=1e+308", None),
        "NULinside": ("Compliant", None, "nul_removed:company_name; too_large_as_real:big=" + str(10**30)),
        "Clean": ("Compliant", None, None)}


def test_the_map_tip_words_each_finding_in_english(written):
    shown = tips(written)
    said = {name: words(tip) for name, tip in shown.items()}
    assert 'Data error: noncompliance_area_perc is not a number: "5%;<b>"' in said["Percent"]
    assert "<b>" not in shown["Percent"].split("Data error")[1]  # the server's text stays escaped
    assert ("Data error: noncompliance_area_perc is out of range: 1.7 (a fraction from 0 to 1) "
            "noncompliance_plot_count is out of range: -5 (a whole number of plots, 0 or more)") in said["Minus"]
    assert ("Data error: noncompliance_plot_count is too large to store: 1e+308 (a GeoPackage integer holds at "
            "most 9223372036854775807)") in said["Huge"]
    assert ("Data note: NUL character removed from company_name big too large for an integer, stored as a real: "
            + str(10**30)) in said["NULinside"]
    assert "Data error" not in said["NULinside"] and "Data" not in said["Clean"]


class French(QTranslator):
    """The French words of the findings (as the fr catalogue will hold them)."""

    WORDS = {"Data error": "Erreur de données",
             "{field} is not a number: {value}": "{field} n'est pas un nombre : {value}",
             "{field} is out of range: {value} ({range})": "{field} hors limites : {value} ({range})",
             "a fraction from 0 to 1": "une fraction de 0 à 1",
             "NUL character removed from {field}": "caractère NUL retiré de {field}"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        return self.WORDS.get(source) if context in ("MapTips", "Explanations") else None


@pytest.fixture
def french(qgis_app):
    translator = French()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_map_tip_is_worded_when_the_style_is_applied_in_french(written, french):
    said = {name: words(tip) for name, tip in tips(written).items()}
    assert "Erreur de données: noncompliance_area_perc n'est pas un nombre : \"5%;<b>\"" in said["Percent"]
    assert "noncompliance_area_perc hors limites : 1.7 (une fraction de 0 à 1)" in said["Minus"]
    assert "caractère NUL retiré de company_name" in said["NULinside"]


def test_the_dock_tooltip_words_the_same_findings(qgis_app, french):
    row = derive_row("assessments", {"company_name": "M", "locations_confidence": "high",
                                     "noncompliance_area_perc": 1.7, "noncompliance_plot_count": "x"})
    assert row["status"] == "Not Assessable"
    assert findings_tooltip(row).splitlines() == ["noncompliance_area_perc hors limites : 1.7 (une fraction de 0 à 1)",
                                                  'noncompliance_plot_count n\'est pas un nombre : "x"']


def test_the_dock_tooltip_in_english_and_an_earlier_versions_sentence_as_stored(qgis_app):
    row = derive_row("plots", {"plotid": "P\u00001", "noncompliance_area": -5})
    assert row["status"] == "Data Error" and row["data_error"] == "out_of_range:noncompliance_area=-5"
    assert findings_tooltip(row) == "noncompliance_area is out of range: -5 (an area of 0 ha or more)"
    assert findings_tooltip(row, "data_note") == "NUL character removed from plotid"
    assert finding_sentences("noncompliance_area is not a number: \"x\"") == ['noncompliance_area is not a number: "x"']


def test_a_skip_reason_reads_as_one_line_in_english(qgis_app):
    row = derive_row("assessments", {"company_name": "M", "locations_confidence": "high",
                                     "noncompliance_area_perc": "5%", "noncompliance_area_ha": -1})
    assert row["skip_reason"] == 'not_a_number:noncompliance_area_perc="5%"; out_of_range:noncompliance_area_ha=-1'
    assert findings_text(row["skip_reason"]) == ('noncompliance_area_perc is not a number: "5%"; '
                                                 "noncompliance_area_ha is out of range: -1 (an area of 0 ha or more)")
    assert findings_text("not processed: address too approximate") == "not processed: address too approximate"
    assert finding_sentences("not_utf8:2=65") == ["Bytes that are not UTF-8 replaced by U+FFFD (line 2, byte 65)"]
