"""The field report from the dock: the file offered is named after its producers and its date, not
``field_report.pdf``, and the button beside it says what it opens."""

import datetime as dt

from qgis.PyQt.QtWidgets import QFileDialog

from .dock_driver import click, log_in, wait_until


def test_the_report_file_is_named_after_the_producers_and_the_day(dock, monkeypatch):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: offered.append(args[2]) or ("", ""))
    tab.table.selectRow(0)
    name = tab.selected_row()["company_name"]
    tab.report()
    tab.layer.removeSelection()
    tab.report()
    today = dt.date.today().isoformat()
    assert offered[0].endswith(f"Field report {name} {today}.pdf"), offered
    assert offered[1].endswith(f"Field report all producers {today}.pdf"), offered
    assert "field_report.pdf" not in " ".join(offered)
    button = tab.open_report_button
    assert button.text() == "Open PDF" and "field report" in button.toolTip()  # beside "Field report (PDF)"
