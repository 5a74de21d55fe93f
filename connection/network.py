"""QGIS's network settings for the Qt-free client: proxy and CA bundle."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional
from urllib.parse import quote

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

SYSTEM_CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")


def proxies_from_qgis() -> Dict[str, str]:
    """The proxy QGIS uses (Settings > Options > Network) as a ``requests`` proxies mapping."""
    manager = QgsNetworkAccessManager.instance()
    proxy = manager.fallbackProxy()
    kinds = QNetworkProxy.ProxyType
    if proxy.type() not in (kinds.HttpProxy, kinds.HttpCachingProxy, kinds.Socks5Proxy):
        return {}
    if not proxy.hostName():
        return {}
    scheme = "socks5h" if proxy.type() == QNetworkProxy.ProxyType.Socks5Proxy else "http"
    auth = ""
    if proxy.user():
        auth = quote(proxy.user(), safe="") + (":" + quote(proxy.password(), safe="") if proxy.password() else "") + "@"
    url = f"{scheme}://{auth}{proxy.hostName()}:{proxy.port()}"
    return {"http": url, "https": url}


def ca_bundle() -> Optional[str]:
    """The system's CA bundle where it exists (QGIS's own trust store), else requests' default."""
    return str(SYSTEM_CA_BUNDLE) if SYSTEM_CA_BUNDLE.is_file() else None
