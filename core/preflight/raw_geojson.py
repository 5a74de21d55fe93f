"""What GDAL and QGIS repair silently, checked in the GeoJSON text the EU system will read.

GDAL closes an unclosed ring and reads a Point written ``[[x, y]]`` as a point, and a
QGIS field mixing numbers and text reads every value as NULL: the layer looks right
while the file, as uploaded, is refused or misread (EU GeoJSON File Description v1.3,
rules 1, 6 and 9). This module reads the file itself, one feature at a time with the
standard library's JSON decoder (memory bounded by the largest feature), and reports
each such feature by its index in the file. It also gives back, for the fields QGIS cannot
read, the values the file holds (see :func:`scan_geojson_values`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Sequence, Tuple

from .codes import CODES

EU_NAMES = ("ProducerName", "ProducerCountry", "ProductionPlace", "Area")
_BY_LOWER = {name.lower(): name for name in EU_NAMES}
CHUNK = 1 << 20
_FEATURES = re.compile(r'"features"\s*:\s*\[')
MAX_FEATURE_BYTES = 256 << 20  # one feature larger than this is refused, not buffered


class RawScanError(ValueError):
    """The file is not a GeoJSON FeatureCollection the scan can read (the message says where)."""


@dataclass(frozen=True)
class RawFinding:
    index: int  # 0-based position of the feature in the file's "features" array
    code: str
    severity: str
    message: str
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)  # what the message was made from


def _finding(index: int, code: str, **values: Any) -> RawFinding:
    severity, template = CODES[code]
    return RawFinding(index, code, severity, template.format(**values), dict(values))


def iter_features(path: Path, chunk: int = CHUNK, max_feature_bytes: int = MAX_FEATURE_BYTES) -> Iterator[Any]:
    """The members of the top-level ``features`` array, decoded one by one (bounded memory)."""
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8-sig", errors="strict") as stream:
        buffer, eof = "", False

        def more(at_least: int = 0) -> bool:
            nonlocal buffer, eof
            if eof:
                return False
            piece = stream.read(max(chunk, at_least))  # doubling on retries keeps a huge feature linear
            eof = not piece
            buffer += piece
            return bool(piece)

        try:
            while True:  # find the array: "features" : [
                found = _FEATURES.search(buffer)
                if found:
                    buffer = buffer[found.end():]
                    break
                buffer = buffer[-64:]
                if not more():
                    raise RawScanError(f"{Path(path).name} has no \"features\" array: not a FeatureCollection")
            pos = 0
            while True:
                while True:  # skip separators
                    while pos < len(buffer) and buffer[pos] in " \t\r\n,":
                        pos += 1
                    if pos < len(buffer) or not more():
                        break
                if pos >= len(buffer):
                    raise RawScanError(f"{Path(path).name} ends inside the \"features\" array")
                if buffer[pos] == "]":
                    return
                try:
                    value, end = decoder.raw_decode(buffer, pos)
                except json.JSONDecodeError as exc:
                    if len(buffer) - pos > max_feature_bytes:
                        raise RawScanError(f"a feature of {Path(path).name} is larger than "
                                           f"{max_feature_bytes >> 20} MB") from None
                    buffer, pos = buffer[pos:], 0
                    if more(len(buffer)):
                        continue
                    raise RawScanError(f"{Path(path).name} is not valid JSON: {exc.msg}") from None
                yield value
                buffer, pos = buffer[end:], 0
        except UnicodeDecodeError as exc:
            raise RawScanError(f"{Path(path).name} is not UTF-8 (byte {exc.start}): save it as UTF-8") from None


def _rings(geometry: Mapping[str, Any]) -> List[Tuple[str, Any]]:
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon" and isinstance(coords, list):
        return [(kind, ring) for ring in coords]
    if kind == "MultiPolygon" and isinstance(coords, list):
        return [(kind, ring) for polygon in coords if isinstance(polygon, list) for ring in polygon]
    return []


def _geometry_findings(index: int, geometry: Any) -> List[RawFinding]:
    if not isinstance(geometry, dict):
        return []
    if geometry.get("type") == "GeometryCollection":
        found: List[RawFinding] = []
        for member in geometry.get("geometries") or []:
            found.extend(_geometry_findings(index, member))
        return found
    found = []
    coords = geometry.get("coordinates")
    if geometry.get("type") == "Point" and isinstance(coords, list) and coords and isinstance(coords[0], list):
        found.append(_finding(index, "point_nested_coordinates"))
    for _, ring in _rings(geometry):
        if isinstance(ring, list) and len(ring) >= 2 and ring[0] != ring[-1]:
            found.append(_finding(index, "ring_not_closed"))
            break
    return found


def _property_findings(index: int, props: Any) -> List[RawFinding]:
    if not isinstance(props, dict):
        return []
    found = []
    for key in props:
        proper = _BY_LOWER.get(str(key).lower())
        if proper and key != proper and proper not in props:
            found.append(_finding(index, "property_wrong_case", given=key, proper=proper))
    area = props.get("Area")
    if isinstance(area, str) and area.strip():
        found.append(_finding(index, "area_not_number", feature=f"Feature {index}", value=area))
    return found


def scan_geojson(path: Path, **limits: int) -> Dict[int, List[RawFinding]]:
    """Findings per feature index (only features with findings), from the file's own text."""
    return scan_geojson_values(path, (), **limits)[0]


def scan_geojson_values(path: Path, names: Sequence[str],
                        **limits: int) -> Tuple[Dict[int, List[RawFinding]], Dict[int, Dict[str, Any]]]:
    """Findings per feature index, and the values of the properties ``names`` per feature index as the file
    holds them (a number stays a number, a text a text): what QGIS reads as NULL in a field mixing both."""
    findings: Dict[int, List[RawFinding]] = {}
    values: Dict[int, Dict[str, Any]] = {}
    for index, feature in enumerate(iter_features(path, **limits)):
        if not isinstance(feature, dict):
            continue
        found = _geometry_findings(index, feature.get("geometry"))
        props = feature.get("properties")
        found += _property_findings(index, props)
        if found:
            findings[index] = found
        if names and isinstance(props, dict):
            kept = {name: props[name] for name in names if props.get(name) is not None}
            if kept:
                values[index] = kept
    return findings, values
