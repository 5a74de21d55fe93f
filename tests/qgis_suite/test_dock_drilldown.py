"""The Assessments tab's drill-down driven like a user (sandbox): the plots view opens on the producer's plots,
its filter is the plots layer's own filter and the plot cards count what it shows ("6 of 150"), an empty result
says so and Clear filters brings every plot back; a producer without plots is said plainly and adds nothing to
the map; status and short values are readable in the narrow dock."""

from epoch_eudr.ui.wdg_common import MESSAGE_COLOURS
from qgis.core import QgsProject

from .dock_driver import click, log_in, wait_until


def _loaded(dock):
    log_in(dock)
    tab = dock.assessments
    dock.window().show()  # the dock in QGIS's window, as the user sees it: its views are painted
    dock.show_tab(tab)
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    return tab


def _drilled(tab, row=0):
    tab.table.selectRow(row)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None and tab.plots_model.rowCount() > 0, timeout=60)


def _column(model, key):
    return [k for k, _ in model.columns].index(key)


def test_the_plots_filter_filters_the_plots_layer_and_the_cards_count_what_it_shows(dock):
    tab = _loaded(dock)
    _drilled(tab)
    tab.view.setCurrentIndex(2)
    layer = tab.plots_layer
    total = layer.featureCount()
    assert total == tab.plots_model.rowCount() and tab.plot_cards.values["total"].text() == str(total)
    seen_empty = False
    for index in range(1, tab.plots_filter.count()):
        tab.plots_filter.setCurrentIndex(index)
        wait_until(lambda: tab.ready(), timeout=30)
        shown = tab.plots_model.rowCount()
        assert layer.subsetString(), tab.plots_filter.currentText()
        assert layer.featureCount() == shown, tab.plots_filter.currentText()
        assert tab.plot_cards.values["total"].text() == f"{shown} of {total}", tab.plots_filter.currentText()
        compliant = sum(1 for f in layer.getFeatures() if f["status"] == "Compliant")
        assert tab.plot_cards.values["Compliant"].text().split()[0] == str(compliant)
        assert tab.empty_note.isVisibleTo(tab) == (shown == 0)
        if shown == 0:
            seen_empty = True
            assert "plot" in tab.empty_note.text() and tab.clear_button.isVisibleTo(tab)
            click(tab.clear_button)
            wait_until(lambda: tab.ready(), timeout=30)
            assert tab.plots_filter.currentIndex() == 0 and layer.subsetString() == ""
            assert layer.featureCount() == tab.plots_model.rowCount() == total
    tab.plots_filter.setCurrentIndex(0)
    wait_until(lambda: tab.ready(), timeout=30)
    assert layer.subsetString() == "" and layer.featureCount() == tab.plots_model.rowCount() == total
    assert tab.plot_cards.values["total"].text() == str(total) and not tab.empty_note.isVisibleTo(tab)
    assert seen_empty  # the sandbox's producer has no plot the second opinion calls NEEDS_REVIEW


def test_statuses_and_short_values_of_the_drilled_plots_are_readable_in_the_narrow_dock(dock):
    tab = _loaded(dock)
    _drilled(tab)  # the user never picks the view: the drill-down shows it
    assert tab.view.currentIndex() == 2 and tab.stack.currentWidget() is tab.plots_table
    view, model = tab.plots_table, tab.plots_model
    metrics = view.fontMetrics()

    def unfit():
        wrong = {}
        for key in ("status", "second_opinion", "area", "second_opinion_disagrees"):
            column = _column(model, key)
            texts = model.delivered_texts(column)
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
            if not texts or view.columnWidth(column) < widest:
                wrong[key] = (view.columnWidth(column), widest, texts[:3])
        return wrong

    try:  # what the user sees painted (the offscreen platform paints a widget when it is grabbed)
        wait_until(lambda: dock.grab() is not None and not unfit(), timeout=10)
    except AssertionError:
        assert not unfit()


def test_a_producer_without_plots_is_said_plainly_and_adds_nothing_to_the_map(dock, sandbox_server, tmp_path):
    tab = _loaded(dock)
    tab.table.selectRow(0)
    row = tab.selected_row()
    empty = tmp_path / "no_plots.ndjson"
    empty.write_text("")
    sandbox_server.fixtures[row["collection_id"]] = empty
    try:
        before = set(QgsProject.instance().mapLayers())
        click(tab.drill_button)
        wait_until(lambda: tab.ready() and "no plots" in tab.status.text(), timeout=60)
    finally:
        sandbox_server.fixtures.pop(row["collection_id"], None)
    assert "loaded" not in tab.status.text() and row["company_name"] in tab.status.text()
    assert MESSAGE_COLOURS["warning"] in tab.status.styleSheet()
    assert set(QgsProject.instance().mapLayers()) == before
    assert not [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith("Drill-down")]
    assert tab.view.currentIndex() == 0 and tab.plots_layer is None
