"""``POST /normalize_locations``: the sandbox's guess at Epoch's geocoding of a CSV or XLSX of addresses.

Epoch documents this endpoint in one line ("Normalize/geocode data without full validation, e.g.
prepare CSV/Excel before validation"); its answer is not described anywhere. What the sandbox answers is
therefore a documented guess, kept small so that the plugin's tolerant reader
(:mod:`..core.api.geocoding`) is what the tests exercise:

- a GeoJSON FeatureCollection, one feature per data row, in the file's order;
- each feature's properties are the row's columns as given, plus ``input_row`` (1-based data row),
  ``geocode_status`` (``ok`` or ``failed``), ``geocode_precision`` (``coordinates`` when the row had its
  own latitude/longitude, ``address`` when placed from its address) and, when it failed,
  ``geocode_error`` (why) with a null geometry.

Placement is synthetic and deterministic (:func:`.inputs._pseudo_geocode`): a repeatable point inside the
country named in the row, from a hash of its address. A row without an address or a known country is not
placed. No real geocoder is asked.
"""

from __future__ import annotations

from typing import Any, Dict, List

from ..core.coercion import clean_text
from .inputs import LAT_NAMES, LON_NAMES, _find, _pseudo_geocode, read_csv, read_xlsx

ADDRESS_NAMES = ("address", "facility_address", "Address")


def _why_not(row: Dict[str, Any]) -> str:
    if not any(clean_text(row.get(name) or "") for name in ADDRESS_NAMES):
        return "no address in the row"
    if not clean_text(row.get("country") or row.get("Country") or ""):
        return "no country in the row"
    return "address not found in the named country"


def normalize_rows(rows: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The answer for the rows of one file (see the module's description)."""
    features = []
    for number, row in enumerate(rows, start=1):
        props: Dict[str, Any] = dict(row)
        lat, lon = _find(row, LAT_NAMES), _find(row, LON_NAMES)
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            geometry = {"type": "Point", "coordinates": [lon, lat]}
            props.update(geocode_status="ok", geocode_precision="coordinates")
        else:
            geometry = _pseudo_geocode(row)
            if geometry is not None:
                props.update(geocode_status="ok", geocode_precision="address")
            else:
                props.update(geocode_status="failed", geocode_error=_why_not(row))
        props["input_row"] = number
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def read_rows(data: bytes, filename: str) -> List[Dict[str, Any]]:
    """The rows of an uploaded CSV or XLSX (``ValueError`` for any other file)."""
    name = filename.lower()
    if name.endswith(".csv"):
        return read_csv(data)
    if name.endswith(".xlsx"):
        return read_xlsx(data)
    raise ValueError(f"{filename}: /normalize_locations takes a CSV or XLSX file of addresses")
