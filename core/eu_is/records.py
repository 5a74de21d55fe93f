"""Submitted statements, remembered across QGIS sessions and processes; no Qt here.

A :class:`StatementRecord` keeps what identifies a statement (UUID, internal reference, environment, server),
what was sent in counts (producers, places, GeoJSON bytes, HS headings, net mass: never the geometry), where its
plots are (a GeoPackage and table), its status, the reference and verification numbers once AVAILABLE and the
service's reasons when REJECTED. Never the authentication key, nor the username's key of any kind: texts from
answers pass :func:`~epoch_eudr.core.api.errors.redact_credentials`.

The per-profile file is :class:`StatementFile`, the jobs file's machinery (:mod:`epoch_eudr.core.record_file`:
a lock across processes, atomic replace, a damaged file set aside and what can be read of it rescued) with
statement records in it.

Checks follow the Commission's request ("Operator API Reference" v1.0, section 2.3): the first status check 30
minutes after submitting, then backing off; a statement sent to a local (loopback) server, the fake service of
tests and demos, is checked within seconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from datetime import timedelta
from typing import Any, Dict, Iterable, List, Optional, Tuple

from .. import record_file
from ..api.errors import redact_credentials
from ..backoff import backoff_delay
from ..jobs import (  # noqa: F401 - re-exported for the QGIS side
    LOCAL_SERVER,
    iso,
    now_utc,
    parse_time,
    server_key,
)
from ..record_file import RecordFile

#: Local states: the request is going out (a crash now leaves it to be looked up by its internal reference), or
#: its answer was lost (``uncertain``): both are looked up by internal reference, never sent again.
SENDING, UNCERTAIN = "SENDING", "UNCERTAIN"
SUBMITTED, AVAILABLE, REJECTED, WITHDRAWN = "SUBMITTED", "AVAILABLE", "REJECTED", "WITHDRAWN"
#: How far a status has come: a merge keeps the record that knows more.
_PROGRESS = {SENDING: 0, UNCERTAIN: 1, SUBMITTED: 2, AVAILABLE: 3, REJECTED: 3, "GROUPED": 4, WITHDRAWN: 5,
             "ARCHIVED": 5, "OBSOLETE": 5}
#: Checks against the EU's servers: 30 minutes before the first, then doubling up to 4 hours.
FIRST_CHECK_S, LONGEST_CHECK_S = 30 * 60.0, 4 * 3600.0
#: Against a loopback server (the fake service): 1 second, then doubling up to 30 seconds.
LOCAL_FIRST_CHECK_S, LOCAL_LONGEST_CHECK_S = 1.0, 30.0
#: Amend and withdraw are accepted within 72 hours of the submission ("Operator API Reference" v1.0, 10.3).
CHANGE_WINDOW = timedelta(hours=72)
FORMAT_VERSION = 1


@dataclass
class StatementRecord:
    """One submission and what is known about it (plain values; stored as JSON)."""

    internal_reference: str
    local_id: str = ""  # made here before sending (uuid4): the record's key, whatever the service answers
    uuid: str = ""
    environment: str = "acceptance"
    server: str = ""  # core.jobs.server_key of the base URL
    status: str = SENDING
    submitted_at: str = ""
    checked_at: str = ""
    checks: int = 0
    reference_number: str = ""
    verification_number: str = ""
    rejection_reason: str = ""
    activity: str = ""
    hs_headings: str = ""
    description: str = ""
    net_mass_kg: str = ""
    producers: int = 0
    places: int = 0
    geolocation_bytes: int = 0
    plots_gpkg: str = ""  # where the plots are, and where the numbers are written beside them
    plots_table: str = ""
    source: str = "processing"
    changed_at: str = ""  # the last amend or withdraw
    note: str = ""
    form: str = ""  # the statement's form as last sent (JSON of core.eu_is.build.StatementForm; no geometry)
    amendments: int = 0

    @property
    def key(self) -> str:
        return self.local_id or self.uuid or f"ref:{self.server}:{self.environment}:{self.internal_reference}"

    @property
    def settled(self) -> bool:
        """No more checks due: the service has said AVAILABLE, REJECTED or a later status."""
        return self.status not in (SENDING, UNCERTAIN, SUBMITTED)

    @property
    def local(self) -> bool:
        return self.server == LOCAL_SERVER

    def changeable(self, now: Optional[dt.datetime] = None) -> bool:
        """Still within the 72 hours in which it can be amended or withdrawn (if the service allows)."""
        sent = parse_time(self.submitted_at)
        return sent is not None and (now or now_utc()) - sent <= CHANGE_WINDOW

    def to_dict(self) -> Dict[str, Any]:
        return record_file.stored(self)

    @classmethod
    def from_dict(cls, data: Any) -> Optional[StatementRecord]:
        """A record from stored JSON, ``None`` for anything unreadable (a hand-edited file never breaks QGIS)."""
        if not isinstance(data, dict) or not isinstance(data.get("internal_reference"), str):
            return None
        values: Dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                continue
            value = data[item.name]
            if isinstance(getattr(cls, item.name, ""), int) and item.name != "internal_reference":
                try:
                    values[item.name] = int(value)
                except (TypeError, ValueError):
                    continue
            else:
                values[item.name] = "" if value is None else redact_credentials(str(value))
        return cls(**values)


def _better(a: StatementRecord, b: StatementRecord) -> StatementRecord:
    rank_a, rank_b = _PROGRESS.get(a.status, 3), _PROGRESS.get(b.status, 3)
    if rank_a != rank_b:
        return a if rank_a > rank_b else b
    return a if (a.changed_at, a.checked_at, a.checks) >= (b.changed_at, b.checked_at, b.checks) else b


def merge(*lists: Iterable[StatementRecord]) -> List[StatementRecord]:
    """One record per statement (its :attr:`~StatementRecord.key`), the one that knows more; newest first."""
    found: Dict[str, StatementRecord] = {}
    for records in lists:
        for record in records:
            found[record.key] = _better(found[record.key], record) if record.key in found else record
    return sorted(found.values(), key=lambda r: r.submitted_at, reverse=True)


def dumps(records: Iterable[StatementRecord]) -> str:
    return record_file.dumps(records, FORMAT_VERSION)


class StatementFile(RecordFile[StatementRecord]):
    """``<profile>/epoch_eudr/eu_is/statements.json``: shared by the dock, the watcher and every ``qgis_process``
    (:class:`~epoch_eudr.core.record_file.RecordFile`: the lock ``statements.json.lock``, a damaged file kept aside
    as ``statements.damaged-<time>.json``)."""

    def parse(self, data: bytes) -> Tuple[List[StatementRecord], Optional[str]]:
        return record_file.parse(data, StatementRecord.from_dict)

    def dumps(self, records: List[StatementRecord]) -> str:
        return dumps(records)


# -- checks ------------------------------------------------------------------------------------------------------
def check_delay(record: StatementRecord) -> float:
    """Seconds after the submission (first check) or after the last check before the next one: the plugin's one
    backoff rule (:func:`~epoch_eudr.core.backoff.backoff_delay`) from 30 minutes, as the Commission asks
    ("Operator API Reference" v1.0, section 2.3); from 1 second only against a local (loopback) server."""
    first, longest = ((LOCAL_FIRST_CHECK_S, LOCAL_LONGEST_CHECK_S) if record.local
                      else (FIRST_CHECK_S, LONGEST_CHECK_S))
    return backoff_delay(record.checks, first, longest)


def next_check_at(record: StatementRecord) -> Optional[dt.datetime]:
    """When the record is next due a check (``None`` once settled)."""
    if record.settled:
        return None
    since = parse_time(record.checked_at) or parse_time(record.submitted_at) or now_utc()
    return since + timedelta(seconds=check_delay(record))


def due_checks(records: Iterable[StatementRecord], now: Optional[dt.datetime] = None,
               server: Optional[str] = None) -> List[StatementRecord]:
    """The records due a status check at ``now`` (all servers, or only ``server``'s :func:`server_key`)."""
    now = now or now_utc()
    return [r for r in records if not r.settled and (server is None or r.server == server)
            and (next_check_at(r) or now) <= now]


def find(records: Iterable[StatementRecord], uuid: str = "", internal_reference: str = "") -> List[StatementRecord]:
    """Records with this UUID, or (no UUID given) this internal reference; newest first."""
    return [r for r in records if (uuid and r.uuid == uuid)
            or (not uuid and internal_reference and r.internal_reference == internal_reference)]
