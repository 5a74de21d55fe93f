"""Fixtures for QGIS tests: the sandbox over loopback and a client for it."""

import pytest
from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.processing_provider.provider import EpochEudrProvider
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD, temporary_server
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def sandbox_server():
    server = temporary_server(ready_delay=0.2)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def job_store(tmp_path, monkeypatch):
    """Each test's own file of submitted jobs (the profile's would carry jobs from one test into the next)."""
    path = tmp_path / "profile" / "epoch_eudr" / "jobs.json"
    monkeypatch.setattr("epoch_eudr.layers.operations.jobs.profile_store_path", lambda: path)
    return path


@pytest.fixture
def client(sandbox_server):
    sandbox_server.faults.reset()
    return EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))


@pytest.fixture(scope="module")
def processing(qgis_app):
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("epoch_eudr")
    if provider is None:
        provider = EpochEudrProvider()  # kept referenced: Python overrides die with their wrapper
        registry.addProvider(provider)
    import processing as proc

    yield proc
    registry.removeProvider(provider)


@pytest.fixture
def dock(qgis_app, sandbox_server, tmp_path, monkeypatch):
    """The dock in a fresh project, logged out, with results going to ``tmp_path``."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    monkeypatch.setattr("epoch_eudr.connection.session.start_sandbox", lambda: sandbox_server.url)
    monkeypatch.setattr("epoch_eudr.layers.writer.results.default_results_path", lambda: tmp_path / "results.gpkg")
    for module in ("wdg_screening", "wdg_assessments", "wdg_preflight"):
        monkeypatch.setattr(f"epoch_eudr.ui.{module}.default_results_path", lambda: tmp_path / "results.gpkg")
    from epoch_eudr.connection.session import Session
    from epoch_eudr.connection.settings import ConnectionSettings
    from epoch_eudr.ui.wdg_dock import EudrDockWidget
    from qgis.core import QgsProject
    from qgis.gui import QgsMapCanvas, QgsMessageBar

    from .fake_iface import RecordingIface

    canvas = QgsMapCanvas()
    iface = RecordingIface(canvas=canvas, message_bar=QgsMessageBar())
    widget = EudrDockWidget(iface, iface.mainWindow(), session=Session(ConnectionSettings()))
    widget.resize(460, 900)
    widget.show()
    QgsProject.instance().clear()
    yield widget
    widget.shutdown()
    QgsProject.instance().clear()


def login_env(monkeypatch, url: str) -> None:
    """The sandbox login in EPOCH_* variables for ``url``, as a qgis_process script or a CI job passes it."""
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    monkeypatch.setenv("EPOCH_EMAIL", DEMO_EMAIL)
    monkeypatch.setenv("EPOCH_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("EPOCH_API_URL", url)
    for name in ("EPOCH_API_KEY", "EPOCH_USER_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def env_login(monkeypatch, sandbox_server):
    login_env(monkeypatch, sandbox_server.url)
    return sandbox_server.url


_EXIT = {"status": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave with pytest's own status once everything is reported, skipping interpreter finalisation.

    Python objects that wrap QGIS objects (layers made in tests, Processing feedback subclasses) are
    otherwise destroyed after pytest-qgis has shut QGIS down, and sip's destructors then crash the
    process at exit (a segfault on 3.22, an abort on 3.44) after every test passed. QGIS itself never
    runs that path (it exits through its own main loop), so this is a property of the test run.
    """
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT["status"])
