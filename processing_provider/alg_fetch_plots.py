"""epoch_eudr:fetch_plots: the plots of one collection from ``/fetch_deforestation_check``."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.risk import NOT_ASSESSABLE, compliance_status, skip_reason
from ..layers.operations.epoch_api import PLOTS_LIMIT, assessment_row, plots_to_gpkg, producer_country_of
from ..layers.styles.explanations import findings_text
from ..layers.words.language import count_text
from .algorithm_base import EpochAlgorithm, cancel_of, gpkg_destination, progress_of, unknown_collection
from .monitoring_windows import add_window_parameters, window_of
from .outputs import publish


def tr(text: str) -> str:
    return QCoreApplication.translate("FetchPlots", text)


class FetchPlots(EpochAlgorithm):
    def name(self):
        return "fetch_plots"

    def displayName(self):  # noqa: N802
        return self.tr("Fetch plots of a collection (drill-down)")

    def shortHelpString(self):  # noqa: N802
        return self.tr("Loads the plots of one assessed collection with their deforestation figures and a binary "
                       "status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the "
                       "reason in data_error, when the area is not a number). No more than LIMIT plots are read. "
                       "MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start "
                       "defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not "
                       "Assessable one without plots, is refused before anything is written.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("COLLECTION_ID", self.tr("Collection id")))
        self.addParameter(QgsProcessingParameterNumber("LIMIT", self.tr("Maximum plots"),
                                                       QgsProcessingParameterNumber.Type.Integer, PLOTS_LIMIT,
                                                       minValue=1))  # the API's own limit: a collection is whole
        add_window_parameters(self)
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Plots")))

    def execute(self, parameters, context, feedback):
        collection_id = self.parameterAsString(parameters, "COLLECTION_ID", context).strip()
        window = window_of(self, parameters, context)
        client = self.client(parameters, context)
        row = check_has_plots(client, collection_id, window, cancel_of(feedback))
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, layer_name, final = gpkg_destination(requested, "plots")
        output = plots_to_gpkg(client, collection_id, gpkg, layer_name,
                               limit=self.parameterAsInt(parameters, "LIMIT", context), **window,
                               producer_country=producer_country_of(row),
                               progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(tr("{count} of {collection} written").format(count=count_text(output.count, "plots"),
                                                                       collection=collection_id)
                          + (f"; {output.notes}" if output.notes else ""))
        if output.notes:  # lines not written, numbers that are not numbers, rows beyond LIMIT: said twice
            feedback.pushWarning(output.notes)
        return {"OUTPUT": publish(output, requested, final, context)}


def check_has_plots(client, collection_id: str, window, cancel):
    """Refuse, before anything is written, a collection the server does not know or a producer without plots;
    else return its assessment row (``None`` when only plots are known).

    A collection is known by its producer assessment (``/fetch_supply_shed``: the API's only sign that a batch
    was processed). Without one, or when it is Not Assessable (Epoch did not process its locations), the
    collection is refused unless ``/fetch_deforestation_check`` still has a plot for it.
    """
    if not collection_id:
        return None  # the client refuses an empty id itself
    row = assessment_row(client, collection_id, cancel)
    props = (row or {}).get("properties") or {}
    if row is not None and compliance_status(props) is not NOT_ASSESSABLE:
        return row
    stream = client.fetch_deforestation_check(collection_id, limit=1, cancel=cancel, **window)
    try:
        if next(iter(stream), None) is not None:
            return row
    finally:
        stream.close()
    if row is None:
        raise QgsProcessingException(unknown_collection(collection_id, client.base_url))
    raise QgsProcessingException(tr("'{producer}' (collection {id}) has no plots: it is Not Assessable ({reason}), "
                                    "so Epoch checked none.").format(
        producer=props.get("company_name") or collection_id, id=collection_id,
        reason=findings_text(skip_reason(props))))
