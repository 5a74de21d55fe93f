"""What the field report shows, Qt-free: which plots to visit, the producer's figures, the pages of a section.

The sentences the PDF prints are worded (and translated) on the QGIS side, in :mod:`..layers.report_data`;
what is stored in the report's GeoPackage (statuses, why a plot is visited) stays in English.

A section of the report is one producer assessment (one row of the assessments layer: a producer and a
commodity, one collection). Its plots **to visit** are the Epoch Non-Compliant plots and the plots the
second opinion (:mod:`.second_opinion`, the composite-score method) does not find COMPLIANT (NON_COMPLIANT or
NEEDS_REVIEW): a field team checks both. They are numbered 1, 2, 3... in the order listed (Epoch
Non-Compliant first, then by deforested area, largest first), and that number labels the plot on the map.

Every section starts with an overview page (facts, map, legend, locator, the first
:data:`ROWS_FIRST_PAGE` plots to visit); the rest of its plots follow on continuation pages of
:data:`ROWS_PER_PAGE` rows. Pages are numbered through the whole report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .coercion import clean_text, is_blank, to_bool, to_float
from .eu_benchmark import COUNTRY_KEYS, HIGH_RISK, LOW_RISK, eu_check_share, eu_fields_of_row, row_country
from .risk import PLOT_DATA_ERROR, PLOT_NON_COMPLIANT, compliance_status, plot_status
from .second_opinion import COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT, VERDICTS, second_opinion_fields

ROWS_FIRST_PAGE = 15
ROWS_PER_PAGE = 56
OVERVIEW, CONTINUATION = "overview", "continued"

#: How the second opinion's verdicts are stored in the report's plots (``second_opinion_word``, and the
#: QField copy's ``second_opinion``), in English like every stored value; the PDF shows them translated.
VERDICT_WORDS = {NON_COMPLIANT: "Non-Compliant", NEEDS_REVIEW: "Needs Review", COMPLIANT: "Compliant"}
#: The overview page's facts, in order (their labels and sentences are worded in layers/report/data.py).
FACT_KEYS = ("epoch_status", "second_opinion", "eu_country_risk", "article10_risk", "assessment_date",
             "producer", "data_source")


def fmt_number(value: Optional[float], decimals: int = 2) -> str:
    """``12.35``; ``""`` when missing."""
    return "" if value is None else f"{value:,.{decimals}f}"


def fmt_day(value: Any) -> str:
    """An ISO date or date-time as ``2021-03-01`` (``""`` when missing; other text as it is)."""
    text = clean_text(value)
    if len(text) >= 10 and text[4:5] in "-/" and text[7:8] == text[4:5]:  # GDAL reads dates as 2021/03/01
        return text[:10].replace("/", "-")
    return text


def fmt_datetime(value: Any) -> str:
    """``2026-11-23 02:48 UTC`` from an ISO date-time (a date alone, or other text, as it is)."""
    text = clean_text(value).replace("/", "-")
    if len(text) < 16 or text[10:11] not in ("T", " "):
        return fmt_day(text)
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T")[:25])
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M") + " UTC"


@dataclass
class PlotLine:
    """One plot of a section: what the map, the table and the field checks need."""

    props: Dict[str, Any]  # the plot's row, with the second opinion's fields and the report's own added
    to_visit: bool
    why: str

    @property
    def sort_key(self) -> Tuple[int, float, str]:
        epoch_nc = self.props.get("status_key") == PLOT_NON_COMPLIANT.key
        return (0 if epoch_nc else 1, -(to_float(self.props.get("noncompliance_area")) or 0.0),
                clean_text(self.props.get("plotid")))


def plot_line(props: Mapping[str, Any], centroid: Optional[Tuple[float, float]], country_value: Any = None) -> PlotLine:
    """A drill-down plot row with Epoch's status, the second opinion, its centroid (lon, lat), and whether and
    why it is to be visited. The second opinion stored with the plot is kept (the table, the map and the
    report then agree); it is computed only for a row written without one."""
    row = dict(props)
    status = plot_status(row)
    if is_blank(row.get("status_key")):
        row["status"], row["status_key"] = status.label, status.key
    if row.get("second_opinion") not in VERDICTS:  # computed once when the plots were written: shown as stored
        row.update(second_opinion_fields(row, country_value=country_value, point=centroid))
    lon, lat = centroid if centroid is not None else (None, None)
    row["latitude"] = None if lat is None else round(lat, 6)
    row["longitude"] = None if lon is None else round(lon, 6)
    reasons = []
    if row["status_key"] == PLOT_NON_COMPLIANT.key:
        reasons.append("Epoch: Non-Compliant")
    elif row["status_key"] == PLOT_DATA_ERROR.key:
        reasons.append("Epoch: Data Error")
    verdict = row.get("second_opinion")
    if verdict in (NON_COMPLIANT, NEEDS_REVIEW):
        reasons.append(f"second opinion: {VERDICT_WORDS[verdict].lower()}")
    row["deforested_ha"] = to_float(row.get("noncompliance_area"))
    row["alert_from"] = fmt_day(row.get("deforestation_start"))
    row["alert_to"] = fmt_day(row.get("deforestation_end"))
    row["epoch_status"] = row.get("status") or status.label
    row["second_opinion_word"] = VERDICT_WORDS.get(verdict, clean_text(verdict))
    return PlotLine(row, bool(reasons), "; ".join(reasons))


def number_visits(lines: Sequence[PlotLine]) -> List[PlotLine]:
    """The plots to visit in report order, each given ``visit_no`` 1, 2, 3...; the others get ``None``."""
    visits = sorted((line for line in lines if line.to_visit), key=lambda line: line.sort_key)
    for line in lines:
        line.props["visit_no"] = None
        line.props["visit_reason"] = line.why or None
    for number, line in enumerate(visits, 1):
        line.props["visit_no"] = number
    return visits


def page_ranges(visits: int, first: int = ROWS_FIRST_PAGE, per_page: int = ROWS_PER_PAGE) -> List[Tuple[str, int, int]]:
    """``(kind, first visit_no, last visit_no)`` of each page of a section: the overview, then continuations.

    ``page_ranges(0)`` is ``[("overview", 1, 0)]`` (an empty table); ``page_ranges(80)`` is the overview with
    1-15, then 16-71, then 72-80.
    """
    pages = [(OVERVIEW, 1, min(visits, first))]
    start = first + 1
    while start <= visits:
        pages.append((CONTINUATION, start, min(visits, start + per_page - 1)))
        start += per_page
    return pages


def is_sandbox_row(row: Mapping[str, Any]) -> bool:
    """``sandbox: true`` in the row (or in its metadata JSON): synthetic results."""
    if to_bool(row.get("sandbox")):
        return True
    meta = row.get("metadata")
    return isinstance(meta, str) and '"sandbox": true' in meta.replace('"sandbox":true', '"sandbox": true')


def country_parts(row: Mapping[str, Any]) -> Tuple[Optional[str], str]:
    """(ISO-2 code or ``None``, the country's name or ``""``): the QGIS side words them (``Indonesia (ID)``)."""
    code = row_country(row)
    name = next((clean_text(row.get(key)) for key in COUNTRY_KEYS if len(clean_text(row.get(key))) > 2), "")
    if not name and code:
        name = HIGH_RISK.get(code) or LOW_RISK.get(code) or ""
    return code, name


@dataclass
class SectionCounts:
    plots: int = 0
    by_status: Dict[str, int] = field(default_factory=dict)  # Epoch plot status key -> count
    by_verdict: Dict[str, int] = field(default_factory=dict)  # second opinion -> count
    disagree: int = 0
    visits: int = 0
    deforested_ha: float = 0.0

    @classmethod
    def of(cls, lines: Sequence[PlotLine]) -> SectionCounts:
        counts = cls(plots=len(lines))
        for line in lines:
            key, verdict = line.props.get("status_key"), line.props.get("second_opinion")
            counts.by_status[key] = counts.by_status.get(key, 0) + 1
            counts.by_verdict[verdict] = counts.by_verdict.get(verdict, 0) + 1
            counts.disagree += int(bool(line.props.get("second_opinion_disagrees")))
            counts.visits += int(line.to_visit)
            counts.deforested_ha += to_float(line.props.get("noncompliance_area")) or 0.0
        return counts

    def status(self, key: str) -> int:
        return self.by_status.get(key, 0)


def producer_status(row: Mapping[str, Any]) -> str:
    """The producer's Epoch status as stored (``High Risk``...), else as computed from the row."""
    return clean_text(row.get("status")) or compliance_status(row).label


def eu_risk(row: Mapping[str, Any], point: Optional[Tuple[float, float]]) -> Tuple[str, Optional[int]]:
    """(EU country risk class ``low``/``standard``/``high``/``unknown``, share of operators checked, or None)."""
    risk = clean_text(row.get("eu_country_risk")).lower() or eu_fields_of_row(row, point)["eu_country_risk"]
    return risk, eu_check_share(risk)


def short_name(name: str, limit: int = 32) -> str:
    """A file name cut to ``limit`` characters (its end kept) so that a fact stays on its line."""
    return name if len(name) <= limit else "\u2026" + name[-(limit - 1):]


def section_order(row: Mapping[str, Any]) -> Tuple[int, str, str]:
    """Report order: the most severe Epoch status first, then by producer name and commodity."""
    return (-compliance_status(row).rank if is_blank(row.get("risk_rank")) else -int(to_float(row["risk_rank"]) or 0),
            clean_text(row.get("company_name")).lower(), clean_text(row.get("commodity")).lower())
