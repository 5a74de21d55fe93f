"""DDS ZIPs that would expand to gigabytes (issue 13, item 9): through Processing and the dock's Assessments tab.

The ZIP is checked from its directory before anything is decompressed (refusal names the entry and its
size, nothing is written); the PDF is extracted in a task (the main thread keeps running) into a
temporary folder that goes when the dock does.
"""

import os
import time
import zipfile

import pytest
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtCore import QTimer

from .dock_driver import click, log_in, wait_until

BOMB_BYTES = 64 << 20  # zeros: ~64 KiB deflated


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    path = tmp_path_factory.mktemp("bomb") / "dds_bomb.zip"
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("collection_traces.geojson", b'{"type":"FeatureCollection","features":[]}')
        with archive.open("dds_audit_trail.pdf", "w", force_zip64=True) as out:
            for _ in range(BOMB_BYTES >> 20):
                out.write(zeros)
    return path


@pytest.fixture
def served_bomb(monkeypatch, bomb):
    data = bomb.read_bytes()
    monkeypatch.setattr("epoch_eudr.sandbox.server.build_dds_zip", lambda *a, **k: data)
    return data


@pytest.fixture
def temp_base(monkeypatch, tmp_path):
    base = tmp_path / "tmpbase"
    monkeypatch.setattr("epoch_eudr.core.api.download.temporary_base", lambda: base, raising=False)
    return base


@pytest.fixture
def opened(monkeypatch):
    urls = []

    class Desktop:
        @staticmethod
        def openUrl(url):  # noqa: N802 (Qt's name)
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr("epoch_eudr.ui.dds_actions.QDesktopServices", Desktop)
    return urls


def _an_assessed_id(sandbox_server):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials

    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    return next(f["properties"]["collection_id"] for f in client.fetch_supply_shed(limit=1))


def test_processing_refuses_a_bomb_and_writes_nothing(processing, monkeypatch, sandbox_server, served_bomb, tmp_path):
    monkeypatch.setenv("EPOCH_EMAIL", DEMO_EMAIL)
    monkeypatch.setenv("EPOCH_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("EPOCH_API_URL", sandbox_server.url)
    target = tmp_path / "dds.zip"
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:download_dds", {"COLLECTION_IDS": _an_assessed_id(sandbox_server),
                                                   "OUTPUT_FILE": str(target)})
    text = str(caught.value)
    assert "'dds_audit_trail.pdf' would expand to 64.0 MiB" in text and "nothing was saved" in text
    assert time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []


def test_the_dock_refuses_a_downloaded_bomb(dock, served_bomb, tmp_path):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.model.rowCount() > 0)
    tab.table.selectRow(0)  # riskiest first: an assessed producer
    target = tmp_path / "dds.zip"
    tab.download(str(target))
    wait_until(lambda: "ZIP" in tab.status.text() and not tab.task_bar.busy())
    assert "'dds_audit_trail.pdf' would expand to 64.0 MiB" in tab.status.text()
    assert not target.exists() and tab.dds_path is None and not tab.open_pdf_button.isEnabled()


def test_open_pdf_refuses_a_bomb_before_writing_anything(dock, bomb, temp_base, opened):
    tab = dock.assessments
    before = os.stat(bomb).st_mtime_ns, bomb.stat().st_size
    tab.dds_path = bomb  # e.g. replaced on disk after the download
    tab._idle(True)
    click(tab.open_pdf_button)
    wait_until(lambda: not tab.task_bar.busy())
    text = tab.status.text()
    assert "The ZIP entry 'dds_audit_trail.pdf' would expand to 64.0 MiB" in text and "nothing was extracted" in text
    assert opened == [] and not any(p.is_file() for p in temp_base.rglob("*"))
    assert (os.stat(bomb).st_mtime_ns, bomb.stat().st_size) == before


def test_open_pdf_extracts_in_a_task_then_cleans_up(dock, tmp_path, temp_base, opened, monkeypatch):
    """A slow disk (every read of the entry takes 50 ms): the main thread keeps running meanwhile."""
    path = tmp_path / "dds.zip"
    pdf = b"%PDF-1.4\n" + os.urandom(4 << 20) + b"\n%%EOF\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dds_audit_trail.pdf", pdf)
    stale = temp_base / "epoch-dds-left-behind"
    stale.mkdir(parents=True)
    old = time.time() - 2 * 86400
    os.utime(stale, (old, old))
    read = zipfile.ZipExtFile.read

    def slow_read(self, n=-1):
        time.sleep(0.05)
        return read(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", slow_read)
    tab = dock.assessments
    tab.dds_path = path
    tab._idle(True)
    beats = []
    timer = QTimer()
    timer.timeout.connect(lambda: beats.append(time.monotonic()))
    timer.start(10)
    started = time.monotonic()
    click(tab.open_pdf_button)
    returned = time.monotonic() - started
    wait_until(lambda: opened, timeout=60)
    timer.stop()
    longest = max((b - a for a, b in zip(beats, beats[1:])), default=float("inf"))
    assert returned < 0.2 and longest < 0.25, (returned, longest)  # the click returns, the timer keeps beating
    (extracted,) = opened
    assert extracted.startswith(str(temp_base)) and open(extracted, "rb").read() == pdf
    assert not stale.exists()  # an earlier session's folder is swept
    tab.shutdown()  # the plugin unloads, or QGIS closes
    assert not os.path.exists(extracted) and list(temp_base.iterdir()) == []
    QgsApplication.processEvents()
