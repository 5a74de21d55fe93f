"""Small builders shared by the QGIS tests."""

import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

#: qgis_process: Debian 12's wrapper script fails (it passes --noversioncheck), so its .bin first
QGIS_PROCESS = Path(shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process.bin")
#: The folder QGIS finds the plugin in (``epoch_eudr`` there is this checkout).
PLUGIN_PATH = Path(__file__).resolve().parents[2] / ".build" / "pkgpath"
#: The plots the plugin ships as its sample (resources/sample/).
SAMPLE_PLOTS = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_plots.geojson"


def sandbox_login(url):
    """The sandbox's demo login for ``url`` in EPOCH_* variables, as a script or a CI job sets them."""
    return {"EPOCH_EMAIL": DEMO_EMAIL, "EPOCH_PASSWORD": DEMO_PASSWORD, "EPOCH_API_URL": url}


def qgis_process_env(profile, **variables):
    """The environment of ``qgis_process`` runs: the plugin enabled in the throw-away profile folder ``profile``,
    offscreen, with ``variables`` set. Skips the test where qgis_process is not installed."""
    if not QGIS_PROCESS.exists():
        pytest.skip("qgis_process.bin is not installed")
    env = dict(os.environ, QGIS_PLUGINPATH=str(PLUGIN_PATH), QGIS_CUSTOM_CONFIG_PATH=str(profile),
               QT_QPA_PLATFORM="offscreen", **variables)
    enable = subprocess.run([str(QGIS_PROCESS), "plugins", "enable", "epoch_eudr"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert enable.returncode == 0, enable.stderr
    return env


def run_algorithm(env, algorithm, *params, as_json=True, text=True, timeout=180):
    """``qgis_process [--json] run epoch_eudr:<algorithm> -- <params>`` in ``env``: the finished process, its
    output captured (as text unless ``text=False``)."""
    flags = ["--json"] if as_json else []
    return subprocess.run([str(QGIS_PROCESS), *flags, "run", f"epoch_eudr:{algorithm}", "--", *params], env=env,
                          capture_output=True, text=text, timeout=timeout)


def results_of(done):
    """The results of a ``--json`` run that succeeded (else an assertion showing the end of what it printed)."""
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    return json.loads(done.stdout[done.stdout.index("{"):])["results"]


def memory_layer(definition, rows, name="input"):
    layer = QgsVectorLayer(definition, name, "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def facilities_layer(name="mills"):
    return memory_layer("Point?crs=EPSG:4326&field=facility_id:string&field=name:string&field=Productor:string", [
        ("POINT(-6.35 6.05)", ["CI-01", "Soubre mill", "Coop Soubre"]),
        ("POINT(102.1 1.6)", ["ID-02", "Riau mill", "PT Sawit"]),
        (None, ["XX-03", "Lost mill", ""]),
        ("POINT(-47.9 -15.8)", ["BR-04", "Goias silo", "Fazenda Boa"]),
    ], name)


def plots_layer(name="plots"):
    square = "POLYGON(({x} 12.1, {x1} 12.1, {x1} 12.11, {x} 12.11, {x} 12.1))"
    return memory_layer("Polygon?crs=EPSG:4326&field=plot:string&field=Area:double", [
        (square.format(x=-85.9 + i * 0.02, x1=-85.89 + i * 0.02), [f"P{i}", 1.2]) for i in range(6)
    ], name)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm gives, in order, debug lines included (qgis_process prints them with
    --verbose); its warnings also on their own."""

    def __init__(self):
        super().__init__()
        self.messages, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        self.messages.append(info)

    def pushDebugInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)

    @property
    def text(self):
        return "\n".join(self.messages)


class PseudoTranslator(QTranslator):
    """A translator that answers from ``words`` ({(context, source): text}); anything else stays English."""

    def __init__(self, words):
        super().__init__()
        self.words = words

    def translate(self, context, text, disambiguation=None, n=-1):
        return self.words.get((context, text), None)

    def isEmpty(self):  # noqa: N802 (Qt's name)
        return False


@contextmanager
def speaking(locale, words):
    """QGIS's user locale set to ``locale`` (the plugin's numbers and country names follow it) and ``words``
    installed as a translation, both undone afterwards."""
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", locale)
    translator = PseudoTranslator(words)
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        if before is None:
            settings.remove("locale/userLocale")
        else:
            settings.setValue("locale/userLocale", before)
