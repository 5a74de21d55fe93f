"""What the *Check before upload* box's *Export EU-ready GeoJSON* button runs, in a task's worker.

It is the operation Processing's ``epoch_eudr:export_traces_geojson`` runs (:func:`..layers.traces_export.
export_traces`: the dock and the toolbox write the same files and refuse the same features), on a layer the
worker opens itself from the checked layer's source (a project layer belongs to the main thread); a layer held
only in memory is copied on the main thread first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import CancelledError, ConfigurationError
from ..layers.operations import traces_export
from ..layers.words.language import integer_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightExport", text)


@dataclass
class ExportOutcome:
    """The files written, and the export's warnings (features without ProducerCountry ...)."""

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
                n=integer_text(len(self.files)), folder=self.folder,
                files=", ".join(Path(f).name for f in self.files))
        return " ".join([text] + self.warnings)


def export_source(layer: QgsVectorLayer) -> object:
    """Main thread: what the worker exports, a source it may open itself (a file layer's URI), or a copy of a
    layer that lives only in memory."""
    if layer.providerType() == "ogr":
        return layer.source()
    return layer.materialize(QgsFeatureRequest())


def export_traces(source, folder: Path, base_name: str, commodity: Optional[str], location_type: str,
                  cancel: Callable[[], bool]) -> ExportOutcome:
    """Worker thread: the EU GeoJSON files of ``source`` in ``folder`` (refused, with the export's own message
    naming the features, when a feature has errors the EU system refuses; nothing is written then)."""
    layer = QgsVectorLayer(source, "checked", "ogr") if isinstance(source, str) else source
    if not layer.isValid():
        raise ConfigurationError(tr("Cannot open the checked layer ({source}): check it again.").format(
            source=source))
    exported = traces_export.export_traces(layer, Path(folder), base_name, {}, location_type=location_type,
                                           commodity=commodity or None, cancel=cancel)
    if cancel():
        raise CancelledError()
    return ExportOutcome(Path(folder), [str(f.path) for f in exported.report.files], exported.warnings)
