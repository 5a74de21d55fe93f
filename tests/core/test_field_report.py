"""What the field report says (issue 16 part 3), without QGIS: plots to visit, their order, pages, facts."""

import pytest
from epoch_eudr.core.field_report import (
    CONTINUATION,
    OVERVIEW,
    ROWS_FIRST_PAGE,
    ROWS_PER_PAGE,
    SectionCounts,
    country_parts,
    eu_risk,
    fmt_datetime,
    fmt_day,
    is_sandbox_row,
    number_visits,
    page_ranges,
    plot_line,
    producer_status,
    section_order,
    short_name,
)

NICARAGUA = (-85.95, 13.25)  # standard risk


def plot(plotid, lost=0.0, area=10.0, alert=None, start=None, end=None):
    if alert is None:
        alert = "critical" if lost > 0.5 else ("non-critical" if lost else "no deforestation")
    return {"plotid": plotid, "area": area, "noncompliance_area": lost, "noncompliance_area_perc": lost / area,
            "deforestation_alert": alert, "deforestation_start": start, "deforestation_end": end}


def test_epoch_non_compliant_and_questioned_plots_are_visited():
    nc = plot_line(plot("a", 2.0, start="2021-01-01", end="2023-05-01"), NICARAGUA, "NI")
    assert nc.to_visit and nc.props["status"] == "Non-Compliant"
    assert nc.why == "Epoch: Non-Compliant; second opinion: non-compliant"
    # below Epoch's 0.5 ha, but an alert after 2020-12-31: the second opinion says NON_COMPLIANT
    small = plot_line(plot("b", 0.2, start="2021-01-01", end="2022-02-01"), NICARAGUA, "NI")
    assert small.props["status"] == "Compliant" and small.to_visit
    assert small.why == "second opinion: non-compliant" and small.props["second_opinion_disagrees"] == 1
    clean = plot_line(plot("c"), NICARAGUA, "NI")
    assert not clean.to_visit and clean.why == "" and clean.props["second_opinion"] == "COMPLIANT"
    # no alert field at all: the second opinion cannot say COMPLIANT, so the plot is visited
    unknown = plot_line({"plotid": "d", "area": 3.0, "noncompliance_area": 0.0}, NICARAGUA, "NI")
    assert unknown.to_visit and unknown.why == "second opinion: needs review"


def test_centroid_and_dates_as_printed():
    line = plot_line(plot("a", 2.0, start="2021/01/01", end="2023-05-01T00:00:00"), (-85.1234567891, 13.987654321))
    assert (line.props["latitude"], line.props["longitude"]) == (13.987654, -85.123457)
    assert (line.props["alert_from"], line.props["alert_to"]) == ("2021-01-01", "2023-05-01")
    assert plot_line(plot("b"), None).props["latitude"] is None


def test_visits_numbered_non_compliant_first_then_by_deforested_area():
    lines = [plot_line(plot(name, lost, start="2021-01-01"), NICARAGUA, "NI")
             for name, lost in (("small", 0.1), ("big", 3.0), ("none", 0.0), ("mid", 0.6), ("small2", 0.3))]
    visits = number_visits(lines)
    assert [line.props["plotid"] for line in visits] == ["big", "mid", "small2", "small"]
    assert [line.props["visit_no"] for line in visits] == [1, 2, 3, 4]
    assert next(line for line in lines if line.props["plotid"] == "none").props["visit_no"] is None


@pytest.mark.parametrize("visits, expected", [
    (0, [(OVERVIEW, 1, 0)]),
    (1, [(OVERVIEW, 1, 1)]),
    (ROWS_FIRST_PAGE, [(OVERVIEW, 1, ROWS_FIRST_PAGE)]),
    (ROWS_FIRST_PAGE + 1, [(OVERVIEW, 1, ROWS_FIRST_PAGE), (CONTINUATION, ROWS_FIRST_PAGE + 1, ROWS_FIRST_PAGE + 1)]),
    (ROWS_FIRST_PAGE + ROWS_PER_PAGE, [(OVERVIEW, 1, ROWS_FIRST_PAGE),
                                       (CONTINUATION, ROWS_FIRST_PAGE + 1, ROWS_FIRST_PAGE + ROWS_PER_PAGE)]),
    (ROWS_FIRST_PAGE + ROWS_PER_PAGE + 1, [(OVERVIEW, 1, ROWS_FIRST_PAGE),
                                           (CONTINUATION, ROWS_FIRST_PAGE + 1, ROWS_FIRST_PAGE + ROWS_PER_PAGE),
                                           (CONTINUATION, ROWS_FIRST_PAGE + ROWS_PER_PAGE + 1,
                                            ROWS_FIRST_PAGE + ROWS_PER_PAGE + 1)]),
])
def test_pages_of_a_section(visits, expected):
    assert page_ranges(visits) == expected
    shown = [n for _, first, last in page_ranges(visits) for n in range(first, last + 1)]
    assert shown == list(range(1, visits + 1))  # every plot to visit once, in order


def test_figures_of_a_producer():  # their sentences: tests/qgis_suite/test_field_report.py (translated there)
    row = {"company_name": "Coop A", "commodity": "coffee", "country": "Nicaragua", "country_code": "NI",
           "admin1": "Jinotega", "status": "High Risk", "legality_risk": "Medium", "supplier_id": "SUP-1",
           "collection_id": "0xabc", "ingestion_date": "2026-11-23T02:48:09+00:00", "sandbox": True}
    lines = [plot_line(plot(str(i), lost, start="2021-01-01"), NICARAGUA, "NI") for i, lost in
             enumerate((2.0, 0.7, 0.2, 0.0))]
    counts = SectionCounts.of(lines)
    assert (counts.plots, counts.visits, counts.status("non-compliant"), counts.disagree) == (4, 3, 2, 1)
    assert counts.by_verdict == {"NON_COMPLIANT": 3, "COMPLIANT": 1} and round(counts.deforested_ha, 2) == 2.9
    assert producer_status(row) == "High Risk"
    assert producer_status({"noncompliance_plot_count": 200, "locations_confidence": "high"}) != ""
    assert country_parts(row) == ("NI", "Nicaragua") and country_parts({"country_code": "BY"}) == ("BY", "Belarus")
    assert country_parts({}) == (None, "")
    assert eu_risk(row, None) == ("standard", 3) and eu_risk({"country_code": "BY"}, None) == ("high", 9)
    assert eu_risk({"eu_country_risk": "Low"}, None) == ("low", 1)
    assert eu_risk({}, None)[1] is None


def test_sources_and_dates():
    assert short_name("a" * 40 + ".gpkg") == "\u2026" + ("a" * 40 + ".gpkg")[-31:] and short_name("r.gpkg") == "r.gpkg"
    assert is_sandbox_row({"sandbox": 1}) and is_sandbox_row({"metadata": '{"sandbox": true}'})
    assert not is_sandbox_row({"sandbox": False}) and not is_sandbox_row({})
    assert fmt_datetime("2026-11-23T04:48:09+02:00") == "2026-11-23 02:48 UTC"
    assert fmt_datetime("2026/11/23 02:48:09") == "2026-11-23 02:48 UTC"
    assert fmt_datetime("2026-11-23") == "2026-11-23" and fmt_day(None) == ""


def test_sections_most_severe_first():
    rows = [{"company_name": "b", "status": "Compliant", "risk_rank": 0},
            {"company_name": "a", "noncompliance_plot_count": 200, "locations_confidence": "high"},
            {"company_name": "c", "risk_rank": 2}, {"company_name": "A", "risk_rank": 3, "commodity": "palm"}]
    assert [r["company_name"] for r in sorted(rows, key=section_order)] == ["a", "A", "c", "b"]
