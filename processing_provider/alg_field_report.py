"""epoch_eudr:field_report: a PDF field report (print layout and atlas), one section per producer, and a
QField-ready copy of the plots to visit."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..connection.client_factory import ENV_URL
from ..core.api.errors import EpochError
from ..core.api.servers import PRODUCTION_URL, normalize_base_url
from ..layers.report.field_report import build_field_report, report_file_name, rows_of_layer
from ..layers.words.language import error_text, number_form
from .algorithm_base import EpochAlgorithm, cancel_of, progress_of


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldReport", text)


class FieldReport(EpochAlgorithm):
    def name(self):
        return "field_report"

    def displayName(self):  # noqa: N802
        return self.tr("Field report (PDF) and QField copy")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "A PDF for a field team, built with a print layout and an atlas: one section per producer assessment "
            "(the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each "
            "section has a map of the plots coloured by Epoch's status with the supply-shed outline, the facility, "
            "a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works "
            "offline); a legend with the counts; the producer's status, EU country risk, Article 10 risk, "
            "assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to "
            "visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, "
            "alert dates and the centroid's latitude and longitude (6 decimals), numbered as on the map. Pages are "
            "numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock's results file, "
            "fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, "
            "that folder also gets <name>.gpkg (the report's layers and a field_checks layer of the plots to visit, "
            "with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and "
            "<name>.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier "
            "field_checks there is kept.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("ASSESSMENTS", self.tr("Producer assessments")))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", self.tr("Selected producers only"), False))
        self.addParameter(QgsProcessingParameterExpression("FILTER", self.tr("Only the producers this expression "
                                                                             "keeps"),
                                                           parentLayerParameterName="ASSESSMENTS", optional=True))
        self.addParameter(QgsProcessingParameterFile("DRILLDOWNS", self.tr("GeoPackage with saved drill-downs "
                                                                           "(read offline)"),
                                                     extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterNumber("MAX_PLOTS", self.tr("Maximum plots per producer fetched"),
                                                       QgsProcessingParameterNumber.Type.Integer, 100000, minValue=1))
        self.add_connection_parameters()
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_PDF", self.tr("Field report"),
                                                                self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", self.tr("QField copy (folder)"),
                                                                  optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputFile("QFIELD_PROJECT", self.tr("QField project")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber("SECTIONS", self.tr("Producer sections")))
        self.addOutput(QgsProcessingOutputNumber("VISITS", self.tr("Plots to visit")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", self.tr("Summary")))

    def server_url(self, parameters, context) -> str:
        """The server the rows and plots come from, as the report names it (no login needed)."""
        import os

        server = (self.parameterAsString(parameters, "SERVER", context) or "").strip()
        try:
            return normalize_base_url(server or os.environ.get(ENV_URL, "") or PRODUCTION_URL)
        except EpochError as exc:
            raise QgsProcessingException(error_text(exc)) from None

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "ASSESSMENTS", context)
        if layer is None:
            raise QgsProcessingException(self.tr("No assessments layer."))
        expression = self.parameterAsExpression(parameters, "FILTER", context) or ""
        if not expression.strip() and isinstance(parameters.get("FILTER"), str):
            expression = parameters["FILTER"]  # QGIS reads an expression it cannot parse as none: say why instead
        check_filter(layer, expression)
        rows = rows_of_layer(layer, self.parameterAsBoolean(parameters, "SELECTED_ONLY", context), expression,
                             cancel_of(feedback))
        feedback.pushInfo(number_form(len(rows), tr("{n} producer assessment to report on"),
                                      tr("{n} producer assessments to report on")))
        pdf = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
        if is_temporary(parameters.get("OUTPUT_PDF")):  # named as the dock names it, in the temporary folder
            pdf = str(Path(pdf).with_name(report_file_name(producers_of(rows))))
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context) or ""
        drilldowns = self.parameterAsFile(parameters, "DRILLDOWNS", context) or ""
        report = build_field_report(
            rows, Path(pdf), client=lambda: self.client(parameters, context),
            drilldowns=Path(drilldowns) if drilldowns else None, qfield_folder=Path(folder) if folder else None,
            server_url=self.server_url(parameters, context),
            limit=self.parameterAsInt(parameters, "MAX_PLOTS", context),
            progress=progress_of(feedback), cancel=cancel_of(feedback))
        feedback.pushInfo(report.summary())
        for note in report.notes:
            feedback.pushWarning(note)
        return {"OUTPUT_PDF": str(report.pdf), "OUTPUT_FOLDER": folder or None,
                "QFIELD_PROJECT": str(report.project) if report.project else None, "PAGES": report.pages,
                "SECTIONS": len(report.sections), "VISITS": report.visits, "SUMMARY": report.summary()}


def is_temporary(value) -> bool:
    """OUTPUT_PDF left to Processing (``TEMPORARY_OUTPUT``, or not given): QGIS would name it ``OUTPUT_PDF.pdf``."""
    sink = getattr(value, "sink", None)
    if sink is not None:
        value = sink.staticValue()
    return value is None or str(value).strip() in ("", QgsProcessing.TEMPORARY_OUTPUT)


def producers_of(rows) -> list:
    """The producers' names of ``rows``, each once, in their order."""
    names = [str(row.get("company_name") or "").strip() for row in rows]
    return list(dict.fromkeys(name for name in names if name)) or [""] * len(rows)


def check_filter(layer, expression: str) -> None:
    """Refuse a FILTER that cannot be read or names a field the layer does not have, naming the fields it has.

    QGIS evaluates a reference to a missing field as an error that keeps no feature: without this, a misspelt
    field reads as "no producer to report on".
    """
    if not expression.strip():
        return
    parsed = QgsExpression(expression)
    if parsed.hasParserError():
        raise QgsProcessingException(tr("FILTER {expression} is not a valid expression: {error}.").format(
            expression=expression, error="; ".join(line.strip() for line in parsed.parserErrorString().splitlines()
                                                   if line.strip())))
    fields = layer.fields()
    missing = sorted(name for name in parsed.referencedColumns()
                     if name != QgsFeatureRequest.ALL_ATTRIBUTES and fields.lookupField(name) < 0)
    if missing:
        raise QgsProcessingException(tr("FILTER {expression} names {missing}, which '{layer}' does not have. Its "
                                        "fields: {fields}.").format(
            expression=expression, missing=", ".join(f"'{name}'" for name in missing), layer=layer.name(),
            fields=", ".join(fields.names())))
