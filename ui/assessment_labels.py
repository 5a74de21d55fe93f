"""What the Assessments tab's cards, filters and views say, in the user's language (keys stay stored values)."""

from __future__ import annotations

import sqlite3
from typing import Dict, List, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ..core.check_sample import class_share
from ..core.colours import CAPTION_GREY, MESSAGE_COLOURS, colour_of
from ..core.eu_benchmark import CHECK_SHARE_PERCENT
from ..core.risk import (
    HIGH_RISK,
    HIGH_RISK_AREA_FRACTION,
    HIGH_RISK_PLOT_COUNT,
    MEDIUM_RISK,
    NOT_ASSESSABLE,
    PLOT_NONCOMPLIANT_AREA_HA,
)
from ..layers.words.language import count_text, decimal_text, integer_text, takes_singular
from ..layers.words.language import status_label as status_text

#: The EU country risk classes as the dock's message levels say bad, mixed and good news (core/colours.py).
EU_COLOURS = {"high": MESSAGE_COLOURS["critical"], "standard": MESSAGE_COLOURS["warning"],
              "low": MESSAGE_COLOURS["success"]}
EU_UNKNOWN, UNKNOWN_COLOUR = "unknown", CAPTION_GREY  # the stored value core.eu_benchmark gives a country without class
TOTAL_COLOUR = MESSAGE_COLOURS["info"]  # a total is neither good nor bad news
#: The drill-down plots' filters: (field, value); the second opinion's verdict (README: "a second opinion").
PLOT_FILTER_FIELDS = (("", ""), ("second_opinion_disagrees", "1"), ("second_opinion", "NON_COMPLIANT"),
                      ("second_opinion", "NEEDS_REVIEW"))


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)  # the tab's context: one set of translations


def views():
    return (tr("Flat"), tr("Grouped by producer"), tr("Drill-down plots"))


def cards():
    """The assessment cards (a row each: a producer assessed in two collections is on two): keys are the stored
    statuses (counted), captions in the user's language, and each status's rule (:func:`status_rules`); what the
    total is of, in its tooltip (:func:`producer_tips`)."""
    rules = status_rules()
    return [("total", tr("Total Assessments"), TOTAL_COLOUR),
            ("Compliant", status_text("Compliant"), colour_of("assessments", {"status": "Compliant"}),
             rules["Compliant"]),
            ("High Risk", status_text("High Risk"), HIGH_RISK.color, rules["High Risk"]),
            ("Medium Risk", tr("Medium Risk (≤5%)"), MEDIUM_RISK.color, rules["Medium Risk"]),
            ("Not Assessable", status_text("Not Assessable"), NOT_ASSESSABLE.color, rules["Not Assessable"])]


def status_rules() -> Dict[str, str]:
    """Each producer status card's tooltip: the rule that gives it (the Epoch dashboard guide's risk tiers,
    ``core/risk.py``), with the thresholds the rule uses."""
    share, plots = integer_text(round(HIGH_RISK_AREA_FRACTION * 100)), integer_text(HIGH_RISK_PLOT_COUNT)
    return {
        "Compliant": tr("No non-compliant area and no non-compliant plot."),
        "High Risk": tr("More than {share} % of the area or more than {plots} plots non-compliant.").format(
            share=share, plots=plots),
        "Medium Risk": tr("Some non-compliance: at most {share} % of the area and at most {plots} plots.").format(
            share=share, plots=plots),
        "Not Assessable": tr("No confidence level and no non-compliance figure, or a figure that cannot be used "
                             "(the layer's Skip reason field says which)."),
    }


def plot_rules() -> Dict[str, str]:
    """Each plot status card's tooltip: the rule that gives it (more than 0.5 ha deforested after 2020)."""
    area = decimal_text(PLOT_NONCOMPLIANT_AREA_HA, 1)
    return {"Compliant": tr("At most {area} ha deforested after 2020.").format(area=area),
            "Non-Compliant": tr("More than {area} ha deforested after 2020.").format(area=area)}


def eu_risk_names():
    """EU country risk class -> how the filter says it."""
    return {"high": tr("EU high risk"), "standard": tr("EU standard risk"), "low": tr("EU low risk"),
            "unknown": tr("EU risk unknown")}


def eu_cards():
    """Implementing Regulation (EU) 2025/1093's classes, with the share of operators checked, then the producers
    whose country has no class (no country, or one the Regulation does not list): every producer on a card."""
    names = eu_risk_names()
    return [(key, tr("{risk} · {share} %").format(risk=names[key], share=CHECK_SHARE_PERCENT[key]), colour)
            for key, colour in EU_COLOURS.items()] + [(EU_UNKNOWN, names[EU_UNKNOWN], UNKNOWN_COLOUR)]


def eu_counts(value_counts: Dict[str, int], total: int) -> Dict[str, int]:
    """The EU cards' counts from the rows per ``eu_country_risk`` value: a row of no known class (``unknown``,
    empty) counts as unknown, so the cards add up to the producers shown."""
    counts = {key: int(value_counts.get(key, 0)) for key in EU_COLOURS}
    counts[EU_UNKNOWN] = max(0, total - sum(counts.values()))
    return counts


def _producers_text(number: int) -> str:
    return (tr("{n} producer") if takes_singular(number) else tr("{n} producers")).format(n=integer_text(number))


def producer_tips(assessments: int, eu_assessments: Dict[str, int],
                  producers: Dict[str, int]) -> Tuple[Dict[str, str], Dict[str, str]]:
    """The tooltips of the total card and of each EU card: the assessments they count, of how many producers,
    as the check sample counts them (``producers``: :attr:`...layers.tables.layer_rows.TableStats.producers`;
    none when not counted)."""
    if not producers:
        return {}, {}
    total = {"total": tr("{assessments} of {producers}: one assessment per collection; a producer with several "
                         "collections counts once in the check sample.").format(
        assessments=count_text(assessments, "assessments"), producers=_producers_text(producers.get("", 0)))}
    eu = {key: tr("{assessments} of {producers} in this class: the check sample picks {share} % of these "
                  "producers, at least one.").format(
        assessments=count_text(eu_assessments.get(key, 0), "assessments"),
        producers=_producers_text(producers.get(key, 0)), share=class_share(key))
        for key in [*EU_COLOURS, EU_UNKNOWN]}
    return total, eu


def plot_cards():
    rules = plot_rules()
    return [("total", tr("Total Plots"), TOTAL_COLOUR, tr("The plots of the collection drilled down.")),
            ("Compliant", status_text("Compliant"), colour_of("plots", {"status": "Compliant"}), rules["Compliant"]),
            ("Non-Compliant", status_text("Non-Compliant"), colour_of("plots", {"status": "Non-Compliant"}),
             rules["Non-Compliant"])]


def producer_names(table, fids: Sequence[int]) -> List[str]:
    """The selected producers' names (a few rows of the table by id; a name unknown is ``""``), or none for a
    report on every producer."""
    if not fids:
        return []
    try:
        rows = table.fetch(list(fids)[:4])
    except sqlite3.Error:
        return []
    names = [str(row.get("company_name") or "") for row in rows.values()]
    return [n for n in names if n] + [""] * (len(fids) - len(rows))
