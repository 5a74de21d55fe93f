"""Numbers in the EU statement form as the plugin writes numbers (layers/words/language: QGIS's number locale when
the user set one, else the plugin's language), read back the same way; and the statement watcher waiting longer after
each failed look."""

import pytest
from qgis.core import QgsSettings


@pytest.fixture
def number_locale(qgis_app):
    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag", "locale/globalLocale")
    before = {key: settings.value(key, None) for key in keys}

    def use(code):
        settings.setValue("locale/userLocale", "en_US")
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/globalLocale", code)

    yield use
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.mark.parametrize("code, shown", [("de_DE", "12.000,5"), ("en_US", "12,000.5")])
def test_quantities_are_shown_and_read_in_the_number_locale(number_locale, code, shown):
    from epoch_eudr.ui.eu_statement_form import quantity_text, shown_quantity

    number_locale(code)
    assert shown_quantity("12000.5") == shown and shown_quantity("12000") == shown.split(shown[-2])[0]
    assert quantity_text(shown) == "12000.5"
    assert quantity_text("12000.5") == "12000.5"  # plain decimal text is read too
    assert quantity_text("twelve") == "twelve" and quantity_text(" ") is None


def test_the_watcher_waits_longer_after_each_failed_look(qgis_app, monkeypatch):
    from epoch_eudr.core.eu_is import EuIsError
    from epoch_eudr.core.eu_is.records import StatementRecord
    from epoch_eudr.ui import statement_watcher

    waiting = StatementRecord("PO-W", uuid="u", status="SUBMITTED", submitted_at="2026-01-01T00:00:00Z")
    monkeypatch.setattr(statement_watcher, "read_statements", lambda: [waiting])

    def no_login(_settings):
        raise EuIsError("no login", kind="configuration")

    monkeypatch.setattr(statement_watcher, "make_client", no_login)
    watcher = statement_watcher.StatementWatcher()
    watcher.start()
    try:
        intervals = []
        for _ in range(6):
            watcher.check_now()
            intervals.append(watcher._timer.interval() / 1000)
        assert intervals == [300.0, 600.0, 1200.0, 2400.0, 3600.0, 3600.0]
    finally:
        watcher.stop()
