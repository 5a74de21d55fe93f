"""Our path, measured inside QGIS: the dock's OperationTask fetching a collection (``plots_to_gpkg``) into a
styled GeoPackage.

Run by ``ingest.py`` in its own process so its peak RSS is ours alone. A QTimer
heartbeat on the main thread records the longest stall while the task runs.
Prints one JSON line: seconds, features, peak RSS (MB), longest stall (ms).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(url: str, collection_id: str, gpkg: str) -> int:
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    app = QgsApplication([], False)
    app.initQgis()
    from epoch_eudr.core.api.auth import PasswordCredentials
    from epoch_eudr.core.api.client import EpochClient
    from epoch_eudr.layers.operations.epoch_api import plots_to_gpkg
    from epoch_eudr.layers.operations.task import OperationTask
    from epoch_eudr.sandbox.tokens import DEMO_EMAIL, DEMO_PASSWORD

    client = EpochClient(url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    messages = []
    task = OperationTask("Benchmark plots", lambda progress, cancel: plots_to_gpkg(
        client, collection_id, Path(gpkg), "plots", limit=None, producer_country="", progress=progress,
        cancel=cancel), add_to_project=False, notify=lambda level, text: messages.append(text))
    loop = QEventLoop()
    stall = [0.0]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        stall[0] = max(stall[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    done = []
    task.taskCompleted.connect(lambda: (done.append(True), loop.quit()))
    task.taskTerminated.connect(lambda: (done.append(False), loop.quit()))
    start = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    loop.exec()  # an idle event loop, as in QGIS; finished() opens the styled layer on this thread
    seconds = time.perf_counter() - start
    timer.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = bool(done[0]) and bool(task.layers)
    print(json.dumps({"ok": ok, "seconds": seconds, "features": task.outcome.count if task.outcome else 0,
                      "rss_mb": rss_mb, "stall_ms": stall[0] * 1000,
                      "message": messages[-1] if messages else task.error}))
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
