"""Every column title of the Submit tab's jobs and of the Assessments tab's tables (the producers, the drill-down
plots) is whole in French in the dock at its default 470 px: a column is never narrower than Qt's own measure of
its title (the header's style, its margins and the sort arrow's room: a title sized to its text alone was cut as
soon as its column was sorted, "Surfa...(ha)"), the table scrolling sideways instead; and each title is whole in
its header's tooltip too. The jobs' id column no longer shrinks to a bare "..." under a cut title when the
collection names are long (seen on a display, QT_QPA_PLATFORM=xcb; offscreen, Qt gives a squeezed stretch
column its default width)."""

from dataclasses import replace

from epoch_eudr.core.jobs import new_job
from epoch_eudr.ui.column_sizing import MIN_CHARS
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, lay_out, settle, wait_until
from .test_dock_french_shown import _loaded, french  # noqa: F401 (the fixture: the shipped French, fr_FR)


def _cut_titles(view):
    """The titles not whole in their columns, with the column's width and Qt's measure of the title."""
    header, model = view.horizontalHeader(), view.model()
    cut = {}
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if header.sectionSize(column) < header.sectionSizeHint(column) or tip != title:
            cut[title] = (header.sectionSize(column), header.sectionSizeHint(column), tip)
    return cut


def test_the_jobs_titles_are_whole_in_french_with_long_collection_names(french, dock, job_store):  # noqa: F811
    tab = dock.submit
    for n, name in enumerate(("cocoa_Coop_Soubre_Cacao_2026-12-07", "cocoa_Ivoire_Cacao_SARL_2026-12-07",
                              "cocoa_Sample_mills_2026-12-07")):
        job = new_job(name, f"0x{n:02d}8d29be5f1c4e0a9b7d" * 2, commodity="cocoa", location_type="facility",
                      features=1, server_url="https://api.example.org", source="dock", status="submitted")
        tab.watcher.add(replace(job, state="ready", checked_at="2026-12-07T15:59:12", polling=False))
    wait_until(lambda: tab.table.rowCount() == 3)
    lay_out(dock, tab)
    settle(0.5)
    table = tab.table
    assert table.horizontalHeaderItem(3).text() == "Vérifié le"  # in French
    assert _cut_titles(table) == {}
    assert table.columnWidth(1) >= table.fontMetrics().averageCharWidth() * MIN_CHARS  # an id, not a bare "..."
    names = [table.item(row, 0).text() for row in range(3)]
    assert table.columnWidth(0) >= max(table.fontMetrics().horizontalAdvance(n) for n in names)  # names whole
    for column in range(table.columnCount()):  # the table scrolls sideways: each column whole in view in turn
        table.scrollTo(table.model().index(0, column))
        settle(0.05)
        header = table.horizontalHeader()
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= table.viewport().width(), column


def test_the_producers_and_plots_titles_are_whole_in_french_at_470_px(french, dock):  # noqa: F811
    tab = _loaded(dock)
    lay_out(dock, tab)
    click(tab.load_button)  # loaded in the narrow dock, as the user loads
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and not tab.model.pending(), timeout=60)
    settle(1.2)  # the columns fitted to the rows read
    assert _cut_titles(tab.table) == {}
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_model.rowCount() > 0 and not tab.plots_model.pending(), 60)
    settle(1.2)
    assert tab.stack.currentWidget() is tab.plots_table
    assert "Surface (ha)" in [title for _key, title in tab.plots_model.columns]  # in French
    assert _cut_titles(tab.plots_table) == {}
