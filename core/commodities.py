"""Commodity names and the facility plausibility tables of Epoch's Facility Validation guide.

Epoch's pages spell commodities several ways (``palm``, ``palm_oil``, ``oil palm``, API notes);
users type more, in the languages of the producing countries (``Café``, ``kopi``, ``sawit``,
``Kautschuk``). Everything is normalised to the dashboard's list before it is sent or compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Tuple

from .coercion import norm_key

#: The dashboard's commodity list (the Epoch EUDR Enforcement Dashboard guide's "Commodity Type"), in its order.
COMMODITIES: Tuple[str, ...] = ("cocoa", "coffee", "palm", "rubber", "soy", "timber", "cattle")

#: Other names of the seven commodities (keys without accents, lower case): the API notes' spellings, the
#: EU's Annex I names (Regulation (EU) 2023/1115), and the names in the plugin's languages (French, Spanish,
#: Portuguese, Indonesian, German) as supplier files write them.
_NAMES: Dict[str, Tuple[str, ...]] = {
    "cocoa": ("cacao", "cocoa beans", "cacao beans", "kakao", "cacau", "cocoa bean", "feves de cacao",
              "granos de cacao", "biji kakao", "kakaobohnen"),
    "coffee": ("cafe", "caffe", "kaffee", "kopi", "coffee beans", "green coffee", "cafe verde", "cafe vert",
               "biji kopi", "rohkaffee", "arabica", "robusta"),
    "palm": ("palm_oil", "palm oil", "oil palm", "oil_palm", "palma", "palma aceitera", "aceite de palma",
             "palmier a huile", "huile de palme", "palmier", "oleo de palma", "dende", "sawit", "kelapa sawit",
             "minyak sawit", "olpalme", "palmol", "oelpalme", "palmoel", "ffb", "fresh fruit bunches"),
    "rubber": ("natural rubber", "borracha", "karet", "caucho", "hule", "caoutchouc", "kautschuk",
               "naturkautschuk", "latex", "hevea"),
    "soy": ("soya", "soybean", "soybeans", "soya beans", "soja", "kedelai", "kacang kedelai", "sojabohnen",
            "sojabohne", "feijao de soja", "haricot de soja"),
    "timber": ("wood", "lumber", "madera", "madeira", "bois", "holz", "kayu"),
    "cattle": ("beef", "leather", "ganado", "ganado bovino", "bovinos", "bovino", "bovins", "bovin", "boeuf",
               "rind", "rinder", "sapi", "gado", "gado bovino", "cuir", "cuero", "couro", "leder"),
}

_SYNONYMS: Dict[str, str] = {name: commodity for commodity, names in _NAMES.items() for name in names}

#: Values that say the commodity is not known: never sent as a commodity.
_NOT_A_COMMODITY = frozenset({
    "auto", "auto detect", "autodetect", "auto detected", "autodetected", "unknown", "none", "null", "n/a", "na",
    "-", "?", "tbd", "other", "inconnu", "desconocido", "desconhecido", "tidak diketahui", "unbekannt", "autre",
    "otro", "outro", "lainnya", "sonstige",
})
_UNDERSCORES = re.compile(r"[_\s]+")


def _plain(text: str) -> str:
    """``text`` without accents (``Café`` -> ``Cafe``; ``œ`` -> ``oe``, ``ß`` -> ``ss``)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Supply-shed travel time per commodity in minutes (API notes), others 120.
ISOCHRONE_MINUTES: Dict[str, int] = {
    "palm": 90, "cocoa": 90, "coffee": 60, "soy": 120, "rubber": 120, "cattle": 180, "timber": 180,
}


def normalize_commodity(value: Any) -> Optional[str]:
    """The canonical name of a commodity, the cleaned input if unknown, ``None`` if blank or not known.

    ``"Palm Oil"`` -> ``"palm"``; ``"Café"``, ``"kopi"`` -> ``"coffee"``; ``"auto-detect"``, ``"unknown"`` or
    blank -> ``None`` (no commodity: never sent as one); ``"vanilla"`` -> ``"vanilla"`` (the API falls back to
    its plantation model and warns, Epoch's facility validation documentation; we keep the name).
    """
    key = norm_key(value).replace("-", " ")
    if not key:
        return None
    plain = _UNDERSCORES.sub(" ", _plain(key)).strip()
    if not plain or plain in _NOT_A_COMMODITY:
        return None
    if plain in COMMODITIES:
        return plain
    found = _SYNONYMS.get(plain) or _SYNONYMS.get(plain.replace(" ", "_"))
    return found or key.replace(" ", "_")


#: Words that name a commodity column, best first: ``commodity``, ``crop`` and their names in the plugin's
#: languages. The first ones match inside a column name (``crop_type``, ``komoditas_utama``); the others
#: only as a whole word (``product`` must not match ``productor``).
COMMODITY_FIELD_PARTS = ("commodit", "crop", "cultivo", "komodit", "rohstoff", "tanaman")
COMMODITY_FIELD_WORDS = ("cultura", "culture", "kultur", "produit", "producto", "produto", "produk", "product")


def commodity_field_guess(columns: Iterable[str]) -> Optional[str]:
    """The column most likely to hold each feature's commodity (``Cultivo``, ``crop_type``,
    ``commodity``), or ``None``. Columns the API writes itself (``commodity_presence``, scores) and
    ids are skipped."""
    ranked: List[Tuple[int, int, str]] = []
    for position, column in enumerate(columns):
        key = _plain(column.strip().lower())
        words = re.split(r"[^a-z0-9]+", key)
        if key == "id" or key.endswith(("_id", " id", "presence", "score", "radius", "level", "comment")):
            continue
        ranks = [rank for rank, part in enumerate(COMMODITY_FIELD_PARTS) if part in key]
        ranks += [len(COMMODITY_FIELD_PARTS) + rank for rank, word in enumerate(COMMODITY_FIELD_WORDS) if word in words]
        if ranks:
            ranked.append((min(ranks), position, column))
    return min(ranked)[2] if ranked else None


def is_supported(commodity: Optional[str]) -> bool:
    """Whether Epoch has a dedicated detection model for this (normalised) commodity."""
    return commodity in COMMODITIES


@dataclass(frozen=True)
class LatitudeBand:
    """The Facility Validation guide's "Latitude Constraints by Commodity": optimal, viable and "unlikely beyond"
    absolute latitudes."""

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
    """Whether the Facility Validation guide's "Commodity-Producing Countries" lists ``iso2`` for ``commodity``
    (global ones: always)."""
    countries = PRODUCING_COUNTRIES.get(commodity or "")
    return countries is None or iso2.upper() in countries
