"""An assessments load (the dock on the sandbox) does its work once: the cards are counted in the load's worker
and set once; the style built in the worker and stored with the layer is read back, not built again on the main
thread (the same map tips and renderer); producers grouped worst status first; a producer opened while its rows
cannot be read yet fills in by itself."""

import sqlite3

from epoch_eudr.core.gpkg.tables import MemoryTable
from epoch_eudr.layers.styles.renderers import apply_style
from epoch_eudr.layers.writer import results
from epoch_eudr.ui.groups_model import GroupsModel
from qgis.core import QgsVectorLayer

from .dock_driver import click, log_in, wait_until


def _counting(monkeypatch):
    calls = []
    original = results.apply_style

    def counted(layer, kind):
        calls.append(kind)
        return original(layer, kind)

    monkeypatch.setattr(results, "apply_style", counted)
    return calls


def _reference(layer, kind):
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    bare = QgsVectorLayer(layer.source(), "reference", "ogr", options)
    apply_style(bare, kind)
    return bare


def _load(tab):
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)


def test_the_cards_are_counted_and_set_once_per_load(dock, monkeypatch):
    log_in(dock)
    tab = dock.assessments
    set_counts = []
    original = tab.cards.set_counts
    monkeypatch.setattr(tab.cards, "set_counts", lambda *a, **k: (set_counts.append(a), original(*a, **k)))
    _load(tab)
    assert len(set_counts) == 1 and tab.cards.values["total"].text() == str(tab.model.rowCount())
    assert tab.commodity_filter.count() > 1  # the lists come from the same count
    _load(tab)
    assert len(set_counts) == 2


def test_the_style_is_built_once_per_load_and_read_back_the_same(dock, monkeypatch):
    calls = _counting(monkeypatch)
    log_in(dock)
    tab = dock.assessments
    _load(tab)
    assert calls == ["assessments"]  # in the worker, for the style stored with the layer
    reference = _reference(tab.layer, "assessments")
    assert tab.layer.mapTipTemplate() == reference.mapTipTemplate() != ""
    assert tab.layer.renderer().type() == reference.renderer().type()

    _load(tab)  # again: the project's layer re-reads the new table and its stored style
    assert calls == ["assessments", "assessments"]
    assert tab.layer.mapTipTemplate() == reference.mapTipTemplate()
    assert tab.layer.renderer().type() == reference.renderer().type()

    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None, timeout=60)
    assert calls.count("plots") == 1
    plots = _reference(tab.plots_layer, "plots")
    assert tab.plots_layer.mapTipTemplate() == plots.mapTipTemplate() != ""
    assert tab.plots_layer.renderer().type() == plots.renderer().type()


def test_producers_grouped_worst_status_first(dock):
    log_in(dock)
    tab = dock.assessments
    _load(tab)
    tab.view.setCurrentIndex(1)
    wait_until(lambda: not tab.groups.pending() and tab.groups.rowCount() > 0)
    ranks = [tab.groups.groups.worst[row] for row in range(tab.groups.rowCount())]
    assert len(set(ranks)) > 1 and ranks == sorted(ranks, reverse=True)
    assert tab.groups.index(0, 1).data() == "High Risk"
    flat_first = tab.model.row_at(0)["status"]  # the flat view's risk order: the same status comes first
    assert flat_first == "High Risk"


class _NotYet:
    """A table whose first read of rows fails as a file being written does."""

    def __init__(self, table):
        self.table, self.failures = table, 1

    def __getattr__(self, name):
        return getattr(self.table, name)

    def fetch(self, fids):
        if self.failures:
            self.failures -= 1
            raise sqlite3.OperationalError("database is locked")
        return self.table.fetch(fids)


def test_a_group_opened_while_its_rows_cannot_be_read_fills_in_by_itself(qgis_app):
    rows = [{"fid": 1, "company_name": "A", "status": "Compliant", "risk_rank": 1},
            {"fid": 2, "company_name": "A", "status": "High Risk", "risk_rank": 4}]
    model = GroupsModel()
    model.set_table(_NotYet(MemoryTable(rows, ["company_name", "status", "risk_rank"], group_by="company_name")))
    model.set_active(True)
    wait_until(lambda: model.rowCount() == 1)
    parent = model.index(0, 0)
    model.fetchMore(parent)  # the view opens the group
    assert model.rowCount(parent) == 0
    wait_until(lambda: model.rowCount(parent) == 2, timeout=5)
