"""A sortable, filterable, optionally checkable table over result-layer rows (no business logic here)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FID_ROLE = Qt.ItemDataRole.UserRole + 2


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if hasattr(value, "toString"):  # QDateTime
        return value.toString("yyyy-MM-dd")
    return str(value)


class RowsModel(QAbstractTableModel):
    """``rows`` are dicts with a ``fid``; ``columns`` are (key, header) pairs."""

    def __init__(self, columns: Sequence[Tuple[str, str]], checkable: bool = False,
                 colour_of: Optional[Callable[[Dict[str, Any]], Optional[str]]] = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self.colour_of = colour_of
        self.rows: List[Dict[str, Any]] = []
        self.checked: Set[int] = set()

    def set_rows(self, rows: List[Dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.checked = set()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][1]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if self.checkable and index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        key = self.columns[index.column()][0]
        value = row.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == SORT_ROLE:
            if key == "status" and isinstance(row.get("risk_rank"), int):
                return row["risk_rank"]  # by risk, not alphabetically
            return value if isinstance(value, (int, float)) else display(value).lower()
        if role == FID_ROLE:
            return row.get("fid")
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if row.get("fid") in self.checked else Qt.CheckState.Unchecked
        coloured = key in ("status", "level", "confidence_level")
        if role == Qt.ItemDataRole.ForegroundRole and self.colour_of is not None and coloured:
            colour = self.colour_of(row)
            return QColor(colour) if colour else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            fid = self.rows[index.row()].get("fid")
            if value == Qt.CheckState.Checked:
                self.checked.add(fid)
            else:
                self.checked.discard(fid)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False


class RowsFilter(QSortFilterProxyModel):
    """Equality filters on keys plus a free-text search over every column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.equals: Dict[str, str] = {}
        self.text = ""

    def set_filter(self, key: str, value: str) -> None:
        if value:
            self.equals[key] = value
        else:
            self.equals.pop(key, None)
        self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self.text = text.strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt's name)
        row = self.sourceModel().rows[source_row]
        for key, wanted in self.equals.items():
            if display(row.get(key)) != wanted:
                return False
        if self.text:
            return any(self.text in display(v).lower() for v in row.values())
        return True
