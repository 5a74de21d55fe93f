"""A second opinion per plot: a composite risk score and verdict, shown beside Epoch's status (README: "EU
country risk, the check sample and a second opinion").

The composite-score method comes from another EUDR pipeline. Its score (0-100) adds four factors, and its verdict is
NON_COMPLIANT when forest loss > 2 %, the score > 70, or any alert is dated after 2020-12-31 (the
cutoff of Regulation (EU) 2023/1115, Art. 2(13)); NEEDS_REVIEW for borderline results; else COMPLIANT.
It is computed here from Epoch's drill-down plot fields. Where Epoch's "Analysis Pipeline" guide is vague, the
choices are:

- **Country** (+20 high / 0 standard / -20 low): the EU's list (Implementing Regulation (EU)
  2025/1093, :mod:`.eu_benchmark`), not the Analysis Pipeline guide's own list of "high-risk" countries.
- **Forest loss** (up to +10): Epoch's ``noncompliance_area_perc`` (post-2020 loss as a fraction of
  the plot; else ``noncompliance_area / area``), linear: ``10 x loss % / 2 %``, full at the 2 % limit.
- **Post-cutoff alert** (+25): ``deforestation_alert`` says an alert (``critical``, ``non-critical``...)
  and its latest date (``deforestation_end``, else ``deforestation_start``) is after 2020-12-31. An
  alert without a date counts as post-cutoff: Epoch monitors from 2020-12-31 (``monitoring_start``).
  An alert dated on or before the cutoff is noted and scores 0 (the composite-score method).
- **Alert area** (up to +25, only with a post-cutoff alert): ``25 x deforested ha / 0.5 ha``, full
  at 0.5 ha, the smallest forest of the FAO definition the regulation uses (Art. 2(4)) and Epoch's
  own plot threshold.
- **Data uncertainty**: +5, always (the Analysis Pipeline guide's margin for measurement and model error).
- The score is clamped to 0..100.
- **Borderline** (NEEDS_REVIEW): forest loss above half the limit (> 1 % and <= 2 %), a score within
  10 points of the limit (> 60 and <= 70), or any part that could not be computed (a missing or
  unreadable input: its points are empty and a reason code says why). A missing input never gives COMPLIANT; a
  non-compliance proven by the inputs that are there still gives NON_COMPLIANT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, Mapping, NamedTuple, Optional, Sequence, Tuple

from .coercion import clean_text, is_blank, norm_key, to_float
from .eu_benchmark import (
    HIGH,
    LOW,
    RISKS,
    STANDARD,
    Point,
    eu_country_risk,
    plot_country,
)
from .risk import plot_status

COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT = "COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT"
VERDICTS = (COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT)

CUTOFF = date(2020, 12, 31)
COUNTRY_POINTS: Dict[str, float] = {HIGH: 20.0, STANDARD: 0.0, LOW: -20.0}
LOSS_MAX_POINTS, LOSS_LIMIT_PERCENT = 10.0, 2.0
ALERT_POINTS = 25.0
ALERT_AREA_MAX_POINTS, ALERT_AREA_FULL_HA = 25.0, 0.5
UNCERTAINTY_POINTS = 5.0
SCORE_LIMIT = 70.0
REVIEW_LOSS_PERCENT = 1.0
REVIEW_SCORE = 60.0

NO_ALERT_WORDS = frozenset({"no deforestation", "no alert", "none", "no", "false", "0", "not detected", "clear"})
ALERT_WORDS = frozenset({"critical", "non-critical", "non critical", "noncritical", "alert", "yes", "true", "1",
                         "detected", "deforestation"})

#: Why the verdict is what it is, stored as codes (``second_opinion_reasons``, comma-separated) with the numbers
#: they quote in fields of their own: the sentences are written when shown, in the user's language
#: (``layers/styles/explanations.py``). Stored rows hold data, never English text.
LOSS_OVER_LIMIT, SCORE_OVER_LIMIT = "loss_over_limit", "score_over_limit"
ALERT_AFTER_CUTOFF, ALERT_UNDATED = "alert_after_cutoff", "alert_undated"  # both a post-cutoff alert
LOSS_NEAR_LIMIT, SCORE_NEAR_LIMIT = "loss_near_limit", "score_near_limit"
COUNTRY_UNKNOWN, LOSS_UNKNOWN = "country_unknown", "loss_unknown"  # a part not computed
ALERT_MISSING, ALERT_NOT_UNDERSTOOD, ALERT_DATE_UNREADABLE = "alert_missing", "alert_not_understood", \
    "alert_date_unreadable"
ALERT_AREA_UNKNOWN = "alert_area_unknown"
ALERT_BEFORE_CUTOFF = "alert_before_cutoff"  # noted beside a verdict, never counted
ALL_CLEAR = "all_clear"
REASONS = (LOSS_OVER_LIMIT, SCORE_OVER_LIMIT, ALERT_AFTER_CUTOFF, ALERT_UNDATED, LOSS_NEAR_LIMIT, SCORE_NEAR_LIMIT,
           COUNTRY_UNKNOWN, LOSS_UNKNOWN, ALERT_MISSING, ALERT_NOT_UNDERSTOOD, ALERT_DATE_UNREADABLE,
           ALERT_AREA_UNKNOWN, ALERT_BEFORE_CUTOFF, ALL_CLEAR)

#: Where the country part's risk class came from (``second_opinion_country_from``).
FROM_RISK_FIELD, FROM_FIELD, FROM_LOCATION, FROM_PRODUCER = "eu_country_risk", "field", "location", "producer"

#: Output fields: the verdict, the score, one number per part, the numbers the reasons quote, the reason codes.
PART_FIELDS = ("second_opinion_country", "second_opinion_loss", "second_opinion_alert",
               "second_opinion_alert_area", "second_opinion_uncertainty")
FACT_FIELDS = ("second_opinion_loss_percent", "second_opinion_alert_date", "second_opinion_country_code",
               "second_opinion_country_risk", "second_opinion_country_from")
FIELDS = ("second_opinion", "second_opinion_score", *PART_FIELDS, *FACT_FIELDS, "second_opinion_reasons",
          "second_opinion_disagrees")


class Part(NamedTuple):
    """One factor of the score: its points (``None``: not computed) and, when not computed, why (a reason code).
    (A named tuple: five of them are made for each of 1,000,000 plots.)"""

    field: str
    points: Optional[float]
    reason: str = ""

    @property
    def computed(self) -> bool:
        return self.points is not None


@dataclass(frozen=True)
class SecondOpinion:
    verdict: str
    score: float
    parts: Tuple[Part, ...]
    reasons: Tuple[str, ...]  # codes (:data:`REASONS`)
    facts: Mapping[str, Any] = field(default_factory=dict)  # :data:`FACT_FIELDS`

    def fields(self, epoch_status_key: Optional[str] = None) -> Dict[str, Any]:
        """The :data:`FIELDS` of a row (``second_opinion_disagrees`` needs Epoch's status key)."""
        row: Dict[str, Any] = {"second_opinion": self.verdict, "second_opinion_score": self.score}
        row.update({part.field: part.points for part in self.parts})
        row.update({name: self.facts.get(name) for name in FACT_FIELDS})
        row["second_opinion_reasons"] = ",".join(self.reasons)
        row["second_opinion_disagrees"] = int(disagrees(epoch_status_key, self.verdict))
        return row


_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_day(value: Any) -> Tuple[Optional[date], bool]:
    """(date, readable): ``2021-03-01``, ``2021-03``, ``2021`` (first day), ISO date-times, dates.

    ``(None, True)`` when missing, ``(None, False)`` when there but not a date.
    """
    if isinstance(value, datetime):
        return value.date(), True
    if isinstance(value, date):
        return value, True
    if is_blank(value):
        return None, True
    match = _DATE.match(clean_text(value))
    if not match:
        return None, False
    try:
        return date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)), True
    except ValueError:
        return None, False


_COUNTRY_SOURCES = {"field": FROM_FIELD, "location": FROM_LOCATION, "producer": FROM_PRODUCER}


def _country_part(row: Mapping[str, Any], country_value: Any, point: Optional[Point],
                  countries: Any) -> Tuple[Part, Dict[str, Any]]:
    """The country part and its facts: the risk class (Implementing Regulation (EU) 2025/1093), the country code
    and where it came from."""
    given = clean_text(row.get("eu_country_risk"))
    code: Optional[str] = None
    if given in RISKS:
        risk, source = given, FROM_RISK_FIELD
    else:
        code, found = plot_country(row, point, country_value, countries)
        risk, source = eu_country_risk(code), _COUNTRY_SOURCES.get(found)
    if risk not in COUNTRY_POINTS:
        return Part("second_opinion_country", None, COUNTRY_UNKNOWN), {}
    facts = {"second_opinion_country_code": code or None, "second_opinion_country_risk": risk,
             "second_opinion_country_from": source}
    return Part("second_opinion_country", COUNTRY_POINTS[risk]), facts


def _deforested_ha(row: Mapping[str, Any]) -> Optional[float]:
    for name in ("noncompliance_area", "noncompliance_area_ha"):
        value = to_float(row.get(name))
        if value is not None:
            return max(0.0, value)
    fraction, area = to_float(row.get("noncompliance_area_perc")), to_float(row.get("area"))
    return None if fraction is None or area is None else max(0.0, fraction * area)


def loss_percent(row: Mapping[str, Any]) -> Optional[float]:
    """Forest loss as % of the plot: ``noncompliance_area_perc x 100``, else ``noncompliance_area / area``."""
    fraction = to_float(row.get("noncompliance_area_perc"))
    if fraction is not None:
        return max(0.0, fraction * 100.0)
    lost, area = _deforested_ha(row), to_float(row.get("area"))
    if lost is None or area is None or area <= 0:
        return None
    return lost / area * 100.0


def _loss_part(loss: Optional[float]) -> Part:
    if loss is None:
        return Part("second_opinion_loss", None, LOSS_UNKNOWN)
    return Part("second_opinion_loss", round(LOSS_MAX_POINTS * min(loss / LOSS_LIMIT_PERCENT, 1.0), 2))


def _alert(row: Mapping[str, Any]) -> Tuple[Optional[bool], str, Optional[date]]:
    """(post-cutoff alert? ``None``: not computed, the reason code when not computed or noted, its date)."""
    raw = row.get("deforestation_alert")
    word = norm_key(raw) if not isinstance(raw, bool) else ("true" if raw else "false")
    if not word:
        return None, ALERT_MISSING, None
    if word in NO_ALERT_WORDS:
        return False, "", None
    if word not in ALERT_WORDS:
        return None, ALERT_NOT_UNDERSTOOD, None
    days = []
    for name in ("deforestation_end", "deforestation_start"):
        day, readable = parse_day(row.get(name))
        if not readable:
            return None, ALERT_DATE_UNREADABLE, None
        if day is not None:
            days.append(day)
    if not days:
        return True, ALERT_UNDATED, None  # Epoch monitors from the cutoff: an undated alert is after it
    latest = max(days)
    if latest > CUTOFF:
        return True, ALERT_AFTER_CUTOFF, latest
    return False, ALERT_BEFORE_CUTOFF, latest


def second_opinion(row: Mapping[str, Any], country_value: Any = None, point: Optional[Point] = None,
                   countries: Any = None) -> SecondOpinion:
    """The Analysis Pipeline guide's score and verdict of one drill-down plot row (see the module text for every
    rule).

    The country comes from the row (``eu_country_risk``, else its own country fields), else from where
    ``point`` (lon, lat) lies through ``countries`` (a ``RegionIndex``; ``None``: QGIS's world map), else
    from ``country_value`` (the producer's country): :func:`~.eu_benchmark.plot_country`.
    """
    loss = loss_percent(row)
    post_cutoff, alert_code, alert_day = _alert(row)
    if post_cutoff is None:
        alert = Part("second_opinion_alert", None, alert_code)
        area = Part("second_opinion_alert_area", None)  # the alert's own reason says why
    elif not post_cutoff:
        alert = Part("second_opinion_alert", 0.0)
        area = Part("second_opinion_alert_area", 0.0)
    else:
        alert = Part("second_opinion_alert", ALERT_POINTS)
        lost = _deforested_ha(row)
        area = (Part("second_opinion_alert_area", None, ALERT_AREA_UNKNOWN) if lost is None else
                Part("second_opinion_alert_area", round(ALERT_AREA_MAX_POINTS * min(lost / ALERT_AREA_FULL_HA, 1.0),
                                                        2)))
    country, facts = _country_part(row, country_value, point, countries)
    parts = (country, _loss_part(loss), alert, area, Part("second_opinion_uncertainty", UNCERTAINTY_POINTS))
    score = round(min(100.0, max(0.0, sum(p.points for p in parts if p.points is not None))), 2)
    facts.update(second_opinion_loss_percent=None if loss is None else round(loss, 4),
                 second_opinion_alert_date=alert_day.isoformat() if alert_day else None)

    verdict, reasons = decide(loss, score, post_cutoff, alert_day,
                              [p.reason for p in parts if not p.computed and p.reason])
    if alert_code == ALERT_BEFORE_CUTOFF:
        reasons += (ALERT_BEFORE_CUTOFF,)
    return SecondOpinion(verdict, score, parts, reasons, facts)


def decide(loss: Optional[float], score: float, post_cutoff_alert: Optional[bool], alert_day: Optional[date] = None,
           not_computed: Sequence[str] = ()) -> Tuple[str, Tuple[str, ...]]:
    """The verdict and its reason codes (:data:`REASONS`): NON_COMPLIANT when forest loss > 2 %, score > 70 or
    a post-cutoff alert (three independent checks); else NEEDS_REVIEW when a part is not computed, loss
    > 1 % or score > 60 (borderline); else COMPLIANT."""
    failing = []
    if loss is not None and loss > LOSS_LIMIT_PERCENT:
        failing.append(LOSS_OVER_LIMIT)
    if score > SCORE_LIMIT:
        failing.append(SCORE_OVER_LIMIT)
    if post_cutoff_alert:
        failing.append(ALERT_AFTER_CUTOFF if alert_day else ALERT_UNDATED)
    if failing:
        return NON_COMPLIANT, tuple(failing)
    review = list(not_computed)
    if loss is not None and loss > REVIEW_LOSS_PERCENT:
        review.append(LOSS_NEAR_LIMIT)
    if score > REVIEW_SCORE:
        review.append(SCORE_NEAR_LIMIT)
    if review:
        return NEEDS_REVIEW, tuple(review)
    return COMPLIANT, (ALL_CLEAR,)


def epoch_key(row: Mapping[str, Any]) -> str:
    """Epoch's binary plot status key of a row (``compliant``, ``non-compliant``, ``data-error``)."""
    return clean_text(row.get("status_key")) or plot_status(row).key


def disagrees(epoch_status_key: Optional[str], verdict: str) -> bool:
    """Whether the second opinion contradicts Epoch: Epoch Non-Compliant but COMPLIANT here, or Epoch
    Compliant but NON_COMPLIANT or NEEDS_REVIEW here. Epoch without a verdict (data error) is not compared."""
    key = norm_key(epoch_status_key)
    if key == "non-compliant":
        return verdict == COMPLIANT
    if key == "compliant":
        return verdict != COMPLIANT
    return False


def second_opinion_fields(row: Mapping[str, Any], country_value: Any = None, point: Optional[Point] = None,
                          countries: Any = None, epoch_status_key: Optional[str] = None) -> Dict[str, Any]:
    """The :data:`FIELDS` of one drill-down plot row (``second_opinion``, ``second_opinion_score``, one number
    per part, the facts its reasons quote, the reason codes, and whether it disagrees with Epoch's status:
    ``epoch_status_key`` when the caller has it, else :func:`epoch_key` of the row)."""
    opinion = second_opinion(row, country_value, point, countries)
    return opinion.fields(epoch_status_key if epoch_status_key is not None else epoch_key(row))
