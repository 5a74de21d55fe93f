"""The map tips and the facility check's summary in French, with the plugin's real French translation compiled from
the repository and QGIS set to fr_FR: countries by their French names (never the stored English name nor the bare
ISO code), Epoch's words translated, one string per plural form (never "(s)"), and the separators French types (a
no-break space before ":" and ";") coming from the translation."""

import html
import re
import sqlite3

import pytest
from epoch_eudr.layers.operations.check_sample import write_check_sample
from epoch_eudr.layers.operations.facility_checks import check_facility_to_gpkg
from epoch_eudr.layers.styles.renderers import apply_style
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from qgis.core import QgsVectorLayer

from .helpers_fakes import KeySession
from .test_facility_check import BANGKOK
from .test_maptip_expressions import assessment_features, plot_features, tips

NBSP = "\u00a0"


def layer_of(gpkg, name, kind):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    apply_style(layer, kind)
    return layer


def said(tip):
    """The words a tip shows (``label: value`` per row, tags removed, entities read); no-break spaces kept."""
    spaced = re.sub(r"<br>|</?tr>|</?table>", " ", tip.replace("</td><td>", ": "))
    return re.sub(r"[ \t\r\n]+", " ", html.unescape(re.sub(r"<[^>]+>", "", spaced))).strip()


@pytest.fixture
def results(qgis_app, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    write_layer(plot_features(), "plots", gpkg, "plots")
    write_layer(assessment_features(), "assessments", gpkg, "assessments")
    return gpkg


def test_the_assessment_and_check_sample_tips_name_the_country_in_french(results, tmp_path, french):
    shown = {f["collection_id"]: said(t) for f, t in tips(layer_of(results, "assessments", "assessments"))}
    assert "Pays: Brésil" in shown["c1"] and "Brazil" not in shown["c1"], shown["c1"]
    assert "Pays: Allemagne" in shown["c2"] and "Germany" not in shown["c2"], shown["c2"]
    source = QgsVectorLayer(f"{results}|layername=assessments", "assessments", "ogr")
    write_check_sample(source, tmp_path / "sample.gpkg", "check_sample", seed=3, random_share=0.5)
    from epoch_eudr.layers.words.shown_values import country_label

    named = {f["country"]: said(t) for f, t in tips(layer_of(tmp_path / "sample.gpkg", "check_sample", "assessments"))}
    assert "Brazil" in named and "Pays: Brésil" in named["Brazil"], named  # a name that differs in French
    for english, text in named.items():
        assert f"Pays: {country_label(english)}" in text, text


def test_the_second_opinion_parts_name_the_country_and_use_the_french_separator(results, french):
    shown = {f["plotid"]: said(t) for f, t in tips(layer_of(results, "plots", "plots"))}
    parts = shown["P-alert"]
    assert "(Brésil, standard)" in parts and "(BR," not in parts, parts
    assert f"{NBSP}; Perte de forêt" in parts and f"{NBSP}; Surface d'alerte" in parts, parts
    assert not re.search(r"\S; ", parts), parts  # every semicolon after a no-break space
    assert "(France, faible)" in shown["<script>alert(1)</script> & Co"]
    assert "(Nicaragua, standard, localisation de la parcelle)" in shown["P-odd"]  # where the plot lies


def test_the_dock_tooltip_of_the_second_opinion_is_french_too(qgis_app, french):
    from epoch_eudr.core.result_rows import derive_row
    from epoch_eudr.ui.table_model import RowsModel
    from qgis.PyQt.QtCore import Qt

    row = derive_row("plots", plot_features()[0]["properties"])
    model = RowsModel([("plotid", "Plot"), ("second_opinion", "2nd opinion")])
    model.set_rows([{"fid": 1, **{k: row.get(k) for k in model.keys()}}])
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip[1].startswith("Pays 0,0 (Brésil, standard)") and f"{NBSP}; Perte de forêt +10,0" in tip[1], tip
    assert "; " not in tip[1].replace(f"{NBSP}; ", ""), tip


def test_the_plot_tip_words_epochs_alert_in_french(results, french):
    shown = {f["plotid"]: said(t) for f, t in tips(layer_of(results, "plots", "plots"))}
    assert "Alerte: critique" in shown["P-alert"], shown["P-alert"]
    assert "Alerte: pas de déforestation" in shown["<script>alert(1)</script> & Co"]
    assert "critical" not in shown["P-alert"]


def _sample_rows(tmp_path):
    """A check sample of two producers as the sample writes it: one alone in its class, one among nine."""
    base = {"company_name": "Coop", "country": "CI", "status": "High Risk", "status_key": "high-risk",
            "sample_reason": "risk_order", "sample_status_key": "high-risk", "sample_nc_percent": 0.0,
            "eu_country_risk": "standard", "sample_share": 3, "sample_required": 1, "sample_seed": 3}
    rows = [dict(base, company_name="Alone", sample_order=1, sample_position=1, sample_population=1,
                 sample_nc_plots=0),
            dict(base, company_name="Among nine", sample_order=2, sample_position=1, sample_population=9,
                 sample_nc_plots=4)]
    gpkg = tmp_path / "sample.gpkg"
    write_layer([{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-5.0, 7.0]}, "properties": r}
                 for r in rows], "assessments", gpkg, "check_sample", derive=False)
    return layer_of(gpkg, "check_sample", "assessments")


def test_the_check_sample_tip_says_each_count_in_its_plural_form(tmp_path, french):
    shown = {f["company_name"]: said(t) for f, t in tips(_sample_rows(tmp_path))}
    alone, many = shown["Alone"], shown["Among nine"]
    assert "(s)" not in alone + many, (alone, many)
    assert alone.endswith("parmi 1 producteur") and "0 parcelle NC au total" in alone, alone  # French: 0 is singular
    assert many.endswith("parmi 9 producteurs") and "4 parcelles NC au total" in many, many
    assert f"au total{NBSP}; rang 1 sur 1" in many, many
    assert "Pays: Côte d’Ivoire" in many, many  # a code named


def test_the_check_sample_title_has_one_no_break_space_before_its_colon(tmp_path, french):
    for _, tip in tips(_sample_rows(tmp_path)):
        text = said(tip)
        title = re.search(r"Échantillon de contrôle n°\s?\d+(\s*):", text)
        assert title is not None and title.group(1) == NBSP, text


def test_the_checked_facility_tip_and_summary_are_french(tmp_path, french, fake_epoch):
    from epoch_eudr.layers.words.language import commodity_label, status_label

    options = {"include_legality_check": True, "commodity_type": "rubber"}
    client = KeySession(fake_epoch).client()
    done = check_facility_to_gpkg(client, BANGKOK[0], BANGKOK[1], options, tmp_path / "checks.gpkg", "checked")
    medium, rubber = status_label("medium"), commodity_label("rubber")
    assert medium != "medium" and rubber != "rubber"  # the French words
    summary = done.summary()
    assert summary == (f"Site vérifié à 100,50180; 13,75630{NBSP}: {medium} (0,65){NBSP}; 2 sources de légalité"
                       f"{NBSP}; 1 vérification conservée"), summary
    ((_, tip),) = tips(layer_of(tmp_path / "checks.gpkg", "checked", "checked_facilities"))
    text = said(tip)
    # headed by its name, as the card is
    assert text.startswith(f"Mill <script> {rubber}") and f"Confiance{NBSP}: {medium} (" in text, text
    assert "rubber" not in text and f"{NBSP}: {medium}" in text.split("Risque de légalité")[1], text
    with sqlite3.connect(tmp_path / "checks.gpkg") as db:
        assert db.execute("SELECT confidence_level, commodity_type FROM checked").fetchone() == ("medium", "rubber")


def test_a_preflight_feature_without_problems_says_so_in_french(qgis_app, tmp_path, french):
    from epoch_eudr.layers.inputs.source import snapshot_layer
    from epoch_eudr.layers.operations.preflight import preflight_to_gpkg

    from .helpers import memory_layer

    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=Area:double"
                         "&field=ProducerCountry:string", [
                             ("POLYGON((-85.912345 13.112345, -85.892345 13.112345, -85.892345 13.122345, "
                              "-85.912345 13.122345, -85.912345 13.112345))", ["Finca A", 239.92, "NI"])], "clean")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", None, tmp_path / "p.gpkg", "preflight")
    ((feature, tip),) = tips(layer_of(tmp_path / "p.gpkg", outcome.layer.layer_name, "preflight"))
    assert feature["severity"] == "ok", feature["findings"]
    text = said(tip)
    assert text.startswith("aucun problème relevé") and "Nicaragua est classé" in text, text


def test_a_skip_reason_on_one_line_uses_the_french_separator(qgis_app, french):
    """Processing's log and the field report say why a producer was skipped on one line (``findings_text``)."""
    from epoch_eudr.core.result_rows import derive_row
    from epoch_eudr.layers.styles.explanations import findings_text

    row = derive_row("assessments", {"company_name": "M", "locations_confidence": "high",
                                     "noncompliance_area_perc": "5%", "noncompliance_area_ha": -1})
    text = findings_text(row["skip_reason"])
    assert text.count(f"{NBSP}; ") == 1 and not re.search(r"\S; ", text), text
    assert text.startswith("noncompliance_area_perc n'est pas un nombre"), text


def test_a_preflight_country_mismatch_names_where_the_plot_lies_in_french(qgis_app, tmp_path, french):
    from epoch_eudr.layers.inputs.source import snapshot_layer
    from epoch_eudr.layers.operations.preflight import preflight_to_gpkg
    from epoch_eudr.layers.words.preflight import finding_sentences

    from .helpers import memory_layer

    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=ProducerCountry:string", [
        ("POLYGON((10.0 51.0, 10.01 51.0, 10.01 51.01, 10.0 51.01, 10.0 51.0))", ["Hof A", "NI"])], "misplaced")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", None, tmp_path / "p.gpkg", "preflight")
    ((feature, tip),) = tips(layer_of(tmp_path / "p.gpkg", outcome.layer.layer_name, "preflight"))
    assert "producer_country_mismatch" in feature["findings"] and "Germany (DE)" in feature["findings"]  # stored
    text = said(tip)
    assert "Allemagne (DE)" in text and "Germany" not in text, text
    assert any("Allemagne (DE)" in sentence for sentence in finding_sentences(feature["findings"]))  # the dock
