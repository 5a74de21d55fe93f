"""Fixtures for QGIS tests: the sandbox over loopback and a client for it, Processing, the dock and what it runs
against (the authentication database, the sandbox, results in the test's folder), the fake EU Information System
and the dock's EU tab, the shipped French translation."""

import pytest
from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.processing_provider.provider import EpochEudrProvider
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD, temporary_server
from qgis.core import QgsApplication, QgsSettings


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
def auth_manager(qgis_app):
    """QGIS's authentication database, unlocked with a test master password (logins are saved there only)."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    return manager


@pytest.fixture
def dock_environment(auth_manager, sandbox_server, tmp_path, monkeypatch):
    """What a dock made in a test runs against: the unlocked authentication database, the sandbox as its server,
    results in ``tmp_path / "results.gpkg"`` (returned) instead of the user's file."""
    results = tmp_path / "results.gpkg"
    monkeypatch.setattr("epoch_eudr.connection.session.start_sandbox", lambda: sandbox_server.url)
    monkeypatch.setattr("epoch_eudr.layers.writer.results.default_results_path", lambda: results)
    for module in ("wdg_screening", "wdg_assessments", "wdg_preflight"):
        monkeypatch.setattr(f"epoch_eudr.ui.{module}.default_results_path", lambda: results)
    return results


@pytest.fixture
def dock(dock_environment):
    """The dock in a fresh project, logged out, with results going to ``tmp_path``."""
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


@pytest.fixture
def own_server(monkeypatch):
    """A sandbox of the test's own (its data changed by the test alone), also the dock's sandbox server."""
    server = temporary_server(ready_delay=0)
    monkeypatch.setattr("epoch_eudr.connection.session.start_sandbox", lambda: server.url)
    yield server
    server.stop()


@pytest.fixture
def own_client(own_server):
    """A client of :func:`own_server` with the sandbox's demo login."""
    return EpochClient(own_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))


@pytest.fixture(scope="module")
def eu_fake(request):
    """The fake EU Information System over loopback, one per test module; a submitted statement settles after the
    module's ``EU_READY_DELAY`` seconds (0.5 unless the module says otherwise)."""
    from epoch_eudr.sandbox.eu_is import temporary_server as eu_server

    server = eu_server(ready_delay=getattr(request.module, "EU_READY_DELAY", 0.5))
    yield server
    server.stop()


@pytest.fixture
def fake(eu_fake, monkeypatch):
    """The fake EU Information System without faults, its demo login in ``EUDR_IS_*`` variables (as a script or a
    CI job passes it to Processing)."""
    from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME

    eu_fake.faults.__init__()
    eu_fake.service.reject_next = 0
    monkeypatch.setenv("EUDR_IS_USERNAME", DEMO_USERNAME)
    monkeypatch.setenv("EUDR_IS_AUTH_KEY", DEMO_AUTH_KEY)
    return eu_fake


@pytest.fixture(scope="module")
def fixed_sample(processing, tmp_path_factory):
    """The bundled sample after the preflight's fix (ProducerCountry from the geometry, 6 decimals)."""
    from .helpers import SAMPLE_PLOTS

    fixed = tmp_path_factory.mktemp("fixed") / "fixed.gpkg"
    processing.run("epoch_eudr:preflight", {"INPUT": str(SAMPLE_PLOTS), "LOCATION_TYPE": "plot",
                                            "COMMODITY": "coffee", "FIX": True,
                                            "OUTPUT": f"{fixed}|layername=fixed_plots"})
    return fixed


@pytest.fixture
def eu_settings():
    """No EU login or choice saved (QgsSettings ``epoch_eudr/eu_is``) before the test, nor left after it."""
    settings = QgsSettings()
    settings.remove("epoch_eudr/eu_is")
    yield settings
    settings.remove("epoch_eudr/eu_is")


@pytest.fixture
def eu_tab(eu_settings, dock, eu_fake):
    """The dock's EU Information System tab, nothing saved, the fake answering without faults."""
    eu_fake.faults.__init__()
    eu_fake.service.reject_next = 0
    return dock.eu_is


@pytest.fixture
def in_french(request, qgis_app):
    """QGIS's locale fr_FR with the test module's pseudo-translation ``FRENCH`` ({(context, source): text})
    installed (:func:`.helpers.speaking`), both undone afterwards."""
    from .helpers import speaking

    with speaking("fr_FR", request.module.FRENCH):
        yield


@pytest.fixture
def fake_epoch():
    """The URL of a fake Epoch answering ``/validate_facility`` with hostile legality sources
    (:class:`.helpers_fakes.FacilityAnswers`, what it was asked in its ``asked``)."""
    from .helpers_fakes import FacilityAnswers, serving

    with serving(FacilityAnswers) as url:
        yield url


@pytest.fixture
def other_geocoder():
    """The URL of a geocoder answering another way than the sandbox (:class:`.helpers_fakes.OtherGeocoder`)."""
    from .helpers_fakes import OtherGeocoder, serving

    with serving(OtherGeocoder) as url:
        yield url


@pytest.fixture
def french_translation(qgis_app, tmp_path, monkeypatch):
    """The plugin's French translation compiled from the committed i18n/epoch_eudr_fr.ts and installed (QGIS's
    locale unchanged), removed afterwards: English stays the default of every other test."""
    import importlib.util
    import subprocess  # nosec B404 (lrelease, the Qt tool the plugin's build uses)
    from pathlib import Path

    from epoch_eudr.layers.words.language import install_translator, remove_translator

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("epoch_i18n_script", root / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    (tmp_path / "qm").mkdir()
    subprocess.run([script.lrelease(), "-silent", str(root / "i18n" / "epoch_eudr_fr.ts"), "-qm",  # nosec B603
                    str(tmp_path / "qm" / "epoch_eudr_fr.qm")], check=True, capture_output=True)
    monkeypatch.setattr("epoch_eudr.layers.words.language.I18N_DIR", tmp_path / "qm")
    translator = install_translator("fr")
    assert translator is not None
    yield translator
    remove_translator(translator)


@pytest.fixture
def french(french_translation):
    """QGIS in French (``locale/userLocale`` fr_FR: the locale's numbers, the French country names) with the
    plugin's shipped French translation; both undone afterwards."""
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", "fr_FR")
    yield french_translation
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)


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
