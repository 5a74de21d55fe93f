"""Run inside QGIS (``qgis --code``): drive the Epoch EUDR dock with real data and save screenshots.

Signs in to the bundled sandbox, screens the sample facilities, submits them, loads the
assessments and drills down, taking a picture of each tab on the way. Environment:
EPOCH_SHOT_DIR (output folder), EPOCH_SAMPLE_DIR (sample data). Quits QGIS when done.
"""

import os
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("EPOCH_SHOT_DIR") or tempfile.mkdtemp(prefix="epoch_shots_"))
OUT.mkdir(parents=True, exist_ok=True)
state = {"step": 0, "since": time.monotonic()}


def shot(name):
    QApplication.processEvents()
    deadline = time.monotonic() + 20
    while iface.mapCanvas().isDrawing() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    log(f"shot {name}")
    iface.mainWindow().grab().save(str(OUT / f"window_{name}.png"))
    plugins["epoch_eudr"].dock.grab().save(str(OUT / f"dock_{name}.png"))


def scroll_to(widget):
    """Scroll the tab's scroll area so that ``widget`` is in view."""
    from qgis.PyQt.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 200)


def log(text):
    with open(OUT / "steps.log", "a", encoding="utf-8") as out:
        out.write(text + "\n")


def leave(code):
    """Quit QGIS: the project emptied first, as File > Exit does (QGIS 3.22 leaving with layers still in the
    project moves the current layer after the styling dock is deleted, and dies on signal 11 as it closes)."""
    QgsProject.instance().clear()
    QApplication.exit(code)


def fail(text):
    (OUT / "ERROR.txt").write_text(text)
    leave(1)


def steps():
    plugin = plugins.get("epoch_eudr")
    if plugin is None:
        return fail(f"plugin epoch_eudr not loaded: {list(plugins)}")
    plugin.action.setChecked(True)
    dock = plugin.dock
    sample = Path(os.environ["EPOCH_SAMPLE_DIR"])
    con = dock.connection
    QgsApplication.authManager().setMasterPassword("screenshots", True)
    con.server.setCurrentIndex(con.server.findData("sandbox"))
    con.login.setText("demo@sandbox.epoch")
    con.secret.setText("sandbox-demo")
    con.save_login()
    con.test_connection()
    yield lambda: bool(dock.session.identity)  # connected (in any language)
    shot("1_connection")
    dock.tabs.setCurrentIndex(1)
    layer = QgsVectorLayer(str(sample / "sample_facilities.geojson"), "Sample mills", "ogr")
    plots = QgsVectorLayer(str(sample / "sample_plots.geojson"), "Sample coffee plots", "ogr")
    QgsProject.instance().addMapLayers([plots, layer])
    dock.screening.layer_combo.setLayer(plots)
    dock.screening.confirm = lambda text: True  # "screen the layer anyway?": yes (no one to click under Xvfb)
    dock.submit.confirm = lambda text: True  # "already assessed: submit anyway?" (the sandbox keeps its database)
    dock.screening.check.run(fix=False)
    yield lambda: dock.screening.check.issues.count() > 0
    shot("2a_preflight")
    for _ in range(2):  # twice into the same results file, as users do: no freeze, no duplicate layer
        dock.screening.model.set_rows([])
        dock.screening.run()
        yield lambda: dock.screening.model.rowCount() > 0 and dock.screening.run_button.isEnabled()
    status = [key for key, _ in dock.screening.model.columns].index("status")  # after the layer's own columns
    dock.screening.table.sortByColumn(status, 1)  # Qt.SortOrder.DescendingOrder: Non-Compliant rows on top
    iface.mapCanvas().setExtent(plots.extent().buffered(0.01))
    iface.mapCanvas().refreshAllLayers()
    scroll_to(dock.screening.table)
    shot("2b_plot_screening")
    dock.screening.layer_combo.setLayer(layer)
    dock.screening.model.set_rows([])  # wait for the facilities, not the plots still shown
    dock.screening.run()
    yield lambda: dock.screening.model.rowCount() > 0 and dock.screening.location == "facility"
    iface.mapCanvas().setExtent(dock.screening.result_layer.extent().buffered(5))
    shot("2_screening")
    dock.tabs.setCurrentIndex(2)
    for row in range(3):
        dock.screening.model.setData(dock.screening.model.index(row, 0), 2, 10)  # Qt.CheckState.Checked, CheckStateRole
    dock.submit.submit()
    yield lambda: dock.submit.table.rowCount() > 0
    dock.submit.poll()
    yield lambda: dock.watcher.jobs and dock.watcher.jobs[0].state == "ready"
    shot("3_submit")
    dock.tabs.setCurrentIndex(3)
    tab = dock.assessments
    for _ in range(2):  # the second load is compared with the first: the "Changes since..." card
        tab.load()
        yield lambda: tab.model.rowCount() > 0 and tab.ready()
    yield lambda: tab.changes.card.isVisible()
    shot("4_assessments")
    tab.view.setCurrentIndex(1)
    tab.tree.expandAll()
    shot("5_grouped")
    tab.view.setCurrentIndex(0)
    tab.search.setText("Coop Soubre")
    tab.table.selectRow(0)
    tab.drill_down()
    yield lambda: tab.plot_cards.isVisible()
    shot("6_drilldown")
    tab.view.setCurrentIndex(2)
    tab.plots_filter.setCurrentIndex(1)  # Epoch and the second opinion disagree
    yield lambda: not tab.plots_model.pending()
    shot("7_second_opinion")
    tab.view.setCurrentIndex(0)
    tab.search.setText("")
    tab.check_sample()
    yield lambda: tab.ready() and not tab.task_bar.busy()
    shot("8_check_sample")
    leave(0)


sequence = None


def tick():
    global sequence
    try:
        if sequence is None:
            sequence = steps()
            state["wait"] = next(sequence)
        while state["wait"]():
            state["wait"] = next(sequence)
            state["since"] = time.monotonic()
    except StopIteration:
        return
    except Exception as exc:  # a screenshot run must end and say why
        return fail(f"{type(exc).__name__}: {exc}")
    if time.monotonic() - state["since"] > 60:
        dock = plugins["epoch_eudr"].dock
        labels = (dock.screening.status, dock.submit.status, dock.assessments.status)
        said = " | ".join(label.text() for label in labels)
        return fail(f"timed out waiting at step {state['wait']}; the dock says: {said}")
    QTimer.singleShot(200, tick)


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, tick)
