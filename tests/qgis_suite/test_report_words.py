"""The field report's words in the user's language (layers/report_words): decimals with the locale's separator,
translated country names, one sentence per noun form, Epoch's reasons for not processing translated."""


from .helpers import speaking

FRENCH = {
    ("ReportWords", "{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020"):
        "{status} : {nc} sur {plots} parcelle non conforme, {ha} ha déboisés après 2020",
    ("ReportWords", "{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020"):
        "{status} : {nc} sur {plots} parcelles non conformes, {ha} ha déboisés après 2020",
    ("ReportWords", "{status}: no plots ({reason})"): "{status} : aucune parcelle ({reason})",
    ("ReportWords", "not processed: address too approximate"): "non traité : adresse trop approximative",
}


def test_numbers_countries_plurals_and_reasons_in_french(in_french):
    from epoch_eudr.layers.report.words import country_text, decimal, epoch_fact, skip_reason_text

    assert decimal(3.182, 3) == "3,182" and decimal(-9.5443721, 6) == "-9,544372" and decimal(None) == ""
    assert country_text({"country_code": "BR", "country": "Brazil"}) == "Brésil (BR)"
    assert epoch_fact("Élevé", 1, 1, 0.5, 0) == "Élevé : 1 sur 1 parcelle non conforme, 0,50 ha déboisés après 2020"
    assert epoch_fact("Élevé", 150, 144, 158.25, 0).startswith("Élevé : 144 sur 150 parcelles non conformes, 158,25")
    assert epoch_fact("Non évaluable", 0, 0, None, 0, "not processed: address too approximate") == \
        "Non évaluable : aucune parcelle (non traité : adresse trop approximative)"
    assert skip_reason_text("some new reason") == "some new reason"  # unknown: as the server wrote it


def test_a_data_error_reason_is_worded_not_shown_as_its_code(qgis_app):
    """A Not Assessable producer's skip_reason is its stored data_error codes: the report words them."""
    from epoch_eudr.core.coercion import finding
    from epoch_eudr.layers.report.words import skip_reason_text

    code = finding("not_a_number", "noncompliance_area_perc", "5%")
    assert code.startswith("not_a_number:")
    text = skip_reason_text(code)
    assert "not_a_number" not in text and "noncompliance_area_perc" in text and "5%" in text


def test_in_english(qgis_app):
    from epoch_eudr.layers.report.words import country_text, epoch_fact

    with speaking("en_US", {}):
        assert country_text({"country_code": "ID"}) == "Indonesia (ID)"
        assert epoch_fact("High Risk", 1, 1, 2.0, 1) == \
            "High Risk: 1 of 1 plot Non-Compliant, 2.00 ha deforested after 2020, 1 with a data error"
        assert epoch_fact("High Risk", 4, 2, 1.6, 2).endswith("4 plots Non-Compliant, 1.60 ha deforested after 2020, "
                                                               "2 with data errors")
