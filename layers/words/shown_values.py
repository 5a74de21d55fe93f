"""Stored values as a table cell, a card or the PDF show them, in the user's language (stored values stay English).

Statuses, assessment types, risk classes, verdicts and commodities are words of the plugin (translated with
``tr``). Country names come from a maintained source, the Unicode CLDR: resources/country_names/<lang>.json,
one table of ISO 3166-1 alpha-2 names per language the plugin ships, written by scripts/country_names.py (each
file names its CLDR version). Qt and QGIS translate no country names (``QLocale::territoryToString`` is English,
``nativeTerritoryName`` is the country's own language) and the ``iso-codes`` catalogues exist only on Linux, so
the tables are shipped with the plugin. Decimals are written with the locale's separator ("3,182" in French).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict

from qgis.PyQt.QtCore import QCoreApplication

from ...core.country_names import iso2_of_name
from .language import commodity_label, decimal_text, locale_code, number_locale, status_label

COUNTRY_NAMES_DIR = Path(__file__).resolve().parents[2] / "resources" / "country_names"


def tr(text: str) -> str:
    return QCoreApplication.translate("ShownValues", text)


def _words() -> Dict[str, Dict[str, str]]:
    """Field -> stored value -> its words on screen; built per call: the language may change."""
    risk = {"high": tr("high"), "standard": tr("standard"), "low": tr("low"), "unknown": tr("unknown"),
            "medium": tr("medium")}
    level = {"High": tr("High"), "Medium": tr("Medium"), "Low": tr("Low"), "Standard": tr("Standard")}
    verdict = {"COMPLIANT": tr("Compliant"), "NEEDS_REVIEW": tr("Needs Review"),
               "NON_COMPLIANT": tr("Non-Compliant")}
    return {
        "assessment_type": {"Direct Plots": tr("Direct Plots"), "Supply Shed": tr("Supply Shed")},
        "eu_country_risk": risk,
        "legality_risk": level,
        "second_opinion": verdict,
        "second_opinion_country_risk": risk,
        # where the second opinion's country risk came from (core/second_opinion.py's FROM_* codes)
        "second_opinion_country_from": {"eu_country_risk": tr("the plot's EU country risk"),
                                        "field": tr("the plot's country"), "location": tr("where the plot lies"),
                                        "producer": tr("the producer's country")},
        "second_opinion_disagrees": {"1": tr("yes"), "0": tr("no")},
        # the words Epoch's screening gives a plot's deforestation alert and shape check (stored as sent)
        "deforestation_alert": {"critical": tr("critical"), "non-critical": tr("non-critical"),
                                "no deforestation": tr("no deforestation")},
        "shape_validity": {"valid": tr("valid"), "invalid": tr("invalid")},
    }


@lru_cache(maxsize=16)
def country_names(name: str) -> Dict[str, str]:
    """ISO 3166-1 alpha-2 code -> country name in the table ``name`` (``fr``, ``pt_BR``...); {} if none."""
    path = COUNTRY_NAMES_DIR / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {code: text for code, text in data.items() if not code.startswith("_")}


def _table_for(code: str) -> Dict[str, str]:
    """The names for locale ``code``: the locale's own table (``pt_BR``), else its language's (``pt_PT``, ``fr_CA``
    read ``pt``, ``fr``); {} for a language the plugin does not ship (its words are English then)."""
    language = code.split("_")[0]
    for name in dict.fromkeys((code, language)):
        found = country_names(name)
        if found:
            return found
    return {}


def country_label(value: Any) -> str:
    """A country as stored (an English name, ``Ivory Coast``, or an ISO code, ``CI``) in the user's language:
    ``Côte d’Ivoire`` in French, ``Brasil`` in Portuguese; in English a stored name stays as it is and a code
    is named; the stored text when the country is not known."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    code = text.upper() if len(text) == 2 and text.isalpha() else iso2_of_name(text)
    if not code:
        return text
    names = _table_for(locale_code())
    if not names or names is country_names("en"):  # English words: a stored name stays as it is
        return country_names("en").get(code, text) if code == text.upper() else text
    return names.get(code, text)


def number_text(value: float, decimals: int = 2) -> str:
    """``3,18`` in French, ``3.18`` in English: the locale's decimal separator and digit grouping."""
    return decimal_text(value, decimals)


def cell_number(value: float) -> str:
    """A decimal as a table cell shows it: 4 significant digits (as before), the locale's separator."""
    if abs(value) >= 1e6:
        return number_locale().toString(float(value), "f", 0)
    return number_locale().toString(float(value), "g", 4)


#: Fields stored as Epoch sends them, a fraction of 1 (API_NOTES: ``noncompliance_area_perc``), shown as a percent
#: under their "NC %" header, as the map tip's "Forest loss (... %)" and the assessments' ``nc_percent`` show them.
FRACTIONS_SHOWN_AS_PERCENT = frozenset({"noncompliance_area_perc"})

_BY_FIELD: Dict[str, Callable[[str], str]] = {
    "status": status_label, "level": status_label, "confidence_level": status_label, "risk": status_label,
    "epoch_status": status_label,
    "commodity": lambda v: commodity_label(v.lower()), "commodity_type": lambda v: commodity_label(v.lower()),
    "country": country_label, "producer_country": country_label,
}


def value_label(key: str, value: Any) -> str:
    """The stored ``value`` of field ``key`` as shown: words in the user's language, decimals with the
    locale's separator; any other value as it is."""
    if value is None:
        return ""
    if isinstance(value, float):
        return cell_number(value * 100.0 if key in FRACTIONS_SHOWN_AS_PERCENT else value)
    text = str(value)
    shown = _BY_FIELD.get(key)
    if shown is not None:
        return shown(text)
    words = _words().get(key)
    return words.get(text, text) if words else text
