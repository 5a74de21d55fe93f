"""Latitude and longitude columns of a supplier table (CSV, XLSX) read as points.

Supplier files most often give each plot or farm as one row with its coordinates in two columns, named
in the supplier's language. The EU GeoJSON File Description v1.3 (rule 1) wants longitude and latitude
in decimal degrees, latitude within -90..90: a "latitude" beyond 90 is a longitude, the columns are
swapped. Column names are recognised in the plugin's languages (English, French, Spanish, Portuguese,
Indonesian, German); when the names leave a doubt the user chooses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Tuple

from ..coercion import to_float

_WORDS = {  # a column holding one of these names, alone or with a prefix or suffix below
    "latitude": ("lat", "latitude", "latitud", "lintang", "breite", "breitengrad", "breitengrade"),
    "longitude": ("lon", "lng", "long", "longitude", "longitud", "bujur", "lange", "laenge", "langengrad",
                  "laengengrad"),
}
_AFFIXES = r"(?:gps|coord|coordinate|coordonnee|coordenada|koordinat|koordinate|point|punto|titik|plot|parcela|" \
           r"parcelle|farm|finca|kebun)?"
_SUFFIXES = r"(?:dd|deg|degree|degrees|decimal|wgs84|gps|grad|grados|graus|derajat)?"
_PATTERNS = {kind: re.compile(f"^{_AFFIXES}(?:{'|'.join(words)}){_SUFFIXES}$") for kind, words in _WORDS.items()}
_XY_AFFIX = r"(?:coord|coordinate|coordonnee|coordenada|koordinat|koordinate|point|punto|titik|pos)?"
_XY = {kind: re.compile(f"^{_XY_AFFIX}{axis}(?:coord)?$") for kind, axis in (("latitude", "y"), ("longitude", "x"))}


def _normal(name: str) -> str:
    """``Länge (°)`` -> ``lange``: lower case, accents and everything but letters and digits removed."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


@dataclass
class ColumnGuess:
    """The columns that may hold the coordinates; ``sure`` when exactly one of each was found."""

    latitudes: List[str] = field(default_factory=list)
    longitudes: List[str] = field(default_factory=list)

    @property
    def sure(self) -> bool:
        return len(self.latitudes) == 1 and len(self.longitudes) == 1

    @property
    def pair(self) -> Optional[Tuple[str, str]]:
        """(latitude column, longitude column) when sure."""
        return (self.latitudes[0], self.longitudes[0]) if self.sure else None

    @property
    def candidates(self) -> List[str]:
        return [*self.latitudes, *self.longitudes]


def guess_columns(names: Sequence[str]) -> ColumnGuess:
    """Which of ``names`` hold latitudes and longitudes, by name; ``x``/``y`` only when nothing else is there."""
    guess = ColumnGuess()
    for name in names:
        key = _normal(name)
        if _PATTERNS["latitude"].match(key):
            guess.latitudes.append(name)
        elif _PATTERNS["longitude"].match(key):
            guess.longitudes.append(name)
    if not guess.latitudes and not guess.longitudes:
        guess.latitudes = [n for n in names if _XY["latitude"].match(_normal(n))]
        guess.longitudes = [n for n in names if _XY["longitude"].match(_normal(n))]
    return guess


def read_point(latitude: Any, longitude: Any) -> Tuple[Optional[Tuple[float, float]], bool]:
    """((longitude, latitude), swapped) from two cell values (``"5,84"`` reads as 5.84); ``(None, False)`` when
    either is not a number. A latitude beyond 90 with a longitude within 90 is a swapped pair: read swapped."""
    lat, lon = to_float(latitude), to_float(longitude)
    if lat is None or lon is None:
        return None, False
    if abs(lat) > 90 and abs(lon) <= 90:
        return (lat, lon), True
    return (lon, lat), False
