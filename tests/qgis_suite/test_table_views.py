"""The dock's tables are views over the result GeoPackage (issue 15): SQL answers, pages by id, no copies.

Checks the table (filters, Unicode search, sort by risk, groups), the models (pages, answers that come
later, selection that follows its features across a sort), the map link by feature id, a GeoPackage
locked by a writer, and that tabs hand each other small objects instead of reading each other's widgets.
"""

import sqlite3
import time
from pathlib import Path

import pytest
from epoch_eudr.core.colours import colour_of
from epoch_eudr.core.gpkg.tables import MemoryTable, Query, SqliteTable, parse_ids
from epoch_eudr.layers.tables.layer_rows import TableStatsTask, suggested_collection_name, table_of, values_by_fid
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer
from epoch_eudr.ui import table_model
from epoch_eudr.ui.groups_model import GroupsModel
from epoch_eudr.ui.table_model import MapSelectionSync, RowsModel
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTableView

from .dock_driver import wait_until
from .helpers import memory_layer

COLUMNS = [("company_name", "Producer"), ("commodity", "Commodity"), ("country", "Country"), ("status", "Status"),
           ("noncompliance_plot_count", "NC Plots"), ("ingestion_date", "Date"), ("collection_id", "Audit")]


def producer(i, name, commodity="cocoa", country="Ghana", confidence="high", nc_plots=0, perc=0.0):
    props = {"company_name": name, "commodity": commodity, "country": country, "collection_id": f"0x{i:04d}",
             "locations_confidence": confidence, "noncompliance_plot_count": nc_plots,
             "noncompliance_area_perc": perc, "noncompliance_area_ha": perc * 100,
             "ingestion_date": "2026-03-11T10:00:00+00:00"}
    if confidence not in ("high", "medium", "low"):
        props = {k: v for k, v in props.items() if not k.startswith("noncompliance")}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.0 + i * 0.01, 6.0]},
            "properties": props}


FEATURES = [
    producer(1, "Coop Kumasi", nc_plots=0),                                      # Compliant
    producer(2, "COOPÉRATIVE DU SUD", "coffee", "Côte d'Ivoire", nc_plots=3, perc=0.01),  # Medium Risk
    producer(3, "coop  kumasi", "palm", nc_plots=140, perc=0.2),                 # High Risk, same producer as 1
    producer(4, "Finca Rosa", "coffee", "Nicaragua", confidence="not processed"),  # Not Assessable
    producer(5, "", "soy", "Brazil", nc_plots=1, perc=0.01),                     # no name
]


@pytest.fixture
def gpkg(tmp_path, qgis_app):
    path = tmp_path / "results dir" / "results #1.gpkg"  # spaces and '#' in the path: the URI is escaped
    write_layer(FEATURES, "assessments", path, "assessments")
    return path


def keys():
    return RowsModel(COLUMNS).keys() + ["risk_rank", "company_name"]


def order_of(table, query):
    pending = table.order(query)
    assert pending.wait(10) and not pending.error, pending.error
    return list(pending.result.fids)


def names(table, fids):
    rows = table.fetch(fids)
    return [rows[f]["company_name"] for f in fids]


def test_the_table_answers_filters_search_and_sort_with_sql(gpkg):
    table = SqliteTable(gpkg, "assessments", keys(), group_by="company_name", sum_field="noncompliance_plot_count")
    try:
        assert len(order_of(table, Query())) == 5
        riskiest = order_of(table, Query(sort="status", descending=True))
        assert table.fetch(riskiest[:1])[riskiest[0]]["status"] == "High Risk"  # by risk rank, not alphabetically
        assert [table.fetch([f])[f]["status"] for f in order_of(table, Query(sort="status"))][:2] == [
            "Compliant", "Not Assessable"]
        by_name = names(table, order_of(table, Query(sort="company_name")))  # case-insensitive
        assert by_name[0] in (None, "") and by_name[1:] == ["coop  kumasi", "Coop Kumasi", "COOPÉRATIVE DU SUD",
                                                            "Finca Rosa"]
        assert names(table, order_of(table, Query().with_filter("commodity", "coffee"))) == [
            "COOPÉRATIVE DU SUD", "Finca Rosa"]
        assert names(table, order_of(table, Query().with_text("coopérative"))) == ["COOPÉRATIVE DU SUD"]  # Unicode
        assert names(table, order_of(table, Query().with_text("ivoire"))) == ["COOPÉRATIVE DU SUD"]
        assert order_of(table, Query().with_text("0x0004")) == order_of(table, Query().with_filter("country",
                                                                                                  "Nicaragua"))
        assert order_of(table, Query().with_filter("no_such_column", "x")) == []
        first = order_of(table, Query())[0]
        assert table.fetch([first])[first]["ingestion_date"] == "2026-03-11"  # a date column shows the day
    finally:
        table.close()


def test_a_table_without_a_search_text_still_searches_and_copies_only_what_it_queries(gpkg):
    table = SqliteTable(gpkg, "assessments", keys(), queried=["commodity", "status"], search=False)
    try:
        assert table.queried == ("commodity", "status") and "company_name" in table.keys
        assert len(order_of(table, Query().with_text("COF"))) == 2  # LIKE over the queried text columns
        assert order_of(table, Query().with_text("50%_")) == []  # LIKE's wildcards are escaped
        assert order_of(table, Query().with_filter("country", "Ghana")) == []  # not queried: selects nothing
        assert order_of(table, Query(sort="company_name")) == order_of(table, Query())  # not sortable: by id
    finally:
        table.close()


def _copy_journal(table):
    """How the table's worker keeps its copy: ``memory`` in memory, else a database on disk."""
    pending = table._worker.submit("probe", lambda conn: conn.execute("PRAGMA journal_mode").fetchone()[0])
    assert pending.wait(10) and not pending.error, pending.error
    return pending.result


def test_the_copy_lives_in_a_temporary_database_not_in_memory(gpkg):
    table = SqliteTable(gpkg, "assessments", keys(), group_by="company_name")
    try:
        assert len(order_of(table, Query())) == 5
        assert _copy_journal(table) != "memory"  # a temporary file beyond SQLite's page cache
    finally:
        table.close()


def test_the_copy_is_made_in_memory_when_no_temporary_database_can_be_made(gpkg, tmp_path, monkeypatch):
    from epoch_eudr.core.gpkg import tables

    monkeypatch.setattr(tables, "COPY_DATABASES", (str(tmp_path / "no such folder" / "copy.db"), ":memory:"))
    table = SqliteTable(gpkg, "assessments", keys(), group_by="company_name")
    try:
        assert names(table, order_of(table, Query().with_filter("commodity", "coffee"))) == [
            "COOPÉRATIVE DU SUD", "Finca Rosa"]
        assert _copy_journal(table) == "memory"
    finally:
        table.close()
    monkeypatch.setattr(tables, "COPY_DATABASES", (str(tmp_path / "no such folder" / "copy.db"),))
    table = SqliteTable(gpkg, "assessments", keys())
    try:
        pending = table.order(Query())
        assert pending.wait(10) and pending.error.startswith("Cannot read the table")  # said, not raised
    finally:
        table.close()


def test_groups_come_from_a_group_by_with_the_worst_status_and_nc_total(gpkg):
    table = SqliteTable(gpkg, "assessments", keys(), group_by="company_name", sum_field="noncompliance_plot_count")
    try:
        pending = table.groups(Query())
        assert pending.wait(10)
        groups = {g.name: g for g in pending.result}
        assert set(groups) == {"Coop Kumasi", "COOPÉRATIVE DU SUD", "Finca Rosa", "(no producer name)"}
        kumasi = groups["Coop Kumasi"]  # "coop  kumasi" is the same producer; the first spelling is shown
        assert kumasi.count == 2 and kumasi.nc_plots == 140 and kumasi.worst_rank == 3
        assert names(table, kumasi.fids()) == ["Coop Kumasi", "coop  kumasi"]
        pending = table.groups(Query().with_filter("status", "Compliant"))
        assert pending.wait(10) and [g.name for g in pending.result] == ["Coop Kumasi"]
    finally:
        table.close()


def test_a_number_column_is_filtered_by_its_text_as_a_number_in_sql_and_in_memory(gpkg):
    """The plots view filters ``second_opinion_disagrees = "1"``: the copy's columns carry no type."""
    table = SqliteTable(gpkg, "assessments", keys() + ["noncompliance_plot_count"])
    try:
        assert "noncompliance_plot_count" in table.numbers
        assert names(table, order_of(table, Query().with_filter("noncompliance_plot_count", "3"))) == [
            "COOPÉRATIVE DU SUD"]
        assert order_of(table, Query().with_filter("noncompliance_plot_count", "2")) == []
    finally:
        table.close()
    memory = MemoryTable([{"fid": 1, "n": 3}, {"fid": 2, "n": 1}])
    assert order_of(memory, Query().with_filter("n", "3")) == [1]


def test_memory_table_gives_the_same_answers(qgis_app):
    rows = [{"fid": i + 1, **f["properties"], "status": s, "risk_rank": r} for i, (f, s, r) in enumerate(zip(
        FEATURES, ["Compliant", "Medium Risk", "High Risk", "Not Assessable", "Medium Risk"], [0, 2, 3, 1, 2]))]
    table = MemoryTable(rows, group_by="company_name", sum_field="noncompliance_plot_count")
    assert order_of(table, Query(sort="status", descending=True))[0] == 3
    assert order_of(table, Query().with_text("coopérative")) == [2]
    groups = table.groups(Query()).result
    assert [g.count for g in groups] == [2, 1, 1, 1] and groups[0].worst_rank == 3


def test_ids_are_parsed_in_slices():
    ids = ",".join(str(i) for i in range(1, 200_001))
    assert list(parse_ids(ids, chunk=1000)) == list(range(1, 200_001))
    assert list(parse_ids("")) == [] and list(parse_ids(None)) == []


def test_rows_model_pages_by_id_and_selection_follows_its_feature(gpkg):
    table = SqliteTable(gpkg, "assessments", keys())
    model = RowsModel(COLUMNS, colour_of=lambda row: colour_of("assessments", row))
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    try:
        model.set_table(table)
        assert model.rowCount() == 5 and not model.pending()
        view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        assert model.row_at(0)["status"] == "High Risk"
        assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole).name() == "#dc2626"
        fid = model.fid_at(0)
        view.selectRow(0)
        view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # the selected producer moves to the end
        rows = view.selectionModel().selectedRows()
        assert [model.fid_at(index.row()) for index in rows] == [fid] and rows[0].row() == 4
        model.set_filter("commodity", "coffee")
        assert model.rowCount() == 2 and not view.selectionModel().selectedRows()  # filtered out: not selected
        assert model.row_of(fid) == -1
        model.set_filter("commodity", "")
        model.set_text("finca")
        assert [model.row_at(i)["company_name"] for i in range(model.rowCount())] == ["Finca Rosa"]
    finally:
        table.close()


def test_a_slow_answer_is_shown_when_it_comes_and_an_old_one_never(gpkg, monkeypatch):
    monkeypatch.setattr(table_model, "SYNC_WAIT_S", 0.0)  # as for a large table: never wait
    table = SqliteTable(gpkg, "assessments", keys())
    model = RowsModel(COLUMNS)
    applied = []
    model.applied.connect(lambda: applied.append(model.rowCount()))
    try:
        model.set_table(table)
        model.set_filter("commodity", "coffee")
        model.set_filter("commodity", "palm")  # asked before the first answers came
        wait_until(lambda: not model.pending())
        QgsApplication.processEvents()
        assert model.rowCount() == 1 and model.row_at(0)["commodity"] == "palm"
        assert applied[-1] == 1 and 2 not in applied  # the superseded "coffee" answer was never shown
    finally:
        table.close()


def test_a_locked_geopackage_shows_blanks_and_never_raises(gpkg):
    table = SqliteTable(gpkg, "assessments", keys())
    model = RowsModel(COLUMNS)
    model.set_table(table)
    writer = sqlite3.connect(str(gpkg))
    try:
        model._pages.clear()
        writer.execute("BEGIN EXCLUSIVE")  # as GDAL holds it while rewriting the layer
        assert model.data(model.index(0, 0)) == ""
        writer.rollback()
        wait_until(lambda: model.data(model.index(0, 0)) != "", timeout=5)
    finally:
        writer.close()
        table.close()


def test_groups_model_pages_producers_and_reads_a_group_when_opened(gpkg, monkeypatch):
    monkeypatch.setattr(GroupsModel, "GROUPS_PAGE", 2)
    table = SqliteTable(gpkg, "assessments", keys(), group_by="company_name", sum_field="noncompliance_plot_count")
    groups = GroupsModel(colour_of=lambda row: colour_of("assessments", row))
    try:
        groups.set_table(table)
        assert groups.rowCount() == 0  # not computed while the grouped view is hidden
        groups.set_active(True)
        wait_until(lambda: not groups.pending())
        root = groups.index(-1, -1)
        assert groups.rowCount() == 2 and groups.canFetchMore(root)
        groups.fetchMore(root)
        assert groups.rowCount() == 4 and not groups.canFetchMore(root)
        top = groups.index(0, 0)
        assert top.data() == "Coop Kumasi" and groups.index(0, 1).data() == "High Risk"
        assert groups.index(0, 2).data() == "140"
        assert groups.rowCount(top) == 0 and groups.canFetchMore(top)
        groups.fetchMore(top)
        assert groups.rowCount(top) == 2 and groups.index(1, 1, top).data() == "High Risk"
        assert groups.parent(groups.index(1, 1, top)) == top
        assert groups.row_fid(groups.index(1, 0, top)) is not None and groups.row_fid(top) is None
        assert groups.row_fid(groups.index(1, 0)) is not None  # a one-row producer stands for its row
    finally:
        table.close()


def test_selection_follows_the_map_by_feature_id_and_back(gpkg):
    layer = open_result_layer(gpkg, "assessments", "assessments", "assessments")
    QgsProject.instance().addMapLayer(layer)
    table = table_of(layer, keys())
    assert isinstance(table, SqliteTable)
    model = RowsModel(COLUMNS)
    view = QTableView()
    view.setModel(model)
    model.set_table(table)
    sync = MapSelectionSync(view, model, layer)
    try:
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.selectRow(0)
        assert layer.selectedFeatureIds() == [model.fid_at(0)]
        wanted = [model.fid_at(1), model.fid_at(2), model.fid_at(4)]
        layer.selectByIds(wanted)
        rows = sorted(index.row() for index in view.selectionModel().selectedRows())
        assert rows == [1, 2, 4]
        sync.detach()
        layer.selectByIds([])
        assert len(view.selectionModel().selectedRows()) == 3  # detached: the table no longer follows
    finally:
        table.close()
        QgsProject.instance().removeAllMapLayers()


def test_stats_task_counts_and_lists_in_the_background(gpkg):
    layer = open_result_layer(gpkg, "assessments", "assessments", "assessments")
    table = table_of(layer, keys())
    got = []
    task = TableStatsTask(table, "status", ("commodity", "country"), got.append)
    QgsApplication.taskManager().addTask(task)
    wait_until(lambda: got)
    table.close()
    stats = got[0]
    assert stats.total == 5 and stats.counts == {"Compliant": 1, "Medium Risk": 2, "High Risk": 1,
                                                 "Not Assessable": 1}
    assert stats.values["commodity"] == ["cocoa", "coffee", "palm", "soy"]
    assert stats.values["country"] == ["Brazil", "Côte d'Ivoire", "Ghana", "Nicaragua"]
    assert stats.value_counts["commodity"] == {"cocoa": 1, "coffee": 2, "palm": 1, "soy": 1}


def test_a_layer_that_is_not_a_geopackage_is_read_as_a_memory_table(qgis_app):
    layer = memory_layer("Point?crs=EPSG:4326&field=status:string&field=area:double",
                         [("POINT(0 0)", ["Compliant", 1.5]), ("POINT(1 1)", ["Non-Compliant", 2.0])])
    table = table_of(layer, ["status", "area", "missing"])
    assert isinstance(table, MemoryTable) and table.keys == ("status", "area")
    assert values_by_fid(layer, [1, 2], "status") == {1: "Compliant", 2: "Non-Compliant"}


def test_the_collection_name_is_suggested_once_for_the_dock_and_processing(gpkg):
    layer = open_result_layer(gpkg, "assessments", "assessments", "assessments")
    day = time.strftime("%Y-%m-%d")
    assert suggested_collection_name(layer) == f"cocoa_Ghana_{day}"
    assert suggested_collection_name(layer, "coffee") == f"coffee_Ghana_{day}"  # what was screened wins


def test_submit_sends_the_commodity_that_was_screened_not_the_combo_now(dock, monkeypatch):
    from epoch_eudr.ui.wdg_common import ScreeningResult

    from .dock_driver import click, log_in
    from .helpers import facilities_layer

    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening, submit = dock.screening, dock.submit
    screening.layer_combo.setLayer(layer)
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    results = []
    screening.results_ready.connect(results.append)
    click(screening.run_button)
    wait_until(lambda: results and screening.run_button.isEnabled())
    assert isinstance(results[0], ScreeningResult) and results[0].commodity == "cocoa"
    screening.commodity.setCurrentIndex(screening.commodity.findData("coffee"))  # changed after screening
    sent = {}

    def fake_submit(client, snapshot, kind, name, commodity, **kwargs):
        sent.update(kind=kind, commodity=commodity)
        raise RuntimeError("not sent in this test")

    monkeypatch.setattr("epoch_eudr.ui.wdg_submit.submit_layer", fake_submit)
    screening.model.setData(screening.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert results[0].ticked == {screening.model.fid_at(0)}  # the result carries the ticks
    click(submit.submit_button)
    wait_until(lambda: sent and submit.submit_button.isEnabled())
    assert sent["commodity"] == "cocoa" and sent["kind"] == "facility"


def test_the_preflight_box_reads_its_inputs_and_speaks_through_signals(qgis_app):
    from epoch_eudr.ui.wdg_common import ScreeningInputs
    from epoch_eudr.ui.wdg_preflight import PreflightBox

    box = PreflightBox(lambda: ScreeningInputs(None, "plot", None, False))
    said, tasks = [], []
    box.status_message.connect(lambda level, text: said.append(text))
    box.task_started.connect(tasks.append)
    box.run(fix=False)
    assert said == ["Choose a layer to check."] and not tasks


def test_tabs_do_not_import_each_other():
    ui = Path(__file__).resolve().parents[2] / "ui"
    # a box lives in its tab
    boxes = {"wdg_screening": {"wdg_preflight", "wdg_facility_card", "wdg_facility_sources"},
             "wdg_assessments": {"wdg_changes"}}
    for path in ui.glob("wdg_*.py"):
        text = path.read_text(encoding="utf-8")
        allowed = {path.stem, "wdg_common"} | boxes.get(path.stem, set())
        others = [f"from .{p.stem} import" for p in ui.glob("wdg_*.py") if p.stem not in allowed]
        if path.stem == "wdg_dock":  # the dock holds the tabs
            continue
        assert not any(line in text for line in others), path.name
    assert "getFeatures" not in (ui / "wdg_assessments.py").read_text() + (ui / "wdg_screening.py").read_text()
