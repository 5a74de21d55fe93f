"""Run inside QGIS (``qgis --code``): open the Epoch EUDR dock and save screenshots.

Environment: EPOCH_SHOT_DIR (output folder), EPOCH_SHOT_TABS (comma-separated tab
indexes, default all). Quits QGIS when done. Used to look at the panel as a user would.
"""

import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QTabWidget
from qgis.utils import iface, plugins

OUT = os.environ.get("EPOCH_SHOT_DIR", "/tmp/epoch_shots")
os.makedirs(OUT, exist_ok=True)


def _shoot():
    plugin = plugins.get("epoch_eudr")
    if plugin is None:
        open(os.path.join(OUT, "ERROR.txt"), "w").write(f"plugin epoch_eudr not loaded: {list(plugins)}")
        QApplication.exit(1)
        return
    plugin.action.setChecked(True)
    tabs = plugin.dock.findChild(QTabWidget, "EpochEudrTabs")
    wanted = os.environ.get("EPOCH_SHOT_TABS")
    indexes = [int(i) for i in wanted.split(",")] if wanted else list(range(tabs.count()))
    steps = []
    for index in indexes:
        steps.append(lambda i=index: tabs.setCurrentIndex(i))
        steps.append(lambda i=index: iface.mainWindow().grab().save(os.path.join(OUT, f"window_tab{i}.png")))
        steps.append(lambda i=index: plugin.dock.grab().save(os.path.join(OUT, f"dock_tab{i}.png")))
    steps.append(lambda: QApplication.exit(0))
    for n, step in enumerate(steps):
        QTimer.singleShot(800 * (n + 1), step)


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, _shoot)
