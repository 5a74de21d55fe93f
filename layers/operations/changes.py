"""The changes since an earlier load, written as a point layer (the rules are in ``core/compare``).

:func:`changes_since` compares the assessments layer of a results GeoPackage with a snapshot kept there
(:mod:`..tables.snapshots`); :func:`changes_between_layers` compares two layers. The changes are written into a
staged GeoPackage in one transaction, then replace the output layer, with its style, in one SQLite
transaction (:mod:`..writer.gpkg_install`): a cancelled, failed or killed run leaves the destination as it was.
Nothing here touches QGIS (worker threads); styling is in :mod:`..styles.changes`.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.compare import (
    BETTER,
    CHANGE_FIELDS,
    CHANGED,
    GONE,
    NEW,
    WORSE,
    Change,
    ChangeTally,
    Producer,
    compare_rows,
)
from ...core.gpkg.sql import quote_identifier
from ...core.operation import Cancel, Outcome, Progress, never_cancelled
from ..tables.snapshots import (
    PREVIOUS,
    SnapshotInfo,
    list_snapshots,
    read_layer,
    read_snapshot,
    resolve_snapshot,
    srs_4326,
    window_text,
)
from ..words.language import integer_text, takes_singular
from ..writer.gpkg_install import explain, install, release
from ..writer.gpkg_writer import LayerWriteError, staging_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("Changes", text)

gdal.UseExceptions()

CHANGES_LAYER = "assessment_changes"
#: ``finish(staged_gpkg, layer_name)``: stores what goes with the layer (its style) in the staged file
Finish = Optional[Callable[[Path, str], None]]
_OGR_TYPES = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal}


#: an operation's ``progress``: a :class:`Progress`, a plain callable taking percent 0-100, or ``None``
ProgressArg = Optional[Callable[[float], None]]


@dataclass
class ChangesOutcome(Outcome):
    """A comparison written as a layer: where, its tally (counts and sentences), what it was compared with;
    ``counts``: producers by kind of change (the tally's)."""

    gpkg: Path
    layer_name: str
    tally: ChangeTally
    since: str  # the snapshot's time, or the earlier layer's name
    snapshot: Optional[SnapshotInfo] = None
    count: int = 0  # rows in the changes layer
    notes: List[str] = field(default_factory=list)

    kind = "changes"

    @property
    def counts(self) -> Dict[str, int]:  # type: ignore[override]
        return dict(self.tally.counts)

    def outputs(self) -> list:
        """None for ``OperationTask`` to restyle: open the layer with :func:`..styles.changes.open_changes_layer`."""
        return []

    def headline(self) -> str:
        """The card's first line: ``3 producers worse since 2026-11-02`` (in the user's language)."""
        return headline(self.tally)

    def summary(self) -> str:
        """Every kind of change counted (worse, better, new, gone, other figures), in whole sentences."""
        return " ".join([summary(self.tally)] + self.notes)


def headline(tally: ChangeTally) -> str:
    """``3 producers worse since 2026-11-02``: one whole sentence for none, one and many."""
    worse = tally.counts[WORSE]
    if not worse:
        return tr("No producer worse since {since}").format(since=tally.since)
    text = tr("1 producer worse since {since}") if worse == 1 else tr("{n} producers worse since {since}")
    return text.format(n=integer_text(worse), since=tally.since)


def summary(tally: ChangeTally) -> str:
    """``7 producers changed since 2026-11-02: 1 worse, 1 better, 1 new, 1 gone, 3 with other figures
    changed (80 in both loads).`` then the NC and Article 10 movements: each a whole sentence with named
    counts (a translator reorders them; nothing is assembled from pieces)."""
    c = tally.counts
    total = c[WORSE] + c[BETTER] + c[NEW] + c[GONE] + c[CHANGED]
    both = integer_text(tally.compared)
    if not total:
        text = tr("No change in {n} producer since {since}.") if takes_singular(tally.compared) else \
            tr("No change in {n} producers since {since}.")
        return text.format(n=both, since=tally.since)
    text = tr("1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} "
              "with other figures changed ({both} in both loads).") if total == 1 else \
        tr("{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} "
           "with other figures changed ({both} in both loads).")
    said = text.format(n=integer_text(total), since=tally.since, worse=integer_text(c[WORSE]),
                       better=integer_text(c[BETTER]), new=integer_text(c[NEW]), gone=integer_text(c[GONE]),
                       other=integer_text(c[CHANGED]), both=both)
    moves = (tally.nc_plots_up, tally.nc_plots_down, tally.nc_percent_up, tally.nc_percent_down,
             tally.article10_changed)
    if any(moves):
        said += " " + tr("NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for "
                         "{percent_down}; Article 10 risk changed for {article10}.").format(
            **dict(zip(("plots_up", "plots_down", "percent_up", "percent_down", "article10"),
                       map(integer_text, moves))))
    return said


# -- writing the changes -----------------------------------------------------------------------------------------
def _with_srs(blob: Any, srs_id: int) -> Optional[bytes]:
    """A GeoPackage blob with its SRS id set to ``srs_id`` (the header's byte order kept)."""
    if not isinstance(blob, (bytes, bytearray, memoryview)):
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        return None
    order = "<" if data[3] & 1 else ">"
    return data[:4] + struct.pack(order + "i", srs_id) + data[8:]


def _create_changes_table(path: Path, layer_name: str) -> int:
    """An empty changes layer in a new GeoPackage; returns its SRS id."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(layer_name, srs_4326(), ogr.wkbPoint, ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
    for name, kind, _ in CHANGE_FIELDS:
        layer.CreateField(ogr.FieldDefn(name, _OGR_TYPES[kind]))
    layer.CreateField(ogr.FieldDefn("compared_with", ogr.OFTString))
    dataset = layer = None  # noqa: F841 (closes the file)
    conn = sqlite3.connect(str(path))
    try:
        found = conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                             (layer_name,)).fetchone()
    finally:
        conn.close()
    return int(found[0]) if found else 4326


def write_changes(changes: Iterable[Change], gpkg: Path, layer_name: str = CHANGES_LAYER, *, compared_with: str = "",
                  cancel: Cancel = never_cancelled, progress: ProgressArg = None, finish: Finish = None) -> int:
    """Write ``changes`` as the point layer ``layer_name`` of ``gpkg`` (replacing it); return the row count.

    Rows go into a staged GeoPackage in one transaction, then replace the layer in one SQLite transaction
    (:func:`..writer.gpkg_install.install`), with what ``finish`` stored for it in the staged file (its style): a
    cancelled, failed or killed run leaves the destination, the old layer and its style as they were.
    """
    progress = Progress.of(progress)
    gpkg = Path(gpkg)
    workdir = staging_dir(gpkg, ".epoch-changes-")
    staged = workdir / "changes.gpkg"
    try:
        srs_id = _create_changes_table(staged, layer_name)
        names = [name for name, _, _ in CHANGE_FIELDS]
        columns = ", ".join(["geom"] + [quote_identifier(n) for n in names] + ["compared_with"])
        marks = ", ".join("?" * (len(names) + 2))
        sql = f"INSERT INTO {quote_identifier(layer_name)} ({columns}) VALUES ({marks})"  # nosec B608 (identifiers)
        count = 0
        conn = sqlite3.connect(str(staged))
        try:
            batch: List[Tuple] = []
            for change in changes:
                row = change.row()
                batch.append((_with_srs(change.geometry, srs_id), *(row[n] for n in names), compared_with))
                if len(batch) >= 5000:
                    if cancel():
                        raise CancelledError()
                    conn.executemany(sql, batch)
                    count += len(batch)
                    batch = []
                    progress(min(90.0, 50.0 + count / 4000))
            conn.executemany(sql, batch)
            count += len(batch)
            conn.commit()
        finally:
            conn.close()
        if cancel():
            raise CancelledError()
        if finish is not None:
            finish(staged, layer_name)
        install(staged, gpkg, layer_name)  # indexes a new file; swaps the layer into an existing one
        return count
    except (RuntimeError, sqlite3.Error, OSError) as exc:  # a full disk, a lock: in words, the file as it was
        message = explain(exc, gpkg, layer_name)
    finally:
        release(workdir)
    raise LayerWriteError(message)  # raised here, the GDAL error and its frames (holding the file) are gone


# -- the comparison ------------------------------------------------------------------------------------------------
def asked_differently(earlier: SnapshotInfo, current: Optional[SnapshotInfo]) -> List[str]:
    """Sentences on how the two loads were asked differently (filters, monitoring window)."""
    if current is None:
        return []
    notes = []
    if earlier.filters != current.filters:
        notes.append(tr("The loads were filtered differently (then: {then}; now: {now}): producers outside a "
                        "filter show as new or gone.").format(then=earlier.asked_with() or tr("no filter"),
                                                              now=current.asked_with() or tr("no filter")))
    elif (earlier.monitoring_start, earlier.monitoring_end) != (current.monitoring_start, current.monitoring_end):
        notes.append(tr("The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that "
                        "reason alone.").format(then=_window(earlier), now=_window(current)))
    return notes


def _window(info: SnapshotInfo) -> str:
    """The load's monitoring window as a whole phrase (the API's default window when none was asked)."""
    if info.monitoring_start or info.monitoring_end:
        return window_text(info.monitoring_start, info.monitoring_end)
    return tr("the default window")


def compare_producers(before: Iterable[Producer], after: Iterable[Producer], output_gpkg: Path, output_layer: str,
                      *, since: str, compared_with: str = "", include_unchanged: bool = False,
                      progress: ProgressArg = None, cancel: Cancel = never_cancelled,
                      write: bool = True, finish: Finish = None) -> Tuple[ChangeTally, int]:
    """Compare two row streams and write the changes layer (``write``: else only count), with what ``finish``
    stores for it (see :func:`write_changes`); the tally and the row count."""
    tally = ChangeTally(since=since)
    progress = Progress.of(progress)
    progress(5.0)
    changes = compare_rows(before, after, include_unchanged=include_unchanged, tally=tally, cancel=cancel)
    if write:
        count = write_changes(changes, output_gpkg, output_layer, compared_with=compared_with, cancel=cancel,
                              progress=progress.step(0, 100), finish=finish)
    else:  # the card's headline only: nothing written, so nothing competes for the GeoPackage's lock
        count = sum(1 for _ in changes)
    progress(100.0)
    return tally, count


def changes_since(gpkg: Path, since: str = PREVIOUS, *, current_layer: str = "assessments",
                  output_gpkg: Optional[Path] = None, output_layer: str = CHANGES_LAYER,
                  include_unchanged: bool = False, progress: ProgressArg = None,
                  cancel: Cancel = never_cancelled, write: bool = True, finish: Finish = None) -> ChangesOutcome:
    """Compare ``current_layer`` of ``gpkg`` with a snapshot kept there (see :func:`resolve_snapshot` for
    ``since``) and write the changes as ``output_layer`` (in ``output_gpkg``, default the same file), with
    what ``finish`` stores for it (its style, in the same transaction: see :func:`write_changes`).

    Runs in a worker thread; open the written layer with :func:`..styles.changes.open_changes_layer`.
    """
    gpkg = Path(gpkg)
    snapshot = resolve_snapshot(gpkg, since, current_layer)
    own = list_snapshots(gpkg, current_layer)
    current = own[0] if own else None
    target = Path(output_gpkg) if output_gpkg else gpkg
    tally, count = compare_producers(read_snapshot(gpkg, snapshot.snapshot_id, cancel),
                                     read_layer(gpkg, current_layer, cancel), target, output_layer,
                                     since=snapshot.day, compared_with=f"snapshot {snapshot.snapshot_id}",
                                     include_unchanged=include_unchanged, progress=progress, cancel=cancel,
                                     write=write, finish=finish)
    return ChangesOutcome(target, output_layer, tally, snapshot.time_text, snapshot, count,
                          asked_differently(snapshot, current))


def changes_between_layers(earlier: Tuple[Path, str], current: Tuple[Path, str], output_gpkg: Path,
                           output_layer: str = CHANGES_LAYER, *, include_unchanged: bool = False,
                           progress: ProgressArg = None, cancel: Cancel = never_cancelled,
                           finish: Finish = None) -> ChangesOutcome:
    """Compare two layers given as (file, layer name) and write the changes layer (``finish``: see
    :func:`write_changes`)."""
    label = earlier[1] or Path(earlier[0]).stem
    tally, count = compare_producers(read_layer(earlier[0], earlier[1], cancel),
                                     read_layer(current[0], current[1], cancel), Path(output_gpkg), output_layer,
                                     since=label, compared_with=f"layer {label}", include_unchanged=include_unchanged,
                                     progress=progress, cancel=cancel, finish=finish)
    return ChangesOutcome(Path(output_gpkg), output_layer, tally, label, None, count)
