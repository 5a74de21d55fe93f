"""The EU country risk cards count every producer: one card per class of Implementing Regulation (EU)
2025/1093 and one for producers whose country has no class, each card's count equal to the rows the table
shows when filtered on that class, and the cards adding up to the producers loaded."""

from .dock_driver import wait_until
from .test_dock_eu_checks import _column, _loaded


def test_each_eu_card_counts_the_rows_its_class_filters(dock, tmp_path):
    tab = _loaded(dock)
    risks = _column(tmp_path / "results.gpkg", "assessments", "eu_country_risk")
    wait_until(lambda: all(label.text() for label in tab.eu_cards.values.values()))
    cards = {key: int(label.text()) for key, label in tab.eu_cards.values.items()}
    assert set(cards) == {"high", "standard", "low", "unknown"}
    assert sum(cards.values()) == tab.model.rowCount() == len(risks)  # every producer on a card
    assert cards["unknown"] == len(risks) - sum(risks.count(k) for k in ("high", "standard", "low"))
    for key, count in cards.items():
        tab.eu_filter.setCurrentIndex(tab.eu_filter.findData(key))
        wait_until(lambda: not tab.model.pending())
        assert tab.model.rowCount() == count, key
    tab.eu_filter.setCurrentIndex(0)
    wait_until(lambda: not tab.model.pending())
    assert tab.model.rowCount() == len(risks)
