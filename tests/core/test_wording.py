"""The English counts layers/operations.py still takes from core (nouns that agree with their numbers)."""

from epoch_eudr.core.wording import breakdown, count_of


def test_nouns_agree_and_zero_counts_are_left_out():
    assert count_of(1, "facilities") == "1 facility"
    assert count_of(2, "facilities") == "2 facilities"
    assert count_of(100000, "assessments") == "100,000 producer assessments"
    assert breakdown({"High Risk": 0, "Compliant": 3, "Medium Risk": 3}) == "3 Compliant, 3 Medium Risk"
