"""The *Changes since...* card in whole sentences: a comparison whose earlier load has no known day says
"since the earlier load" as one translatable sentence (not "since {day}" filled with a fragment), and its
counts are written as the user's locale writes numbers."""

from epoch_eudr.core.compare import BETTER, NEW, WORSE, ChangeTally
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator


class Pseudo(QTranslator):
    def __init__(self, pairs):
        super().__init__()
        self.pairs = pairs

    def translate(self, context, text, disambiguation=None, n=-1):
        return self.pairs.get((context, text), None)

    def isEmpty(self):  # noqa: N802
        return False


def test_a_card_without_a_day_is_one_sentence_and_counts_are_the_locales(qgis_app):
    from epoch_eudr.ui.wdg_changes import card_text

    translator = Pseudo({
        ("ChangesBox", "{n} producers worse since the earlier load"): "{n} producteurs en recul depuis le "
                                                                       "chargement précédent",
        ("ChangesBox", "{n} producers worse since {day}"): "{n} producteurs en recul depuis le {day}"})
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "fr_FR")
    QCoreApplication.installTranslator(translator)
    try:
        tally = ChangeTally(since="")
        tally.counts.update({WORSE: 1200, BETTER: 3, NEW: 1})
        head, kinds = card_text(tally).split("\n")
        assert head == "1\u202f200 producteurs en recul depuis le chargement précédent"
        assert "1\u202f200" in kinds
        tally.since = "2026-11-02"
        assert card_text(tally).split("\n")[0] == "1\u202f200 producteurs en recul depuis le 2026-11-02"
    finally:
        QCoreApplication.removeTranslator(translator)
        if before is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", before)
