"""Numbers, plural forms and country names in the user's language: counts grouped as the locale groups them
("1 124" in French, "1.124" in German), the singular/plural form the language's CLDR plural rules pick ("0
parcelle" in French), whole outcome sentences, and country names from the plugin's own CLDR tables
(resources/country_names/) on a system without the iso-codes catalogues (gettext never asked)."""

import gettext
import json
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from .helpers import PseudoTranslator as Pseudo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def locale(qgis_app):
    settings = QgsSettings()
    before = {key: settings.value(key, None) for key in ("locale/userLocale", "locale/overrideFlag",
                                                           "locale/globalLocale")}
    settings.remove("locale/overrideFlag")
    installed = []

    def use(code, pairs=None):
        settings.setValue("locale/userLocale", code)
        if pairs:
            translator = Pseudo(pairs)
            QCoreApplication.installTranslator(translator)
            installed.append(translator)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def no_iso_codes(monkeypatch):
    """A system without the iso-codes catalogues (Windows, macOS, the CI): gettext must never be asked."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("country names must not come from the system's gettext catalogues")

    monkeypatch.setattr(gettext, "translation", refuse)
    monkeypatch.setattr(gettext, "find", refuse)


FRENCH = {("CoreMessages", "{n} plot"): "{n} parcelle", ("CoreMessages", "{n} plots"): "{n} parcelles",
          ("CoreMessages", "{n} plots screened: {statuses}"): "{n} parcelles analysées : {statuses}",
          ("CoreMessages", "{n} plot screened: {statuses}"): "{n} parcelle analysée : {statuses}",
          ("CoreMessages", "Compliant"): "Conforme"}


def test_counts_are_grouped_and_agree_as_the_language_says(locale):
    from epoch_eudr.layers.words.language import breakdown_text, count_text, outcome_text

    locale("fr_FR", FRENCH)
    assert count_text(1124, "plots") == "1\u202f124 parcelles"  # QLocale's French group separator
    assert count_text(1, "plots") == "1 parcelle" and count_text(0, "plots") == "0 parcelle"  # CLDR fr: one = 0, 1
    assert count_text(2, "plots") == "2 parcelles"
    assert breakdown_text({"Compliant": 3182}) == "3\u202f182 Conforme"
    assert outcome_text(1124, "screened_plots", "screened", {"Compliant": 1124}) == \
        "1\u202f124 parcelles analysées : 1\u202f124 Conforme"
    assert outcome_text(1, "screened_plots", "screened", {"Compliant": 1}) == "1 parcelle analysée : 1 Conforme"


@pytest.mark.parametrize("code, thousands, zero_is_singular", [
    ("de_DE", "1.124 plots", False), ("es_ES", "1.124 plots", False), ("pt_BR", "1.124 plots", True),
    ("pt_PT", "1\u00a0124 plots", False), ("id_ID", "1.124 plots", False), ("en_US", "1,124 plots", False)])
def test_each_language_groups_and_picks_its_form(locale, code, thousands, zero_is_singular):
    from epoch_eudr.layers.words.language import count_text, takes_singular

    locale(code)
    assert count_text(1124, "plots").replace("\u202f", "\u00a0") == thousands
    assert count_text(1, "plots") == "1 plot"
    assert takes_singular(0) is zero_is_singular


def test_qgis_own_number_locale_wins_when_the_user_set_one(locale):
    from epoch_eudr.layers.words.language import count_text
    from epoch_eudr.layers.words.shown_values import number_text

    locale("en_US")
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/globalLocale", "de_DE")
    assert count_text(1124, "plots") == "1.124 plots" and number_text(3.182, 3) == "3,182"


@pytest.mark.parametrize("code, brazil, ivory_coast", [
    ("fr_FR", "Brésil", "Côte d’Ivoire"), ("de_DE", "Brasilien", "Côte d’Ivoire"), ("pt_BR", "Brasil",
                                                                                   "Costa do Marfim"),
    ("es_ES", "Brasil", "Côte d’Ivoire"), ("id_ID", "Brasil", "Côte d’Ivoire"),
    ("en_US", "Brazil", "Ivory Coast")])  # English: the stored name as it is
def test_country_names_come_from_the_plugins_cldr_tables(locale, no_iso_codes, code, brazil, ivory_coast):
    from epoch_eudr.layers.words.shown_values import value_label

    locale(code)
    assert value_label("country", "Brazil") == brazil and value_label("producer_country", "BR") == brazil
    assert value_label("country", "Ivory Coast") == ivory_coast
    assert value_label("country", "Atlantis") == "Atlantis"  # unknown: the stored text


def test_every_shipped_language_has_every_country_and_names_its_source():
    from epoch_eudr.core.iso3166 import ALPHA2

    for language in ("en", "fr", "es", "pt", "pt_BR", "id", "de"):
        data = json.loads((ROOT / "resources" / "country_names" / f"{language}.json").read_text(encoding="utf-8"))
        assert data["_source"].startswith("Unicode CLDR "), language
        assert ALPHA2 <= set(data), language
        assert all(name and name != code for code, name in data.items()), language
