"""Registers the plugin's algorithms with QGIS Processing under the id ``epoch_eudr``."""

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

ICON_PATH = Path(__file__).resolve().parents[1] / "resources" / "icon.svg"


class EpochEudrProvider(QgsProcessingProvider):
    """Algorithms for Epoch EUDR screening: one per API operation."""

    def id(self):
        return "epoch_eudr"

    def name(self):
        return "Epoch EUDR"

    def longName(self):  # noqa: N802 (QGIS's name)
        return "Epoch EUDR Screening"

    def icon(self):
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self):  # noqa: N802 (QGIS's name)
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())


def algorithm_classes():
    """The algorithm classes this provider offers: one per API operation (Epoch's, then the EU Information
    System's)."""
    from .alg_check_sample import CheckSample
    from .alg_compare_assessments import CompareAssessments
    from .alg_download_dds import DownloadDds
    from .alg_eu_amend import EuAmendDds
    from .alg_eu_status import EuDdsStatus, EuWithdrawDds
    from .alg_eu_submit import EuSubmitDds
    from .alg_eu_verify import EuVerifyDeclarations
    from .alg_fetch_assessments import FetchAssessments
    from .alg_fetch_plots import FetchPlots
    from .alg_field_report import FieldReport
    from .alg_preflight import ExportTracesGeojson, Preflight
    from .alg_preview_geocoding import PreviewGeocoding
    from .alg_screen_locations import ScreenLocations
    from .alg_submit_batch import SubmitBatch
    from .alg_validate_facility import ValidateFacility

    return [ScreenLocations, ValidateFacility, SubmitBatch, FetchAssessments, FetchPlots, DownloadDds, Preflight,
            ExportTracesGeojson, CheckSample, FieldReport, CompareAssessments, EuSubmitDds, EuDdsStatus, EuWithdrawDds,
            EuVerifyDeclarations, PreviewGeocoding, EuAmendDds]
