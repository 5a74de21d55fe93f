"""Producer and plot risk rules of the Epoch EUDR Enforcement Dashboard guide (its section 6, risk tiers).

The API returns raw metrics; the compliance verdict is derived client-side. These
functions are the single place where that happens, so the dock, the Processing
algorithms, the styles and the sandbox all agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, Mapping, NamedTuple, Optional, Tuple

from .coercion import clean_text, finding, fits_int64, is_blank, norm_key, num, read_api_number
from .colours import (
    COMPLIANT_GREEN,
    COMPLIANT_GREEN_FILL,
    MEDIUM_AMBER,
    MEDIUM_AMBER_FILL,
    PLOT_FILL_ALPHA,
    PRODUCER_FILL_ALPHA,
    RISK_RED,
    RISK_RED_FILL,
    UNJUDGED_GREY,
    UNJUDGED_GREY_FILL,
)

RGBA = Tuple[int, int, int, int]

#: ``locations_confidence`` values that mean "assessed"; anything else is a skip reason.
ASSESSABLE_CONFIDENCE = ("high", "medium", "low")

HIGH_RISK_AREA_FRACTION = 0.05
HIGH_RISK_PLOT_COUNT = 100
PLOT_NONCOMPLIANT_AREA_HA = 0.5

#: The numbers the producer rule reads (the Enforcement Dashboard guide, section 6); each must be a number when
#: present.
PRODUCER_METRICS = ("noncompliance_area_perc", "noncompliance_plot_count", "noncompliance_area_ha")
PLOT_METRIC = "noncompliance_area"
#: A derived row carries what made it unreadable here, so that a verdict recomputed from the row agrees.
DATA_ERROR_FIELD = "data_error"
#: ``data_error``'s codes, each stored as ``code:field=value`` (:func:`~.values.finding`), ``; ``-separated and
#: worded when shown: a value that is not a number (``not_a_number:noncompliance_area_perc="5%"``), one outside
#: what its field can be (``out_of_range:noncompliance_plot_count=-5``, the field's range is in
#: :data:`METRIC_RANGES`), a whole number beyond a GeoPackage INTEGER (``too_large:noncompliance_plot_count=1e+308``).
NOT_A_NUMBER, OUT_OF_RANGE, TOO_LARGE = "not_a_number", "out_of_range", "too_large"
#: The kinds of range a verdict number has (third item of :data:`METRIC_RANGES`), each worded when shown.
FRACTION, PLOT_COUNT, AREA_HA = "fraction", "plot_count", "area_ha"

#: What each verdict number can be, from the field descriptions of the Enforcement Dashboard guide
#: ("fraction of total area (0.0 to 1.0)", a number of plots, hectares): (upper bound, whole, the kind of range:
#: a fraction from 0 to 1, a whole number of plots 0 or more, an area of 0 ha or more).
#: A plot count is also stored in a GeoPackage INTEGER, so it must fit in 64 bits.
METRIC_RANGES: Dict[str, Tuple[float, bool, str]] = {
    "noncompliance_area_perc": (1.0, False, FRACTION),
    "noncompliance_plot_count": (math.inf, True, PLOT_COUNT),
    "noncompliance_area_ha": (math.inf, False, AREA_HA),
    PLOT_METRIC: (math.inf, False, AREA_HA),
    "deforestation_area_ha": (math.inf, False, AREA_HA),
}
#: Rounding on the server may put a fraction a hair above 1 (``1.0000000001``): that is still 1.
_FRACTION_SLACK = 1e-9


@dataclass(frozen=True)
class Status:
    """A verdict with everything needed to show it: label, CSS key, colours, draw order."""

    label: str
    key: str
    color: str
    fill: RGBA
    rank: int


HIGH_RISK = Status("High Risk", "high-risk", RISK_RED, (*RISK_RED_FILL, PRODUCER_FILL_ALPHA), 3)
MEDIUM_RISK = Status("Medium Risk", "medium-risk", MEDIUM_AMBER, (*MEDIUM_AMBER_FILL, PRODUCER_FILL_ALPHA), 2)
NOT_ASSESSABLE = Status("Not Assessable", "unknown", UNJUDGED_GREY, (*UNJUDGED_GREY_FILL, PRODUCER_FILL_ALPHA), 1)
COMPLIANT = Status("Compliant", "compliant", COMPLIANT_GREEN, (*COMPLIANT_GREEN_FILL, PRODUCER_FILL_ALPHA), 0)

#: Producer statuses from least to most severe (the Enforcement Dashboard guide's ``riskOrder``).
PRODUCER_STATUSES = (COMPLIANT, NOT_ASSESSABLE, MEDIUM_RISK, HIGH_RISK)

PLOT_NON_COMPLIANT = Status("Non-Compliant", "non-compliant", RISK_RED, (*RISK_RED_FILL, PLOT_FILL_ALPHA), 2)
PLOT_COMPLIANT = Status("Compliant", "compliant", COMPLIANT_GREEN, (*COMPLIANT_GREEN_FILL, PLOT_FILL_ALPHA), 0)
#: A plot whose ``noncompliance_area`` is there but is not a number: neither verdict can be given.
PLOT_DATA_ERROR = Status("Data Error", "data-error", UNJUDGED_GREY, (*UNJUDGED_GREY_FILL, PLOT_FILL_ALPHA), 1)
PLOT_STATUSES = (PLOT_COMPLIANT, PLOT_DATA_ERROR, PLOT_NON_COMPLIANT)


def status_by_key(key: str) -> Status:
    """The producer status with CSS key ``key`` (``high-risk``, ``unknown``...)."""
    for status in PRODUCER_STATUSES:
        if status.key == key:
            return status
    raise KeyError(key)


def is_assessable(confidence: Any) -> bool:
    """``locations_confidence`` is high/medium/low, in any case and with any padding."""
    return norm_key(confidence) in ASSESSABLE_CONFIDENCE


def can_assess(props: Mapping[str, Any]) -> bool:
    """The Enforcement Dashboard guide's ``canAssess``: a confidence level, or any non-compliance number present.

    A blank string counts as absent (CSV exports turn JSON ``null`` into ``""``).
    """
    return (
        is_assessable(props.get("locations_confidence"))
        or not is_blank(props.get("noncompliance_plot_count"))
        or not is_blank(props.get("noncompliance_area_ha"))
    )


def read_metric(name: str, value: Any) -> Tuple[Optional[float], str]:
    """A verdict number: ``(number, "")``, ``(None, "")`` when missing, or ``(None, why)`` when it cannot be used.

    ``why`` is a finding (:func:`~.values.finding`) naming the code, the field and the value:
    ``not_a_number:noncompliance_area_perc="5%"`` (see :func:`~.values.read_api_number`),
    ``out_of_range:noncompliance_plot_count=-5``, ``too_large:noncompliance_plot_count=1e+308`` (a GeoPackage
    integer holds at most 2^63 - 1). A number outside what its field can be is as unusable as one that is not a
    number: a negative area is not "no area".
    """
    number, unreadable = read_api_number(value)
    if unreadable:
        return None, finding(NOT_A_NUMBER, name, value)
    if number is None or name not in METRIC_RANGES:
        return number, ""
    upper, whole, _ = METRIC_RANGES[name]
    if whole and number >= 0 and not fits_int64(value if type(value) is int else number):
        return None, finding(TOO_LARGE, name, value)
    slack = _FRACTION_SLACK if upper == 1.0 else 0.0
    if number < 0 or number > upper + slack or whole and not number.is_integer():
        return None, finding(OUT_OF_RANGE, name, value)
    return number, ""


class ProducerNumbers(NamedTuple):
    """The producer rule's numbers of one row (:data:`PRODUCER_METRICS`), each read once (:func:`read_metric`;
    ``None`` when missing or unusable), and the row's :func:`data_error`: 100,000 rows a load, and the verdict,
    the NC % and the skip reason all read the same three numbers."""

    area_fraction: Optional[float]
    plot_count: Optional[float]
    area_ha: Optional[float]
    error: str


def producer_numbers(props: Mapping[str, Any]) -> ProducerNumbers:
    """:class:`ProducerNumbers` of a ``/fetch_supply_shed`` feature's properties."""
    readings = [read_metric(name, props.get(name)) for name in PRODUCER_METRICS]
    carried = props.get(DATA_ERROR_FIELD)
    if isinstance(carried, str) and carried.strip():
        error = carried.strip()
    else:
        error = "; ".join(why for _, why in readings if why)
    return ProducerNumbers(readings[0][0], readings[1][0], readings[2][0], error)


def data_error(props: Mapping[str, Any], fields: Tuple[str, ...] = PRODUCER_METRICS) -> str:
    """Which of ``fields`` hold a value that cannot be used (see :func:`read_metric`): ``""`` when none.

    ``not_a_number:noncompliance_area_perc="5%"; out_of_range:noncompliance_plot_count=-5``: codes and values,
    worded when shown (``layers/styles/explanations.py``). A row derived earlier carries its finding in
    :data:`DATA_ERROR_FIELD` (its numbers were then emptied), which is returned as is.
    """
    carried = props.get(DATA_ERROR_FIELD)
    if isinstance(carried, str) and carried.strip():
        return carried.strip()
    problems = [why for why in (read_metric(name, props.get(name))[1] for name in fields) if why]
    return "; ".join(problems)


def compliance_status(props: Mapping[str, Any], error: Optional[str] = None,
                      numbers: Optional[ProducerNumbers] = None) -> Status:
    """The producer verdict of a ``/fetch_supply_shed`` feature's properties.

    High Risk: more than 5 % of the area or more than 100 plots non-compliant;
    Medium Risk: any non-compliance below that; Compliant: none; Not Assessable:
    no confidence level and no non-compliance data. Missing numbers count as 0.
    A non-compliance value that is there but cannot be used (not a number: ``"abc"``, ``"5%"``,
    ``NaN``, a list; or out of range: a negative count or area, a fraction above 1, a count that
    is not whole or too large to store) makes the row Not Assessable, never Compliant; only the
    usable numbers proving High Risk on their own still give High Risk. ``error``: the row's
    :func:`data_error`, ``numbers`` its :func:`producer_numbers`, when the caller has them already.
    """
    if numbers is None:
        numbers = producer_numbers(props)
    nc_perc, nc_plots = numbers.area_fraction or 0.0, numbers.plot_count or 0.0
    high = nc_perc > HIGH_RISK_AREA_FRACTION or nc_plots > HIGH_RISK_PLOT_COUNT
    if numbers.error if error is None else error:
        return HIGH_RISK if high else NOT_ASSESSABLE
    if not can_assess(props):
        return NOT_ASSESSABLE
    if high:
        return HIGH_RISK
    if nc_perc > 0 or nc_plots > 0 or (numbers.area_ha or 0.0) > 0:
        return MEDIUM_RISK
    return COMPLIANT


def skip_reason(props: Mapping[str, Any], status: Optional[Status] = None, error: Optional[str] = None) -> str:
    """Why a row is Not Assessable (its ``locations_confidence``, or the value that cannot be used),
    or ``""`` if it is assessable. ``status``, ``error``: its :func:`compliance_status` and :func:`data_error`,
    when the caller has them already."""
    problem = data_error(props) if error is None else error
    if problem:
        return problem if (compliance_status(props, problem) if status is None else status) is NOT_ASSESSABLE else ""
    if can_assess(props):
        return ""
    return clean_text(props.get("locations_confidence")) or "no assessment data"


def assessment_type(props: Mapping[str, Any]) -> str:
    """"Supply Shed" for an isochrone-based assessment, else "Direct Plots"."""
    shed_area = num(props.get("area_ha_supply_shed"))
    if shed_area > 0 and "supply_shed" in norm_key(props.get("stat_type")):
        return "Supply Shed"
    return "Direct Plots"


def nc_percent(props: Mapping[str, Any], numbers: Optional[ProducerNumbers] = None) -> Optional[float]:
    """The dashboard's NC % column: ``noncompliance_area_perc * 100``, ``None`` if missing or unusable.
    ``numbers``: the row's :func:`producer_numbers`, when the caller has them already."""
    if numbers is None:
        fraction, _ = read_metric("noncompliance_area_perc", props.get("noncompliance_area_perc"))
    else:
        fraction = numbers.area_fraction
    return None if fraction is None else fraction * 100.0


def plot_status(props: Mapping[str, Any], field: str = PLOT_METRIC) -> Status:
    """Binary plot verdict: Non-Compliant when more than 0.5 ha is deforested (null = 0).

    A ``field`` value that is there but cannot be used (not a number, a negative area) is a
    :data:`PLOT_DATA_ERROR` (see :func:`data_error` for the reason), never Compliant.
    """
    if data_error(props, (field,)):
        return PLOT_DATA_ERROR
    area, _ = read_metric(field, props.get(field))
    if (area or 0.0) > PLOT_NONCOMPLIANT_AREA_HA:
        return PLOT_NON_COMPLIANT
    return PLOT_COMPLIANT
