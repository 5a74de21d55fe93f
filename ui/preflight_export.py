"""What the *Check before upload* box's *Export EU-ready GeoJSON* button runs, in a task's worker.

It is the Processing algorithm ``epoch_eudr:export_traces_geojson`` itself (the dock and the toolbox write
the same files), run on a layer the worker opens itself from the checked layer's source (a project layer
belongs to the main thread); a layer held only in memory is copied on the main thread first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..core.api.errors import CancelledError, ConfigurationError


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightExport", text)


@dataclass
class ExportOutcome:
    """The files written, and the algorithm's warnings (features without ProducerCountry ...)."""

    folder: Path
    files: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)

    def summary(self) -> str:
        """Where the files went, how many, in the user's language."""
        if len(self.files) == 1:
            text = tr("1 EU GeoJSON file written to {folder}: {file}").format(folder=self.folder,
                                                                             file=Path(self.files[0]).name)
        else:
            text = tr("{n} EU GeoJSON files written to {folder}: {files}").format(
                n=QLocale().toString(len(self.files)), folder=self.folder,
                files=", ".join(Path(f).name for f in self.files))
        return " ".join([text] + self.warnings)


class _Heard(QgsProcessingFeedback):
    """The algorithm's refusal and warnings, kept to be said in the dock (not only in the Processing log)."""

    def __init__(self, cancel: Callable[[], bool]) -> None:
        super().__init__()
        self.cancel_asked = cancel
        self.errors: List[str] = []
        self.warnings: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (Qt's names)
        self.errors.append(str(error))

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(str(warning))

    def isCanceled(self):  # noqa: N802
        return self.cancel_asked() or super().isCanceled()


def export_source(layer: QgsVectorLayer) -> object:
    """Main thread: what the worker exports, a source it may open itself (a file layer's URI), or a copy of a
    layer that lives only in memory."""
    if layer.providerType() == "ogr":
        return layer.source()
    return layer.materialize(QgsFeatureRequest())


def export_traces(source, folder: Path, base_name: str, commodity: Optional[str], location_type: str,
                  cancel: Callable[[], bool]) -> ExportOutcome:
    """Worker thread: ``epoch_eudr:export_traces_geojson`` on ``source`` into ``folder`` (refused, with the
    algorithm's own message, when a feature has errors the EU system refuses)."""
    from ..processing_provider.alg_preflight import ExportTracesGeojson

    layer = QgsVectorLayer(source, "checked", "ogr") if isinstance(source, str) else source
    if not layer.isValid():
        raise ConfigurationError(tr("Cannot open the checked layer ({source}): check it again.").format(
            source=source))
    algorithm = ExportTracesGeojson().create()
    feedback = _Heard(cancel)
    parameters = {"INPUT": layer, "LOCATION_TYPE": location_type, "INCLUDE_ERRORS": False,
                  "BASE_NAME": base_name, "FOLDER": str(folder)}
    if commodity:
        parameters["COMMODITY"] = commodity
    results, ok = algorithm.run(parameters, QgsProcessingContext(), feedback)
    if cancel():
        raise CancelledError()
    if not ok:
        raise ConfigurationError(" ".join(feedback.errors) or tr("The export failed: see the Processing log."))
    files = [f for f in str(results.get("FILES") or "").split(", ") if f]
    return ExportOutcome(Path(folder), files, feedback.warnings)
