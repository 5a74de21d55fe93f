"""The dock's filters said as the layer's own filter (QGIS's ``setSubsetString``), so the map, the attribute
table, exports and the field report show the rows the dock's table shows.

:func:`filter_sql` turns a :class:`~.table_sql.Query` into an SQL condition with every value a quoted
literal, selecting exactly what :meth:`~.table_sql.SqliteTable.order` selects; a GeoPackage layer's filter
is handed to SQLite as it is, so the condition costs one indexed-or-scanned ``WHERE`` in the GeoPackage
(about 50 ms at 100,000 producers), never a list of ids built in Python. :class:`LayerFilter` puts it on a
layer beside the filter the layer had before, and restores that one when the dock's filter is cleared.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

from qgis.core import QgsVectorLayer

from ...core.gpkg.sql import quote_identifier
from ...core.gpkg.tables import SEPARATOR, Query


def sql_literal(value: Any) -> str:
    """A text as an SQL string literal (quotes doubled, NULs dropped): a filter never carries SQL of its own."""
    return "'" + str(value).replace("\x00", "").replace("'", "''") + "'"


def _glob_char(char: str) -> str:
    if char in "*?[":
        return f"[{char}]"
    if char.isascii():
        return char
    # SQLite's lower() folds ASCII only: a non-ASCII letter matches itself and its capitals
    variants = {char} | {v for v in (char.upper(), char.title()) if len(v) == 1 and v.lower() == char}
    return "[" + "".join(sorted(variants)) + "]" if len(variants) > 1 else char


def contains_glob(text: str) -> str:
    """A GLOB pattern for ``lower(column)`` holding ``text`` (lower-cased) anywhere: the table's search
    (Python's Unicode lower case, :func:`~.table_sql.search_text`) said in SQL that any SQLite answers."""
    return "*" + "".join(_glob_char(c) for c in text) + "*"


def filter_sql(query: Query, queried: Sequence[str], texts: Sequence[str], numbers: Iterable[str], *,
               pk: str = "fid") -> str:
    """``query``'s filters as an SQL condition on the source table (``""`` when nothing is filtered).

    The same rules as :meth:`~.table_sql.SqliteTable._where`: text compared in SQLite's lower case, a number
    as a number, the search in any text column, a filter on a column the table lacks selects nothing.
    ``query.ids`` (the check sample's producers: a few per cent of them) are listed: SQLite looks them up by
    primary key.
    """
    numbers = frozenset(numbers)
    clauses = []
    for key, value in query.equals:
        if key not in queried:
            clauses.append("0")
        elif key in texts:
            clauses.append(f"lower({quote_identifier(key)}) = lower({sql_literal(value)})")
        elif key in numbers:
            clauses.append(f"{quote_identifier(key)} = CAST({sql_literal(value)} AS NUMERIC)")
        else:
            clauses.append(f"{quote_identifier(key)} = {sql_literal(value)}")
    if query.text:
        pattern = sql_literal(contains_glob(query.text.replace(SEPARATOR, "")))
        clauses.append("(" + (" OR ".join(f"lower({quote_identifier(k)}) GLOB {pattern}" for k in texts) or "0") + ")")
    if query.ids is not None:
        listed = ",".join(str(int(i)) for i in sorted(query.ids))
        clauses.append(f"{quote_identifier(pk)} IN ({listed})")
    return " AND ".join(clauses)


def table_filter_sql(table: Any, query: Query) -> str:
    """:func:`filter_sql` for a dock table (its columns and their kinds as the table itself reads them)."""
    queried = tuple(getattr(table, "queried", None) or getattr(table, "keys", ()))
    texts = tuple(getattr(table, "texts", None) or queried)
    return filter_sql(query, queried, texts, getattr(table, "numbers", ()), pk=getattr(table, "pk", "fid"))


def combined(base: str, own: str) -> str:
    """The layer's own filter and the dock's, both holding."""
    if base and own:
        return f"({base}) AND ({own})"
    return base or own


class LayerFilter:
    """The dock's condition on a layer, beside the filter the layer had (``base``, restored when cleared).

    A filter the user sets on the layer meanwhile (layer properties) becomes the new ``base``.
    """

    def __init__(self) -> None:
        self.layer: Optional[QgsVectorLayer] = None
        self.base = ""
        self.own = ""
        self._set: Optional[str] = None  # the subset string this object put on the layer, if it still holds

    def attach(self, layer: Optional[QgsVectorLayer]) -> None:
        """Follow ``layer`` (a new load): the filter it has now is its own."""
        self.layer, self.own, self._set = layer, "", None
        self.base = layer.subsetString() if layer is not None else ""

    def apply(self, own: str) -> bool:
        """Put ``own`` (``""``: none) on the layer beside its own filter; ``False`` when QGIS refuses it."""
        layer = self.layer
        if layer is None:
            return False
        current = layer.subsetString()
        if self._set is None or current != self._set:  # not ours (any more): the layer's own filter
            self.base = current
        wanted = combined(self.base, own)
        ok = True
        if wanted != current:
            ok = layer.setSubsetString(wanted)
        if ok:
            self.own = own
            self._set = wanted if own else None
        return ok

    def release(self) -> None:
        """The layer's own filter back (before the layer is reloaded or the dock closes)."""
        try:
            if self.layer is not None and self._set is not None and self.layer.subsetString() == self._set:
                self.layer.setSubsetString(self.base)
        except RuntimeError:  # the layer was deleted with its project
            pass
        self.layer, self.own, self._set = None, "", None
