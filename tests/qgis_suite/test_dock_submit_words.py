"""The Submit tab in whole sentences: the job list shows every name whole (columns sized to their values, the id
cut in its middle, the whole value in its tooltip), and a collection Epoch already has is said in one sentence in
the user's language (nothing was sent), not "(0 sent): exists"."""

import time

from epoch_eudr.core.jobs import new_job
from qgis.PyQt.QtCore import QCoreApplication, Qt

from .dock_driver import click, log_in, wait_until
from .helpers import PseudoTranslator as Pseudo
from .test_jobs_restart import _submit_mills


def test_job_names_are_whole_and_ids_cut_in_their_middle(dock, job_store):
    tab = dock.submit
    name = "auto_detect_cocoa_Cooperative_Agricole_de_Soubre_2026-12-06"
    cid = "0x298d29be5f1c4e0a9b7d" * 3
    tab.watcher.add(new_job(name, cid, commodity="cocoa", location_type="plot", features=1124,
                            server_url="https://api.example.org", source="processing", status="submitted"))
    wait_until(lambda: tab.table.rowCount() == 1)
    table = tab.table
    metrics = table.fontMetrics()
    assert table.columnWidth(0) >= metrics.horizontalAdvance(name)  # the name is never cut
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    id_tip = table.item(0, 1).toolTip()
    assert id_tip.splitlines()[0] == cid  # the whole id
    assert table.item(0, 0).toolTip().splitlines()[0] == name
    assert "1,124 plots sent, commodity: Cocoa" in id_tip
    assert "Submitted" in id_tip and "from Processing to" in id_tip


def test_a_collection_epoch_already_has_is_said_in_one_sentence(dock, sandbox_server, client, job_store):
    from epoch_eudr.layers.operations.submissions import find_collection

    log_in(dock)
    name = f"cocoa_again_{time.time_ns()}"
    _submit_mills(dock, name)
    wait_until(lambda: find_collection(client, name) is not None, timeout=10)
    dock.watcher.jobs.clear()  # another machine submitted it
    said = []
    dock.submit.notify = lambda level, text: said.append(text)
    dock.submit.confirm = lambda text: True  # "Submit anyway?" yes, without Reprocess: Epoch answers "exists"
    french = "La collection « {name} » existe déjà chez Epoch ({id}) : rien n'a été envoyé."
    translator = Pseudo({("Submissions", "The collection '{name}' already exists at Epoch (collection {id}), so "
                                         "nothing was sent: its results are those of the earlier assessment. Tick "
                                         "'Reprocess' to assess it again."): french})
    QCoreApplication.installTranslator(translator)
    try:
        click(dock.submit.submit_button)
        wait_until(lambda: not dock.submit.task_bar.busy() and dock.watcher.jobs, timeout=20)
    finally:
        QCoreApplication.removeTranslator(translator)
    status = dock.submit.status.text()
    (job,) = dock.watcher.jobs
    expected = french.format(name=name, id=job.collection_id)
    assert status == expected  # one sentence, in the user's language
    assert said and said[-1].endswith(expected)  # the task's own last word says the same (after its title)
    assert not any("0 sent" in text or "exists" in text for text in said + [status])
