"""A replace killed at any moment keeps one whole layer; the staging folders of killed runs are removed later.

Through the writer in a process killed with ``kill -9`` (many moments of the install, timed from the moment
the destination's transaction begins) and through ``qgis_process epoch_eudr:fetch_plots`` against the sandbox.
GDAL's translate committed the drop of the old layer and then every 100,000 rows: a kill left 99,999 rows.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from epoch_eudr.layers.styles.store import default_style_name, store_default_style
from epoch_eudr.layers.writer.gpkg_writer import write_layer

from .helpers import QGIS_PROCESS, qgis_process_env, sandbox_login
from .kill_helpers import (
    PKGPATH,
    WORKER,
    assert_whole,
    layer_state,
    run_and_kill,
    staging_folders,
    tiny_plots,
    write_ndjson,
)

OLD, NEW = 30_000, 130_000  # more than 100,000 new rows: GDAL's translate committed in the middle of them
STYLE = '<qgis version="3.22"><renderer-v2 type="singleSymbol"/></qgis>'


def _env():
    return dict(os.environ, PYTHONPATH=str(PKGPATH), QT_QPA_PLATFORM="offscreen")


@pytest.fixture(scope="module")
def old_file(tmp_path_factory):
    """A results file holding ``plots`` (30,000 rows) and its style."""
    path = tmp_path_factory.mktemp("old") / "results.gpkg"
    assert write_layer(tiny_plots(OLD, "old"), "plots", path, "plots", derive=False).count == OLD
    store_default_style(path, "plots", STYLE, "mine", "a style of the user's")  # another style of the layer
    store_default_style(path, "plots", STYLE, "plots", "style of old")  # the default
    return path


def _fresh(old_file: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "results.gpkg"
    for leftover in (Path(f"{target}-journal"), Path(f"{target}-wal")):
        leftover.unlink(missing_ok=True)
    shutil.copy(old_file, target)
    return target


def test_a_replace_killed_at_any_moment_leaves_the_old_layer_or_the_new_one(old_file, tmp_path):
    worker = [sys.executable, str(WORKER)]
    target = _fresh(old_file, tmp_path / "whole")
    run = run_and_kill(worker + [str(target), "plots", str(NEW), "new"], _env(), target, None)
    assert run["returncode"] == 0, run["stderr"][-2000:]
    assert run["began"] is not None  # the replace wrote the destination in a transaction
    install = run["install_seconds"]
    assert_whole(layer_state(target, "plots"), (NEW,))
    assert layer_state(target, "plots")["styles"] == ["mine", "plots"]  # the user's style kept beside the new one
    assert layer_state(target, "plots")["default_style"] == ["style of new"]

    outcomes = []
    for fraction in (0.02, 0.2, 0.4, 0.6, 0.75, 0.9, 0.98):
        target = _fresh(old_file, tmp_path / f"kill{fraction}")
        run = run_and_kill(worker + [str(target), "plots", str(NEW), "new"], _env(), target, install * fraction)
        state = layer_state(target, "plots")
        assert_whole(state, (OLD, NEW))  # never 99,999 rows of the new load: the old layer or the new one
        assert state["styles"] == ["mine", "plots"], state
        assert state["default_style"] == ["style of old" if state["rows"] == OLD else "style of new"], state
        outcomes.append((fraction, run["killed"], state["rows"]))
    assert any(killed for _, killed, _ in outcomes), outcomes  # at least one kill landed inside the replace
    assert any(rows == OLD for _, killed, rows in outcomes if killed), outcomes


def test_stale_staging_folders_are_removed_by_the_next_run_and_one_in_use_is_kept(tmp_path):
    target = tmp_path / "results.gpkg"
    assert write_layer(tiny_plots(10, "first"), "plots", target, "plots", derive=False).count == 10
    # a run killed while it stages its rows leaves its folder (staged.gpkg, parts) behind
    killed = subprocess.Popen([sys.executable, str(WORKER), str(target), "plots", "400000", "killed"], env=_env())
    deadline = time.monotonic() + 60
    while not any((tmp_path / name / "staged.gpkg").exists() for name in staging_folders(tmp_path)):
        assert time.monotonic() < deadline and killed.poll() is None, "the killed run never staged anything"
        time.sleep(0.01)
    killed.kill()
    killed.wait(10)
    dead = staging_folders(tmp_path)
    assert len(dead) == 1
    # one of a run still going (another process writing beside the same file) ...
    live = subprocess.Popen([sys.executable, str(WORKER), "--hold", str(target)], env=_env(), stdout=subprocess.PIPE,
                            text=True)
    try:
        in_use = Path(live.stdout.readline().strip()).name
        assert in_use.startswith(".epoch-")
        # ... one left by an older version (no lock file), a day old, and one being created this instant
        legacy, recent = tmp_path / ".epoch-legacy1", tmp_path / ".epoch-recent1"
        for folder in (legacy, recent):
            folder.mkdir()
            (folder / "staged.gpkg").write_bytes(b"\0" * 1024)
        day_ago = time.time() - 86_400
        os.utime(legacy, (day_ago, day_ago))
        (tmp_path / "epoch-notes").mkdir()  # not a staging folder
        assert write_layer(tiny_plots(20, "second"), "plots", target, "plots", derive=False).count == 20
        left = staging_folders(tmp_path)
        assert dead[0] not in left and legacy.name not in left  # the dead run's and the old version's: gone
        assert in_use in left and recent.name in left  # in use, or too young to tell: kept
        assert (tmp_path / "epoch-notes").is_dir()
    finally:
        live.kill()
        live.wait(10)
    assert layer_state(target, "plots")["rows"] == 20


# -- through qgis_process ------------------------------------------------------------------------------------------
pytestmark_qp = pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")


@pytest.fixture(scope="module")
def qp(sandbox_server, tmp_path_factory):
    env = qgis_process_env(tmp_path_factory.mktemp("qp"), **sandbox_login(sandbox_server.url))
    data = tmp_path_factory.mktemp("fixtures")
    sandbox_server.fixtures["kill-old"] = write_ndjson(data / "old.ndjson", 5_000, "kill-old")
    sandbox_server.fixtures["kill-new"] = write_ndjson(data / "new.ndjson", 40_000, "kill-new")

    def command(collection, out):
        return [str(QGIS_PROCESS), "--json", "run", "epoch_eudr:fetch_plots", "--", f"COLLECTION_ID={collection}",
                f"OUTPUT={out}|layername=plots"]

    return command, env


@pytestmark_qp
def test_fetch_plots_killed_while_replacing_keeps_one_whole_layer_and_the_next_run_cleans_up(qp, tmp_path):
    command, env = qp
    base = tmp_path / "base" / "results.gpkg"
    base.parent.mkdir()
    first = subprocess.run(command("kill-old", base), env=env, capture_output=True, text=True, timeout=180)
    assert first.returncode == 0, first.stderr[-2000:]
    assert layer_state(base, "plots")["rows"] == 5_000
    assert default_style_name(base, "plots") == "plots"

    target = _fresh(base, tmp_path / "whole")
    run = run_and_kill(command("kill-new", target), env, target, None)
    assert run["returncode"] == 0, run["stderr"][-2000:]
    assert json.loads(run["stdout"][run["stdout"].index("{"):])["results"]["OUTPUT"]
    assert_whole(layer_state(target, "plots"), (40_000,))
    install = run["install_seconds"]  # from the replace's first write to the end (the style is stored after)

    target = _fresh(base, tmp_path / "killed")
    for fraction in (0.05, 0.3, 0.6):
        run = run_and_kill(command("kill-new", target), env, target, install * fraction)
        state = layer_state(target, "plots")
        assert_whole(state, (5_000, 40_000))
        assert state["styles"] == ["plots"], state  # the style row stays with the layer's name
    earlier = set(staging_folders(target.parent))  # left by the runs killed above
    run = run_and_kill(command("kill-new", target), env, target, 0.3, staging=True)  # while it stages its rows
    assert run["killed"]
    assert_whole(layer_state(target, "plots"), (5_000, 40_000))
    left = set(staging_folders(target.parent))
    assert left and not left & earlier, (earlier, left)  # the killed run's own; the earlier ones were removed by it
    # the next run, not killed: the new layer, styled, and no staging folder left beside the file
    done = subprocess.run(command("kill-new", target), env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert_whole(layer_state(target, "plots"), (40_000,))
    assert default_style_name(target, "plots") == "plots"
    assert staging_folders(target.parent) == []
