"""Run inside QGIS (``qgis --code``): drive the Epoch EUDR dock with real data and save screenshots.

Signs in to the bundled sandbox, screens the sample facilities, submits them, loads the
assessments and drills down, taking a picture of each tab on the way. Environment:
EPOCH_SHOT_DIR (output folder), EPOCH_SAMPLE_DIR (sample data). Quits QGIS when done.
"""

import os
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("EPOCH_SHOT_DIR", "/tmp/epoch_shots"))
OUT.mkdir(parents=True, exist_ok=True)
state = {"step": 0, "since": time.monotonic()}


def shot(name):
    QApplication.processEvents()
    deadline = time.monotonic() + 20
    while iface.mapCanvas().isDrawing() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    iface.mainWindow().grab().save(str(OUT / f"window_{name}.png"))
    plugins["epoch_eudr"].dock.grab().save(str(OUT / f"dock_{name}.png"))


def fail(text):
    (OUT / "ERROR.txt").write_text(text)
    QApplication.exit(1)


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
    yield lambda: "Connected" in con.status.text()
    shot("1_connection")
    dock.tabs.setCurrentIndex(1)
    layer = QgsVectorLayer(str(sample / "sample_facilities.geojson"), "Sample mills", "ogr")
    plots = QgsVectorLayer(str(sample / "sample_plots.geojson"), "Sample coffee plots", "ogr")
    QgsProject.instance().addMapLayers([plots, layer])
    dock.screening.layer_combo.setLayer(plots)
    dock.screening.check.run(fix=False)
    yield lambda: dock.screening.check.issues.count() > 0
    shot("2a_preflight")
    dock.screening.layer_combo.setLayer(layer)
    dock.screening.run()
    yield lambda: dock.screening.model.rowCount() > 0
    iface.mapCanvas().setExtent(dock.screening.result_layer.extent().buffered(5))
    shot("2_screening")
    dock.tabs.setCurrentIndex(2)
    for row in range(3):
        dock.screening.model.setData(dock.screening.model.index(row, 0), 2, 10)  # Qt.CheckState.Checked, CheckStateRole
    dock.submit.submit()
    yield lambda: dock.submit.table.rowCount() > 0
    dock.submit.poll()
    yield lambda: dock.submit.table.item(0, 2).text() == "ready"
    shot("3_submit")
    dock.tabs.setCurrentIndex(3)
    tab = dock.assessments
    tab.load()
    yield lambda: tab.model.rowCount() > 0
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
    QApplication.exit(0)


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
        return fail(f"timed out waiting at step {state['wait']}")
    QTimer.singleShot(200, tick)


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, tick)
