"""Every table paints every status of every result kind (issue 12).

Screened plots raised ``KeyError`` while the table painted: the colour lookup knew
producer statuses only. Each kind's rows, with every known verdict and some
odd values, go through the table model for the roles a view asks for, and a
real view paints them.
"""

from functools import partial

import pytest
from epoch_eudr.core.colours import KINDS, colour_of, known_values
from epoch_eudr.ui.table_model import RowsModel
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QTableView

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole)
COLUMNS = [("status", "Status"), ("status_key", "Key"), ("level", "Level"), ("confidence_level", "Confidence"),
           ("severity", "Severity"), ("risk_rank", "Rank"), ("area", "Area")]
ODD = [None, "", "nope", 3.5, ["x"], {"a": 1}, "NON-COMPLIANT "]


def rows_for(kind):
    rows = []
    for i, value in enumerate(list(known_values(kind)) + ODD):
        rows.append({"fid": i, "status": value, "status_key": value, "level": value, "confidence_level": value,
                     "severity": value, "risk_rank": i if i % 2 else None, "area": 1.5 * i})
    return rows


@pytest.mark.parametrize("kind", KINDS)
def test_every_cell_of_every_kind_paints(qgis_app, kind):
    model = RowsModel(COLUMNS, checkable=True, colour_of=partial(colour_of, kind))
    rows = rows_for(kind)
    model.set_rows(rows)
    coloured = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                value = model.data(index, role)
                if role == Qt.ItemDataRole.ForegroundRole and value is not None:
                    assert isinstance(value, QColor) and value.isValid()
                    coloured += 1
    assert coloured >= len(known_values(kind))  # every known verdict got its colour
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.resize(900, 400)
    view.show()
    for column in range(model.columnCount()):
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert not view.grab().isNull()  # a real paint of every visible cell
    view.close()


def test_non_compliant_plot_rows_are_red(qgis_app):
    model = RowsModel(COLUMNS, colour_of=partial(colour_of, "screened_plots"))
    model.set_rows([{"fid": 1, "status": "Non-Compliant", "status_key": "non-compliant"}])
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#dc2626"
