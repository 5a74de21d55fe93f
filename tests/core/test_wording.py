"""Messages whose nouns agree with their numbers (issue 12: "1124 screened plots screened")."""

from epoch_eudr.core.wording import breakdown, count_of, outcome


def test_plots_screened_reads_as_one_sentence():
    text = outcome(1124, "screened_plots", "screened", {"Compliant": 1120, "Non-Compliant": 4})
    assert text == "1,124 plots screened: 1,120 Compliant, 4 Non-Compliant"


def test_nouns_agree_and_zero_counts_are_left_out():
    assert count_of(1, "facilities") == "1 facility"
    assert count_of(2, "facilities") == "2 facilities"
    assert count_of(100000, "assessments") == "100,000 producer assessments"
    assert breakdown({"High Risk": 0, "Compliant": 3, "Medium Risk": 3}) == "3 Compliant, 3 Medium Risk"
    assert outcome(0, "plots", "loaded", {}) == "0 plots loaded"
