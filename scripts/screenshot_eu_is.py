"""Run inside QGIS (``qgis --code``): the EU Information System tab against the fake service (synthetic), with
the bundled sample fixed by the preflight: login, Test connection, a refused preview, a statement submitted and
checked to AVAILABLE, the verify register; a picture of each part of the tab at the dock's 470 px, and of the
whole tab's column. Environment: EPOCH_SHOT_DIR (output folder), EPOCH_SAMPLE_DIR (sample data). Quits QGIS.
"""

import os
import tempfile
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("EPOCH_SHOT_DIR") or tempfile.mkdtemp(prefix="epoch_shots_"))
OUT.mkdir(parents=True, exist_ok=True)
state = {"since": time.monotonic()}


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


def shot(name, tab, widget=None):
    QApplication.processEvents()
    if widget is not None:
        tab.scroll.ensureWidgetVisible(widget, 0, 0)
        tab.scroll.verticalScrollBar().setValue(widget.mapTo(tab.scroll.widget(), widget.rect().topLeft()).y())
        QApplication.processEvents()
    log(f"shot {name}")
    plugins["epoch_eudr"].dock.grab().save(str(OUT / f"dock_eu_{name}.png"))


def steps():
    import processing
    from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME, temporary_server

    plugin = plugins.get("epoch_eudr")
    if plugin is None:
        return fail(f"plugin epoch_eudr not loaded: {list(plugins)}")
    plugin.action.setChecked(True)
    dock = plugin.dock
    iface.mainWindow().resizeDocks([dock], [470], Qt.Orientation.Horizontal)
    dock.tabs.setCurrentWidget(dock.eu_is)
    tab = dock.eu_is
    fake = temporary_server(ready_delay=1.0)
    QgsApplication.authManager().setMasterPassword("screenshots", True)
    box = tab.connection
    box.server.setText(fake.url)
    box.server.editingFinished.emit()
    box.username.setText(DEMO_USERNAME)
    box.key.setText(DEMO_AUTH_KEY)
    box.save_login()
    box.test_connection()
    yield lambda: not tab.task_bar.busy() and box.status.text()
    shot("1_connection", tab, box)
    fixed = OUT / "fixed_sample.gpkg"
    processing.run("epoch_eudr:preflight", {"INPUT": str(Path(os.environ["EPOCH_SAMPLE_DIR"]) / "sample_plots.geojson"),
                                            "LOCATION_TYPE": "plot", "COMMODITY": "coffee", "FIX": True,
                                            "OUTPUT": f"{fixed}|layername=fixed_plots"})
    layer = QgsVectorLayer(f"{fixed}|layername=fixed_plots", "Fixed plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(layer.extent().buffered(0.01))
    form = tab.new_statement.form
    form.layer_combo.setLayer(layer)
    form.activity.setCurrentIndex(form.activity.findData("IMPORT"))
    form.eori.setText("FR1234567890123")
    form.country_of_activity.setCurrentIndex(form.country_of_activity.findData("FR"))
    form.hs_heading.setCurrentIndex(form.hs_heading.findData("0901"))
    form.description.setText("Green coffee, not roasted")
    form.internal_reference.setText("PO-2026-0412")
    tab.new_statement.start(send=False)
    yield lambda: not tab.task_bar.busy() and tab.new_statement.status.text()
    shot("2_refused", tab, tab.new_statement.preview_button)
    form.net_mass.setText("12000.5")
    tab.new_statement.start(send=False)
    yield lambda: not tab.task_bar.busy()
    shot("3_form", tab, tab.new_statement)
    shot("4_preview", tab, tab.new_statement.preview_button)
    tab.new_statement.confirm = lambda text: True  # no one to click under Xvfb
    tab.new_statement.start(send=True)
    yield lambda: tab.statements.records and tab.statements.records[0].status == "SUBMITTED" \
        and not tab.task_bar.busy()
    started = time.monotonic()
    yield lambda: time.monotonic() - started > 1.5
    tab.statements.table.selectRow(0)
    tab.statements.check_now()
    yield lambda: not tab.task_bar.busy() and tab.statements.records[0].status == "AVAILABLE"
    tab.statements.table.selectRow(0)
    shot("5_statements", tab, tab.statements)
    record = tab.statements.records[0]
    register = tab.register
    register.gpkg.setFilePath(str(OUT / "register.gpkg"))
    yield lambda: not tab.task_bar.busy()
    register.reference.setText(record.reference_number)
    register.verification.setText(record.verification_number)
    register.supplier.setText("Cooperativa El Cafetal")
    register.product.setText("Green coffee")
    register.add()
    yield lambda: not tab.task_bar.busy()
    register.verify_all()
    yield lambda: not tab.task_bar.busy() and register.table.rowCount() > 0
    shot("6_register", tab, register)
    tab.scroll.widget().grab().save(str(OUT / "tab_eu_whole.png"))
    fake.stop()
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
        return fail(f"timed out waiting at step {state['wait']}")
    QTimer.singleShot(200, tick)


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, tick)
