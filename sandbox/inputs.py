"""Reading uploads the way ``/validate_locations`` does: GeoJSON, CSV or XLSX.

CSV and XLSX rows are "geocoded": latitude/longitude columns are used when
present; otherwise an address is placed deterministically inside the country
named in the row (the sandbox has no geocoder), or left without geometry.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from typing import Any, Dict, List, Optional

try:  # defusedxml refuses DTDs and entity declarations outright (python3-defusedxml; optional in QGIS builds)
    from defusedxml.ElementTree import ParseError, fromstring
except ImportError:  # stdlib: expat >= 2.4.1 caps entity amplification and ElementTree never fetches external entities
    from xml.etree.ElementTree import ParseError, fromstring  # nosec B405

from ..core.coercion import clean_text, to_float

LAT_NAMES = ("latitude", "lat", "y")
LON_NAMES = ("longitude", "lon", "lng", "long", "x")


class InputError(ValueError):
    """The upload cannot be read; the message goes to the client as ``detail``."""


def read_features(data: bytes, filename: str) -> List[Dict[str, Any]]:
    """GeoJSON Features from an upload (collections split, rows geocoded)."""
    name = filename.lower()
    if name.endswith(".csv"):
        return rows_to_features(read_csv(data))
    if name.endswith(".xlsx"):
        return rows_to_features(read_xlsx(data))
    try:
        obj = json.loads(data)
    except ValueError as exc:
        raise InputError(f"{filename} is not valid GeoJSON: {exc}") from None
    if isinstance(obj, dict) and obj.get("type") == "FeatureCollection":
        return [f for f in obj.get("features") or [] if isinstance(f, dict)]
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        return [obj]
    if isinstance(obj, dict) and "coordinates" in obj:
        return [{"type": "Feature", "properties": {}, "geometry": obj}]
    raise InputError(f"{filename}: expected a GeoJSON FeatureCollection")


def read_csv(data: bytes) -> List[Dict[str, str]]:
    text = data.decode("utf-8-sig", "replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [dict(row) for row in csv.DictReader(io.StringIO(text), dialect=dialect)]


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _column_index(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def read_xlsx(data: bytes) -> List[Dict[str, str]]:
    """Rows of the first worksheet (shared and inline strings, numbers); header in row 1."""
    try:  # fromstring: defusedxml's, else the stdlib's (safe as said at the import)
        book = zipfile.ZipFile(io.BytesIO(data))
        shared: List[str] = []
        if "xl/sharedStrings.xml" in book.namelist():
            root = fromstring(book.read("xl/sharedStrings.xml"))  # nosec B314
            shared = ["".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t")) for si in root.findall("m:si", _NS)]
        sheet = sorted(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))[0]
        root = fromstring(book.read(sheet))  # nosec B314
    except (zipfile.BadZipFile, IndexError, KeyError, ParseError, ValueError) as exc:  # ValueError: defusedxml
        raise InputError(f"not a readable XLSX workbook ({exc})") from None
    table: List[List[str]] = []
    for row in root.iter(f"{{{_NS['m']}}}row"):
        values: Dict[int, str] = {}
        for cell in row.findall("m:c", _NS):
            kind = cell.get("t")
            if kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{{{_NS['m']}}}t"))
            else:
                v = cell.find("m:v", _NS)
                text = "" if v is None else (v.text or "")
                if kind == "s" and text:
                    text = shared[int(text)]
            values[_column_index(cell.get("r", "A1"))] = text
        if values:
            table.append([values.get(i, "") for i in range(max(values) + 1)])
    if not table:
        return []
    header = [h.strip() for h in table[0]]
    return [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in table[1:]]


def _find(row: Dict[str, Any], names) -> Optional[float]:
    for key, value in row.items():
        if key and key.strip().lower() in names:
            return to_float(value)
    return None


def _pseudo_geocode(row: Dict[str, Any]) -> Optional[dict]:
    """A repeatable point inside the row's country, from a hash of its address."""
    from ..core.countries import world_index

    country = clean_text(row.get("country") or row.get("Country") or "")
    address = clean_text(row.get("address") or row.get("facility_address") or row.get("Address") or "")
    index = world_index()
    if not country or not address or index is None:
        return None
    digest = hashlib.sha256(address.lower().encode()).digest()
    fractions = [(digest[i] / 255.0, digest[i + 1] / 255.0) for i in range(0, 32, 2)]
    point = index.point_inside_named(country, fractions)  # the index's shared geometries, under its lock
    if point is None:
        return None
    return {"type": "Point", "coordinates": [round(point[0], 6), round(point[1], 6)]}


def rows_to_features(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    features = []
    for row in rows:
        lat, lon = _find(row, LAT_NAMES), _find(row, LON_NAMES)
        if lat is not None and lon is not None:
            geometry: Optional[dict] = {"type": "Point", "coordinates": [lon, lat]}
        else:
            geometry = _pseudo_geocode(row)
        features.append({"type": "Feature", "properties": dict(row), "geometry": geometry})
    return features
