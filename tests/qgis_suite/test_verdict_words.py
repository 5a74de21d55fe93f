"""The second opinion's verdicts are written as Epoch's statuses are: a plot "Non-Compliant" in one column
and "Non-compliant" in the next (the walk of the packaged plugin) read as two different things."""

import pytest

pytestmark = pytest.mark.usefixtures("qgis_app")


def _pairs():
    from epoch_eudr.layers.words.language import status_label
    from epoch_eudr.layers.words.shown_values import value_label

    return [(value_label("second_opinion", verdict), status_label(status))
            for verdict, status in (("NON_COMPLIANT", "Non-Compliant"), ("COMPLIANT", "Compliant"))]


def test_verdicts_read_as_statuses_in_english():
    pairs = _pairs()
    assert pairs[0] == ("Non-Compliant", "Non-Compliant")
    assert all(verdict == status for verdict, status in pairs)


def test_verdicts_read_as_statuses_in_french(french):
    pairs = _pairs()
    assert pairs[0][0] == "Non conforme"
    assert all(verdict == status for verdict, status in pairs)


def test_field_report_words_as_statuses():
    from epoch_eudr.core.field_report import VERDICT_WORDS
    from epoch_eudr.core.risk import PLOT_COMPLIANT, PLOT_NON_COMPLIANT
    from epoch_eudr.core.second_opinion import COMPLIANT, NON_COMPLIANT

    assert VERDICT_WORDS[NON_COMPLIANT] == PLOT_NON_COMPLIANT.label
    assert VERDICT_WORDS[COMPLIANT] == PLOT_COMPLIANT.label
