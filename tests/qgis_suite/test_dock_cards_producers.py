"""The Assessments tab's cards say what they count: assessments (a row each; a producer assessed in two collections
is on two), the total captioned so, not "Total Producers"; their tooltips say of how many producers, and those are
the check sample's populations for the same data (in all and per EU country risk class): where the same number
appears in two places, this test compares them. The sandbox has a producer assessed twice (13 assessments, 12
producers)."""

import re
import sqlite3

from qgis.PyQt.QtWidgets import QFrame, QLabel

from .dock_driver import click, lay_out, log_in, wait_until

TIP = re.compile(r"^(\d+) producer assessments? of (\d+) producers?\b")


def _card(cards, key):
    return cards.findChild(QFrame, f"card_{key}")


def _caption(cards, key):
    return [label.text() for label in _card(cards, key).findChildren(QLabel)][-1]


def test_the_cards_count_assessments_and_their_producers_are_the_check_samples(dock, dock_environment):
    log_in(dock)
    tab = dock.assessments
    lay_out(dock, tab)
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    assessments = tab.layer.featureCount()
    shown = int(tab.cards.values["total"].text())
    assert shown == assessments == tab.model.rowCount()
    assert _caption(tab.cards, "total") == "Total Assessments"
    counted, of_producers = map(int, TIP.match(_card(tab.cards, "total").toolTip()).groups())
    assert counted == shown

    tab.check_sample()
    wait_until(lambda: tab.ready() and "Check sample (seed" in tab.status.text(), timeout=60)
    with sqlite3.connect(dock_environment) as db:
        populations = dict(db.execute("SELECT DISTINCT eu_country_risk, sample_population FROM check_sample"))
        classes_of = dict(db.execute("SELECT lower(company_name), COUNT(DISTINCT eu_country_risk) FROM "
                                     "assessments GROUP BY 1"))
    names = [f["company_name"].lower() for f in tab.layer.getFeatures()]
    assert len(set(names)) < len(names)  # the data this is about: a producer with two collections
    assert max(classes_of.values()) == 1  # each producer in one class: the populations add up to the producers
    assert of_producers == sum(populations.values()) < shown
    for risk in ("high", "standard", "low", "unknown"):
        tip = _card(tab.eu_cards, risk).toolTip()
        counted, producers = map(int, TIP.match(tip).groups())
        assert counted == int(tab.eu_cards.values[risk].text())
        assert producers == populations.get(risk, 0), (risk, tip, populations)
