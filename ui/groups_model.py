"""The grouped-by-producer tree of the Assessments tab: a view over a result table's ``GROUP BY`` (never a copy).

Producers come worst status first (the flat view's risk order), sorted in the table's worker; a producer's
rows are read when its group opens, and read again soon when the file could not be read then (a task writing
it), as :class:`~.table_model.RowsModel` paints again.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable, Dict, List, Optional, Set

from qgis.PyQt.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.gpkg.tables import Groups, MemoryTable, Pending, Query
from ..core.risk import PRODUCER_STATUSES
from ..layers.words.language import status_label
from .column_labels import group_headers
from .table_model import FID_ROLE, _Answers, _wait_for, shown_value


def _sorted_groups(groups: Groups) -> Groups:
    """``groups`` worst status first (the flat view's risk order: the highest risk rank first), a tie in the
    order of the producers' first rows; a producer of no known status last."""
    order = sorted(range(len(groups)), key=lambda row: -(groups.worst[row] if groups.worst[row] is not None
                                                          else -(1 << 30)))
    found = Groups()
    for row in order:
        found.add(groups.names[row], groups.worst[row], groups.nc_plots[row], groups.counts[row], groups.ids[row])
    return found


def worst_first(pending: Pending) -> Pending:
    """The groups of ``pending`` ordered by :func:`_sorted_groups`, sorted where they are computed (the table's
    worker): the main thread never sorts 100,000 producers."""
    ordered = Pending()

    def sort(done: Pending) -> None:
        if done.error or done.cancelled or done.result is None:
            ordered.resolve(done.result, done.error, done.cancelled)
            return
        ordered.resolve(_sorted_groups(done.result))

    pending.on_done(sort)
    return ordered


class _Opened:
    """A producer whose rows have been read (the parent of those rows' indexes)."""

    __slots__ = ("row", "children")

    def __init__(self, row: int) -> None:
        self.row = row
        self.children: List[Dict[str, Any]] = []


class GroupsModel(QAbstractItemModel):
    """Producers (worst status, NC plot total) over a table's ``GROUP BY``; a group's rows read when opened."""

    HEADERS = ("Producer", "Status", "NC Plots", "Commodity", "Country")
    CHILD_KEYS = ("status", "noncompliance_plot_count", "commodity", "country")
    CHILDREN_PAGE = 200
    GROUPS_PAGE = 500  # producers shown at first; more as the view scrolls down (a tree lays out every row)
    applied = pyqtSignal()
    failed = pyqtSignal(str)
    _arrived = pyqtSignal(int, object)

    def __init__(self, colour_of: Optional[Callable[[Dict[str, Any]], Optional[str]]] = None, parent=None) -> None:
        super().__init__(parent)
        self.colour_of = colour_of
        self.table: Any = MemoryTable([])
        self.query = Query()
        self.groups = Groups()
        self.opened: Dict[int, _Opened] = {}
        self.shown = 0  # top-level rows given to the view so far
        self.active = False  # computed only while the grouped view is shown
        self._stale = True
        self._answers = _Answers(self._arrived)
        self._arrived.connect(lambda generation, pending: self._answers.take(generation, pending, self._deliver))
        self._ranks = {status.rank: status for status in PRODUCER_STATUSES}
        # a group opened while its rows could not be read (a task writing the file): read again soon, as
        # RowsModel paints again, else it stays empty until closed and opened again
        self._unread: Set[int] = set()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(300)
        self._retry.timeout.connect(self._read_again)

    def _read_again(self) -> None:
        rows, self._unread = sorted(self._unread), set()
        for row in rows:
            if row < self.shown:
                self.fetchMore(self.index(row, 0))

    def set_table(self, table) -> None:
        self.table = table
        self._unread.clear()
        self.beginResetModel()
        self.groups, self.opened, self.shown = Groups(), {}, 0
        self.endResetModel()
        self._stale = True
        self._maybe_refresh()

    def set_query(self, query: Query) -> None:
        query = query.with_sort(None, False)  # groups keep the order of their first row
        if query != self.query:
            self.query = query
            self._stale = True
            self._maybe_refresh()

    def set_active(self, active: bool) -> None:
        self.active = active
        self._maybe_refresh()

    def pending(self) -> bool:
        return self._answers.pending is not None or (self.active and self._stale)

    def _maybe_refresh(self) -> None:
        if self.active and self._stale:
            self._stale = False
            self._answers.ask(worst_first(self.table.groups(self.query)), self._deliver, _wait_for(self.table))

    def _deliver(self, pending: Pending) -> None:
        if pending.error:
            self.failed.emit(pending.error)
            return
        self._unread.clear()
        self.beginResetModel()
        self.groups, self.opened = pending.result, {}
        self.shown = min(len(self.groups), self.GROUPS_PAGE)
        self.endResetModel()
        self.applied.emit()

    def status_of(self, row: int):
        return self._ranks.get(self.groups.worst[row])

    def _opened(self, row: int) -> _Opened:
        node = self.opened.get(row)
        if node is None:
            node = self.opened[row] = _Opened(row)
        return node

    def row_fid(self, index: QModelIndex) -> Optional[int]:
        """The feature id of a producer's row (a group with one row stands for it)."""
        if not index.isValid():
            return None
        node = index.internalPointer()
        if isinstance(node, _Opened):
            return node.children[index.row()].get("fid") if index.row() < len(node.children) else None
        row = index.row()
        return int(self.groups.ids[row]) if row < len(self.groups) and self.groups.counts[row] == 1 else None

    # Qt's model interface ----------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column)
        return self.createIndex(row, column, self._opened(parent.row()))

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        return self.createIndex(node.row, 0) if isinstance(node, _Opened) else QModelIndex()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        if not parent.isValid():
            return self.shown
        if isinstance(parent.internalPointer(), _Opened):
            return 0
        node = self.opened.get(parent.row())
        return len(node.children) if node is not None else 0

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return len(self.HEADERS)

    def hasChildren(self, parent=QModelIndex()):  # noqa: N802
        if not parent.isValid():
            return self.shown > 0
        if isinstance(parent.internalPointer(), _Opened):
            return False
        return parent.row() < len(self.groups) and self.groups.counts[parent.row()] > 0

    def canFetchMore(self, parent):  # noqa: N802
        if not parent.isValid():
            return self.shown < len(self.groups)
        if isinstance(parent.internalPointer(), _Opened) or parent.row() >= len(self.groups):
            return False
        node = self.opened.get(parent.row())
        return (len(node.children) if node is not None else 0) < self.groups.counts[parent.row()]

    def fetchMore(self, parent):  # noqa: N802
        if not self.canFetchMore(parent):
            return
        if not parent.isValid():
            more = min(len(self.groups), self.shown + self.GROUPS_PAGE)
            self.beginInsertRows(parent, self.shown, more - 1)
            self.shown = more
            self.endInsertRows()
            return
        node = self._opened(parent.row())
        have = node.children
        fids = self.groups[parent.row()].fids()[len(have):len(have) + self.CHILDREN_PAGE]
        try:
            found = self.table.fetch(fids)
        except sqlite3.Error:
            self._unread.add(parent.row())
            self._retry.start()
            return
        self.beginInsertRows(parent, len(have), len(have) + len(fids) - 1)
        have.extend(found.get(fid) or {"fid": fid} for fid in fids)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return group_headers()[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if isinstance(node, _Opened):  # a producer's row
            row = node.children[index.row()] if index.row() < len(node.children) else {}
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return ""
                key = self.CHILD_KEYS[index.column() - 1]
                return shown_value(key, row.get(key))
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and self.colour_of is not None:
                colour = self.colour_of(row)
                return QColor(colour) if colour else None  # no verdict: the view's own text colour
            if role == FID_ROLE:
                return row.get("fid")
            return None
        row = index.row()
        if row >= len(self.groups):
            return None
        status = self.status_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return self.groups.names[row]
            if column == 1:
                return status_label(status.label) if status else ""
            return str(self.groups.nc_plots[row]) if column == 2 else ""
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and status is not None:
            return QColor(status.color)
        return None
