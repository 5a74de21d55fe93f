"""The preflight on a QGIS layer: read in a worker (EPSG:4326, Z/M noted), check in ``core``, write a styled layer.

With ``fix`` the output holds the repaired features (one per polygon part) and what
was changed; the input layer is never touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import CancelledError
from ..core.countries import world_index
from ..core.preflight import BadGeometry, check_features
from ..core.preflight.check import Finding
from ..core.preflight.fixes import fix_feature
from ..core.preflight.raw_geojson import RawScanError, scan_geojson
from ..core.preflight.traces import ExportReport, export_traces
from .gpkg_writer import write_layer
from .i18n import finding_text
from .operations import LayerOutput
from .source import WGS84, LayerSnapshot, SourceError, json_value

Cancel = Callable[[], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerPreflight", text)


@dataclass
class PreflightOutcome:
    layer: LayerOutput
    counts: Dict[str, int] = field(default_factory=dict)  # per issue code
    severities: Dict[str, int] = field(default_factory=dict)
    problem_fids: Dict[str, List[int]] = field(default_factory=dict)  # code -> source feature ids
    fixed: int = 0

    def outputs(self) -> List[LayerOutput]:
        return [self.layer]

    def summary(self) -> str:
        words = {"error": tr("{n} error"), "warning": tr("{n} warning"), "ok": tr("{n} ok")}
        sev = ", ".join(words[k].format(n=self.severities.get(k, 0)) for k in ("error", "warning", "ok"))
        top = ", ".join(f"{code} {n}" for code, n in sorted(self.counts.items(), key=lambda kv: -kv[1])[:4])
        fixed = tr("; {n} features written fixed").format(n=self.fixed) if self.fixed else ""
        return f"{sev}" + (tr(" (most frequent: {codes})").format(codes=top) if top else "") + fixed


def _shapely(geometry: QgsGeometry):
    from shapely import wkb

    try:
        return wkb.loads(bytes(geometry.asWkb()))
    except Exception as exc:  # GEOS refuses e.g. a ring of 3 points: reported, not raised
        return BadGeometry(QgsWkbTypes.displayString(geometry.wkbType()), f"Too few points ({exc})")


def require_geometry(snapshot: LayerSnapshot) -> None:
    """Refuse a table (CSV, XLSX, a layer without a geometry column): the EU rules are about coordinates."""
    if not snapshot.has_geometry:
        raise SourceError(tr("'{layer}' is a table without geometry: the check before upload tests plot and "
                             "facility geometries against the EU rules, so there is nothing to check. Open the file "
                             "with its coordinate columns as points (Layer > Add Layer > Add Delimited Text Layer, X "
                             "and Y fields), or screen the table as facility addresses to geocode.").format(
                                 layer=snapshot.name))


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


def _writable(geom) -> bool:
    """Whether the output layer can hold ``geom``: not missing, empty, unbuildable, nor a GeometryCollection
    (which would make the layer's geometry type unknown, and its style impossible)."""
    if geom is None or isinstance(geom, BadGeometry) or geom.is_empty:
        return False
    return geom.geom_type != "GeometryCollection"


def read_items(snapshot: LayerSnapshot, cancel: Cancel) -> Iterator[tuple]:
    """(fid, shapely geometry in EPSG:4326 or None, properties, has M) for every feature of the snapshot."""
    transform = QgsCoordinateTransform(snapshot.crs, WGS84, snapshot.transform_context)
    request = QgsFeatureRequest()
    if snapshot.selected_ids is not None:
        request.setFilterFids(snapshot.selected_ids)
    for n, feature in enumerate(snapshot.source.getFeatures(request)):
        if n % 1000 == 0 and cancel():
            raise CancelledError()
        props = {name: json_value(v) for name, v in zip(snapshot.field_names, feature.attributes())}
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

    def remember():
        for item in read_items(snapshot, cancel):
            pending[item[0]] = item
            yield item

    raw = _raw_findings(snapshot)
    for position, report in enumerate(check_features(remember(), location_type=location_type, commodity=commodity,
                                                     countries=world_index("countries"))):
        fid, geom, props, _ = pending.pop(report.source_fid)
        extra = raw.get(position if snapshot.selected_ids is None else fid, [])
        known = set(report.codes)
        report.findings.extend(Finding(f.code, f.severity, f.message, f.values) for f in extra if f.code not in known)
        yield report, fid, geom, props


def _raw_findings(snapshot: LayerSnapshot) -> dict:
    """What the EU system sees in a GeoJSON file's own text and QGIS repairs on reading (2026 text, rules
    1, 6 and 9), by feature index; nothing for other sources. A file the scan cannot read is noted, not fatal."""
    if not snapshot.geojson_path:
        return {}
    try:
        return scan_geojson(Path(snapshot.geojson_path))
    except (RawScanError, OSError) as exc:
        snapshot.notes.append(f"The file's own text was not checked: {exc}")
        return {}


def _row(report, fixed=None) -> Dict[str, Any]:
    row = {"source_fid": report.source_fid, "issues": ",".join(report.all_codes), "severity": report.severity,
           "messages": " | ".join(finding_text(f) for f in report.findings), "area_ha": report.area_ha,
           "country_iso2": report.country_iso2 or None}
    row["maptip_html"] = f"<b>{escape(report.severity)}</b><br>" + "<br>".join(
        escape(finding_text(f)) for f in report.findings)  # messages quote user values: escaped
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


def preflight_to_gpkg(snapshot: LayerSnapshot, location_type: str, commodity: Optional[str], gpkg: Path,
                      layer_name: str, *, fix: bool = False, point_area: Optional[float] = None,
                      cancel: Cancel = lambda: False) -> PreflightOutcome:
    """Check every feature and write the styled result layer. A table, or a layer without any point or
    polygon, is refused with the reason and nothing is written; a GeometryCollection that cannot be read as
    the parts of one plot is reported (``unsupported_type``) and written without geometry."""
    from shapely.geometry import mapping

    require_geometry(snapshot)
    title = tr("Preflight: {layer}").format(layer=snapshot.name)
    outcome = PreflightOutcome(LayerOutput(Path(gpkg), layer_name, "preflight", title, 0))
    unwritten: List[str] = []  # why geometries are not written (a few examples)
    geometries = [0]

    def features():
        for report, fid, geom, props in checked(snapshot, location_type, commodity, cancel):
            outcome.severities[report.severity] = outcome.severities.get(report.severity, 0) + 1
            for code in report.codes:
                outcome.counts[code] = outcome.counts.get(code, 0) + 1
                outcome.problem_fids.setdefault(code, []).append(fid)
            usable = _writable(geom)
            if usable:
                geometries[0] += 1
            elif len(unwritten) < 5:
                unwritten.append(f"feature {fid}: {_why_not_written(geom)}")
            if fix and usable:
                for part in fix_feature(geom, props, report, point_area=point_area):
                    outcome.fixed += 1
                    yield {"type": "Feature", "properties": _row(report, part), "geometry": mapping(part.geometry)}
            else:
                yield {"type": "Feature", "properties": _row(report), "geometry": mapping(geom) if usable else None}
        if not geometries[0]:  # a layer without any geometry cannot be styled, nor zoomed to: nothing is written
            total = sum(outcome.severities.values())
            detail = (tr("{n} feature(s); {why}").format(n=total, why="; ".join(unwritten)) if total
                      else tr("no feature"))
            raise SourceError(tr("'{layer}' has no point or polygon to check ({detail}): give the features their plot "
                                 "polygons or points, and check again.").format(layer=snapshot.name, detail=detail))

    written = write_layer(features(), "preflight", gpkg, layer_name, derive=False, cancel=cancel)
    outcome.layer.count = written.count
    return outcome


def export_layer_traces(snapshot: LayerSnapshot, folder: Path, base_name: str, mapping: Dict[str, str], *,
                        location_type: str = "plot", commodity: Optional[str] = None, include_errors: bool = False,
                        cancel: Cancel = lambda: False) -> ExportReport:
    """Check each feature, then write the EU GeoJSON files (features with errors refused unless asked)."""
    require_geometry(snapshot)
    items = ((fid, None if isinstance(geom, BadGeometry) else geom, props, report.severity)
             for report, fid, geom, props in checked(snapshot, location_type, commodity, cancel))
    return export_traces(items, folder, base_name, mapping=mapping, include_errors=include_errors)


def report_json(report: ExportReport) -> str:
    return json.dumps({"files": [{"file": str(f.path), "features": f.features, "producers": f.producers,
                                  "bytes": f.size} for f in report.files],
                       "refused": [{"source_fid": fid, "why": why} for fid, why in report.refused]})
