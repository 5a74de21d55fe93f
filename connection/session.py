"""The dock's connection state: which server, which auth configuration, and the client built from them."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.client import EpochClient
from ..core.api.errors import ConfigurationError
from .auth_config import credentials_from_authcfg
from .client_factory import make_client
from .sandbox_runner import start_sandbox
from .settings import SERVER_CHOICES, ConnectionSettings


def tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class Session:
    """Builds one client per (server, login); forgets it when either changes."""

    def __init__(self, settings: Optional[ConnectionSettings] = None) -> None:
        self.settings = settings or ConnectionSettings.load()
        self._client: Optional[EpochClient] = None
        self._key = ("", "")
        self.identity = ""  # who Test connection found, shown in the panel

    def server_url(self) -> str:
        choice = self.settings.server
        if choice == "sandbox":
            return start_sandbox()
        if choice == "custom":
            if not self.settings.custom_url.strip():
                raise ConfigurationError(tr("Enter the custom server URL (https://...)."))
            return self.settings.custom_url.strip()
        return SERVER_CHOICES.get(choice, SERVER_CHOICES["production"])

    def client(self) -> EpochClient:
        url = self.server_url()
        key = (url, self.settings.authcfg)
        if self._client is None or key != self._key:
            self._client = make_client(url, credentials_from_authcfg(self.settings.authcfg))
            self._key = key
        return self._client

    def reset(self) -> None:
        self._client = None
        self.identity = ""

    def who(self, client: EpochClient) -> str:
        """Who Test connection found, in the user's language: the account's email; for an API key, its user id;
        on the sandbox, its demo account (never the sandbox's internal user id)."""
        from ..core.api.auth import ApiKeyCredentials

        credentials = client.transport.credentials
        if isinstance(credentials, ApiKeyCredentials):
            if self.settings.server == "sandbox":
                return tr("the sandbox's demo account (API key)")
            return tr("user {user} (API key)").format(user=credentials.user_id)
        return credentials.identity() if credentials is not None else ""
