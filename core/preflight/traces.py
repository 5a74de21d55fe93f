"""EU-ready GeoJSON for the TRACES upload: four properties, 6 decimals, lon/lat, one file per DDS bundle.

A *bundle* is what one Due Diligence Statement can carry (EU GeoJSON File Description
v1.3, 29 May 2026, rule 4): at most 25 MB of geolocation data (the text does not say
whether base64-encoded, so a file stays under 25 MB both as written and as base64,
i.e. 18.75 MB raw), at most 1,000 producers per commodity, 10,000 producers and 100
commodities in all. An export is for one commodity, so each file is one bundle and
records which limit closed it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from ..coercion import clean_text, to_float
from .measures import truncate_6

EU_PROPERTIES = ("ProducerName", "ProducerCountry", "ProductionPlace", "Area")
DDS_MAX_BYTES = 25_000_000  # per DDS; counted in decimal megabytes, the smaller reading
MAX_BYTES = DDS_MAX_BYTES * 3 // 4  # the same file base64-encoded (4/3 larger) stays under 25 MB too
MAX_PRODUCERS = 1000  # per commodity in one DDS
DDS_MAX_PRODUCERS = 10_000  # in one DDS, every commodity together
DDS_MAX_COMMODITIES = 100
CLOSED_BY_SIZE = "25 MB per DDS (18.75 MB before base64)"
CLOSED_BY_PRODUCERS = "1,000 producers per commodity per DDS"
CLOSED_BY_END = "end of the data"


@dataclass
class ExportedFile:
    path: Path
    features: int = 0
    producers: int = 0
    size: int = 0
    closed_by: str = CLOSED_BY_END  # which limit ended this bundle


@dataclass
class ExportReport:
    files: List[ExportedFile] = field(default_factory=list)
    refused: List[Tuple[Any, str]] = field(default_factory=list)  # (source id, why)
    without_country: List[Any] = field(default_factory=list)  # source ids written without ProducerCountry

    def summary(self) -> str:
        written = "; ".join(f"{f.path.name}: {f.features} features, {f.producers} producers, "
                            f"{f.size / 1e6:.1f} MB (closed by {f.closed_by})" for f in self.files)
        refused = f"; {len(self.refused)} refused (errors)" if self.refused else ""
        return (written or "nothing written") + refused


def eu_properties(props: Mapping[str, Any], mapping: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    """Only the EU's four properties, taken from ``mapping`` (EU name -> source field) or the same names."""
    mapping = mapping or {}
    out: Dict[str, Any] = {}
    for name in EU_PROPERTIES:
        value = props.get(mapping.get(name) or name)
        if name == "Area":
            value = to_float(value)
        elif name == "ProducerCountry":
            value = clean_text(value).upper() or None
        else:
            value = clean_text(value) or None
        if value is not None:
            out[name] = value[:500] if name == "ProducerName" else value
    return out


def _rounded(value):
    """Coordinates as the EU system will store them: truncated to 6 decimals (2026 text, rule 3)."""
    if isinstance(value, float):
        return float(truncate_6(value))
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def eu_geometry(geom) -> Dict[str, Any]:
    """GeoJSON of a shapely geometry, 2D, 6 decimals."""
    from shapely.geometry import mapping

    if geom.geom_type == "GeometryCollection":  # accepted as it is (2026 text, rule 2), members in 2D, 6 decimals
        return {"type": "GeometryCollection", "geometries": [eu_geometry(member) for member in geom.geoms]}
    data = mapping(geom)
    coords = _rounded(data["coordinates"])

    def flat(c):
        return [flat(x) for x in c] if c and isinstance(c[0], (list, tuple)) else c[:2]

    return {"type": data["type"], "coordinates": flat(coords)}


def export_traces(features: Iterable[Tuple[Any, Any, Mapping[str, Any], str]], folder: Path, base_name: str, *,
                  mapping: Optional[Mapping[str, str]] = None, include_errors: bool = False,
                  max_bytes: int = MAX_BYTES, max_producers: int = MAX_PRODUCERS) -> ExportReport:
    """Write ``base_name_001.geojson`` ... from (source id, shapely geometry, properties, severity) items.

    A file closes before it would pass ``max_bytes`` or hold more than ``max_producers`` producers.
    Features whose severity is ``error`` are refused unless ``include_errors``.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    report = ExportReport()
    lines: List[str] = []
    producers: set = set()
    size = 0
    overhead = len('{"type":"FeatureCollection","features":[]}')

    def flush(closed_by: str = CLOSED_BY_END) -> None:
        nonlocal lines, producers, size
        if not lines:
            return
        path = folder / f"{base_name}_{len(report.files) + 1:03d}.geojson"
        partial = path.with_suffix(".part")
        partial.write_text('{"type":"FeatureCollection","features":[' + ",\n".join(lines) + "]}", encoding="utf-8")
        os.replace(partial, path)
        report.files.append(ExportedFile(path, len(lines), len(producers), path.stat().st_size, closed_by))
        lines, producers, size = [], set(), 0

    for fid, geom, props, severity in features:
        if geom is None or getattr(geom, "is_empty", True):
            report.refused.append((fid, "no geometry"))
            continue
        if severity == "error" and not include_errors:
            report.refused.append((fid, "has errors (run the preflight fixes first)"))
            continue
        properties = eu_properties(props, mapping)
        if "ProducerCountry" not in properties:  # required on every feature of a commodity-level import (rule 9)
            report.without_country.append(fid)
        text = json.dumps({"type": "Feature", "properties": properties, "geometry": eu_geometry(geom)},
                          ensure_ascii=False, separators=(",", ":"))
        producer = properties.get("ProducerName", "")
        new_producer = producer not in producers
        if lines and size + len(text.encode()) + 2 + overhead > max_bytes:
            flush(CLOSED_BY_SIZE)
        elif lines and new_producer and len(producers) >= max_producers:
            flush(CLOSED_BY_PRODUCERS)
        lines.append(text)
        producers.add(producer)
        size += len(text.encode()) + 2
    flush()
    return report
