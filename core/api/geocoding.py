"""Addresses placed before screening: ``POST /normalize_locations`` and a tolerant reading of its answer.

Epoch's "Facility Validation" page lists ``POST /normalize_locations`` ("Normalize/geocode data without
full validation, e.g. prepare CSV/Excel before validation") and says no more: neither its options nor
its answer are described. The plugin therefore sends only what ``/validate_locations`` is documented to
take for the same files (the CSV or XLSX as the multipart ``file`` field, cut at the API's 10,000
locations per request like a screening), and reads the answer as tolerantly as it can:

- a GeoJSON FeatureCollection (the only shape taken; anything else is refused in words);
- each feature is one input row: its properties are the row's columns plus whatever geocoding fields the
  server adds, all kept as they come;
- a feature is *placed* when its geometry is a Point with longitude/latitude in range and no status field
  says the geocoding failed (:data:`STATUS_KEYS`, :data:`FAILED_STATUSES`);
- the input row a feature answers is its row-number property when it has one (:data:`ROW_KEYS`), else its
  place in the answer; rows the server left out altogether are found by the caller (it knows the file).

A row not placed is never dropped: it is kept without a point, its reason (the server's words when it gave
any, :data:`REASON_KEYS`) with it, and said per row by name (:func:`row_name`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence

from .errors import EpochError

PATH = "/normalize_locations"
#: Fields the plugin adds to each row of the preview layer (stored data; the words are the UI's).
ROW_FIELD, STATUS_FIELD, REASON_FIELD = "preview_row", "preview_status", "preview_note"
PLACED, NOT_PLACED = "geocoded", "not_geocoded"
#: Property names a server may use for the input row's number (1-based unless ``row_index``/``index``).
ROW_KEYS = ("input_row", "row_number", "row", "line")
ZERO_BASED_ROW_KEYS = ("row_index", "index")
STATUS_KEYS = ("geocode_status", "geocoding_status", "normalization_status", "status")
FAILED_STATUSES = frozenset({"failed", "failure", "error", "not_found", "notfound", "no_match", "unmatched",
                             "not_geocoded", "ungeocoded", "invalid", "zero_results", "none"})
REASON_KEYS = ("geocode_error", "geocoding_error", "geocode_message", "error", "reason", "message", "detail")
NAME_KEYS = ("facility_name", "name", "producer_name", "company_name", "supplier_name", "facility_id", "id")
ADDRESS_KEYS = ("address", "facility_address", "full_address", "street_address", "location")
MAX_NAME = 80


@dataclass
class GeocodedRow:
    """One input row as the server answered it: its properties, its point (``None``: not placed), why not."""

    row: int  # 1-based data row of the file (the header is row 0)
    properties: Dict[str, Any]
    point: Optional[List[float]] = None  # [lon, lat] in WGS 84
    reason: str = ""  # the server's words when it said why a row was not placed
    numbered: bool = False  # the server said which row this is (else: its place in the answer)
    missing: bool = False  # the answer said nothing of this row (it comes from the file itself)

    @property
    def placed(self) -> bool:
        return self.point is not None


@dataclass
class GeocodingAnswer:
    """Every row answered, in input order, and the rows the server's answer said nothing about."""

    rows: List[GeocodedRow] = field(default_factory=list)
    extra_notes: List[str] = field(default_factory=list)

    @property
    def not_placed(self) -> List[GeocodedRow]:
        return [r for r in self.rows if not r.placed]


def _lower_keys(props: Mapping[str, Any]) -> Dict[str, Any]:
    return {str(k).strip().lower(): v for k, v in props.items()}


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    return " ".join(str(value).split())


def row_name(props: Mapping[str, Any], limit: int = MAX_NAME) -> str:
    """How a user knows a row: its name and address columns (``""`` when it has neither)."""
    lower = _lower_keys(props)
    parts = []
    for keys in (NAME_KEYS, ADDRESS_KEYS):
        for key in keys:
            text = _text(lower.get(key))
            if text:
                parts.append(text)
                break
    text = ", ".join(dict.fromkeys(parts))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _point(geometry: Any) -> Optional[List[float]]:
    """[lon, lat] of a GeoJSON Point in the world's range (a one-point MultiPoint is taken too)."""
    if not isinstance(geometry, dict):
        return None
    coords = geometry.get("coordinates")
    if geometry.get("type") == "MultiPoint" and isinstance(coords, list) and len(coords) == 1:
        coords = coords[0]
    elif geometry.get("type") != "Point":
        return None
    if not isinstance(coords, (list, tuple)) or len(coords) < 2:
        return None
    try:
        lon, lat = float(coords[0]), float(coords[1])
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return [lon, lat]


def _row_number(lower: Mapping[str, Any]) -> Optional[int]:
    for keys, shift in ((ROW_KEYS, 0), (ZERO_BASED_ROW_KEYS, 1)):
        for key in keys:
            value = lower.get(key)
            if isinstance(value, bool):
                continue
            try:
                number = int(str(value).strip()) + shift if value not in (None, "") else None
            except ValueError:
                number = None
            if number is not None and number >= 1:
                return number
    return None


def _failed(lower: Mapping[str, Any]) -> bool:
    for key in STATUS_KEYS:
        value = lower.get(key)
        if isinstance(value, bool) and key != "status":
            return not value
        if isinstance(value, str) and value.strip().lower().replace(" ", "_") in FAILED_STATUSES:
            return True
    success = lower.get("geocoded", lower.get("success"))
    return success is False


def _reason(lower: Mapping[str, Any]) -> str:
    for key in REASON_KEYS:
        text = _text(lower.get(key))
        if text:
            return text[:300]
    return ""


def read_answer_rows(answers: Sequence[Mapping[str, Any]], offsets: Optional[Sequence[int]] = None,
                     ) -> GeocodingAnswer:
    """The rows of the answers to the pieces of one file (``offsets``: rows before each piece, 0 for one).

    A feature's row number is its own row property (within its piece) when it has one, else its place in
    its piece's answer; two features claiming one row keep the first, the other is noted.
    """
    out = GeocodingAnswer()
    seen: Dict[int, GeocodedRow] = {}
    for n, answer in enumerate(answers):
        offset = offsets[n] if offsets is not None else 0
        features = answer.get("features") if isinstance(answer, Mapping) else None
        if not isinstance(features, list):
            raise EpochError(f"{PATH} did not answer with a GeoJSON FeatureCollection")
        for place, feature in enumerate(features, start=1):
            if not isinstance(feature, Mapping):
                out.extra_notes.append(f"feature {place}: not a GeoJSON feature, left out")
                continue
            props = feature.get("properties")
            props = dict(props) if isinstance(props, Mapping) else {}
            lower = _lower_keys(props)
            own = _row_number(lower)
            row = offset + (own or place)
            if row in seen:
                out.extra_notes.append(f"feature {place}: a second answer for row {row}, left out")
                continue
            point = None if _failed(lower) else _point(feature.get("geometry"))
            reason = "" if point is not None else _reason(lower)
            seen[row] = GeocodedRow(row, props, point, reason, numbered=own is not None)
    out.rows = [seen[k] for k in sorted(seen)]
    return out


def _same_row(answered: Mapping[str, Any], given: Mapping[str, Any]) -> bool:
    """The answer's properties hold the file row's values (compared as trimmed text, on their common keys)."""
    common = [k for k in given if k in answered]
    return bool(common) and all(_text(answered[k]) == _text(given[k]) for k in common)


def complete(answer: GeocodingAnswer, file_rows: Sequence[Mapping[str, Any]]) -> GeocodingAnswer:
    """``answer`` with every row of the file: rows the server left out are added, not placed, marked missing;
    each row keeps the file's columns the answer left out.

    When the server numbered its rows, the numbers say which are missing. When it did not and answered fewer
    rows than the file has, each answered feature is matched, in order, to the next file row whose values it
    holds (a server that drops the rows it cannot place keeps the others in order)."""
    total = len(file_rows)
    rows = answer.rows
    if len(rows) < total and rows and not all(r.numbered for r in rows):
        matched: List[GeocodedRow] = []
        at = 0
        for row in rows:
            while at < total and not _same_row(row.properties, file_rows[at]):
                at += 1
            if at == total:  # the order could not be followed: keep the answer's own numbering
                matched = []
                break
            row.row = at + 1
            matched.append(row)
            at += 1
        if matched:
            rows = matched
    for row in rows:  # the file's columns the answer did not repeat are kept too (the answer's win)
        if 1 <= row.row <= total:
            row.properties = {**file_rows[row.row - 1], **row.properties}
    have = {r.row for r in rows}
    for number in range(1, total + 1):
        if number not in have:
            rows.append(GeocodedRow(number, dict(file_rows[number - 1]), None, "", missing=True))
    answer.rows = sorted(rows, key=lambda r: r.row)
    return answer


def normalize_locations(client: Any, upload: Any, *, progress: Optional[Callable[[int, Optional[int]], None]] = None,
                        cancel: Optional[Callable[[], bool]] = None) -> Iterator[Dict[str, Any]]:
    """``POST /normalize_locations`` with ``upload`` (a CSV or XLSX :class:`~.client.Upload`): each piece's
    answer (a FeatureCollection), in order. Sent through the client's own transport (its sign-in, retries,
    cancel and the redaction of its errors), cut like a screening (CSV at the API's limit per request)."""
    return client.post_in_pieces(PATH, upload, progress=progress, cancel=cancel)
