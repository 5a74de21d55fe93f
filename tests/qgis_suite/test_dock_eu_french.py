"""The EU Information System tab as a French user reads it (QGIS in fr_FR, the shipped French translation) against
the fake service: a refused login and a failed check in whole sentences (the environment's shown label, the service's
English words quoted, French typography), the activity's label in a refusal, areas with a decimal comma and the
feature named in French in the preview, counts in their plural form (French 0 and 1 singular, no "(s)") and the
locale's digit grouping in the confirmation and the statement's detail."""

import json
import re

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtTest import QTest

from .dock_driver import click, wait_until
from .test_dock_eu_is import fill, idle, logged_in, row_of, sample_layer, submitted

NBSP = "\u00a0"


@pytest.fixture
def tab(french, eu_tab, dock):
    dock.statement_watcher.stop()
    return eu_tab


def whole_sentences(text):
    """No "{action}: {Sentence}" join: a colon is French (a no-break space before it) and never followed by a
    capital that starts a new sentence."""
    assert not re.search(r"[^\W\d]: ", text), text
    assert not re.search(rf"{NBSP}: [A-ZÉ]", text), text


def test_a_refused_login_and_a_refused_check_say_the_environment_and_quote_the_service(tab, eu_fake, fixed_sample):
    box = logged_in(tab, eu_fake)
    eu_fake.faults.refuse_credentials = 1
    click(box.test_button)
    idle(tab)
    said = box.status.text()
    assert said.startswith(f"Test de la connexion au système d'information de l'UE{NBSP}: échec. "), said
    assert "Acceptation (système de test)" in said and "acceptance" not in said, said
    assert f"«{NBSP}UnauthenticatedException: The security token could not be authenticated" in said, said
    whole_sentences(said.split("«")[0] + said.split("»")[-1])

    layer = sample_layer(fixed_sample)
    submitted(tab, eu_fake, layer, "PO-FR-CHECK")
    tab.statements.table.selectRow(row_of(tab, "PO-FR-CHECK"))
    QTest.qWait(700)
    eu_fake.faults.refuse_credentials = 1
    click(tab.statements.check_button)
    idle(tab)
    said = tab.statements.status.text()
    assert said.startswith(f"Vérification des déclarations{NBSP}: échec. "), said
    assert "Acceptation (système de test)" in said and "«" in said, said


def plots_file(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_the_preview_names_the_activity_and_the_feature_in_french_with_decimal_commas(tab, eu_fake, tmp_path):
    ring = [[-5.000001, 6.000001], [-4.999381, 6.000001], [-4.999381, 6.000621], [-5.000001, 6.000621],
            [-5.000001, 6.000001]]  # about 0.47 ha, every coordinate with the 6 decimals the EU asks for
    plot = {"type": "Feature", "properties": {"Productor": "Kouassi", "ProducerCountry": "CI", "Area": 2.54},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}
    unnamed = {"type": "Feature", "properties": {"Productor": "", "ProducerCountry": "CI", "Area": 1.0},
               "geometry": {"type": "Point", "coordinates": [-5.100001, 6.100001]}}
    logged_in(tab, eu_fake)

    fill(tab, plots_file(tmp_path / "one.geojson", [plot]), eori="")
    click(tab.new_statement.preview_button)
    idle(tab)
    said = tab.new_statement.status.text()
    assert "L'activité Importation requiert le numéro EORI" in said and "IMPORT" not in said, said
    assert "1 producteur, 1 lieu," in said and "(s)" not in said and "(x)" not in said, said
    assert re.search(r"Area indique 2,54 ha, mais la parcelle dessinée mesure 0,4\d ha", said), said
    assert f"1 avertissement{NBSP}: " in said, said

    fill(tab, plots_file(tmp_path / "two.geojson", [plot, unnamed]))
    click(tab.new_statement.preview_button)
    idle(tab)
    said = tab.new_statement.status.text()
    assert f"Refusée avant l'envoi{NBSP}: Entité 1{NBSP}: aucun nom de producteur" in said, said
    assert "Feature " not in said and not re.search(r"\d\.\d", said), said


def test_the_confirmation_and_the_detail_say_each_count_in_its_plural_form(tab, eu_fake, fixed_sample):
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    asked = submitted(tab, eu_fake, layer, "PO-FR-PLURAL")
    assert len(asked) == 1 and "(s)" not in asked[0], asked
    assert asked[0].startswith("Soumettre 1 déclaration de diligence raisonnée ("), asked
    assert re.search(r"\(\d+ producteurs\)", asked[0]) and asked[0].endswith(f"){NBSP}?"), asked
    tab.statements.table.selectRow(row_of(tab, "PO-FR-PLURAL"))
    detail = tab.statements.detail.text()
    sent = next(line for line in detail.splitlines() if line.startswith("Envoy"))
    assert sent.startswith(f"Envoyée{NBSP}: ") and "(s)" not in sent and "(x)" not in sent, sent
    assert re.search(r"\d+ producteurs, \d+ lieux, SH 0901, masse nette ", sent), sent
    assert re.search(rf"masse nette 12[{NBSP}\u202f]000,5{NBSP}kg$", sent), sent  # the form's 12000.5


def test_the_limits_a_statement_is_refused_over_are_written_with_the_locales_digits(french):
    from epoch_eudr.core.eu_is.checks import problem
    from epoch_eudr.layers.words.eu_messages import problem_text

    said = problem_text(problem("eu_is_check_producers_per_statement", count=1500, limit=1000, parts=2))
    assert re.search(r"\b1[\u202f\u00a0]500\b.*\b1[\u202f\u00a0]000\b", said), said
    said = problem_text(problem("eu_is_check_geolocation_size", size_mb=31.4, limit_mb=18.75, parts=2))
    assert said.startswith("31,4") and "18,75" in said and "." not in said.split("(")[0], said
    english = problem("eu_is_check_geolocation_size", size_mb=31.4, limit_mb=18.75, parts=2).message
    assert english.startswith("31.4 MB of geolocation, but one statement carries at most 18.75 MB"), english


def test_the_register_headers_are_whole_in_the_docks_width(tab, dock):
    """The verify register's table in French at the dock's width: every header whole (« Fournisseur » was cut),
    the supplier's name elided with the whole row (the check's time included) in its tooltip, and nothing scrolled
    sideways."""
    dock.window().show()
    dock.tabs.setCurrentWidget(dock.eu_is)
    box = tab.register
    box._show([{"reference_number": "26FRQFV4M6OZ4N", "supplier": "Cooperativa Agroindustrial Norandino Ltda",
                "result": "EXISTING_USABLE", "checked_at": "2026-12-07T05:38:00Z", "status": "AVAILABLE"},
               {"reference_number": "26FRZZZZZZZZZZ", "supplier": "Unknown Ltd", "result": "NON_EXISTENT",
                "checked_at": "2026-12-07T05:38:01Z"}])
    table = box.table
    wait_until(table.isVisible)
    QTest.qWait(50)
    assert dock.width() <= 470
    header = table.horizontalHeader()
    bold = header.fontMetrics()
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        assert table.columnWidth(column) >= bold.horizontalAdvance(title) + 6, title
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    tip = table.item(0, 1).toolTip()
    assert "Cooperativa Agroindustrial Norandino Ltda" in tip and "2026-12-07" in tip, tip
