"""The codes the plugin derives and stores (statuses, verdicts, risk classes) shown in words by QGIS's own views.

A value map per field (QGIS's ``ValueMap`` editor widget, kept in the layer's style): the attribute table, the
identify panel, forms and QField show "Non conforme" where the row stores ``Non-Compliant``, while renderers,
filters and expressions go on reading the stored code. Only fields whose every value the plugin itself writes
are mapped: a value map shows a value it does not list in brackets, so the words Epoch sends as they are
(``legality_risk``, ``deforestation_alert``) stay plain text.
"""

from __future__ import annotations

from typing import Collection, Dict, List, Tuple

from qgis.core import QgsEditorWidgetSetup, QgsVectorLayer

from ...core import second_opinion as so
from ...core.confidence import LEVELS
from ...core.eu_benchmark import RISKS
from ...core.risk import PLOT_STATUSES, PRODUCER_STATUSES
from ..words.shown_values import value_label


def _derived_codes() -> Dict[str, Tuple[str, ...]]:
    """Field -> every code the plugin stores in it."""
    return {
        "status": tuple(dict.fromkeys(status.label for status in (*PRODUCER_STATUSES, *PLOT_STATUSES))),
        "level": LEVELS,
        "assessment_type": ("Direct Plots", "Supply Shed"),
        "eu_country_risk": RISKS,
        "second_opinion": tuple(so.VERDICTS),
        "second_opinion_disagrees": ("1", "0"),
        "second_opinion_country_risk": RISKS,
        "second_opinion_country_from": (so.FROM_RISK_FIELD, so.FROM_FIELD, so.FROM_LOCATION, so.FROM_PRODUCER),
    }


def value_map(name: str, codes: Tuple[str, ...]) -> List[Dict[str, str]]:
    """QGIS's value map configuration of field ``name``: each code under its words in the user's language."""
    return [{value_label(name, code): code} for code in codes]


def apply_value_maps(layer: QgsVectorLayer, derived: Collection[str]) -> None:
    """A value map on each field of ``derived`` (the fields the layer's kind derives, ``core.result_rows``'s
    schema) that holds codes the plugin writes (:func:`_derived_codes`): a drill-down plot's
    ``eu_country_risk``, say, is Epoch's own and stays as sent."""
    fields = layer.fields()
    for name, codes in _derived_codes().items():
        index = fields.indexOf(name)
        if index >= 0 and name in derived:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map(name, codes)}))
