"""The operations' own words (Processing's COUNTS output, a layer's notes) come from layers.words.language: the user's
number format and the status names in the user's language, the same as the dock's messages."""

from epoch_eudr.layers.operations.epoch_api import describe_counts
from epoch_eudr.layers.words.language import integer_text
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale


def test_counts_are_said_with_the_users_digit_grouping(qgis_app):
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "fr_FR")
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        said = describe_counts({"Compliant": 1200, "High Risk": 3, "Medium Risk": 0})
        assert said.startswith(integer_text(1200)) and "1,200" not in said, said
        assert "Medium Risk" not in said and "3 High Risk" in said
    finally:
        QLocale.setDefault(QLocale("en_US"))
        if before is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", before)


def test_a_drill_down_is_said_in_french_without_agreement_trouble(french):  # noqa: F811
    """"Coop : 45 parcelles chargées : Non conforme : 44, Conforme : 1": the name and the breakdown need no
    agreement (a status is not made plural after its count), and French puts a no-break space before ':'."""
    from epoch_eudr.layers.operations.epoch_api import DrillDown

    said = DrillDown(counts={"Non-Compliant": 44, "Compliant": 1}, producer="Coop").summary()
    assert said.startswith("Coop\u00a0: ") and "Non conforme\u00a0: 44" in said and "Conforme\u00a0: 1" in said, said
    assert "44 Non" not in said
