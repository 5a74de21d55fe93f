"""Split one NDJSON feature line without parsing its coordinates.

Parsing every coordinate of 100,000 polygons into Python floats costs more than
GDAL's whole conversion. When the consumer only passes geometry on (to GDAL),
:func:`split_feature_line` decodes the properties and the feature's skeleton and
keeps the geometry as its original JSON text (:class:`RawJson`). Anything
unusual returns ``None`` and the caller falls back to a full ``json.loads``.
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, Optional, Tuple

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


class RawJson(str):
    """JSON text kept as it arrived (a geometry object), to be written out verbatim."""

    def load(self) -> Any:
        return json.loads(self)


def load_geometry(value: Any) -> Optional[Dict[str, Any]]:
    """A feature's geometry as a dict, whether it was kept raw or not."""
    if isinstance(value, RawJson):
        return value.load()
    return value or None


def _value_start(text: str, key: str) -> int:
    """Index of the value of ``"key":`` in ``text`` (first occurrence), or -1."""
    at = text.find(f'"{key}"')
    if at < 0:
        return -1
    at += len(key) + 2
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    if at >= len(text) or text[at] != ":":
        return -1
    at += 1
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    return at


def _object_end(text: str, start: int) -> int:
    """End (exclusive) of the JSON object at ``start``, counting braces only.

    Valid for geometry objects, whose only strings are type names (no braces).
    """
    depth, pos = 0, start
    while True:
        close = text.find("}", pos)
        if close < 0:
            return -1
        opening = text.find("{", pos, close)
        if opening >= 0:
            depth += 1
            pos = opening + 1
            continue
        depth -= 1
        pos = close + 1
        if depth == 0:
            return pos


def _geometry_span(text: str) -> Optional[Tuple[int, int]]:
    start = _value_start(text, "geometry")
    if start < 0:
        return None
    if text.startswith("null", start):
        return start, start + 4
    if not text.startswith("{", start):
        return None
    end = _object_end(text, start)
    return None if end < 0 else (start, end)


_HEAD, _GEOMETRY = '{"type":"Feature","properties":', ',"geometry":'


def _usual_form(text: str) -> Optional[Dict[str, Any]]:
    """A line written as servers usually write it (``{"type":"Feature","properties":{...},"geometry":...}``,
    compact, in that order), read without looking for its members; ``None`` for any other form."""
    try:
        properties, end = _DECODER.raw_decode(text, len(_HEAD))
    except (ValueError, RecursionError):
        return None
    if type(properties) is not dict or not text.startswith(_GEOMETRY, end) or not text.endswith("}"):
        return None
    start = end + len(_GEOMETRY)
    if text.startswith("null}", start) and len(text) == start + 5:
        return {"type": "Feature", "properties": properties, "geometry": None}
    if not text.startswith("{", start) or _object_end(text, start) != len(text) - 1:
        return None
    raw = text[start:-1]
    return {"type": "Feature", "properties": properties,
            "geometry": None if raw.replace(" ", "") == "{}" else RawJson(raw)}


def split_feature_line(text: str) -> Optional[Dict[str, Any]]:
    """``{"type": "Feature", "properties": {...}, "geometry": RawJson | None}`` or ``None`` (fall back)."""
    if text.startswith(_HEAD):
        usual = _usual_form(text)
        if usual is not None:
            return usual
    start = _value_start(text, "properties")
    if start < 0 or not text.startswith("{", start):
        return None
    try:
        properties, props_end = _DECODER.raw_decode(text, start)
    except (ValueError, RecursionError):  # the full parse that follows says why
        return None
    geometry = _geometry_span(text)
    if geometry is None or start < geometry[1] and geometry[0] < props_end:
        return None
    g_start, g_end = geometry
    if start < g_start:
        skeleton = text[:start] + "{}" + text[props_end:g_start] + "null" + text[g_end:]
    else:
        skeleton = text[:g_start] + "null" + text[g_end:start] + "{}" + text[props_end:]
    try:
        feature = json.loads(skeleton)
    except (ValueError, RecursionError):
        return None
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        return None
    raw = text[g_start:g_end]
    feature["properties"] = properties
    feature["geometry"] = None if raw == "null" or raw.replace(" ", "") == "{}" else RawJson(raw)
    return feature


_FIRST_POSITION = re.compile(r'"coordinates"\s*:\s*[\[\s]*(-?[0-9][0-9.eE+-]*)\s*,\s*(-?[0-9][0-9.eE+-]*)')


def first_position(geometry: Any) -> Optional[Tuple[float, float]]:
    """The first (lon, lat) of a geometry (a dict, or the raw JSON text it arrived as), or ``None``.

    A vertex of a plot lies on the plot, which is all a country lookup needs; reading one position
    from the text keeps 1,000,000 raw geometries unparsed (see the module text).
    """
    if isinstance(geometry, str):
        match = _FIRST_POSITION.search(geometry)
        if match is None:
            return None
        try:
            lon, lat = float(match.group(1)), float(match.group(2))
        except ValueError:
            return None
    elif isinstance(geometry, dict):
        if geometry.get("type") == "GeometryCollection":
            members = geometry.get("geometries") or []
            return first_position(members[0]) if members and isinstance(members[0], dict) else None
        position: Any = geometry.get("coordinates")
        while isinstance(position, list) and position and isinstance(position[0], list):
            position = position[0]
        if not isinstance(position, list) or len(position) < 2:
            return None
        try:
            lon, lat = float(position[0]), float(position[1])
        except (TypeError, ValueError):
            return None
    else:
        return None
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):  # also refuses NaN
        return None
    return lon, lat
