"""What the field report says (issue 16 part 3), without QGIS: plots to visit, their order, pages, facts."""

import datetime as dt

import pytest
from epoch_eudr.core.field_report import (
    CONTINUATION,
    OVERVIEW,
    ROWS_FIRST_PAGE,
    ROWS_PER_PAGE,
    SectionCounts,
    fmt_datetime,
    fmt_day,
    is_sandbox_row,
    number_visits,
    page_ranges,
    plot_line,
    section_facts,
    section_order,
    section_title,
    short_name,
    source_fact,
    visits_heading,
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


def test_facts_of_a_producer():
    row = {"company_name": "Coop A", "commodity": "coffee", "country": "Nicaragua", "country_code": "NI",
           "admin1": "Jinotega", "status": "High Risk", "legality_risk": "Medium", "supplier_id": "SUP-1",
           "collection_id": "0xabc", "ingestion_date": "2026-11-23T02:48:09+00:00", "sandbox": True}
    lines = [plot_line(plot(str(i), lost, start="2021-01-01"), NICARAGUA, "NI") for i, lost in
             enumerate((2.0, 0.7, 0.2, 0.0))]
    counts = SectionCounts.of(lines)
    assert (counts.plots, counts.visits, counts.status("non-compliant"), counts.disagree) == (4, 3, 2, 1)
    facts = section_facts(row, counts, "http://127.0.0.1:8765", True, "fetched from the server")
    assert facts["Epoch status"] == "High Risk: 2 of 4 plots Non-Compliant, 2.90 ha deforested after 2020"
    assert facts["Second opinion"].startswith("3 non-compliant, 0 needs review, 1 compliant")
    assert facts["Second opinion"].endswith("differs from Epoch on 1")
    assert facts["EU country risk"].startswith("Standard: Nicaragua (NI); 3 % of operators checked each year")
    assert facts["Article 10 risk"] == "Medium"
    assert facts["Assessment date"] == "2026-11-23 02:48 UTC"
    assert facts["Producer"] == "supplier SUP-1 · collection 0xabc"
    assert facts["Data source"] == ("Epoch sandbox http://127.0.0.1:8765 (synthetic results) · plots fetched from "
                                    "the server")
    assert section_title(row) == ("Coop A", "coffee · Jinotega, Nicaragua (NI)")
    empty = section_facts(dict(row, status="Not Assessable", skip_reason="no address", legality_risk=None),
                          SectionCounts(), "", False)
    assert empty["Epoch status"] == "Not Assessable: no plots (no address)"
    assert empty["Article 10 risk"] == "not given" and empty["Data source"] == "Epoch API"


def test_sources_and_dates():
    assert source_fact("https://epoch-sco2-api.com", False, "from r.gpkg (saved drill-down)") == \
        "Epoch API https://epoch-sco2-api.com · plots from r.gpkg (saved drill-down)"
    assert short_name("a" * 40 + ".gpkg") == "\u2026" + ("a" * 40 + ".gpkg")[-31:] and short_name("r.gpkg") == "r.gpkg"
    assert is_sandbox_row({"sandbox": 1}) and is_sandbox_row({"metadata": '{"sandbox": true}'})
    assert not is_sandbox_row({"sandbox": False}) and not is_sandbox_row({})
    assert fmt_datetime("2026-11-23T04:48:09+02:00") == "2026-11-23 02:48 UTC"
    assert fmt_datetime("2026/11/23 02:48:09") == "2026-11-23 02:48 UTC"
    assert fmt_datetime("2026-11-23") == "2026-11-23" and fmt_day(None) == ""
    assert visits_heading(0, 15, 1).startswith("Plots to visit: none")
    assert visits_heading(20, 15, 2).endswith("; 5 more on the next page")
    assert visits_heading(90, 15, 3).endswith("; 75 more on the next pages")


def test_sections_most_severe_first():
    rows = [{"company_name": "b", "status": "Compliant", "risk_rank": 0},
            {"company_name": "a", "noncompliance_plot_count": 200, "locations_confidence": "high"},
            {"company_name": "c", "risk_rank": 2}, {"company_name": "A", "risk_rank": 3, "commodity": "palm"}]
    assert [r["company_name"] for r in sorted(rows, key=section_order)] == ["a", "A", "c", "b"]


def test_made_is_not_a_fact():  # the report date is in every page's footer, not repeated in the facts
    counts = SectionCounts()
    facts = section_facts({"company_name": "x"}, counts, "", False)
    assert dt.date.today().isoformat() not in " ".join(facts.values())
