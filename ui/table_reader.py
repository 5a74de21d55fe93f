"""A table's rows read off the main thread: the dock's models page through :class:`ReadInThread`.

The Assessments tab's models read the rows a view paints, a page at a time, from the results GeoPackage
(``core.gpkg.tables.SqliteTable.fetch``). Read on the main thread, each paint touched the file a load,
a drill-down or a comparison may be writing at that moment: a page then waited for, or failed on, the
writer's lock, and a view that asked for many rows (column sizing asked for up to 1,000, one page each)
froze the map for seconds. Here every page is read in a thread of its own: the main thread waits for
it at most ``WAIT_S`` (a page reads in a few milliseconds when the file is free), else the model shows
the row blank and paints it again shortly (its retry on ``sqlite3.Error``), by which time the page
read in the thread is here.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import Any, Dict, Optional, Sequence, Tuple

#: How long a paint waits for a page read in the thread (then the row is shown blank and painted again).
WAIT_S = 0.03
#: Pages kept once read (the models keep their own pages too: this only bridges the retry).
KEPT_PAGES = 32


class NotReadYet(sqlite3.OperationalError):
    """The page is being read in the thread (or the file is busy): the model paints the row again soon."""


class ReadInThread:
    """Wraps a table (``SqliteTable`` or ``MemoryTable``): ``fetch`` is answered by a thread of its own;
    everything else (``order``, ``groups``, ``size_hint``...) is the table's."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self._cond = threading.Condition()
        self._asked: OrderedDict[Tuple[int, ...], None] = OrderedDict()
        self._read: OrderedDict[Tuple[int, ...], Dict[int, Dict[str, Any]]] = OrderedDict()
        self._failed: Dict[Tuple[int, ...], str] = {}
        self._closed = False
        #: How long a paint waits for a page; 0 while a task works (its Python holds the interpreter's lock
        #: most of the time: a page read in the thread then takes longer, and a paint must not wait for it).
        self.wait = WAIT_S
        self._thread: Optional[threading.Thread] = None
        if hasattr(table, "path"):  # a file: read in the thread (rows held in Python are read at once)
            self._thread = threading.Thread(target=self._run, name="epoch-eudr-pages", daemon=True)
            self._thread.start()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.table, name)

    def fetch(self, fids: Sequence[int], wait: Optional[float] = None) -> Dict[int, Dict[str, Any]]:
        """The rows of ``fids`` if read within ``wait`` seconds (default :attr:`wait`), else :class:`NotReadYet`
        (an ``sqlite3.Error``: the models show the rows blank and ask again)."""
        wait = self.wait if wait is None else wait
        if self._thread is None:
            return self.table.fetch(fids)
        key = tuple(int(f) for f in fids)
        if not key:
            return {}
        with self._cond:
            found = self._take(key)
            if found is not None:
                return found
            self._failed.pop(key, None)
            self._asked[key] = None
            self._asked.move_to_end(key)
            self._cond.notify_all()
            self._cond.wait_for(lambda: key in self._read or key in self._failed or self._closed, timeout=wait)
            found = self._take(key)
        if found is None:
            raise NotReadYet("the rows are being read")
        return found

    def _take(self, key: Tuple[int, ...]) -> Optional[Dict[int, Dict[str, Any]]]:
        found = self._read.get(key)
        if found is not None:
            self._read.move_to_end(key)
        return found

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._asked or self._closed)
                if self._closed:
                    break
                key, _ = self._asked.popitem(last=True)  # the newest question first: the rows now in view
            try:
                rows, error = self.table.fetch(list(key)), ""
            except sqlite3.Error as exc:  # the file is being written: asked again at the next paint
                rows, error = None, str(exc) or "busy"
            with self._cond:
                if rows is None:
                    if len(self._failed) > 4 * KEPT_PAGES:
                        self._failed.clear()  # questions nobody asks again
                    self._failed[key] = error
                else:
                    self._read[key] = rows
                    while len(self._read) > KEPT_PAGES:
                        self._read.popitem(last=False)
                self._cond.notify_all()
        close = getattr(self.table, "close", None)
        if close is not None:
            close()  # this thread's own connection to the file (and the table's worker)

    def close(self) -> None:
        """End the thread (it closes its connection) and the table."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self.table.close()
