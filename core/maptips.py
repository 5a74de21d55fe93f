"""HTML map tips, built once per feature and stored in a field (every value escaped).

QGIS map tip templates do not escape field values, and a company name can hold
``<script>``; so tips are rendered here with :func:`html.escape` and the layer's
template is just ``[% "maptip_html" %]``.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable, Mapping, Sequence

from .confidence import LEVEL_COLORS, score_facility
from .risk import DATA_ERROR_FIELD, PLOT_STATUSES, PRODUCER_STATUSES, Status, compliance_status, plot_status
from .values import read_api_number

RED, GREEN = "#dc2626", "#16a34a"


def _fmt(value: Any) -> str:
    if value is None or value == "":
        return "&ndash;"
    if isinstance(value, float):
        return escape(f"{value:.4g}")
    return escape(str(value))


def _table(rows) -> str:
    cells = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _status(props: Mapping[str, Any], statuses: Sequence[Status],
            rule: Callable[[Mapping[str, Any]], Status]) -> Status:
    """The verdict a derived row already carries (``status_key``), else the rule's."""
    key = props.get("status_key")
    return next((s for s in statuses if s.key == key), None) or rule(props)


def _data_error_row(props: Mapping[str, Any]) -> list:
    problem = props.get(DATA_ERROR_FIELD)
    return [("Data error", _fmt(problem))] if isinstance(problem, str) and problem else []


def _eu_row(props: Mapping[str, Any]) -> list:
    """The EU country risk class and its check share (Implementing Regulation (EU) 2025/1093)."""
    risk = props.get("eu_country_risk")
    if not risk:
        return []
    share = props.get("eu_check_share")
    return [("EU country risk", _fmt(risk) + (f" ({_fmt(share)} % checked)" if share not in (None, "") else ""))]


def facility_tip(props: Mapping[str, Any], has_geometry: bool = True) -> str:
    """The scoring breakdown: each attribute's value and its penalty; high density Yes red, No green."""
    score = score_facility(props, has_geometry)
    color = LEVEL_COLORS.get(score.level, "#475569")
    head = (f"<b>{_fmt(props.get('facility_name') or props.get('facility_id'))}</b><br>"
            f"Score <b>{_fmt(score.score)}</b> <span style='color:{color}'>{escape(score.level)}</span>")
    rows = []
    for check in score.checks:
        if check.key == "high_density":
            dense = (check.value or 0) >= 1
            value = f"<span style='color:{RED if dense else GREEN}'>{'Yes' if dense else 'No'}</span>"
        else:
            value = _fmt(check.value)
        rows.append((check.label, f"{value} ({check.penalty:+.2f})" if check.applied else f"{value} (0)"))
    return head + _table(rows + _eu_row(props))


def assessment_tip(props: Mapping[str, Any]) -> str:
    status = _status(props, PRODUCER_STATUSES, compliance_status)
    perc, _ = read_api_number(props.get("noncompliance_area_perc"))
    rows = [("Commodity", _fmt(props.get("commodity"))), ("Country", _fmt(props.get("country"))),
            ("NC plots", _fmt(props.get("noncompliance_plot_count"))),
            ("NC %", _fmt(None if perc is None else perc * 100)),
            ("Article 10", _fmt(props.get("legality_risk"))), *_eu_row(props), *_data_error_row(props)]
    return (f"<b>{_fmt(props.get('company_name'))}</b><br>"
            f"<span style='color:{status.color}'>{escape(status.label)}</span>" + _table(rows))


def plot_tip(props: Mapping[str, Any]) -> str:
    status = _status(props, PLOT_STATUSES, plot_status)
    rows = [("Area (ha)", _fmt(props.get("area"))), ("Deforested (ha)", _fmt(props.get("noncompliance_area"))),
            ("Alert", _fmt(props.get("deforestation_alert"))), *_eu_row(props), *_data_error_row(props)]
    if props.get("second_opinion"):  # seed 002's verdict beside Epoch's, with its parts
        rows.append(("Second opinion", f"{_fmt(props.get('second_opinion'))} "
                                       f"(score {_fmt(props.get('second_opinion_score'))})"))
        rows.append(("Its parts", _fmt(props.get("second_opinion_parts"))))
    return (f"<b>{_fmt(props.get('plotid') or props.get('uuid'))}</b><br>"
            f"<span style='color:{status.color}'>{escape(status.label)}</span>" + _table(rows))
