"""Export EU-ready GeoJSON (TRACES) as an operation: the same files and words from the dock and from Processing.

Runs in a worker thread on a layer the worker may open (a project layer belongs to the main thread: pass its
source, or a copy materialised on the main thread). The rules of the files (the EU's four properties, 6 decimals,
bundles one Due Diligence Statement can carry) live in ``layers.operations.preflight.export_layer_traces`` and
core; this module picks the producer column when none is mapped and words what the export left out or could not fill.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ...core.naming import producer_field_guess
from ...core.operation import Cancel, Outcome, never_cancelled
from ..inputs.source import snapshot_layer
from ..words.language import number_form
from .preflight import export_layer_traces, use_coordinate_columns

COUNTRY_WORDS = ("country", "pais", "pays", "negara", "land", "iso")


def tr(text: str) -> str:
    return QCoreApplication.translate("OfflineAlgorithms", text)


@dataclass
class TracesExport(Outcome):
    """The files written (``report``: the export's own account), what to tell (``infos``) and what to warn
    about (``warnings``: features left out, features without ProducerCountry)."""

    folder: Path
    report: Any
    infos: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)

    def outputs(self) -> list:
        return []  # files, not layers

    def summary(self) -> str:
        return self.report.summary()


def export_traces(layer, folder: Path, base_name: str, mapping: Dict[str, str], *, location_type: Optional[str],
                  commodity: Optional[str], include_errors: bool = False, cancel: Cancel = never_cancelled,
                  tell: Optional[Callable[[str], None]] = None) -> TracesExport:
    """Worker thread: ``layer`` as EU GeoJSON files in ``folder``; ``mapping``: EU property -> the layer's field
    (ProducerName guessed from the columns when not mapped). A feature with errors the EU system refuses stops
    the export (nothing is written, the error names it) unless ``include_errors``. ``tell`` hears each
    information line as it comes (Processing's log), before a refusal too."""
    mapping = dict(mapping)
    infos: List[str] = []

    def inform(text: str) -> None:
        infos.append(text)
        if tell is not None:
            tell(text)

    if not mapping.get("ProducerName") and layer is not None and "ProducerName" not in layer.fields().names():
        guessed = producer_field_guess(layer.fields().names())  # the producer column, as a submission reads it
        if guessed:
            mapping["ProducerName"] = guessed
            inform(tr("ProducerName from the field '{field}' (PRODUCER_NAME_FIELD chooses another)."
                            ).format(field=guessed))
    snapshot = snapshot_layer(layer, False)
    for note in snapshot.notes:
        inform(note)
    use_coordinate_columns(snapshot)  # a table's latitude and longitude columns, when their names say so
    report = export_layer_traces(snapshot, Path(folder), base_name or "eudr_plots",
                                 {k: v for k, v in mapping.items() if v}, location_type=location_type,
                                 commodity=commodity, include_errors=include_errors, cancel=cancel)
    inform(report.summary())
    warnings: List[str] = []
    if report.refused:  # include_errors: only features without any geometry are left out
        warnings.append(number_form(len(report.refused), tr("{n} feature without geometry left out: {ids}."),
                                    tr("{n} features without geometry left out: {ids}.")).format(
            ids=", ".join(str(fid) for fid, _ in report.refused[:10])))
    if report.without_country:
        warnings.append(country_warning(layer, len(report.without_country), report.without_country[0],
                                        mapping.get("ProducerCountry") or ""))
    return TracesExport(Path(folder), report, infos, warnings, {"files": len(report.files)})


def country_warning(layer, count: int, first, mapped: str = "") -> str:
    """Features written without ProducerCountry, and how to give it (the EU requires it on every feature of a
    commodity-level import: EU GeoJSON File Description v1.3, rule 9)."""
    fix = tr("or run the preflight with FIX, which sets it from each plot's location, and export the fixed layer")
    if mapped:
        return number_form(count, tr("{n} feature written without ProducerCountry (feature {fid}): its field "
                                     "'{field}' is empty; fill it with the two-letter country code, {fix}."),
                           tr("{n} features written without ProducerCountry (the first: feature {fid}): their "
                              "field '{field}' is empty; fill it with the two-letter country code, {fix}.")).format(
                               fid=first, field=mapped, fix=fix)
    names = [f.name() for f in layer.fields()] if layer is not None else []
    candidates = [n for n in names if any(word in n.lower() for word in COUNTRY_WORDS)]
    example = candidates[0] if candidates else (names[0] if names else "Pais")
    return number_form(count, tr("{n} feature written without ProducerCountry (feature {fid}), which the EU "
                                 "requires on every feature: map the field holding the two-letter country code with "
                                 "COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}."),
                       tr("{n} features written without ProducerCountry (the first: feature {fid}), which the EU "
                          "requires on every feature: map the field holding the two-letter country code with "
                          "COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.")).format(
                           fid=first, field=example, fix=fix)
