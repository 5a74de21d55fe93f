"""Drill-down plots carry seed 002's second opinion beside Epoch's status (issue 16 part 2)."""

from epoch_eudr.core.derive import derive_row, with_maptip


def plot(**props):
    base = {"plotid": "P1", "area": 2.0, "noncompliance_area": 0.0, "noncompliance_area_perc": 0.0,
            "deforestation_alert": "no deforestation"}
    return {**base, **props}


def test_a_clean_plot_in_a_low_risk_country_is_compliant_both_ways():
    row = derive_row("plots", plot(country_code="FR"))
    assert row["status"] == "Compliant" and row["second_opinion"] == "COMPLIANT"
    assert row["second_opinion_disagrees"] == 0 and row["second_opinion_country"] is not None


def test_without_a_country_the_part_is_not_computed_and_the_verdict_needs_review():
    row = derive_row("plots", plot())
    assert row["second_opinion"] == "NEEDS_REVIEW" and row["second_opinion_country"] is None
    assert "not computed" in row["second_opinion_parts"]


def test_a_post_cutoff_alert_is_non_compliant_and_the_tip_shows_both_opinions():
    row = derive_row("plots", plot(country_code="BR", deforestation_alert="critical", deforestation_end="2023-05-01",
                                   noncompliance_area=0.3))
    assert row["status"] == "Compliant" and row["second_opinion"] == "NON_COMPLIANT"
    assert row["second_opinion_disagrees"] == 1
    tip = with_maptip("plots", row)["maptip_html"]
    assert "Second opinion" in tip and "NON_COMPLIANT" in tip and "Compliant" in tip
