"""The EU Information System's web service user, kept only in the QGIS authentication database.

A ``Basic`` configuration holds the username (the EU Login user's) and, as its password, the "authentication
key" generated in the Information System (EU Login profile, Web Services Access). For unattended runs without a
configuration, ``EUDR_IS_USERNAME`` and ``EUDR_IS_AUTH_KEY`` are read from the environment. Only the
configuration id leaves this module; the key goes into :class:`~epoch_eudr.core.eu_is.EuIsCredentials`, whose
repr hides it and whose client redacts it from every message.
"""

from __future__ import annotations

import os
from typing import Mapping, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.servers import is_loopback_host
from ..core.eu_is import ACCEPTANCE, EuIsClient, EuIsCredentials, EuIsError
from ..core.eu_is.errors import CONFIGURATION
from .auth_config import read_config, store_basic
from .network import ca_bundle, proxies_from_qgis

ENV_USERNAME, ENV_AUTH_KEY = "EUDR_IS_USERNAME", "EUDR_IS_AUTH_KEY"  # pragma: allowlist secret (variable names)
REALM = "eudr-information-system"


def tr(text: str) -> str:
    return QCoreApplication.translate("EuCredentials", text)


def _refused(message: str, code: str) -> EuIsError:
    return EuIsError(message, kind=CONFIGURATION, code=code)


def save_eu_credentials(name: str, username: str, key: str, authcfg: str = "") -> str:
    """Create (or update ``authcfg``) a Basic configuration for the Information System; its id."""
    if not username.strip() or not key.strip():
        raise _refused(tr("Enter both the EU Information System username and its authentication key."),
                       "eu_is_login_incomplete")
    stored_id = store_basic(name, username.strip(), key.strip(), REALM, authcfg)
    if not stored_id:
        raise _refused(tr("QGIS could not store the EU Information System credentials (is the master password "
                          "set?)."), "eu_is_login_not_stored")
    return stored_id


def credentials_from_authcfg(authcfg: str) -> EuIsCredentials:
    config = read_config(authcfg)
    if config is None:
        raise _refused(tr("Authentication configuration '{authcfg}' was not found or could not be decrypted (check "
                          "the QGIS master password).").format(authcfg=authcfg), "eu_is_authcfg_missing")
    if config.method() != "Basic":
        raise _refused(tr("Authentication configuration '{name}' uses the {method} method; the EU Information "
                          "System needs a Basic configuration: the username and, as password, the authentication "
                          "key.").format(name=config.name(), method=config.method()), "eu_is_authcfg_method")
    username, key = config.config("username"), config.config("password")
    if not username.strip() or not key.strip():
        raise _refused(tr("Authentication configuration '{name}' has an empty username or authentication "
                          "key.").format(name=config.name()), "eu_is_login_incomplete")
    return EuIsCredentials(username.strip(), key.strip())


def eu_credentials(authcfg: str = "", env: Mapping[str, str] = os.environ) -> EuIsCredentials:
    """The configuration ``authcfg``, else ``EUDR_IS_USERNAME`` and ``EUDR_IS_AUTH_KEY``; refused readably."""
    if authcfg:
        return credentials_from_authcfg(authcfg)
    username, key = (env.get(ENV_USERNAME) or "").strip(), (env.get(ENV_AUTH_KEY) or "").strip()
    if username and key:
        return EuIsCredentials(username, key)
    missing = [name for name, value in ((ENV_USERNAME, username), (ENV_AUTH_KEY, key)) if not value]
    raise _refused(tr("No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the "
                      "username and the authentication key as password), or set {missing} in the "
                      "environment.").format(missing=" and ".join(missing)), "eu_is_login_missing")


def eu_client(credentials: EuIsCredentials, environment: str = ACCEPTANCE, server: Optional[str] = None
              ) -> EuIsClient:
    """A client on ``environment`` (acceptance unless production is named), through QGIS's proxy except for a
    loopback server, verifying TLS with the organisation's CA bundle when one is set."""
    client = EuIsClient(credentials, environment or ACCEPTANCE, server=server or None, ca_bundle=ca_bundle())
    host = client.environment.base_url.split("//", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    if not is_loopback_host(host):
        proxies = proxies_from_qgis()
        if proxies:
            client.session.proxies.update(proxies)
    return client
