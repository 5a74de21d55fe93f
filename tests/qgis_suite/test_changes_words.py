"""*Changes since...* in whole sentences: an open monitoring window is its own sentence ("to today" glued to
"window {start} to {end}" gave "au aujourd'hui" in French), and the comparison's line names every kind of
change with its count, each sentence one translatable string with named placeholders."""

import datetime as dt

import pytest
from epoch_eudr.core.compare import BETTER, CHANGED, GONE, NEW, WORSE, ChangeTally
from epoch_eudr.layers.operations.changes import ChangesOutcome, asked_differently
from epoch_eudr.layers.tables.snapshots import SnapshotInfo
from qgis.PyQt.QtCore import QCoreApplication

from .helpers import PseudoTranslator as Pseudo

MOMENT = dt.datetime(2026, 11, 2, 10, 15, tzinfo=dt.timezone.utc)


@pytest.fixture
def french(qgis_app):
    installed = []

    def install(pairs):
        translator = Pseudo(pairs)
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_an_open_window_is_a_sentence_of_its_own(french):
    french({("Snapshots", "window {start} to {end}"): "fenêtre du {start} au {end}",
            ("Snapshots", "today"): "aujourd'hui",
            ("Snapshots", "window from {start} to today"): "fenêtre du {start} à aujourd'hui",
            ("Snapshots", "window up to {end}"): "fenêtre jusqu'au {end}"})
    open_end = SnapshotInfo("20261102T101500", MOMENT, "assessments", 3, {}, "2021-01-01", None)
    assert open_end.asked_with() == "fenêtre du 2021-01-01 à aujourd'hui"
    closed = SnapshotInfo("20261102T101500", MOMENT, "assessments", 3, {}, "2021-01-01", "2022-12-31")
    assert closed.asked_with() == "fenêtre du 2021-01-01 au 2022-12-31"
    open_start = SnapshotInfo("20261102T101500", MOMENT, "assessments", 3, {}, None, "2022-12-31")
    assert open_start.asked_with() == "fenêtre jusqu'au 2022-12-31"


def test_different_windows_are_said_in_whole_sentences(french):
    french({("Changes", "The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that "
                        "reason alone."): "Les fenêtres diffèrent (avant : {then} ; maintenant : {now}).",
            ("Changes", "the default window"): "la fenêtre par défaut",
            ("Snapshots", "window from {start} to today"): "du {start} à aujourd'hui"})
    earlier = SnapshotInfo("20261102T101500", MOMENT, "assessments", 3)
    current = SnapshotInfo("20261103T101500", MOMENT, "assessments", 3, {}, "2021-01-01", None)
    assert asked_differently(earlier, current) == [
        "Les fenêtres diffèrent (avant : la fenêtre par défaut ; maintenant : du 2021-01-01 à aujourd'hui)."]


def test_the_line_names_every_kind_of_change(french):
    tally = ChangeTally(since="2026-11-02")
    tally.counts.update({WORSE: 2, BETTER: 1, NEW: 3, GONE: 4, CHANGED: 5})
    tally.after_total, tally.nc_plots_up = 90, 2
    outcome = ChangesOutcome(None, "assessment_changes", tally, "2026-11-02")
    assert outcome.headline() == "2 producers worse since 2026-11-02"
    assert outcome.summary() == ("15 producers changed since 2026-11-02: 2 worse, 1 better, 3 new, 4 gone, 5 with "
                                 "other figures changed (87 in both loads). NC plots up for 2, down for 0; NC % up "
                                 "for 0, down for 0; Article 10 risk changed for 0.")
    french({("Changes", "{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} "
                        "gone, {other} with other figures changed ({both} in both loads)."):
            "Depuis le {since}, {n} producteurs ont changé : {gone} disparus, {new} nouveaux, {worse} en hausse "
            "de risque, {better} en baisse, {other} autres ({both} dans les deux).",
            ("Changes", "{n} producers worse since {since}"): "{n} producteurs en hausse de risque depuis le {since}"})
    assert outcome.headline() == "2 producteurs en hausse de risque depuis le 2026-11-02"
    assert outcome.summary().startswith("Depuis le 2026-11-02, 15 producteurs ont changé : 4 disparus, 3 nouveaux, "
                                        "2 en hausse de risque, 1 en baisse, 5 autres (87 dans les deux).")


def test_no_change_is_one_sentence(qgis_app):
    tally = ChangeTally(since="2026-11-02")
    tally.after_total = 1
    assert ChangesOutcome(None, "c", tally, "").summary() == "No change in 1 producer since 2026-11-02."
