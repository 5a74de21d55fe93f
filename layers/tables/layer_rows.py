"""What the dock's tabs read from result layers, in one place (widgets never iterate features).

- :func:`table_of`: the table behind a result layer (:class:`~.table_sql.SqliteTable` for a GeoPackage
  layer; a :class:`~.table_sql.MemoryTable` for a small layer of another kind);
- :class:`TableStatsTask`: the cards' counts and the filter lists from SQL aggregates, in a QgsTask;
- :func:`values_by_fid`: one attribute of some features, by id, in one request;
- :func:`suggested_collection_name`: the batch name for a layer, for the dock and Processing alike.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from qgis.core import NULL, QgsFeatureRequest, QgsProviderRegistry, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ...core.gpkg.sql import quote_identifier
from ...core.gpkg.tables import MemoryTable, Query, SqliteTable, database_uri, display
from ...core.naming import suggest_collection_name

#: A layer that is not a GeoPackage table is read into Python only up to this many features.
MEMORY_TABLE_LIMIT = 50_000
Table = Union[SqliteTable, MemoryTable]


def plain(value: Any) -> Any:
    """A feature attribute as Python: QGIS's NULL (a null QVariant) becomes ``None``."""
    if value is None or value == NULL or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def gpkg_table(layer: QgsVectorLayer) -> Optional[Tuple[Path, str]]:
    """(file, table) when ``layer`` shows a whole table of a GeoPackage (or SQLite) file, else ``None``."""
    if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.subsetString():
        return None  # a filtered layer: its rows are what QGIS's filter says, not the whole table
    return gpkg_source(layer)


def gpkg_source(layer: QgsVectorLayer) -> Optional[Tuple[Path, str]]:
    """(file, table) of a layer read from a GeoPackage (or SQLite) table, filtered or not, else ``None``."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, name = parts.get("path") or "", parts.get("layerName") or ""
    if not path or Path(path).suffix.lower() not in (".gpkg", ".sqlite") or not Path(path).is_file():
        return None
    if not name:  # a file with a single layer may be opened without a layer name
        try:
            conn = sqlite3.connect(database_uri(Path(path)), uri=True, timeout=1)
            try:
                tables = conn.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            return None
        if len(tables) != 1:
            return None
        name = tables[0][0]
    return Path(path), name


def table_of(layer: Optional[QgsVectorLayer], keys: Sequence[str], **options: Any) -> Table:
    """The rows of ``layer`` as a table the dock's models read (empty for no layer)."""
    if layer is None:
        return MemoryTable([], keys)
    found = gpkg_table(layer)
    if found is not None:
        try:
            return SqliteTable(found[0], found[1], keys, **options)
        except sqlite3.Error:
            pass  # not readable as SQLite (locked, encrypted ...): read the features instead
    names = set(layer.fields().names())
    wanted = [k for k in keys if k in names]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(MEMORY_TABLE_LIMIT)
    request.setSubsetOfAttributes(wanted, layer.fields())
    rows = ({"fid": f.id(), **{k: plain(f[k]) for k in wanted}} for f in layer.getFeatures(request))
    return MemoryTable(rows, wanted, **options)


@dataclass
class TableStats:
    """What the cards and filter lists show: the total, counts per verdict, the distinct values per field
    and how many rows hold each (``value_counts[field][value]``)."""

    total: int = 0
    counts: Dict[str, int] = field(default_factory=dict)
    values: Dict[str, List[str]] = field(default_factory=dict)
    value_counts: Dict[str, Dict[str, int]] = field(default_factory=dict)
    #: producer assessments' producers as the check sample counts them, in all (``""``) and per EU country risk
    #: class (:func:`...core.check_sample.count_producers`); empty unless asked, or for rows without producers
    producers: Dict[str, int] = field(default_factory=dict)


#: The fields the check sample tells producers and their EU class by (:func:`...core.check_sample.count_producers`)
PRODUCER_FIELDS = ("company_name", "eu_country_risk")


def _stats_sql(path: Path, table: str, count_field: str, list_fields: Sequence[str], where: str = "",
               producers: bool = False) -> TableStats:
    """``where``: a layer's filter (its subset string, SQLite's SQL on a GeoPackage): the rows it shows;
    ``producers``: count the producers too (:attr:`TableStats.producers`), when the rows name them."""
    conn = sqlite3.connect(database_uri(path), uri=True, timeout=5, isolation_level=None)
    condition = f" WHERE {where}" if where else ""
    found: Dict[str, int] = {}
    try:
        names = {row[1] for row in conn.execute(f"PRAGMA table_info({quote_identifier(table)})")}
        columns = [c for c in [count_field, *list_fields] if c in names]
        if producers and PRODUCER_FIELDS[0] in names:
            found = _producers_sql(conn, table, names, condition)
        stats = TableStats(values={f: [] for f in list_fields}, producers=found)
        if not columns:
            stats.total = conn.execute(f"SELECT COUNT(*) FROM {quote_identifier(table)}{condition}").fetchone()[0]  # nosec B608
            return stats
        select = ", ".join(quote_identifier(c) for c in columns)
        rows = conn.execute(f"SELECT {select}, COUNT(*) FROM {quote_identifier(table)}{condition} "  # nosec B608
                            f"GROUP BY {', '.join(str(i + 1) for i in range(len(columns)))}").fetchall()
    finally:
        conn.close()
    stats = _tally(((dict(zip(columns, row[:-1])), row[-1]) for row in rows), count_field, list_fields)
    stats.producers = found
    return stats


def _producers_sql(conn: sqlite3.Connection, table: str, names: Iterable[str], condition: str) -> Dict[str, int]:
    from ...core.check_sample import count_producers

    name, risk = (quote_identifier(f) if f in names else "NULL" for f in PRODUCER_FIELDS)
    # Only identifiers go in, each through quote_identifier; the condition is the layer's own filter.
    sql = f"SELECT {name}, {risk}, COUNT(*) FROM {quote_identifier(table)}{condition} GROUP BY 1, 2"  # nosec B608
    return count_producers(conn.execute(sql))


def _tally(groups: Iterable[Tuple[Dict[str, Any], int]], count_field: str, list_fields: Sequence[str]) -> TableStats:
    stats = TableStats(values={f: [] for f in list_fields})
    seen: Dict[str, Dict[str, int]] = {f: {} for f in list_fields}
    for values, count in groups:
        stats.total += count
        verdict = display(values.get(count_field))
        if verdict:
            stats.counts[verdict] = stats.counts.get(verdict, 0) + count
        for name in list_fields:
            text = display(values.get(name))
            if text:
                seen[name][text] = seen[name].get(text, 0) + count
    stats.values = {name: sorted(found, key=str.lower) for name, found in seen.items()}
    stats.value_counts = seen
    return stats


def _summary_task_flags():
    """Cancellable, and silent (no "task complete" notice for a summary) where QGIS has the flag (3.26+)."""
    if hasattr(QgsTask.Flag, "Silent"):
        return QgsTask.Flag.CanCancel | QgsTask.Flag.Silent
    return QgsTask.Flag.CanCancel


class TableStatsTask(QgsTask):
    """Counts per ``count_field`` and the distinct values of ``list_fields``, computed in the background."""

    def __init__(self, table: Table, count_field: str, list_fields: Sequence[str],
                 on_done: Callable[[Optional[TableStats]], None], *,
                 shown: Optional[Tuple[Path, str, str]] = None, query: Optional[Query] = None,
                 producers: bool = False) -> None:
        """``shown``: count what a filtered GeoPackage layer shows, (file, table, its subset string), rather
        than the whole ``table``; ``query``: the rows of a table held in Python to count; ``producers``: the
        producers too, as the check sample counts them (a table in a file)."""
        super().__init__("Epoch EUDR: table summary", _summary_task_flags())
        self.table, self.count_field, self.list_fields = table, count_field, list(list_fields)
        self.on_done = on_done
        self.shown, self.query, self.producers = shown, query, producers
        self.stats: Optional[TableStats] = None
        self.error = ""

    def run(self) -> bool:
        try:
            if self.shown is not None:
                self.stats = _stats_sql(*self.shown[:2], self.count_field, self.list_fields, where=self.shown[2],
                                        producers=self.producers)
            elif isinstance(self.table, SqliteTable):
                self.stats = _stats_sql(self.table.path, self.table.table, self.count_field, self.list_fields,
                                        producers=self.producers)
            else:
                rows = self.table.selected(self.query) if self.query is not None else self.table.rows.values()
                self.stats = _tally(((row, 1) for row in rows), self.count_field, self.list_fields)
        except sqlite3.Error as exc:
            self.error = str(exc)
            return False
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        try:
            self.on_done(self.stats if result else None)
        except RuntimeError:  # the panel that asked was closed (a deleted widget); an escaping error aborts QGIS
            pass


def values_by_fid(layer: QgsVectorLayer, fids: Sequence[int], name: str) -> Dict[int, Any]:
    """``name`` of the features ``fids``, in one request (no geometry)."""
    request = QgsFeatureRequest().setFilterFids([int(f) for f in fids])
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([name], layer.fields())
    return {feature.id(): plain(feature[name]) for feature in layer.getFeatures(request)}


def first_feature_properties(layer: Optional[QgsVectorLayer]) -> Dict[str, Any]:
    """The attributes of the layer's first feature (plain Python values; NULLs dropped)."""
    if layer is None or not layer.isValid():
        return {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(1)
    first = next(layer.getFeatures(request), None)
    if first is None:
        return {}
    props = {name: plain(first[name]) for name in layer.fields().names()}
    return {k: v for k, v in props.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}


def suggested_collection_name(layer: Optional[QgsVectorLayer], commodity: Optional[str] = None) -> str:
    """``{commodity}_{country}_{date}`` from the layer's first feature; ``commodity`` (the one screened or
    submitted) wins over the layer's own."""
    props = first_feature_properties(layer)
    if commodity:
        props["commodity_type"] = commodity
    return suggest_collection_name(props)
