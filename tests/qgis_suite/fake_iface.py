"""A QgisInterface stand-in that really adds actions, menus and docks to a QMainWindow.

pytest-qgis's iface stubs ``addToolBarIcon``/``addPluginToMenu`` as no-ops, so a test
could not see what a plugin leaves behind. This one can.
"""

from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar


class RecordingIface:
    def __init__(self, canvas=None, message_bar=None):
        self.window = QMainWindow()
        self.toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.toolbar)
        self.plugin_menu = QMenu("Plugins", self.window)
        self.window.menuBar().addMenu(self.plugin_menu)
        self._submenus = {}
        self._canvas = canvas
        self._bar = message_bar

    # what plugins call
    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.addAction(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar.removeAction(action)

    def addPluginToMenu(self, name, action):  # noqa: N802
        menu = self._submenus.get(name)
        if menu is None:
            menu = self._submenus[name] = self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self._submenus.get(name)
        if menu is not None:
            menu.removeAction(action)
            if not menu.actions():
                self.plugin_menu.removeAction(menu.menuAction())
                del self._submenus[name]

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    # what tests inspect
    def leftovers(self):
        return {
            "toolbar": [a.text() for a in self.toolbar.actions()],
            "menus": [a.text() for a in self.plugin_menu.actions()],
            "docks": [d.objectName() for d in self.window.findChildren(QDockWidget)],
        }
