"""The field report: a PDF with one section per producer assessment, and its QField copy (a team's visit list
for the checks of Regulation (EU) 2023/1115 Art. 10 and 11: which plots to see on the ground, and why).

:func:`build_field_report` does everything in the calling thread and is meant for a worker thread: the
Processing algorithm's, or a ``QgsTask.run`` (the dock: ``OperationTask(..., lambda progress, cancel:
build_field_report(...), add_to_project=False)``), with the plugin's one cancel and progress types
(:mod:`...core.operation`). It fetches the plots it does not find in a GeoPackage of
drill-downs, writes the report's layers with GDAL, and builds the print layout and its atlas on layers and a
``QgsProject`` of its own, never ``QgsProject.instance()`` nor a widget. Only :func:`rows_of_layer` reads a
layer of the project: a QGIS layer where it lives, or the results GeoPackage's layer by GDAL in a worker.

The report GeoPackage (``<pdf name>.gpkg`` in ``qfield_folder``, else a temporary file removed afterwards)
holds ``report_plots`` (every plot, with the second opinion, centroid and visit number), ``report_outlines``,
``report_facilities``, ``report_pages`` (the atlas coverage: one feature per page) and ``field_checks``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.client import EpochClient
from ...core.api.errors import CancelledError, ConfigurationError
from ...core.api.servers import is_loopback_host
from ...core.coercion import clean_text
from ...core.field_report import (
    PlotLine,
    SectionCounts,
    is_sandbox_row,
    number_visits,
    page_ranges,
    plot_line,
    section_order,
    short_name,
)
from ...core.gpkg.sql import quote_identifier
from ...core.operation import Cancel, Outcome, Progress, Sink, never_cancelled
from ...core.result_rows import facility_point
from ..inputs.features import StoredLayer, feature_rows, ogr_to_wgs84, wgs84_rows
from ..operations.epoch_api import drilldown_to_gpkg, layer_slug
from ..words.language import integer_text

ogr.UseExceptions()

ProgressOf = Union[Progress, Sink, None]  # a Progress, or a plain callable given a percent (QgsTask.setProgress)
ClientSource = Union[EpochClient, Callable[[], EpochClient], None]
Bounds = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in EPSG:4326


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportBuild", text)


def joined(parts: List[str]) -> str:
    """Sentences of one status line, joined as the translation says (``; `` in English; French types a
    no-break space before the semicolon)."""
    text = ""
    for part in parts:
        text = part if not text else tr("{first}; {second}").format(first=text, second=part)
    return text


MIN_EXTENT_DEG = 0.01  # about 1 km: a lone facility or one small plot is not drawn at 1:50


def _file_safe(text: str) -> str:
    """A producer's name as part of a file name: no path separator nor character a file system refuses."""
    kept = "".join(c if c.isalnum() or c in " -_.,'&()" else " " for c in text)
    return " ".join(kept.split())[:60].strip(" .")


def report_file_name(producers: Sequence[str], day: Optional[dt.date] = None) -> str:
    """``Field report Coop Soubre 2026-12-06.pdf``: the field report named after its producers and its date
    (one or two named; more counted; none: every producer loaded). The dock offers it, and Processing writes a
    report to it when no file is given."""
    day = day or dt.date.today()
    names = [_file_safe(p) for p in producers]
    if not producers:
        who = tr("all producers")
    elif len(producers) <= 2 and all(names):
        who = tr(" and ").join(names)
    else:
        who = tr("{n} producers").format(n=integer_text(len(producers)))
    return tr("Field report {producers} {date}").format(producers=who, date=day.isoformat()) + ".pdf"


@dataclass
class Section:
    """One producer assessment and what the report shows of it."""

    row: Dict[str, Any]
    key: str  # collection id
    lines: List[PlotLine] = field(default_factory=list)
    geometries: List[Optional[ogr.Geometry]] = field(default_factory=list)  # one per line, EPSG:4326
    outlines: List[ogr.Geometry] = field(default_factory=list)
    facility: Optional[Tuple[float, float]] = None
    source: str = ""  # where the plots came from, as the Data source fact says it
    notes: str = ""
    #: the Article 10 sources near its facility (``evidence.section_evidence``), found before its pages are written
    evidence: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> SectionCounts:
        return SectionCounts.of(self.lines)

    def visits(self) -> List[PlotLine]:
        return sorted((line for line in self.lines if line.to_visit), key=lambda line: line.props["visit_no"])

    def pages(self):
        return page_ranges(len(self.visits()))

    def bounds(self) -> Optional[Bounds]:
        """The map's extent: the plots and the facility (the outline, often far larger, only without plots)."""
        plots = [g for g in self.geometries if g is not None and not g.IsEmpty()]
        boxes = [g.GetEnvelope() for g in (plots or [g for g in self.outlines if not g.IsEmpty()])]
        if self.facility is not None:
            boxes.append((self.facility[0], self.facility[0], self.facility[1], self.facility[1]))
        if not boxes:
            return None
        xmin, xmax = min(b[0] for b in boxes), max(b[1] for b in boxes)
        ymin, ymax = min(b[2] for b in boxes), max(b[3] for b in boxes)
        grow_x, grow_y = max(0.0, MIN_EXTENT_DEG - (xmax - xmin)) / 2, max(0.0, MIN_EXTENT_DEG - (ymax - ymin)) / 2
        return xmin - grow_x, ymin - grow_y, xmax + grow_x, ymax + grow_y


@dataclass
class FieldReport(Outcome):
    """What :func:`build_field_report` made (``outputs()`` is empty: nothing for the dock to load)."""

    pdf: Path
    pages: int
    sections: List[Section]
    gpkg: Optional[Path] = None  # the QField copy's GeoPackage (None without a QField folder)
    project: Optional[Path] = None  # its .qgz
    left_out: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)

    def outputs(self) -> list:
        return []

    @property
    def visits(self) -> int:
        return sum(section.counts.visits for section in self.sections)

    @property
    def counts(self) -> Dict[str, int]:  # type: ignore[override]
        """Producer sections, pages and plots to visit."""
        return {"sections": len(self.sections), "pages": self.pages, "visits": self.visits}

    def summary(self) -> str:
        from ..words.language import takes_singular

        def counted(n: int, one: str, many: str) -> str:  # each count its own noun form, in the user's language
            return (one if takes_singular(n) else many).format(n=integer_text(n))

        text = tr("{sections}, {pages}, {visits}: {pdf}").format(
            sections=counted(len(self.sections), tr("{n} producer section"), tr("{n} producer sections")),
            pages=counted(self.pages, tr("{n} page"), tr("{n} pages")),
            visits=counted(self.visits, tr("{n} plot to visit"), tr("{n} plots to visit")), pdf=self.pdf)
        parts = [text]
        if self.project is not None:
            parts.append(tr("QField project {path}").format(path=self.project))
        if self.left_out:
            parts.append(tr("left out: {items}").format(items=joined(self.left_out)))
        return joined(parts + self.notes)


# --- reading -----------------------------------------------------------------------------------------------

def rows_of_layer(layer, selected_only: bool = False, expression: str = "",
                  cancel: Cancel = never_cancelled) -> List[Dict[str, Any]]:
    """The assessments of ``layer`` as JSON rows (selected features only, and/or those ``expression`` keeps).

    ``layer``: a QGIS vector layer, read in the thread it belongs to, or a :class:`StoredLayer` of the results
    GeoPackage, read by GDAL in a worker (no ``expression`` then: its filter is its own). The layer's point (the
    facility) is kept as ``facility_geo`` when the row has none.
    """
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsFeatureRequest,
    )

    if isinstance(layer, StoredLayer) or not expression.strip():
        pairs = feature_rows(layer, selected_only, cancel)
    else:
        request = QgsFeatureRequest()
        if selected_only:
            request.setFilterFids(layer.selectedFeatureIds())
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise ConfigurationError(tr("The filter expression cannot be read: {error}").format(
                error=parsed.parserErrorString()))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        request.setFilterExpression(expression)
        request.setExpressionContext(context)
        pairs = wgs84_rows(layer, request, cancel)
    rows = []
    for row, geometry in pairs:
        if not clean_text(row.get("facility_geo")) and geometry is not None:
            point = geometry.centroid().asPoint()
            row["facility_geo"] = f"POINT({point.x()} {point.y()})"
        rows.append(row)
    return rows


def read_features(dataset, layer_name: str, collection_id: Optional[str] = None,
                  cancel: Cancel = never_cancelled) -> List[Tuple[Dict[str, Any], Optional[ogr.Geometry]]]:
    """(properties, geometry in EPSG:4326) of a GeoPackage layer (only ``collection_id``'s rows when given)."""
    layer = dataset.GetLayerByName(layer_name)
    if layer is None:
        return []
    transform = ogr_to_wgs84(layer)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if collection_id is not None and "collection_id" in names:
        layer.SetAttributeFilter(f"collection_id = '{collection_id.replace(chr(39), chr(39) * 2)}'")
    out = []
    for number, feature in enumerate(layer):
        if number % 500 == 0 and cancel():
            raise CancelledError()
        props = {name: feature.GetField(name) for name in names}
        geometry = feature.GetGeometryRef()
        geometry = geometry.Clone() if geometry is not None else None
        if geometry is not None and transform is not None:
            geometry.Transform(transform)
        out.append((props, geometry))
    layer.SetAttributeFilter(None)
    return out


class DrilldownStore:
    """Drill-downs saved in a GeoPackage (the dock's results file, ``fetch_plots`` outputs): read offline.

    A collection's plots are the layer ``plots_<collection slug>`` the dock writes, else any layer with
    drill-down plot columns (``collection_id``, ``noncompliance_area``) holding rows of that collection;
    its outline and facility are ``shed_<slug>`` and ``facility_<slug>`` when present.
    """

    def __init__(self, path: Optional[Path]) -> None:
        self.path = Path(path) if path else None
        self.dataset = None
        self._plot_layers: List[str] = []
        if self.path is not None:
            if not self.path.is_file():
                raise ConfigurationError(tr("The drill-down GeoPackage {path} does not exist.").format(path=self.path))
            try:
                self.dataset = ogr.Open(str(self.path), 0)
            except RuntimeError as exc:
                raise ConfigurationError(tr("Cannot read {path}: {error}").format(path=self.path, error=exc)) from None
            for index in range(self.dataset.GetLayerCount()):
                layer = self.dataset.GetLayerByIndex(index)
                definition = layer.GetLayerDefn()
                names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
                if {"collection_id", "noncompliance_area"} <= names:
                    self._plot_layers.append(layer.GetName())

    def plots_layer(self, collection_id: str) -> Optional[str]:
        if self.dataset is None:
            return None
        slugged = f"plots_{layer_slug(collection_id)}"
        others = [name for name in self._plot_layers if name != slugged]
        candidates = ([slugged] if slugged in self._plot_layers else []) + others
        literal = "'" + collection_id.replace("'", "''") + "'"
        for name in candidates:
            # Only an identifier through quote_identifier and a quoted literal go in.
            sql = f"SELECT COUNT(*) AS n FROM {quote_identifier(name)} WHERE collection_id = {literal}"  # nosec B608
            result = self.dataset.ExecuteSQL(sql, dialect="SQLITE")
            count = int(result.GetNextFeature().GetField("n")) if result is not None else 0
            if result is not None:
                self.dataset.ReleaseResultSet(result)
            if count:
                return name
        return None

    def close(self) -> None:
        self.dataset = None


def _client_of(source: ClientSource) -> Optional[EpochClient]:
    if source is None or isinstance(source, EpochClient):
        return source
    return source()


def _fill_section(section: Section, dataset, plots_layer: str, outline_layer: str, facility_layer: str,
                  cancel: Cancel) -> None:
    country = section.row.get("country_code") or section.row.get("country")
    for props, geometry in read_features(dataset, plots_layer, section.key, cancel):
        centroid = None
        if geometry is not None and not geometry.IsEmpty():
            centre = geometry.Centroid()
            centroid = (centre.GetX(), centre.GetY())
        section.lines.append(plot_line(props, centroid, country))
        section.geometries.append(geometry)
    section.outlines = [g for _, g in read_features(dataset, outline_layer, None, cancel) if g is not None]
    if section.facility is None:
        points = [g for _, g in read_features(dataset, facility_layer, None, cancel) if g is not None]
        if points:
            section.facility = (points[0].GetX(), points[0].GetY())
    number_visits(section.lines)


def gather_sections(rows: Sequence[Dict[str, Any]], client: ClientSource, store: DrilldownStore, workdir: Path, *,
                    limit: int = 100_000, progress: ProgressOf = None,
                    cancel: Cancel = never_cancelled) -> Tuple[List[Section], List[str]]:
    """One :class:`Section` per row with a collection id, in report order; and what was left out, and why."""
    sections, left_out = [], []
    progress = Progress.of(progress)
    wanted = sorted((row for row in rows if clean_text(row.get("collection_id"))), key=section_order)
    seen = set()
    for row in rows:
        if not clean_text(row.get("collection_id")):
            left_out.append(tr("{name} (no collection id)").format(name=clean_text(row.get("company_name"))
                                                                   or tr("a row")))
    connected: Optional[EpochClient] = None
    for number, row in enumerate(wanted):
        if cancel():
            raise CancelledError()
        key = clean_text(row.get("collection_id"))
        if key in seen:
            continue
        seen.add(key)
        section = Section(dict(row), key, facility=facility_point(row))
        slug = layer_slug(key)
        found = store.plots_layer(key)
        if found is not None:
            section.source = tr("plots from {file} (saved drill-down)").format(file=short_name(store.path.name))
            _fill_section(section, store.dataset, found, f"shed_{slug}", f"facility_{slug}", cancel)
        else:
            if connected is None:
                connected = _client_of(client)
                if connected is None:
                    raise ConfigurationError(tr(
                        "The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill "
                        "down first, or give a login.").format(name=clean_text(row.get("company_name")) or key))
            gpkg = workdir / f"drilldown_{number}.gpkg"
            drill = drilldown_to_gpkg(connected, key, gpkg, limit=limit, cancel=cancel)
            section.source = tr("plots fetched from the server")
            section.notes = joined([layer.notes for layer in drill.layers if layer.notes])
            dataset = ogr.Open(str(gpkg), 0)
            try:
                _fill_section(section, dataset, f"plots_{slug}", f"shed_{slug}", f"facility_{slug}", cancel)
            finally:
                dataset = None  # noqa: F841 (closes the file)
        if section.bounds() is None:
            left_out.append(tr("{name} (no plots and no location)").format(
                name=clean_text(row.get("company_name")) or key))
        else:
            sections.append(section)
        progress.fraction((number + 1) / max(1, len(wanted)))
    return sections, left_out


def is_sandbox(sections: Sequence[Section], server_url: str) -> bool:
    """Synthetic data: a row or plot says ``sandbox: true``, or the server is on this machine (the sandbox)."""
    from urllib.parse import urlsplit

    if server_url and is_loopback_host(urlsplit(server_url).hostname or ""):
        return True
    return any(is_sandbox_row(s.row) or any(is_sandbox_row(line.props) for line in s.lines[:5]) for s in sections)


# --- the whole report --------------------------------------------------------------------------------------

def build_field_report(rows: Sequence[Dict[str, Any]], pdf: Path, *, client: ClientSource = None,
                       drilldowns: Optional[Path] = None, qfield_folder: Optional[Path] = None,
                       server_url: str = "", limit: int = 100_000, progress: ProgressOf = None,
                       cancel: Cancel = never_cancelled) -> FieldReport:
    """Worker thread: the PDF at ``pdf`` (replaced) and, with ``qfield_folder``, its QField copy there.

    ``rows``: assessment rows (:func:`rows_of_layer`). ``client``: an :class:`EpochClient` or a function
    returning one, used only for producers whose plots ``drilldowns`` (a GeoPackage) does not hold.
    ``progress``: gathering the plots takes the first 60 %, writing the report's layers up to 70 %, the PDF the
    rest.
    """
    from .evidence import find_evidence, write_evidence
    from .field_package import write_qfield_copy
    from .layout import export_report
    from .plot_ids import add_own_plot_ids

    pdf = Path(pdf)
    progress = Progress.of(progress)
    if pdf.suffix.lower() != ".pdf":
        raise ConfigurationError(tr("{path}: the report is a PDF; give a name ending in .pdf").format(path=pdf))
    if not rows:
        raise ConfigurationError(tr("No producer to report on: select producers, or loosen the filter."))
    made = dt.datetime.now(dt.timezone.utc)
    if client is not None and not server_url and isinstance(client, EpochClient):
        server_url = client.base_url
    pdf.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".epoch-report-", dir=pdf.parent))
    store = DrilldownStore(drilldowns)
    try:
        sections, left_out = gather_sections(rows, client, store, workdir, limit=limit,
                                             progress=progress.step(0, 60), cancel=cancel)
        if not sections:
            raise ConfigurationError(tr("Nothing to report: {reasons}").format(reasons=joined(left_out)))
        folder = Path(qfield_folder) if qfield_folder else None
        gpkg = (folder / f"{pdf.stem}.gpkg") if folder else workdir / "report.gpkg"
        sandbox = is_sandbox(sections, server_url)
        find_evidence(sections, store.dataset)  # the facilities' Article 10 sources, when kept
        from .data import write_report_layers

        pages = write_report_layers(sections, gpkg, server_url=server_url, sandbox=sandbox, made=made,
                                    cancel=cancel)
        write_evidence(gpkg, sections, cancel)
        add_own_plot_ids(gpkg, sections)  # the user's plot ids, printed where known
        progress(70.0)
        project = write_qfield_copy(gpkg, folder / f"{pdf.stem}.qgz") if folder else None
        export_report(gpkg, pdf, cancel=cancel, progress=progress.step(70, 100))
        notes = [tr("{producer}: {note}").format(producer=clean_text(s.row.get("company_name")) or s.key, note=s.notes)
                 for s in sections if s.notes]
        return FieldReport(pdf, pages, sections, gpkg if folder else None, project, left_out, notes)
    finally:
        store.close()
        shutil.rmtree(workdir, ignore_errors=True)
