"""The EU Information System's two environments, their endpoints and ``WebServiceClientId``.

Hosts, paths and client ids from the "EUDR Information System - Operator API Reference" v1.0 (sections 1.2,
3 and 5): acceptance (the Commission's test system) is the default; production is used only when asked for
by name. A server address may replace the environment's (the local fake service in tests and demos): plain
http is accepted only on this machine, and an acceptance choice never goes to the production host.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from ..api.servers import is_loopback_host
from .errors import CONFIGURATION, EuIsError

ACCEPTANCE = "acceptance"
PRODUCTION = "production"
ENVIRONMENTS = (ACCEPTANCE, PRODUCTION)

ACCEPTANCE_URL = "https://acceptance.eudr.webcloud.ec.europa.eu/tracesnt"
PRODUCTION_URL = "https://eudr.webcloud.ec.europa.eu/tracesnt"
_PRODUCTION_HOST = urlsplit(PRODUCTION_URL).hostname

#: ``base:WebServiceClientId`` per environment (Operator API Reference, section 1.2.3).
CLIENT_IDS = {ACCEPTANCE: "eudr-test", PRODUCTION: "eudr-repository"}

#: Service paths under the ``/tracesnt`` base. Echo: the reference's section 3 path.
DDS_PATH = "/ws/EUDRDueDiligenceStatementServiceV3"
VERIFY_PATH = "/ws/EUDRVerifyDeclarationServiceV3"
ECHO_PATH = "/ws/eudr/echo"


@dataclass(frozen=True)
class Environment:
    """Where to send requests: ``name`` (acceptance/production), ``base_url`` (ends in ``/tracesnt`` on the
    EU servers), ``client_id`` (the ``WebServiceClientId`` header)."""

    name: str
    base_url: str
    client_id: str

    @property
    def is_production(self) -> bool:
        return self.name == PRODUCTION

    @property
    def dds_url(self) -> str:
        return self.base_url + DDS_PATH

    @property
    def verify_url(self) -> str:
        return self.base_url + VERIFY_PATH

    @property
    def echo_url(self) -> str:
        return self.base_url + ECHO_PATH

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).netloc


def check_server_url(url: str) -> str:
    """A tidy server address (no trailing slash): https anywhere, plain http only on this machine."""
    text = (url or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EuIsError(f"'{text}' is not a server address: give a full URL such as {ACCEPTANCE_URL}",
                        kind=CONFIGURATION, code="eu_is_server_url_invalid",
                        params={"text": text, "example": ACCEPTANCE_URL})
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise EuIsError(f"'{text}' uses plain http: the authentication digest and the statements would travel "
                        "unencrypted. Use https (plain http is only for a test service on this machine).",
                        kind=CONFIGURATION, code="eu_is_server_url_http", params={"text": text})
    if parts.username or parts.password or parts.query or parts.fragment:
        raise EuIsError(f"'{text}' must be only the server address (no user name, password, '?' or '#'); the "
                        "username and authentication key are kept in QGIS's authentication database.",
                        kind=CONFIGURATION, code="eu_is_server_url_extra", params={"text": text})
    return text.rstrip("/")


def environment(name: str = ACCEPTANCE, server: Optional[str] = None) -> Environment:
    """The environment called ``name`` (``acceptance`` by default), optionally at another ``server`` address.

    Production needs ``name="production"``: any other name, and an acceptance choice pointed at the production
    host, are refused with an :class:`EuIsError` of kind ``configuration``.
    """
    key = (name or ACCEPTANCE).strip().lower()
    if key not in ENVIRONMENTS:
        raise EuIsError(f"Unknown EU Information System environment '{name}': choose acceptance (the Commission's "
                        "test system) or production.", kind=CONFIGURATION, code="eu_is_environment_unknown",
                        params={"name": str(name)})
    base = check_server_url(server) if server else (PRODUCTION_URL if key == PRODUCTION else ACCEPTANCE_URL)
    if key != PRODUCTION and urlsplit(base).hostname == _PRODUCTION_HOST:
        raise EuIsError(f"{base} is the production EU Information System: choose the production environment "
                        "explicitly to send statements there.", kind=CONFIGURATION, code="eu_is_production_not_chosen",
                        params={"url": base})
    return Environment(key, base, CLIENT_IDS[key])
