"""Statements kept beside the plots they declare, in the plots' own GeoPackage (two attribute tables).

- ``eu_statements``: one row per submission (``local_id``), what was sent in counts, its status, the reference
  and verification numbers once AVAILABLE, the service's reasons when REJECTED;
- ``eu_statement_plots``: one row per declared plot (``plots_table``, ``plot_fid``) with its statement's
  ``local_id``, UUID, status and numbers: join it to the plots layer by feature id to see which statement
  declared each plot.

The plots table itself is never changed. The tables are created through OGR (registered as GeoPackage attribute
tables, so QGIS lists them) and rows written with SQLite's own parameter binding; plain values only, callable
from a worker thread. Never the key: a record holds none.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from ..eu_is.records import StatementRecord

STATEMENTS, PLOTS = "eu_statements", "eu_statement_plots"
STATEMENT_COLUMNS = ("local_id", "uuid", "internal_reference", "environment", "server", "status", "reference_number",
                     "verification_number", "rejection_reason", "submitted_at", "checked_at", "changed_at",
                     "activity", "hs_headings", "description", "net_mass_kg", "producers", "places",
                     "geolocation_bytes", "plots_table")
PLOT_COLUMNS = ("plots_table", "plot_fid", "local_id", "uuid", "internal_reference", "status", "reference_number",
                "verification_number")
_INTEGERS = {"producers", "places", "geolocation_bytes", "plot_fid"}
TIMEOUT_S = 30.0


def _ensure(gpkg: Path, table: str, columns: Sequence[str]) -> None:
    """Create ``table`` as a GeoPackage attribute table (OGR registers it in gpkg_contents) if it is not there."""
    from osgeo import ogr

    ogr.UseExceptions()
    source = ogr.Open(str(gpkg), 1)
    if source is None:
        raise OSError(f"cannot open {gpkg} for writing")
    try:
        if source.GetLayerByName(table) is not None:
            return
        layer = source.CreateLayer(table, geom_type=ogr.wkbNone)
        for name in columns:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger64 if name in _INTEGERS else ogr.OFTString))
        layer.SyncToDisk()
    finally:
        source = None  # noqa: F841 - closes the dataset


@contextlib.contextmanager
def _database(gpkg: Path):
    db = sqlite3.connect(str(gpkg), timeout=TIMEOUT_S)
    try:
        with db:
            yield db
    finally:
        db.close()


def record_statement(record: StatementRecord, fids: Iterable[int]) -> None:
    """A new submission and its plots (status as known now); rows of an earlier attempt with the same local id
    are replaced."""
    if not record.plots_gpkg:
        return
    gpkg = Path(record.plots_gpkg)
    _ensure(gpkg, STATEMENTS, STATEMENT_COLUMNS)
    _ensure(gpkg, PLOTS, PLOT_COLUMNS)
    values = record.to_dict()
    with _database(gpkg) as db:
        db.execute(f"DELETE FROM {STATEMENTS} WHERE local_id = ?", (record.local_id,))  # nosec B608: constant names
        db.execute(f"DELETE FROM {PLOTS} WHERE local_id = ?", (record.local_id,))  # nosec B608
        db.execute(f"INSERT INTO {STATEMENTS} ({', '.join(STATEMENT_COLUMNS)}) VALUES "  # nosec B608
                   f"({', '.join('?' for _ in STATEMENT_COLUMNS)})", [values[c] for c in STATEMENT_COLUMNS])
        plot_values = {**values, "plots_table": record.plots_table}
        db.executemany(f"INSERT INTO {PLOTS} ({', '.join(PLOT_COLUMNS)}) VALUES "  # nosec B608
                       f"({', '.join('?' for _ in PLOT_COLUMNS)})",
                       ([int(fid) if c == "plot_fid" else plot_values[c] for c in PLOT_COLUMNS] for fid in fids))


def update_statement(record: StatementRecord) -> bool:
    """The record's news (status, numbers, reasons) into its GeoPackage; False when it has no GeoPackage or the
    GeoPackage no longer holds it (moved, deleted)."""
    if not record.plots_gpkg or not Path(record.plots_gpkg).is_file():
        return False
    values = record.to_dict()
    changing = [c for c in STATEMENT_COLUMNS if c != "local_id"]
    try:
        with _database(Path(record.plots_gpkg)) as db:
            done = db.execute(f"UPDATE {STATEMENTS} SET {', '.join(c + ' = ?' for c in changing)} "  # nosec B608
                              "WHERE local_id = ?", [values[c] for c in changing] + [record.local_id]).rowcount
            db.execute(f"UPDATE {PLOTS} SET uuid = ?, internal_reference = ?, status = ?, "  # nosec B608
                       "reference_number = ?, verification_number = ? WHERE local_id = ?",
                       (record.uuid, record.internal_reference, record.status, record.reference_number,
                        record.verification_number, record.local_id))
    except sqlite3.OperationalError:  # no such table: not recorded there
        return False
    return bool(done)


def forget_statement(record: StatementRecord) -> None:
    """Remove the rows of a submission that was never received (its sending definitely failed)."""
    try:
        with _database(Path(record.plots_gpkg)) as db:
            for table in (STATEMENTS, PLOTS):
                db.execute(f"DELETE FROM {table} WHERE local_id = ?", (record.local_id,))  # nosec B608
    except sqlite3.OperationalError:
        pass


def declared_plots(gpkg: Path, plots_table: Optional[str] = None) -> List[dict]:
    """The ``eu_statement_plots`` rows (of one plots table), oldest first (tests and the dock)."""
    where, args = ("WHERE plots_table = ?", (plots_table,)) if plots_table else ("", ())
    with _database(Path(gpkg)) as db:
        rows = db.execute(f"SELECT {', '.join(PLOT_COLUMNS)} FROM {PLOTS} {where} ORDER BY rowid",  # nosec B608
                          args).fetchall()
    return [dict(zip(PLOT_COLUMNS, row)) for row in rows]
