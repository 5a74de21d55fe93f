"""Every result kind is counted, every screening option labelled and every error code worded on the QGIS side
(layers/words/language.py), so that each reaches the translator; in English each says what core says."""

import pytest
from epoch_eudr.core.result_kinds import FACILITY_VALIDATION_OPTIONS, GENERIC_NOUNS, RESULT_KINDS, SCREENING_OPTIONS
from epoch_eudr.layers.words import language as i18n


@pytest.mark.parametrize("kind", sorted(RESULT_KINDS))
def test_every_result_kind_has_its_translatable_nouns(qgis_app, kind):
    own = RESULT_KINDS[kind].nouns != GENERIC_NOUNS
    assert not own or kind in i18n._nouns(), f"{kind}: its own nouns are not in layers/words/language.py"
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


def test_a_kind_without_nouns_of_its_own_is_counted_as_features_in_the_users_language(qgis_app, monkeypatch):
    """A new result kind needs no entry here: it is counted with the generic, translated nouns."""
    from epoch_eudr.core.result_kinds import ResultKind

    monkeypatch.setitem(RESULT_KINDS, "throwaway", ResultKind("throwaway", (), "POINT"))
    assert [i18n.count_text(n, "throwaway") for n in (1, 3)] == ["1 feature", "3 features"]
    translated = {"{n} feature": "{n} entité", "{n} features": "{n} entités"}
    monkeypatch.setattr(i18n, "tr", lambda text: translated.get(text, text))
    monkeypatch.setattr(i18n, "takes_singular", lambda number, code=None: number in (0, 1))
    assert [i18n.count_text(n, "throwaway") for n in (1, 3)] == ["1 entité", "3 entités"]
