"""Drill-down plots carry seed 002's second opinion beside Epoch's status, stored as numbers and codes."""

from epoch_eudr.core.result_rows import PLOT_FIELDS, derive_row
from epoch_eudr.core.second_opinion import (
    ALERT_AFTER_CUTOFF,
    ALL_CLEAR,
    COUNTRY_UNKNOWN,
    FIELDS,
    PART_FIELDS,
    REASONS,
)


def plot(**props):
    base = {"plotid": "P1", "area": 2.0, "noncompliance_area": 0.0, "noncompliance_area_perc": 0.0,
            "deforestation_alert": "no deforestation"}
    return {**base, **props}


def test_a_clean_plot_in_a_low_risk_country_is_compliant_both_ways():
    row = derive_row("plots", plot(country_code="FR"))
    assert row["status"] == "Compliant" and row["second_opinion"] == "COMPLIANT"
    assert row["second_opinion_disagrees"] == 0 and row["second_opinion_country"] == -20.0
    assert row["second_opinion_reasons"] == ALL_CLEAR
    assert row["second_opinion_country_code"] == "FR" and row["second_opinion_country_risk"] == "low"


def test_without_a_country_the_part_is_not_computed_and_the_verdict_needs_review():
    row = derive_row("plots", plot())
    assert row["second_opinion"] == "NEEDS_REVIEW" and row["second_opinion_country"] is None
    assert row["second_opinion_reasons"] == COUNTRY_UNKNOWN


def test_a_post_cutoff_alert_is_non_compliant_with_its_date_and_numbers_stored():
    row = derive_row("plots", plot(country_code="BR", deforestation_alert="critical", deforestation_end="2023-05-01",
                                   noncompliance_area=0.3, noncompliance_area_perc=0.15))
    assert row["status"] == "Compliant" and row["second_opinion"] == "NON_COMPLIANT"
    assert row["second_opinion_disagrees"] == 1
    assert row["second_opinion_reasons"].split(",") == ["loss_over_limit", ALERT_AFTER_CUTOFF]
    assert row["second_opinion_alert_date"] == "2023-05-01" and row["second_opinion_loss_percent"] == 15.0
    assert row["second_opinion_alert"] == 25.0 and row["second_opinion_alert_area"] == 15.0


def test_the_row_holds_data_only_no_sentences():
    """Every second-opinion field is a number, a date, a country code or risk word, or reason codes."""
    names = {name for name, _, _ in PLOT_FIELDS}
    assert set(FIELDS) <= names and "second_opinion_parts" not in names and "maptip_html" not in names
    for props in (plot(), plot(country_code="BR", deforestation_alert="critical", deforestation_end="junk"),
                  plot(country_code="NI", deforestation_alert="critical", deforestation_end="2019-01-01"),
                  plot(country_code="DE", noncompliance_area_perc=0.015, deforestation_alert="maybe")):
        row = derive_row("plots", props)
        assert "maptip_html" not in row
        for name in PART_FIELDS + ("second_opinion_score", "second_opinion_loss_percent"):
            assert row[name] is None or isinstance(row[name], float), (name, row[name])
        assert set(row["second_opinion_reasons"].split(",")) <= set(REASONS), row["second_opinion_reasons"]
        assert " " not in row["second_opinion_reasons"]
