"""epoch_eudr:eu_verify_declarations: check reference + verification numbers received from suppliers, and keep
every answer, dated, in a register (a GeoPackage table appended to, never rewritten)."""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core.coercion import clean_text
from ..layers.tables.eu_register import RegisterEntry, verify_entries
from .alg_eu_common import EuAlgorithm
from .algorithm_base import cancel_of, finish_destination, gpkg_destination, progress_of

FIELDS = (("REFERENCE_FIELD", "reference_number"), ("VERIFICATION_FIELD", "verification_number"),
          ("SUPPLIER_FIELD", "supplier"), ("DATE_FIELD", "received_on"), ("PRODUCT_FIELD", "product"))


class EuVerifyDeclarations(EuAlgorithm):
    def name(self):
        return "eu_verify_declarations"

    def displayName(self):  # noqa: N802
        return self.tr("Verify statements received from suppliers (EU Information System)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "For downstream operators and traders: asks the EU Information System's Verify service about each "
            "reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and "
            "appends each answer to the register OUTPUT with its supplier, date received and product: result "
            "(EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service's date, checked_at and "
            "keep_until (five years). Rows are only ever appended: the register keeps every answer.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("REFERENCE_NUMBER", self.tr("Reference number"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("VERIFICATION_NUMBER", self.tr("Verification number"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("SUPPLIER", self.tr("Supplier"), optional=True))
        self.addParameter(QgsProcessingParameterString("RECEIVED_ON", self.tr("Date received (YYYY-MM-DD)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("PRODUCT", self.tr("Product"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Table of numbers received"),
                                                              [QgsProcessing.SourceType.TypeVector], optional=True))
        labels = {"REFERENCE_FIELD": self.tr("Reference number field"),
                  "VERIFICATION_FIELD": self.tr("Verification number field"),
                  "SUPPLIER_FIELD": self.tr("Supplier field"), "DATE_FIELD": self.tr("Date received field"),
                  "PRODUCT_FIELD": self.tr("Product field")}
        for name, default in FIELDS:
            self.addParameter(QgsProcessingParameterField(name, labels[name], default, "INPUT", optional=True))
        self.add_eu_connection_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination("OUTPUT", self.tr("Register"),
                                                                  QgsProcessing.SourceType.TypeVector))

    def entries(self, parameters, context) -> List[RegisterEntry]:
        text = lambda name: (self.parameterAsString(parameters, name, context) or "").strip()  # noqa: E731
        source = self.parameterAsSource(parameters, "INPUT", context) if parameters.get("INPUT") else None
        if source is None:
            if not (text("REFERENCE_NUMBER") and text("VERIFICATION_NUMBER")):
                raise QgsProcessingException(self.tr("Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a "
                                                     "table with the two numbers of each statement."))
            return [RegisterEntry(text("REFERENCE_NUMBER"), text("VERIFICATION_NUMBER"), text("SUPPLIER"),
                                  text("RECEIVED_ON"), text("PRODUCT"))]
        names = [f.name() for f in source.fields()]
        chosen = {key: text(name) or default for name, default in FIELDS for key in [default]}
        for key in ("reference_number", "verification_number"):
            if chosen[key] not in names:
                raise QgsProcessingException(self.tr("INPUT has no field '{field}' (fields: {fields}): name it with "
                                                     "REFERENCE_FIELD and VERIFICATION_FIELD.").format(
                    field=chosen[key], fields=", ".join(names)))
        entries = []
        for feature in source.getFeatures():
            values = {key: clean_text(feature[field]) if field in names else "" for key, field in chosen.items()}
            if values["reference_number"]:
                entries.append(RegisterEntry(**values))
        return entries

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        entries = self.entries(parameters, context)
        client = self.eu_client(parameters, context)
        requested = self.parameterAsOutputLayer(parameters, "OUTPUT", context)
        gpkg, table, final = gpkg_destination(requested, "eu_register")
        rows = verify_entries(client, entries, gpkg, table, cancel_of(feedback), progress_of(feedback))
        for row in rows:
            feedback.pushInfo(self.tr("{reference}: {result} {status}").format(
                reference=row["reference_number"], result=row["result"], status=row["status"]).strip())
        return {"OUTPUT": finish_destination(gpkg, table, final)}
