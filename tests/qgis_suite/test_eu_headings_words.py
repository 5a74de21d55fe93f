"""The HS heading descriptions of Annex I are shown in the user's language (core keeps them in English): in the
dock's statement form beside the heading and in the headings' tooltips; every entry of core's table has its
translatable words, the same English."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTranslator


class Marking(QTranslator):
    """A translator that marks every heading description it is asked for (stands in for a language's .qm)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "EuHeadings" else ""

    def isEmpty(self):  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def marking(qgis_app):
    translator = Marking()
    QgsApplication.installTranslator(translator)
    yield translator
    QgsApplication.removeTranslator(translator)


def test_every_annex_entry_has_its_words_for_translation(qgis_app):
    from epoch_eudr.core.eu_is.hs_headings import entries
    from epoch_eudr.layers.words.eu_headings import shown_entries

    assert shown_entries() == entries()  # untranslated: exactly core's English, entry by entry


def test_the_dock_form_shows_the_description_translated(dock, marking):
    from epoch_eudr.ui.eu_statement_form import StatementFormWidget

    form = dock.eu_is.new_statement.form
    form.hs_heading.setCurrentIndex(form.hs_heading.findData("1801"))
    assert form.heading_text.text() == "«Cocoa beans, whole or broken, raw or roasted»"
    form.hs_heading.setEditText("440711")  # a subdivision of a wood heading: the heading's words, numbered
    assert form.heading_text.text() == "«Wood and articles of wood (heading 4407)»"
    fresh = StatementFormWidget()
    combo = fresh.hs_heading
    tips = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())}
    assert tips["0901"] == "«Coffee; coffee husks and skins; coffee substitutes containing coffee»"
    assert tips["4401"] == "«Wood and articles of wood (heading 4401)»"
