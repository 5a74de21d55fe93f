"""How a snapshot of the assessments is stored: what a comparison needs, once per load, and no more.

A comparison (:mod:`...core.compare`) matches producers by their collection id (else company, commodity
and country) and compares their status (risk rank), NC plots, NC % and Article 10 (legality) risk; a
producer gone is drawn at its point with its name. So a load keeps two things:

- ``assessment_producers``: each producer's identity (collection id, company, commodity, country) and
  point, written once. A later load that brings the same producer adds nothing here; a producer whose
  name or point changes gets a new row (an older snapshot still reads the name it had).
- ``assessment_snapshot_rows``: one narrow row per producer per load: the producer's row in the table
  above, the risk rank, NC plots, NC %, and the Article 10 level as a number (0 Low, 1 Medium, 2 High).
  The status label is not stored when it is the label of its rank (:data:`...core.risk.PRODUCER_STATUSES`),
  nor a level word that its number gives back. A load's rows are contiguous: its run record
  (``assessment_snapshot_runs``) holds the first and last row, so reading or deleting a snapshot needs
  no index. The load's time is in its run record.

About 24 bytes a producer a load (``tests/bench/snapshot_growth.py``: +2.35 MB for each later load of the
same 100,000 producers; the first adds ~19 MB of identities, points and their key index), against ~214 bytes
for the full rows with a point that earlier versions kept in ``assessment_snapshots`` (still read and compared:
:mod:`.snapshots`).

Retention (:class:`Retention`): each load deletes the loads beyond the last ``keep_loads`` or older than
``keep_days`` days; the two newest are always kept (this load and the one *Changes since...* compares
it with). SQLite reuses the deleted rows' pages, so a file at its steady state stops growing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterator, List, Mapping, Optional, Sequence, Tuple

from osgeo import ogr

from ...core.compare import COMPARED_FIELDS, LEGALITY_ORDER
from ...core.gpkg.sql import quote_identifier
from ...core.risk import PRODUCER_STATUSES

PRODUCERS_TABLE = "assessment_producers"
ROWS_TABLE = "assessment_snapshot_rows"
#: Identity of a producer: a new row in PRODUCERS_TABLE when any of these (or the point) changes.
IDENTITY = ("collection_id", "company_name", "commodity", "country")
_ROW_COLUMNS = (("producer", ogr.OFTInteger64), ("risk_rank", ogr.OFTInteger), ("status", ogr.OFTString),
                ("nc_plots", ogr.OFTInteger64), ("nc_percent", ogr.OFTReal), ("article10", ogr.OFTInteger))
#: Article 10 levels as written by the API, by their number (any other word is stored as it is).
LEVELS = {rank: word.capitalize() for word, rank in LEGALITY_ORDER.items()}
_LABELS = {status.rank: status.label for status in PRODUCER_STATUSES}

#: QgsSettings keys of the retention (``epoch_eudr/snapshots/...``).
SETTINGS_PREFIX = "epoch_eudr/snapshots/"
#: Defaults: a year of daily loads (and a few more loads on busy days). At 2.35 MB a load of 100,000
#: producers (tests/bench/snapshot_growth.py), 400 loads are ~0.94 GB, plus ~19 MB of the producers'
#: identities and points: ~0.96 GB, under 1.5 GB whatever the days (a producer renamed or moved adds a row).
DEFAULT_KEEP_LOADS = 400
DEFAULT_KEEP_DAYS = 366
#: Always kept, whatever the retention: this load and the one before it (the default comparison).
KEPT_AT_LEAST = 2


@dataclass(frozen=True)
class Retention:
    """Keep the last ``keep_loads`` loads and those newer than ``keep_days`` days (0: no such limit)."""

    keep_loads: int = DEFAULT_KEEP_LOADS
    keep_days: int = DEFAULT_KEEP_DAYS

    @classmethod
    def from_settings(cls) -> Retention:
        """The user's retention (``epoch_eudr/snapshots/keep_loads`` and ``keep_days``), else the defaults."""
        from qgis.core import QgsSettings

        settings = QgsSettings()

        def number(key: str, default: int) -> int:
            try:
                return max(0, int(settings.value(SETTINGS_PREFIX + key, default)))
            except (TypeError, ValueError):
                return default

        return cls(number("keep_loads", DEFAULT_KEEP_LOADS), number("keep_days", DEFAULT_KEEP_DAYS))

    def save(self) -> None:
        from qgis.core import QgsSettings

        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "keep_loads", int(self.keep_loads))
        settings.setValue(SETTINGS_PREFIX + "keep_days", int(self.keep_days))

    def stale(self, infos: Sequence[Any], now: Optional[dt.datetime] = None) -> List[str]:
        """The ids of the loads to delete among ``infos`` (:class:`.snapshots.SnapshotInfo`, newest first)."""
        now = now or dt.datetime.now(dt.timezone.utc)
        limit = now - dt.timedelta(days=self.keep_days) if self.keep_days else None
        stale = []
        for n, info in enumerate(infos):
            if n < KEPT_AT_LEAST:
                continue
            if (self.keep_loads and n >= self.keep_loads) or (limit is not None and info.taken_at < limit):
                stale.append(info.snapshot_id)
        return stale


def ensure_tables(dataset, srs) -> None:
    """The two tables, created once (registered in the GeoPackage: QGIS lists them like any layer)."""
    if dataset.GetLayerByName(PRODUCERS_TABLE) is None:
        layer = dataset.CreateLayer(PRODUCERS_TABLE, srs, ogr.wkbPoint, [
            "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO",
            "DESCRIPTION=Epoch EUDR: each producer kept by the snapshots of assessments, once"])
        for name in IDENTITY:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    # The producers are found by a short key, not by their four identity texts: that index was 10 MB of the
    # 22 MB a first snapshot of 100,000 producers took; this one is about a quarter of it (a file written by
    # an earlier version loses the old one at its next load)
    dataset.ExecuteSQL(f"DROP INDEX IF EXISTS {quote_identifier('idx_' + PRODUCERS_TABLE + '_identity')}")
    dataset.ExecuteSQL(f"CREATE INDEX IF NOT EXISTS {quote_identifier('idx_' + PRODUCERS_TABLE + '_key')} ON "
                       f"{quote_identifier(PRODUCERS_TABLE)} ({_key('collection_id', 'company_name')})")
    if dataset.GetLayerByName(ROWS_TABLE) is None:
        rows = dataset.CreateLayer(ROWS_TABLE, geom_type=ogr.wkbNone, options=[
            "DESCRIPTION=Epoch EUDR: what each load of assessments said of each producer (see "
            "assessment_snapshot_runs for the rows of a load)"])
        for name, kind in _ROW_COLUMNS:
            rows.CreateField(ogr.FieldDefn(name, kind))


def _key(collection_id: str, company_name: str) -> str:
    """The SQL of a producer's index key: the last characters of its collection id, else of its company name
    (where ids and names differ; the identity itself is then compared whole)."""
    return f"substr(coalesce({collection_id}, {company_name}), -{KEY_CHARACTERS})"


#: How many characters of the id (or name) the index keeps: enough to tell 100,000 producers apart, well
#: short of a 42-character collection id
KEY_CHARACTERS = 12


def _max_fid(dataset, table: str) -> int:
    result = dataset.ExecuteSQL(f"SELECT MAX(fid) AS n FROM {quote_identifier(table)}")  # nosec B608
    try:
        value = result.GetNextFeature().GetField(0)
    finally:
        dataset.ReleaseResultSet(result)
    return int(value or 0)


def _rank_sql(status: str, risk_rank: str) -> str:
    """The rank a comparison reads (:func:`...core.compare.rank_of`): ``risk_rank``, else its label's."""
    labels = " ".join(f"WHEN {_literal(s.label.lower())} THEN {s.rank}" for s in PRODUCER_STATUSES)
    return f"COALESCE(CAST({risk_rank} AS INTEGER), CASE lower(trim({status})) {labels} END)"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def append(dataset, layer_name: str, present: Sequence[str], geometry: Optional[str]) -> Tuple[int, int]:
    """Append the rows of ``layer_name`` as a snapshot (inside the caller's transaction); (first, last) row."""
    source = quote_identifier(layer_name)

    def column(name: str) -> str:
        return f"a.{quote_identifier(name)}" if name in present else "NULL"

    geom = f"a.{quote_identifier(geometry)}" if geometry else "NULL"
    identity = [column(name) for name in IDENTITY] + [geom]
    same = " AND ".join([f"{_key('p.collection_id', 'p.company_name')} IS "  # the index, then the whole identity
                         f"{_key(column('collection_id'), column('company_name'))}"] +
                        [f"p.{quote_identifier(n)} IS {v}" for n, v in zip(IDENTITY + ("geom",), identity)])
    producers = quote_identifier(PRODUCERS_TABLE)
    # Identifiers through quote_identifier; no value of the user's is in the SQL.
    dataset.ExecuteSQL(
        f"INSERT INTO {producers} ({', '.join(IDENTITY)}, geom) SELECT {', '.join(identity)} "  # nosec B608
        f"FROM {source} AS a WHERE NOT EXISTS (SELECT 1 FROM {producers} AS p WHERE {same}) "
        f"GROUP BY {', '.join(str(i + 1) for i in range(len(identity)))} ORDER BY MIN(a.fid)")
    first = _max_fid(dataset, ROWS_TABLE) + 1
    rank = _rank_sql(column("status"), column("risk_rank"))
    labels = " ".join(f"WHEN {r} THEN {_literal(label)}" for r, label in _LABELS.items())
    status = f"CASE WHEN {column('status')} IS (CASE {rank} {labels} END) THEN NULL ELSE {column('status')} END"
    levels = " ".join(f"WHEN {_literal(word)} THEN {r}" for r, word in LEVELS.items())
    article10 = f"CASE {column('legality_risk')} {levels} ELSE {column('legality_risk')} END"
    values = [rank, status, column("noncompliance_plot_count"), column("nc_percent"), article10]
    # the producer found by its identity (the index above): one row per row of the layer, in its order
    dataset.ExecuteSQL(
        f"INSERT INTO {quote_identifier(ROWS_TABLE)} (fid, {', '.join(n for n, _ in _ROW_COLUMNS)}) "  # nosec B608
        f"SELECT {first - 1} + ROW_NUMBER() OVER (ORDER BY a.fid), "
        f"(SELECT p.fid FROM {producers} AS p WHERE {same} LIMIT 1), {', '.join(values)} "
        f"FROM {source} AS a ORDER BY a.fid")
    return first, _max_fid(dataset, ROWS_TABLE)


def read_sql() -> str:
    """The SQL of a snapshot's rows (``?``: first and last row), columns as :func:`as_row` reads them."""
    return (f"SELECT p.geom, {', '.join('p.' + n for n in IDENTITY)}, r.status, r.risk_rank, r.nc_plots, "  # nosec B608
            f"r.nc_percent, r.article10 FROM {quote_identifier(ROWS_TABLE)} AS r "
            f"LEFT JOIN {quote_identifier(PRODUCERS_TABLE)} AS p ON p.fid = r.producer "
            "WHERE r.fid BETWEEN ? AND ? ORDER BY r.fid")


def as_row(values: Sequence[Any]) -> Tuple[Any, ...]:
    """A row of :func:`read_sql` as (geometry, *COMPARED_FIELDS): the label and level words given back."""
    geom, cid, company, commodity, country, status, rank, nc_plots, nc_percent, article10 = values
    if status is None and rank is not None:
        status = _LABELS.get(int(rank))
    if isinstance(article10, int):
        article10 = LEVELS.get(article10, str(article10))
    row: Mapping[str, Any] = {"collection_id": cid, "company_name": company, "commodity": commodity,
                              "country": country, "status": status, "risk_rank": rank,
                              "noncompliance_plot_count": nc_plots, "nc_percent": nc_percent,
                              "legality_risk": article10}
    return (geom,) + tuple(row[name] for name in COMPARED_FIELDS)


def delete_rows(dataset, ranges: Sequence[Tuple[int, int]]) -> None:
    """Delete these (first, last) row ranges (inside the caller's transaction)."""
    for first, last in ranges:
        dataset.ExecuteSQL(f"DELETE FROM {quote_identifier(ROWS_TABLE)} "  # nosec B608
                           f"WHERE fid BETWEEN {int(first)} AND {int(last)}")


def forget_producers(dataset) -> None:
    """Delete the producers no snapshot row refers to any more (one pass over the rows: done only when
    the producers' table has grown past twice the rows of the newest load, see :func:`worth_forgetting`)."""
    dataset.ExecuteSQL(f"DELETE FROM {quote_identifier(PRODUCERS_TABLE)} WHERE fid NOT IN "  # nosec B608
                       f"(SELECT producer FROM {quote_identifier(ROWS_TABLE)})")


def worth_forgetting(dataset, newest_rows: int) -> bool:
    return dataset.GetLayerByName(PRODUCERS_TABLE) is not None and \
        _max_fid(dataset, PRODUCERS_TABLE) > 2 * max(1000, newest_rows)


def iter_rows(conn, first: int, last: int) -> Iterator[Tuple[Any, ...]]:
    for values in conn.execute(read_sql(), (int(first), int(last))):
        yield as_row(values)
