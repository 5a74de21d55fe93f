"""Submitted batch jobs, remembered across QGIS sessions and restarts; no Qt here.

Epoch has no job-status endpoint: a collection is ready when ``/fetch_supply_shed`` returns its
assessment. So a job is a record of what was sent (collection name and id, commodity, location type,
feature count, time, server: never credentials) plus what the last check found. The records are kept
as JSON, in the project and in a per-profile file (:class:`JobFile`), and merged: the most advanced news
wins. Whatever a record holds from a server's answer passes :func:`~.api.errors.redact_credentials` first: a
server that echoes the request's headers never puts a login into a file people share.

States: ``submitted`` (sent, never checked), ``processing`` (checked, not there yet), ``ready``,
``failed`` (the server refused the submission or the collection) and ``unknown`` (the submission may
or may not have arrived, or nothing appeared within :data:`GIVE_UP_AFTER`). A job is *settled* when
no more checks are due: ready, failed, or given up.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
from dataclasses import dataclass, fields
from typing import Any, Dict, Iterable, List, Optional, Tuple
from urllib.parse import urlsplit

from . import record_file
from .api.errors import redact_credentials
from .backoff import backoff_delay
from .record_file import (  # noqa: F401 - the file's reasons and damage, re-exported for the QGIS side
    BAD_RECORDS,
    CUT_SHORT,
    NOT_A_LIST,
    NOT_UTF8,
    Damage,
    RecordFile,
)

SUBMITTED, PROCESSING, READY, FAILED, UNKNOWN = "submitted", "processing", "ready", "failed", "unknown"
STATES = (SUBMITTED, PROCESSING, READY, FAILED, UNKNOWN)
#: How far a state has come: a merge keeps the record that knows more.
_PROGRESS = {SUBMITTED: 0, UNKNOWN: 1, PROCESSING: 2, FAILED: 3, READY: 4}
#: Epoch's batches take minutes to hours; after this a job is no longer checked on its own.
GIVE_UP_AFTER = dt.timedelta(days=7)
#: Checks back off from the first delay to the longest (seconds).
FIRST_DELAY_S, LONGEST_DELAY_S = 5.0, 600.0
LOCAL_SERVER = "local sandbox"
FORMAT_VERSION = 1


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: Any) -> Optional[dt.datetime]:
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def server_key(url: str) -> str:
    """The server a job belongs to, without credentials, query or fragment; every loopback server (the
    sandbox, whatever port it got) is one :data:`LOCAL_SERVER`."""
    parts = urlsplit((url or "").strip())
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return LOCAL_SERVER
    try:
        if ipaddress.ip_address(host).is_loopback:
            return LOCAL_SERVER
    except ValueError:
        pass
    if not host:
        return ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme or 'https'}://{host}{port}{parts.path.rstrip('/')}"


def poll_delay(attempt: int, first: float = FIRST_DELAY_S, longest: float = LONGEST_DELAY_S) -> float:
    """Seconds before check number ``attempt`` (0 = the first): the plugin's one backoff rule, doubling, capped."""
    return backoff_delay(attempt, first, longest)


@dataclass
class Job:
    """One submission and what is known about it."""

    collection_name: str
    collection_id: str = ""  # empty when the answer never came (an uncertain submission)
    commodity: str = ""
    location_type: str = ""
    features: int = 0
    submitted_at: str = ""
    server: str = ""  # :func:`server_key` of where it was sent
    source: str = "dock"  # or "processing"
    state: str = SUBMITTED
    checked_at: str = ""
    note: str = ""
    checks: int = 0
    polling: bool = True  # False once settled
    announced: bool = False  # its "ready" notice was shown (once, ever)

    @property
    def key(self) -> str:
        return self.collection_id or f"name:{self.collection_name}"

    def settled(self) -> bool:
        return not self.polling

    def age(self, now: Optional[dt.datetime] = None) -> dt.timedelta:
        sent = parse_time(self.submitted_at)
        return (now or now_utc()) - sent if sent else dt.timedelta(0)

    def to_dict(self) -> Dict[str, Any]:
        """The record as stored: every text redacted (:func:`~.api.errors.redact_credentials`)."""
        return record_file.stored(self)

    @classmethod
    def from_dict(cls, data: Any) -> Optional[Job]:
        """A job from stored JSON, or ``None`` for anything unreadable (a hand-edited file never breaks QGIS)."""
        if not isinstance(data, dict) or not isinstance(data.get("collection_name"), str):
            return None
        known = {f.name: f.type for f in fields(cls)}
        values: Dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                continue
            default = getattr(cls, name, None) if name != "collection_name" else ""
            if isinstance(default, bool):
                values[name] = bool(value)
            elif isinstance(default, int):
                try:
                    values[name] = int(value)
                except (TypeError, ValueError):
                    continue
            else:
                values[name] = "" if value is None else redact_credentials(str(value))
        job = cls(**values)
        if job.state not in STATES:
            job.state = UNKNOWN
        return job


def new_job(collection_name: str, collection_id: str, *, commodity: Optional[str], location_type: str,
            features: int, server_url: str, source: str, status: str = "",
            now: Optional[dt.datetime] = None, secrets: Iterable[Optional[str]] = ()) -> Job:
    """The record of a submission just answered (``status``: the batch endpoint's own word; ``secrets``: the
    client's, see ``EpochClient.secrets``).

    A collection id that carries a credential (a server echoing the request's headers) is not an id: it
    is not kept, and the job is looked up by its name as an uncertain one is."""
    secrets = tuple(secrets)
    job = Job(collection_name=redact_credentials(collection_name, secrets), collection_id=collection_id,
              commodity=commodity or "", location_type=location_type, features=int(features),
              submitted_at=iso(now or now_utc()), server=server_key(server_url), source=source)
    if redact_credentials(collection_id, secrets) != collection_id:
        job.collection_id = ""
        job.note = "the answer's collection id held a credential: not kept; the job is looked up by its name"
    elif status.lower() in ("exists", "already exists", "completed", "done", "ready"):
        job.note = "the collection already existed: Epoch returned it"
    return job


def uncertain_job(collection_name: str, *, commodity: Optional[str], location_type: str, features: int,
                  server_url: str, source: str, note: str, now: Optional[dt.datetime] = None) -> Job:
    """A submission whose answer never came: looked up by name until it appears or is given up."""
    job = new_job(collection_name, "", commodity=commodity, location_type=location_type, features=features,
                  server_url=server_url, source=source, now=now)
    job.state, job.note = UNKNOWN, note
    return job


def record_check(job: Job, found: Optional[str], *, error: str = "", refused: str = "",
                 now: Optional[dt.datetime] = None) -> Job:
    """What one check found: ``found`` the collection id when its assessment is there (``""`` for not
    yet); ``error`` a check that could not be made (kept as a note, the state unchanged); ``refused`` the
    server's definite "no" for this collection (failed)."""
    now = now or now_utc()
    job.checked_at = iso(now)
    job.checks += 1
    if refused:
        job.state, job.polling, job.note = FAILED, False, refused
    elif error:
        job.note = f"last check failed: {error}"
    elif found:
        job.collection_id = job.collection_id or found
        job.state, job.polling, job.note = READY, False, ""
    else:
        if job.state in (SUBMITTED, PROCESSING) or job.collection_id:
            job.state = PROCESSING
        job.note = ""
    if job.polling and job.age(now) > GIVE_UP_AFTER:
        job.state, job.polling = UNKNOWN, False
        job.note = f"no results {GIVE_UP_AFTER.days} days after submitting: ask Epoch, or submit it again"
    return job


def _better(a: Job, b: Job) -> Job:
    """Of two records of one job, the one that knows more (further state, else the later check)."""
    rank_a, rank_b = _PROGRESS.get(a.state, 0), _PROGRESS.get(b.state, 0)
    if rank_a != rank_b:
        winner = a if rank_a > rank_b else b
    else:
        winner = a if (a.checked_at, a.checks) >= (b.checked_at, b.checks) else b
    winner.announced = a.announced or b.announced
    return winner


def merge(*lists: Iterable[Job]) -> List[Job]:
    """The jobs of every list, one per collection, the newest submission first."""
    found: Dict[str, Job] = {}
    for jobs in lists:
        for job in jobs:
            named = f"name:{job.collection_name}"
            if job.collection_id and named in found and found[named].server == job.server:
                found[job.key] = _better(found.pop(named), job)  # an uncertain one that turned up
                continue
            found[job.key] = _better(found[job.key], job) if job.key in found else job
    return sorted(found.values(), key=lambda j: j.submitted_at, reverse=True)


def dumps(jobs: Iterable[Job]) -> str:
    return record_file.dumps(jobs, FORMAT_VERSION)


def loads(text: Optional[str]) -> List[Job]:
    """Jobs from :func:`dumps`'s text; nothing (never an exception) from empty or damaged text."""
    if not text:
        return []
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return []
    items = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [job for job in (Job.from_dict(item) for item in items) if job is not None]


def due(jobs: Iterable[Job], server: str) -> List[Job]:
    """Jobs still checked, on the server ``server`` (a job sent elsewhere waits for its own server)."""
    return [job for job in jobs if job.polling and job.server == server]


def find_job(jobs: Iterable[Job], collection_name: str, server: str) -> Optional[Job]:
    """The newest job of that collection name on that server."""
    return next((job for job in jobs if job.collection_name == collection_name and job.server == server), None)


# -- the per-profile file ------------------------------------------------------------------------------
class JobFile(RecordFile[Job]):
    """The jobs file every QGIS and ``qgis_process`` of one profile shares (``<profile>/epoch_eudr/jobs.json``).

    Every change is read-merge-write under the lock ``jobs.json.lock`` beside it (:class:`~.record_file.RecordFile`);
    a file that cannot be read whole is kept aside as ``jobs.damaged-<time>.json``, never overwritten."""

    def parse(self, data: bytes) -> Tuple[List[Job], Optional[str]]:
        return record_file.parse(data, Job.from_dict)

    def dumps(self, records: List[Job]) -> str:
        return dumps(records)
