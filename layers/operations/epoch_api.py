"""The plugin's operations as plain functions for worker threads (QgsTask or Processing).

Each takes a client, a snapshot or ids, a destination GeoPackage, ``progress``
and ``cancel``; none touches the project, a layer or a widget. The dock's tasks
and the Processing algorithms both call these, so they cannot drift apart.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.client import DEFAULT_LIMIT, BatchJob, EpochClient
from ...core.api.download import DdsDownload
from ...core.api.errors import CancelledError, ConfigurationError, SubmissionUncertainError
from ...core.api.facility import FacilitiesEndpoint
from ...core.api.feature_line import load_geometry
from ...core.api.merge import chunk_part, merge_chunk_properties
from ...core.backoff import backoff_delay
from ...core.gpkg.sql import quote_identifier
from ...core.operation import Cancel, Outcome, Progress, never_cancelled
from ...core.result_kinds import COMMODITY_RADIUS, FACILITY_VALIDATION_OPTIONS, option_keys
from ...core.result_rows import SOURCE_KEY, facility_point
from ...core.risk import DATA_ERROR_FIELD, assessment_type
from ..inputs.source import LayerSnapshot, PreparedUpload, UploadChunks, build_upload
from ..tables.layer_rows import TableStats, _stats_sql
from ..words.language import breakdown_text, count_text, outcome_text, sentences, status_label
from ..writer.gpkg_writer import WriteResult, write_layer
from ..writer.results import style_finish
from .submissions import explain_uncertain

#: an operation's ``progress``: a :class:`Progress`, or a plain callable taking percent 0-100, or ``None``
ProgressArg = Optional[Callable[[float], None]]
#: The assessments' fields the dock lists and counts per value (its filters; the EU risk cards).
FILTER_FIELDS = ("commodity", "country", "eu_country_risk")
#: The API's most plots in one collection: a drill-down fetches them all (the client reads no more than this).
PLOTS_LIMIT = 1_000_000


@dataclass
class LayerOutput(Outcome):
    """One layer written to the GeoPackage (opened and styled later, on the main thread); an outcome of its own
    when an operation writes just this layer (``plots_to_gpkg``)."""

    gpkg: Path
    layer_name: str
    kind: str
    display_name: str
    count: int  # rows in the written layer
    notes: str = ""  # what was not written or not readable, and why ("" when nothing)
    #: the plugin's style was stored with the layer, in the same transaction (``write_layer(finish=...)``): the
    #: task and ``publish`` store none after it
    style_stored: bool = False
    counts: Dict[str, int] = field(default_factory=dict)

    def outputs(self) -> List[LayerOutput]:
        return [self]

    def summary(self) -> str:
        return sentences(outcome_text(self.count, self.kind, "loaded", self.counts), self.notes)


def tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def describe_counts(counts: Dict[str, int]) -> str:
    """``1,120 Compliant, 4 Non-Compliant`` in the user's language (Processing's COUNTS output)."""
    return breakdown_text(counts)


@dataclass
class ScreeningOutcome(Outcome):
    layer: LayerOutput
    collection: Dict[str, Any]
    counts: Dict[str, int]
    prepared: PreparedUpload

    def outputs(self) -> List[LayerOutput]:
        return [self.layer]

    def summary(self) -> str:
        skipped = self.prepared.skipped_summary()
        return sentences(outcome_text(self.layer.count, self.layer.kind, "screened", self.counts), skipped,
                         self.layer.notes)


@dataclass
class AssessmentsOutcome(Outcome):
    layer: LayerOutput
    counts: Dict[str, int]
    #: the dock's cards and filter lists, counted once in the worker (``layer_rows``' summary query)
    stats: Optional[TableStats] = None

    def outputs(self) -> List[LayerOutput]:
        return [self.layer]

    def summary(self) -> str:
        return sentences(outcome_text(self.layer.count, "assessments", "loaded", self.counts), self.layer.notes)


@dataclass
class DrillDown(Outcome):
    layers: List[LayerOutput] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    producer: str = ""

    def outputs(self) -> List[LayerOutput]:
        """Top to bottom: facility dot, outline, then the plots; none when Epoch has no plots for the producer
        (an empty group on the map would say nothing)."""
        if not any(layer.kind == "plots" and layer.count for layer in self.layers):
            return []
        order = {"facility_point": 0, "outline": 1, "plots": 2}
        return sorted(self.layers, key=lambda layer: order.get(layer.kind, 3))

    def summary(self) -> str:
        total = self.layers[0].count if self.layers else 0
        notes = tr("; ").join(layer.notes for layer in self.layers if layer.notes)
        said = tr("{producer}: {outcome}").format(producer=self.producer,
                                                   outcome=outcome_text(total, "plots", "loaded", self.counts))
        return tr("{said}; {notes}").format(said=said, notes=notes) if notes else said


def layer_slug(text: str, limit: int = 40) -> str:
    """A GeoPackage-friendly layer and file name part, in ASCII: accented letters lose their accents (Unicode
    NFKD: "Corrigé : plots" -> ``corrige_plots``), anything else that is not a letter or digit becomes ``_``."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c))
    slug = re.sub(r"[^0-9A-Za-z]+", "_", plain).strip("_").lower()
    return slug[:limit] or "unnamed"


def count_by(gpkg: Path, layer_name: str, field_name: str) -> Dict[str, int]:
    """Counts of each value of ``field_name`` (read back from the written layer)."""
    dataset = ogr.Open(str(gpkg))
    if dataset is None:
        return {}
    column, table = quote_identifier(field_name), quote_identifier(layer_name)
    # Only identifiers go in, each through quote_identifier (embedded double quotes doubled).
    sql = f"SELECT {column} AS v, COUNT(*) AS n FROM {table} GROUP BY 1"  # nosec B608
    result = dataset.ExecuteSQL(sql, dialect="SQLITE")
    counts = {}
    if result is not None:
        for feature in result:
            counts[str(feature.GetField("v") or "none")] = int(feature.GetField("n"))
        dataset.ReleaseResultSet(result)
    return counts


def data_errors(gpkg: Path, layer_name: str, limit: int = 3) -> Tuple[int, List[str]]:
    """How many rows of the written layer hold a number that is not one (``data_error``), and a few reasons."""
    dataset = ogr.Open(str(gpkg))
    if dataset is None:
        return 0, []
    column, table = quote_identifier(DATA_ERROR_FIELD), quote_identifier(layer_name)
    layer = dataset.GetLayerByName(layer_name)
    if layer is None or layer.GetLayerDefn().GetFieldIndex(DATA_ERROR_FIELD) < 0:
        return 0, []
    # Only identifiers go in, each through quote_identifier; the limit is an int.
    count_sql = f"SELECT COUNT(*) AS n FROM {table} WHERE {column} IS NOT NULL"  # nosec B608
    examples_sql = f"SELECT DISTINCT {column} AS e FROM {table} WHERE {column} IS NOT NULL LIMIT {int(limit)}"  # nosec B608
    total = dataset.ExecuteSQL(count_sql, dialect="SQLITE")
    count = int(total.GetNextFeature().GetField("n")) if total is not None else 0
    if total is not None:
        dataset.ReleaseResultSet(total)
    examples: List[str] = []
    if count:
        found = dataset.ExecuteSQL(examples_sql, dialect="SQLITE")
        if found is not None:
            examples = [str(feature.GetField("e")) for feature in found]
            dataset.ReleaseResultSet(found)
    return count, examples


def layer_notes(written: WriteResult, kind: str) -> str:
    """One sentence on what a written layer leaves out or could not read (``""``: nothing to say)."""
    parts = []
    count, examples = data_errors(written.path, written.layer_name)
    if count:
        verdict = status_label("Not Assessable" if kind == "assessments" else "Data Error")
        parts.append(tr("{rows} with a number that is not one, so {verdict} (see the data_error column): "
                        "{examples}").format(rows=count_text(count, kind), verdict=verdict,
                                             examples=sentences(*examples)) + (" ..." if count > len(examples) else ""))
    summary = written.summary()
    if summary:
        parts.append(summary)
    return sentences(*parts)


def _options_for(location_type: str, options: Dict[str, Any]) -> Dict[str, Any]:
    """Only the options that apply to this location type (the dock hides the others too)."""
    unknown = set(options) - set(option_keys())
    if unknown:
        raise ConfigurationError(f"Unknown screening option(s): {', '.join(sorted(unknown))}")
    applies = set(option_keys(location_type))
    return {k: v for k, v in options.items() if k in applies and v not in (None, "")}


def restore_source_keys(features: List[Dict[str, Any]], prepared: PreparedUpload) -> None:
    """Give each result its source feature id when the API did not echo the property back.

    Results come back in input order (the client merges chunks in order), so the
    n-th result belongs to the n-th sent feature.
    """
    restore_chunk_keys(features, prepared.source_ids)


def restore_chunk_keys(features: Any, source_ids: List[int]) -> None:
    """The same for one chunk's answer: the n-th result of a chunk belongs to its n-th sent feature.
    When the counts differ nothing is guessed (the property, if the API echoed it, still tells)."""
    if not source_ids or not isinstance(features, list) or len(features) != len(source_ids):
        return
    for feature, fid in zip(features, source_ids):
        if not isinstance(feature, dict):
            continue
        props = feature.setdefault("properties", {}) or {}
        if not isinstance(props, dict):
            continue  # the writer says why this one is not written
        feature["properties"] = props
        if props.get(SOURCE_KEY) in (None, ""):
            props[SOURCE_KEY] = fid


#: Options only ``/validate_facilities`` takes: setting one sends a facility screening there.
FACILITY_ONLY = (COMMODITY_RADIUS, *(o.key for o in FACILITY_VALIDATION_OPTIONS))
WRITE_SHARE = 90.0  # percent of the progress bar for reading, sending and writing the chunks; the rest: finishing


class _ScreeningStream:
    """The result features of a screening sent chunk by chunk, in input order, as the answers come back.

    Iterated by the layer writer on the worker thread: each chunk is built from the layer there (one ahead
    of the answers, while ``max_workers`` requests are in flight), its answer's features are handed over one
    by one with their source ids, then only its ``properties`` and count are kept. Progress moves once per
    chunk, as the share of the layer's features that are answered and handed over.
    """

    def __init__(self, client: EpochClient, chunks: UploadChunks, location_type: str, options: Dict[str, Any],
                 progress: Progress, cancel: Cancel) -> None:
        self.client, self.chunks, self.location_type, self.options = client, chunks, location_type, options
        self.progress, self.cancel = progress, cancel
        self.parts: List[Tuple[Dict[str, Any], int]] = []

    def _share(self, read: int) -> float:
        total, done = self.chunks.total, len(self.parts)
        if total > 0:
            return min(1.0, read / total)
        return done / (done + 1)  # the count is unknown: still moving, never there

    def __iter__(self) -> Iterator[Any]:
        answers = self.client.validate_locations_chunks(
            self.chunks, location_type=self.location_type, limit=self.chunks.limit, cancel=self.cancel,
            **self.options)
        try:
            for answer in answers:
                chunk = self.chunks.claim()
                self.parts.append(chunk_part(answer))
                features = answer.get("features") or []
                del answer
                restore_chunk_keys(features, chunk.source_ids)
                if isinstance(features, list):
                    features.reverse()  # handed over from the end: each feature is freed once written
                    while features:
                        yield features.pop()
                else:
                    yield from features  # not a list: the writer says what it could not write
                del features
                self.progress.fraction(self._share(chunk.read))
        finally:
            answers.close()  # an early stop (a failed write, a cancel) stops the requests in flight

    def collection(self) -> Dict[str, Any]:
        """The collection's ``properties``, merged over the chunks (one chunk's as they came)."""
        return merge_chunk_properties(self.parts)


def screen_to_gpkg(client: EpochClient, snapshot: LayerSnapshot, location_type: str, options: Dict[str, Any],
                   gpkg: Path, layer_name: str, *, progress: ProgressArg = None,
                   cancel: Cancel = never_cancelled, limit: int = DEFAULT_LIMIT) -> ScreeningOutcome:
    """Screen the layer with ``/validate_locations`` and write the results layer, chunk by chunk.

    The layer is read, sent and written ``limit`` features at a time (the API's limit per request): memory
    stays flat whatever the layer's size. Results keep the input order and each its source feature id
    (``epoch_source_fid``). A failed or cancelled chunk leaves no output (the writer's staged file goes).

    Facilities go to ``/validate_facilities`` instead when ``options`` set a commodity radius or ask for the
    legality sources (options only Epoch's facility validation takes); both answers are written the same way.
    """
    if location_type not in ("plot", "facility"):
        raise ConfigurationError("Choose whether the layer holds plots (polygons) or facilities (points).")
    options = dict(options)
    extra = {key: options.pop(key) for key in FACILITY_ONLY if key in options}
    extra = {k: v for k, v in extra.items() if v not in (None, "", False)}
    if extra and location_type != "facility":
        raise ConfigurationError("The commodity radius and the legality sources apply to facilities only.")
    chosen = _options_for(location_type, options)
    endpoint = FacilitiesEndpoint(client, extra) if extra else client
    progress = Progress.of(progress)
    progress(0)
    chunks = UploadChunks(snapshot, location_type, limit=limit, cancel=cancel)
    stream = _ScreeningStream(endpoint, chunks, location_type, chosen, progress.step(0, WRITE_SHARE), cancel)
    kind = "facilities" if location_type == "facility" else "screened_plots"
    written = write_layer(stream, kind, gpkg, layer_name, cancel=cancel, finish=style_finish(kind))
    counts = count_by(gpkg, layer_name, "confidence_level" if kind == "facilities" else "status")
    notes = layer_notes(written, kind)
    progress(100)
    # English, whole words: the Layers panel says it in the user's language (results.shown_layer_name)
    display = f"Screening: {snapshot.name} ({'facilities' if location_type == 'facility' else 'plots'})"
    return ScreeningOutcome(LayerOutput(Path(gpkg), layer_name, kind, display, written.count, notes,
                                        style_stored=True),
                            stream.collection(), counts, chunks.prepared)


def submit_layer(client: EpochClient, snapshot: LayerSnapshot, location_type: str, collection_name: str,
                 commodity: Optional[str], *, force_reprocess: bool = False,
                 cancel: Cancel = never_cancelled) -> Tuple[BatchJob, PreparedUpload]:
    """Facilities to ``/batch_supply_shed``, plots to ``/batch_process``."""
    prepared = build_upload(snapshot, location_type, cancel)
    if prepared.upload.kind != "geojson":
        raise ConfigurationError("Only located features can be submitted: screen the table first, then submit "
                                 "the screening results.")
    collection = json.loads(prepared.upload.content)
    send = client.batch_supply_shed if location_type == "facility" else client.batch_process
    try:
        job = send(collection, collection_name, commodity, force_reprocess=force_reprocess, cancel=cancel)
    except SubmissionUncertainError as exc:  # never resent: say whether Epoch has it
        raise explain_uncertain(client, collection_name.strip(), exc, cancel) from None
    return job, prepared


def assessments_to_gpkg(client: EpochClient, gpkg: Path, layer_name: str = "assessments", *,
                        filters: Optional[Dict[str, Any]] = None, limit: Optional[int] = 100_000,
                        monitoring_start: Any = None, monitoring_end: Any = None, snapshot: bool = True,
                        progress: ProgressArg = None, cancel: Cancel = never_cancelled) -> AssessmentsOutcome:
    """``/fetch_supply_shed?stat_type=all&table_extension=eudr`` as the assessments layer.

    The monitoring window (``YYYY-MM-DD``) is sent only when given. With ``snapshot``, the load is also
    kept as a timestamped snapshot in ``gpkg`` (``layers.tables.snapshots``), for *Changes since...*; a snapshot
    that cannot be kept is said in the layer's notes, the load itself stands.
    """
    from ...core.api.monitoring import window_params
    from ..tables.snapshots import keep_snapshot
    from ..writer.gpkg_writer import LayerWriteError

    window = window_params(monitoring_start, monitoring_end)
    stream = client.fetch_supply_shed(limit=limit, filters=filters, cancel=cancel, **window)
    written = write_layer(stream, "assessments", gpkg, layer_name, cancel=cancel, finish=style_finish("assessments"),
                          progress=Progress.of(progress).step(0, 95).items(9_500))  # as if 9,500 rows, then 95 %
    try:  # the dock's cards and filter lists: counted once, here
        stats: Optional[TableStats] = _stats_sql(Path(gpkg), layer_name, "status", FILTER_FIELDS,
                                                     producers=True)
    except sqlite3.Error:
        stats = None  # the dock counts them in a task of its own
    notes = layer_notes(written, "assessments")
    if snapshot:
        try:
            keep_snapshot(Path(gpkg), layer_name, filters=filters, monitoring_start=window.get("monitoring_start"),
                          monitoring_end=window.get("monitoring_end"))
        except (OSError, LayerWriteError) as exc:
            kept = tr("no snapshot kept for Changes since... ({reason})").format(reason=exc)
            notes = sentences(notes, kept)
    return AssessmentsOutcome(LayerOutput(Path(gpkg), layer_name, "assessments", "Epoch assessments", written.count,
                                          notes, style_stored=True),
                              dict(stats.counts) if stats is not None else {}, stats)


def plots_to_gpkg(client: EpochClient, collection_id: str, gpkg: Path, layer_name: str, *,
                  limit: Optional[int] = PLOTS_LIMIT, display_name: str = "", monitoring_start: Any = None,
                  monitoring_end: Any = None, progress: ProgressArg = None,
                  cancel: Cancel = never_cancelled, expected: Optional[int] = None,
                  producer_country: Any = None) -> LayerOutput:
    """The plots of one collection (the monitoring window, ``YYYY-MM-DD``, sent only when given).

    ``expected``: how many plots the collection holds, when known (its assessment's ``plot_count``): the
    progress is then the share of them written; else it moves as if 100,000 were coming.
    ``producer_country``: the producer's country, for plots in no country (``None``: read from the
    collection's assessment; ``""``: none known).
    """
    if producer_country is None:
        producer_country = producer_country_of(assessment_row(client, collection_id, cancel))
    stream = client.fetch_deforestation_check(collection_id, limit=limit, monitoring_start=monitoring_start,
                                              monitoring_end=monitoring_end, cancel=cancel)
    total = max(1, min(expected or 100_000, limit or PLOTS_LIMIT))
    written = write_layer(stream, "plots", gpkg, layer_name, cancel=cancel, producer_country=producer_country,
                          finish=style_finish("plots"),
                          progress=Progress.of(progress).step(0, 95).items(total))
    return LayerOutput(Path(gpkg), layer_name, "plots", display_name or f"Plots {collection_id}", written.count,
                       layer_notes(written, "plots"), style_stored=True)


def assessment_row(client: EpochClient, collection_id: str, cancel: Cancel) -> Optional[Dict[str, Any]]:
    for feature in client.fetch_supply_shed(limit=1, filters={"collection_id": collection_id}, cancel=cancel):
        return feature
    return None


def _outline_features(row: Optional[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    if row is None:
        return
    geometry = load_geometry(row.get("geometry"))
    if geometry and geometry.get("type") in ("Polygon", "MultiPolygon"):
        props = row.get("properties") or {}
        yield {"type": "Feature", "geometry": geometry,
               "properties": {"company_name": props.get("company_name"), "collection_id": props.get("collection_id"),
                              "area_ha_supply_shed": props.get("area_ha_supply_shed")}}


def _facility_features(row: Optional[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    if row is None:
        return
    props = row.get("properties") or {}
    point = facility_point(props)
    if point:
        yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(point)},
               "properties": {"company_name": props.get("company_name"), "collection_id": props.get("collection_id")}}


def _plot_count(row: Optional[Dict[str, Any]]) -> Optional[int]:
    """The plots an assessment row says its collection holds (``plot_count``), or ``None``."""
    value = ((row or {}).get("properties") or {}).get("plot_count")
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return count if count > 0 else None


def producer_country_of(row: Optional[Dict[str, Any]]) -> Any:
    """The country an assessment row gives its producer (ISO-2 code, else name), or ``""``."""
    props = (row or {}).get("properties") or {}
    return props.get("country_code") or props.get("country") or ""


def drilldown_to_gpkg(client: EpochClient, collection_id: str, gpkg: Path, *, limit: Optional[int] = PLOTS_LIMIT,
                      monitoring_start: Any = None, monitoring_end: Any = None,
                      progress: ProgressArg = None, cancel: Cancel = never_cancelled) -> DrillDown:
    """One producer: its plots (red/green), its supply-shed outline (blue) and facility (yellow).

    The monitoring window (``YYYY-MM-DD``; the dock offers the EUDR cut-off 2020-12-31 as the start)
    applies to the plots; it is checked before anything is fetched. Every plot is fetched, up to the API's
    1,000,000 per collection (``limit``).
    """
    from ...core.api.monitoring import window_params

    window_params(monitoring_start, monitoring_end)  # a bad day is refused before the first request
    row = assessment_row(client, collection_id, cancel)
    producer = str(((row or {}).get("properties") or {}).get("company_name") or collection_id)
    slug = layer_slug(collection_id)
    result = DrillDown(producer=producer)
    plots = plots_to_gpkg(client, collection_id, gpkg, f"plots_{slug}", limit=limit,
                          display_name=f"Plots: {producer}", monitoring_start=monitoring_start,
                          monitoring_end=monitoring_end, progress=progress, cancel=cancel,
                          expected=_plot_count(row), producer_country=producer_country_of(row))
    result.layers.append(plots)
    result.counts = count_by(gpkg, plots.layer_name, "status")
    shed = assessment_type((row or {}).get("properties") or {}) == "Supply Shed"
    outline = f"Supply shed: {producer}" if shed else f"Assessed area: {producer}"  # Direct Plots have no shed
    for kind, features, name, display in (
            ("outline", _outline_features(row), f"shed_{slug}", outline),
            ("facility_point", _facility_features(row), f"facility_{slug}", f"Facility: {producer}")):
        features = list(features)
        if features:
            written = write_layer(features, kind, gpkg, name, derive=False, cancel=cancel, finish=style_finish(kind))
            result.layers.append(LayerOutput(Path(gpkg), name, kind, display, written.count, style_stored=True))
    return result


def download_dds(client: EpochClient, collection_ids: List[str], destination: Path, *,
                 progress: ProgressArg = None, cancel: Cancel = never_cancelled) -> DdsDownload:
    """The DDS ZIP, written atomically: a failed or cancelled download keeps any earlier file."""
    if Path(destination).suffix.lower() != ".zip":
        raise ConfigurationError(f"{destination}: the DDS is a ZIP file; give a name ending in .zip")
    return client.export_eudr_dds(
        collection_ids, destination, cancel=cancel,
        progress=Progress.of(progress).items(None) if progress else None)


def wait_for_collection(client: EpochClient, collection_id: str, timeout_s: float, *, cancel: Cancel = never_cancelled,
                        sleep: Optional[Callable[[float], None]] = None, first_delay: float = 1.0,
                        max_delay: float = 30.0) -> bool:
    """Poll ``/fetch_supply_shed`` (with :func:`...core.backoff.backoff_delay`) until the collection's assessment
    appears; False on timeout."""
    sleep = sleep or time.sleep
    deadline = time.monotonic() + timeout_s
    attempt = 0
    while True:
        delay = backoff_delay(attempt, first_delay, max_delay)
        if assessment_row(client, collection_id, cancel) is not None:
            return True
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        waited = 0.0
        while waited < min(delay, remaining):  # short naps so a cancel is seen quickly
            if cancel():
                raise CancelledError()
            step = min(0.2, min(delay, remaining) - waited)
            sleep(step)
            waited += step
        attempt += 1
