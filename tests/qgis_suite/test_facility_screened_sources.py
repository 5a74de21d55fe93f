"""Screened facilities' Article 10 sources: a related table (one row per source), not a JSON text column."""

import json

from epoch_eudr.core.legality import read_sources
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, log_in, screen_in_dock, wait_until
from .helpers import facilities_layer


def _rows(uri):
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return [dict(zip(layer.fields().names(), f.attributes())) | {"fid": f.id()} for f in layer.getFeatures()]


def _sandbox_sources(sandbox_server, tmp_path):
    """What the sandbox answers for the same facilities, read straight from /validate_facilities."""
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.core.api.client import Upload
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    layer = facilities_layer()
    features = [{"type": "Feature", "properties": {}, "geometry": json.loads(f.geometry().asJson())}
                for f in layer.getFeatures() if not f.geometry().isNull()]  # the screening skips the one without
    with EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)) as client:
        answer = next(iter(client.validate_facilities_chunks(
            [Upload.from_collection({"type": "FeatureCollection", "features": features})],
            commodity_type="cocoa", include_legality_check=True)))
    return [read_sources(f["properties"].get("legality_sources")) for f in answer["features"]]


def test_processing_keeps_the_sources_related_and_no_json_column(processing, env_login, sandbox_server, tmp_path):
    expected = _sandbox_sources(sandbox_server, tmp_path)
    assert sum(map(len, expected)) > 0  # the sandbox answers sources: the test can fail
    out = tmp_path / "screened.gpkg"
    parameters = {"INPUT": facilities_layer(), "COMMODITY": "cocoa", "INCLUDE_LEGALITY_CHECK": True,
                  "OUTPUT": f"{out}|layername=mills"}
    for _ in range(2):  # a rerun into the same file replaces both tables
        result = processing.run("epoch_eudr:screen_locations", parameters)
    facilities = _rows(result["OUTPUT"])
    assert "legality_sources" not in facilities[0]
    assert [r["legality_source_count"] for r in facilities] == [len(s) for s in expected]
    sources = _rows(result["SOURCES"])
    assert result["SOURCES"] == f"{out}|layername=mills_sources"
    assert len(sources) == sum(len(s) for s in expected)
    for facility, wanted in zip(facilities, expected):
        mine = sorted((s for s in sources if s["facility_fid"] == facility["fid"]), key=lambda s: s["position"])
        assert [s["title"] for s in mine] == [w.title for w in wanted]
        assert [s["link"] or None for s in mine] == [w.link for w in wanted]


def test_dock_screening_relates_each_facility_to_its_sources(dock, sandbox_server):
    log_in(dock)
    screening = screen_in_dock(dock, facilities_layer(), legality=True, rows=3)
    facilities = screening.result_layer
    assert facilities.fields().indexOf("legality_sources") < 0
    relations = [r for r in QgsProject.instance().relationManager().relations().values()
                 if r.referencedLayer() is facilities]
    assert len(relations) == 1 and relations[0].isValid()
    sources = relations[0].referencingLayer()
    assert sources.featureCount() == sum(f["legality_source_count"] or 0 for f in facilities.getFeatures()) > 0
    for feature in facilities.getFeatures():
        related = list(relations[0].getRelatedFeatures(feature))
        assert len(related) == (feature["legality_source_count"] or 0)


def test_screened_and_checked_facilities_write_their_tables_one_way(processing, env_login, tmp_path, monkeypatch):
    """A screening's sources and a check's two tables are written by the one writer of facility tables (atomic
    replace, cancel), so a screened facility's sources table is a checked facility's in every respect."""
    from epoch_eudr.layers.operations import facility_checks

    written = []
    writer = facility_checks.write_layer

    def recording(features, kind, gpkg, name, **options):
        written.append((kind, name))
        return writer(features, kind, gpkg, name, **options)

    monkeypatch.setattr(facility_checks, "write_layer", recording)
    screened = processing.run("epoch_eudr:screen_locations", {
        "INPUT": facilities_layer(), "COMMODITY": "cocoa", "INCLUDE_LEGALITY_CHECK": True,
        "OUTPUT": f"{tmp_path / 'screened.gpkg'}|layername=mills"})
    checked = processing.run("epoch_eudr:validate_facility", {
        "POINT": "100.5018,13.7563 [EPSG:4326]", "COMMODITY": "rubber", "INCLUDE_LEGALITY_CHECK": True,
        "OUTPUT": str(tmp_path / "checks.gpkg")})
    assert written == [("legality_sources", "mills_sources"), ("legality_sources", "checks_sources"),
                       ("checked_facilities", "checks")]
    assert len(_rows(screened["SOURCES"])) > 0 and len(_rows(checked["SOURCES"])) > 0


def test_the_selected_screened_facility_lists_its_sources_in_the_dock(dock, sandbox_server):
    """One facility selected (its row in the table): its sources listed under the table, each an https link with its
    date and risk signal; two selected, or a screening without the sources: no list."""
    log_in(dock)
    screening = screen_in_dock(dock, facilities_layer(), legality=True, rows=3)
    facilities, listed = screening.result_layer, screening.sources_list
    assert listed.isHidden()
    node = QgsProject.instance().layerTreeRoot().findLayer(listed.sources.id())
    assert not node.itemVisibilityChecked()  # read through the facility: its points off the map at first
    counts = {screening.model.fid_at(row): None for row in range(3)}
    for fid in counts:
        counts[fid] = facilities.getFeature(fid)["legality_source_count"]
    fid = max(counts, key=lambda f: counts[f] or 0)
    assert counts[fid] >= 1
    screening.table.selectRow(next(row for row in range(3) if screening.model.fid_at(row) == fid))
    wait_until(lambda: not listed.isHidden())
    assert facilities.selectedFeatureIds() == [fid] and len(listed.source_texts) == counts[fid]
    relation = next(r for r in QgsProject.instance().relationManager().relations().values()
                    if r.referencedLayer() is facilities)
    stored = sorted(relation.getRelatedFeatures(facilities.getFeature(fid)), key=lambda f: f["position"])
    for text, source in zip(listed.source_texts, stored):
        assert f'<a href="{source["link"]}">' in text and f"<b>{source['date'].toString('yyyy-MM-dd')}</b>" in text
        assert f"Risk signal: {source['risk_signal']}" in text
    assert f"Article 10 sources of {facilities.getFeature(fid)['facility_id']}:" in listed.text()  # the user's id
    facilities.selectByIds(list(counts))  # more than one: no list
    assert listed.isHidden() and listed.source_texts == []
    screening.facility_boxes["include_legality_check"].setChecked(False)
    plain = sandbox_server.hits.get("/validate_locations", 0)
    click(screening.run_button)
    wait_until(lambda: sandbox_server.hits.get("/validate_locations", 0) > plain and not screening.task_bar.busy()
               and screening.model.rowCount() == 3)
    screening.table.selectRow(0)
    assert screening.result_layer.selectedFeatureIds()
    assert listed.isHidden()  # sources not asked: nothing to list


def test_the_screened_sources_of_another_server_are_listed_escaped(dock, fake_epoch):
    """Another server's hostile sources through a screening: markup shown as text, the javascript: URL never a link,
    the https one a link; the options set sent as form fields of /validate_facilities."""
    from .helpers_fakes import HOSTILE, FacilityAnswers, KeySession

    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.session = KeySession(fake_epoch)
    screening.layer_combo.setLayer(layer)
    screening.commodity.setCurrentIndex(screening.commodity.findData("palm"))
    screening.facility_boxes["include_legality_check"].setChecked(True)
    screening.radius.setValue(1500)
    click(screening.run_button)
    wait_until(lambda: not screening.task_bar.busy())
    assert screening.model.rowCount() == 3, screening.status.text()
    [(path, sent)] = FacilityAnswers.asked
    assert path == "/validate_facilities" and sent["commodity_type"] == "palm" and sent["commodity_radius"] == "1500"
    assert sent["include_legality_check"] == "true"
    screening.table.selectRow(0)
    listed = screening.sources_list
    wait_until(lambda: not listed.isHidden())
    safe, unsafe = listed.source_texts
    assert f'<a href="{HOSTILE[0]["url"].replace("&", "&amp;")}">' in safe and "&lt;img src=x" in safe
    assert "<img" not in listed.text() and "<a " not in unsafe and "javascript:alert(document.cookie)" in unsafe
    assert listed.textFormat() == Qt.TextFormat.RichText and listed.openExternalLinks()
    # the screened facility's map tip says its Article 10 risk and the server's summary, as text
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    facilities = screening.result_layer
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(facilities))
    context.setFeature(next(facilities.getFeatures()))
    tip = QgsExpression.replaceExpressionText(facilities.mapTipTemplate(), context)
    assert "<b>Legality risk</b></td><td>medium" in tip.replace("Medium", "medium"), tip
    assert "Regional concerns &lt;a href='javascript:x'&gt;here&lt;/a&gt;" in tip and "<a " not in tip
