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
