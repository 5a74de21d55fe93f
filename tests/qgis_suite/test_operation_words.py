"""The operations' own words (Processing's COUNTS output, a layer's notes) come from layers.i18n: the user's
number format and the status names in the user's language, the same as the dock's messages."""

from epoch_eudr.layers.i18n import integer_text
from epoch_eudr.layers.operations import describe_counts
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
