"""epoch_eudr:download_dds: the Due Diligence Statement ZIP from ``/export_eudr_dds/``.

The names of the ZIP's entries (and anything else the server sent) are shown through
:func:`~..core.display_text.shown`: a name is text, never a terminal escape or a second output line.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.display_text import shown
from ..core.risk import NOT_ASSESSABLE, compliance_status, skip_reason
from ..layers.operations.epoch_api import assessment_row, download_dds
from ..layers.styles.explanations import findings_text
from .algorithm_base import EpochAlgorithm, cancel_of, progress_of, unknown_collection


def tr(text: str) -> str:
    return QCoreApplication.translate("DownloadDds", text)


class DownloadDds(EpochAlgorithm):
    def name(self):
        return "download_dds"

    def displayName(self):  # noqa: N802
        return self.tr("Download Due Diligence Statement (ZIP)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Downloads the DDS package of one or more collections (comma-separated ids). The file is "
                       "written only once complete and verified; an existing file is kept if anything fails. A "
                       "collection the server does not know, or a Not Assessable one (it has no DDS), is refused "
                       "before anything is downloaded.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("COLLECTION_IDS", self.tr("Collection ids (comma-separated)")))
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_FILE", self.tr("DDS ZIP"),
                                                                fileFilter=tr("ZIP files") + " (*.zip)"))
        self.addOutput(QgsProcessingOutputString("FILES", self.tr("Files in the ZIP")))

    def execute(self, parameters, context, feedback):
        ids = [part.strip() for part in self.parameterAsString(parameters, "COLLECTION_IDS", context).split(",")]
        target = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        client = self.client(parameters, context)
        ids = [i for i in ids if i]
        for collection_id in ids:
            check_exportable(client, collection_id, cancel_of(feedback))
        result = download_dds(client, ids, Path(target), progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(tr("{path}: {files} files, {size} bytes").format(path=result.path, files=len(result.names),
                                                                           size=result.size))
        return {"OUTPUT_FILE": str(result.path), "FILES": ", ".join(shown(name) for name in result.names)}


def check_exportable(client, collection_id: str, cancel) -> None:
    """Refuse a collection without a DDS before the download: one the server has no assessment for, or a Not
    Assessable one (Epoch did not process its locations: the dock's DDS button is off for it too)."""
    row = assessment_row(client, collection_id, cancel)
    if row is None:
        raise QgsProcessingException(unknown_collection(shown(collection_id), client.base_url))
    props = row.get("properties") or {}
    if compliance_status(props) is NOT_ASSESSABLE:
        raise QgsProcessingException(tr("'{producer}' (collection {id}) is Not Assessable ({reason}): it has "
                                        "no DDS to export; nothing was downloaded. Leave it out of "
                                        "COLLECTION_IDS.").format(
            producer=shown(props.get("company_name") or collection_id), id=shown(collection_id),
            reason=shown(findings_text(skip_reason(props)))))
