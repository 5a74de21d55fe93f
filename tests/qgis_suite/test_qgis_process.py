"""The real command line, as users script it: twice into the same file, enum values by name (issues 11, 12)."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

from .helpers import QGIS_PROCESS

REPO = Path(__file__).resolve().parents[2]
BINARY = QGIS_PROCESS
SAMPLE = REPO / "resources" / "sample"
pytestmark = pytest.mark.skipif(not BINARY.exists(), reason="qgis_process.bin is not installed")


@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    env = dict(os.environ, QGIS_PLUGINPATH=str(REPO / ".build" / "pkgpath"),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path_factory.mktemp("profile")), QT_QPA_PLATFORM="offscreen",
               EPOCH_EMAIL=DEMO_EMAIL, EPOCH_PASSWORD=DEMO_PASSWORD, EPOCH_API_URL=sandbox_server.url)
    enable = subprocess.run([str(BINARY), "plugins", "enable", "epoch_eudr"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert enable.returncode == 0, enable.stderr

    def run(algorithm, *params, timeout=120):
        return subprocess.run([str(BINARY), "--json", "run", f"epoch_eudr:{algorithm}", "--", *params], env=env,
                              capture_output=True, text=True, timeout=timeout)

    return run


def test_screen_locations_twice_into_the_same_geopackage(qp, tmp_path):
    out = tmp_path / "results.gpkg"
    params = [f"INPUT={SAMPLE / 'sample_plots.geojson'}", "LOCATION_TYPE=plot", "COMMODITY=coffee",
              f"OUTPUT={out}|layername=screened_plots"]
    for _ in range(2):  # the second run used to hang for ever in saveStyleToDatabase
        run = qp("screen_locations", *params, timeout=90)
        assert run.returncode == 0, run.stderr[-2000:] + run.stdout[-2000:]
        assert json.loads(run.stdout[run.stdout.index("{"):])["results"]["OUTPUT"]
    layer = QgsVectorLayer(f"{out}|layername=screened_plots", "again", "ogr")
    assert layer.featureCount() == 30
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)  # the style stored once, as the default


def test_enum_parameters_take_names_and_refuse_unknown_ones(qp, tmp_path):
    good = qp("preflight", f"INPUT={SAMPLE / 'sample_facilities.geojson'}", "LOCATION_TYPE=facility",
              "COMMODITY=cocoa", f"OUTPUT={tmp_path / 'f.gpkg'}")
    assert good.returncode == 0, good.stderr[-2000:]
    bad = qp("preflight", f"INPUT={SAMPLE / 'sample_facilities.geojson'}", "LOCATION_TYPE=nope",
             f"OUTPUT={tmp_path / 'g.gpkg'}")
    assert bad.returncode != 0 and "LOCATION_TYPE" in bad.stdout + bad.stderr
    assert not (tmp_path / "g.gpkg").exists()
