"""On a laptop's screen (768 px high, the dock about 500 px of it) every tab's table keeps rows in view: the tab
scrolls instead of squeezing its table to a row (seen on QGIS 3.22 and 3.44 at 1092 x 662)."""

from epoch_eudr.ui.wdg_common import TABLE_MIN_HEIGHT

from .dock_driver import click, lay_out, log_in, settle, wait_until


def _short(dock, tab):
    lay_out(dock, tab, window=(800, 520), size=(470, 480))


def test_every_tabs_table_keeps_its_rows_on_a_short_screen_and_the_tab_scrolls(dock):
    log_in(dock)
    assessments = dock.assessments
    click(assessments.load_button)
    wait_until(lambda: assessments.model.rowCount() > 0 and not assessments.model.pending(), timeout=60)
    for tab, table in ((dock.screening, dock.screening.table), (dock.submit, dock.submit.table),
                       (assessments, assessments.table)):
        _short(dock, tab)
        page = dock.tabs.currentWidget()
        assert page.isAncestorOf(tab), tab
        assert table.height() >= TABLE_MIN_HEIGHT, (tab, table.height())
        assert page.verticalScrollBar().maximum() > 0, tab  # the rest of the tab is reached by scrolling
    rows_shown = assessments.table.viewport().height() // assessments.table.verticalHeader().defaultSectionSize()
    assert rows_shown >= 5 and assessments.model.rowCount() >= 5
    page = dock.tabs.currentWidget()
    page.ensureWidgetVisible(assessments.report_button)  # the buttons below the table are a scroll away
    settle()
    assert assessments.report_button.visibleRegion().boundingRect().height() == assessments.report_button.height()


def test_a_tall_dock_gives_the_table_the_room_and_shows_no_scroll_bar(dock):
    _short(dock, dock.assessments)
    dock.window().resize(800, 1400)
    dock.resize(470, 1350)
    settle()
    page = dock.tabs.currentWidget()
    assert page.verticalScrollBar().maximum() == 0
    assert dock.assessments.stack.height() > TABLE_MIN_HEIGHT + 100  # the table takes what the tab leaves
