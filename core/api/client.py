"""The Epoch SCO2 API client: one method per operation, no Qt.

Long calls take ``progress(done, total)`` (``total`` may be ``None``) and
``cancel()`` (returns True to stop); both are optional so scripts stay simple.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, Mapping, Optional, Sequence, Tuple, Union

import requests

from ..operation import Cancel
from ..result_kinds import VALUE_OPTIONS, option_keys
from .auth import Credentials
from .download import DdsDownload, download_zip
from .errors import CancelledError, ConfigurationError, EpochError, redact_credentials
from .merge import merge_collections, split_csv, split_features
from .monitoring import window_params
from .streams import FeatureStream, budget_of, read_answer
from .transport import Transport, check_cancel
from .uploads import as_utf8

#: ``progress(done, total)``: items or bytes done of ``total`` (``None``: unknown); an operation passes
#: ``core.operation.Progress.items(...)``, the one progress type's adapter
CountProgress = Optional[Callable[[int, Optional[int]], None]]

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
            raise ConfigurationError(f"{path.name}: only GeoJSON, CSV or XLSX files can be screened",
                                     code="file_type_refused", params={"name": path.name})
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


SCREENING_OPTIONS = (*option_keys(), "normalize_input")  # the catalogue's options, plus the API's own switch
_VALUE_OPTIONS = tuple(VALUE_OPTIONS)  # sent as given; the others are true/false flags


def screening_params(location_type: str, limit: int, options: Mapping[str, Any]) -> Dict[str, Any]:
    """The query of a ``/validate_locations`` call: flags as ``true``/``false``, unset options left out."""
    if location_type not in ("plot", "facility"):
        raise ConfigurationError(f"location_type must be 'plot' or 'facility', not {location_type!r}")
    unknown = set(options) - set(SCREENING_OPTIONS)
    if unknown:
        raise ConfigurationError(f"Unknown screening option(s): {', '.join(sorted(unknown))}")
    params: Dict[str, Any] = {"location_type": location_type}
    for key in SCREENING_OPTIONS:
        value = options.get(key)
        params[key] = value if key in _VALUE_OPTIONS else _flag(value)
    params["limit"] = limit
    return {k: v for k, v in params.items() if v is not None}


def _first_failure(head: BaseException, rest: Iterable[Future], cancel: Optional[Cancel]) -> BaseException:
    """The error to raise when a piece failed: the user's cancel, else the first real failure in input
    order, not the cancellations it caused in the pieces after it (waited for, so none is left running)."""
    errors = [head]
    for future in rest:
        try:
            future.result().close()  # answered: not read
        except BaseException as exc:  # noqa: BLE001 (collected, one is raised)
            errors.append(exc)
    if cancel is not None and cancel():
        return CancelledError()
    return next((e for e in errors if not isinstance(e, CancelledError)), head)


def _close_all(futures: Iterable[Future]) -> None:
    """Close the answers of requests that finished but were not read (an early stop)."""
    for future in futures:
        if future.done() and not future.cancelled() and future.exception() is None:
            future.result().close()


def _parse_batch_answer(body: Any, collection_name: str, secrets: Sequence[Optional[str]] = ()) -> BatchJob:
    """The job from an unpublished answer format: look for the usual key names.

    The status and the raw answer are kept redacted (``secrets`` and anything shaped like a credential): a
    server echoing the request's headers must not put the key into job records, projects or logs. The
    collection id is kept as it came, for :func:`~..jobs.new_job` to refuse one that is a credential."""
    raw = body if isinstance(body, dict) else {"answer": body}
    found = next((raw[k] for k in ("collection_id", "collection", "filename", "collection_name", "id")
                  if isinstance(raw.get(k), str) and raw[k]), collection_name)
    status = next((str(raw[k]) for k in ("status", "state", "message") if raw.get(k)), "submitted")
    try:
        cleaned = json.loads(redact_credentials(json.dumps(raw), secrets))
    except ValueError:  # redaction cut through JSON syntax: keep nothing of the answer rather than a secret
        cleaned = {}
    return BatchJob(collection_id=found, status=redact_credentials(status, secrets), raw=cleaned)


class EpochClient:
    """Talks to one Epoch server (production, development, any https URL, or a loopback sandbox)."""

    def __init__(self, base_url: str, credentials: Optional[Credentials], *, max_workers: int = 2,
                 chunk_bytes: int = 64 * 1024, transport: Optional[Transport] = None, **transport_options: Any):
        self.transport = transport or Transport(base_url, credentials, **transport_options)
        self.max_workers = max(1, max_workers)
        self.chunk_bytes = chunk_bytes

    def __repr__(self) -> str:
        return f"EpochClient({self.transport.base_url!r}, {self.transport.credentials!r})"

    def close(self) -> None:
        """Close the connections kept open for the next request (a client is usable again afterwards)."""
        self.transport.close()

    def __enter__(self) -> EpochClient:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    # -- identity -------------------------------------------------------
    def test_connection(self, cancel: Optional[Cancel] = None) -> str:
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
        progress: CountProgress = None,
        cancel: Optional[Cancel] = None,
    ) -> Dict[str, Any]:
        """Screen plots or facilities; inputs over ``limit`` go in chunks and come back merged.

        For inputs too large to hold (a layer of a million plots), build the chunks one by one and use
        :meth:`validate_locations_chunks`, which hands back each chunk's answer as it comes.
        """
        params = screening_params(location_type, limit, dict(
            commodity_type=commodity_type, include_deforestation=include_deforestation,
            include_article10_check=include_article10_check, check_road_access=check_road_access,
            check_water_access=check_water_access, check_port_proximity=check_port_proximity,
            normalize_input=normalize_input, production_volume=production_volume))
        if not isinstance(upload, Upload):
            upload = Upload.from_collection(upload)
        count, pieces = self._split(upload, limit)
        return merge_collections(list(self._answers(pieces, params, progress, count, cancel)))

    def validate_locations_chunks(self, pieces: Iterable[Upload], *, location_type: str, limit: int = DEFAULT_LIMIT,
                                  total: Optional[int] = None, progress: CountProgress = None,
                                  cancel: Optional[Cancel] = None, **options: Any) -> Iterator[Dict[str, Any]]:
        """Screen ``pieces`` (uploads of at most ``limit`` locations each) and yield each one's answer, a
        FeatureCollection, in the order given, as soon as it and those before it are back.

        The pieces are read lazily, on the caller's thread (so a piece may be built from a layer
        there), only when a request slot is free: at most ``max_workers`` pieces are in flight and one
        answer is with the caller, whatever the input's size. ``options`` are those of
        :meth:`validate_locations`; ``progress(done, total)`` is called on the caller's thread with
        the answers handed back so far (``total`` pieces, when the caller knows). A failed piece stops
        the others and raises its error; ``cancel()`` is checked before each piece and during each
        request. Closing the iterator early stops the requests in flight. Each answer is read when its
        turn comes: one answer at a time is in memory.
        """
        params = screening_params(location_type, limit, options)
        return self._answers(iter(pieces), params, progress, total, cancel)

    def post_in_pieces(self, path: str, upload: Upload, *, limit: int = DEFAULT_LIMIT, progress: CountProgress = None,
                       cancel: Optional[Cancel] = None) -> Iterator[Dict[str, Any]]:
        """``POST path`` with ``upload`` cut as a screening's (at most ``limit`` features or rows a request; the
        file as a form's ``file``): each piece's answer, in order, through this client's transport (its sign-in,
        retries, cancel and error redaction). ``progress(done, total)`` as :meth:`validate_locations_chunks`."""
        count, pieces = self._split(upload, limit)
        return self._answers(pieces, {}, progress, count, cancel, path, form=True)

    def _split(self, upload: Upload, limit: int) -> Tuple[int, Iterator[Upload]]:
        """(number of pieces, the pieces): each piece's bytes are made only when it is about to be sent."""
        if upload.kind == "geojson":
            try:
                collection = json.loads(upload.content)
            except ValueError as exc:
                raise ConfigurationError(f"{upload.filename} is not valid GeoJSON ({exc}); fix the file and retry") \
                    from None
            parts = split_features(collection, limit) if isinstance(collection, dict) else [collection]
            if len(parts) == 1:
                return 1, iter([upload])
            stem = Path(upload.filename).stem
            return len(parts), (Upload.from_collection(p, f"{stem}_part{i + 1}.geojson") for i, p in enumerate(parts))
        if upload.kind == "csv":
            utf8 = as_utf8(upload.content, upload.filename)  # a Latin-1 CSV is not sent mangled
            if utf8 is not upload.content:
                upload = Upload(utf8, upload.filename, "csv")
            parts = split_csv(upload.content, limit)
            stem = Path(upload.filename).stem
            return len(parts), iter([upload] if len(parts) == 1 else [
                Upload(p, f"{stem}_part{i + 1}.csv", "csv") for i, p in enumerate(parts)])
        return 1, iter([upload])  # XLSX goes whole; the server applies its own limit

    def _answers(self, pieces: Iterator[Upload], params: Dict[str, Any], progress: CountProgress, total: Optional[int],
                 cancel: Optional[Cancel], path: str = "/validate_locations", form: bool = False,
                 ) -> Iterator[Dict[str, Any]]:
        """Each piece's answer in input order, with at most ``max_workers`` requests in flight.

        The requests run on a pool's threads and return at their answer's headers (the server's work is
        done by then); each body is read and parsed here, on the caller's thread, when its turn comes. An
        answer waiting its turn holds no memory of ours, and the objects of every answer are made and freed
        on one thread (per-thread allocator arenas would each keep their own peak). ``form``: the options go
        as form fields beside the file (the facility endpoints' encoding), not in the query.
        """
        failed = threading.Event()

        def stop() -> bool:
            return failed.is_set() or (cancel is not None and cancel())

        def send(piece: Upload) -> requests.Response:
            check_cancel(stop)
            try:
                return self.transport.request(
                    "POST", path, params=None if form else params, data=params if form else None, cancel=stop,
                    stream=True, files={"file": (piece.filename, piece.content, MIME_TYPES[piece.kind])},
                )
            except BaseException:
                failed.set()
                raise

        def read(response: requests.Response) -> Dict[str, Any]:
            try:
                read_answer(response, budget_of(response), cancel=stop, chunk_bytes=self.chunk_bytes)
                result = response.json()
            except ValueError:
                raise EpochError(f"{path} answered with something that is not JSON") from None
            finally:
                response.close()
            if not isinstance(result, dict) or result.get("type") != "FeatureCollection":
                raise EpochError(f"{path} did not answer with a GeoJSON FeatureCollection")
            return result

        pool = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="epoch-screen")
        in_flight: Deque[Future] = deque()
        done = 0
        more = True
        try:
            while True:
                while more and len(in_flight) < self.max_workers and not failed.is_set():
                    check_cancel(cancel)
                    piece = next(pieces, None)  # built here, on the caller's thread
                    if piece is None:
                        more = False
                        break
                    in_flight.append(pool.submit(send, piece))
                    del piece
                if not in_flight:
                    return
                head = in_flight.popleft()
                try:
                    result = read(head.result())
                except BaseException as exc:
                    failed.set()
                    raise _first_failure(exc, in_flight, cancel) from None
                done += 1
                if progress:
                    progress(done, total)
                yield result
                del result
        finally:
            failed.set()  # an early close or a failure: the requests still in flight stop
            pool.shutdown(wait=True)
            _close_all(in_flight)

    # -- batch processing -----------------------------------------------
    def _batch(self, path: str, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
               extra: Dict[str, str], cancel: Optional[Cancel]) -> BatchJob:
        if not collection.get("features"):
            raise ConfigurationError("Nothing to submit: select at least one screened location",
                                     code="nothing_to_submit")
        name = collection_name.strip()
        if not name:
            raise ConfigurationError("Give the collection a name before submitting", code="collection_name_missing")
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
        return _parse_batch_answer(body, name, self.transport.secrets())

    def batch_supply_shed(self, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
                          *, force_reprocess: bool = False, eudr_dds: bool = True,
                          cancel: Optional[Cancel] = None) -> BatchJob:
        """Submit facility points for supply-shed processing (with the DDS audit trail by default)."""
        extra = {"force_reprocess": _flag(force_reprocess), "eudr_dds": _flag(eudr_dds)}
        return self._batch("/batch_supply_shed", collection, collection_name, crop_type, extra, cancel)

    def batch_process(self, collection: Mapping[str, Any], collection_name: str, crop_type: Optional[str],
                      *, force_reprocess: bool = False, cancel: Optional[Cancel] = None) -> BatchJob:
        """Submit plot polygons for direct deforestation assessment."""
        extra = {"force_reprocess": _flag(force_reprocess)}
        return self._batch("/batch_process", collection, collection_name, crop_type, extra, cancel)

    # -- NDJSON fetches -------------------------------------------------
    def _stream(self, path: str, params: Dict[str, Any], progress: CountProgress,
                cancel: Optional[Cancel]) -> FeatureStream:
        response = self.transport.request("GET", path, params=params, stream=True, cancel=cancel,
                                          headers={"accept": "application/x-ndjson"})
        return FeatureStream(response, progress=progress, cancel=cancel, chunk_bytes=self.chunk_bytes)

    def fetch_supply_shed(self, *, stat_type: str = "all", table_extension: str = "eudr",
                          limit: Optional[int] = 100_000, filters: Optional[Mapping[str, Any]] = None,
                          monitoring_start: Any = None, monitoring_end: Any = None,
                          progress: CountProgress = None, cancel: Optional[Cancel] = None) -> FeatureStream:
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
                                  progress: CountProgress = None, cancel: Optional[Cancel] = None) -> FeatureStream:
        """The plots of one collection as a lazy stream of features.

        ``monitoring_start``/``monitoring_end``: ``YYYY-MM-DD`` (or dates), sent only when given (the API's own
        default start is the EUDR cut-off, 2020-12-31).
        """
        if not collection_id:
            raise ConfigurationError("No collection id: pick an assessed producer first", code="no_collection_id")
        window = window_params(monitoring_start, monitoring_end)
        params: Dict[str, Any] = {"aggregate": _flag(aggregate), "filename": collection_id}
        if limit is not None:
            params["limit"] = limit
        params.update({k: v for k, v in (filters or {}).items() if v not in (None, "")})
        params.update(window)
        return self._stream("/fetch_deforestation_check", params, progress, cancel)

    # -- DDS --------------------------------------------------------------
    def export_eudr_dds(self, collection_ids: Sequence[str], destination: Union[str, Path], *,
                        progress: CountProgress = None, cancel: Optional[Cancel] = None) -> DdsDownload:
        """Download the DDS ZIP of these collections to ``destination``, atomically, within the request's
        deadline and the streamed-answer cap (see :func:`~.download.download_zip`)."""
        ids = [c for c in collection_ids if c]
        if not ids:
            raise ConfigurationError("No collection to export: pick an assessed producer",
                                     code="no_collection_to_export")
        response = self.transport.request("GET", "/export_eudr_dds/", params={"collections": ids}, stream=True,
                                          cancel=cancel, headers={"accept": "application/zip"})
        return download_zip(response, Path(destination), progress=progress, cancel=cancel,
                            chunk_bytes=self.chunk_bytes)

    # -- facility validation (core/api/facility.py) -----------------------
    def validate_facilities_chunks(self, pieces: Iterable[Upload], *, limit: int = DEFAULT_LIMIT,
                                   total: Optional[int] = None, progress: CountProgress = None,
                                   cancel: Optional[Cancel] = None, **options: Any) -> Iterator[Dict[str, Any]]:
        """:meth:`validate_locations_chunks` on ``POST /validate_facilities`` (facilities only; options of
        :data:`~.facility.FACILITY_OPTIONS`, sent as form fields): each piece's answer, in order."""
        from .facility import facility_params

        params = facility_params(options)
        return self._answers(iter(pieces), params, progress, total, cancel, "/validate_facilities", form=True)

    def validate_facility(self, lon: float, lat: float, *, cancel: Optional[Cancel] = None,
                          **options: Any) -> Dict[str, Any]:
        """``GET /validate_facility`` for the point (lon, lat) in WGS 84: the answer's FeatureCollection."""
        from ..facility_checks import point_wkt
        from .facility import facility_params

        params = {"geometry": point_wkt(lon, lat), **facility_params(options)}
        response = self.transport.request("GET", "/validate_facility", params=params, stream=True, cancel=cancel)
        try:
            read_answer(response, budget_of(response), cancel=cancel, chunk_bytes=self.chunk_bytes)
            result = response.json()
        except ValueError:
            raise EpochError("/validate_facility answered with something that is not JSON") from None
        finally:
            response.close()
        if not isinstance(result, dict) or result.get("type") not in ("FeatureCollection", "Feature"):
            raise EpochError("/validate_facility did not answer with GeoJSON")
        return result
