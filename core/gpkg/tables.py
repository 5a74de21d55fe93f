"""Tables read from the result GeoPackage with SQL, never copied into Python: the dock's tables are views.

A :class:`SqliteTable` answers two kinds of questions:

- *which rows, in which order* (filters, free-text search, sort, the grouped-by-producer view): in a
  worker thread, against a narrow copy of the columns it filters, sorts and searches on (built once per
  load by SQLite itself, ``INSERT ... SELECT``) in a temporary database: SQLite keeps a few MB of it in
  memory and the rest in a temporary file the system caches. The answer is the ordered feature ids, packed
  in an ``array`` (8 bytes a row), and their positions by feature id;
- *what does row N show*: on the caller's thread, a page of rows by primary key from the GeoPackage
  (``WHERE fid IN (...)``: about a millisecond for a page), only for the rows a view paints.

Nothing here imports Qt: the worker hands results to callbacks, the Qt models move them to the main
thread. :class:`MemoryTable` answers the same questions for a few rows held in Python (tests, and
layers that are not GeoPackages). Every connection to the GeoPackage is read-only and holds no
statement open between calls, so a writer replacing the layer is never blocked by a table.
"""

from __future__ import annotations

import sqlite3
import threading
import urllib.parse
from array import array
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from ..coercion import clean_text
from ..grouping import UNNAMED_PRODUCER
from .sql import quote_identifier

#: Rows whose ``status`` sorts by ``risk_rank`` (worst first when descending), not alphabetically.
SORT_FIELDS = {"status": "risk_rank"}
BACKGROUND = "background:"  # worker slots that give way to every question a view asks
#: Up to this many rows, every sortable column of the copy gets an index once the first rows are shown
#: (about 2.5 MB per column at 100,000 rows): a sort then reads an index instead of sorting the table.
INDEXED_ROWS = 300_000
SEPARATOR = "\x1f"  # between the values of a row's search text: a search never matches across two columns
#: Where a table's copy is built, in this order: SQLite's temporary database (its own page cache, 2 MB by default,
#: then a temporary file deleted when the table closes), else memory when no temporary file can be made. At
#: 100,000 assessments the copy and its sort indexes held ~60 MB of the dock's memory in memory, ~10 MB this
#: way, its filters, searches and sorts as fast (``tests/bench/dock.py``): the system's file cache serves them.
COPY_DATABASES: Tuple[str, ...] = ("", ":memory:")


def search_text(*values: Any) -> str:
    """A row's searchable text: every value as shown, lower-cased (Unicode, not only ASCII)."""
    return SEPARATOR.join(str(v) for v in values if v is not None).lower()


def producer_key(name: Any) -> str:
    """The grouped view's key: :func:`core.grouping.group_by_producer`'s rule (case and repeated spaces ignored)."""
    return (clean_text(name) or UNNAMED_PRODUCER).lower()


@dataclass(frozen=True)
class Query:
    """What a table shows: equality filters, a free-text search, a sort (column key, descending), and
    optionally only some feature ids (``ids``: the producers of a check sample)."""

    equals: Tuple[Tuple[str, str], ...] = ()
    text: str = ""
    sort: Optional[str] = None
    descending: bool = False
    ids: Optional[FrozenSet[int]] = None

    def with_filter(self, key: str, value: str) -> Query:
        equals = tuple((k, v) for k, v in self.equals if k != key) + (((key, value),) if value else ())
        return replace(self, equals=equals)

    def with_text(self, text: str) -> Query:
        return replace(self, text=text.strip().lower())

    def with_sort(self, key: Optional[str], descending: bool) -> Query:
        return replace(self, sort=key, descending=descending)

    def with_ids(self, ids: Optional[Iterable[int]]) -> Query:
        return replace(self, ids=None if ids is None else frozenset(int(i) for i in ids))

    def filtered(self) -> bool:
        """Whether anything narrows the rows (a sort does not)."""
        return bool(self.equals or self.text or self.ids is not None)


class Order:
    """The feature ids a query selects, in order; positions by feature id (no scan to find a feature)."""

    def __init__(self, fids: array[int]) -> None:
        self.fids = fids
        top = max(fids) if fids else -1
        if 0 <= top <= 4 * len(fids) + 1024:  # GeoPackage ids are dense: an array indexed by id
            positions = array("q", [-1]) * (top + 1)
            for position, fid in enumerate(fids):
                positions[fid] = position
            self._positions: Any = positions
        else:
            self._positions = {fid: position for position, fid in enumerate(fids)}

    def __len__(self) -> int:
        return len(self.fids)

    def row_of(self, fid: int) -> int:
        """The row of feature ``fid``, or -1 when the query does not select it."""
        positions = self._positions
        if isinstance(positions, dict):
            return positions.get(fid, -1)
        return positions[fid] if 0 <= fid < len(positions) else -1


@dataclass(eq=False)
class Group:
    """One producer in the grouped view: the first spelling of its name, worst risk rank, NC plot total,
    and its rows' feature ids (kept as SQLite's ``group_concat`` text until the group is opened)."""

    name: str
    worst_rank: Optional[int]
    nc_plots: int
    count: int = 0
    ids: str = ""

    def fids(self) -> List[int]:
        return [int(part) for part in self.ids.split(",")] if self.ids else []


class Groups:
    """The producers of a grouped view, column by column: no Python object per producer, so 100,000
    producers cost a few lists and arrays (and nothing for the garbage collector to walk)."""

    def __init__(self) -> None:
        self.names: List[str] = []
        self.worst: List[Optional[int]] = []
        self.nc_plots = array("q")
        self.counts = array("q")
        self.ids: List[str] = []

    def add(self, name: str, worst_rank: Optional[int], nc_plots: int, count: int, ids: str) -> None:
        self.names.append(name)
        self.worst.append(worst_rank)
        self.nc_plots.append(nc_plots)
        self.counts.append(count)
        self.ids.append(ids)

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, row: int) -> Group:
        return Group(self.names[row], self.worst[row], self.nc_plots[row], self.counts[row], self.ids[row])

    def __iter__(self) -> Iterator[Group]:
        return (self[row] for row in range(len(self)))


class Pending:
    """A result being computed in the worker: wait a little for it, or be called back when it is there."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: List[Callable[[Pending], None]] = []
        self.result: Any = None
        self.error = ""
        self.cancelled = False

    def resolve(self, result: Any = None, error: str = "", cancelled: bool = False) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self.result, self.error, self.cancelled = result, error, cancelled
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(self)

    def done(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        return self._event.wait(seconds)

    def on_done(self, callback: Callable[[Pending], None]) -> None:
        """``callback(self)`` once resolved: at once (this thread) if it already is, else in the worker."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback(self)


def resolved(result: Any) -> Pending:
    pending = Pending()
    pending.resolve(result)
    return pending


def database_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path`` (spaces, ``#`` and ``?`` in the path escaped)."""
    return "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"


class _Worker(threading.Thread):
    """One thread per table: the table's copy, and the latest job per slot (older ones are dropped)."""

    def __init__(self, build: Callable[[sqlite3.Connection], None]) -> None:
        super().__init__(name="epoch-eudr-table", daemon=True)
        self._build = build
        self._cond = threading.Condition()
        self._jobs: Dict[str, Tuple[Callable[[sqlite3.Connection], Any], Pending]] = {}
        self._running: Optional[Tuple[str, Pending]] = None
        self._closed = False
        self._conn: Optional[sqlite3.Connection] = None
        self.start()

    def submit(self, slot: str, job: Callable[[sqlite3.Connection], Any]) -> Pending:
        pending = Pending()
        with self._cond:
            if self._closed:
                pending.resolve(cancelled=True)
                return pending
            older = self._jobs.pop(slot, None)
            if older is not None:
                older[1].resolve(cancelled=True)
            if self._running is not None and self._running[0] == slot and self._conn is not None:
                self._conn.interrupt()  # a newer question for this slot: stop answering the old one
            self._jobs[slot] = (job, pending)
            self._cond.notify()
        return pending

    def close(self) -> None:
        with self._cond:
            self._closed = True
            for _job, pending in self._jobs.values():
                pending.resolve(cancelled=True)
            self._jobs.clear()
            if self._running is not None and self._conn is not None:
                self._conn.interrupt()
            self._cond.notify()

    def run(self) -> None:
        built_error = ""
        for database in COPY_DATABASES:
            try:
                self._conn = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
                self._build(self._conn)
                built_error = ""
                break
            except sqlite3.Error as exc:  # no temporary file (a full disk): the next place, else said
                built_error = f"Cannot read the table: {exc}"
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None
        while True:
            with self._cond:
                while not self._jobs and not self._closed:
                    self._cond.wait()
                if self._closed:
                    break
                # what a view waits for first; background work (indexes) when nothing else is asked
                slot = next((name for name in self._jobs if not name.startswith(BACKGROUND)), next(iter(self._jobs)))
                job, pending = self._jobs.pop(slot)
                self._running = (slot, pending)
            if built_error:
                pending.resolve(error=built_error)
            else:
                try:
                    pending.resolve(job(self._conn))
                except sqlite3.OperationalError as exc:
                    interrupted = "interrupt" in str(exc)
                    pending.resolve(error="" if interrupted else str(exc), cancelled=interrupted)
                except (sqlite3.Error, ValueError, TypeError) as exc:
                    pending.resolve(error=str(exc))
            with self._cond:
                self._running = None
        if self._conn is not None:
            self._conn.close()


class SqliteTable:
    """One table of a GeoPackage (any SQLite file), read-only: pages by id here, queries in a worker."""

    def __init__(self, path: Path, table: str, keys: Sequence[str], *, queried: Optional[Sequence[str]] = None,
                 search: bool = True, group_by: str = "", sum_field: str = "",
                 sort_fields: Optional[Mapping[str, str]] = None) -> None:
        """``keys``: the fields a page reads; ``queried``: those filtered and sorted on (copied for the worker,
        default ``keys``); ``search``: keep a search text per row (a table without a search box needs none)."""
        self.path, self.table = Path(path), table
        self._uri = database_uri(self.path)
        info = self._table_info()
        self.pk = next((name for name, _t, pk in info if pk == 1), "rowid")
        declared = {name: decl.upper() for name, decl, _pk in info}
        self.keys = tuple(k for k in dict.fromkeys(keys) if k in declared and k != self.pk)
        self.queried = tuple(k for k in dict.fromkeys(queried or keys) if k in declared and k != self.pk)
        self.dates = frozenset(k for k in self.keys if "DATE" in declared[k])
        self.texts = tuple(k for k in self.queried if "TEXT" in declared[k] or "CHAR" in declared[k])
        self.numbers = frozenset(k for k in self.queried if any(t in declared[k] for t in ("INT", "REAL", "FLOA")))
        self.search = search
        self.sort_fields = {k: v for k, v in (sort_fields or SORT_FIELDS).items() if v in declared}
        self.group_by = group_by if group_by in declared else ""
        self.sum_field = sum_field if sum_field in declared else ""
        self._size = self._max_id()
        self._indexing = False
        self._local = threading.local()
        self._columns = ", ".join([quote_identifier(self.pk)] + [quote_identifier(k) for k in self.keys])
        self._worker = _Worker(self._build)

    # -- any thread: pages by id ---------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # timeout 0: a GeoPackage being rewritten answers "locked" at once, never freezes a paint
            conn = sqlite3.connect(self._uri, uri=True, timeout=0, isolation_level=None, check_same_thread=False)
            self._local.conn = conn
        return conn

    def _table_info(self) -> List[Tuple[str, str, int]]:
        conn = sqlite3.connect(self._uri, uri=True, timeout=2, isolation_level=None)
        try:
            rows = conn.execute(f"PRAGMA table_info({quote_identifier(self.table)})").fetchall()
        finally:
            conn.close()
        if not rows:
            raise sqlite3.OperationalError(f"no table {self.table} in {self.path}")
        return [(row[1], row[2] or "", row[5]) for row in rows]

    def _max_id(self) -> int:
        conn = sqlite3.connect(self._uri, uri=True, timeout=2, isolation_level=None)
        try:
            sql = f"SELECT MAX({quote_identifier(self.pk)}) FROM {quote_identifier(self.table)}"  # nosec B608
            top = conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
        return int(top or 0)

    def size_hint(self) -> int:
        """About how many rows (the largest id: the GeoPackages written here are numbered from 1)."""
        return self._size

    def fetch(self, fids: Sequence[int]) -> Dict[int, Dict[str, Any]]:
        """The rows of these feature ids (``sqlite3.OperationalError`` while the file is being rewritten)."""
        if not fids:
            return {}
        marks = ",".join("?" * len(fids))
        sql = (f"SELECT {self._columns} FROM {quote_identifier(self.table)} "  # nosec B608
               f"WHERE {quote_identifier(self.pk)} IN ({marks})")
        rows = self._connection().execute(sql, [int(f) for f in fids]).fetchall()
        keys = ("fid",) + self.keys
        found = {}
        for row in rows:
            values = dict(zip(keys, row))
            for key in self.dates:
                if isinstance(values.get(key), str):
                    values[key] = values[key][:10]  # a date column shows the day
            found[row[0]] = values
        return found

    # -- the worker: order and groups --------------------------------------------------------
    def _build(self, conn: sqlite3.Connection) -> None:
        """The narrow copy the queries read (SQLite copies it; Python never sees the rows)."""
        conn.create_function("search_text", -1, search_text, deterministic=True)
        conn.create_function("producer_key", 1, producer_key, deterministic=True)
        conn.execute("ATTACH DATABASE ? AS src", (self._uri,))
        extra = set(self.sort_fields.values()) | {self.sum_field, self.group_by}
        copied = list(self.queried) + sorted(k for k in extra if k and k not in self.queried)
        names = ["fid"] + [quote_identifier(k) for k in copied]
        # text is copied lower-cased: sorts and filters compare bytes (NOCASE's rule, at half its cost)
        values = [quote_identifier(self.pk)] + [f"lower({quote_identifier(k)})" if k in self.texts
                                                else quote_identifier(k) for k in copied]
        if self.search:
            names.append("search")
            values.append(f"search_text({', '.join(quote_identifier(k) for k in self.texts) or 'NULL'})")
        if self.group_by:
            names += ["group_key", "group_name"]  # the name as written, for the group's row
            values += [f"producer_key({quote_identifier(self.group_by)})", quote_identifier(self.group_by)]
        # fid is the copy's rowid: a row of the copy is found by id (the grouped view's first names)
        conn.execute(f"CREATE TABLE snap (fid INTEGER PRIMARY KEY, {', '.join(names[1:])})")
        conn.execute(f"INSERT INTO snap SELECT {', '.join(values)} FROM src.{quote_identifier(self.table)}")  # nosec B608
        conn.execute("DETACH DATABASE src")  # the worker keeps nothing open on the GeoPackage

    def _where(self, query: Query) -> Tuple[str, List[Any]]:
        clauses, args = [], []
        for key, value in query.equals:
            if key in self.queried:
                # the copy's columns have no type: a filter's text ("1") is compared as the column's number
                clauses.append(f"{quote_identifier(key)} = lower(?)" if key in self.texts else
                               f"{quote_identifier(key)} = CAST(? AS NUMERIC)" if key in self.numbers
                               else f"{quote_identifier(key)} = ?")
                args.append(value)
            else:
                clauses.append("0")  # a filter on a column the table lacks selects nothing
        if query.text and self.search:
            clauses.append("instr(search, ?) > 0")
            args.append(query.text)
        elif query.text:  # no search text kept: the text columns, ASCII case-insensitively
            pattern = "%" + query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            likes = " OR ".join(f"{quote_identifier(k)} LIKE ? ESCAPE '\\'" for k in self.texts)
            clauses.append("(" + (likes or "0") + ")")
            args.extend([pattern] * len(self.texts))
        if query.ids is not None:
            clauses.append("fid IN (SELECT value FROM json_each(?))")
            args.append("[" + ",".join(str(int(i)) for i in query.ids) + "]")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def _order_by(self, query: Query) -> str:
        if not query.sort or query.sort not in self.queried:
            return "fid"
        key = self.sort_fields.get(query.sort, query.sort)
        direction = " DESC" if query.descending else ""
        return f"{quote_identifier(key)}{direction}, fid{direction}"

    def order(self, query: Query) -> Pending:
        where, args = self._where(query)
        sql = f"SELECT group_concat(fid) FROM (SELECT fid FROM snap{where} ORDER BY {self._order_by(query)})"  # nosec B608

        def job(conn: sqlite3.Connection) -> Order:
            text = conn.execute(sql, args).fetchone()[0]
            return Order(parse_ids(text))

        pending = self._worker.submit("order", job)
        if not self._indexing and self._size <= INDEXED_ROWS:
            self._indexing = True
            for key in dict.fromkeys(self.sort_fields.get(k, k) for k in self.queried):
                self._worker.submit(f"{BACKGROUND}index {key}", partial(self._index, key))
        return pending

    @staticmethod
    def _index(key: str, conn: sqlite3.Connection) -> None:
        name = quote_identifier(f"sort {key}")
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON snap ({quote_identifier(key)}, fid)")

    def groups(self, query: Query) -> Pending:
        """Producers (``group_by``) with the worst risk rank and the NC plot total, in order of first row."""
        if not self.group_by:
            return resolved(Groups())
        where, args = self._where(query)
        rank = quote_identifier(self.sort_fields.get("status", "")) if "status" in self.sort_fields else "NULL"
        total = f"SUM(COALESCE({quote_identifier(self.sum_field)}, 0))" if self.sum_field else "0"
        # each group's name as first seen: the name of its first row, found by id
        sql = (f"SELECT s.group_name, g.worst, g.nc, g.n, g.ids FROM (SELECT MIN(fid) AS first, "  # nosec B608
               f"MAX({rank}) AS worst, {total} AS nc, COUNT(*) AS n, group_concat(fid) AS ids FROM snap{where} "
               f"GROUP BY group_key) AS g JOIN snap AS s ON s.fid = g.first ORDER BY g.first")

        def job(conn: sqlite3.Connection) -> Groups:
            groups = Groups()
            for name, worst, nc, count, ids in conn.execute(sql, args):
                groups.add(clean_text(name) or UNNAMED_PRODUCER, worst, int(nc or 0), count, ids or "")
            return groups

        return self._worker.submit("groups", job)

    def close(self) -> None:
        self._worker.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def parse_ids(text: Optional[str], chunk: int = 1 << 16) -> array[int]:
    """``group_concat`` of ids to an array, in slices: a worker never holds the GIL for long."""
    ids = array("q")
    if not text:
        return ids
    start, end = 0, len(text)
    while start < end:
        stop = text.find(",", start + chunk)
        stop = end if stop < 0 else stop
        ids.extend(map(int, text[start:stop].split(",")))
        start = stop + 1
    return ids


def display(value: Any) -> str:
    """A value as a table cell shows it."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if hasattr(value, "toString"):  # a QDateTime from a feature
        return value.toString("yyyy-MM-dd")
    return str(value)


def _sort_key(value: Any) -> Tuple[int, Any]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, display(value).lower())


class MemoryTable:
    """The same questions over rows held in Python (dicts with a ``fid``): for a few rows only."""

    def __init__(self, rows: Iterable[Mapping[str, Any]], keys: Sequence[str] = (), *,
                 queried: Optional[Sequence[str]] = None, search: bool = True, group_by: str = "",
                 sum_field: str = "", sort_fields: Optional[Mapping[str, str]] = None) -> None:
        self.rows = {int(row["fid"]): dict(row) for row in rows}
        self.keys = tuple(keys) or tuple(dict.fromkeys(k for row in self.rows.values() for k in row if k != "fid"))
        self.sort_fields = dict(sort_fields or SORT_FIELDS)
        self.group_by, self.sum_field = group_by, sum_field

    def size_hint(self) -> int:
        return len(self.rows)

    def fetch(self, fids: Sequence[int]) -> Dict[int, Dict[str, Any]]:
        return {fid: self.rows[fid] for fid in fids if fid in self.rows}

    def selected(self, query: Query) -> List[Dict[str, Any]]:
        chosen = []
        for row in self.rows.values():
            if any(display(row.get(k)) != v for k, v in query.equals):
                continue
            if query.text and not any(query.text in display(v).lower() for k, v in row.items() if k != "fid"):
                continue
            if query.ids is not None and row["fid"] not in query.ids:
                continue
            chosen.append(row)
        return chosen

    def order(self, query: Query) -> Pending:
        rows = self.selected(query)
        if query.sort:
            key = query.sort
            ranked = self.sort_fields.get(key)

            def sort_key(row):
                value = row.get(ranked) if ranked and isinstance(row.get(ranked), int) else row.get(key)
                return _sort_key(value), row["fid"]

            rows.sort(key=sort_key, reverse=query.descending)
        return resolved(Order(array("q", (row["fid"] for row in rows))))

    def groups(self, query: Query) -> Pending:
        if not self.group_by:
            return resolved(Groups())
        groups: Dict[str, Group] = {}
        rank_field = self.sort_fields.get("status", "")
        for row in sorted(self.selected(query), key=lambda r: r["fid"]):
            key = producer_key(row.get(self.group_by))
            group = groups.get(key)
            if group is None:
                group = groups[key] = Group(clean_text(row.get(self.group_by)) or UNNAMED_PRODUCER, None, 0)
            rank = row.get(rank_field)
            if isinstance(rank, int) and (group.worst_rank is None or rank > group.worst_rank):
                group.worst_rank = rank
            value = row.get(self.sum_field) if self.sum_field else 0
            group.nc_plots += int(value) if isinstance(value, (int, float)) else 0
            group.count += 1
            group.ids = f"{group.ids},{row['fid']}" if group.ids else str(row["fid"])
        found = Groups()
        for group in groups.values():
            found.add(group.name, group.worst_rank, group.nc_plots, group.count, group.ids)
        return resolved(found)

    def close(self) -> None:
        """Nothing to release."""
