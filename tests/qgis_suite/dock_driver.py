"""Driving the dock like a user: wait for the event loop, click, log in to the sandbox."""

import time

from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLineEdit, QPushButton


def wait_until(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def settle(seconds=0.3):
    """Let the event loop run for ``seconds`` (layouts, timers, the pages read in threads)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.01)


def lay_out(dock, tab=None, window=(800, 1000), size=(470, 900)):
    """The dock laid out as the user sees it: its window shown at ``window``, the dock at ``size`` (470 px: its
    default width), ``tab`` the current tab (a hidden dock's tabs keep their first geometry)."""
    dock.window().resize(*window)
    dock.window().show()
    dock.show()
    dock.resize(*size)
    if tab is not None:
        dock.show_tab(tab)
    settle(0.3)


def click(widget):
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_in(dock, password=DEMO_PASSWORD):
    tab = dock.connection
    tab.server.setCurrentIndex(tab.server.findData("sandbox"))
    assert tab.sandbox_note.isVisibleTo(tab) and "synthetic" in tab.sandbox_note.text()
    QTest.keyClicks(tab.findChild(QLineEdit, "login"), DEMO_EMAIL)
    QTest.keyClicks(tab.findChild(QLineEdit, "secret"), password)
    click(tab.findChild(QPushButton, "save_login"))
    assert tab.session.settings.authcfg and tab.findChild(QLineEdit, "secret").text() == ""
    click(tab.findChild(QPushButton, "test_connection"))
    wait_until(lambda: "Connected" in tab.status.text() or "refused" in tab.status.text())
    return tab.status.text()


def screen_in_dock(dock, layer, commodity="cocoa", legality=False, rows=None):
    """The Screening tab as a user runs it: ``layer`` added to the project and picked, the commodity chosen (and
    the legality sources asked for), *Screen* clicked; waits until the run is over (and ``rows`` rows shown)."""
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    screening.commodity.setCurrentIndex(screening.commodity.findData(commodity))
    if legality:
        screening.facility_boxes["include_legality_check"].setChecked(True)
    click(screening.run_button)
    wait_until(lambda: (rows is None or screening.model.rowCount() == rows) and not screening.task_bar.busy())
    return screening
