"""*Changes since...* as a ``QgsTask``: compare and write in a worker, open the styled layer on the main thread.

    task = ChangesTask(gpkg, since="previous", notify=..., on_done=lambda outcome, layer: ...)
    task_bar.run(task)   # or QgsApplication.taskManager().addTask(task)

``outcome.headline()`` is the card ("3 producers worse since 2026-11-02"), ``outcome.summary()`` the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from .change_styles import open_changes_layer, store_change_style
from .changes import CHANGES_LAYER, ChangesOutcome, changes_since
from .snapshots import PREVIOUS
from .tasks import EpochTask, Notify, add_layers


def tr(text: str) -> str:
    return QCoreApplication.translate("Changes", text)


def changes_layer_name(since: str) -> str:
    """The changes layer's name in the project: what it was compared with (its ``compared_with``)."""
    return tr("Changes since {when}").format(when=since)


def changes_with_style(gpkg: Path, since: str = PREVIOUS, *, progress: Optional[Callable[[float], None]] = None,
                       cancel: Callable[[], bool] = lambda: False, **options: Any) -> ChangesOutcome:
    """Worker thread: :func:`.changes.changes_since`, the style stored with the layer (one transaction: a kill or
    a full disk never leaves the new changes without their style)."""
    return changes_since(Path(gpkg), since, progress=progress, cancel=cancel, finish=store_change_style, **options)


class ChangesTask(EpochTask):
    """Compare the assessments layer of ``gpkg`` with a snapshot kept there; add the changes layer."""

    def __init__(self, gpkg: Path, since: str = PREVIOUS, *, current_layer: str = "assessments",
                 output_layer: str = CHANGES_LAYER, include_unchanged: bool = False, notify: Optional[Notify] = None,
                 on_done: Optional[Callable[[ChangesOutcome, Optional[QgsVectorLayer]], None]] = None,
                 add_to_project: bool = True, tally_only: bool = False) -> None:
        """``tally_only``: count the changes for a card, write no layer (``on_done`` gets ``None``)."""
        super().__init__("Changes since the last load", notify)
        self.gpkg, self.since = Path(gpkg), since
        self.options = dict(current_layer=current_layer, output_layer=output_layer,
                            include_unchanged=include_unchanged, write=not tally_only)
        add_to_project = add_to_project and not tally_only
        self.on_done = on_done
        self.add_to_project = add_to_project
        self.outcome: Optional[ChangesOutcome] = None

    def work(self) -> None:
        self.outcome = changes_with_style(self.gpkg, self.since, progress=self.setProgress, cancel=self.cancelled,
                                          **self.options)
        self.summary = self.outcome.summary()

    def on_success(self) -> None:
        outcome = self.outcome
        layer = None
        if self.add_to_project:  # else no layer is opened: an idle connection to the GeoPackage locks out writers
            # named after this comparison: a later one into the same layer renames it (its compared_with moves)
            layer = open_changes_layer(outcome.gpkg, outcome.layer_name, changes_layer_name(outcome.since))
            self.layers.append(layer)
            add_layers([layer])
        if self.on_done is not None:
            self.on_done(outcome, layer)
