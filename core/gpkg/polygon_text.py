"""The GeoPackage blobs of many polygons read straight from their GeoJSON text, all their numbers at once.

A drill-down keeps each plot's geometry as the JSON text it came as (:class:`...api.feature_line.RawJson`).
Decoding that text into Python lists and floats, one plot at a time, then packing them again, cost more than
all the rest of a 100,000-plot load (2.5 s to decode, 0.9 s to pack, on the 2-core VM of
``tests/bench/ingest.py``): every coordinate became a Python object only to be turned back into bytes.
Here each text is checked against the grammar of a plain 2D ``Polygon`` or ``MultiPolygon`` (RFC 7946, 3.1.6
and 3.1.7: closed rings of four positions or more; numbers as JSON writes them, RFC 8259, 6), cut into its rings
by the text alone, and the numbers of a whole part are read by numpy in one call; the blobs are then the bytes of
that array with the counts between them: the same bytes ``append._geometry_blobs`` makes from decoded JSON.

A text this module does not take (another type, a ``bbox``, a ``-0``, an exponent beyond a double, no numpy)
is left to that function, which decides as before; so what is stored never depends on the path taken.
"""

from __future__ import annotations

import re
import struct
from typing import Any, Dict, List, Optional, Sequence, Tuple

try:
    import numpy
except ImportError:  # pragma: no cover - every QGIS ships numpy; without it the decoded path does all
    numpy = None  # type: ignore[assignment]

Box = Tuple[float, float, float, float]

_SIGNS = "[-+.0-9eE]+"
_RING = rf"\[\[{_SIGNS},{_SIGNS}(?:\],\[{_SIGNS},{_SIGNS})*\]\]"
_POLYGON = rf"\[{_RING}(?:,{_RING})*\]"
#: The coordinates of a plain Polygon, MultiPolygon: positions of two numbers each (the numbers are checked
#: together, by :func:`_numbers`: a regular expression per number costs more than all the rest)
_GRAMMAR = {"Polygon": re.compile(_POLYGON), "MultiPolygon": re.compile(rf"\[{_POLYGON}(?:,{_POLYGON})*\]")}
_SPACE = re.compile(r"\s+")
_PLUS = re.compile(r"(?<![eE])\+")
#: The plain geometry object, either order of its two members (whitespace taken out first)
_OBJECT = re.compile(r'\{"type":"(Polygon|MultiPolygon)","coordinates":(\[[-+.,\[\]0-9eE]*\])\}'
                     r'|\{"coordinates":(\[[-+.,\[\]0-9eE]*\]),"type":"(Polygon|MultiPolygon)"\}')
_PLAIN_HEAD = '{"type":"Polygon","coordinates":'
_U32 = struct.Struct("<I")
_HEADER = struct.Struct("<2sBBi4d")
#: A WKB head (little-endian): byte order, type (6: a multipolygon of n polygons, 3: a polygon of n rings), n
_WKB_HEAD = struct.Struct("<BII")


def _read(text: str) -> Optional[Tuple[str, List[List[int]], str]]:
    """(GeoJSON type, the positions of each ring of each polygon, the coordinates' text), or ``None``."""
    if "\\" in text:
        return None
    kind, coordinates = "Polygon", text[len(_PLAIN_HEAD):-1]  # the usual form, read at a fraction of the cost
    if not (text.startswith(_PLAIN_HEAD) and text.endswith("}") and _GRAMMAR[kind].fullmatch(coordinates)):
        found = _OBJECT.fullmatch(_SPACE.sub("", text))
        if found is None:
            return None
        kind, coordinates = found[1] or found[4], found[2] or found[3]
        if not _GRAMMAR[kind].fullmatch(coordinates):
            return None
    polygons = coordinates[4:-4].split("]]],[[[") if kind == "MultiPolygon" else [coordinates[3:-3]]
    rings = [[ring.count("],[") + 1 for ring in polygon.split("]],[[")] for polygon in polygons]
    if min(min(counts) for counts in rings) < 4:
        return None
    return kind, rings, coordinates


def _numbers(coordinates: List[str], expected: int) -> Optional[Any]:
    """The numbers of the coordinates' texts, in order, as float64; ``None`` when one is not a JSON number
    (RFC 8259, 6) though a float parser reads it (``+1``, ``1.``, ``.5``, ``01``, and a bare ``-0``, which JSON
    reads as the integer 0, stored +0.0, where a float parser reads -0.0) or is not finite (``1e400``). The
    text holds digits, ``-+.eE`` and commas only (the grammar): every point and every zero is judged by its
    neighbours, all at once."""
    text = ",".join(coordinates).replace("[", "").replace("]", "")
    char = numpy.frombuffer(f",,{text},".encode("ascii"), dtype=numpy.uint8)  # commas around the first, last
    digit = (char - 48) < 10  # unsigned: below "0" wraps around
    dots = numpy.flatnonzero(char == 46)  # 1. .5: each neighbour of a point a digit
    if not (digit[dots - 1].all() and digit[dots + 1].all()):
        return None
    zeros = numpy.flatnonzero(char == 48)  # a number's first digit is a zero: 01, -0
    before, after = char[zeros - 1], char[zeros + 1]
    own_minus = (before == 45) & ((char[zeros - 2] | 32) != 101)  # e or E before the minus: an exponent's
    first = (before == 44) | own_minus
    if (first & (digit[zeros + 1] | own_minus & (after == 44))).any():
        return None
    if "+" in text and _PLUS.search(text):  # +1 (a + after e is an exponent's)
        return None
    try:
        values = numpy.fromstring(text, dtype="<f8", sep=",")
    except ValueError:  # numpy 2 may refuse what numpy 1 stops at (1-2, 1e): not a number at all
        return None
    return values if len(values) == expected and numpy.isfinite(values).all() else None


def polygon_blobs(texts: Sequence[str], geometry_type: str, srs_id: int) -> Dict[int, Tuple[bytes, Box]]:
    """The blob and box of each text (by its index in ``texts``) that is a plain polygon the layer takes as it is
    or promoted (``geometry_type``: ``MULTIPOLYGON`` or ``POLYGON``); the others are not in the answer."""
    if numpy is None or geometry_type not in ("MULTIPOLYGON", "POLYGON") or not texts:
        return {}
    read: List[Tuple[int, str, List[List[int]]]] = []
    coordinates: List[str] = []
    for index, text in enumerate(texts):
        plain = _read(text)
        if plain is None or (geometry_type == "POLYGON" and plain[0] != "Polygon"):
            continue
        read.append((index, plain[0], plain[1]))
        coordinates.append(plain[2])
    if not read:
        return {}
    ring_sizes = [size for _, _, rings in read for polygon in rings for size in polygon]
    values = _numbers(coordinates, 2 * sum(ring_sizes))
    if values is None:  # the decoded path decides, text by text (and GDAL after it)
        return {}
    xs, ys = values[0::2], values[1::2]
    ring_ends = numpy.cumsum(ring_sizes)
    ring_starts = ring_ends - ring_sizes
    closed = (xs[ring_starts] == xs[ring_ends - 1]) & (ys[ring_starts] == ys[ring_ends - 1])
    geometry_sizes = [sum(map(sum, rings)) for _, _, rings in read]
    geometry_starts = numpy.cumsum(geometry_sizes) - geometry_sizes
    boxes = zip(numpy.minimum.reduceat(xs, geometry_starts).tolist(), numpy.minimum.reduceat(ys, geometry_starts)
                .tolist(), numpy.maximum.reduceat(xs, geometry_starts).tolist(),
                numpy.maximum.reduceat(ys, geometry_starts).tolist())
    closed_rings = closed.tolist()
    data = values.tobytes()
    blobs: Dict[int, Tuple[bytes, Box]] = {}
    ring_at = 0
    position = 0
    for (index, _, rings), box in zip(read, boxes):
        ring_count = sum(map(len, rings))
        ok = all(closed_rings[ring_at:ring_at + ring_count])
        ring_at += ring_count
        parts = [_HEADER.pack(b"GP", 0, 3, srs_id, box[0], box[2], box[1], box[3])]
        if geometry_type == "MULTIPOLYGON":
            parts.append(_WKB_HEAD.pack(1, 6, len(rings)))
        for polygon in rings:
            parts.append(_WKB_HEAD.pack(1, 3, len(polygon)))
            for size in polygon:
                parts.append(_U32.pack(size))
                parts.append(data[position * 16:(position + size) * 16])
                position += size
        if ok:  # an open ring: the decoded path refuses it, and GDAL decides
            blobs[index] = (b"".join(parts), box)  # type: ignore[assignment]
    return blobs
