"""Stored values as a table cell, a card or the PDF show them, in the user's language (stored values stay English).

Statuses, assessment types, risk classes, verdicts and commodities are words of the plugin (translated with
``tr``). Country names come from a maintained source: the ISO 3166-1 names the Debian/Ubuntu ``iso-codes``
package translates (``/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo``, read with Python's ``gettext``);
Qt and QGIS translate no country names (``QLocale::territoryToString`` is English, ``nativeTerritoryName`` is
the country's own language). Where ``iso-codes`` is not installed (Windows, macOS) the English name stays.
Decimals are written with the locale's separator (``QLocale``: "3,182" in French).
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Any, Callable, Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale

from ..core.country_names import iso2_of_name
from .i18n import commodity_label, locale_code, status_label

ISO_CODES_DIRS = ("/usr/share/locale", "/usr/local/share/locale", "/opt/homebrew/share/locale")


def tr(text: str) -> str:
    return QCoreApplication.translate("ShownValues", text)


def _words() -> Dict[str, Dict[str, str]]:
    """Field -> stored value -> its words on screen; built per call: the language may change."""
    risk = {"high": tr("high"), "standard": tr("standard"), "low": tr("low"), "unknown": tr("unknown"),
            "medium": tr("medium")}
    level = {"High": tr("High"), "Medium": tr("Medium"), "Low": tr("Low"), "Standard": tr("Standard")}
    verdict = {"COMPLIANT": tr("Compliant"), "NEEDS_REVIEW": tr("Needs review"),
               "NON_COMPLIANT": tr("Non-compliant")}
    return {
        "assessment_type": {"Direct Plots": tr("Direct Plots"), "Supply Shed": tr("Supply Shed")},
        "eu_country_risk": risk,
        "legality_risk": level,
        "second_opinion": verdict,
        "second_opinion_disagrees": {"1": tr("yes"), "0": tr("no")},
    }


@lru_cache(maxsize=8)
def _iso_codes(language: str) -> Optional[gettext.NullTranslations]:
    for folder in ISO_CODES_DIRS:
        try:
            return gettext.translation("iso_3166-1", localedir=folder, languages=[language, language.split("_")[0]])
        except OSError:
            continue
    return None


def has_country_names(language: str) -> bool:
    """Whether countries can be named in ``language`` here (its iso-codes catalogue is installed)."""
    return _iso_codes(language) is not None


def country_label(value: Any) -> str:
    """A country as stored (an English name, ``Ivory Coast``, or an ISO code) in the user's language:
    ``Côte d'Ivoire`` in French, ``Brasil`` in Portuguese; the stored text when no translation is known."""
    text = "" if value is None else str(value)
    language = locale_code()
    if not text or language.split("_")[0] == "en":
        return text
    books = _iso_codes(language)
    if books is None:
        return text
    said = books.gettext(text)
    if said != text:
        return said
    code = text.upper() if len(text) == 2 and text.isalpha() else iso2_of_name(text)
    name = _iso_name(code) if code else ""
    return books.gettext(name) if name else text


def _iso_name(code: str) -> str:
    """The ISO 3166-1 English short name of ``code`` (the first name of its line in core.country_names)."""
    from ..core.country_names import _TABLE

    for line in _TABLE.strip().splitlines():
        parts = line.split("|")
        if parts[0] == code and len(parts) > 1:
            return parts[1]
    return ""


def number_text(value: float, decimals: int = 2) -> str:
    """``3,18`` in French, ``3.18`` in English: the locale's decimal separator and digit grouping."""
    return QLocale().toString(float(value), "f", decimals)


def cell_number(value: float) -> str:
    """A decimal as a table cell shows it: 4 significant digits (as before), the locale's separator."""
    if abs(value) >= 1e6:
        return QLocale().toString(float(value), "f", 0)
    return QLocale().toString(float(value), "g", 4)


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
        return cell_number(value)
    text = str(value)
    shown = _BY_FIELD.get(key)
    if shown is not None:
        return shown(text)
    words = _words().get(key)
    return words.get(text, text) if words else text
