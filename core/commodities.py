"""Commodity names and the facility plausibility tables of seed 001.

Epoch's pages spell commodities several ways (``palm``, ``palm_oil``, ``oil palm``);
users type more. Everything is normalised to the dashboard's list before it is
sent or compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Optional, Tuple

from .values import norm_key

#: The dashboard's commodity list (seed 000), in its order.
COMMODITIES: Tuple[str, ...] = ("cocoa", "coffee", "palm", "rubber", "soy", "timber", "cattle")

_SYNONYMS: Dict[str, str] = {
    "cacao": "cocoa",
    "palm_oil": "palm",
    "palm oil": "palm",
    "oil palm": "palm",
    "oil_palm": "palm",
    "soya": "soy",
    "soybean": "soy",
    "soybeans": "soy",
    "beef": "cattle",
    "leather": "cattle",
    "wood": "timber",
}

#: Supply-shed travel time per commodity in minutes (API notes), others 120.
ISOCHRONE_MINUTES: Dict[str, int] = {
    "palm": 90, "cocoa": 90, "coffee": 60, "soy": 120, "rubber": 120, "cattle": 180, "timber": 180,
}


def normalize_commodity(value: Any) -> Optional[str]:
    """The canonical name of a commodity, the cleaned input if unknown, ``None`` if blank.

    ``"Palm Oil"`` -> ``"palm"``; ``"auto-detect"`` or blank -> ``None`` (let the API
    detect it); ``"vanilla"`` -> ``"vanilla"`` (the API falls back to its plantation
    model and warns; we keep the name).
    """
    key = norm_key(value).replace("-", " ")
    if not key or key in {"auto", "auto detect", "autodetect"}:
        return None
    if key in COMMODITIES:
        return key
    return _SYNONYMS.get(key, _SYNONYMS.get(key.replace(" ", "_"), key.replace(" ", "_")))


def is_supported(commodity: Optional[str]) -> bool:
    """Whether Epoch has a dedicated detection model for this (normalised) commodity."""
    return commodity in COMMODITIES


@dataclass(frozen=True)
class LatitudeBand:
    """Seed 001's latitude table: optimal, viable and "unlikely beyond" absolute latitudes."""

    optimal: Tuple[float, float]
    viable: Tuple[float, float]
    unlikely_beyond: Optional[float]


LATITUDE_BANDS: Dict[str, LatitudeBand] = {
    "rubber": LatitudeBand((0, 10), (0, 20), 30),
    "palm": LatitudeBand((0, 10), (0, 15), 20),
    "cocoa": LatitudeBand((0, 20), (0, 25), 30),
    "coffee": LatitudeBand((0, 25), (0, 35), 40),
    "soy": LatitudeBand((0, 30), (0, 45), 50),
    "timber": LatitudeBand((30, 60), (20, 70), None),
    "cattle": LatitudeBand((0, 90), (0, 90), None),
}


def latitude_class(commodity: Optional[str], latitude: float) -> str:
    """``optimal``, ``viable``, ``unlikely`` (beyond viable) or ``beyond`` (past "unlikely beyond").

    Timber's viable band is 20-70 degrees; beyond 70 (the polar regions) is
    ``beyond``, below 20 is ``unlikely``. Unknown commodities are always ``viable``.
    """
    band = LATITUDE_BANDS.get(commodity or "")
    if band is None:
        return "viable"
    lat = abs(latitude)
    if band.optimal[0] <= lat <= band.optimal[1]:
        return "optimal"
    if band.viable[0] <= lat <= band.viable[1]:
        return "viable"
    if commodity == "timber":
        return "beyond" if lat > band.viable[1] else "unlikely"
    if band.unlikely_beyond is not None and lat > band.unlikely_beyond:
        return "beyond"
    return "unlikely"


_PRODUCERS: Dict[str, Tuple[str, ...]] = {
    "rubber": ("TH", "VN", "ID", "MY", "CI", "CN", "GH", "PH", "LA", "KH", "MM", "IN", "BD",
               "NP", "BT", "LR"),
    "palm": ("TH", "ID", "MY", "CI", "GH", "NG", "EC", "HN", "BR", "CO", "VE", "PE", "BO", "PA",
             "NI", "GT", "BZ", "LR", "TG", "BJ", "CM"),
    "cocoa": ("GH", "CI", "EC", "CO", "PE", "TG", "BJ", "NG", "CM", "VE", "PA", "BR", "BO", "DO",
              "LR"),
    "coffee": ("PE", "BR", "EC", "CO", "NI", "HN", "SV", "UG", "ET", "ID", "VN", "AR", "BO", "VE",
               "PA", "CR", "GT", "BZ", "IN", "LK", "MY", "MM", "KH", "TH", "LA", "PG"),
    "soy": ("AR", "BR", "PY", "UY", "BO"),
}

#: Producing countries (ISO 3166-1 alpha-2) per commodity; timber and cattle are global.
PRODUCING_COUNTRIES: Dict[str, FrozenSet[str]] = {k: frozenset(v) for k, v in _PRODUCERS.items()}


def is_producing_country(commodity: Optional[str], iso2: str) -> bool:
    """Whether seed 001 lists ``iso2`` as a producer of ``commodity`` (global ones: always)."""
    countries = PRODUCING_COUNTRIES.get(commodity or "")
    return countries is None or iso2.upper() in countries
