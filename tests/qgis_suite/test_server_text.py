"""Server-provided text is shown as text: no live link in the message bar or the dock (issue 13, item 10)."""

from qgis.PyQt.QtCore import Qt

HOSTILE = 'Bad request: <a href="https://evil.example/phish">click to re-login</a> <b>now</b>'


def test_message_bar_and_status_labels_show_markup_as_text(dock):
    dock.notify(2, HOSTILE)  # Qgis.MessageLevel.Critical
    item = dock.iface.messageBar().currentItem()
    assert "<a href" not in item.text() and "&lt;a href" in item.text()  # escaped: rendered as the literal words
    from epoch_eudr.ui.wdg_common import show_status

    for tab in (dock.connection, dock.screening, dock.submit, dock.assessments):
        show_status(tab.status, HOSTILE)
        assert tab.status.textFormat() == Qt.TextFormat.PlainText
        assert tab.status.text() == HOSTILE
