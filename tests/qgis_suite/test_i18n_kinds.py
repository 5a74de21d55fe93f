"""Every result kind is counted, every screening option labelled and every error code worded on the QGIS side
(layers/i18n.py), so that each reaches the translator; in English each says what core says."""

import pytest
from epoch_eudr.core.kinds import FACILITY_VALIDATION_OPTIONS, RESULT_KINDS, SCREENING_OPTIONS
from epoch_eudr.layers import i18n


@pytest.mark.parametrize("kind", sorted(RESULT_KINDS))
def test_every_result_kind_has_its_translatable_nouns(qgis_app, kind):
    assert kind in i18n._nouns(), f"{kind}: no count nouns in layers/i18n.py (shown untranslated)"
    singular, plural = RESULT_KINDS[kind].nouns  # English: the catalogue's nouns, grouped as English groups
    assert [i18n.count_text(n, kind) for n in (1, 2, 1124)] == [f"1 {singular}", f"2 {plural}", f"1,124 {plural}"]


@pytest.mark.parametrize("option", SCREENING_OPTIONS + FACILITY_VALIDATION_OPTIONS, ids=lambda o: o.key)
def test_every_option_has_its_translatable_label(qgis_app, option):
    missing = object()
    assert i18n.option_label(option.key, missing) == option.label


def test_a_refused_commodity_radius_is_worded(qgis_app):
    from epoch_eudr.core.api.errors import ConfigurationError
    from epoch_eudr.core.api.facility import check_radius

    with pytest.raises(ConfigurationError) as caught:
        check_radius(-5)
    text = i18n.error_text(caught.value)
    assert text == str(caught.value)  # in English, the template says what core says
    assert "-5" in text and "5,000 m" in text and "100,000" in text
