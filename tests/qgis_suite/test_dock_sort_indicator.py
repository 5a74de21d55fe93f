"""The arrow in a results table's header is on the column its rows are sorted by, in the direction they are, or
on none: the Screening tab's table, whose columns change with the layer screened (its own fields first), showed it
on "Plot ID" while its rows were in status order."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from .dock_driver import click, lay_out, log_in, wait_until

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_plots.geojson"


def _shown(model, key):
    column = [k for k, _ in model.columns].index(key)
    wait_until(lambda: all(model.index(row, column).data() not in (None, "") for row in range(model.rowCount())))
    return [model.row_at(row)[key] for row in range(model.rowCount())]  # as stored: what the rows are sorted by


def _arrow(view):
    header = view.horizontalHeader()
    section = header.sortIndicatorSection()
    if not header.isSortIndicatorShown() or not 0 <= section < view.model().columnCount():
        return None, None
    return view.model().columns[section][0], header.sortIndicatorOrder()


def test_the_screening_tables_arrow_is_on_the_column_its_rows_are_sorted_by(dock):
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("plot"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == layer.featureCount() and not screening.task_bar.busy(), 60)
    lay_out(dock, screening)
    view, model = screening.table, screening.model
    key, order = _arrow(view)
    if key is None:  # no arrow: the rows in the layer's own order
        assert model.query.sort is None or model.query.sort not in [k for k, _ in model.columns]
    else:
        values = _shown(model, key)
        assert len(set(values)) > 1  # the order says something
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder), (key, order, values)
    # the user sorts by the plot id, then back: the arrow follows each time
    plot_id = [k for k, _ in model.columns].index("Plot ID")
    for wanted in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(plot_id, wanted)
        wait_until(lambda: not model.pending())
        assert _arrow(view) == ("Plot ID", wanted)
        ids = _shown(model, "Plot ID")
        assert ids == sorted(ids, reverse=wanted == Qt.SortOrder.DescendingOrder)


def test_a_column_the_rows_cannot_be_sorted_by_gets_no_arrow(dock):
    log_in(dock)
    tab = dock.assessments
    lay_out(dock, tab)
    view, model = tab.table, tab.model
    click(tab.load_button)
    wait_until(lambda: tab.ready() and model.rowCount() > 0, timeout=60)
    assert _arrow(view) == ("status", Qt.SortOrder.DescendingOrder)  # high risk first
    assert (model.query.sort, model.query.descending) == ("status", True)
    before = [model.fid_at(row) for row in range(model.rowCount())]
    sample = [k for k, _ in model.columns].index("in_check_sample")  # a mark of the tab's, not a field of the file
    view.sortByColumn(sample, Qt.SortOrder.AscendingOrder)
    wait_until(lambda: tab.ready())
    assert _arrow(view) == ("status", Qt.SortOrder.DescendingOrder) and model.query.sort == "status"
    assert [model.fid_at(row) for row in range(model.rowCount())] == before
