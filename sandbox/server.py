"""The sandbox HTTP server: the Epoch contract on a loopback port, in a background thread.

    server = SandboxServer(port=0).start()   # any free port
    ... EpochClient(server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)) ...
    server.stop()
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

from .assessments import collection_id_for, direct_plots_assessment, supply_shed_assessment
from .catalogue import seed_catalogue
from .dds import build_dds_zip
from .faults import Faults
from .inputs import InputError, read_features
from .loopback import LoopbackServer
from .monitoring_windows import WindowError, plots_in_window, read_window, rows_in_window
from .multipart import parse_multipart
from .screening import screen_facilities, screen_plots
from .store import Store
from .tokens import TokenBook

LOG = logging.getLogger("epoch_eudr.sandbox")
RESERVED_QUERY = {"stat_type", "table_extension", "limit", "filename", "aggregate", "stats", "overlap_threshold",
                  "monitoring_start", "monitoring_end", "plots_only"}


def default_db_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "epoch_eudr_sandbox" / "sandbox.sqlite"


class _HttpError(Exception):
    def __init__(self, status: int, detail: str, headers: Optional[Dict[str, str]] = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers or {}


class SandboxServer(LoopbackServer):
    """One sandbox instance: its own store, tokens, faults and counters."""

    thread_name = "epoch-sandbox"

    def __init__(self, host: str = "127.0.0.1", port: int = 0, db_path: Optional[Path] = None,
                 ready_delay: float = 5.0, token_lifetime: float = 3600.0, stream_chunk_bytes: int = 8192) -> None:
        super().__init__((host, port), _Handler)
        self.store = Store(Path(db_path) if db_path else default_db_path())
        seed_catalogue(self.store)
        self.tokens = TokenBook(token_lifetime)
        self.faults = Faults()
        self.ready_delay = ready_delay
        self.stream_chunk_bytes = stream_chunk_bytes
        self.hits: Dict[str, int] = {}
        self.facility_requests: List[Tuple[str, Dict[str, str]]] = []  # (path, options) of each facility validation
        self.fixtures: Dict[str, Path] = {}  # collection id -> NDJSON file served as it is (benchmarks)
        self._hits_lock = threading.Lock()

    def count(self, path: str) -> None:
        with self._hits_lock:
            self.hits[path] = self.hits.get(path, 0) + 1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SandboxServer

    def log_message(self, fmt: str, *args: Any) -> None:  # quiet; never logs headers
        LOG.debug("%s %s", self.address_string(), fmt % args)

    # -- plumbing ------------------------------------------------------
    def _send_json(self, status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        query = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        server = self.server
        server.count(path)
        try:
            body = self._body() if method == "POST" else b""
            if server.faults.slow_seconds:
                time.sleep(server.faults.slow_seconds)
            if server.faults.take_rate_limit():
                raise _HttpError(429, "Too many requests", {"Retry-After": server.faults.retry_after})
            status = server.faults.take_server_error()
            if status:
                raise _HttpError(status, "Injected server error")
            route = ROUTES.get((method, path))
            if route is None:
                raise _HttpError(404, f"Not Found: {method} {path}")
            user = None
            if path not in ("/", "/refresh_token"):
                user, reason = server.tokens.check(self.headers, server.faults.expire_tokens_after)
                if user is None:
                    raise _HttpError(401, reason)
            route(self, query, body, user)
        except _HttpError as exc:
            self._send_json(exc.status, {"detail": exc.detail}, exc.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # a sandbox bug must still answer like a server
            LOG.exception("sandbox error")
            self._send_json(500, {"detail": f"Sandbox internal error: {type(exc).__name__}: {exc}"})

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def _form(self, body: bytes):
        try:
            return parse_multipart(body, self.headers.get("Content-Type", ""))
        except ValueError as exc:
            raise _HttpError(422, f"file: {exc}") from None

    @staticmethod
    def _features(upload) -> List[Dict[str, Any]]:
        """The features of the uploaded ``file`` field, or a 422 saying what is wrong with it."""
        if upload is None:
            raise _HttpError(422, "file: field required")
        try:
            return read_features(upload.data, upload.filename)
        except InputError as exc:
            raise _HttpError(422, str(exc)) from None

    # -- streaming -----------------------------------------------------
    def _ndjson_lines(self, features: Iterable[Dict[str, Any]]) -> Iterable[bytes]:
        faults = self.server.faults
        eol = b"\r\n" if faults.messy_ndjson else b"\n"
        pending = []
        for number, feature in enumerate(features, start=1):
            line = json.dumps(feature, separators=(",", ":")).encode()
            if faults.malformed_line_at == number:
                line = line[: len(line) // 2]  # broken JSON, but the stream goes on
            if faults.messy_ndjson:
                if number % 3 == 0:
                    yield b"   " + eol  # blank line
                if number % 4 == 1:
                    pending.append(feature)  # these go out later as one FeatureCollection line
                    continue
            yield line + eol
        if pending:
            collection = {"type": "FeatureCollection", "features": pending}
            yield json.dumps(collection).encode()  # last line with no newline

    def _stream(self, features: Iterable[Dict[str, Any]]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        size = self.server.stream_chunk_bytes
        cut = self.server.faults.cut_stream_after_bytes
        sent, buffer = 0, bytearray()

        def emit(data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

        for line in self._ndjson_lines(features):
            buffer += line
            while len(buffer) >= size:  # fixed-size chunks: lines split across chunks
                if cut is not None and sent + size > cut:
                    emit(bytes(buffer[: cut - sent]))
                    self.wfile.flush()
                    self.close_connection = True
                    return  # no terminating chunk: the client sees a broken stream
                emit(bytes(buffer[:size]))
                sent += size
                del buffer[:size]
        if cut is not None and sent + len(buffer) > cut:
            emit(bytes(buffer[: cut - sent]))
            self.close_connection = True
            return
        if buffer:
            emit(bytes(buffer))
        self.wfile.write(b"0\r\n\r\n")

    def _stream_file(self, path: Path, size: int = 1 << 16) -> None:
        """An NDJSON fixture as it is on disk, chunked, so the server never limits a benchmark."""
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Content-Length", str(path.stat().st_size))
        self.end_headers()
        with open(path, "rb") as source:
            while True:
                data = source.read(size)
                if not data:
                    break
                self.wfile.write(data)

    # -- endpoints -----------------------------------------------------
    def root(self, query, body, user) -> None:
        self._send_json(200, {"service": "Epoch EUDR sandbox", "sandbox": True,
                              "note": "Synthetic results for training and tests. Not the Epoch SCO2 API."})

    def refresh_token(self, query, body, user) -> None:
        try:
            creds = json.loads(body or b"{}")
        except ValueError:
            raise _HttpError(422, "body: expected JSON with email and password") from None
        token = self.server.tokens.login(str(creds.get("email", "")), str(creds.get("password", "")))
        if token is None:
            raise _HttpError(401, "Invalid email or password")
        self._send_json(200, {"access_token": token})

    def validate_locations(self, query, body, user) -> None:
        fields, files = self._form(body)
        options = {**fields, **{k: v for k, v in query.items() if isinstance(v, str)}}
        features = self._features(files.get("file"))
        limit = int(options.get("limit") or 10000)
        if len(features) > limit:
            raise _HttpError(422, f"limit: {len(features)} locations sent, at most {limit} per request")
        kind = options.get("location_type", "plot")
        if kind not in ("plot", "facility"):
            raise _HttpError(422, "location_type: must be 'plot' or 'facility'")
        screen = screen_facilities if kind == "facility" else screen_plots
        self._send_json(200, screen(features, options))

    def _facility_options(self, path: str, options: Dict[str, Any]) -> Dict[str, str]:
        """The facility validation options (recorded for tests), a bad radius refused as the API would."""
        chosen = {k: v for k, v in options.items() if isinstance(v, str) and k != "geometry"}
        radius = chosen.get("commodity_radius")
        if radius is not None:
            try:
                if not float(radius) > 0:
                    raise ValueError(radius)
            except ValueError:
                raise _HttpError(422, "commodity_radius: must be a positive number of metres") from None
        with self.server._hits_lock:
            self.server.facility_requests.append((path, dict(chosen)))
        return chosen

    def validate_facilities(self, query, body, user) -> None:
        """Epoch's facility validation of a GeoJSON file of points: options as form fields (or query)."""
        fields, files = self._form(body)
        options = self._facility_options("/validate_facilities", {**query, **fields})
        features = self._features(files.get("file"))
        self._send_json(200, screen_facilities(features, options))

    def validate_facility(self, query, body, user) -> None:
        """One location as WKT (``geometry=POINT(lon lat)``): a FeatureCollection of one feature."""
        from shapely import wkt
        from shapely.geometry import mapping

        text = query.get("geometry")
        if not isinstance(text, str) or not text.strip():
            raise _HttpError(422, "geometry: field required (WKT, e.g. POINT(100.5 13.7))")
        try:
            geometry = mapping(wkt.loads(text))
        except Exception:  # noqa: BLE001 (shapely raises several types for bad WKT)
            raise _HttpError(422, "geometry: not a readable WKT geometry") from None
        options = self._facility_options("/validate_facility", query)
        feature = {"type": "Feature", "properties": {}, "geometry": {
            "type": geometry["type"], "coordinates": geometry["coordinates"]}}
        self._send_json(200, screen_facilities([feature], options))

    def normalize_locations(self, query, body, user) -> None:
        """Geocoding of a CSV or XLSX of addresses (the answer is a documented guess: :mod:`.geocoding`)."""
        from .geocoding import normalize_rows, read_rows

        fields, files = self._form(body)
        upload = files.get("file")
        if upload is None:
            raise _HttpError(422, "file: field required")
        with self.server._hits_lock:
            self.server.facility_requests.append(("/normalize_locations", {
                **{k: v for k, v in {**query, **fields}.items() if isinstance(v, str)}, "filename": upload.filename}))
        try:
            rows = read_rows(upload.data, upload.filename)
        except (InputError, ValueError) as exc:
            raise _HttpError(422, str(exc)) from None
        self._send_json(200, normalize_rows(rows))

    def _batch(self, body: bytes, user: str, kind: str) -> None:
        fields, files = self._form(body)
        upload = files.get("file")
        name = (fields.get("collection_name") or "").strip()
        if upload is None or not name:
            raise _HttpError(422, "file and collection_name are required")
        features = self._features(upload)
        cid = collection_id_for(name, user)
        if self.server.store.exists(cid) and fields.get("force_reprocess", "false").lower() != "true":
            self._send_json(200, {"status": "exists", "collection_id": cid, "collection_name": name,
                                  "message": "Collection already processed (force_reprocess=false)", "sandbox": True})
            return
        build = supply_shed_assessment if kind == "supply_shed" else direct_plots_assessment
        row, geometry, plots = build(cid, name, fields.get("crop_type"), features)
        self.server.store.save(row, geometry, plots, name=name, kind=kind, user_id=user,
                               delay=self.server.ready_delay)
        self._send_json(200, {"status": "submitted", "collection_id": cid, "collection_name": name,
                              "locations": len(features), "sandbox": True})

    def batch_supply_shed(self, query, body, user) -> None:
        self._batch(body, user, "supply_shed")

    def batch_process(self, query, body, user) -> None:
        self._batch(body, user, "plots")

    def fetch_supply_shed(self, query, body, user) -> None:
        filters = {k: v for k, v in query.items() if k not in RESERVED_QUERY and isinstance(v, str)}
        if query.get("filename"):
            filters["collection_id"] = query["filename"]
        limit = query.get("limit") or ("1" if query.get("filename") else None)
        stat_type = query.get("stat_type", "supply_shed")
        window = self._window(query)
        rows = self.server.store.rows(filters, int(limit) if limit else None)
        if stat_type != "all":
            rows = (r for r in rows if stat_type in str(r["properties"].get("stat_type", "")))
        self._stream(rows_in_window(rows, window, lambda cid: self.server.store.plots(cid, None)))

    def fetch_deforestation_check(self, query, body, user) -> None:
        cid = query.get("filename")
        if not cid:
            raise _HttpError(422, "filename: the collection id is required")
        fixture = self.server.fixtures.get(cid)
        if fixture is not None:
            self._stream_file(fixture)
            return
        window = self._window(query)
        limit = int(query.get("limit") or 10000)
        self._stream(plots_in_window(self.server.store.plots(cid, limit), window))

    @staticmethod
    def _window(query):
        """``monitoring_start`` / ``monitoring_end`` (``YYYY-MM-DD``), or a 422 naming the bad one."""
        try:
            return read_window(query)
        except WindowError as exc:
            raise _HttpError(422, str(exc)) from None

    def export_eudr_dds(self, query, body, user) -> None:
        ids = query.get("collections")
        ids = [ids] if isinstance(ids, str) else list(ids or [])
        ids = [part for value in ids for part in value.split(",") if part]
        if not ids:
            raise _HttpError(422, "collections: give at least one collection id")
        collections = []
        for cid in ids:
            row = self.server.store.collection(cid)
            if row is None:
                raise _HttpError(404, f"Collection {cid} not found or not processed yet")
            collections.append((row, list(self.server.store.plots(cid, None))))
        data = build_dds_zip(collections, corrupt=self.server.faults.corrupt_zip)
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Disposition", 'attachment; filename="eudr_dds.zip"')
        self.end_headers()
        self.wfile.write(data)


ROUTES = {
    ("GET", "/"): _Handler.root,
    ("POST", "/refresh_token"): _Handler.refresh_token,
    ("POST", "/validate_locations"): _Handler.validate_locations,
    ("POST", "/validate_facilities"): _Handler.validate_facilities,
    ("GET", "/validate_facility"): _Handler.validate_facility,
    ("POST", "/normalize_locations"): _Handler.normalize_locations,
    ("POST", "/batch_supply_shed"): _Handler.batch_supply_shed,
    ("POST", "/batch_process"): _Handler.batch_process,
    ("GET", "/fetch_supply_shed"): _Handler.fetch_supply_shed,
    ("GET", "/fetch_deforestation_check"): _Handler.fetch_deforestation_check,
    ("GET", "/export_eudr_dds"): _Handler.export_eudr_dds,
}


def temporary_server(**kwargs: Any) -> SandboxServer:
    """A started server on a free port with its own throw-away database (for tests and demos)."""
    db = Path(tempfile.mkdtemp(prefix="epoch-sandbox-")) / "sandbox.sqlite"
    return SandboxServer(db_path=db, **kwargs).start()
