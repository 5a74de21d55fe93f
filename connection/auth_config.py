"""Epoch credentials kept only in the QGIS authentication database.

QGIS 3.22 has no API-header auth method, so both logins are stored in a
``Basic`` configuration: email/password as username/password, or user id/API
key, told apart by the realm. Only the configuration id leaves this module.
:func:`store_basic` and :func:`read_config` also keep the EU Information System's
login (:mod:`.eu_credentials`).
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.auth import ApiKeyCredentials, Credentials, PasswordCredentials
from ..core.api.errors import ConfigurationError

REALM_PASSWORD = "epoch-email-password"
REALM_API_KEY = "epoch-api-key"


def tr(text: str) -> str:
    return QCoreApplication.translate("AuthConfig", text)


def _manager():
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise ConfigurationError(tr("The QGIS authentication system is not available: open Settings > "
                                    "Options > Authentication and set a master password."))
    return manager


def store_basic(name: str, username: str, password: str, realm: str, authcfg: str = "") -> str:
    """Create (or update ``authcfg``) a Basic configuration of ``username``, ``password`` and ``realm``; its id,
    or ``""`` when QGIS did not store it (each login says so in its own words)."""
    manager = _manager()
    config = QgsAuthMethodConfig("Basic")
    if authcfg:
        manager.loadAuthenticationConfig(authcfg, config, True)
        config.setMethod("Basic")
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", password)
    config.setConfig("realm", realm)
    if authcfg and config.id():
        ok, stored_id = manager.updateAuthenticationConfig(config), config.id()
    else:
        answer = manager.storeAuthenticationConfig(config)
        # 3.22 answers (ok, stored config); some builds answer a bool and fill ``config`` in place.
        ok, stored = answer if isinstance(answer, tuple) else (answer, config)
        stored_id = stored.id()
    return stored_id if ok and stored_id else ""


def read_config(authcfg: str) -> Optional[QgsAuthMethodConfig]:
    """The configuration ``authcfg``, decrypted; ``None`` when it is missing or cannot be decrypted."""
    config = QgsAuthMethodConfig()
    if not _manager().loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        return None
    return config


def save_credentials(name: str, kind: str, login: str, secret: str, authcfg: str = "") -> str:
    """Create (or update ``authcfg``) a Basic configuration; return its id.

    ``kind`` is ``password`` (login = email) or ``api_key`` (login = user id, secret = key).
    """
    if kind not in ("password", "api_key"):
        raise ConfigurationError(tr("Unknown login kind {kind}").format(kind=repr(kind)))
    if not login.strip() or not secret:
        raise ConfigurationError(tr("Enter both the email (or user id) and the password (or API key)."))
    stored_id = store_basic(name, login.strip(), secret, REALM_API_KEY if kind == "api_key" else REALM_PASSWORD,
                            authcfg)
    if not stored_id:
        raise ConfigurationError(tr("QGIS could not store the credentials (is the master password set?)."))
    return stored_id


def load_login(authcfg: str) -> Tuple[str, str, str]:
    """(kind, login, secret) of a configuration; raises a readable error if it is missing or not Basic."""
    if not authcfg:
        raise ConfigurationError(tr("No Epoch login configured: pick or create an authentication configuration."))
    config = read_config(authcfg)
    if config is None:
        raise ConfigurationError(tr("Authentication configuration '{authcfg}' was not found or could not be "
                                    "decrypted (check the QGIS master password).").format(authcfg=authcfg))
    if config.method() != "Basic":
        raise ConfigurationError(tr("Authentication configuration '{name}' uses the {method} method; Epoch needs "
                                    "a Basic configuration (email and password, or user id and API key).").format(
                                        name=config.name(), method=config.method()))
    kind = "api_key" if config.config("realm") == REALM_API_KEY else "password"
    return kind, config.config("username"), config.config("password")


def credentials_from_authcfg(authcfg: str) -> Credentials:
    kind, login, secret = load_login(authcfg)
    if not login or not secret:
        raise ConfigurationError(tr("The authentication configuration has an empty user name or password."))
    return ApiKeyCredentials(secret, login) if kind == "api_key" else PasswordCredentials(login, secret)
