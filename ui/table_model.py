"""Table and tree models that are views over a result table (``core.gpkg.tables``), never copies of it.

:class:`RowsModel` holds the ordered feature ids of the current query (filters, search, sort) and
reads the rows a view paints, a page at a time, by id. Filters, searches and sorts are answered in
the table's worker thread: an answer that comes within ``SYNC_WAIT_S`` is shown at once, a slower
one when it arrives (the event loop runs meanwhile). :mod:`.groups_model` holds the grouped-by-producer
tree (its answers asked the same way). :class:`MapSelectionSync` keeps a
view's selection and a layer's selection the same, by feature id, without scanning.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor

from ..core.gpkg.tables import MemoryTable, Order, Pending, Query, display
from ..core.second_opinion import FIELDS as SECOND_OPINION_FIELDS
from ..layers.styles.explanations import second_opinion_tooltip
from ..layers.words.shown_values import value_label

FID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_ROWS = 128
CACHED_PAGES = 64
SYNC_WAIT_S = 0.05
#: Up to this many rows an answer is usually quicker than SYNC_WAIT_S: worth waiting for (no flicker).
#: A larger table is never waited for: its answers are shown when they come, the event loop runs meanwhile.
SYNC_ROWS = 20_000
FIRST_SYNC_ROWS = 5_000  # the first answer also copies the columns it queries
#: Fields a row's colour may depend on (``core.colours``): read with the shown columns when the table has them.
COLOUR_FIELDS = ("status_key", "status", "level", "confidence_level", "severity", "risk_rank")
COLOURED_COLUMNS = ("status", "level", "confidence_level")
#: Columns whose stored words (statuses, levels) are shown in the user's language; the stored value never changes.
LABELLED_COLUMNS = frozenset({"status", "level", "confidence_level", "risk"})
#: Columns whose tooltip explains the row's stored numbers and codes in the user's language, and the fields it reads.
TOOLTIPS: Dict[str, Callable[[Dict[str, Any]], str]] = {"second_opinion": second_opinion_tooltip}
TOOLTIP_FIELDS: Dict[str, Tuple[str, ...]] = {
    "second_opinion": ("second_opinion_score", *SECOND_OPINION_FIELDS, "deforestation_alert")}


def shown_value(key: str, value: Any) -> str:
    """A stored value as its cell shows it: words in the user's language, decimals with the locale's
    separator (:mod:`..layers.words.shown_values`), dates as ``2026-11-23``; the stored value never changes."""
    return value_label(key, value) if isinstance(value, (str, float)) else display(value)


__all__ = ["FID_ROLE", "RowsModel", "MapSelectionSync", "display", "shown_value"]


def _emit_safely(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the model was deleted (the dock closed) while the worker answered
        pass


def _wait_for(table, first: bool = False) -> float:
    """How long the main thread may wait for ``table``'s answer (0: never wait, show it when it comes)."""
    return SYNC_WAIT_S if table.size_hint() <= (FIRST_SYNC_ROWS if first else SYNC_ROWS) else 0.0


class _Answers:
    """Ask a table a question; take the answer at once if it is quick, else when it arrives."""

    def __init__(self, arrived) -> None:
        self.arrived = arrived  # a pyqtSignal(int, object) of the model: queued from the worker thread
        self.generation = 0
        self.pending: Optional[Pending] = None

    def ask(self, pending: Pending, deliver: Callable[[Pending], None], wait: float = SYNC_WAIT_S) -> None:
        self.generation += 1
        generation = self.generation
        self.pending = pending
        if pending.wait(wait):
            self.take(generation, pending, deliver)
        else:
            pending.on_done(lambda answer: _emit_safely(self.arrived, generation, answer))

    def take(self, generation: int, pending: Pending, deliver: Callable[[Pending], None]) -> None:
        if generation != self.generation or pending is not self.pending:
            return  # an older question: a newer one is on its way
        self.pending = None
        if not pending.cancelled:
            deliver(pending)


class RowsModel(QAbstractTableModel):
    """``columns`` are (key, header) pairs; rows come from a table (``set_table``) or a list (``set_rows``)."""

    applied = pyqtSignal()  # a new answer (rows, order) is shown
    failed = pyqtSignal(str)
    _arrived = pyqtSignal(int, object)

    def __init__(self, columns: Sequence[Tuple[str, str]], checkable: bool = False,
                 colour_of: Optional[Callable[[Dict[str, Any]], Optional[str]]] = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self.colour_of = colour_of
        self.table: Any = MemoryTable([])
        self.query = Query()
        self.order = Order(array("q"))
        self.checked: Set[int] = set()
        self.marks: Dict[str, Dict[int, str]] = {}  # column key -> text by feature id (not a field of the table)
        self._pages: OrderedDict[int, List[Dict[str, Any]]] = OrderedDict()
        self._answers = _Answers(self._arrived)
        self._arrived.connect(self._on_arrived)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(300)
        self._retry.timeout.connect(self._repaint_all)

    # what the table reads ----------------------------------------------------------------
    def keys(self) -> List[str]:
        """The fields a row needs: the columns, what their colours depend on and what their tooltips word."""
        shown = [key for key, _ in self.columns]
        tips = [name for key in shown for name in TOOLTIP_FIELDS.get(key, ())]
        return list(dict.fromkeys(shown + list(COLOUR_FIELDS) + tips))

    def set_table(self, table, checked: Optional[Set[int]] = None) -> None:
        """Show ``table`` (the caller owns it and closes it); ``checked`` is the set ticks go into."""
        self.beginResetModel()
        self.table = table
        self.order = Order(array("q"))
        self._pages.clear()
        self.checked = checked if checked is not None else set()
        self.endResetModel()
        self.refresh(first=True)

    def set_rows(self, rows: List[Dict[str, Any]]) -> None:
        """Rows held in Python (dicts with a ``fid``): for a few rows only."""
        self.set_table(MemoryTable(rows, self.keys()))

    def clear(self) -> None:
        self.set_rows([])

    def set_columns(self, columns: Sequence[Tuple[str, str]], colour_of=None) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.colour_of = colour_of
        self._pages.clear()
        self.endResetModel()

    def pending(self) -> bool:
        """Whether an answer is still being computed (the rows shown are the previous answer's)."""
        return self._answers.pending is not None

    def set_marks(self, key: str, marks: Dict[int, str]) -> None:
        """Column ``key`` shows ``marks[fid]`` (a mark the table's file does not hold: the check sample)."""
        self.marks[key] = dict(marks)
        column = next((i for i, (k, _h) in enumerate(self.columns) if k == key), -1)
        if column >= 0 and self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def set_all_checked(self, checked: bool) -> None:
        """Tick (or untick) every row shown; the ticks stay in the same set (the other tabs read it)."""
        if checked:
            self.checked.update(self.order.fids)
        else:
            self.checked.difference_update(self.order.fids)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    # questions -----------------------------------------------------------------------------
    def refresh(self, first: bool = False) -> None:
        self._answers.ask(self.table.order(self.query), self._deliver, _wait_for(self.table, first))

    def set_query(self, query: Query) -> None:
        if query != self.query:
            self.query = query
            self.refresh()

    def set_filter(self, key: str, value: str) -> None:
        self.set_query(self.query.with_filter(key, value))

    def set_text(self, text: str) -> None:
        self.set_query(self.query.with_text(text))

    def sortable(self, key: Optional[str]) -> bool:
        """Whether the rows can be sorted by ``key``: a field the table sorts on (a file's table: its queried
        fields), not a mark of the tab's (the check sample's)."""
        queried = getattr(self.table, "queried", None)
        return key is not None and key not in self.marks and (queried is None or key in queried)

    def sort_column(self) -> int:
        """The column the rows are sorted by; -1 when none is (the table's own order: no sort, a key not shown
        or one the table cannot sort by)."""
        keys = [key for key, _ in self.columns]
        return keys.index(self.query.sort) if self.query.sort in keys and self.sortable(self.query.sort) else -1

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt's name: the view calls it
        if 0 <= column < len(self.columns) and self.sortable(self.columns[column][0]):
            self.set_query(self.query.with_sort(self.columns[column][0], order == Qt.SortOrder.DescendingOrder))

    def _on_arrived(self, generation: int, pending: Pending) -> None:
        self._answers.take(generation, pending, self._deliver)

    def _deliver(self, pending: Pending) -> None:
        if pending.error:
            self.failed.emit(pending.error)
            return
        self._apply(pending.result)
        self.applied.emit()

    def _apply(self, order: Order) -> None:
        """Show a new order; selected and current rows follow their features (Qt's proxies do the same)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        fids = self.order.fids
        new = []
        for index in old:
            row = index.row()
            target = order.row_of(fids[row]) if 0 <= row < len(fids) else -1
            new.append(self.createIndex(target, index.column()) if target >= 0 else QModelIndex())
        self.order = order
        self._pages.clear()
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # rows ------------------------------------------------------------------------------------
    def fid_at(self, row: int) -> Optional[int]:
        return self.order.fids[row] if 0 <= row < len(self.order) else None

    def row_of(self, fid: int) -> int:
        return self.order.row_of(int(fid))

    def row_at(self, row: int) -> Optional[Dict[str, Any]]:
        """The values of the row shown at ``row`` (``None`` past the end)."""
        if not 0 <= row < len(self.order):
            return None
        page = row // PAGE_ROWS
        rows = self._pages.get(page)
        if rows is None:
            fids = self.order.fids[page * PAGE_ROWS:(page + 1) * PAGE_ROWS]
            try:
                found = self.table.fetch(fids)
            except sqlite3.Error:  # the GeoPackage is being rewritten: show blanks, paint again soon
                self._retry.start()
                return {"fid": self.order.fids[row]}
            rows = [found.get(fid) or {"fid": fid} for fid in fids]
            self._pages[page] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE_ROWS]

    def delivered_texts(self, column: int, limit: int = 512) -> List[str]:
        """The texts of ``column`` in the rows already read (never a read of the file: sizing a column must
        not touch the GeoPackage on the main thread)."""
        key = self.columns[column][0]
        texts: List[str] = []
        for rows in self._pages.values():
            for row in rows:
                if key in self.marks:
                    texts.append(self.marks[key].get(row.get("fid"), ""))
                else:
                    texts.append(shown_value(key, row.get(key)))
                if len(texts) >= limit:
                    return texts
        return texts

    def _repaint_all(self) -> None:
        self._pages.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # Qt's model interface ----------------------------------------------------------------------
    def rowCount(self, parent=None):  # noqa: N802 (Qt's name)
        return len(self.order.fids) if parent is None or not parent.isValid() else 0

    def columnCount(self, parent=None):  # noqa: N802
        return len(self.columns) if parent is None or not parent.isValid() else 0

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        # the title whole in its tooltip too: a column giving way to the status in the narrow dock cuts it
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self.columns[section][1] if 0 <= section < len(self.columns) else None
        return None

    _FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _CHECKABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsUserCheckable

    def flags(self, index):  # called for every cell of a selection: kept to a lookup
        return self._CHECKABLE_FLAGS if self.checkable and index.column() == 0 else self._FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        if role == FID_ROLE:
            return self.order.fids[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            if self.checkable and index.column() == 0:
                fid = self.order.fids[index.row()]
                return Qt.CheckState.Checked if fid in self.checked else Qt.CheckState.Unchecked
            return None
        key = self.columns[index.column()][0]
        if key in self.marks:
            shown = role == Qt.ItemDataRole.DisplayRole
            return self.marks[key].get(self.order.fids[index.row()], "") if shown else None
        if role == Qt.ItemDataRole.ToolTipRole and key in TOOLTIPS:  # words about stored codes, written now
            return TOOLTIPS[key](self.row_at(index.row())) or shown_value(key, self.row_at(index.row()).get(key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip: an elided id whole
            return shown_value(key, self.row_at(index.row()).get(key))
        if role == Qt.ItemDataRole.ForegroundRole and self.colour_of is not None and key in COLOURED_COLUMNS:
            colour = self.colour_of(self.row_at(index.row()))
            return QColor(colour) if colour else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            fid = self.fid_at(index.row())
            if fid is None:
                return False
            if value in (Qt.CheckState.Checked, 2):
                self.checked.add(fid)
            else:
                self.checked.discard(fid)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        return False


class MapSelectionSync:
    """A view's selected rows <-> a layer's selected features, by feature id (positions, never a scan)."""

    def __init__(self, view, model: RowsModel, layer, zoom: Optional[Callable[[], None]] = None) -> None:
        self.view, self.model, self.layer, self.zoom = view, model, layer, zoom
        self._syncing = False
        view.selectionModel().selectionChanged.connect(self._table_changed)
        layer.selectionChanged.connect(self._layer_changed)
        layer.willBeDeleted.connect(self.detach)

    def detach(self) -> None:
        """Unlink (also from ``willBeDeleted``, when the layer's wrapper may already be gone: opening another
        project deletes it; an exception escaping a slot would abort QGIS)."""
        layer, self.layer = self.layer, None
        links = [(lambda: self.view.selectionModel().selectionChanged, self._table_changed)]
        if layer is not None:
            links += [(lambda: layer.selectionChanged, self._layer_changed), (lambda: layer.willBeDeleted, self.detach)]
        for signal, slot in links:
            try:
                signal().disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _table_changed(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        rows = self.view.selectionModel().selectedRows()
        fids = [fid for fid in (self.model.fid_at(index.row()) for index in rows) if fid is not None]
        self._syncing = True
        try:
            self.layer.selectByIds(fids)
        except RuntimeError:  # the layer was deleted (its project closed)
            self.layer = None
            return
        finally:
            self._syncing = False
        if fids and self.zoom is not None:
            self.zoom()

    def _layer_changed(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        try:
            selected = self.layer.selectedFeatureIds()
        except RuntimeError:  # the layer was deleted (its project closed)
            self.layer = None
            return
        rows = sorted(r for r in (self.model.row_of(fid) for fid in selected) if r >= 0)
        selection = QItemSelection()
        last_column = max(0, self.model.columnCount() - 1)
        start = previous = None
        for row in rows + [None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag
        self._syncing = True
        try:
            self.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        finally:
            self._syncing = False
