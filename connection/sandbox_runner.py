"""The bundled sandbox, started on demand on a free loopback port (training and demos; synthetic results)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..sandbox.server import SandboxServer

SANDBOX_NOTICE = ("Sandbox: a local training server bundled with the plugin. Its results are synthetic, "
                  "not Epoch's analysis; never use them for a due diligence statement.")


def tr(text: str) -> str:
    return QCoreApplication.translate("Sandbox", text)


def sandbox_notice() -> str:
    """SANDBOX_NOTICE in the user's language."""
    return tr("Sandbox: a local training server bundled with the plugin. Its results are synthetic, "
              "not Epoch's analysis; never use them for a due diligence statement.")

_server: Optional[SandboxServer] = None


def start_sandbox(db_path: Optional[Path] = None, ready_delay: float = 3.0) -> str:
    """Start (once) and return the base URL."""
    global _server
    if _server is None:
        _server = SandboxServer("127.0.0.1", 0, db_path=db_path, ready_delay=ready_delay).start()
    return _server.url


def stop_sandbox() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None
