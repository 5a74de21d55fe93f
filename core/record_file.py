"""A per-profile JSON file of records that every QGIS and ``qgis_process`` of one profile shares; no Qt here.

One machinery for each such file (the jobs, :mod:`.jobs`; the EU statements, :mod:`.eu_is.records`): every change
is read-merge-write under a lock that holds across processes, the file is replaced whole, and a file that cannot
be read whole is kept aside and what can be read of it goes on. The records are a list under ``"jobs"`` (the
first file's key, kept by every file so that one rescue of a cut file serves them all).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Generic, Iterable, Iterator, List, Optional, Tuple, TypeVar

from .api.errors import redact_credentials

#: How long a writer waits for another one (each holds the lock for a read and a write of a small file).
LOCK_WAIT_S = 30.0
LIST_KEY = "jobs"
_THREADS = threading.Lock()  # one writer per process at a time; the file lock orders the processes
#: Why a file was set aside (the QGIS side says it in the user's language).
NOT_UTF8, CUT_SHORT, NOT_A_LIST, BAD_RECORDS = "not_utf8", "cut_short", "not_a_list", "bad_records"

Record = TypeVar("Record")


@dataclass
class Damage:
    """A file that could not be read whole: where it was kept, why, how many records were rescued."""

    kept_as: Path
    reason: str
    rescued: int


def stored(record: Any) -> Dict[str, Any]:
    """A dataclass record as stored: every text redacted (:func:`~.api.errors.redact_credentials`), so that a server
    echoing the request's headers never puts a login into a file people share."""
    return {name: redact_credentials(value) if isinstance(value, str) else value
            for name, value in asdict(record).items()}


def dumps(records: Iterable[Any], version: int) -> str:
    """The file's text: ``{"version": ..., "jobs": [record.to_dict(), ...]}``."""
    return json.dumps({"version": version, LIST_KEY: [record.to_dict() for record in records]}, ensure_ascii=False)


def _rescue(text: str) -> List[Any]:
    """The complete records at the start of a ``{"jobs": [...]}`` text cut short."""
    key = f'"{LIST_KEY}"'
    start = text.find("[", text.find(key) + 1) if key in text else -1
    items: List[Any] = []
    if start < 0:
        return items
    decoder, position = json.JSONDecoder(), start + 1
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        try:
            item, position = decoder.raw_decode(text, position)
        except ValueError:
            return items
        items.append(item)


def parse(data: bytes, from_dict: Callable[[Any], Optional[Record]]) -> Tuple[List[Record], Optional[str]]:
    """The records in a file's bytes (each item through ``from_dict``, ``None`` for an unreadable one) and, when
    the file is damaged, why (``None`` for a sound or empty file); never raises.

    A damaged file gives the records still readable in it: the bad bytes replaced, the complete records
    before a cut."""
    if not data.strip():
        return [], None
    reason = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, reason = data.decode("utf-8-sig", errors="replace"), NOT_UTF8
    try:
        parsed = json.loads(text)
        items = parsed.get(LIST_KEY) if isinstance(parsed, dict) else None
        if not isinstance(items, list):
            items, reason = [], reason or NOT_A_LIST
    except ValueError:
        items, reason = _rescue(text), reason or CUT_SHORT
    records = [record for record in (from_dict(item) for item in items) if record is not None]
    if len(records) < len(items):
        reason = reason or BAD_RECORDS
    return records, reason


def _replace(source: str, target: Path) -> None:
    """``os.replace``, retried briefly: on Windows a reader holding the file open refuses it for a moment."""
    for attempt in range(40):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == 39:
                raise
            time.sleep(0.05)


def _staging_pattern(path: Path) -> Tuple[str, str]:
    """The prefix and suffix of ``path``'s temporary files (``.jobs-*.json`` beside ``jobs.json``)."""
    return f".{path.stem}-", path.suffix


def write_atomically(path: Path, text: str) -> None:
    """The whole text or the previous file, never half of it: a flushed, fsynced temporary file beside
    ``path``, then ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix, suffix = _staging_pattern(path)
    handle, staging = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        _replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
    if os.name == "posix":  # the rename itself, on disk (Windows has no directory handles for this)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


class RecordFile(Generic[Record]):
    """A file of records under a lock that holds across processes (each kind of file gives :meth:`parse` and
    :meth:`dumps`).

    The lock is a write transaction on the SQLite file ``<name>.lock`` beside it. SQLite locks the same way on
    Linux, macOS and Windows, and the system drops the lock of a process that dies, so a killed writer leaves no
    stale lock. A file that cannot be read whole (not UTF-8, cut short, not a record list) is kept aside as
    ``<stem>.damaged-<time><suffix>``, never overwritten: the list goes on with what could be rescued.
    """

    def __init__(self, path: Path, wait_s: float = LOCK_WAIT_S) -> None:
        self.path, self.wait_s = Path(path), wait_s
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    def parse(self, data: bytes) -> Tuple[List[Record], Optional[str]]:
        """The records in the file's bytes and why the file is damaged (see :func:`parse`)."""
        raise NotImplementedError

    def dumps(self, records: List[Record]) -> str:
        """The file's text for these records (see :func:`dumps`)."""
        raise NotImplementedError

    def read(self) -> List[Record]:
        """The records now in the file (no lock: the file is only ever replaced whole); never raises."""
        try:
            return self.parse(self.path.read_bytes())[0]
        except OSError:
            return []  # none yet, or unreadable: nothing to resume

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the file for this process and thread; ``TimeoutError`` after :attr:`wait_s`."""
        if not _THREADS.acquire(timeout=self.wait_s):
            raise TimeoutError(f"{self.path} stayed in use by another writer for {self.wait_s:.0f} s")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.closing(self._lock_connection()) as lock:
                try:
                    yield
                finally:
                    lock.execute("ROLLBACK")
        finally:
            _THREADS.release()

    def _lock_connection(self) -> sqlite3.Connection:
        for attempt in (1, 2):
            lock = sqlite3.connect(str(self.lock_path), timeout=self.wait_s, isolation_level=None)
            try:
                lock.execute("BEGIN IMMEDIATE")  # waits for the other writer (SQLite's busy timeout)
                return lock
            except sqlite3.OperationalError as exc:
                lock.close()
                if "locked" in str(exc) or "busy" in str(exc):
                    raise TimeoutError(f"{self.path} stayed in use by another program for {self.wait_s:.0f} s "
                                       f"({self.lock_path} is locked)") from None
                raise OSError(f"cannot lock {self.lock_path}: {exc}") from None
            except sqlite3.DatabaseError:  # not an SQLite file (overwritten by hand): a new one
                lock.close()
                if attempt == 2:
                    raise OSError(f"cannot lock {self.lock_path}: not a lock file") from None
                self.lock_path.unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def update(self, change: Callable[[List[Record]], List[Record]]) -> Tuple[List[Record], Optional[Damage]]:
        """Under the lock: the file's records through ``change``, written back; and the damage set aside, if any.

        Staging files of writers killed mid-write are swept here (under the lock, nobody else is writing)."""
        with self.locked():
            prefix, suffix = _staging_pattern(self.path)
            for stale in self.path.parent.glob(f"{prefix}*{suffix}"):
                stale.unlink(missing_ok=True)
            try:
                current, reason = self.parse(self.path.read_bytes())
            except FileNotFoundError:
                current, reason = [], None
            damage = Damage(self._set_aside(), reason, len(current)) if reason else None
            records = change(current)
            write_atomically(self.path, self.dumps(records))
            return records, damage

    def _set_aside(self) -> Path:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        stem = self.path.stem
        kept, n = self.path.with_name(f"{stem}.damaged-{stamp}{self.path.suffix}"), 1
        while kept.exists():
            n += 1
            kept = self.path.with_name(f"{stem}.damaged-{stamp}-{n}{self.path.suffix}")
        _replace(str(self.path), kept)  # ``kept`` is new: nothing is overwritten
        return kept
