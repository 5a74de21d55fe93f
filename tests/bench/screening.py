"""Benchmark (issue 15, item 4): screening an N-plot GeoPackage, with its peak memory and progress.

    .venv/bin/python tests/bench/screening.py [--features 100000] [--runner qgis_process|python]

Writes (once, cached in ``.build/bench/``) a GeoPackage of N small polygons, serves ``/validate_locations``
from a minimal plain server in its own process (loopback only; at most 10,000 locations and 64 MB per
request; one result feature per input feature, the input's properties and geometry echoed with a few
result fields, as the API does), then screens the layer:

- ``qgis_process`` (default): ``qgis_process.bin run epoch_eudr:screen_locations`` in a throw-away profile,
  as users script it; the progress values are the ones qgis_process prints;
- ``python``: ``layers.operations.epoch_api.screen_to_gpkg`` on a snapshot of the layer in a QGIS process of its own;
  every progress value is recorded.

Prints the wall time, the peak RSS of the process doing the screening (from ``wait4``, so the server is not
counted), the progress values seen and the rows written. Bars: peak RSS under 400 MB at any N, rows equal to
N, progress rising in steps to 100. Not a timed test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures import CACHE, REPO, _polygon, ensure_pkgpath  # noqa: E402

RSS_BAR_MB = 400.0
API_KEY, USER_ID = "bench-key", "bench-user"
MAX_BODY = 64 << 20
LIMIT = 10_000
LIFETIME_S = 4 * 3600  # the server stops by itself, whatever happens to the driver


# -- the input ------------------------------------------------------------------------------------

def plots_gpkg(count: int, vertices: int = 12) -> Path:
    """The cached GeoPackage of ``count`` small star-shaped polygons (written on first use)."""
    from osgeo import ogr, osr

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"screen_plots_{count}_{vertices}.gpkg"
    if path.exists():
        return path
    partial = path.with_name(path.stem + ".part.gpkg")
    partial.unlink(missing_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(partial))
    layer = dataset.CreateLayer("plots", srs, ogr.wkbPolygon)
    for name, kind in (("plot_id", ogr.OFTString), ("producer", ogr.OFTString), ("ProducerCountry", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    rng = random.Random(2024)
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(count):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for lon, lat in _polygon(rng, vertices)[0]:
            ring.AddPoint_2D(lon, lat)
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        feature = ogr.Feature(definition)
        feature.SetField("plot_id", f"P-{i + 1:07d}")
        feature.SetField("producer", f"Coop {i % 997:03d}")
        feature.SetField("ProducerCountry", "NI")
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
        if (i + 1) % 100_000 == 0:
            layer.CommitTransaction()
            layer.StartTransaction()
    layer.CommitTransaction()
    dataset = None  # noqa: F841 (closes the file)
    partial.replace(path)
    return path


# -- the server (its own process) -----------------------------------------------------------------

def _screen(features: List[Dict[str, Any]]) -> Dict[str, Any]:
    out, with_loss = [], 0
    for index, feature in enumerate(features):
        props = dict(feature.get("properties") or {})
        digest = hashlib.blake2b(json.dumps(props, sort_keys=True).encode(), digest_size=4).digest()
        loss = round(digest[0] / 255 * 2, 3) if digest[1] < 40 else 0.0
        with_loss += loss > 0
        props.update(location_type="plot", plot_index=index, area_ha=round(1 + digest[2] / 25, 4),
                     shape_validity="valid", commodity_presence=round(0.5 + digest[3] / 510, 3),
                     protected_area_overlap=False, deforestation_area_ha=loss,
                     deforestation_alert="critical" if loss > 0.5 else ("non-critical" if loss else "no deforestation"),
                     risk="high" if loss > 0.5 else "low", bench=True)
        out.append({"type": "Feature", "properties": props, "geometry": feature.get("geometry")})
    n = len(out)
    return {"type": "FeatureCollection", "features": out,
            "properties": {"total_plots": n, "deforestation": {"risk": "high" if with_loss else "low",
                                                               "plots_with_deforestation": with_loss}}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _answer(self, status: int, body: Dict[str, Any]) -> None:
        data = json.dumps(body, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(404, {"detail": "only POST /validate_locations here"})

    def do_POST(self) -> None:  # noqa: N802
        from epoch_eudr.sandbox.multipart import parse_multipart

        length = int(self.headers.get("Content-Length") or 0)
        if length <= 0 or length > MAX_BODY:
            self.close_connection = True
            return self._answer(413, {"detail": f"body of {length} bytes refused (at most {MAX_BODY})"})
        body = self.rfile.read(length)
        if self.path.split("?")[0] != "/validate_locations":
            return self._answer(404, {"detail": "not found"})
        if self.headers.get("x-internal-api-key") != API_KEY:
            return self._answer(401, {"detail": "bad key"})
        try:
            _, files = parse_multipart(body, self.headers.get("Content-Type", ""))
            features = json.loads(files["file"].data)["features"]
        except (ValueError, KeyError, TypeError) as exc:
            return self._answer(422, {"detail": f"file: {exc}"})
        if len(features) > LIMIT:
            return self._answer(422, {"detail": f"limit: {len(features)} locations, at most {LIMIT}"})
        self._answer(200, _screen(features))


def serve() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    print(f"serving on http://127.0.0.1:{server.server_address[1]}", flush=True)
    deadline = time.monotonic() + LIFETIME_S
    server.timeout = 1.0
    while time.monotonic() < deadline:
        server.handle_request()
    return 0


def start_server() -> tuple:
    env = {"PYTHONPATH": str(ensure_pkgpath()), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    if " on http" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return proc, line.split(" on ", 1)[1].strip()


# -- the screening --------------------------------------------------------------------------------

def _wait(proc: subprocess.Popen) -> tuple:
    """(exit code, peak RSS in MB) of a child, from wait4: its own figure, not the server's."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024


def run_qgis_process(url: str, gpkg: Path, workdir: Path) -> Dict[str, Any]:
    binary = shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process.bin"
    env = dict(os.environ, QGIS_PLUGINPATH=str(ensure_pkgpath()), QGIS_CUSTOM_CONFIG_PATH=str(workdir / "profile"),
               QT_QPA_PLATFORM="offscreen", EPOCH_API_KEY=API_KEY, EPOCH_USER_ID=USER_ID)
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_URL"):
        env.pop(name, None)
    subprocess.run([binary, "plugins", "enable", "epoch_eudr"], env=env, check=True, capture_output=True, timeout=300)
    out = workdir / "screened.gpkg"
    args = [binary, "run", "epoch_eudr:screen_locations", "--", f"INPUT={gpkg}|layername=plots",
            "LOCATION_TYPE=plot", "COMMODITY=coffee", f"SERVER={url}", f"OUTPUT={out}|layername=screened_plots"]
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    code, rss = _wait(proc)
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"qgis_process failed ({code}):\n{output[-3000:]}")
    progress = _printed_progress(output)
    summary = next((line for line in output.splitlines() if " screened" in line and "OUTPUT" not in line), "")
    return {"seconds": seconds, "rss_mb": rss, "progress": progress, "rows": _rows(out), "summary": summary.strip()}


def _printed_progress(output: str) -> List[int]:
    """The percentages qgis_process printed: ``0...10...20...`` then ``...100 - done.`` (other lines may come
    between them)."""
    return [int(a or b) for a, b in re.findall(r"(?<![\w/.])(\d{1,3})(?=\.\.\.)|(?<=\.\.\.)(\d{1,3})(?!\d)", output)]


def run_python(url: str, gpkg: Path, workdir: Path) -> Dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ensure_pkgpath()), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    with open(workdir / "worker.err", "w+", encoding="utf-8") as errors:
        proc = subprocess.Popen([sys.executable, __file__, "--worker", url, str(gpkg),
                                 str(workdir / "screened.gpkg")], env=env, stdout=subprocess.PIPE, stderr=errors,
                                text=True)
        stdout = proc.stdout.read() if proc.stdout else ""
        code, rss = _wait(proc)
        errors.seek(0)
        stderr = errors.read()
    seconds = time.perf_counter() - start
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    if code != 0 or not lines:
        raise SystemExit(f"the worker failed ({code}):\n{stdout[-2000:]}\n{stderr[-3000:]}")
    result = json.loads(lines[-1])
    return dict(result, seconds=seconds, rss_mb=rss, rows=_rows(workdir / "screened.gpkg"))


def worker(url: str, gpkg: str, out: str) -> int:
    """In its own process: screen_to_gpkg on a snapshot of the layer, every progress value recorded."""
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from epoch_eudr.core.api.auth import ApiKeyCredentials
    from epoch_eudr.core.api.client import EpochClient
    from epoch_eudr.layers.inputs.source import snapshot_layer
    from epoch_eudr.layers.operations.epoch_api import screen_to_gpkg

    layer = QgsVectorLayer(f"{gpkg}|layername=plots", "plots", "ogr")
    seen: List[float] = []
    times: List[float] = []
    start = time.perf_counter()

    def progress(value: float) -> None:
        seen.append(round(float(value), 1))
        times.append(round(time.perf_counter() - start, 2))

    outcome = screen_to_gpkg(EpochClient(url, ApiKeyCredentials(API_KEY, USER_ID)), snapshot_layer(layer), "plot",
                             {"commodity_type": "coffee"}, Path(out), "screened_plots", progress=progress)
    print(json.dumps({"progress": seen, "times": times, "summary": outcome.summary()}), flush=True)
    os._exit(0)  # measured and printed: no QGIS teardown (it may crash at exit with a layer still alive)


def _rows(gpkg: Path) -> int:
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))
    return dataset.GetLayerByName("screened_plots").GetFeatureCount() if dataset else 0


def _steps(progress: List[Any]) -> str:
    if len(progress) <= 24:
        return " ".join(f"{v:g}" for v in progress)
    return " ".join(f"{v:g}" for v in progress[:10]) + f" ... ({len(progress) - 20} more) ... " + " ".join(
        f"{v:g}" for v in progress[-10:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--runner", choices=("qgis_process", "python"), default="qgis_process")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve()
    if args.worker:
        return worker(*args.worker)
    print(f"input: {args.features:,} polygons ...", flush=True)
    gpkg = plots_gpkg(args.features)
    print(f"  {gpkg} ({gpkg.stat().st_size / 1e6:.0f} MB)", flush=True)
    (REPO / ".build").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="epoch-bench-screen-", dir=REPO / ".build"))
    proc, url = start_server()
    try:
        run = run_qgis_process if args.runner == "qgis_process" else run_python
        result = run(url, gpkg, workdir)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)
    progress = result["progress"]
    print(f"runner          : {args.runner}")
    print(f"wall time       : {result['seconds']:7.1f} s")
    print(f"peak RSS        : {result['rss_mb']:7.0f} MB (bar {RSS_BAR_MB:.0f} MB)")
    print(f"progress seen   : {_steps(progress)}")
    if result.get("times"):
        print(f"  at (s)        : {_steps(result['times'])}")
    print(f"rows written    : {result['rows']:,}")
    print(f"summary         : {result['summary']}")
    ok = result["rows"] == args.features and result["rss_mb"] < RSS_BAR_MB and len(progress) > 2 and \
        progress[-1] >= 90 and progress == sorted(progress)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
