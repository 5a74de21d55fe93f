"""No internal vocabulary in what the dock and the field report say: the sandbox's internal user id never
shows, and the second opinion is named by its method, never by an internal document number."""

from epoch_eudr.connection.auth_config import save_credentials
from epoch_eudr.sandbox import DEMO_API_KEY, DEMO_USER_ID
from qgis.PyQt.QtWidgets import QPushButton

from .dock_driver import click, wait_until


def test_an_api_key_login_on_the_sandbox_does_not_show_its_internal_user_id(dock):
    tab = dock.connection
    tab.server.setCurrentIndex(tab.server.findData("sandbox"))
    authcfg = save_credentials("Epoch sandbox key", "api_key", DEMO_USER_ID, DEMO_API_KEY)
    tab.auth_select.setConfigId(authcfg)
    tab.session.settings.authcfg = authcfg
    tab.session.reset()
    click(tab.findChild(QPushButton, "test_connection"))
    wait_until(lambda: "Connected" in tab.status.text() or "refused" in tab.status.text())
    text = tab.status.text()
    assert "Connected" in text and "demo account" in text
    assert DEMO_USER_ID not in text and "API key" in text


def test_the_field_report_names_the_second_opinions_method():
    from epoch_eudr.core.field_report import SectionCounts
    from epoch_eudr.layers.report.data import _second_fact

    counts = SectionCounts()
    counts.plots = 4
    text = _second_fact(counts)
    assert "seed" not in text.lower() and "composite-score method" in text
