"""The field report's words and numbers in the user's language (Regulation (EU) 2023/1115 field checks are
read by inspectors in their own language): decimals with the locale's separator, country names translated,
counts with the noun form their number takes, Epoch's reasons for not processing a producer translated.

Stored values stay as the server gave them (English); only what the PDF prints goes through here. The
numbers and country names come from :mod:`..words.shown_values` (the dock's), the noun forms from
:func:`~..words.language.takes_singular` (CLDR plural rules): every sentence is one translatable string per form.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ...core.coercion import clean_text, to_float
from ...core.field_report import country_parts
from ..words.language import integer_text, takes_singular
from ..words.shown_values import country_label, number_text


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportWords", text)


def decimal(value: Any, decimals: int = 2) -> str:
    """``3,18`` in French, ``3.18`` in English; ``""`` when missing or not a number."""
    number = to_float(value)
    return "" if number is None else number_text(number, decimals)


def count(value: int) -> str:
    """``1 124`` in French, ``1,124`` in English."""
    return integer_text(int(value))


def country_text(row: Mapping[str, Any]) -> str:
    """``Brésil (BR)`` in French, ``Brazil (BR)`` in English; the code or the name alone when only one is known."""
    code, name = country_parts(row)
    shown = country_label(code) if code else country_label(name)
    if code and shown and shown.upper() != code.upper():
        return f"{shown} ({code})"
    return shown or code or tr("country unknown")


def skip_reasons() -> Mapping[str, str]:
    """Epoch's reasons for not processing a producer as the PDF prints them: the values of
    ``locations_confidence`` that are not an assessment (Epoch's ``fetch_deforestation_check`` description: the
    "not processed: ..." skip reasons, and ``invalid``, a geometry null or empty so nothing was scored)."""
    return {
        "invalid": tr("invalid geometry: nothing was scored"),
        "not processed: invalid address": tr("not processed: invalid address"),
        "not processed: commodity not in scope": tr("not processed: commodity not in scope"),
        "not processed: address too approximate": tr("not processed: address too approximate"),
        "not processed: validation confidence too low": tr("not processed: validation confidence too low"),
        "not processed: no address or geolocation provided": tr(
            "not processed: no address or geolocation provided"),
        "not processed: invalid file": tr("not processed: invalid file"),
    }


def skip_reason_text(reason: Any) -> str:
    """A reason in the user's language: one Epoch is known to give, or a data error the plugin stored as codes
    (a Not Assessable producer's ``skip_reason``); any other as the server wrote it."""
    from ..styles.explanations import findings_text

    text = clean_text(reason)
    return skip_reasons().get(text.lower()) or findings_text(text)


def epoch_fact(status: str, plots: int, non_compliant: int, deforested_ha: Optional[float], errors: int,
               reason: Any = "") -> str:
    """The overview's "Epoch status" fact: one sentence per noun form, so "1 sur 1 parcelle" agrees."""
    if not plots:
        why = skip_reason_text(reason)
        if why:
            return tr("{status}: no plots ({reason})").format(status=status, reason=why)
        return tr("{status}: no plots").format(status=status)
    if takes_singular(plots):
        text = tr("{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020")
    else:
        text = tr("{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020")
    text = text.format(status=status, nc=count(non_compliant), plots=count(plots),
                       ha=decimal(deforested_ha or 0.0))
    if errors:
        text += (tr(", {n} with a data error") if takes_singular(errors) else tr(", {n} with data errors")).format(
            n=count(errors))
    return text
