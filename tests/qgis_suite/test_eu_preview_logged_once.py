"""The EU statement's preview is one message in the panel's log tab: Preview says it; Submit right after reads the
statement again as a step of the submission (its question and its own message follow), not a second preview."""

from qgis.core import QgsApplication

from .dock_driver import click, wait_until
from .test_dock_eu_is import fill, idle, logged_in, sample_layer, status_of


def test_preview_then_submit_logs_the_preview_once(eu_tab, dock, eu_fake, fixed_sample):
    from epoch_eudr.core.operation import LOG_TAG

    dock.statement_watcher.stop()
    logged = []

    def received(text, tag, level):
        if tag == LOG_TAG:
            logged.append(text)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(received)
    try:
        logged_in(eu_tab, eu_fake)
        layer = sample_layer(fixed_sample)
        fill(eu_tab, layer, reference="PO-ONCE-1")
        click(eu_tab.new_statement.preview_button)
        idle(eu_tab)
        wait_until(lambda: any("Statement preview" in text for text in logged), timeout=10)
        eu_tab.new_statement.confirm = lambda text: True
        click(eu_tab.new_statement.submit_button)
        wait_until(lambda: status_of(eu_tab, "PO-ONCE-1") == "SUBMITTED", timeout=60)
        idle(eu_tab)
    finally:
        log.messageReceived.disconnect(received)
    previews = [text for text in logged if "Statement preview" in text]
    assert len(previews) == 1, logged
    assert any("PO-ONCE-1" in text or "Submitted" in text for text in logged if text not in previews), logged
