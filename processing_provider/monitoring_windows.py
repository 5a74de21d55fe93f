"""MONITORING_START / MONITORING_END of the fetch algorithms: YYYY-MM-DD, the start defaulting to the EUDR cut-off."""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsProcessingException, QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import ConfigurationError
from ..core.api.monitoring import EUDR_CUTOFF, window_params
from ..layers.words.language import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("MonitoringWindow", text)


def add_window_parameters(algorithm) -> None:
    start = QgsProcessingParameterString("MONITORING_START", tr("Monitoring from (YYYY-MM-DD)"),
                                         defaultValue=EUDR_CUTOFF, optional=True)
    start.setHelp(tr("First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off "
                       "date: forest lost after it makes a product non-compliant. Empty: the server's "
                       "default.").format(cutoff=EUDR_CUTOFF))
    algorithm.addParameter(start)
    end = QgsProcessingParameterString("MONITORING_END", tr("Monitoring until (YYYY-MM-DD, optional)"),
                                       defaultValue="", optional=True)
    end.setHelp(tr("Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data."))
    algorithm.addParameter(end)


def window_of(algorithm, parameters, context) -> Dict[str, Any]:
    """``monitoring_start`` / ``monitoring_end`` keyword arguments; a bad day is refused naming its parameter."""
    start = (algorithm.parameterAsString(parameters, "MONITORING_START", context) or "").strip()
    end = (algorithm.parameterAsString(parameters, "MONITORING_END", context) or "").strip()
    try:
        window = window_params(start, end, start_name="MONITORING_START", end_name="MONITORING_END")
    except ConfigurationError as exc:
        raise QgsProcessingException(error_text(exc)) from None
    return {"monitoring_start": window.get("monitoring_start"), "monitoring_end": window.get("monitoring_end")}
