"""epoch_eudr:eu_submit_dds: a due diligence statement to the EU Information System, from a layer of production
places (the preflight's fixed layer, an EU-ready export, screened plots, a DDS ZIP's GeoJSON)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.eu_is import EuIsError, OperatorIdentifier, RepresentedOperator
from ..core.eu_is.build import SPLIT_CODES, Built, Preview, StatementForm, build_statement, preview, split
from ..core.eu_is.checks import StatementRefused
from ..core.eu_is.statement import ACTIVITIES, OPERATOR_ROLES, Address
from ..layers.operations.eu_statements import plots_geopackage, production_places, submit, wait_until_settled
from ..layers.words.eu_messages import eu_count_text, eu_error_text, problem_text
from ..layers.words.language import decimal_text
from .alg_eu_common import EuAlgorithm, status_message, status_results
from .alg_screen_locations import snapshot_for
from .algorithm_base import cancel_of

TEXTS = ("EORI", "COUNTRY_OF_ACTIVITY", "BORDER_CROSS_COUNTRY", "HS_HEADING", "DESCRIPTION")
OPTIONAL_TEXTS = ("EORI", "COUNTRY_OF_ACTIVITY", "BORDER_CROSS_COUNTRY")
REPRESENTED = ("REPRESENTED_NAME", "REPRESENTED_COUNTRY", "REPRESENTED_STREET", "REPRESENTED_POSTAL_CODE",
               "REPRESENTED_CITY", "REPRESENTED_IDENTIFIERS")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuSubmitDds", text)


def _identifiers(text: str) -> List[OperatorIdentifier]:
    """``vat:DE123456789;eori:DE987654321`` -> identifiers (type before the colon, lower case)."""
    found = []
    for item in (text or "").replace(",", ";").split(";"):
        if item.strip():
            kind, _, value = item.partition(":")
            found.append(OperatorIdentifier(kind.strip().lower(), value.strip()))
    return found


class EuSubmitDds(EuAlgorithm):
    def name(self):
        return "eu_submit_dds"

    def displayName(self):  # noqa: N802
        return self.tr("Submit a due diligence statement (EU Information System)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Builds a due diligence statement from a layer of production places and submits it to the EU "
            "Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer "
            "(PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything "
            "the service would refuse is refused before sending, naming the feature, field or limit: the schema's "
            "limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the "
            "geolocation rules (the preflight's check on what is sent), 25 MB and 1,000 producers per statement "
            "(SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, "
            "for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS "
            "checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). "
            "The authentication key is never stored nor shown.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_statement_parameters()
        self.addParameter(QgsProcessingParameterBoolean("SPLIT", self.tr("Split into several statements when over "
                                                                         "the limits"), False))
        self.add_eu_connection_parameters()
        self.addParameter(QgsProcessingParameterNumber("WAIT_SECONDS", self.tr("Wait for the result (seconds)"),
                                                       QgsProcessingParameterNumber.Type.Integer, 0, minValue=0,
                                                       maxValue=7200))
        self.add_status_outputs()

    def add_statement_parameters(self) -> None:
        """The statement's parameters (the production places and the form), shared with eu_amend_dds (their words
        in this module's context, whichever algorithm shows them)."""
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Production places")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", tr("Selected features only"), False))
        self.addParameter(QgsProcessingParameterField("PRODUCER_FIELD", tr("Producer name field"),
                                                      "ProducerName", "INPUT", optional=True))
        self.addParameter(QgsProcessingParameterField("COUNTRY_FIELD", tr("Producer country field"),
                                                      "ProducerCountry", "INPUT", optional=True))
        self.addParameter(QgsProcessingParameterEnum("ACTIVITY", tr("Activity"), options=list(ACTIVITIES),
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum("OPERATOR_ROLE", tr("Operator role"),
                                                     options=list(OPERATOR_ROLES), defaultValue=OPERATOR_ROLES[0],
                                                     usesStaticStrings=True))
        labels = {"EORI": tr("EORI number (IMPORT and EXPORT)"),
                  "COUNTRY_OF_ACTIVITY": tr("Country of activity (EU, 2 letters)"),
                  "BORDER_CROSS_COUNTRY": tr("Border-cross country (EU, 2 letters)"),
                  "HS_HEADING": tr("HS heading (Annex I)"), "DESCRIPTION": tr("Description of the goods")}
        for name in TEXTS:
            self.addParameter(QgsProcessingParameterString(name, labels[name], optional=name in OPTIONAL_TEXTS))
        for name, label in (("NET_MASS_KG", tr("Net mass (kg)")),
                            ("SUPPLEMENTARY_UNIT", tr("Supplementary unit"))):
            self.addParameter(QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Double,
                                                           optional=True))
        for name, label in (("SUPPLEMENTARY_UNIT_QUALIFIER", tr("Supplementary unit qualifier (e.g. MTQ)")),
                            ("SCIENTIFIC_NAME", tr("Species: scientific name (wood)")),
                            ("COMMON_NAME", tr("Species: common name (wood)")),
                            ("INTERNAL_REFERENCE", tr("Internal reference (empty: one is made)")),
                            ("ASSOCIATED_STATEMENTS", tr("Associated statements (reference numbers, comma)")),
                            ("COMMENT", tr("Comment"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        self.addParameter(QgsProcessingParameterBoolean("GEO_CONFIDENTIAL", tr("Geolocation confidential"),
                                                        False))
        represented = {"REPRESENTED_NAME": tr("Represented operator: name"),
                       "REPRESENTED_COUNTRY": tr("Represented operator: country (2 letters)"),
                       "REPRESENTED_STREET": tr("Represented operator: street and number"),
                       "REPRESENTED_POSTAL_CODE": tr("Represented operator: postal code"),
                       "REPRESENTED_CITY": tr("Represented operator: city"),
                       "REPRESENTED_IDENTIFIERS": tr("Represented operator: identifiers (vat:DE123;eori:...)")}
        for name in REPRESENTED:
            parameter = QgsProcessingParameterString(name, represented[name], optional=True)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)

    def _text(self, parameters, name, context) -> str:
        return (self.parameterAsString(parameters, name, context) or "").strip()

    def _quantity(self, parameters, name, context) -> Optional[str]:
        return self._text(parameters, name, context) if parameters.get(name) not in (None, "") else None

    def form(self, parameters, context) -> StatementForm:
        text = lambda name: self._text(parameters, name, context)  # noqa: E731
        represented = None
        if any(text(name) for name in REPRESENTED):
            address = Address(text("REPRESENTED_COUNTRY").upper(), text("REPRESENTED_STREET"),
                              text("REPRESENTED_POSTAL_CODE"), text("REPRESENTED_CITY"))
            represented = RepresentedOperator(text("REPRESENTED_NAME"), _identifiers(text("REPRESENTED_IDENTIFIERS")),
                                              address if any((address.country, address.street, address.city)) else None)
        return StatementForm(
            activity=self.parameterAsEnumString(parameters, "ACTIVITY", context),
            operator_role=self.parameterAsEnumString(parameters, "OPERATOR_ROLE", context) or OPERATOR_ROLES[0],
            hs_heading=text("HS_HEADING"), description=text("DESCRIPTION"),
            net_mass_kg=self._quantity(parameters, "NET_MASS_KG", context),
            supplementary_unit=self._quantity(parameters, "SUPPLEMENTARY_UNIT", context),
            supplementary_unit_qualifier=text("SUPPLEMENTARY_UNIT_QUALIFIER"),
            scientific_name=text("SCIENTIFIC_NAME"), common_name=text("COMMON_NAME"), eori=text("EORI"),
            represented_operator=represented, country_of_activity=text("COUNTRY_OF_ACTIVITY"),
            border_cross_country=text("BORDER_CROSS_COUNTRY"), internal_reference=text("INTERNAL_REFERENCE"),
            geolocation_confidential=self.parameterAsBoolean(parameters, "GEO_CONFIDENTIAL", context),
            associated_statements=[r for r in text("ASSOCIATED_STATEMENTS").split(",") if r.strip()],
            comment=text("COMMENT"), producer_field=text("PRODUCER_FIELD") or "ProducerName",
            country_field=text("COUNTRY_FIELD") or "ProducerCountry")

    def read_statement(self, parameters, context, feedback) -> Tuple[Any, Built, Preview]:
        """(layer, statement built from its places and the form, its preview): nothing sent."""
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        snapshot = snapshot_for(layer, self.parameterAsBoolean(parameters, "SELECTED_ONLY", context), feedback)
        built = build_statement(production_places(snapshot, cancel_of(feedback)), self.form(parameters, context))
        return layer, built, preview(built)

    def run_eu(self, parameters, context, feedback) -> Dict[str, Any]:
        layer, built, seen = self.read_statement(parameters, context, feedback)
        cancel = cancel_of(feedback)
        wanted_split = self.parameterAsBoolean(parameters, "SPLIT", context)
        parts = split(built) if wanted_split and seen.parts > 1 else [built]
        previews = [seen] if len(parts) == 1 else [preview(part) for part in parts]
        for part_preview in previews:
            if part_preview.problems:
                message = eu_error_text(StatementRefused(part_preview.problems))
                if part_preview.problems[0].code in SPLIT_CODES and not wanted_split:
                    message += " " + self.tr("Set SPLIT to send them as {n} statements.").format(n=seen.parts)
                raise QgsProcessingException(message)
        for warning in seen.warnings[:5]:
            feedback.pushWarning(problem_text(warning))
        feedback.pushInfo(self.tr("{producers}, {places}, {size} MB of geolocation, in {statements}.").format(
            producers=eu_count_text(seen.producers, "producers"), places=eu_count_text(seen.places, "places"),
            size=decimal_text(seen.geolocation_bytes / 1e6, 2), statements=eu_count_text(len(parts), "statements")))
        client = self.eu_client(parameters, context)
        gpkg, table = plots_geopackage(layer)
        records = []
        for part in parts:
            try:
                records.append(submit(client, part, plots_gpkg=gpkg, plots_table=table, source="processing"))
            except EuIsError as exc:
                if not records:
                    raise
                sent = ", ".join(f"{r.internal_reference} ({r.uuid})" for r in records)
                raise QgsProcessingException(self.tr("{error} The statements before it were sent: {sent}.").format(
                    error=eu_error_text(exc), sent=sent)) from None
            feedback.pushInfo(self.tr("Submitted {reference} as {uuid}.").format(
                reference=records[-1].internal_reference, uuid=records[-1].uuid))
        wait = self.parameterAsInt(parameters, "WAIT_SECONDS", context)
        if wait > 0:
            records = wait_until_settled(client, records, wait, cancel)
        messages = [status_message(record) for record in records]
        for message in messages:
            feedback.pushInfo(message)
        return status_results(records, messages)
