"""Build the Epoch client from what QGIS knows: server choice, auth configuration or environment, proxy."""

from __future__ import annotations

import os
from typing import Mapping, Optional, Tuple
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.auth import ApiKeyCredentials, Credentials, PasswordCredentials
from ..core.api.client import EpochClient
from ..core.api.errors import ConfigurationError
from ..core.api.servers import PRODUCTION_URL, is_loopback_host, normalize_base_url
from .auth_config import credentials_from_authcfg
from .network import ca_bundle, proxies_from_qgis

ENV_EMAIL, ENV_PASSWORD = "EPOCH_EMAIL", "EPOCH_PASSWORD"
ENV_API_KEY, ENV_USER_ID, ENV_URL = "EPOCH_API_KEY", "EPOCH_USER_ID", "EPOCH_API_URL"


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientFactory", text)


def credentials_from_environment(env: Mapping[str, str] = os.environ) -> Optional[Credentials]:
    """EPOCH_EMAIL/EPOCH_PASSWORD, else EPOCH_API_KEY/EPOCH_USER_ID; ``None`` when neither pair is set."""
    if env.get(ENV_EMAIL) and env.get(ENV_PASSWORD):
        return PasswordCredentials(env[ENV_EMAIL], env[ENV_PASSWORD])
    if env.get(ENV_API_KEY) and env.get(ENV_USER_ID):
        return ApiKeyCredentials(env[ENV_API_KEY], env[ENV_USER_ID])
    half = [n for n in (ENV_EMAIL, ENV_PASSWORD, ENV_API_KEY, ENV_USER_ID) if env.get(n)]
    if half:
        raise ConfigurationError(tr("Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or "
                                    "EPOCH_API_KEY and EPOCH_USER_ID.").format(names=", ".join(half)))
    return None


def resolve(server: str, authcfg: str, env: Mapping[str, str] = os.environ) -> Tuple[str, Credentials]:
    """Server URL and credentials for an unattended run: parameters first, then the environment."""
    url = normalize_base_url(server.strip() or env.get(ENV_URL, "") or PRODUCTION_URL)
    credentials = credentials_from_authcfg(authcfg) if authcfg else credentials_from_environment(env)
    if credentials is None:
        raise ConfigurationError(tr("No Epoch login: give an authentication configuration (AUTHCFG), or set "
                                    "EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID)."))
    return url, credentials


def make_client(url: str, credentials: Credentials) -> EpochClient:
    """A client that uses QGIS's proxy (except for a loopback sandbox) and verifies TLS."""
    url = normalize_base_url(url)
    proxies = {} if is_loopback_host(urlsplit(url).hostname or "") else proxies_from_qgis()
    return EpochClient(url, credentials, proxies=proxies or None, ca_bundle=ca_bundle())
