"""What the plugin remembers between sessions: the server and the auth configuration *id*, never a secret."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsSettings

from ..core.api.servers import DEVELOPMENT_URL, PRODUCTION_URL

PREFIX = "epoch_eudr/"
SERVER_CHOICES = {"production": PRODUCTION_URL, "development": DEVELOPMENT_URL}


@dataclass
class ConnectionSettings:
    server: str = "production"  # production | development | sandbox | custom
    custom_url: str = ""
    authcfg: str = ""

    @classmethod
    def load(cls) -> ConnectionSettings:
        s = QgsSettings()
        return cls(str(s.value(PREFIX + "server", "production")), str(s.value(PREFIX + "custom_url", "")),
                   str(s.value(PREFIX + "authcfg", "")))

    def save(self) -> None:
        s = QgsSettings()
        s.setValue(PREFIX + "server", self.server)
        s.setValue(PREFIX + "custom_url", self.custom_url)
        s.setValue(PREFIX + "authcfg", self.authcfg)
