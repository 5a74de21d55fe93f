"""The preflight on a QGIS layer: read in a worker (EPSG:4326, Z/M noted), check in ``core``, write a styled layer.

With ``fix`` the output holds the repaired features (one per polygon part) and what
was changed; the input layer is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Deque, Dict, Iterator, List, Optional

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.countries import world_index
from ...core.operation import Cancel, Outcome
from ...core.preflight import BadGeometry, check_features
from ...core.preflight.check import Finding, feature_label
from ...core.preflight.coordinates import guess_columns, read_point
from ...core.preflight.fixes import fix_feature
from ...core.preflight.raw_geojson import RawScanError, scan_geojson_values
from ...core.preflight.traces import ExportReport, export_traces
from ..inputs.features import json_value
from ..inputs.source import WGS84, LayerSnapshot, SourceError
from ..words.language import finding_text, number_form, sentences
from ..words.preflight import FINDINGS_FIELD, findings_json
from ..writer.gpkg_writer import write_layer
from .epoch_api import LayerOutput


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerPreflight", text)


@dataclass
class PreflightOutcome(Outcome):
    """The check before upload, written: the findings layer (and the other geometry's beside it); ``counts``:
    findings per issue code, ``severities``: features per severity (``error``, ``warning``, ``ok``)."""

    layer: LayerOutput
    counts: Dict[str, int] = field(default_factory=dict)  # per issue code
    severities: Dict[str, int] = field(default_factory=dict)
    problem_fids: Dict[str, List[int]] = field(default_factory=dict)  # code -> source feature ids
    fixed: int = 0
    fixed_severities: Dict[str, int] = field(default_factory=dict)  # of the fixed copy, checked again
    second: Optional[LayerOutput] = None  # the points beside the polygons (or the polygons beside the points)

    def outputs(self) -> List[LayerOutput]:
        return [self.layer] + ([self.second] if self.second is not None else [])

    def summary(self) -> str:
        sev = _severity_counts(self.severities)
        top = ", ".join(f"{code} {n}" for code, n in sorted(self.counts.items(), key=lambda kv: -kv[1])[:4])
        fixed = ""
        if self.fixed:
            fixed = number_form(self.fixed, tr("; {n} feature written fixed (checked again: {after})"),
                                tr("; {n} features written fixed (checked again: {after})"))
            fixed = fixed.format(after=_severity_counts(self.fixed_severities))
        return f"{sev}" + (tr(" (most frequent: {codes})").format(codes=top) if top else "") + fixed


def _severity_counts(severities: Dict[str, int]) -> str:
    """``20 errors, 1 warning, 0 features OK``: each count in the form its number takes in the user's language
    (one translatable string a form)."""
    errors, warnings, fine = (severities.get(key, 0) for key in ("error", "warning", "ok"))
    return tr("{errors}, {warnings}, {ok}").format(
        errors=number_form(errors, tr("{n} error"), tr("{n} errors")),
        warnings=number_form(warnings, tr("{n} warning"), tr("{n} warnings")),
        ok=number_form(fine, tr("{n} feature OK"), tr("{n} features OK")))


def _shapely(geometry: QgsGeometry):
    from shapely import wkb

    try:
        return wkb.loads(bytes(geometry.asWkb()))
    except Exception as exc:  # GEOS refuses e.g. a ring of 3 points: reported, not raised
        return BadGeometry(QgsWkbTypes.displayString(geometry.wkbType()), f"Too few points ({exc})")


def require_geometry(snapshot: LayerSnapshot) -> None:
    """Refuse a table (CSV, XLSX, a layer without a geometry column) that has no coordinate columns to read
    as points (see :func:`use_coordinate_columns`): the EU rules are about coordinates."""
    if not snapshot.has_geometry and snapshot.coordinate_fields is None:
        raise SourceError(tr("'{layer}' is a table without geometry: the check before upload tests plot and "
                             "facility geometries against the EU rules, so there is nothing to check. Open the file "
                             "with its coordinate columns as points (Layer > Add Layer > Add Delimited Text Layer, X "
                             "and Y fields), or screen the table as facility addresses to geocode.").format(
                                 layer=snapshot.name))


class CoordinatesUnsure(SourceError):
    """A table whose column names leave a doubt about its coordinates: the user chooses them."""

    def __init__(self, message: str, candidates: List[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


def use_coordinate_columns(snapshot: LayerSnapshot, latitude: str = "", longitude: str = "") -> None:
    """Read a table's latitude and longitude columns as points (EPSG:4326), the columns named by the user or
    recognised by their names (:mod:`core.preflight.coordinates`); a layer with geometries is left as it is.

    Raises :class:`CoordinatesUnsure` when the names leave a doubt, :class:`SourceError` for a column that does
    not exist or a table with no coordinate column at all."""
    if snapshot.has_geometry:
        return
    if latitude or longitude:
        unknown = [name for name in (latitude, longitude) if name and name not in snapshot.field_names]
        if unknown or not (latitude and longitude):
            raise SourceError(tr("'{layer}': give both the latitude and the longitude column (columns: {fields})"
                                 "{unknown}.").format(
                layer=snapshot.name, fields=", ".join(snapshot.field_names),
                unknown=tr("; no column {name}").format(name=repr(unknown[0])) if unknown else ""))
        pair = (latitude, longitude)
    else:
        guess = guess_columns(snapshot.field_names)
        if not guess.candidates:
            require_geometry(snapshot)
        if not guess.sure:
            raise CoordinatesUnsure(tr("'{layer}' is a table: its columns {columns} may hold the coordinates, but "
                                       "which are the latitude and the longitude is not clear: choose them "
                                       "(LATITUDE_FIELD and LONGITUDE_FIELD in Processing).").format(
                layer=snapshot.name, columns=", ".join(repr(c) for c in guess.candidates)), guess.candidates)
        pair = guess.pair
    snapshot.coordinate_fields = pair
    snapshot.notes.append(tr("'{layer}' is a table: its rows are read as points, latitude from '{lat}' and longitude "
                             "from '{lon}' (decimal degrees, EPSG:4326).").format(layer=snapshot.name, lat=pair[0],
                                                                                  lon=pair[1]))


def _single_parts(geom) -> list:
    if geom.geom_type.startswith("Multi") or geom.geom_type == "GeometryCollection":
        return [single for part in geom.geoms for single in _single_parts(part)]
    return [geom]


def simple_collection(geom):
    """A GeometryCollection of polygons as a MultiPolygon (of points as a MultiPoint), so each member is checked
    by the EU rules like the parts of a plot; other geometries are returned as they are: a collection of
    points and polygons is checked member by member in core (the EU accepts it), one holding a line is reported
    as ``unsupported_type``."""
    if geom is None or isinstance(geom, BadGeometry) or geom.geom_type != "GeometryCollection":
        return geom
    from shapely.geometry import MultiPoint, MultiPolygon

    parts = [part for part in _single_parts(geom) if not part.is_empty]
    kinds = {part.geom_type for part in parts}
    if kinds == {"Polygon"}:
        return MultiPolygon(parts)
    if kinds == {"Point"}:
        return MultiPoint(parts)
    return geom


POINTS, POLYGONS = "points", "polygons"


def drawable_parts(geom) -> List[tuple]:
    """(kind, geometry) of what a layer can draw of ``geom``: a point or polygon as it is, a GeometryCollection of
    points and polygons (EU GeoJSON File Description v1.3, rule 2) as its points (a MultiPoint) and its polygons
    (a MultiPolygon), each drawn in a layer of its kind; nothing for a missing, empty or unbuildable geometry,
    a line, or a collection of lines."""
    if geom is None or isinstance(geom, BadGeometry) or geom.is_empty:
        return []
    kind = geom.geom_type
    if kind in ("Point", "MultiPoint"):
        return [(POINTS, geom)]
    if kind in ("Polygon", "MultiPolygon"):
        return [(POLYGONS, geom)]
    if kind != "GeometryCollection":
        return []
    from shapely.geometry import MultiPoint, MultiPolygon

    parts = [part for part in _single_parts(geom) if not part.is_empty]
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    points = [p for p in parts if p.geom_type == "Point"]
    return [*([(POLYGONS, MultiPolygon(polygons))] if polygons else []),
            *([(POINTS, MultiPoint(points))] if points else [])]


def _table_point(feature, snapshot: LayerSnapshot, swapped: Dict[Any, tuple]):
    """A table row's point from its coordinate columns (``None`` when either is not a number)."""
    from shapely.geometry import Point

    lat_field, lon_field = snapshot.coordinate_fields
    lat_value, lon_value = feature[lat_field], feature[lon_field]
    position, was_swapped = read_point(json_value(lat_value), json_value(lon_value))
    if position is None:
        return None
    if was_swapped:
        swapped[feature.id()] = (json_value(lat_value), position)
    return Point(*position)


def read_items(snapshot: LayerSnapshot, cancel: Cancel, raw_values: Optional[Dict[int, dict]] = None,
               swapped: Optional[Dict[Any, tuple]] = None) -> Iterator[tuple]:
    """(fid, shapely geometry in EPSG:4326 or None, properties, has M) for every feature of the snapshot.

    ``raw_values`` (by feature index, or by id for a selection) are the values of the fields QGIS reads as NULL,
    as the file holds them; a table's coordinate columns give its points, and rows read swapped go in ``swapped``.
    """
    transform = QgsCoordinateTransform(snapshot.crs, WGS84, snapshot.transform_context)
    request = QgsFeatureRequest()
    if snapshot.selected_ids is not None:
        request.setFilterFids(snapshot.selected_ids)
    raw_values = raw_values or {}
    swapped = {} if swapped is None else swapped
    for n, feature in enumerate(snapshot.source.getFeatures(request)):
        if n % 1000 == 0 and cancel():
            raise CancelledError()
        props = snapshot.properties(feature)
        if raw_values:
            props.update(raw_values.get(n if snapshot.selected_ids is None else feature.id(), {}))
        if snapshot.coordinate_fields is not None:
            yield feature.id(), _table_point(feature, snapshot, swapped), props, False
            continue
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            yield feature.id(), None, props, False
            continue
        geometry = QgsGeometry(geometry)
        has_m = QgsWkbTypes.hasM(geometry.wkbType())
        if has_m:
            geometry.get().dropMValue()
        if not geometry.isEmpty():
            try:
                geometry.transform(transform)
            except Exception:  # outside the CRS's area: the check reports out_of_range on the raw values
                pass
        yield feature.id(), simple_collection(_shapely(geometry)), props, has_m


def checked(snapshot: LayerSnapshot, location_type: str, commodity: Optional[str],
            cancel: Cancel) -> Iterator[tuple]:
    """(report, fid, geometry, properties) per feature, in order; geometries are held only until reported."""
    pending = {}
    raw, values = _raw_scan(snapshot)
    swapped: Dict[Any, tuple] = {}

    def remember():
        for item in read_items(snapshot, cancel, values, swapped):
            pending[item[0]] = item
            yield item

    for position, report in enumerate(check_features(remember(), location_type=location_type, commodity=commodity,
                                                     countries=world_index("countries"))):
        fid, geom, props, _ = pending.pop(report.source_fid)
        extra = raw.get(position if snapshot.selected_ids is None else fid, [])
        known = set(report.codes)
        report.findings.extend(Finding(f.code, f.severity, f.message, f.values) for f in extra if f.code not in known)
        if fid in swapped:
            latitude, (lon, lat) = swapped.pop(fid)
            lat_field, lon_field = snapshot.coordinate_fields
            report.add("coordinates_swapped", lat=latitude, lat_field=lat_field, lon_field=lon_field,
                       lon_read=lon, lat_read=lat)
        yield report, fid, geom, props


def _raw_scan(snapshot: LayerSnapshot) -> tuple:
    """What the EU system sees in a GeoJSON file's own text and QGIS repairs on reading (2026 text, rules
    1, 6 and 9), by feature index, and the values of the fields QGIS reads as NULL; nothing for other sources.
    A file the scan cannot read is noted, not fatal."""
    if not snapshot.geojson_path:
        return {}, {}
    try:
        return scan_geojson_values(Path(snapshot.geojson_path), snapshot.json_fields)
    except (RawScanError, OSError) as exc:
        snapshot.notes.append(f"The file's own text was not checked: {exc}")
        return {}, {}


def _row(report, fixed=None) -> Dict[str, Any]:
    row = {"source_fid": report.source_fid, "issues": ",".join(report.all_codes), "severity": report.severity,
           FINDINGS_FIELD: findings_json(report.findings), "area_ha": report.area_ha,  # worded when shown
           "country_iso2": report.country_iso2 or None}
    if fixed is not None:
        row.update(part=fixed.part, changes="; ".join(fixed.changes), area_change_ha=round(fixed.area_change_ha, 6),
                   **{k: v for k, v in fixed.properties.items() if k not in row})
    return row


def _why_not_written(geom) -> str:
    if geom is None:
        return "no geometry"
    if isinstance(geom, BadGeometry):
        return f"an unreadable {geom.kind}"
    return "an empty geometry" if geom.is_empty else f"a {geom.geom_type}"


def _rechecked(pairs: Iterator[tuple], location_type: str, commodity: Optional[str], cancel: Cancel,
               point_area: Optional[float]) -> Iterator[tuple]:
    """(report of the fixed feature, fixed feature) for every part the fixes write, from (report, geometry,
    properties) of the input: the fixed copy is drawn by its own check, not by the input's findings."""
    pending: Deque[Any] = deque()  # reports come back in the order the parts went in

    def parts():
        for n, (report, geom, props) in enumerate(pairs):
            if n % 1000 == 0 and cancel():
                raise CancelledError()
            for part in fix_feature(geom, props, report, point_area=point_area):
                pending.append(part)
                yield part.source_fid, part.geometry, part.properties, False

    for report in check_features(parts(), location_type=location_type, commodity=commodity,
                                 countries=world_index("countries")):
        yield report, pending.popleft()


class _Spool:
    """Rows of the second kind of geometry (points beside polygons), kept in a temporary file until the first
    layer is written: memory stays flat whatever the layer's size."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8", dir=folder, prefix=".epoch-spool-")
        self.kind = ""
        self.count = 0

    def add(self, kind: str, feature: dict) -> None:
        self.kind = kind
        self.count += 1
        self.file.write(json.dumps(feature, separators=(",", ":")) + "\n")

    def features(self) -> Iterator[dict]:
        self.file.seek(0)
        for line in self.file:
            yield json.loads(line)

    def close(self) -> None:
        self.file.close()


def preflight_to_gpkg(snapshot: LayerSnapshot, location_type: str, commodity: Optional[str], gpkg: Path,
                      layer_name: str, *, fix: bool = False, point_area: Optional[float] = None,
                      cancel: Cancel = lambda: False) -> PreflightOutcome:
    """Check every feature and write the styled result layer ("Preflight: x"), or with ``fix`` the fixed copy
    ("Fixed: x"), each fixed feature drawn by the check of what was written, not of the input.

    Points and polygons are written to a layer each (the second named ``<layer_name>_points`` or ``_polygons``):
    a GeometryCollection of both, which the EU accepts, is drawn in both. A table, or a layer without any point
    or polygon, is refused with the reason and nothing is written; a feature without one (a line) is written
    without geometry."""
    from shapely.geometry import mapping

    require_geometry(snapshot)
    title = (tr("Fixed: {layer}") if fix else tr("Preflight: {layer}")).format(layer=snapshot.name)
    outcome = PreflightOutcome(LayerOutput(Path(gpkg), layer_name, "preflight", title, 0))
    unwritten: List[str] = []  # why geometries are not written (a few examples)
    main_kind: List[str] = []
    spool = _Spool(Path(gpkg).parent)

    def originals():
        for report, fid, geom, props in checked(snapshot, location_type, commodity, cancel):
            outcome.severities[report.severity] = outcome.severities.get(report.severity, 0) + 1
            for code in report.codes:
                outcome.counts[code] = outcome.counts.get(code, 0) + 1
                outcome.problem_fids.setdefault(code, []).append(fid)
            if not drawable_parts(geom) and len(unwritten) < 5:
                unwritten.append(f"feature {fid}: {_why_not_written(geom)}")
            yield report, geom, props

    def rows():
        if not fix:
            for report, geom, _ in originals():
                yield _row(report), geom
            return
        for report, part in _rechecked(originals(), location_type, commodity, cancel, point_area):
            outcome.fixed += 1
            outcome.fixed_severities[report.severity] = outcome.fixed_severities.get(report.severity, 0) + 1
            yield _row(report, part), part.geometry

    def features():
        for row, geom in rows():
            parts = drawable_parts(geom)
            if not parts:
                yield {"type": "Feature", "properties": row, "geometry": None}
            for kind, part in parts:
                feature = {"type": "Feature", "properties": row, "geometry": mapping(part)}
                if not main_kind:
                    main_kind.append(kind)
                if kind == main_kind[0]:
                    yield feature
                else:
                    spool.add(kind, feature)
        if not main_kind:  # a layer without any geometry cannot be styled, nor zoomed to: nothing is written
            total = sum(outcome.severities.values())
            detail = (number_form(total, tr("{n} feature; {why}"), tr("{n} features; {why}")).format(
                why=sentences(*unwritten)) if total else tr("no feature"))
            raise SourceError(tr("'{layer}' has no point or polygon to check ({detail}): give the features their plot "
                                 "polygons or points, and check again.").format(layer=snapshot.name, detail=detail))

    try:
        written = write_layer(features(), "preflight", gpkg, layer_name, derive=False, cancel=cancel)
        outcome.layer.count = written.count
        if spool.count:  # the other kind, in its own layer beside the first
            name = f"{layer_name}_{spool.kind}"
            label = tr("{title} (points)") if spool.kind == POINTS else tr("{title} (polygons)")
            second = write_layer(spool.features(), "preflight", gpkg, name, derive=False, cancel=cancel)
            outcome.second = LayerOutput(Path(gpkg), name, "preflight", label.format(title=title), second.count)
    finally:
        spool.close()
    return outcome


def _errors_of(report, label: str) -> str:
    """``Feature 2 (Finca B): the outline crosses itself ...``: a feature's errors in one sentence."""
    texts = [finding_text(f).rstrip(".") for f in report.findings if f.severity == "error"]
    texts = [t[len(label) + 2:] if t.startswith(label + ": ") else t for t in texts]
    return tr("{feature}: {errors}").format(feature=label, errors=sentences(*texts))


class ExportRefused(SourceError):
    """Features the EU system would refuse: nothing was written; the message names them and says why."""


def export_layer_traces(snapshot: LayerSnapshot, folder: Path, base_name: str, mapping: Dict[str, str], *,
                        location_type: str = "plot", commodity: Optional[str] = None, include_errors: bool = False,
                        cancel: Cancel = lambda: False) -> ExportReport:
    """Check each feature, then write the EU GeoJSON files. A feature with errors (unless ``include_errors``)
    refuses the whole export with :class:`ExportRefused`, naming the features and their errors: the files are
    written in a folder beside ``folder`` and moved in only when every feature went in, so a refused export
    leaves nothing. Under ``include_errors`` a feature without geometry is left out and reported."""
    require_geometry(snapshot)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    errors: Dict[Any, str] = {}  # the first few features with errors: what they are and why

    def items():
        for report, fid, geom, props in checked(snapshot, location_type, commodity, cancel):
            if report.severity == "error" and len(errors) < 5:
                errors[fid] = _errors_of(report, feature_label(fid, props))
            yield fid, None if isinstance(geom, BadGeometry) else geom, props, report.severity

    staging = Path(tempfile.mkdtemp(prefix=".epoch-export-", dir=folder))
    try:
        report = export_traces(items(), staging, base_name, mapping=mapping, include_errors=include_errors)
        if report.refused and not include_errors:
            shown = " | ".join(errors.values())
            more = tr(" and {n} more").format(n=len(report.refused) - len(errors)) \
                if len(report.refused) > len(errors) else ""
            said = number_form(len(report.refused), tr(
                "'{layer}': {n} feature has errors the EU system refuses, so no file was written: {features}{more}. "
                "Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it "
                "is."), tr(
                "'{layer}': {n} features have errors the EU system refuses, so no file was written: "
                "{features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to "
                "export them as they are."))
            raise ExportRefused(said.format(layer=snapshot.name, features=shown, more=more))
        for exported in report.files:
            final = folder / exported.path.name
            os.replace(exported.path, final)
            exported.path = final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def report_json(report: ExportReport) -> str:
    return json.dumps({"files": [{"file": str(f.path), "features": f.features, "producers": f.producers,
                                  "bytes": f.size} for f in report.files],
                       "refused": [{"source_fid": fid, "why": why} for fid, why in report.refused]})
