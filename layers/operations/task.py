"""One QgsTask runs any operation: the work in a worker thread, the layers it wrote added in ``finished``.

``run`` never touches the project, layers or widgets; cancelling the task also
cancels the HTTP call (the operation asks ``cancel`` between steps and the client
polls it). A failed or cancelled task adds no layer and leaves the GeoPackage as it was.

An operation is ``operation(progress, cancel)`` (:class:`...core.operation.Progress`, ``Cancel``) and returns an
:class:`...core.operation.Outcome`: the layers it wrote (``outputs()``), a ``summary()``, counts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, List, Optional

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsMessageLog, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.errors import PluginError
from ...core.operation import LOG_TAG, Cancel, Outcome, Progress
from ..inputs.source import SourceError
from ..words.language import error_text
from ..writer.results import open_result_layer, reload_file_layers, store_style

Notify = Callable[[int, str], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


def failure_text(task: str, error) -> str:
    """A task's failure as one sentence the translation types (French: a no-break space before the colon)."""
    return tr("{task}: {error}").format(task=task, error=error)


def log_notify(level: int, text: str) -> None:
    QgsMessageLog.logMessage(text, LOG_TAG, level)


def network_or_write_error(exc: OSError) -> str:
    """An ``OSError`` in words: a failure of the connection (``requests``, sockets) is not a write error."""
    import requests

    if isinstance(exc, (requests.exceptions.RequestException, ConnectionError, TimeoutError)):
        return tr("The connection to the server failed ({kind}); nothing was written. Check the connection and try "
                  "again.").format(kind=type(exc).__name__)
    return tr("Could not write the results: {reason}").format(reason=exc.strerror or exc)


class OperationTask(QgsTask):
    """Run one operation (``layers.operations.epoch_api`` and the like); add the layers it wrote, then call ``on_done``.

    ``operation(progress, cancel)`` returns an :class:`Outcome` (``outputs()``: the layers written; ``summary()``)
    or any other value, reported by ``summary`` when it is a text. Every failure becomes one readable message.
    When ``on_done(outcome, layers)`` returns a text, or a (message level, text) pair, that text is the task's
    final message (where a file went, how many, what a check found): the generic "...: done" never overwrites
    what the task itself said, and a check that found errors is not said as a success.
    ``open_layers(outcome)``: how the written layers are opened on the main thread, when not as the outcome's
    ``outputs()`` with their kind's style (the changes layer has its own).
    """

    def __init__(self, description: str, operation: Callable[[Progress, Cancel], Any],
                 notify: Optional[Notify] = None, on_done: Optional[Callable[[Any, List[QgsVectorLayer]], Any]] = None,
                 group: str = "", add_to_project: bool = True,
                 open_layers: Optional[Callable[[Any], List[QgsVectorLayer]]] = None) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.notify = notify or log_notify
        self.operation = operation
        self.on_done = on_done
        self.group = group
        self.add_to_project = add_to_project
        self.open_layers = open_layers
        self.outcome: Any = None
        self.error = ""
        self.summary = ""
        self.layers: List[QgsVectorLayer] = []
        self.level = Qgis.MessageLevel.Success  # of the final message (a check that found errors: a warning)

    def cancelled(self) -> bool:
        return self.isCanceled()

    # -- worker thread ---------------------------------------------------------------------------------------------
    def run(self) -> bool:
        try:
            self.work()
            return not self.isCanceled()
        except CancelledError:
            return False
        except (PluginError, SourceError) as exc:
            self.error = error_text(exc)  # a coded error in the user's language
        except RecursionError:
            self.error = tr("The server's answer is nested too deeply to read; nothing was written.")
        except OSError as exc:
            self.error = network_or_write_error(exc)
        except Exception as exc:  # never a traceback in the user's face; the log keeps the detail
            self.error = tr("Unexpected error: {kind}: {reason}").format(kind=type(exc).__name__, reason=exc)
            QgsMessageLog.logMessage(repr(exc), LOG_TAG, Qgis.MessageLevel.Critical)
        return False

    def work(self) -> None:
        self.outcome = self.operation(Progress(self.setProgress), self.cancelled)
        for output in _outputs(self.outcome):
            if not getattr(output, "style_stored", False):  # else stored with the layer (write_layer's finish)
                store_style(output.gpkg, output.layer_name, output.kind)
        describe = getattr(self.outcome, "summary", None)
        text = describe() if callable(describe) else (self.outcome if isinstance(self.outcome, str) else "")
        # nothing of its own to say: ``finished`` says "...: done" in the user's language
        self.summary = tr("{task}: {outcome}").format(task=self.description(), outcome=text) if text else ""

    # -- main thread -----------------------------------------------------------------------------------------------
    def on_success(self) -> None:
        if self.open_layers is not None:
            self.layers.extend(self.open_layers(self.outcome))
        else:
            for output in _outputs(self.outcome):
                self.layers.append(open_result_layer(output.gpkg, output.layer_name, output.kind,
                                                     output.display_name))
        if self.add_to_project and self.layers:
            add_layers(self.layers, self.group)
        for gpkg in {Path(output.gpkg).resolve() for output in _outputs(self.outcome)}:
            reload_file_layers(gpkg, skip=self.layers)  # the project's other layers of a file written meanwhile
        if self.on_done is not None:
            said = self.on_done(self.outcome, self.layers)
            if isinstance(said, tuple) and len(said) == 2 and said[1]:  # (level, text): a warning is no success
                self.level, self.summary = said
            elif isinstance(said, str) and said:
                self.summary = said

    def _say(self, level: int, text: str) -> None:
        """``notify``, or the log when the panel that asked is gone (a deleted widget raises RuntimeError, and an
        exception escaping ``finished()`` aborts QGIS: a task cancelled by unloading the plugin ends here)."""
        try:
            self.notify(level, text)
        except RuntimeError:
            log_notify(level, text)

    def finished(self, result: bool) -> None:
        if result:
            try:
                self.on_success()
            except (RuntimeError, OSError) as exc:
                self._say(Qgis.MessageLevel.Critical, failure_text(self.description(), exc))
                return
            except Exception as exc:  # an exception escaping finished() aborts QGIS: report it instead
                QgsMessageLog.logMessage(repr(exc), LOG_TAG, Qgis.MessageLevel.Critical)
                self._say(Qgis.MessageLevel.Critical, tr("{task}: unexpected error {kind}").format(
                    task=self.description(), kind=type(exc).__name__))
                return
            self._say(self.level, self.summary or tr("{task}: done").format(task=self.description()))
        elif self.isCanceled() and not self.error:
            self._say(Qgis.MessageLevel.Info, tr("{task}: cancelled; nothing was changed").format(
                task=self.description()))
        else:
            self._say(Qgis.MessageLevel.Critical, failure_text(self.description(), self.error))


def _outputs(outcome: Optional[Outcome]) -> list:
    """The layers an outcome wrote (none for a plain value)."""
    outputs = getattr(outcome, "outputs", None)
    return list(outputs()) if callable(outputs) else []


def ensure_project_crs(layer: QgsVectorLayer) -> None:
    """A project without a CRS, or one that took WGS 84 3D (EPSG:4979) from a GeoJSON, gets the layer's."""
    project = QgsProject.instance()
    crs = project.crs()
    if not crs.isValid() or crs.authid() in ("EPSG:4979", "OGC:CRS84h"):
        project.setCrs(layer.crs() if layer.crs().isValid() else QgsCoordinateReferenceSystem("EPSG:4326"))


def add_layers(layers: List[QgsVectorLayer], group: str = "") -> None:
    """Add to the project, on top; in a group (replaced if it exists) when ``group`` is given."""
    project = QgsProject.instance()
    if layers:
        ensure_project_crs(layers[0])
    root = project.layerTreeRoot()
    if not group:
        for layer in layers:
            project.addMapLayer(layer)
        return
    old = root.findGroup(group)
    if old is not None:
        root.removeChildNode(old)
    node = root.insertGroup(0, group)
    for layer in layers:
        project.addMapLayer(layer, False)
        node.addLayer(layer)
