"""The dock tables' headers: every column a result table shows, and the findings columns a row may carry
(``data_error``, ``data_note``, a preflight layer's ``findings``), has a header in the user's language."""

from epoch_eudr.core.result_kinds import RESULT_KINDS, TABLE_KINDS
from epoch_eudr.ui.column_labels import translated
from qgis.PyQt.QtCore import QCoreApplication, QTranslator


class Marked(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 (Qt's name)
        return f"«{source}»" if context == "Columns" else None


def test_every_shown_column_and_the_findings_have_a_translated_header(qgis_app):
    keys = {key for kind in TABLE_KINDS for key, _ in RESULT_KINDS[kind].columns()}
    keys |= {"data_error", "data_note", "findings"}
    marked = Marked()
    QCoreApplication.installTranslator(marked)
    try:
        headers = dict(translated([(key, key) for key in sorted(keys)]))
    finally:
        QCoreApplication.removeTranslator(marked)
    untranslated = {key: header for key, header in headers.items() if not header.startswith("«")}
    assert untranslated == {}
    assert headers["data_note"] == "«Data note»" and headers["findings"] == "«Findings»"
