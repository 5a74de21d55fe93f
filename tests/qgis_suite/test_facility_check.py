"""Check a facility here: the dock's map tool, typed points, the stored row, the card and the Article 10 sources."""


from epoch_eudr.core.confidence import PENALTY_KEYS
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

from .dock_driver import click, log_in, wait_until
from .facility_rule import assert_scored_by_the_page, page_penalties
from .helpers_fakes import HOSTILE, FacilityAnswers, KeySession

BANGKOK = (100.5018, 13.7563)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")


def _mercator_canvas(dock, lon, lat, half_width_m=2000.0):
    canvas = dock.iface.mapCanvas()
    canvas.resize(600, 400)
    canvas.show()
    canvas.setDestinationCrs(MERCATOR)
    centre = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance()).transform(QgsPointXY(lon, lat))
    canvas.setExtent(QgsRectangle(centre.x() - half_width_m, centre.y() - half_width_m,
                                  centre.x() + half_width_m, centre.y() + half_width_m))
    canvas.refresh()
    QTest.qWait(50)
    return canvas


def _click_map(canvas, lon, lat):
    """A real mouse click on the canvas where (lon, lat) is drawn; returns the map point the click means."""
    centre = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(),
                                    QgsProject.instance()).transform(QgsPointXY(lon, lat))
    pixel = canvas.getCoordinateTransform().transform(centre)
    position = QPoint(int(round(pixel.x())), int(round(pixel.y())))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
    meant = canvas.getCoordinateTransform().toMapCoordinates(position)
    return QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), WGS84, QgsProject.instance()).transform(meant)


def _checks_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and "layername=checked_facilities" in layer.source()
            and not layer.source().endswith("_sources")]


def _rows(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_geom": f.geometry().asPoint()}
            for f in layer.getFeatures()]


def test_map_click_in_3857_keeps_one_row_per_check_and_the_card_shows_the_row(dock, sandbox_server):
    log_in(dock)
    screening = dock.screening
    screening.commodity.setCurrentIndex(screening.commodity.findData("rubber"))
    card = screening.facility_card
    canvas = _mercator_canvas(dock, *BANGKOK)
    click(card.pick_button)
    assert canvas.mapTool() is card.tool
    before = sandbox_server.hits.get("/validate_facility", 0)
    meant = _click_map(canvas, *BANGKOK)
    wait_until(lambda: card.row and not card.headline.isHidden())
    layers = _checks_layers()
    assert len(layers) == 1 and layers[0].name() == "Checked facilities"
    rows = _rows(layers[0])
    assert len(rows) == 1
    row = rows[0]
    # the click, moved from EPSG:3857 to WGS 84: the row's point and its longitude/latitude fields
    assert abs(row["_geom"].x() - meant.x()) < 1e-6 and abs(row["_geom"].y() - meant.y()) < 1e-6
    assert abs(row["longitude"] - BANGKOK[0]) < 1e-3 and abs(row["latitude"] - BANGKOK[1]) < 1e-3
    assert row["commodity_type"] == "rubber" and sandbox_server.hits["/validate_facility"] == before + 1
    # the card says what the layer holds: score, level, every penalty; no name in the answer: not its feature number
    assert card.headline.text().startswith("Facility — score ")
    assert f"{row['confidence_score']:.2f}" in card.headline.text()
    assert {"high": "High", "medium": "Medium", "low": "Low"}[row["confidence_level"]] in card.headline.text()
    assert_scored_by_the_page(row)  # Epoch's rule, as its Facility Validation page writes it
    shown = [line for line in card.penalties.text().splitlines()[1:]]
    stored = [f"{row[f'penalty_{key}']:+.2f}" for key, _, _ in PENALTY_KEYS if row[f"penalty_{key}"] < 0]
    assert [line.split()[0] for line in shown] == stored and len(stored) == len(page_penalties(row))

    _click_map(canvas, *BANGKOK)  # the same point again: a second row of the same layer, not a broken one
    wait_until(lambda: layers[0].featureCount() == 2)
    again = _rows(layers[0])
    assert _checks_layers() == layers and layers[0].isValid() and len({r["check_id"] for r in again}) == 2
    assert {(r["longitude"], r["latitude"]) for r in again} == {(row["longitude"], row["latitude"])}
    assert sandbox_server.hits["/validate_facility"] == before + 2


def test_a_click_at_sea_is_refused_with_a_sentence_and_nothing_is_asked(dock, sandbox_server):
    log_in(dock)
    card = dock.screening.facility_card
    canvas = _mercator_canvas(dock, -30.0, 40.0, 50_000)
    click(card.pick_button)
    before = sandbox_server.hits.get("/validate_facility", 0)
    _click_map(canvas, -30.0, 40.0)
    assert "at sea" in card.status.text() and card.status.text().endswith(".")
    assert not card.task_bar.busy() and sandbox_server.hits.get("/validate_facility", 0) == before
    card.coordinates.setText("200, 10")
    click(card.check_button)
    assert "outside the world" in card.status.text()
    assert sandbox_server.hits.get("/validate_facility", 0) == before and _checks_layers() == []


def test_the_card_asks_and_says_as_every_dock_tab_does(dock, sandbox_server):
    """The card is one of the dock's tabs' kind (DockTab): logged out, its check says the session's reason on its
    status line in the words every tab uses, and nothing is asked."""
    from epoch_eudr.ui.wdg_common import DockTab
    from qgis.PyQt.QtWidgets import QGroupBox

    card = dock.screening.facility_card
    assert isinstance(card, DockTab) and card.findChild(QGroupBox).title() == "Check a facility here"
    before = sandbox_server.hits.get("/validate_facility", 0)
    card.coordinates.setText(f"{BANGKOK[0]}, {BANGKOK[1]}")
    click(card.check_button)
    assert dock.screening._client() is None  # the Screening tab says why on its own line
    said = dock.screening.status.text()
    assert said and card.status.text() == said and card.status.styleSheet() == dock.screening.status.styleSheet()
    assert not card.task_bar.busy() and sandbox_server.hits.get("/validate_facility", 0) == before

def test_legality_sources_kept_related_and_shown_safely(dock, fake_epoch):
    screening = dock.screening
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("facility"))
    screening.facility_boxes["include_legality_check"].setChecked(True)
    screening.radius.setValue(3000)
    card = screening.facility_card
    card.session = KeySession(fake_epoch)
    card.coordinates.setText(f"{BANGKOK[0]}, {BANGKOK[1]}")
    click(card.check_button)
    wait_until(lambda: card.row and len(card.source_texts) == 2)
    path, sent = FacilityAnswers.asked[-1]
    assert path == "/validate_facility" and sent["include_legality_check"] == "true"
    assert sent["commodity_radius"] == "3000" and sent["geometry"] == f"POINT({BANGKOK[0]} {BANGKOK[1]})"
    # the related table: one row per readable source, keyed by the check, in rank order
    checks, sources = card.checks_layer, card.sources_layer
    row = card.row
    stored = [dict(zip(sources.fields().names(), f.attributes())) for f in sources.getFeatures()]
    assert [s["check_id"] for s in stored] == [row["check_id"]] * 2 and [s["position"] for s in stored] == [1, 2]
    assert stored[0]["link"] == HOSTILE[0]["url"] and stored[1]["link"] in (None, "") or stored[1]["link"].isNull()
    assert stored[1]["url"] == "javascript:alert(document.cookie)"  # kept as data, never as a link
    assert row["legality_source_count"] == 2 and row["legality_risk_level"] == "medium"
    relation = QgsProject.instance().relationManager().relation("epoch_eudr_checked_facility_sources")
    assert relation.isValid() and relation.referencedLayer() is checks and relation.referencingLayer() is sources
    feature = next(checks.getFeatures())
    assert [f["title"] for f in relation.getRelatedFeatures(feature)][1] == "Click me"
    # a source's form (identify, the facility's form listing its sources) names its facility through the relation:
    # left to guess, QGIS picks a relation reference with no relation and logs "Missing relation in configuration"
    setup = sources.editorWidgetSetup(sources.fields().indexOf("check_id"))
    assert setup.type() == "RelationReference" and setup.config()["Relation"] == relation.id(), setup.config()
    # shown: the https title a link, the javascript: one plain text, every server text escaped
    safe, unsafe = card.source_texts
    assert card.sources_label.text() == f"<p>{safe}</p><p>{unsafe}</p>"
    assert '<a href="https://example.com/report?a=1&amp;b=2">' in safe and "&lt;img src=x" in safe
    assert "<img" not in safe and "&lt;b&gt;found&lt;/b&gt;" in safe and "2024-03-15" in safe
    assert "<a " not in unsafe and "javascript:alert(document.cookie)" in unsafe and "Click me" in unsafe
    assert card.sources_label.openExternalLinks() and card.sources_label.textFormat() == Qt.TextFormat.RichText
    assert "Regional concerns <a href='javascript:x'>here</a>" in card.legality.text()
    assert card.headline.text() == "Mill <script> — score 0.65, Medium"  # the name the answer gives, plain text
    assert "Risk signal: deforestation; relevance: regional" in safe and "relevance: national" in unsafe
    assert card.legality.textFormat() == Qt.TextFormat.PlainText
    # the map tip: an expression over the row, the summary escaped when QGIS renders it
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils
    from qgis.gui import QgsMapTip

    assert "maptip_html" not in checks.fields().names()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(checks))
    context.setFeature(feature)
    from qgis.core import QgsExpression

    tip = QgsExpression.replaceExpressionText(checks.mapTipTemplate(), context)
    assert "Regional concerns &lt;a href='javascript:x'&gt;here&lt;/a&gt;" in tip and "<a " not in tip
    assert tip.startswith("<b>Mill &lt;script&gt;</b>")  # headed as the card is: the answer's name, escaped
    assert checks.displayExpression() == '"address"'  # identify and forms name it so too, never by its "1"
    assert QgsMapTip  # the template is what QgsMapTip renders


def test_the_screening_tab_sends_facilities_to_validate_facilities_when_a_radius_is_set(dock, sandbox_server):
    from .helpers import facilities_layer

    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    assert screening.location_combo.currentData() == "facility" and screening.radius.isVisibleTo(screening)
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    screening.radius.setValue(2000)
    hits = sandbox_server.hits.get("/validate_facilities", 0)
    plain = sandbox_server.hits.get("/validate_locations", 0)
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3)
    assert sandbox_server.hits["/validate_facilities"] == hits + 1
    assert sandbox_server.hits.get("/validate_locations", 0) == plain
    path, sent = sandbox_server.facility_requests[-1]
    assert path == "/validate_facilities" and sent["commodity_radius"] == "2000" and sent["commodity_type"] == "cocoa"
    assert screening.result_layer.fields().indexOf("confidence_level") >= 0  # the facilities layer, as always
    assert sum(int(v.text()) for v in screening.cards.values.values()) == 3
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    assert not screening.radius.isVisibleTo(screening) and "commodity_radius" not in screening.options()


def test_the_options_set_on_the_dock_are_the_ones_sent_and_kept(dock, fake_epoch):
    """Every facility option of the Screening tab and the card's deforestation switch, as a user sets them, reach
    another server than the sandbox exactly so; the row keeps them and is scored by Epoch's page."""
    import json

    screening = dock.screening
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("facility"))
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    screening.option_boxes["check_road_access"].setChecked(False)
    screening.option_boxes["check_water_access"].setChecked(True)
    screening.option_boxes["check_port_proximity"].setChecked(True)
    screening.facility_boxes["include_legality_check"].setChecked(True)
    screening.radius.setValue(2500)
    card = screening.facility_card
    card.deforestation.setChecked(True)
    card.session = KeySession(fake_epoch)
    canvas = _mercator_canvas(dock, -1.6244, 6.6885)
    click(card.pick_button)
    meant = _click_map(canvas, -1.6244, 6.6885)  # a click on a map in EPSG:3857
    wait_until(lambda: card.row)
    [(path, sent)] = FacilityAnswers.asked
    asked = (round(meant.x(), 6), round(meant.y(), 6))  # the point as the field shows it (0.1 m)
    assert path == "/validate_facility" and sent.pop("geometry") == f"POINT({asked[0]!r} {asked[1]!r})"
    assert abs(meant.x() + 1.6244) < 1e-4 and abs(meant.y() - 6.6885) < 1e-4
    assert sent == {"commodity_type": "cocoa", "commodity_radius": "2500", "check_road_access": "false",
                    "check_water_access": "true", "check_port_proximity": "true", "include_deforestation": "true",
                    "include_legality_check": "true"}
    row = card.row
    assert row["commodity_radius"] == 2500 and (row["longitude"], row["latitude"]) == asked
    assert json.loads(row["options_sent"]) == {
        "check_port_proximity": True, "check_road_access": False, "check_water_access": True,
        "commodity_radius": 2500, "commodity_type": "cocoa", "include_deforestation": True,
        "include_legality_check": True}
    assert assert_scored_by_the_page(row) == (0.65, "medium")  # the fake's signals: no POI, no road
    screening.radius.setValue(0)  # back to Epoch's default: no radius sent
    screening.facility_boxes["include_legality_check"].setChecked(False)
    card.deforestation.setChecked(False)
    card.coordinates.setText("-1.6244, 6.6885")
    click(card.check_button)
    wait_until(lambda: len(FacilityAnswers.asked) == 2 and card.checks_layer.featureCount() == 2)
    sent = FacilityAnswers.asked[-1][1]
    assert "commodity_radius" not in sent and "include_legality_check" not in sent
    assert "include_deforestation" not in sent


def test_the_sources_table_starts_off_the_map_in_a_project_whose_file_holds_earlier_checks(dock, fake_epoch):
    """The table is read through the facility (card, form): loaded into a project it starts unticked, also when the
    results file already holds checks of an earlier session; ticked by the user, a later check leaves it ticked."""
    screening = dock.screening
    screening.facility_boxes["include_legality_check"].setChecked(True)
    card = screening.facility_card
    card.session = KeySession(fake_epoch)
    card.coordinates.setText(f"{BANGKOK[0]}, {BANGKOK[1]}")

    def check_and_node():
        asked = len(FacilityAnswers.asked)
        click(card.check_button)
        wait_until(lambda: len(FacilityAnswers.asked) > asked and not card.task_bar.busy() and card.row)
        return QgsProject.instance().layerTreeRoot().findLayer(card.sources_layer.id())

    assert not check_and_node().itemVisibilityChecked()
    QgsProject.instance().removeAllMapLayers()  # another session: the same results file, a project without them
    node = check_and_node()
    assert card.checks_layer.featureCount() == 2 and not node.itemVisibilityChecked()
    node.setItemVisibilityChecked(True)
    assert check_and_node().itemVisibilityChecked() and card.checks_layer.featureCount() == 3
