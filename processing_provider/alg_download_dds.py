"""epoch_eudr:download_dds: the Due Diligence Statement ZIP from ``/export_eudr_dds/``."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterFileDestination, QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

from ..layers.operations import download_dds
from .algorithm_base import EpochAlgorithm, cancel_of, progress_of


def tr(text: str) -> str:
    return QCoreApplication.translate("DownloadDds", text)


class DownloadDds(EpochAlgorithm):
    def name(self):
        return "download_dds"

    def displayName(self):  # noqa: N802
        return self.tr("Download Due Diligence Statement (ZIP)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Downloads the DDS package of one or more collections (comma-separated ids). The file is "
                       "written only once complete and verified; an existing file is kept if anything fails.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("COLLECTION_IDS", self.tr("Collection ids (comma-separated)")))
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_FILE", self.tr("DDS ZIP"),
                                                                fileFilter=tr("ZIP files") + " (*.zip)"))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files in the ZIP")))

    def execute(self, parameters, context, feedback):
        ids = [part.strip() for part in self.parameterAsString(parameters, "COLLECTION_IDS", context).split(",")]
        target = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        result = download_dds(self.client(parameters, context), [i for i in ids if i], Path(target),
                              progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(tr("{path}: {files} files, {size} bytes").format(path=result.path, files=len(result.names),
                                                                           size=result.size))
        return {"OUTPUT_FILE": str(result.path), "FILES": ", ".join(result.names)}
