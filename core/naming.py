"""Names the dashboard derives: the batch collection name and the producer name, and the names of the
collections a submission is split into (one per producer, as the dashboard's assessments are)."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Any, Dict, Iterable, List, Mapping, Optional

from .coercion import clean_text, first_present
from .commodities import normalize_commodity

_UNSAFE = re.compile(r"[^\w-]+", re.UNICODE)


def _slug(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("_")


def suggest_collection_name(
    props: Mapping[str, Any], today: Optional[_dt.date] = None
) -> str:
    """``{commodity}_{country}_{date}`` from the first feature, e.g. ``timber_Suriname_2026-03-11``.

    Commodity comes from ``commodity_type`` (or ``commodity``/``crop_type``), the
    country from ``country`` (or ``country_name``/``country_code``); either one
    missing becomes ``unknown``. Spaces and punctuation become ``_`` so the name is
    also a safe file name.
    """
    commodity = normalize_commodity(first_present(props, "commodity_type", "commodity", "crop_type"))
    country = clean_text(first_present(props, "country", "country_name", "country_code"))
    day = (today or _dt.date.today()).isoformat()
    return f"{_slug(commodity or '') or 'unknown'}_{_slug(country) or 'unknown'}_{day}"


#: Keywords that mark a producer-name column, most specific first. The Epoch EUDR Enforcement Dashboard guide
#: names the English
#: four; supplier files from producing countries spell them in Spanish, Portuguese or Indonesian.
PRODUCER_KEYWORDS = ("producer", "productor", "produtor", "company", "empresa", "perusahaan", "name", "nombre",
                     "nome", "nama", "facility")

#: Columns of the API's own output that contain a keyword but are not a producer name.
API_OUTPUT_COLUMNS = frozenset(
    {
        "facility_address", "facility_id", "facility_geo", "commodity_type", "location_type",
        "confidence_score", "confidence_level", "confidence_comment", "commodity_presence",
        "poi_presence", "building_presence", "high_density", "road_access", "water_access",
        "port_proximity", "producer_name", "producer_confirmed", "producer_confirmation_score",
        "producer_confirmation_comment", "aggregation_comment", "primary_warning",
        "legality_risk_score", "legality_risk_level", "legality_sources", "legality_summary",
        "deforestation_area_ha", "collection_name", "filename", "file_name", "layer_name",
    }
)


def producer_name_columns(columns: Iterable[str]) -> List[str]:
    """Input columns that may hold the producer's name, best first (the Enforcement Dashboard guide's rule for
    ``producer_name``).

    A column qualifies when its name contains "producer", "company", "name" or
    "facility" and it is not one of the API's output columns, an address or an id.
    Ranking follows the keyword order, then the input's column order.
    """
    ranked = []
    for position, column in enumerate(columns):
        key = column.strip().lower()
        if key in API_OUTPUT_COLUMNS or "address" in key or key.endswith("_id") or key == "id":
            continue
        ranks = [rank for rank, word in enumerate(PRODUCER_KEYWORDS) if word in key]
        if ranks:
            ranked.append((min(ranks), position, column))
    return [column for _, _, column in sorted(ranked)]


def extract_producer_name(props: Mapping[str, Any]) -> str:
    """The first non-blank value among :func:`producer_name_columns`, cleaned; ``""`` if none."""
    for column in producer_name_columns(props.keys()):
        value = clean_text(props.get(column))
        if value:
            return value
    return ""


#: Words that name the column of the producer (the farmer, supplier or company whose plots they are), best
#: first, in English and the plugin's languages. Matched inside the column name, accents ignored; the
#: last few (plain "name") only when nothing better is there.
PRODUCER_FIELD_WORDS = (
    "producer", "productor", "produtor", "producteur", "erzeuger", "farmer", "petani", "agricultor",
    "agriculteur", "landwirt", "caficultor", "grower", "planter", "pekebun", "supplier", "proveedor",
    "fornecedor", "fournisseur", "lieferant", "pemasok", "company_name", "company", "empresa", "perusahaan",
    "entreprise", "unternehmen", "cooperative", "cooperativa", "koperasi", "owner", "propietario", "proprietario",
    "proprietaire", "pemilik", "nombre", "nome", "nama", "name", "nom",
)
#: Short words that must be a whole word of the column name ("nom" is not in "economy").
_WHOLE_WORDS = frozenset({"nom", "nome", "nama", "name", "owner"})

#: Parts of a column name that say it holds something ABOUT the producer (its country, contact, id), not who it is:
#: the EU file's own ``ProducerCountry`` sits beside ``ProducerName`` in every EU-ready layer.
NOT_A_PRODUCER_PARTS = ("country", "pais", "pays", "negara", "land_", "email", "mail", "phone", "telefono",
                        "telephone", "telepon", "number", "numero", "nummer", "nomor")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def producer_field_guess(columns: Iterable[str]) -> Optional[str]:
    """The column most likely to name each feature's producer, or ``None``.

    ``Productor`` before ``name`` (a facility's own name), ``Nombre`` when nothing better is there;
    ids, addresses and the API's own output columns are never producers.
    """
    ranked = []
    for position, column in enumerate(columns):
        key = _plain(column.strip().lower())
        words = set(re.split(r"[^a-z0-9]+", key))
        if key in API_OUTPUT_COLUMNS or "address" in key or key == "id" or words & {"id", "code", "uuid"}:
            continue
        if any(part in key for part in NOT_A_PRODUCER_PARTS):  # ProducerCountry, producer_email: about one
            continue
        ranks = [rank for rank, word in enumerate(PRODUCER_FIELD_WORDS)
                 if (word in words if word in _WHOLE_WORDS else word in key)]
        if ranks:
            ranked.append((min(ranks), position, column))
    return min(ranked)[2] if ranked else None


#: Longest producer part of a collection name (the rest: commodity, date, a number if needed).
PRODUCER_NAME_CHARS = 60


def producer_collection_name(commodity: str, producer: str, day: _dt.date) -> str:
    """``{commodity}_{producer}_{date}``, e.g. ``coffee_Finca_La_Esperanza_2026-12-06``: the
    ``{commodity}_{country}_{date}`` of Epoch's enforcement-dashboard guide with the producer in place of the
    country, since a collection holds one producer's plots. Spaces and punctuation become ``_`` (also a safe
    file name)."""
    producer_part = _slug(producer)[:PRODUCER_NAME_CHARS].strip("_") or "producer"
    return f"{_slug(commodity) or 'commodity'}_{producer_part}_{day.isoformat()}"


def unique_names(names: Iterable[str]) -> List[str]:
    """``names`` with a repeat numbered (``x``, ``x_2``, ``x_3``), compared ignoring case: two producers
    whose names differ only by punctuation still get two collections."""
    seen: Dict[str, int] = {}
    taken = set()
    out = []
    for name in names:
        candidate, key = name, name.lower()
        while candidate.lower() in taken:
            seen[key] = seen.get(key, 1) + 1
            candidate = f"{name}_{seen[key]}"
        taken.add(candidate.lower())
        out.append(candidate)
    return out
