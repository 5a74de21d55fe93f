"""The risk-based check sample: at least the Art. 16 share per EU risk class (Regulation (EU) 2023/1115:
9 % high, 3 % standard, 1 % low; classes of Implementing Regulation (EU) 2025/1093), rounded up, at least
one per non-empty class; highest Epoch risk first; reproducible with a seed."""

import pytest
from epoch_eudr.core.check_sample import REASON_FIELDS, class_share, draw_check_sample, required_count


def producer(name, country="BR", rank=0, perc=0.0, plots=0, **extra):
    status = {3: "High Risk", 2: "Medium Risk", 1: "Not Assessable", 0: "Compliant"}[rank]
    return {"company_name": name, "country_code": country, "status": status, "risk_rank": rank,
            "noncompliance_area_perc": perc, "noncompliance_plot_count": plots, "collection_id": f"c_{name}",
            **extra}


@pytest.mark.parametrize("population, share, required", [
    (0, 9, 0), (1, 1, 1), (1, 9, 1),  # at least one when the class is not empty
    (100, 1, 1), (101, 1, 2),  # low: ceil(1 % x N)
    (33, 3, 1), (34, 3, 2), (100, 3, 3), (101, 3, 4),  # standard: integer arithmetic, 3 % of 100 is 3
    (11, 9, 1), (12, 9, 2), (100, 9, 9), (101, 9, 10),  # high
    (5, 100, 5),  # never more than the class holds
])
def test_required_count_boundaries(population, share, required):
    assert required_count(population, share) == required


def test_shares_per_class_and_unknown_at_standard():
    assert [class_share(r) for r in ("low", "standard", "high", "unknown")] == [1, 3, 9, 3]


def test_highest_epoch_risk_first_then_nc_area_then_nc_plots():
    rows = [producer(f"p{i}") for i in range(30)]  # 34 standard-risk producers: 2 to check
    rows += [producer("medium", rank=2, perc=0.01, plots=3), producer("high_small", rank=3, perc=0.06, plots=1),
             producer("high_big", rank=3, perc=0.20, plots=1), producer("unassessable", rank=1)]
    sample = draw_check_sample(rows, seed=1)
    assert [r["company_name"] for r in sample.rows] == ["high_big", "high_small"]
    assert sample.classes["standard"].required == 2 and sample.classes["standard"].population == 34
    facts = {k: sample.rows[0][k] for k in ("sample_reason", *REASON_FIELDS, "sample_required", "sample_population")}
    assert facts == {"sample_reason": "risk_order", "sample_position": 1, "sample_share": 3,  # data, not a sentence
                     "sample_status_key": "high-risk", "sample_nc_plots": 1, "sample_nc_percent": 20.0,
                     "sample_required": 2, "sample_population": 34}
    assert sample.rows[1]["sample_position"] == 2 and sample.rows[1]["sample_nc_percent"] == 6.0
    same_rank = [producer("a", rank=3, perc=0.1, plots=5), producer("b", rank=3, perc=0.1, plots=12)]
    assert draw_check_sample(same_rank, seed=1).rows[0]["company_name"] == "b"  # NC plots break the tie


def test_each_class_gets_its_share_and_the_reason_says_which():
    rows = [producer(f"ru{i}", "RU") for i in range(12)]  # high: ceil(0.09 x 12) = 2
    rows += [producer(f"gh{i}", "GH") for i in range(101)]  # low: ceil(0.01 x 101) = 2
    rows += [producer("nowhere", "", rank=3, plots=12)]  # unknown: sampled at the standard share
    sample = draw_check_sample(rows, seed=3)
    counts = {risk: c.required for risk, c in sample.classes.items()}
    assert counts == {"high": 2, "standard": 0, "unknown": 1, "low": 2}
    assert [r["eu_country_risk"] for r in sample.rows] == ["high", "high", "unknown", "low", "low"]
    assert [r["sample_order"] for r in sample.rows] == [1, 2, 3, 4, 5]
    said = [(r["sample_share"], r["sample_status_key"], r["sample_nc_plots"], r["sample_position"])
            for r in sample.rows]
    assert said == [(9, "compliant", 0, 1), (9, "compliant", 0, 2), (3, "high-risk", 12, 1),  # unknown: standard
                    (1, "compliant", 0, 1), (1, "compliant", 0, 2)]
    assert sample.rows[2]["eu_check_share"] is None and sample.rows[0]["eu_check_share"] == 9
    assert "high 2 of 12 (9 %)" in sample.summary() and "low 2 of 101 (1 %)" in sample.summary()


def test_reproducible_with_a_seed_whatever_the_row_order():
    rows = [producer(f"p{i:03d}") for i in range(200)]  # all tied: the seed decides
    first = [r["company_name"] for r in draw_check_sample(rows, seed=42).rows]
    assert len(first) == 6
    assert [r["company_name"] for r in draw_check_sample(list(reversed(rows)), seed=42).rows] == first
    assert [r["company_name"] for r in draw_check_sample(rows, seed=43).rows] != first


def test_a_producer_is_one_unit_with_all_its_rows():
    rows = [producer("ACME  Ltd", rank=3, plots=7, commodity="palm"), producer("acme ltd", plots=5, commodity="soy")]
    rows += [producer(f"p{i}") for i in range(10)]
    sample = draw_check_sample(rows, seed=0)
    assert [r["commodity"] for r in sample.rows] == ["palm", "soy"] and sample.classes["standard"].population == 11
    assert all(sample.rows[0][k] == sample.rows[1][k] for k in ("sample_reason", *REASON_FIELDS))
    assert sample.rows[0]["sample_status_key"] == "high-risk" and sample.rows[0]["sample_nc_plots"] == 12
    unnamed = draw_check_sample([producer("", rank=3), producer("", rank=2)] + rows[2:], seed=0)
    assert unnamed.classes["standard"].population == 12  # rows without a name are each their own producer


def test_random_fill_is_seeded_and_said():
    rows = [producer("risky", rank=3, plots=50)] + [producer(f"p{i:03d}") for i in range(99)]  # 3 to check
    sample = draw_check_sample(rows, seed=5, random_share=0.34)  # int(3 x 0.34) = 1 drawn at random
    reasons = [r["sample_reason"] for r in sample.rows]
    assert sample.rows[0]["company_name"] == "risky"
    assert reasons == ["risk_order", "risk_order", "random_pick"] and sample.rows[2]["sample_seed"] == 5
    assert draw_check_sample(rows, seed=5, random_share=0.34).rows == sample.rows
    with pytest.raises(ValueError):
        draw_check_sample(rows, seed=5, random_share=1.5)


def test_rows_are_copies_and_keep_a_given_class():
    rows = [producer("x", "BR", eu_country_risk="high")]
    sample = draw_check_sample(rows, seed=0)
    assert sample.rows[0]["eu_country_risk"] == "high" and sample.rows[0]["eu_check_share"] == 9
    assert "sample_reason" not in rows[0]
    assert draw_check_sample([], seed=0).rows == [] and "no producers" in draw_check_sample([], seed=0).summary()


def test_producers_are_counted_as_the_sample_counts_them():
    from epoch_eudr.core.check_sample import count_producers

    rows = [producer("Coop A"), producer("coop  a"), producer("Coop B", "FR"), producer("", "BR"), producer("", "BR"),
            producer("Coop C", "CI"), producer("Coop C", "FR")]
    sample = draw_check_sample(rows, seed=1)
    populations = {risk: c.population for risk, c in sample.classes.items() if c.population}
    from epoch_eudr.core.eu_benchmark import eu_fields_of_row

    groups = {}
    for row in rows:
        key = (row["company_name"], eu_fields_of_row(row)["eu_country_risk"])
        groups[key] = groups.get(key, 0) + 1
    counted = count_producers((name, risk, n) for (name, risk), n in groups.items())
    assert {risk: n for risk, n in counted.items() if risk} == populations
    # Coop A once (case, spaces), each unnamed row its own, Coop C once in all though in two classes
    assert counted[""] == 5 and counted["standard"] == 4
    assert count_producers([("X", "not a class", 2), (None, None, 3)]) == {"": 4, "unknown": 4}
