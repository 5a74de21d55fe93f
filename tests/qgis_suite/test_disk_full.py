"""A full disk and a locked file: said in words (which disk, which program), the old layer and no partial file left.

GDAL's translate said only "Terminating translation prematurely after failed translation of layer ..."; a run
into a new file left a half-written one. The disk is a 20 MB tmpfs mounted for the test (root only).
"""

import ctypes
import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from epoch_eudr.layers.writer import gpkg_writer
from epoch_eudr.layers.writer.gpkg_writer import LayerWriteError, write_layer

from .helpers import QGIS_PROCESS, qgis_process_env, run_algorithm, sandbox_login
from .kill_helpers import layer_state, staging_folders, tiny_plots, write_ndjson

OLD = 2_000


def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


@pytest.fixture
def small_disk(tmp_path):
    """A 20 MB tmpfs, mounted by the system call (a minimal system, such as the CI's chroot, has no mount
    program); skipped, with the reason, where mounting is not allowed."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mounts a Linux tmpfs")
    mount = tmp_path / "disk"
    mount.mkdir()
    libc = _libc()
    if libc.mount(b"tmpfs", str(mount).encode(), b"tmpfs", 0, b"size=20m") != 0:
        error = ctypes.get_errno()
        pytest.skip(f"cannot mount a small tmpfs here: {os.strerror(error)} (errno {error}; needs root)")
    try:
        yield mount
    finally:
        libc.umount2(str(mount).encode(), 2)  # MNT_DETACH: lazily, as umount -l


def _leftovers(folder: Path):
    return staging_folders(folder) + sorted(p.name for p in folder.iterdir() if p.name.endswith(("-journal", "-wal")))


def _assert_said_full(message: str, disk: Path):
    assert "is full" in message and str(disk) in message, message
    assert "Terminating translation" not in message


@pytest.mark.parametrize("count", [60_000, 200_000], ids=["full-while-installing", "full-while-staging"])
def test_a_full_disk_is_named_and_the_old_layer_stays(small_disk, count, monkeypatch):
    target = small_disk / "results.gpkg"
    assert write_layer(tiny_plots(OLD, "old"), "plots", target, "plots", derive=False).count == OLD
    installs = []
    install = getattr(gpkg_writer, "install", None)
    monkeypatch.setattr(gpkg_writer, "install", lambda *args: (installs.append(args), install(*args)),
                        raising=False)
    with pytest.raises(LayerWriteError) as refused:
        write_layer(tiny_plots(count, "new"), "plots", target, "plots", derive=False)
    assert bool(installs) == (count == 60_000)  # the disk filled while the layer was swapped in / staged
    _assert_said_full(str(refused.value), small_disk)
    state = layer_state(target, "plots")
    assert state["integrity"] == "ok" and state["rows"] == OLD and state["indexed"] == OLD, state
    assert _leftovers(small_disk) == []  # no staged file, no journal: the space is given back


def test_a_full_disk_leaves_no_new_file(small_disk):
    target = small_disk / "new.gpkg"
    with pytest.raises(LayerWriteError) as refused:
        write_layer(tiny_plots(200_000, "new"), "plots", target, "plots", derive=False)
    _assert_said_full(str(refused.value), small_disk)
    assert not target.exists()
    assert _leftovers(small_disk) == []


@pytest.mark.skipif(not QGIS_PROCESS.exists(), reason="qgis_process.bin is not installed")
def test_fetch_plots_on_a_full_disk_says_so_and_keeps_the_old_layer(small_disk, sandbox_server, tmp_path):
    sandbox_server.fixtures["full-new"] = write_ndjson(tmp_path / "new.ndjson", 60_000, "full-new")
    target = small_disk / "results.gpkg"
    assert write_layer(tiny_plots(OLD, "old"), "plots", target, "plots", derive=False).count == OLD
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(sandbox_server.url))
    run = run_algorithm(env, "fetch_plots", "COLLECTION_ID=full-new", f"OUTPUT={target}|layername=plots",
                        as_json=False)
    assert run.returncode != 0
    _assert_said_full(run.stdout + run.stderr, small_disk)
    assert layer_state(target, "plots")["rows"] == OLD
    assert _leftovers(small_disk) == []


# -- a file locked by another program --------------------------------------------------------------------------------
HOLD = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE" if sys.argv[2] == "write" else "BEGIN")
connection.execute("SELECT COUNT(*) FROM plots").fetchone()
print("held", flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize("lock", ["write", "read"])
def test_a_locked_file_names_the_program_holding_it_and_stays_as_it_was(tmp_path, monkeypatch, lock):
    try:  # a short wait for the lock: the test is about what is said and kept
        from epoch_eudr.layers.writer import gpkg_install

        monkeypatch.setattr(gpkg_install, "BUSY_TIMEOUT_MS", 300)
    except ImportError:
        pass
    target = tmp_path / "results.gpkg"
    assert write_layer(tiny_plots(OLD, "old"), "plots", target, "plots", derive=False).count == OLD
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(target), lock], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LayerWriteError) as refused:
            write_layer(tiny_plots(3_000, "new"), "plots", target, "plots", derive=False)
    finally:
        holder.kill()
        holder.wait(10)
    message = str(refused.value)
    assert "locked" in message and f"(process {holder.pid})" in message, message
    assert Path(sys.executable).name[:6] in message or "python" in message, message
    state = layer_state(target, "plots")
    assert state["integrity"] == "ok" and state["rows"] == OLD, state
    assert staging_folders(tmp_path) == []
    assert gpkg_writer.write_layer(tiny_plots(5, "after"), "plots", target, "plots", derive=False).count == 5


def test_a_style_that_no_longer_fits_leaves_no_new_file(small_disk):
    """What is stored with the layer (``finish``: its style) arrives with it, or nothing does: a run left a new
    file of 13 rows without its style table."""
    from osgeo import gdal

    target, filler = small_disk / "new.gpkg", small_disk / "filler"

    def style(staged, name, aliases):
        with open(filler, "wb", buffering=0) as out:  # another program fills the disk meanwhile (unbuffered:
            try:  # Python 3.14's 128 KiB buffer kept what did not fit, and closing raised again, before GDAL)
                while True:
                    out.write(b"\0" * 65536)
            except OSError:
                pass
        dataset = gdal.OpenEx(str(staged), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            dataset.ExecuteSQL("CREATE TABLE style_blobs AS SELECT zeroblob(2000000) AS qml")  # a large style
        finally:  # closed now: the error's frames, kept by pytest.raises, would close it after QGIS exits (abort)
            dataset = None  # noqa: F841

    with pytest.raises(LayerWriteError) as refused:
        write_layer(tiny_plots(13, "new"), "plots", target, "plots", derive=False, finish=style)
    _assert_said_full(str(refused.value), small_disk)
    assert not target.exists()
    filler.unlink()
    assert _leftovers(small_disk) == []
