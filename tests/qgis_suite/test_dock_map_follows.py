"""The map follows the dock's Assessments table (the dock driven on the sandbox): a filter is the layer's own
filter and the cards count what it shows; the check sample stands out and is marked in the table; the changes
card names every kind of change and the changes layer is named after its comparison; several rows select
several features; new layers are shown once; the screening table ticks all or none."""

import sqlite3
import time

from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.core.colours import CHECK_SAMPLE_COLOUR
from epoch_eudr.core.gpkg.tables import Query, SqliteTable
from epoch_eudr.layers.tables.layer_filter import filter_sql
from epoch_eudr.layers.tables.snapshots import list_snapshots
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsProject, QgsRectangle, QgsRenderContext, QgsVectorLayer
from qgis.PyQt.QtCore import QItemSelection, QItemSelectionModel, Qt

from .dock_driver import click, log_in, screen_in_dock, wait_until
from .helpers import facilities_layer
from .test_snapshots import _find, _update


def _load(tab):
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)


def _loaded(dock):
    log_in(dock)
    tab = dock.assessments
    _load(tab)
    return tab


def _settle(tab):
    wait_until(lambda: tab.ready(), timeout=30)


def _statuses(layer):
    return [f["status"] for f in layer.getFeatures()]


def test_a_status_filter_filters_the_layer_and_the_cards_count_what_it_shows(dock):
    tab = _loaded(dock)
    layer = tab.layer
    every = _statuses(layer)
    total = len(every)
    high = every.count("High Risk")
    assert 0 < high < total and layer.subsetString() == "" and tab.model.rowCount() == total
    assert tab.cards.values["total"].text() == str(total)

    tab.status_filter.setCurrentIndex(tab.status_filter.findData("High Risk"))
    _settle(tab)
    assert layer.subsetString() and "High Risk" in layer.subsetString()
    assert layer.featureCount() == tab.model.rowCount() == high
    assert set(_statuses(layer)) == {"High Risk"}
    assert tab.cards.values["total"].text() == f"{high} of {total}"
    assert tab.cards.values["High Risk"].text() == f"{high} of {high}"
    assert tab.cards.values["Compliant"].text() == f"0 of {every.count('Compliant')}"
    shown_eu = sum(int(label.text().split()[0]) for label in tab.eu_cards.values.values())
    assert shown_eu == high  # the EU risk cards count the same producers

    # a country on top: both filters, the same rows in the table and on the map
    country = next(f["country"] for f in layer.getFeatures())
    tab.country_filter.setCurrentIndex(tab.country_filter.findData(country))
    _settle(tab)
    both = [f for f in QgsVectorLayer(layer.source().split("|subset=")[0], "all", "ogr").getFeatures()
            if f["status"] == "High Risk" and f["country"] == country]
    assert layer.featureCount() == tab.model.rowCount() == len(both) >= 1
    assert tab.cards.values["total"].text() == f"{len(both)} of {total}"

    # cleared: everything back, the layer's filter empty again
    tab.country_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(0)
    _settle(tab)
    assert layer.subsetString() == ""
    assert layer.featureCount() == tab.model.rowCount() == total
    assert tab.cards.values["total"].text() == str(total)


def test_the_text_search_commodity_and_eu_risk_filter_the_layer_too(dock):
    tab = _loaded(dock)
    layer = tab.layer
    names = [f["company_name"] for f in layer.getFeatures()]
    # typed in capitals with accents: Python's lower case in the table, the same rows on the map
    tab.search.setText("SOCIÉTÉ COOP")
    _settle(tab)
    expected = [n for n in names if "société coop" in (n or "").lower()]
    assert expected and layer.featureCount() == tab.model.rowCount() == len(expected)
    tab.search.setText("")
    commodity = tab.commodity_filter.itemData(1)
    tab.commodity_filter.setCurrentIndex(1)
    tab.eu_filter.setCurrentIndex(tab.eu_filter.findData("standard"))
    _settle(tab)
    rows = [(f["commodity"], f["eu_country_risk"]) for f in
            QgsVectorLayer(layer.source().split("|subset=")[0], "all", "ogr").getFeatures()]
    assert layer.featureCount() == tab.model.rowCount() == rows.count((commodity, "standard"))


def test_an_empty_result_says_so_and_clearing_restores_the_layers_own_filter(dock):
    tab = _loaded(dock)
    layer = tab.layer
    total = layer.featureCount()
    own = "\"commodity\" IS NOT NULL OR \"commodity\" IS NULL"  # the user's own filter, set before the dock's
    assert layer.setSubsetString(own)
    tab.search.setText("no producer is called this")
    _settle(tab)
    assert tab.model.rowCount() == 0 == layer.featureCount()
    assert layer.subsetString().startswith(f"({own}) AND (")
    assert tab.empty_note.isVisibleTo(tab) and "No producer matches" in tab.empty_note.text()
    assert tab.cards.values["total"].text() == f"0 of {total}"
    click(tab.clear_button)
    _settle(tab)
    assert tab.search.text() == "" and tab.model.rowCount() == total == layer.featureCount()
    assert layer.subsetString() == own  # the layer's filter as it was before
    assert not tab.empty_note.isVisibleTo(tab)


def test_the_check_sample_has_its_own_ring_and_the_table_marks_its_producers(dock, tmp_path):
    tab = _loaded(dock)
    click(tab.sample_button)
    wait_until(lambda: tab.ready() and "Check sample (seed 1)" in tab.status.text(), timeout=60)
    sample = next(layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "Check sample")
    picked = {f["epoch_source_fid"] for f in sample.getFeatures()}
    assert picked and len(picked) < tab.layer.featureCount()

    # its symbol is not the assessments' one: a wide ring in the check sample's colour
    context = QgsRenderContext()
    feature = next(sample.getFeatures())
    original = tab.layer.getFeature(feature["epoch_source_fid"])
    ring_renderer, plain_renderer = sample.renderer().clone(), tab.layer.renderer().clone()
    ring_renderer.startRender(context, sample.fields())
    plain_renderer.startRender(context, tab.layer.fields())
    ring, plain = ring_renderer.symbolForFeature(feature, context), plain_renderer.symbolForFeature(original, context)
    ring_renderer.stopRender(context)
    plain_renderer.stopRender(context)
    assert ring.size() > 1.5 * plain.size()
    strokes = {ring.symbolLayer(i).strokeColor().name() for i in range(ring.symbolLayerCount())}
    assert CHECK_SAMPLE_COLOUR in strokes
    assert CHECK_SAMPLE_COLOUR not in {plain.symbolLayer(i).strokeColor().name()
                                       for i in range(plain.symbolLayerCount())}
    reopened = QgsVectorLayer(sample.source(), "again", "ogr")  # the style kept in the file is the ring too
    assert reopened.renderer().categories()[0].symbol().size() == ring.size()

    # the table marks the producers drawn, and filters on them (the map too)
    column = [key for key, _ in tab.model.columns].index("in_check_sample")
    marked = {tab.model.fid_at(row) for row in range(tab.model.rowCount())
              if tab.model.index(row, column).data(Qt.ItemDataRole.DisplayRole)}
    assert marked == picked
    assert tab.sample_filter.isEnabled()
    tab.sample_filter.setChecked(True)
    _settle(tab)
    # counted by reading: after a check sample is written, QGIS 3.22 answers -1 to featureCount() of any layer of
    # that file (OGR: "unable to open database file" on gpkg_ogr_contents), filtered or not
    assert tab.model.rowCount() == sum(1 for _ in tab.layer.getFeatures()) == len(picked)
    assert {f.id() for f in tab.layer.getFeatures()} == picked
    assert tab.cards.values["total"].text().startswith(f"{len(picked)} of ")
    tab.sample_filter.setChecked(False)
    _settle(tab)
    assert tab.layer.subsetString() == ""


def test_two_rows_selected_in_the_table_are_two_features_selected_on_the_map(dock):
    tab = _loaded(dock)
    model, selection = tab.model, QItemSelection()
    for row in (0, 2):
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    tab.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    assert set(tab.layer.selectedFeatureIds()) == {model.fid_at(0), model.fid_at(2)}
    assert not tab.drill_button.isEnabled()  # a drill-down is one producer's
    three = [model.fid_at(row) for row in (1, 3, 4)]
    tab.layer.selectByIds(three)
    rows = tab.table.selectionModel().selectedRows()
    assert sorted(model.fid_at(index.row()) for index in rows) == sorted(three)


def test_new_layers_are_shown_once(dock):
    canvas = dock.iface.mapCanvas()
    canvas.setExtent(QgsRectangle(100, 60, 101, 61))  # somewhere with no producer
    tab = _loaded(dock)
    extent = tab.layer.extent()
    assert canvas.extent().intersects(extent) and canvas.extent().contains(extent.center())
    near = QgsRectangle(extent.center().x(), extent.center().y(), extent.center().x() + 0.5,
                        extent.center().y() + 0.5)
    canvas.setExtent(near)  # the user looks at part of them: a reload leaves the map where it is
    shown = canvas.extent()
    _load(tab)
    assert canvas.extent() == shown


def test_screening_table_ticks_all_and_none(dock):
    log_in(dock)
    layer = facilities_layer()
    screening = screen_in_dock(dock, layer, rows=3)
    fids = {screening.model.fid_at(row) for row in range(3)}
    click(screening.tick_all_button)
    assert set(screening.checked_fids()) == fids == screening.result.ticked
    assert all(screening.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
               for row in range(3))
    click(screening.tick_none_button)
    assert screening.checked_fids() == [] and screening.result.ticked == set()


def test_the_changes_card_names_a_new_producer(dock, own_server):
    tab = _loaded(dock)
    client = EpochClient(own_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    square = [[[-85.9, 12.1], [-85.89, 12.1], [-85.89, 12.11], [-85.9, 12.11], [-85.9, 12.1]]]
    feature = {"type": "Feature", "properties": {"ProducerName": "Finca Nueva"},
               "geometry": {"type": "Polygon", "coordinates": square}}
    client.batch_process({"type": "FeatureCollection", "features": [feature]}, f"coffee_new_{time.time_ns()}",
                         "coffee")
    _load(tab)
    wait_until(lambda: tab.changes.card.isVisibleTo(tab), timeout=60)
    text = tab.changes.card.text()
    assert not text.startswith("No producer worse")
    assert "new: 1" in text and "worse: 0" in text and "gone: 0" in text and "better: 0" in text
    assert text.startswith("1 producer changed since 20")


def test_a_later_comparison_renames_the_changes_layer(dock, own_server, tmp_path):
    tab = _loaded(dock)
    company = next(iter({f["company_name"] for f in tab.layer.getFeatures()}))
    _update(own_server, company, noncompliance_plot_count=99)
    _load(tab)
    _update(own_server, company, noncompliance_plot_count=3)
    time.sleep(1.1)  # snapshots a second apart: different names
    _load(tab)
    assert tab.changes.since.count() == 2
    names = []
    for index in (0, 1):
        tab.changes.since.setCurrentIndex(index)
        click(tab.changes.show_button)
        wait_until(lambda: tab.ready() and any(layer.name().startswith("Changes since")
                                               for layer in QgsProject.instance().mapLayers().values()))
        (layer,) = [layer for layer in QgsProject.instance().mapLayers().values()
                    if layer.name().startswith("Changes since")]
        with sqlite3.connect(tmp_path / "results.gpkg") as db:
            compared = {value for (value,) in db.execute("SELECT DISTINCT compared_with FROM assessment_changes")}
        chosen = tab.changes.since.currentData()
        info = next(i for i in list_snapshots(tmp_path / "results.gpkg") if i.snapshot_id == chosen)
        assert compared == {f"snapshot {info.snapshot_id}"}
        assert layer.name() == f"Changes since {info.time_text}"
        names.append(layer.name())
    assert names[0] != names[1]
    assert _find(own_server, company)


def test_the_layer_filter_selects_what_the_table_selects(qgis_app, tmp_path):
    """Unicode, quotes, GLOB characters and numbers: the SQL on the layer and the table's query agree."""
    from osgeo import ogr, osr

    gpkg = tmp_path / "t.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    table = dataset.CreateLayer("assessments", srs, ogr.wkbPoint)
    for name, kind in (("company_name", ogr.OFTString), ("country", ogr.OFTString), ("risk_rank", ogr.OFTInteger)):
        table.CreateField(ogr.FieldDefn(name, kind))
    names = ["SÃO JOÃO", "são joão", "Ärger & Co", "O'Brien [1]*", "Ümit?", "plain", None, "ÉCOLE"]
    for i, name in enumerate(names):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("company_name", name)
        feature.SetField("country", ["Brazil", "brazil", "Côte d'Ivoire"][i % 3])
        feature.SetField("risk_rank", i % 3)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({i} {i})"))
        table.CreateFeature(feature)
    dataset = table = None
    sql_table = SqliteTable(gpkg, "assessments", ["company_name", "country", "risk_rank"])
    layer = QgsVectorLayer(f"{gpkg}|layername=assessments", "t", "ogr")
    queries = [Query().with_text(t) for t in ("são", "ärg", "o'brien [1]*", "ümit?", "école", "zzz", "a")]
    queries += [Query().with_filter("country", "BRAZIL"), Query().with_filter("country", "Côte d'Ivoire"),
                Query().with_filter("risk_rank", "1").with_text("o"), Query().with_ids([1, 3, 5])]
    try:
        for query in queries:
            pending = sql_table.order(query)
            assert pending.wait(10) and not pending.error
            expected = set(pending.result.fids)
            condition = filter_sql(query, sql_table.queried, sql_table.texts, sql_table.numbers)
            assert layer.setSubsetString(condition), condition
            assert {f.id() for f in layer.getFeatures()} == expected, (query, condition)
    finally:
        sql_table.close()
