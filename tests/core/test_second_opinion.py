"""The second opinion per plot: seed 002's composite score and verdict (``shared/seeds/002_*.txt``).

Seed 002: country +20 (high) / 0 (standard) / -20 (low); forest loss up to +10; a post-cutoff alert +25
and its area up to +25; data uncertainty +5. NON_COMPLIANT when forest loss > 2 %, score > 70, or any
alert after 2020-12-31 (the cutoff of Regulation (EU) 2023/1115, Art. 2(13)); NEEDS_REVIEW when
borderline; else COMPLIANT. The country classes are the EU's (Implementing Regulation (EU) 2025/1093).
The choices where the seed is vague are in ``core/second_opinion.py``; each is pinned here.
"""

import pytest
from epoch_eudr.core.second_opinion import (
    COMPLIANT,
    FIELDS,
    NEEDS_REVIEW,
    NON_COMPLIANT,
    decide,
    disagrees,
    parse_day,
    second_opinion,
    second_opinion_fields,
)


def plot(perc=0.0, area=10.0, alert="no deforestation", start=None, end=None, country="GH", **extra):
    lost = None if perc is None else perc * area
    row = {"plotid": "p1", "area": area, "noncompliance_area": lost, "noncompliance_area_perc": perc,
           "deforestation_alert": alert, "deforestation_start": start, "deforestation_end": end,
           "country_code": country}
    row.update(extra)
    return row


def parts(opinion):
    return {p.field: p.points for p in opinion.parts}


@pytest.mark.parametrize("country, points", [("RU", 20.0), ("BR", 0.0), ("GH", -20.0), ("MM", 20.0), ("CI", 0.0)])
def test_country_part_is_the_eu_class(country, points):  # seed 002: +20 / 0 / -20
    assert parts(second_opinion(plot(country=country)))["second_opinion_country"] == points


def test_country_from_the_argument_or_unknown_not_computed():
    assert parts(second_opinion(plot(country=None), country_value="RU"))["second_opinion_country"] == 20.0
    unknown = second_opinion(plot(country=None))
    assert parts(unknown)["second_opinion_country"] is None and unknown.verdict == NEEDS_REVIEW
    assert unknown.fields()["second_opinion_reasons"] == "country_unknown"


@pytest.mark.parametrize("perc, points", [(0.0, 0.0), (0.005, 2.5), (0.01, 5.0), (0.02, 10.0), (0.5, 10.0)])
def test_forest_loss_part_is_linear_up_to_10_at_2_percent(perc, points):
    assert parts(second_opinion(plot(perc=perc)))["second_opinion_loss"] == pytest.approx(points)


def test_forest_loss_from_area_when_the_fraction_is_missing():
    row = plot(perc=None, area=20.0, noncompliance_area=0.2)  # 1 %
    assert parts(second_opinion(row))["second_opinion_loss"] == pytest.approx(5.0)
    missing = second_opinion(plot(perc=None, area=None))
    assert parts(missing)["second_opinion_loss"] is None and missing.verdict == NEEDS_REVIEW


@pytest.mark.parametrize("perc, verdict", [
    (0.01, COMPLIANT),  # 1 %: not borderline (> 1 % is)
    (0.010001, NEEDS_REVIEW),  # borderline: above half the limit
    (0.02, NEEDS_REVIEW),  # 2 %: not above the limit
    (0.020001, NON_COMPLIANT),  # forest loss > 2 %
])
def test_forest_loss_thresholds(perc, verdict):
    assert second_opinion(plot(perc=perc)).verdict == verdict


@pytest.mark.parametrize("start, end, post_cutoff", [
    (None, "2020-12-31", False),  # on the cutoff: not after it
    (None, "2021-01-01", True),  # the first day after
    ("2021-01-01", None, True),  # only a start date (the sandbox's)
    ("2019-05-01", "2020-12-31T23:59:59", False),  # a date-time on the cutoff day
    ("2020-06-01", "2021-02-01", True),  # loss running past the cutoff
    (None, "2020", False), (None, "2021", True), (None, "2020-12", False),  # partial dates: their first day
    (None, None, True),  # no date: Epoch monitors from 2020-12-31
])
def test_alert_after_the_cutoff(start, end, post_cutoff):
    opinion = second_opinion(plot(perc=0.0, alert="critical", start=start, end=end, country="GH"))
    assert parts(opinion)["second_opinion_alert"] == (25.0 if post_cutoff else 0.0)
    assert (opinion.verdict == NON_COMPLIANT) is post_cutoff
    if not post_cutoff:
        noted = opinion.fields()
        assert opinion.verdict == COMPLIANT and noted["second_opinion_reasons"].endswith("alert_before_cutoff")
        assert noted["second_opinion_alert_date"] <= "2020-12-31"


@pytest.mark.parametrize("alert, points", [
    ("no deforestation", 0.0), ("No Deforestation", 0.0), (False, 0.0), ("critical", 25.0), ("non-critical", 25.0),
    (True, 25.0), (None, None), ("", None), ("pending", None),
])
def test_alert_words(alert, points):
    opinion = second_opinion(plot(alert=alert, end="2022-01-01"))
    assert parts(opinion)["second_opinion_alert"] == points
    if points is None:
        assert opinion.verdict == NEEDS_REVIEW and parts(opinion)["second_opinion_alert_area"] is None


def test_an_unreadable_date_is_not_computed():
    opinion = second_opinion(plot(alert="critical", end="last spring"))
    assert parts(opinion)["second_opinion_alert"] is None and opinion.verdict == NEEDS_REVIEW
    assert parse_day("2021-02-30") == (None, False) and parse_day(None) == (None, True)


@pytest.mark.parametrize("hectares, points", [(0.0, 0.0), (0.25, 12.5), (0.5, 25.0), (3.0, 25.0)])
def test_alert_area_up_to_25_at_half_a_hectare(hectares, points):
    row = plot(perc=None, area=1000.0, alert="critical", end="2022-01-01", noncompliance_area=hectares)
    assert parts(second_opinion(row))["second_opinion_alert_area"] == pytest.approx(points)
    pre = plot(perc=None, area=1000.0, alert="critical", end="2020-01-01", noncompliance_area=hectares)
    assert parts(second_opinion(pre))["second_opinion_alert_area"] == 0.0  # only with a post-cutoff alert


def test_uncertainty_always_5_and_the_score_is_clamped_to_0_100():
    low = second_opinion(plot(country="GH"))
    assert parts(low)["second_opinion_uncertainty"] == 5.0 and low.score == 0.0  # -20 + 5, clamped
    assert second_opinion(plot(country="BR")).score == 5.0
    worst = second_opinion(plot(perc=0.5, alert="critical", end="2022-01-01", country="RU"))
    assert worst.score == 85.0 and worst.verdict == NON_COMPLIANT  # 20 + 10 + 25 + 25 + 5
    assert worst.reasons == ("loss_over_limit", "score_over_limit", "alert_after_cutoff")


@pytest.mark.parametrize("score, verdict", [
    (60.0, COMPLIANT), (60.01, NEEDS_REVIEW),  # borderline: within 10 points of the limit
    (70.0, NEEDS_REVIEW), (70.01, NON_COMPLIANT),  # score > 70
])
def test_score_thresholds(score, verdict):
    assert decide(0.0, score, False)[0] == verdict


def test_each_check_alone_is_enough():  # seed 002: three independent barriers
    assert decide(2.5, 0.0, False)[0] == NON_COMPLIANT
    assert decide(0.0, 71.0, False)[0] == NON_COMPLIANT
    assert decide(0.0, 0.0, True)[0] == NON_COMPLIANT
    assert decide(0.0, 0.0, False)[0] == COMPLIANT
    assert decide(0.0, 0.0, False, not_computed=["country not computed"])[0] == NEEDS_REVIEW
    assert decide(5.0, 0.0, None, not_computed=["alert not computed"])[0] == NON_COMPLIANT  # proven anyway


def test_fields_and_disagreement_with_epoch():
    row = plot(perc=0.001, area=100.0, alert="non-critical", end="2023-01-01", country="BR", status_key="compliant")
    fields = second_opinion_fields(row)
    assert set(fields) == set(FIELDS)
    assert fields["second_opinion"] == NON_COMPLIANT and fields["second_opinion_disagrees"] == 1
    assert fields["second_opinion_score"] == pytest.approx(0 + 0.5 + 25 + 5 + 5)  # 0.1 ha of alert: +5
    assert disagrees("non-compliant", COMPLIANT) and not disagrees("non-compliant", NON_COMPLIANT)
    assert not disagrees("non-compliant", NEEDS_REVIEW) and disagrees("compliant", NEEDS_REVIEW)
    assert not disagrees("compliant", COMPLIANT) and not disagrees("data-error", COMPLIANT)
