"""The real command line, as users script it: twice into the same file, enum values by name (issues 11, 12)."""

from pathlib import Path

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

from .helpers import qgis_process_env, results_of, run_algorithm, sandbox_login

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"


@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    env = qgis_process_env(tmp_path_factory.mktemp("profile"), **sandbox_login(sandbox_server.url))

    def run(algorithm, *params, timeout=120):
        return run_algorithm(env, algorithm, *params, timeout=timeout)

    return run


def test_screen_locations_twice_into_the_same_geopackage(qp, tmp_path):
    out = tmp_path / "results.gpkg"
    params = [f"INPUT={SAMPLE / 'sample_plots.geojson'}", "LOCATION_TYPE=plot", "COMMODITY=coffee",
              f"OUTPUT={out}|layername=screened_plots"]
    for _ in range(2):  # the second run used to hang for ever in saveStyleToDatabase
        assert results_of(qp("screen_locations", *params, timeout=90))["OUTPUT"]
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
