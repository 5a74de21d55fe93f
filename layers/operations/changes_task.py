"""*Changes since...* as an :class:`.task.OperationTask`: compare and write in a worker, open the styled layer on
the main thread.

    task = changes_task(gpkg, since="previous", notify=..., on_done=lambda outcome, layer: ...)
    task_bar.run(task)   # or QgsApplication.taskManager().addTask(task)

``outcome.headline()`` is the card ("3 producers worse since 2026-11-02"), ``outcome.summary()`` the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, List, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ...core.operation import Cancel, Progress, never_cancelled
from ..styles.changes import open_changes_layer, store_change_style
from ..tables.snapshots import PREVIOUS
from .changes import CHANGES_LAYER, ChangesOutcome, changes_since
from .task import Notify, OperationTask


def tr(text: str) -> str:
    return QCoreApplication.translate("Changes", text)


def changes_layer_name(since: str) -> str:
    """The changes layer's name in the project: what it was compared with (its ``compared_with``)."""
    return tr("Changes since {when}").format(when=since)


def changes_with_style(gpkg: Path, since: str = PREVIOUS, *, progress: Optional[Callable[[float], None]] = None,
                       cancel: Cancel = never_cancelled, **options: Any) -> ChangesOutcome:
    """Worker thread: :func:`.changes.changes_since`, the style stored with the layer (one transaction: a kill or
    a full disk never leaves the new changes without their style)."""
    return changes_since(Path(gpkg), since, progress=progress, cancel=cancel, finish=store_change_style, **options)


def changes_task(gpkg: Path, since: str = PREVIOUS, *, current_layer: str = "assessments",
                 output_layer: str = CHANGES_LAYER, include_unchanged: bool = False, notify: Optional[Notify] = None,
                 on_done: Optional[Callable[[ChangesOutcome, Optional[QgsVectorLayer]], None]] = None,
                 add_to_project: bool = True, tally_only: bool = False) -> OperationTask:
    """Compare the assessments layer of ``gpkg`` with a snapshot kept there; add the changes layer.

    ``tally_only``: count the changes for a card, write no layer (``on_done`` gets ``None`` as the layer).
    The final message is the comparison's summary.
    """
    gpkg = Path(gpkg)
    options = dict(current_layer=current_layer, output_layer=output_layer, include_unchanged=include_unchanged,
                   write=not tally_only)
    add_to_project = add_to_project and not tally_only

    def compare(progress: Progress, cancel: Cancel) -> ChangesOutcome:
        return changes_with_style(gpkg, since, progress=progress, cancel=cancel, **options)

    def open_layers(outcome: ChangesOutcome) -> List[QgsVectorLayer]:
        if not add_to_project:  # no layer opened: an idle connection to the GeoPackage locks out writers
            return []
        # named after this comparison: a later one into the same layer renames it (its compared_with moves)
        return [open_changes_layer(outcome.gpkg, outcome.layer_name, changes_layer_name(outcome.since))]

    def done(outcome: ChangesOutcome, layers: List[QgsVectorLayer]) -> str:
        if on_done is not None:
            on_done(outcome, layers[0] if layers else None)
        return outcome.summary()

    return OperationTask("Changes since the last load", compare, notify=notify, on_done=done,
                         add_to_project=add_to_project, open_layers=open_layers)

