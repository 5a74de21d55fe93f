import pytest
from epoch_eudr.core import risk
from epoch_eudr.core.risk import (
    COMPLIANT,
    HIGH_RISK,
    MEDIUM_RISK,
    NOT_ASSESSABLE,
    PLOT_COMPLIANT,
    PLOT_NON_COMPLIANT,
    assessment_type,
    can_assess,
    compliance_status,
    is_assessable,
    nc_percent,
    plot_status,
    skip_reason,
)


def test_status_presentation_matches_the_seed():
    assert (HIGH_RISK.label, HIGH_RISK.key, HIGH_RISK.color, HIGH_RISK.fill) == (
        "High Risk", "high-risk", "#dc2626", (220, 53, 69, 200))
    assert (MEDIUM_RISK.label, MEDIUM_RISK.key, MEDIUM_RISK.color, MEDIUM_RISK.fill) == (
        "Medium Risk", "medium-risk", "#ca8a04", (202, 138, 4, 200))
    assert (COMPLIANT.label, COMPLIANT.key, COMPLIANT.color, COMPLIANT.fill) == (
        "Compliant", "compliant", "#16a34a", (22, 163, 74, 200))
    assert (NOT_ASSESSABLE.label, NOT_ASSESSABLE.key, NOT_ASSESSABLE.color, NOT_ASSESSABLE.fill) == (
        "Not Assessable", "unknown", "#475569", (148, 163, 184, 200))
    assert [s.rank for s in (COMPLIANT, NOT_ASSESSABLE, MEDIUM_RISK, HIGH_RISK)] == [0, 1, 2, 3]
    assert risk.status_by_key("medium-risk") is MEDIUM_RISK
    with pytest.raises(KeyError):
        risk.status_by_key("nope")


@pytest.mark.parametrize("value", ["high", "HIGH", " Medium ", "low\n", "LoW"])
def test_assessable_confidence_any_case(value):
    assert is_assessable(value)


@pytest.mark.parametrize(
    "value", [None, "", "invalid", "not processed: invalid address", "highish", 1, "very high"])
def test_skip_reasons_are_not_assessable(value):
    assert not is_assessable(value)


def test_can_assess_with_numbers_but_no_confidence():
    assert can_assess({"locations_confidence": "invalid", "noncompliance_plot_count": 0})
    assert can_assess({"noncompliance_area_ha": "0"})
    assert not can_assess({"locations_confidence": "invalid"})
    assert not can_assess({"noncompliance_plot_count": None, "noncompliance_area_ha": ""})


@pytest.mark.parametrize(
    "props, expected",
    [
        ({"locations_confidence": "high", "noncompliance_area_perc": 0.05}, MEDIUM_RISK),
        ({"locations_confidence": "high", "noncompliance_area_perc": 0.0501}, HIGH_RISK),
        ({"locations_confidence": "high", "noncompliance_area_perc": "0.0501"}, HIGH_RISK),
        ({"locations_confidence": "high", "noncompliance_plot_count": 100}, MEDIUM_RISK),
        ({"locations_confidence": "high", "noncompliance_plot_count": 101}, HIGH_RISK),
        ({"locations_confidence": "high", "noncompliance_plot_count": "101"}, HIGH_RISK),
        ({"locations_confidence": "low", "noncompliance_area_ha": 0.01}, MEDIUM_RISK),
        ({"locations_confidence": "Medium", "noncompliance_area_perc": 0.0001}, MEDIUM_RISK),
        ({"locations_confidence": "HIGH"}, COMPLIANT),
        ({"locations_confidence": "high", "noncompliance_area_perc": None,
          "noncompliance_plot_count": None, "noncompliance_area_ha": None}, COMPLIANT),
        ({"locations_confidence": "high", "noncompliance_area_perc": "n/a"}, COMPLIANT),
        ({"locations_confidence": "not processed: validation confidence too low"}, NOT_ASSESSABLE),
        ({}, NOT_ASSESSABLE),
        # A skip reason but non-compliance data present: assessable (seed's canAssess).
        ({"locations_confidence": "invalid", "noncompliance_plot_count": 3}, MEDIUM_RISK),
        ({"locations_confidence": "invalid", "noncompliance_area_ha": 0}, COMPLIANT),
    ],
)
def test_compliance_status(props, expected):
    assert compliance_status(props) is expected


def test_skip_reason_text():
    assert skip_reason({"locations_confidence": " not processed: invalid file "}) == "not processed: invalid file"
    assert skip_reason({}) == "no assessment data"
    assert skip_reason({"locations_confidence": "high"}) == ""


@pytest.mark.parametrize(
    "props, expected",
    [
        ({"area_ha_supply_shed": 12.5, "stat_type": "supply_shed"}, "Supply Shed"),
        ({"area_ha_supply_shed": "3", "stat_type": "EUDR_Supply_Shed_v2"}, "Supply Shed"),
        ({"area_ha_supply_shed": 0, "stat_type": "supply_shed"}, "Direct Plots"),
        ({"area_ha_supply_shed": 10, "stat_type": "admin_area"}, "Direct Plots"),
        ({"area_ha_supply_shed": None, "stat_type": None}, "Direct Plots"),
        ({}, "Direct Plots"),
    ],
)
def test_assessment_type(props, expected):
    assert assessment_type(props) == expected


def test_nc_percent():
    assert nc_percent({"noncompliance_area_perc": 0.0501}) == pytest.approx(5.01)
    assert nc_percent({"noncompliance_area_perc": "0"}) == 0.0
    assert nc_percent({}) is None


@pytest.mark.parametrize(
    "area, expected",
    [(0.5, PLOT_COMPLIANT), (0.5001, PLOT_NON_COMPLIANT), ("0.5001", PLOT_NON_COMPLIANT),
     (None, PLOT_COMPLIANT), ("", PLOT_COMPLIANT), (12, PLOT_NON_COMPLIANT), (0, PLOT_COMPLIANT)],
)
def test_plot_status(area, expected):
    assert plot_status({"noncompliance_area": area}) is expected


def test_plot_status_missing_field_is_compliant_and_colours():
    assert plot_status({}) is PLOT_COMPLIANT
    assert PLOT_NON_COMPLIANT.color == "#dc2626" and PLOT_COMPLIANT.color == "#16a34a"
    assert PLOT_NON_COMPLIANT.label == "Non-Compliant"
