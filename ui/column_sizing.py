"""Dock table columns sized to what they show: the header, the words a column can show and the rows already
read, never a read of the file (the views themselves: :meth:`.wdg_common.DockTab._table_view`).

A narrow dock cut "NEEDS_REVIEW" to "NEEDS_REVI..." and every plot id to the same "0x298d29be..." prefix.
Each column is as wide as its header and the rows delivered so far (the model's pages, read in its worker),
up to a limit; an id is elided in the middle (its distinguishing end stays visible) with the whole value in
the cell's tooltip.

A status (and the second opinion's verdict) is one of a few known words: its column is as wide as the longest
of them in the user's language ("Non conforme", "Risque moyen") from the start, so a status is read whole
before any row is read, in rows not read yet, and in a view fitted while hidden (a view not shown reads no
row: it is fitted again when it shows). The columns before the status give way (elided, whole in the tooltip)
so that the status is in view in the narrow dock without scrolling sideways; fitted again when the table's width
changes (the dock resized, the tab's scroll bar shown or gone), once the resizing stops.
"""

from __future__ import annotations

from typing import Callable, Iterable, List, Sequence, Tuple

from qgis.PyQt.QtCore import QEvent, QObject, Qt

from ..core.risk import PLOT_STATUSES, PRODUCER_STATUSES, Status
from ..core.second_opinion import VERDICTS
from .table_model import shown_value

#: Columns holding ids: elided in the middle, never wider than ID_CHARS characters.
ID_KEYS = frozenset({"plotid", "uuid", "collection_id", "facility_id", "epoch_source_fid"})
ID_CHARS = 16
MAX_CHARS = 36
#: A column before the status gives way down to this many characters (elided; its tooltip holds it whole).
MIN_CHARS = 10
PADDING_PX = 18


#: The statuses a table of producers, or of plots, can show (``core.risk``).
ALL_STATUSES: Tuple[Status, ...] = (*PRODUCER_STATUSES, *PLOT_STATUSES)


def known_texts(key: str, statuses: Sequence[Status] = ALL_STATUSES) -> List[str]:
    """Every text a cell of column ``key`` can show when it is one of a few stored words (``statuses``, the
    table's: its producers' or its plots'; the second opinion's verdicts), in the user's language; [] else."""
    if key in ("status", "epoch_status"):
        return [shown_value(key, status.label) for status in statuses]
    if key == "second_opinion":
        return [shown_value(key, verdict) for verdict in VERDICTS]
    return []


def title_width(view, column: int) -> int:
    """How wide column ``column`` must be for its title to show whole: Qt's own measure (the header's style, its
    margins and the room of the sort arrow, drawn on whichever column the user sorts by). A title cut to its
    text alone was elided as soon as its column was sorted ("Surfa...(ha)")."""
    header = view.horizontalHeader()
    return header.sectionSizeHint(column)


def _wanted(view, model, column: int, key: str, title: str, ids: frozenset, statuses: Sequence[Status]) -> int:
    metrics = view.fontMetrics()
    known = known_texts(key, statuses)
    texts = model.delivered_texts(column) + known
    widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
    limit = metrics.averageCharWidth() * (ID_CHARS if key in ids else MAX_CHARS)
    if known:
        limit = max(limit, widest)  # a status is never cut
    wanted = max(title_width(view, column), min(widest, limit) + PADDING_PX)
    if model.checkable and column == 0:
        wanted += 24  # the tick box
    return wanted


def fit_columns(view, model, id_keys: Iterable[str] = ID_KEYS, statuses: Sequence[Status] = ALL_STATUSES) -> None:
    """Each column of ``view`` as wide as its header and its delivered texts (ids capped, elided mid-way), a
    status as its longest word; the columns before a status narrowed so that it is in view."""
    ids = frozenset(id_keys)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    widths = [_wanted(view, model, column, key, title, ids, statuses)
              for column, (key, title) in enumerate(model.columns)]
    if view.isVisible():
        _status_in_view(view, model, widths)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def fit_known(view, model, statuses: Sequence[Status] = ALL_STATUSES) -> None:
    """The status columns of ``view`` widened to their longest word (no row read: at once, even hidden) and,
    in a view shown, the columns before them narrowed so that they are in view; the others as they are
    (the screening's table fitted by Qt to its contents, then this). Done again when the view's width changes."""
    _refit_on_resize(view, lambda: fit_known(view, model, statuses))
    header = view.horizontalHeader()
    count = min(len(model.columns), header.count())
    widths = [view.columnWidth(column) for column in range(count)]
    for column, (key, title) in enumerate(model.columns[:count]):
        if known_texts(key):
            widths[column] = max(widths[column], _wanted(view, model, column, key, title, frozenset(), statuses))
    if view.isVisible():
        _status_in_view(view, model, widths)
    for column, width in enumerate(widths):
        if view.columnWidth(column) != width:
            view.setColumnWidth(column, width)


def _status_in_view(view, model, widths: List[int]) -> None:
    """Narrow the text columns shown before the last status column (widest first, down to MIN_CHARS) until
    that column's right edge is inside the viewport: the dock is narrow, a status is what the user reads."""
    room = view.viewport().width()
    header = view.horizontalHeader()
    keys = [key for key, _title in model.columns][:len(widths)]
    order = [header.logicalIndex(visual) for visual in range(header.count())]
    order = [column for column in order if 0 <= column < len(widths) and not header.isSectionHidden(column)]
    shown = [i for i, column in enumerate(order) if known_texts(keys[column])]
    if room <= 0 or not shown:
        return
    before = order[:shown[-1] + 1]
    floor = view.fontMetrics().averageCharWidth() * MIN_CHARS + PADDING_PX
    excess = sum(widths[column] for column in before) - room
    for column in sorted(before, key=lambda c: -widths[c]):
        if excess <= 0:
            break
        if known_texts(keys[column]) or widths[column] <= floor:
            continue
        give = min(excess, widths[column] - floor)
        widths[column] -= give
        excess -= give


class _RefitOnResize(QObject):
    """Fits a view's columns again when its viewport's width changes, once the resizing has stopped."""

    def __init__(self, view, refit: Callable[[], None], delay_ms: int = 120) -> None:
        from qgis.PyQt.QtCore import QTimer

        super().__init__(view)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(refit)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.timer.start()
        return False


def _refit_on_resize(view, refit: Callable[[], None]) -> None:
    """Install :class:`_RefitOnResize` on ``view`` (once: the first way of fitting it is kept)."""
    if not view.findChildren(_RefitOnResize):
        view.viewport().installEventFilter(_RefitOnResize(view, refit))


def fit_with_leftover(view, column: int, chars: int = ID_CHARS) -> None:
    """A table of a few rows (the Submit tab's jobs): every column as wide as its title and values, but
    ``column`` (an id, elided in its middle), which takes the room the others leave, never less than ``chars``
    characters nor than its title: Qt's stretch gave it a few pixels once the names were long (its title cut,
    its ids a bare "..."); the table then scrolls sideways. Done again when the view's width changes."""
    _refit_on_resize(view, lambda: fit_with_leftover(view, column, chars))
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    for other in shown:
        if other != column:
            view.resizeColumnToContents(other)  # its title (Qt's measure, the sort arrow's room) and its values
    if column not in shown:
        return
    floor = max(title_width(view, column), view.fontMetrics().averageCharWidth() * chars + PADDING_PX)
    left = view.viewport().width() - sum(header.sectionSize(c) for c in shown if c != column)
    view.setColumnWidth(column, max(floor, left))


class _FitWhenShown(QObject):
    """Fits a view's columns when it is shown (a view hidden when its rows came read none to fit to)."""

    def __init__(self, view, model, statuses: Sequence[Status]) -> None:
        super().__init__(view)
        self.model, self.statuses = model, statuses

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.deleteLater()
            fit_when_read(watched, self.model, self.statuses)
        return False


def fit_when_read(view, model, statuses: Sequence[Status] = ALL_STATUSES, delay_ms: int = 60, tries: int = 8) -> None:
    """The status columns fitted at once (:func:`fit_known`; ``statuses``: the table's), then
    :func:`fit_columns` once the view has painted (and so read) its first rows: tried again a few times while
    nothing has been read yet; a view not shown reads nothing: it is fitted when it shows, never to its
    headers alone."""
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QTimer

    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    _refit_on_resize(view, lambda: fit_columns(view, model, statuses=statuses))  # before fit_known's own
    fit_known(view, model, statuses)

    def attempt(left: int) -> None:
        if sip.isdeleted(view) or sip.isdeleted(model):
            return
        if model.rowCount() and not model.delivered_texts(0, limit=1):
            if left > 0:
                QTimer.singleShot(delay_ms * 2, lambda: attempt(left - 1))
            elif not view.isVisible() and not view.findChildren(_FitWhenShown):
                view.installEventFilter(_FitWhenShown(view, model, statuses))
            return
        fit_columns(view, model, statuses=statuses)

    QTimer.singleShot(delay_ms, lambda: attempt(tries))
