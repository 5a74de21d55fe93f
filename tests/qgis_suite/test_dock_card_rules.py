"""The status cards say, in their tooltips, the rule that puts a row on them (the Epoch dashboard guide's risk
tiers and the 0.5 ha plot rule, with the thresholds ``core/risk.py`` applies), and keep saying it once the load's
producer counts have set the other cards' tooltips; in French, in French (the walk of the packaged plugin found
these four cards silent)."""

from epoch_eudr.core.risk import HIGH_RISK_AREA_FRACTION, HIGH_RISK_PLOT_COUNT, PLOT_NONCOMPLIANT_AREA_HA
from qgis.PyQt.QtWidgets import QFrame

from .dock_driver import click, lay_out, log_in, wait_until
from .test_dock_french_shown import _loaded, french  # noqa: F401 (the fixture: the shipped French, fr_FR)

STATUSES = ("Compliant", "High Risk", "Medium Risk", "Not Assessable")


def _tips(cards, keys):
    return {key: cards.findChild(QFrame, "card_" + key.replace(" ", "_").replace("-", "_")).toolTip() for key in keys}


def test_status_cards_say_their_rule_after_a_load(dock):
    log_in(dock)
    tab = dock.assessments
    lay_out(dock, tab)
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    wait_until(lambda: tab.cards.frames["total"].toolTip(), timeout=30)  # the producer counts have been set
    tips = _tips(tab.cards, STATUSES)
    assert all(tips.values()), tips
    share, plots = f"{round(HIGH_RISK_AREA_FRACTION * 100)} %", str(HIGH_RISK_PLOT_COUNT)
    assert share in tips["High Risk"] and plots in tips["High Risk"]
    assert share in tips["Medium Risk"] and plots in tips["Medium Risk"]
    assert "Skip reason" in tips["Not Assessable"]
    plot_tips = _tips(tab.plot_cards, ("total", "Compliant", "Non-Compliant"))
    assert all(plot_tips.values()), plot_tips
    assert f"{PLOT_NONCOMPLIANT_AREA_HA} ha" in plot_tips["Non-Compliant"]
    assert plot_tips["Compliant"] != plot_tips["Non-Compliant"]


def test_status_cards_say_their_rule_in_french(french, dock):  # noqa: F811
    tab = _loaded(dock)
    tips = _tips(tab.cards, STATUSES)
    assert all(tips.values()), tips
    assert "5\u00a0%" in tips["High Risk"] and "superficie" in tips["High Risk"], tips["High Risk"]  # as French sets it
    plot_tips = _tips(tab.plot_cards, ("Compliant", "Non-Compliant"))
    assert "0,5\u00a0ha déboisé" in plot_tips["Non-Compliant"], plot_tips


def test_screening_plot_cards_say_their_rule(dock):
    dock.screening.show_result(None, {"Compliant": 2, "Non-Compliant": 1}, "plot")
    tips = _tips(dock.screening.cards, ("Compliant", "Non-Compliant"))
    assert f"More than {PLOT_NONCOMPLIANT_AREA_HA} ha" in tips["Non-Compliant"], tips
    dock.screening.show_result(None, {"high": 1}, "facility")
    assert not any(_tips(dock.screening.cards, ("high", "low")).values())  # a facility's level is its score's


def test_a_share_is_never_wrapped_before_its_percent_sign(dock):
    from qgis.PyQt.QtWidgets import QLabel

    captions = [label.text() for label in dock.assessments.eu_cards.findChildren(QLabel) if "%" in label.text()]
    assert len(captions) == 3 and all("\u00a0%" in text and " %" not in text for text in captions), captions
    assert all("\u00a0· " in text for text in captions), captions  # nor a line begun by the dot
