"""The *Changes since...* card in whole sentences: a comparison whose earlier load has no known day says
"since the earlier load" as one translatable sentence (not "since {day}" filled with a fragment), and its
counts are written as the user's locale writes numbers."""

from epoch_eudr.core.compare import BETTER, NEW, WORSE, ChangeTally

from .helpers import speaking


def test_a_card_without_a_day_is_one_sentence_and_counts_are_the_locales(qgis_app):
    from epoch_eudr.ui.wdg_changes import card_text

    with speaking("fr_FR", {
        ("ChangesBox", "{n} producers worse since the earlier load"): "{n} producteurs en recul depuis le "
                                                                       "chargement précédent",
        ("ChangesBox", "{n} producers worse since {day}"): "{n} producteurs en recul depuis le {day}"}):
        tally = ChangeTally(since="")
        tally.counts.update({WORSE: 1200, BETTER: 3, NEW: 1})
        head, kinds = card_text(tally).split("\n")
        assert head == "1\u202f200 producteurs en recul depuis le chargement précédent"
        assert "1\u202f200" in kinds
        tally.since = "2026-11-02"
        assert card_text(tally).split("\n")[0] == "1\u202f200 producteurs en recul depuis le 2026-11-02"
