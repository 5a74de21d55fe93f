"""The EU Information System tab's connection: environment, server address, the web service user's username and
authentication key (kept only in the QGIS authentication database, Basic method), and *Test connection* (Echo).

Production is chosen only explicitly, with a warning that statements sent there are legal declarations; the
key field is a password field, cleared once saved.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import Qgis
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ..connection.eu_credentials import save_eu_credentials
from ..core.colours import MESSAGE_COLOURS
from ..core.eu_is import ACCEPTANCE, PRODUCTION, EuIsError
from ..core.eu_is.environments import check_server_url
from ..layers.operations.eu_statements import test_connection
from ..layers.words.eu_messages import environment_label
from .eu_common import EuIsSettings, eu_task, make_client, worded
from .wdg_common import show_status, status_label

#: The production warning: the message bar's critical colour (core/colours.py), text and outline.
WARNING_STYLE = (f"color: {MESSAGE_COLOURS['critical']}; border: 1px solid {MESSAGE_COLOURS['critical']}; "
                 "padding: 4px; border-radius: 3px;")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuConnectionBox", text)


class EuConnectionBox(QGroupBox):
    """Environment and login; ``changed`` when the connection the tab uses changes."""

    changed = pyqtSignal()

    def __init__(self, run_task: Callable, notify: Callable[[int, str], None], parent=None) -> None:
        super().__init__(tr("Connection to the EU Information System"), parent)
        self.run_task, self.notify = run_task, notify
        self.settings = EuIsSettings.load()
        layout = QVBoxLayout(self)
        self._build_environment_rows(layout)
        self._build_login_rows(layout)
        self._build_buttons(layout)
        self.environment.setCurrentIndex(max(0, self.environment.findData(self.settings.environment)))
        self.server.setText(self.settings.server)
        if self.settings.authcfg:
            self.auth_select.setConfigId(self.settings.authcfg)
        self._environment_changed()
        self._connect_signals()

    def _build_environment_rows(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.environment = QComboBox(self)
        self.environment.setObjectName("eu_environment")
        for name in (ACCEPTANCE, PRODUCTION):
            self.environment.addItem(environment_label(name), name)
        form.addRow(tr("Environment"), self.environment)
        self.server = QLineEdit(self)
        self.server.setObjectName("eu_server")
        self.server.setPlaceholderText(tr("empty: the environment's address"))
        self.server.setToolTip(tr("Leave empty to use the environment's own address. A local address "
                                  "(http://127.0.0.1:...) reaches the fake service for training."))
        form.addRow(tr("Server"), self.server)
        layout.addLayout(form)
        self.production_warning = QLabel(tr("Production: every statement submitted is a legal declaration to the "
                                            "EU. Try everything on acceptance first."), self)
        self.production_warning.setObjectName("eu_production_warning")
        self.production_warning.setWordWrap(True)
        self.production_warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.production_warning)

    def _build_login_rows(self, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel(tr("Saved login (QGIS authentication database)"), self))
        self.auth_select = QgsAuthConfigSelect(self)  # a row of its own: the configuration's name shown whole
        self.auth_select.setObjectName("eu_authcfg")
        layout.addWidget(self.auth_select)
        login = QFormLayout()
        login.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.username = QLineEdit(self)
        self.username.setObjectName("eu_username")
        self.key = QLineEdit(self)
        self.key.setObjectName("eu_auth_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setToolTip(tr("EU Login profile > Web Services Access: the authentication key of this "
                               "environment."))
        login.addRow(tr("Username"), self.username)
        login.addRow(tr("Authentication key"), self.key)
        layout.addLayout(login)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.save_button = QPushButton(tr("Save login"), self)
        self.save_button.setObjectName("eu_save_login")
        self.save_button.setToolTip(tr("Kept in the QGIS authentication database (Basic method), never in "
                                       "settings or projects."))
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.setObjectName("eu_test_connection")
        layout.addWidget(self.save_button)
        layout.addWidget(self.test_button)
        self.status = status_label(self)
        self.status.setObjectName("eu_connection_status")
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.environment.currentIndexChanged.connect(self._environment_changed)
        self.server.editingFinished.connect(self._store)
        self.auth_select.selectedConfigIdChanged.connect(lambda _id: self._store())
        self.save_button.clicked.connect(self.save_login)
        self.test_button.clicked.connect(self.test_connection)

    def set_idle(self, idle: bool) -> None:
        self.test_button.setEnabled(idle)

    def _environment_changed(self) -> None:
        self.production_warning.setVisible(self.environment.currentData() == PRODUCTION)
        self._store()

    def _store(self) -> None:
        self.settings.environment = self.environment.currentData() or ACCEPTANCE
        self.settings.server = self.server.text().strip()
        self.settings.authcfg = self.auth_select.configId()
        self.settings.save()  # the environment, an address and an id: never the key
        self.changed.emit()

    def save_login(self) -> None:
        username = self.username.text().strip()
        try:
            authcfg = save_eu_credentials(tr("EU system: {username}").format(username=username),
                                          username, self.key.text())
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return
        self.key.clear()
        self.auth_select.setConfigId(authcfg)
        self._store()
        show_status(self.status, tr("Login saved in the QGIS authentication database ({authcfg}).").format(
            authcfg=authcfg), Qgis.MessageLevel.Success)

    def test_connection(self) -> None:
        self._store()
        try:
            if self.settings.server:
                check_server_url(self.settings.server)
            client = make_client(self.settings)
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return
        show_status(self.status, tr("Connecting to {host} ...").format(host=client.environment.host))

        def done(answer, _layers):
            text = tr("Connected to the EU Information System ({environment}, {host}): the service answered "
                      "{answer}.").format(environment=environment_label(client.environment.name),
                                          host=client.environment.host, answer=answer)
            show_status(self.status, text, Qgis.MessageLevel.Success)
            return text

        def said(level, text):
            if level == Qgis.MessageLevel.Critical:
                show_status(self.status, text, level)
            self.notify(level, text)

        self.run_task(eu_task(tr("Test the EU Information System connection"),
                              lambda progress, cancel: test_connection(client), said, done, [client]))
