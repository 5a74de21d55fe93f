"""Submitting again collections Epoch already has is one event and one message in the panel's log (in French
with the shipped catalogue): the question names them first; then either the refusal, or the message of sending
them again (Epoch answers that it has them), never also "already assessed and not sent" before it."""

import time

from .dock_driver import click, wait_until
from .test_dock_french_shown import log_in
from .test_jobs_restart import _submit_mills


def _known(dock, client, stem):
    from epoch_eudr.layers.operations.submissions import find_collection

    log_in(dock)
    name = f"{stem}_{time.time_ns()}"
    _submit_mills(dock, name)
    wait_until(lambda: find_collection(client, name) is not None, timeout=10)
    dock.watcher.clear_settled()
    dock.watcher.jobs.clear()  # another machine submitted it: this job list does not know it
    said = []
    dock.submit.notify = lambda level, text: said.append(text)
    return name, said


def test_submitted_anyway_is_said_once(dock, sandbox_server, client, french):
    name, said = _known(dock, client, "cocoa_once")
    asked = []
    dock.submit.confirm = lambda text: asked.append(text) or True
    click(dock.submit.submit_button)
    wait_until(lambda: not dock.submit.task_bar.busy() and dock.watcher.jobs, timeout=20)
    wait_until(lambda: any(name in text for text in said), timeout=10)
    assert len(asked) == 1 and "déjà évaluée" in asked[0], asked
    about = [text for text in said if name in text]
    assert len(about) == 1, said  # one message for the one event
    assert "existe déjà chez Epoch" in about[0] and about[0].endswith(dock.submit.status.text()), about


def test_refused_is_said_once_and_logged(dock, sandbox_server, client, french):
    name, said = _known(dock, client, "cocoa_refused")
    dock.submit.confirm = lambda text: False
    click(dock.submit.submit_button)
    wait_until(lambda: not dock.submit.task_bar.busy() and said, timeout=20)
    about = [text for text in said if name in text]
    assert about == [dock.submit.status.text()], said  # the refusal, on the status line and in the log, once
    assert about[0].startswith("Non soumise"), about
