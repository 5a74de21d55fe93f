"""What the dock says reaches QGIS's message log as plain text: no HTML entity for an apostrophe or a quote
(the message bar, which shows HTML, still shows markup as the literal words)."""

from qgis.core import Qgis, QgsApplication


def test_messages_reach_the_log_without_html_entities(dock):
    heard = []

    def hear(message, tag, level):
        heard.append(message)

    QgsApplication.messageLog().messageReceived.connect(hear)
    try:
        dock.notify(Qgis.MessageLevel.Info, "1 property name(s) renamed for the GeoPackage: 'fid' as 'fid_'")
        dock.notify(Qgis.MessageLevel.Warning, 'The EU Information System\'s answer: "busy"')
        QgsApplication.processEvents()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(hear)
    logged = "\n".join(heard)
    assert "&#x27;" not in logged and "&quot;" not in logged and "&#" not in logged, logged
    assert "'fid' as 'fid_'" in logged and "System's answer: \"busy\"" in logged
    item = dock.iface.messageBar().currentItem()
    assert "System's answer" in item.text()
