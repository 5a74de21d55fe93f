"""The one progress type, cancel type, outcome protocol, backoff rule and error base every operation shares."""

import pytest
from epoch_eudr.core.api.errors import CancelledError, EpochError, NetworkError
from epoch_eudr.core.backoff import backoff_delay
from epoch_eudr.core.errors import PluginError
from epoch_eudr.core.jobs import poll_delay
from epoch_eudr.core.operation import Outcome, Progress, never_cancelled


def test_a_sub_step_reports_its_share_of_the_whole():
    seen = []
    whole = Progress(seen.append)
    whole(10)
    writing = whole.step(20, 80)  # like QgsProcessingMultiStepFeedback: the step covers 20-80 % of the run
    writing(0)
    writing(50)
    writing(100)
    writing(250)  # never more than its share
    writing.step(50, 100)(50)  # a step of a step
    assert seen == [10, 20, 50, 80, 80, 65]


def test_items_count_towards_the_step_and_an_unknown_total_says_half():
    seen = []
    rows = Progress(seen.append).step(0, 95).items(9_500)
    rows(950)
    rows(1_000_000)
    download = Progress(seen.append).items(None)
    download(5, 20)
    download(5, None)
    assert seen == pytest.approx([9.5, 95.0, 25.0, 50.0])


def test_a_progress_without_sink_is_silent_and_false_and_wraps_once():
    silent = Progress.of(None)
    silent(50)
    assert not silent and silent.step(0, 50).items(10)(5) is None
    seen = []
    plain = Progress.of(seen.append)
    assert Progress.of(plain) is plain and plain
    plain.fraction(0.25)
    assert seen == [25.0]
    assert never_cancelled() is False


def test_an_outcome_is_what_it_wrote_a_summary_and_counts():
    class Written:
        counts = {"Compliant": 2}

        def outputs(self):
            return []

        def summary(self):
            return "2 plots loaded"

    assert isinstance(Written(), Outcome) and not isinstance(object(), Outcome)


def test_one_backoff_rule_doubles_and_caps():
    assert [backoff_delay(n, 5, 600) for n in range(9)] == [5, 10, 20, 40, 80, 160, 320, 600, 600]
    assert backoff_delay(10_000, 1, 30) == 30 and backoff_delay(-3, 1, 30) == 1
    assert backoff_delay(3, 1, 30, jitter=lambda: 0.5) == 4
    assert [poll_delay(n) for n in range(3)] == [backoff_delay(n, 5.0, 600.0) for n in range(3)]


def test_every_coded_error_shares_one_base():
    for error in (EpochError("x"), NetworkError("y"), CancelledError()):
        assert isinstance(error, PluginError) and error.code and error.params == {}
    coded = PluginError("Disk full", code="disk_full", params={"free": 0})
    assert str(coded) == "Disk full" and coded.code == "disk_full" and coded.params == {"free": 0}
    assert PluginError("plain").code == "error"
