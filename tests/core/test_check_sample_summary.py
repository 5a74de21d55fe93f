"""The check sample's English summary (a script's log) counts without "(s)": each noun agrees with its number."""

from epoch_eudr.core.check_sample import draw_check_sample


def test_summary_agrees_each_count_with_its_noun():
    one = draw_check_sample([{"company_name": "A", "country_code": "BR", "status": "High Risk", "risk_rank": 3,
                              "collection_id": "c_a"}], seed=1)
    assert "(s)" not in one.summary()
    assert ": 1 producer, 1 row: " in one.summary(), one.summary()
    many = draw_check_sample([{"company_name": n, "country_code": "BR", "status": "High Risk", "risk_rank": 3,
                               "collection_id": f"c_{n}"} for n in "AB"] * 2, seed=1)
    assert "(s)" not in many.summary() and " rows: " in many.summary(), many.summary()
