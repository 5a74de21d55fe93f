"""Dock table columns sized to what they show: the header and the rows already read, never a read of the file
(the views themselves: :meth:`.wdg_common.DockTab._table_view`).

A narrow dock cut "NEEDS_REVIEW" to "NEEDS_REVI..." and every plot id to the same "0x298d29be..." prefix.
Each column is as wide as its header and the rows delivered so far (the model's pages, read in its worker),
up to a limit; an id is elided in the middle (its distinguishing end stays visible) with the whole value in
the cell's tooltip.
"""

from __future__ import annotations

from typing import Iterable

from qgis.PyQt.QtCore import Qt

#: Columns holding ids: elided in the middle, never wider than ID_CHARS characters.
ID_KEYS = frozenset({"plotid", "uuid", "collection_id", "facility_id", "epoch_source_fid"})
ID_CHARS = 16
MAX_CHARS = 36
PADDING_PX = 18


def fit_columns(view, model, id_keys: Iterable[str] = ID_KEYS) -> None:
    """Each column of ``view`` as wide as its header and its delivered texts (ids capped, elided mid-way)."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    bold = header.fontMetrics()
    ids = frozenset(id_keys)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    average = metrics.averageCharWidth()
    for column, (key, title) in enumerate(model.columns):
        texts = model.delivered_texts(column)
        widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
        limit = average * (ID_CHARS if key in ids else MAX_CHARS)
        wanted = max(bold.horizontalAdvance(str(title)) + PADDING_PX, min(widest, limit) + PADDING_PX)
        if model.checkable and column == 0:
            wanted += 24  # the tick box
        view.setColumnWidth(column, wanted)


#: Field names (lower case, spaces and underscores alike) that hold the user's own plot id, best first.
def fit_when_read(view, model, delay_ms: int = 60, tries: int = 8) -> None:
    """:func:`fit_columns` once the view has painted (and so read) its first rows: tried again a few times
    while nothing has been read yet (a view not yet shown reads nothing: its widths are left alone, and the
    dock fits it again when it is shown)."""
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QTimer

    def attempt(left: int) -> None:
        if sip.isdeleted(view) or sip.isdeleted(model):
            return
        if model.rowCount() and not model.delivered_texts(0, limit=1):
            if left > 0:
                QTimer.singleShot(delay_ms * 2, lambda: attempt(left - 1))
            return  # never painted (a view not shown): fitted when it is shown, never to its headers alone
        fit_columns(view, model)

    QTimer.singleShot(delay_ms, lambda: attempt(tries))
