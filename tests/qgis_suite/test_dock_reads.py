"""The dock's main thread never reads the results GeoPackage: a load (or a drill-down) may be writing it, and
a paint that waited for the writer froze the map (seconds at 100,000 producers). Pages are read in a thread
of their own (``ui.table_reader``); a page not read yet is painted blank and again shortly."""

import sqlite3
import threading
import time

import pytest
from epoch_eudr.core.gpkg.tables import SqliteTable
from epoch_eudr.ui.table_reader import WAIT_S, NotReadYet, ReadInThread

from .dock_driver import click, log_in, wait_until


def test_no_row_is_read_on_the_main_thread_before_during_or_after_a_load(dock, monkeypatch):
    reads = []
    real = SqliteTable.fetch

    def fetch(self, fids):
        reads.append(threading.current_thread() is threading.main_thread())
        return real(self, fids)

    monkeypatch.setattr(SqliteTable, "fetch", fetch)
    log_in(dock)
    dock.show()
    tab = dock.assessments
    dock.show_tab(tab)
    for _load in range(2):  # the second load writes the file the table shows
        click(tab.load_button)
        while tab.task_bar.busy():
            tab.table.viewport().repaint()  # a paint while the file is written
            wait_until(lambda: True)
        wait_until(lambda: tab.ready() and tab.model.rowCount() > 0)
        wait_until(lambda: tab.model.row_at(0).get("company_name"))  # read in the thread, painted again
        tab.table.viewport().repaint()
    tab.table.selectRow(0)  # the buttons follow the row selected (its status)
    assert tab.selected_row()["company_name"] and tab.drill_button.isEnabled()
    assert reads and not any(reads), f"{sum(reads)} of {len(reads)} reads on the main thread"
    dock.hide()


def _file(tmp_path, n=300):
    path = tmp_path / "t.gpkg"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, name TEXT)")
        conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"row {i}") for i in range(1, n + 1)])
    return path


def test_a_page_of_a_file_being_written_is_not_waited_for(qgis_app, tmp_path):
    path = _file(tmp_path)
    table = ReadInThread(SqliteTable(path, "t", ["name"], search=False))
    try:
        assert table.fetch([1, 2])[2]["name"] == "row 2"
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN EXCLUSIVE")  # a load swapping its layer in: readers are locked out
        start = time.perf_counter()
        with pytest.raises(NotReadYet):
            table.fetch([3, 4])
        assert time.perf_counter() - start < WAIT_S + 0.5
        assert table.fetch([1, 2])[1]["name"] == "row 1"  # read before: still shown
        writer.execute("COMMIT")
        writer.close()
        wait_until(lambda: _read(table, [3, 4]), timeout=5)  # asked again at the next paint
    finally:
        table.close()


def _read(table, fids):
    try:
        return table.fetch(fids)
    except NotReadYet:
        return None
