"""The register of reference and verification numbers received from suppliers, and every check of them.

Downstream operators and traders no longer submit statements (Regulation (EU) 2025/2650): they collect the
reference and verification numbers their suppliers give, may verify them (the Verify service's
``verifyDeclaration``: EXISTING_USABLE, EXISTING_NON_USABLE or NON_EXISTENT, with the service's date) and keep
that information for five years (Regulation (EU) 2023/1115 as amended). The register is one attribute table in a
GeoPackage the user picks, appended to and never rewritten: a number received is a row without a result, each
answer of the service a new dated row (``checked_at``, ``keep_until`` five years later). The latest row of a pair
is where it stands; the earlier ones are its history.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.eu_is import EuIsClient
from ...core.eu_is.records import iso, now_utc
from ..inputs.source import SourceError

COLUMNS = ("reference_number", "verification_number", "supplier", "received_on", "product", "result", "status",
           "service_date", "checked_at", "environment", "keep_until")
DEFAULT_TABLE = "eu_register"
KEEP_YEARS = 5


def tr(text: str) -> str:
    return QCoreApplication.translate("EuRegister", text)


@dataclass(frozen=True)
class RegisterEntry:
    """A pair of numbers received from a supplier, with who, when and what."""

    reference_number: str
    verification_number: str
    supplier: str = ""
    received_on: str = ""
    product: str = ""


def _keep_until(moment) -> str:
    try:
        later = moment.replace(year=moment.year + KEEP_YEARS)
    except ValueError:  # 29 February
        later = moment.replace(year=moment.year + KEEP_YEARS, day=28)
    return later.strftime("%Y-%m-%d")


def ensure_register(gpkg: Path, table: str = DEFAULT_TABLE) -> None:
    """Create the register (a GeoPackage attribute table, through OGR) unless it is there; a table of that name
    without the register's columns is refused, never changed."""
    from osgeo import ogr

    ogr.UseExceptions()
    gpkg = Path(gpkg)
    gpkg.parent.mkdir(parents=True, exist_ok=True)
    source = ogr.Open(str(gpkg), 1) if gpkg.exists() else ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    if source is None:
        raise SourceError(tr("Cannot open {path} to write the register.").format(path=gpkg))
    try:
        layer = source.GetLayerByName(table)
        if layer is not None:
            have = {layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())}
            missing = [c for c in COLUMNS if c not in have]
            if missing:
                raise SourceError(tr("The table '{table}' in {path} is not a register of statements (it has no "
                                     "{columns}): choose another table name.").format(
                    table=table, path=gpkg, columns=", ".join(missing)))
            return
        layer = source.CreateLayer(table, geom_type=ogr.wkbNone)
        for name in COLUMNS:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        layer.SyncToDisk()
    finally:
        source = None  # noqa: F841 - closes the dataset


@contextlib.contextmanager
def _database(gpkg: Path):
    db = sqlite3.connect(str(gpkg), timeout=30.0)
    try:
        with db:
            yield db
    finally:
        db.close()


def append_rows(gpkg: Path, table: str, rows: Iterable[Dict[str, str]]) -> int:
    """Append rows (never update, never delete); how many."""
    rows = list(rows)
    ensure_register(gpkg, table)
    with _database(gpkg) as db:
        db.executemany(f'INSERT INTO "{table}" ({", ".join(COLUMNS)}) VALUES '  # nosec B608: checked table name
                       f'({", ".join("?" for _ in COLUMNS)})', ([row.get(c) or "" for c in COLUMNS] for row in rows))
    return len(rows)


def add_entries(gpkg: Path, entries: Sequence[RegisterEntry], table: str = DEFAULT_TABLE) -> int:
    """Numbers received, not verified yet: one row each without a result."""
    return append_rows(gpkg, table, ({**entry.__dict__, "received_on": entry.received_on or now_utc().strftime(
        "%Y-%m-%d")} for entry in entries))


def read_register(gpkg: Path, table: str = DEFAULT_TABLE) -> List[Dict[str, str]]:
    """Every row, oldest first."""
    if not Path(gpkg).is_file():
        return []
    with _database(Path(gpkg)) as db:
        try:
            rows = db.execute(f'SELECT {", ".join(COLUMNS)} FROM "{table}" ORDER BY rowid').fetchall()  # nosec B608
        except sqlite3.OperationalError:
            return []
    return [dict(zip(COLUMNS, row)) for row in rows]


def latest(rows: Iterable[Dict[str, str]]) -> List[Dict[str, str]]:
    """The newest row of each pair (what the supplier, date and product were, and where it stands)."""
    found: Dict[tuple, Dict[str, str]] = {}
    for row in rows:
        key = (row["reference_number"], row["verification_number"])
        earlier = found.get(key, {})
        found[key] = {**row, **{k: row[k] or earlier.get(k, "") for k in ("supplier", "received_on", "product")}}
    return list(found.values())


def verify_entries(client: EuIsClient, entries: Sequence[RegisterEntry], gpkg: Path, table: str = DEFAULT_TABLE,
                   cancel: Callable[[], bool] = lambda: False,
                   progress: Optional[Callable[[float], None]] = None) -> List[Dict[str, str]]:
    """Ask the Verify service about each pair and append each answer at once (an interrupted run keeps what it
    got); the rows appended."""
    for entry in entries:  # the schema's forms (ReferenceNumberType, VerificationNumberType): refused before asking
        reference, verification = entry.reference_number.strip(), entry.verification_number.strip()
        if not reference or len(reference) > 14 or not 5 <= len(verification) <= 35:
            raise SourceError(tr("'{reference}' / '{verification}' is not a reference number (up to 14 characters) "
                                 "with its verification number (5 to 35 characters): nothing was asked.").format(
                reference=reference, verification=verification))
    ensure_register(gpkg, table)
    done: List[Dict[str, str]] = []
    for number, entry in enumerate(entries):
        if cancel():
            raise CancelledError()
        answer = client.verify_declaration(entry.reference_number.strip(), entry.verification_number.strip())
        checked = now_utc()
        row = {**entry.__dict__, "result": answer.result, "status": answer.status, "service_date": answer.date_time,
               "checked_at": iso(checked), "environment": client.environment.name, "keep_until": _keep_until(checked)}
        append_rows(gpkg, table, [row])
        done.append(row)
        if progress is not None:
            progress(100.0 * (number + 1) / len(entries))
    return done


def verify_register(client: EuIsClient, gpkg: Path, table: str = DEFAULT_TABLE,
                    cancel: Callable[[], bool] = lambda: False) -> List[Dict[str, str]]:
    """Verify every pair of the register (each once, with its supplier, date and product); the rows appended."""
    entries = [RegisterEntry(row["reference_number"], row["verification_number"], row["supplier"],
                             row["received_on"], row["product"]) for row in latest(read_register(gpkg, table))]
    return verify_entries(client, entries, gpkg, table, cancel)
