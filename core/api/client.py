"""The Epoch SCO2 API client: one method per operation, no Qt.

Long calls take ``progress(done, total)`` (``total`` may be ``None``) and
``cancel()`` (returns True to stop); both are optional so scripts stay simple.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Union

from .auth import Credentials
from .download import DdsDownload, download_zip
from .errors import CancelledError, ConfigurationError, EpochError
from .merge import merge_collections, split_csv, split_features
from .monitoring import window_params
from .streams import FeatureStream
from .transport import CancelCheck, Transport, check_cancel
from .uploads import as_utf8

Progress = Optional[Callable[[int, Optional[int]], None]]

MIME_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
DEFAULT_LIMIT = 10_000


@dataclass(frozen=True)
class Upload:
    """A file for ``/validate_locations``: GeoJSON, CSV or XLSX bytes and a file name."""

    content: bytes
    filename: str
    kind: str  # geojson | csv | xlsx

    @classmethod
    def from_collection(cls, collection: Mapping[str, Any], filename: str = "locations.geojson") -> Upload:
        return cls(json.dumps(collection, separators=(",", ":")).encode("utf-8"), filename, "geojson")

    @classmethod
    def from_path(cls, path: Union[str, Path]) -> Upload:
        path = Path(path)
        suffix = path.suffix.lower().lstrip(".")
        kind = {"json": "geojson", "geojson": "geojson", "csv": "csv", "xlsx": "xlsx"}.get(suffix)
        if kind is None:
            raise ConfigurationError(f"{path.name}: only GeoJSON, CSV or XLSX files can be screened")
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise ConfigurationError(f"Cannot read {path}: {exc.strerror or exc}") from None
        if kind != "xlsx":  # text: sent as UTF-8 whatever it was saved in (see uploads.detect_encoding)
            content = as_utf8(content, path.name)
        return cls(content, path.name, kind)


@dataclass
class BatchJob:
    """What a batch endpoint answered: the collection to poll for and the job state."""

    collection_id: str
    status: str
    raw: Dict[str, Any] = field(default_factory=dict)


def _flag(value: Optional[bool]) -> Optional[str]:
    return None if value is None else ("true" if value else "false")


def _parse_batch_answer(body: Any, collection_name: str) -> BatchJob:
    """The job from an unpublished answer format: look for the usual key names."""
    raw = body if isinstance(body, dict) else {"answer": body}
    found = next((raw[k] for k in ("collection_id", "collection", "filename", "collection_name", "id")
                  if isinstance(raw.get(k), str) and raw[k]), collection_name)
    status = next((str(raw[k]) for k in ("status", "state", "message") if raw.get(k)), "submitted")
    return BatchJob(collection_id=found, status=status, raw=raw)


class EpochClient:
    """Talks to one Epoch server (production, development, any https URL, or a loopback sandbox)."""

    def __init__(self, base_url: str, credentials: Optional[Credentials], *, max_workers: int = 2,
                 chunk_bytes: int = 64 * 1024, transport: Optional[Transport] = None, **transport_options: Any):
        self.transport = transport or Transport(base_url, credentials, **transport_options)
        self.max_workers = max(1, max_workers)
        self.chunk_bytes = chunk_bytes

    def __repr__(self) -> str:
        return f"EpochClient({self.transport.base_url!r}, {self.transport.credentials!r})"

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    # -- identity -------------------------------------------------------
    def test_connection(self, cancel: CancelCheck = None) -> str:
        """Sign in and read one row; return who is signed in. Raises the exact failure."""
        stream = self.fetch_supply_shed(limit=1, cancel=cancel)
        for _ in stream:
            pass
        return self.transport.credentials.identity()

    # -- screening ------------------------------------------------------
    def validate_locations(
        self,
        upload: Union[Upload, Mapping[str, Any]],
        *,
        location_type: str,
        commodity_type: Optional[str] = None,
        include_deforestation: Optional[bool] = None,
        include_article10_check: Optional[bool] = None,
        check_road_access: Optional[bool] = None,
        check_water_access: Optional[bool] = None,
        check_port_proximity: Optional[bool] = None,
        normalize_input: Optional[bool] = None,
        production_volume: Optional[float] = None,
        limit: int = DEFAULT_LIMIT,
        progress: Progress = None,
        cancel: CancelCheck = None,
    ) -> Dict[str, Any]:
        """Screen plots or facilities; inputs over ``limit`` go in chunks and come back merged."""
        if location_type not in ("plot", "facility"):
            raise ConfigurationError(f"location_type must be 'plot' or 'facility', not {location_type!r}")
        if not isinstance(upload, Upload):
            upload = Upload.from_collection(upload)
        params = {
            "location_type": location_type, "commodity_type": commodity_type,
            "include_deforestation": _flag(include_deforestation),
            "include_article10_check": _flag(include_article10_check),
            "check_road_access": _flag(check_road_access), "check_water_access": _flag(check_water_access),
            "check_port_proximity": _flag(check_port_proximity), "normalize_input": _flag(normalize_input),
            "production_volume": production_volume, "limit": limit,
        }
        params = {k: v for k, v in params.items() if v is not None}
        pieces = self._split(upload, limit)
        return merge_collections(self._send_pieces(pieces, params, progress, cancel))

    def _split(self, upload: Upload, limit: int) -> List[Upload]:
        if upload.kind == "geojson":
            try:
                collection = json.loads(upload.content)
            except ValueError as exc:
                raise ConfigurationError(f"{upload.filename} is not valid GeoJSON ({exc}); fix the file and retry") \
                    from None
            parts = split_features(collection, limit)
            if len(parts) == 1:
                return [upload]
            stem = Path(upload.filename).stem
            return [Upload.from_collection(p, f"{stem}_part{i + 1}.geojson") for i, p in enumerate(parts)]
        if upload.kind == "csv":
            utf8 = as_utf8(upload.content, upload.filename)  # a Latin-1 CSV is not sent mangled
            if utf8 is not upload.content:
                upload = Upload(utf8, upload.filename, "csv")
            parts = split_csv(upload.content, limit)
            stem = Path(upload.filename).stem
            return [upload] if len(parts) == 1 else [
                Upload(p, f"{stem}_part{i + 1}.csv", "csv") for i, p in enumerate(parts)]
        return [upload]  # XLSX goes whole; the server applies its own limit

    def _send_pieces(self, pieces: List[Upload], params: Dict[str, Any], progress: Progress,
                     cancel: CancelCheck) -> List[Dict[str, Any]]:
        failed = threading.Event()
        done = [0]
        lock = threading.Lock()

        def stop() -> bool:
            return failed.is_set() or (cancel is not None and cancel())

        def send(piece: Upload) -> Dict[str, Any]:
            check_cancel(stop)
            try:
                response = self.transport.request(
                    "POST", "/validate_locations", params=params, cancel=stop,
                    files={"file": (piece.filename, piece.content, MIME_TYPES[piece.kind])},
                )
                result = response.json()
            except ValueError:
                failed.set()
                raise EpochError("/validate_locations answered with something that is not JSON") from None
            except BaseException:
                failed.set()
                raise
            if not isinstance(result, dict) or result.get("type") != "FeatureCollection":
                failed.set()
                raise EpochError("/validate_locations did not answer with a GeoJSON FeatureCollection")
            with lock:
                done[0] += 1
                if progress:
                    progress(done[0], len(pieces))
            return result

        if len(pieces) == 1:
            return [send(pieces[0])]
        with ThreadPoolExecutor(max_workers=min(self.max_workers, len(pieces))) as pool:
            futures = [pool.submit(send, piece) for piece in pieces]
            results, errors = [], []
            for future in futures:
                try:
                    results.append(future.result())
                except BaseException as exc:
                    errors.append(exc)
        if errors:
            if cancel is not None and cancel():
                raise CancelledError()
            # The first real failure, not the cancellations it caused in the other chunks.
            raise next((e for e in errors if not isinstance(e, CancelledError)), errors[0])
        return results

    # -- batch processing -----------------------------------------------
    def _batch(self, path: str, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
               extra: Dict[str, str], cancel: CancelCheck) -> BatchJob:
        if not collection.get("features"):
            raise ConfigurationError("Nothing to submit: select at least one screened location")
        name = collection_name.strip()
        if not name:
            raise ConfigurationError("Give the collection a name before submitting")
        form = {"collection_name": name, "crop_type": crop_type or "", "stats": "eudr_deforestation",
                "validate_locations": "false", **extra}
        upload = Upload.from_collection(collection, f"{name}.geojson")
        response = self.transport.request(
            "POST", path, data=form, cancel=cancel, idempotent=False,  # never submitted twice
            files={"file": (upload.filename, upload.content, MIME_TYPES["geojson"])},
        )
        try:
            body = response.json()
        except ValueError:
            body = {"answer": response.text[:200]}
        return _parse_batch_answer(body, name)

    def batch_supply_shed(self, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
                          *, force_reprocess: bool = False, eudr_dds: bool = True,
                          cancel: CancelCheck = None) -> BatchJob:
        """Submit facility points for supply-shed processing (with the DDS audit trail by default)."""
        extra = {"force_reprocess": _flag(force_reprocess), "eudr_dds": _flag(eudr_dds)}
        return self._batch("/batch_supply_shed", collection, collection_name, crop_type, extra, cancel)

    def batch_process(self, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
                      *, force_reprocess: bool = False, cancel: CancelCheck = None) -> BatchJob:
        """Submit plot polygons for direct deforestation assessment."""
        extra = {"force_reprocess": _flag(force_reprocess)}
        return self._batch("/batch_process", collection, collection_name, crop_type, extra, cancel)

    # -- NDJSON fetches -------------------------------------------------
    def _stream(self, path: str, params: Dict[str, Any], progress: Progress, cancel: CancelCheck) -> FeatureStream:
        response = self.transport.request("GET", path, params=params, stream=True, cancel=cancel,
                                          headers={"accept": "application/x-ndjson"})
        return FeatureStream(response, progress=progress, cancel=cancel, chunk_bytes=self.chunk_bytes)

    def fetch_supply_shed(self, *, stat_type: str = "all", table_extension: str = "eudr",
                          limit: Optional[int] = 100_000, filters: Optional[Mapping[str, Any]] = None,
                          monitoring_start: Any = None, monitoring_end: Any = None,
                          progress: Progress = None, cancel: CancelCheck = None) -> FeatureStream:
        """Producer assessments as a lazy stream of features (equality ``filters`` on columns).

        ``monitoring_start``/``monitoring_end``: ``YYYY-MM-DD`` (or dates), sent only when given.
        """
        window = window_params(monitoring_start, monitoring_end)
        params: Dict[str, Any] = {"stat_type": stat_type, "table_extension": table_extension}
        if limit is not None:
            params["limit"] = limit
        params.update({k: v for k, v in (filters or {}).items() if v not in (None, "")})
        params.update(window)
        return self._stream("/fetch_supply_shed", params, progress, cancel)

    def fetch_deforestation_check(self, collection_id: str, *, limit: Optional[int] = 100_000,
                                  aggregate: bool = False, filters: Optional[Mapping[str, Any]] = None,
                                  monitoring_start: Any = None, monitoring_end: Any = None,
                                  progress: Progress = None, cancel: CancelCheck = None) -> FeatureStream:
        """The plots of one collection as a lazy stream of features.

        ``monitoring_start``/``monitoring_end``: ``YYYY-MM-DD`` (or dates), sent only when given (the API's own
        default start is the EUDR cut-off, 2020-12-31).
        """
        if not collection_id:
            raise ConfigurationError("No collection id: pick an assessed producer first")
        window = window_params(monitoring_start, monitoring_end)
        params: Dict[str, Any] = {"aggregate": _flag(aggregate), "filename": collection_id}
        if limit is not None:
            params["limit"] = limit
        params.update({k: v for k, v in (filters or {}).items() if v not in (None, "")})
        params.update(window)
        return self._stream("/fetch_deforestation_check", params, progress, cancel)

    # -- DDS --------------------------------------------------------------
    def export_eudr_dds(self, collection_ids: Sequence[str], destination: Union[str, Path], *,
                        progress: Progress = None, cancel: CancelCheck = None) -> DdsDownload:
        """Download the DDS ZIP of these collections to ``destination``, atomically."""
        ids = [c for c in collection_ids if c]
        if not ids:
            raise ConfigurationError("No collection to export: pick an assessed producer")
        response = self.transport.request("GET", "/export_eudr_dds/", params={"collections": ids}, stream=True,
                                          cancel=cancel, headers={"accept": "application/zip"})
        return download_zip(response, Path(destination), progress=progress, cancel=cancel,
                            chunk_bytes=self.chunk_bytes)
