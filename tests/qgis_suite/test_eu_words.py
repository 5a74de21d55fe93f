"""EU Information System sentences said whole, one per case: the clock's minutes (one minute, several minutes),
the count of further problems, and why a statement cannot be amended or withdrawn."""

from epoch_eudr.core.eu_is import EuIsError
from epoch_eudr.core.eu_is.checks import StatementRefused, problem
from epoch_eudr.core.eu_is.records import StatementRecord, iso, now_utc


def test_the_clock_is_said_in_one_minute_or_in_minutes(qgis_app):
    from epoch_eudr.layers.words.eu_messages import eu_error_text

    def said(skew):
        return eu_error_text(EuIsError("clock", kind="clock", code="eu_is_clock",
                                       params={"host": "h", "errors": "e", "skew_minutes": skew}))

    assert said(1).endswith("This computer's clock is 1 minute ahead of the server's.")
    assert said(-1).endswith("This computer's clock is 1 minute behind the server's.")
    assert said(10).endswith("This computer's clock is 10 minutes ahead of the server's.")
    assert said(-10).endswith("This computer's clock is 10 minutes behind the server's.")


def test_further_problems_are_counted_in_a_whole_phrase(qgis_app):
    from epoch_eudr.layers.words.eu_messages import eu_error_text

    first = problem("eu_is_check_description", line=1)
    assert eu_error_text(StatementRefused([first, first])).endswith(" (1 more problem found)")
    assert eu_error_text(StatementRefused([first] * 3)).endswith(" (2 more problems found)")


def test_amend_and_withdraw_refusals_are_whole_sentences(qgis_app):
    from epoch_eudr.layers.operations.eu_statements import AMEND, WITHDRAW, refused_change

    withdrawn = StatementRecord("PO-1", uuid="u-1", status="WITHDRAWN", submitted_at=iso(now_utc()))
    assert str(refused_change(withdrawn, AMEND)) == "Only an AVAILABLE statement can be amended; u-1 is WITHDRAWN."
    assert str(refused_change(withdrawn, WITHDRAW)) == \
        "Only an AVAILABLE statement can be withdrawn; u-1 is WITHDRAWN."
    old = StatementRecord("PO-2", uuid="u-2", status="AVAILABLE", submitted_at="2026-01-01T00:00:00Z")
    assert str(refused_change(old, AMEND)) == ("u-2 was submitted on 2026-01-01T00:00:00Z: a statement can be "
                                               "amended only within 72 hours of its submission.")
    assert "withdrawn only within 72 hours" in str(refused_change(old, WITHDRAW))
    assert refused_change(StatementRecord("PO-3", uuid="u-3", status="AVAILABLE", submitted_at=iso(now_utc())),
                          AMEND) is None


def test_a_record_kept_before_forms_were_still_opens_its_amendment_with_what_it_says(qgis_app):
    from epoch_eudr.layers.operations.eu_statements import recorded_form

    old = StatementRecord("PO-OLD", uuid="u-9", status="AVAILABLE", activity="IMPORT", hs_headings="0901",
                          description="Coffee", net_mass_kg="10.5")
    form = recorded_form(old)
    assert (form.activity, form.hs_heading, form.description, form.net_mass_kg, form.internal_reference) == \
        ("IMPORT", "0901", "Coffee", "10.5", "PO-OLD")
    assert recorded_form(StatementRecord("PO-BAD", form="{not json", activity="DOMESTIC")).activity == "DOMESTIC"


def test_a_register_rows_tooltip_says_the_answer_in_words_and_the_services_time_in_local_time(qgis_app):
    from epoch_eudr.ui.eu_common import local_time
    from epoch_eudr.ui.eu_register_box import row_tooltip

    row = {"reference_number": "26FRABCDEFGHIJ", "verification_number": "SFFCB4Y3", "supplier": "Coop",
           "received_on": "2026-12-01", "product": "Coffee", "result": "EXISTING_USABLE", "status": "AVAILABLE",
           "service_date": "2026-12-07T05:17:14.638Z", "checked_at": "2026-12-07T05:17:15Z"}
    said = row_tooltip(row)
    assert f"the service said Exists, usable (Available, {local_time(row['service_date'])})" in said, said
    assert "EXISTING_USABLE" not in said and "AVAILABLE" not in said and "T05:17" not in said  # stored, not shown
    unknown = row_tooltip({**row, "result": "NON_EXISTENT", "status": "", "service_date": ""})
    assert "the service said Does not exist (-, -)" in unknown, unknown
