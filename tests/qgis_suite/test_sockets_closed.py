"""An algorithm closes the connections it opened: no ``ResourceWarning: unclosed <socket...>`` in what qgis_process
prints, nor in a Python console that runs the algorithm (Python warns of every socket left to the garbage collector).
"""

import gc
import warnings
from pathlib import Path

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

from .helpers import qgis_process_env, run_algorithm, sandbox_login

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"


def _unclosed(caught):
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning) and "unclosed" in str(w.message)]


def test_clients_have_close_and_release_their_sockets(sandbox_server):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials

    gc.collect()  # what earlier tests left for the collector is theirs: this test judges this client's sockets
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)) as client:
            for _ in client.fetch_supply_shed(limit=1):
                pass
        del client
        gc.collect()
    assert _unclosed(caught) == []


@pytest.mark.parametrize("algorithm, params", [
    ("screen_locations", {"LOCATION_TYPE": "plot", "COMMODITY": "coffee"}),
    ("fetch_assessments", {}),
])
def test_an_algorithm_run_leaves_no_socket_open(processing, env_login, tmp_path, algorithm, params):
    if algorithm == "screen_locations":
        params = dict(params, INPUT=str(SAMPLE / "sample_plots.geojson"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        result = processing.run(f"epoch_eudr:{algorithm}", dict(params, OUTPUT=str(tmp_path / "out.gpkg")))
        gc.collect()
    assert result["OUTPUT"]
    assert _unclosed(caught) == []


def test_refused_run_leaves_no_socket_open(processing, env_login, tmp_path):
    """A run that the server answers and the algorithm then refuses closes its connections too."""
    from qgis.core import QgsProcessingException

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with pytest.raises(QgsProcessingException):
            processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": "0xnot-a-collection",
                                                      "OUTPUT": str(tmp_path / "plots.gpkg")})
        gc.collect()
    assert _unclosed(caught) == []


def test_qgis_process_prints_no_unclosed_socket(sandbox_server, tmp_path):
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(sandbox_server.url),
                           PYTHONWARNINGS="always::ResourceWarning", PYTHONTRACEMALLOC="5")
    run = run_algorithm(env, "screen_locations", f"INPUT={SAMPLE / 'sample_plots.geojson'}", "LOCATION_TYPE=plot",
                        "COMMODITY=coffee", f"OUTPUT={tmp_path / 'screened.gpkg'}", as_json=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert (tmp_path / "screened.gpkg").is_file()
    assert "unclosed" not in run.stdout + run.stderr, (run.stdout + run.stderr)[-3000:]
