"""Connection tab: server, login stored as a QGIS auth configuration, Test connection."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..connection.auth_config import save_credentials
from ..connection.sandbox_runner import sandbox_notice
from ..core.api.errors import EpochError
from ..core.colours import NOTE_BACKGROUND, NOTE_TEXT
from ..layers.operations.task import OperationTask
from ..layers.words.language import error_text
from ..sandbox import DEMO_EMAIL, DEMO_PASSWORD
from .wdg_common import DockTab, show_status

SERVERS = [("production", "Production (epoch-sco2-api.com)"), ("development", "Development"),
           ("sandbox", "Sandbox (local, synthetic results)"), ("custom", "Custom URL")]


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionTab", text)


def server_labels():
    """SERVERS' labels in the user's language."""
    return {"production": tr("Production (epoch-sco2-api.com)"), "development": tr("Development"),
            "sandbox": tr("Sandbox (local, synthetic results)"), "custom": tr("Custom URL")}


class ConnectionTab(DockTab):
    connection_changed = pyqtSignal()

    def __init__(self, session, notify, parent=None) -> None:
        super().__init__(session, notify, parent)
        layout = QVBoxLayout(self)
        self._build_server_rows(layout)
        self._build_login_box(layout)
        self._build_test_row(layout)
        self._load()
        self._connect_signals()

    def _build_server_rows(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.server = QComboBox(self)
        self.server.setObjectName("server")
        labels = server_labels()
        for key, label in SERVERS:
            self.server.addItem(labels.get(key, label), key)
        self.custom_url = QLineEdit(self)
        self.custom_url.setObjectName("custom_url")
        self.custom_url.setPlaceholderText("https://...")
        form.addRow(tr("Server"), self.server)
        form.addRow(tr("URL"), self.custom_url)
        self.custom_url_label = form.labelForField(self.custom_url)
        layout.addLayout(form)
        self.sandbox_note = QLabel(sandbox_notice() + " " + tr("Sign in with {login} / {password}.").format(
            login=DEMO_EMAIL, password=DEMO_PASSWORD), self)
        self.sandbox_note.setWordWrap(True)
        self.sandbox_note.setStyleSheet(f"background: {NOTE_BACKGROUND}; color: {NOTE_TEXT}; padding: 4px; "
                                        "border-radius: 3px;")
        layout.addWidget(self.sandbox_note)

    def _build_login_box(self, layout: QVBoxLayout) -> None:
        auth_box = QGroupBox(tr("Login (stored in the QGIS authentication database)"), self)
        auth_layout = QVBoxLayout(auth_box)
        self.auth_select = QgsAuthConfigSelect(auth_box)
        self.auth_select.setObjectName("authcfg")
        auth_layout.addWidget(self.auth_select)
        kind_row = QHBoxLayout()
        self.kind_password = QRadioButton(tr("Email and password"), auth_box)
        self.kind_key = QRadioButton(tr("API key and user id"), auth_box)
        self.kind_password.setChecked(True)
        group = QButtonGroup(auth_box)
        group.addButton(self.kind_password)
        group.addButton(self.kind_key)
        kind_row.addWidget(self.kind_password)
        kind_row.addWidget(self.kind_key)
        auth_layout.addLayout(kind_row)
        new_form = QFormLayout()
        self.login = QLineEdit(auth_box)
        self.login.setObjectName("login")
        self.secret = QLineEdit(auth_box)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_label = QLabel(tr("Email"), auth_box)
        self.secret_label = QLabel(tr("Password"), auth_box)
        new_form.addRow(self.login_label, self.login)
        new_form.addRow(self.secret_label, self.secret)
        auth_layout.addLayout(new_form)
        self.save_button = QPushButton(tr("Save as new login"), auth_box)
        self.save_button.setObjectName("save_login")
        auth_layout.addWidget(self.save_button)
        layout.addWidget(auth_box)

    def _build_test_row(self, layout: QVBoxLayout) -> None:
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.setObjectName("test_connection")
        layout.addWidget(self.test_button)
        self.task_bar.on_idle = self.test_button.setEnabled
        layout.addWidget(self.task_bar)
        self.status.setObjectName("connection_status")
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.server.currentIndexChanged.connect(self._server_changed)
        self.custom_url.editingFinished.connect(self._store)
        self.auth_select.selectedConfigIdChanged.connect(lambda _id: self._store())
        self.kind_password.toggled.connect(self._kind_changed)
        self.save_button.clicked.connect(self.save_login)
        self.test_button.clicked.connect(self.test_connection)

    # state -------------------------------------------------------------
    def _load(self) -> None:
        settings = self.session.settings
        index = max(0, self.server.findData(settings.server))
        self.server.setCurrentIndex(index)
        self.custom_url.setText(settings.custom_url)
        if settings.authcfg:
            self.auth_select.setConfigId(settings.authcfg)
        self._server_changed()

    def _server_changed(self) -> None:
        key = self.server.currentData()
        self.custom_url.setVisible(key == "custom")
        self.custom_url_label.setVisible(key == "custom")
        self.sandbox_note.setVisible(key == "sandbox")
        self._store()

    def _kind_changed(self) -> None:
        password = self.kind_password.isChecked()
        self.login_label.setText(tr("Email") if password else tr("User id"))
        self.secret_label.setText(tr("Password") if password else tr("API key"))

    def _store(self) -> None:
        settings = self.session.settings
        settings.server = self.server.currentData()
        settings.custom_url = self.custom_url.text().strip()
        settings.authcfg = self.auth_select.configId()
        settings.save()  # ids and URLs only: never a secret
        self.session.reset()
        self.connection_changed.emit()

    # actions -----------------------------------------------------------
    def save_login(self) -> None:
        kind = "password" if self.kind_password.isChecked() else "api_key"
        try:
            name = f"Epoch EUDR ({self.login.text().strip()})"
            authcfg = save_credentials(name, kind, self.login.text(), self.secret.text())
        except EpochError as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        self.secret.clear()
        self.auth_select.setConfigId(authcfg)
        self._store()
        show_status(self.status, tr("Login saved as QGIS authentication configuration {authcfg}.").format(
            authcfg=authcfg), Qgis.MessageLevel.Success)

    def test_connection(self) -> None:
        client = self._client()
        if client is None:
            return
        show_status(self.status, tr("Connecting to {url} ...").format(url=client.base_url))

        def done(_identity, _layers) -> None:
            identity = self.session.who(client)
            self.session.identity = identity
            text = tr("Connected to {url} as {identity}.").format(url=client.base_url, identity=identity)
            show_status(self.status, text, Qgis.MessageLevel.Success)

        def notify(level, text) -> None:
            if level == Qgis.MessageLevel.Critical:
                show_status(self.status, text, Qgis.MessageLevel.Critical)
            self.notify(level, text)

        task = OperationTask(tr("Test connection"), lambda progress, cancel: client.test_connection(cancel=cancel),
                             notify=notify, on_done=done, add_to_project=False)
        self.task_bar.run(task)
