"""Put a finished layer into its GeoPackage in one step, and clean up after runs that died.

A layer is written whole into a staged GeoPackage in a folder beside the destination
(``.epoch-XXXX``), then installed. Into a new file, the staged file is moved into place
(one rename). Into an existing GeoPackage, the old layer is dropped and the new one
created, filled, indexed and counted in ONE SQLite transaction: a process killed at any
moment (``kill -9``, a power cut) leaves the old layer or the new one, complete, never a
layer cut at a commit (GDAL's translate commits every 100,000 rows, the drop first). The
rows are copied by SQLite itself from the attached staged file, page by page; the layer's
schema, extent, counts and R-tree are GDAL's own (GeoPackage 1.3 tables). Styles rows in
``layer_styles`` are keyed on the layer name: an old style stays with the name, and a
style stored in the staged file (``write_layer(finish=...)``) arrives in the same transaction.

Each staging folder holds a lock file held (``flock``; on Windows, the open file) for as
long as its process lives: a later run removes the folders whose process is gone (a killed
run leaves its 200 MB staged file behind), never one in use.

A failure says what happened in words: a full disk names the disk and its free space; a
lock names the program holding the file where the system tells (Linux ``/proc``).
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.errors import PluginError
from ...core.gpkg.sql import quote_identifier, quote_literal

try:  # POSIX: an advisory lock the kernel drops when its process dies, however it dies
    import fcntl
except ImportError:  # Windows: a file held open cannot be removed, which is the lock
    fcntl = None  # type: ignore[assignment]

gdal.UseExceptions()


def tr(text: str) -> str:
    return QCoreApplication.translate("GeoPackageWriter", text)


class LayerWriteError(PluginError):
    """The GeoPackage layer could not be written; the message (in the user's language when raised) says why
    and what to do."""

    code = "layer_write"


#: How long a write waits for another connection's lock before giving up (GDAL's own default is 5 s).
BUSY_TIMEOUT_MS = 10_000
STAGING_PREFIX = ".epoch-"
LOCK_NAME = "in-use.lock"
#: A staging folder without a lock file (left by an older version, or being created this instant) is stale
#: only once it is this old.
UNLOCKED_GRACE_S = 600.0
_HELD: Dict[Path, int] = {}  # staging folder -> descriptor of its held lock file (this process)


# -- staging folders -------------------------------------------------------------------------------------------------
def staging_dir(gpkg: Path, prefix: str = STAGING_PREFIX) -> Path:
    """A temporary folder beside ``gpkg`` (same file system: the finished file moves in atomically), held as in
    use by this process; the stale folders of dead runs beside ``gpkg`` are removed first."""
    gpkg = Path(gpkg)
    _close_released()
    try:
        gpkg.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale(gpkg.parent)
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=gpkg.parent))
    except OSError as exc:
        raise LayerWriteError(explain(exc, gpkg) if is_disk_full(exc, gpkg) else tr(
            "Cannot write in {folder}: {error}. Choose another folder.").format(
            folder=gpkg.parent, error=exc.strerror or exc)) from None
    _hold(folder)
    return folder


def release(folder: Path) -> None:
    """Remove a staging folder of this process (its lock goes with it)."""
    descriptor = _HELD.pop(Path(folder), None)
    if descriptor is not None:
        os.close(descriptor)
    shutil.rmtree(folder, ignore_errors=True)


def _hold(folder: Path) -> None:
    try:
        descriptor = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return  # the folder stays unlocked: swept only once older than UNLOCKED_GRACE_S
    if fcntl is not None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass
    os.write(descriptor, str(os.getpid()).encode())
    _HELD[folder] = descriptor


def _close_released() -> None:
    """Close the locks of this process's folders that their writer removed itself (``shutil.rmtree``)."""
    for folder in [f for f in _HELD if not f.exists()]:
        os.close(_HELD.pop(folder))


def _in_use(folder: Path) -> bool:
    lock = folder / LOCK_NAME
    if folder in _HELD:
        return True
    if not lock.exists():
        try:
            return time.time() - folder.stat().st_mtime < UNLOCKED_GRACE_S
        except OSError:
            return True
    if fcntl is None:
        try:
            lock.unlink()  # fails while its process keeps it open
            return False
        except OSError:
            return True
    try:
        descriptor = os.open(lock, os.O_RDWR)
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released when closed below
        return False
    except OSError:
        return True
    finally:
        os.close(descriptor)


def sweep_stale(folder: Path) -> List[Path]:
    """Remove the staging folders in ``folder`` whose process is gone; return those removed."""
    removed = []
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(STAGING_PREFIX) and p.is_dir()
                      and not p.is_symlink()]
    except OSError:
        return removed
    for candidate in candidates:
        if not _in_use(candidate):
            shutil.rmtree(candidate, ignore_errors=True)
            if not candidate.exists():
                removed.append(candidate)
    return removed


# -- installing a layer ----------------------------------------------------------------------------------------------
def install(staged: Path, target: Path, layer_name: str) -> None:
    """Move the staged file into place, or replace ``layer_name`` of an existing GeoPackage in one transaction."""
    staged, target = Path(staged), Path(target)
    error = None
    with _collected() as messages:
        try:
            if target.exists():
                _replace(staged, target, layer_name)
            else:
                _index(staged, layer_name)
                os.replace(staged, target)
        except (RuntimeError, OSError) as exc:
            error = LayerWriteError(explain(exc, target, layer_name, messages))
    if error is not None:  # raised here, the GDAL error and its frames (holding the open file) are gone
        raise error


def _index(staged: Path, layer_name: str) -> None:
    """The layer's R-tree, when it has a geometry and none yet (a file moved into place keeps its index)."""
    dataset = gdal.OpenEx(str(staged), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    layer = dataset.GetLayerByName(layer_name)
    if layer is not None and layer.GetGeometryColumn():
        name, column = quote_literal(layer_name), quote_literal(layer.GetGeometryColumn())
        result = dataset.ExecuteSQL(f"SELECT HasSpatialIndex({name}, {column})")
        has_index = result is not None and result.GetNextFeature().GetField(0) == 1
        if result is not None:
            dataset.ReleaseResultSet(result)
        if not has_index:
            dataset.ExecuteSQL(f"SELECT CreateSpatialIndex({name}, {column})")
    layer = None  # noqa: F841
    dataset = None  # noqa: F841 (closes the file)


def _replace(staged: Path, target: Path, layer_name: str) -> None:
    source = gdal.OpenEx(str(staged), gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    gdal.SetThreadLocalConfigOption("SQLITE_BUSY_TIMEOUT", str(int(BUSY_TIMEOUT_MS)))
    # the journal QGIS itself opens a GeoPackage with for writing (journal_mode): written in the default (rollback
    # journal) mode while QGIS shows another layer of a local file in WAL, QGIS 3.22's connection to that layer
    # failed at its next query ("unable to open database file": a filtered layer counted -1 features, drew none).
    # A connection QGIS opened while the file was in the rollback journal (without locks, GDAL's NOLOCK) fails the
    # same way once the file went to WAL: the project's layers of the file are reloaded when the task or the
    # algorithm ends (results.reload_file_layers); QGIS's own filter on a layer turns the file to WAL too.
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", journal_mode(target))
    try:
        dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        dataset.ExecuteSQL(f"ATTACH DATABASE {quote_literal(staged)} AS epoch_staged")
        try:
            dataset.StartTransaction()
            try:
                _swap(dataset, source.GetLayerByName(layer_name), layer_name)
                _carry_styles(dataset, source, layer_name)
                dataset.CommitTransaction()
            except BaseException:
                _rollback(dataset)
                raise
        finally:
            try:
                dataset.ExecuteSQL("DETACH DATABASE epoch_staged")
            except RuntimeError:
                pass
            dataset = None  # noqa: F841 (closes the file)
    finally:
        gdal.SetThreadLocalConfigOption("SQLITE_BUSY_TIMEOUT", None)
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", None)
        source = None  # noqa: F841


#: File systems of network shares (Qt's ``QStorageInfo.fileSystemType()`` names): SQLite's write-ahead log needs
#: shared memory between the processes that open the file, which a network share does not give
#: (https://www.sqlite.org/wal.html, "WAL does not work over a network filesystem").
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smbfs", "smb2", "smb3", "afpfs", "webdav", "davfs",
                                  "fuse.sshfs", "sshfs", "9p", "ncpfs", "coda", "afs", "ceph", "glusterfs"})


def journal_mode(gpkg: Path) -> str:
    """``WAL`` or ``DELETE``, as QGIS chooses when it writes to a GeoPackage: write-ahead logging on a local
    file unless the user turned it off (QGIS's ``qgis/walForSqlite3``), the rollback journal on a network
    share, where WAL can corrupt the file (journal mode is kept in the file: set explicitly either way)."""
    from qgis.core import QgsSettings

    wal = QgsSettings().value("qgis/walForSqlite3", True)
    if str(wal).lower() in ("false", "0", "no") or on_network_share(gpkg):
        return "DELETE"
    return "WAL"


def on_network_share(path: Path) -> bool:
    """Whether ``path`` lies on a network share: a UNC path or a remote drive on Windows, a network file system
    (:data:`NETWORK_FILE_SYSTEMS`) elsewhere, as QGIS's own test of a GeoPackage's folder."""
    from qgis.core import Qgis, QgsFileUtils
    from qgis.PyQt.QtCore import QStorageInfo

    folder = str(Path(path).absolute().parent)
    if os.name == "nt":
        if folder.startswith(("\\\\", "//")):
            return True
        try:
            return QgsFileUtils.driveType(folder) == Qgis.DriveType.Remote
        except Exception:  # noqa: BLE001 - QgsNotSupportedException: not known, taken as local (as QGIS does)
            return False
    system = bytes(QStorageInfo(folder).fileSystemType()).decode("ascii", "replace").lower()
    return system in NETWORK_FILE_SYSTEMS


def _rollback(dataset) -> None:
    try:
        dataset.RollbackTransaction()
    except RuntimeError:  # SQLite rolled back itself (a full disk, an I/O error): nothing is left to undo
        pass


def _swap(dataset, source, layer_name: str) -> None:
    """Inside the transaction: drop the old layer, create the new one like the staged one, copy its rows."""
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayer(index).GetName().lower() == layer_name.lower():  # GeoPackage names ignore case
            dataset.DeleteLayer(index)
            break
    fid, geometry = source.GetFIDColumn() or "fid", source.GetGeometryColumn()
    options = [f"FID={fid}", "SPATIAL_INDEX=NO"] + ([f"GEOMETRY_NAME={geometry}"] if geometry else [])
    layer = dataset.CreateLayer(layer_name, source.GetSpatialRef(), source.GetGeomType(), options)
    definition = source.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    for i in range(definition.GetFieldCount()):
        layer.CreateField(definition.GetFieldDefn(i))
    created = layer.GetLayerDefn()
    if [created.GetFieldDefn(i).GetName() for i in range(created.GetFieldCount())] != names:
        raise RuntimeError(f"the columns of '{layer_name}' could not be created as they are")
    table, name = quote_identifier(layer_name), quote_literal(layer_name)
    columns = [quote_identifier(fid)] + ([quote_identifier(geometry)] if geometry else []) + \
        [quote_identifier(n) for n in names]
    values = list(columns)
    if geometry:
        target_srs, staged_srs = _srs_id(dataset, "main", layer_name), _srs_id(dataset, "epoch_staged", layer_name)
        if target_srs != staged_srs:  # the geometry blobs carry their srs_id: they take the target file's
            values[1] = f"SetSRID({columns[1]}, {int(target_srs)})"
    # Identifiers go through quote_identifier, literals through _literal, numbers through int().
    dataset.ExecuteSQL(f"INSERT INTO main.{table} ({', '.join(columns)}) "  # nosec B608
                       f"SELECT {', '.join(values)} FROM epoch_staged.{table}")
    layer = None  # noqa: F841
    if geometry:
        # the extent GDAL computed for the staged layer (the same rows)
        extent = ("UPDATE main.gpkg_contents SET (min_x, min_y, max_x, max_y) = (SELECT min_x, min_y, max_x, "
                  f"max_y FROM epoch_staged.gpkg_contents WHERE lower(table_name) = lower({name})) "  # nosec B608
                  f"WHERE lower(table_name) = lower({name})")
        dataset.ExecuteSQL(extent)
        dataset.ExecuteSQL(f"SELECT CreateSpatialIndex({name}, {quote_literal(geometry)})")
    dataset.ExecuteSQL(f"UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM main.{table}) "
                       f"WHERE lower(table_name) = lower({name})")  # nosec B608


def _carry_styles(dataset, source, layer_name: str) -> None:
    """Inside the transaction: the styles stored in the staged file for the layer replace those of the same
    name in the target (the staged default becomes the only default), as QGIS keeps ``layer_styles``."""
    found = "SELECT COUNT(*) FROM {schema}.sqlite_master WHERE type = 'table' AND lower(name) = 'layer_styles'"
    if not _scalar(dataset, found.format(schema="epoch_staged")):
        return
    name = quote_literal(layer_name)
    mine = f"FROM epoch_staged.layer_styles WHERE lower(f_table_name) = lower({name})"
    if not _scalar(dataset, f"SELECT COUNT(*) {mine}"):  # nosec B608 (a quoted literal)
        return
    staged = source.GetLayerByName("layer_styles")
    if not _scalar(dataset, found.format(schema="main")):
        created = dataset.CreateLayer("layer_styles", None, ogr.wkbNone, [f"FID={staged.GetFIDColumn() or 'fid'}"])
        for i in range(staged.GetLayerDefn().GetFieldCount()):
            created.CreateField(staged.GetLayerDefn().GetFieldDefn(i))
        created = None  # noqa: F841
    theirs = dataset.GetLayerByName("layer_styles").GetLayerDefn()
    kept = {theirs.GetFieldDefn(i).GetName().lower() for i in range(theirs.GetFieldCount())}
    defn = staged.GetLayerDefn()
    columns = ", ".join(quote_identifier(defn.GetFieldDefn(i).GetName()) for i in range(defn.GetFieldCount())
                        if defn.GetFieldDefn(i).GetName().lower() in kept)
    ours = f"lower(f_table_name) = lower({name})"
    # Identifiers through quote_identifier, the layer name through _literal.
    if _scalar(dataset, f"SELECT COUNT(*) {mine} AND useAsDefault"):  # nosec B608
        dataset.ExecuteSQL(f"UPDATE main.layer_styles SET useAsDefault = 0 WHERE {ours}")  # nosec B608
    dataset.ExecuteSQL(f"DELETE FROM main.layer_styles WHERE {ours} AND styleName IN "  # nosec B608
                       f"(SELECT styleName {mine})")
    dataset.ExecuteSQL(f"INSERT INTO main.layer_styles ({columns}) SELECT {columns} {mine}")  # nosec B608


def _srs_id(dataset, schema: str, layer_name: str) -> int:
    return int(_scalar(dataset, f"SELECT srs_id FROM {schema}.gpkg_geometry_columns "  # nosec B608 (fixed schema)
                                f"WHERE lower(table_name) = lower({quote_literal(layer_name)})") or 0)


def _scalar(dataset, sql: str):
    """The first value of the first row of ``sql`` (``None`` without a row)."""
    result = dataset.ExecuteSQL(sql)
    try:
        row = result.GetNextFeature() if result is not None else None
        return row.GetField(0) if row is not None else None
    finally:
        if result is not None:
            dataset.ReleaseResultSet(result)


# -- what went wrong, in words ---------------------------------------------------------------------------------------
@contextmanager
def _collected() -> Iterator[List[str]]:
    """GDAL's messages while the block runs (an exception carries only the last: often a generic one)."""
    messages: List[str] = []
    gdal.PushErrorHandler(lambda _level, _number, message: messages.append(str(message)))
    try:
        yield messages
    finally:
        gdal.PopErrorHandler()


_FULL = ("disk is full", "no space left", "disk full", "database or disk is full", "not enough space")
_LOCKED = ("database is locked", "locked", "sqlite_busy", "database table is locked")


def is_disk_full(exc: BaseException, gpkg: Path, messages: Optional[List[str]] = None) -> bool:
    """Whether ``exc`` (or a GDAL message before it) means the disk holding ``gpkg`` is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    text = " ".join([str(exc)] + list(messages or [])).lower()
    if any(marker in text for marker in _FULL):
        return True
    return ("i/o error" in text or "write" in text) and _free_bytes(Path(gpkg).parent) < 1_000_000


def explain(exc: BaseException, gpkg: Path, layer_name: str = "", messages: Optional[List[str]] = None) -> str:
    """A sentence for the user: a full disk (which, how much is free), a lock (held by whom), else GDAL's words."""
    gpkg = Path(gpkg)
    if isinstance(getattr(exc, "reason", None), str) and exc.reason:  # a style_store.StyleStoreError: what failed,
        exc = RuntimeError(exc.reason)  # without the staged file's name (the sentence names ``gpkg``)
    text = " ".join([str(exc)] + list(messages or []))
    if is_disk_full(exc, gpkg, messages):
        free = _free_bytes(gpkg.parent)
        return tr("The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some "
                  "space there or choose a folder on another disk, then run again.").format(
            folder=gpkg.parent, disk=_mount_point(gpkg.parent), free=_size_text(free), file=gpkg.name)
    if any(marker in text.lower() for marker in _LOCKED):
        holders = holders_of(gpkg)
        if holders:
            return tr("{file} is locked by another program; it is open in {programs}. Close it there (or save or "
                      "discard its edits), then run again: the file was left as it was.").format(
                file=gpkg, programs=", ".join(holders))
        return tr("{file} is locked by another program: close it there and run again.").format(file=gpkg)
    detail = str(exc)
    if "Terminating translation" in detail or not detail:  # GDAL's summary: the cause is said before it
        detail = next((m for m in reversed(messages or []) if m and "Terminating translation" not in m), detail)
    return tr("Could not write layer '{layer}' to {file}: {error}").format(layer=layer_name, file=gpkg, error=detail)


def holders_of(path: Path) -> List[str]:
    """The programs with ``path`` open, as ``name (process 123)`` (Linux; elsewhere an empty list)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    try:
        wanted = os.path.realpath(path)
    except OSError:
        return []
    found: List[str] = []
    ours = False
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if not any(os.readlink(fd) == wanted for fd in (entry / "fd").iterdir()):
                continue
            name = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        pid = int(entry.name)
        if pid == os.getpid():
            ours = True
        else:
            found.append(tr("{program} (process {pid})").format(program=name, pid=pid))
        if len(found) >= 5:
            break
    if not found and ours:  # this process alone: a layer being edited, another task writing the file
        found.append(tr("this QGIS (process {pid})").format(pid=os.getpid()))
    return found


def _free_bytes(folder: Path) -> int:
    for candidate in [Path(folder), *Path(folder).parents]:
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return 0


def _mount_point(folder: Path) -> str:
    path = Path(os.path.realpath(folder))
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return str(path)


def _size_text(count: int) -> str:
    if count >= 1 << 30:
        return f"{count / (1 << 30):.1f} GB"
    if count >= 1 << 20:
        return f"{count / (1 << 20):.1f} MB"
    return f"{count / 1024:.0f} KB"
