"""SQLite persistence: submitted collections survive a restart and appear after a delay."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS collections (
    collection_id TEXT PRIMARY KEY, name TEXT, kind TEXT, user_id TEXT,
    created REAL, ready REAL, row TEXT, geometry TEXT);
CREATE TABLE IF NOT EXISTS plots (
    collection_id TEXT, seq INTEGER, feature TEXT, PRIMARY KEY (collection_id, seq));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class Store:
    """One SQLite file; a connection per call, so request threads never share one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One connection, committed (or rolled back) and closed: sqlite3's own ``with`` commits but leaves the
        connection open (Python 3.13+ warns "unclosed database" when it is collected)."""
        conn = sqlite3.connect(str(self.path), timeout=30)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            with conn:
                yield conn
        finally:
            conn.close()

    def meta(self, key: str) -> Optional[str]:
        with self._connect() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock, self._connect() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def exists(self, collection_id: str) -> bool:
        with self._connect() as conn:
            found = conn.execute("SELECT 1 FROM collections WHERE collection_id=?", (collection_id,)).fetchone()
        return found is not None

    def save(self, row: Mapping[str, Any], geometry: Optional[dict], plots: List[Dict[str, Any]], *, name: str,
             kind: str, user_id: str, delay: float) -> None:
        now = time.time()
        with self._lock, self._connect() as conn:
            cid = row["collection_id"]
            conn.execute("DELETE FROM plots WHERE collection_id=?", (cid,))
            conn.execute("INSERT OR REPLACE INTO collections VALUES (?,?,?,?,?,?,?,?)",
                         (cid, name, kind, user_id, now, now + delay, json.dumps(row),
                          json.dumps(geometry) if geometry else None))
            conn.executemany("INSERT INTO plots VALUES (?,?,?)",
                             [(cid, i, json.dumps(p)) for i, p in enumerate(plots)])

    def rows(self, filters: Mapping[str, str], limit: Optional[int]) -> Iterator[Dict[str, Any]]:
        """Ready supply-shed rows as GeoJSON Features, filtered by column equality (case-insensitive)."""
        with self._connect() as conn:
            records = conn.execute("SELECT row, geometry FROM collections WHERE ready <= ? ORDER BY created, rowid",
                                   (time.time(),)).fetchall()
        served = 0
        for row_text, geometry_text in records:
            row = json.loads(row_text)
            if all(str(row.get(k, "")).strip().lower() == str(v).strip().lower() for k, v in filters.items()):
                yield {"type": "Feature", "properties": row,
                       "geometry": json.loads(geometry_text) if geometry_text else None}
                served += 1
                if limit is not None and served >= limit:
                    return

    def plots(self, collection_id: str, limit: Optional[int]) -> Iterator[Dict[str, Any]]:
        """Ready plots of one collection, in submission order."""
        with self._connect() as conn:
            ready = conn.execute("SELECT ready FROM collections WHERE collection_id=?", (collection_id,)).fetchone()
            if not ready or ready[0] > time.time():
                return
            cursor = conn.execute("SELECT feature FROM plots WHERE collection_id=? ORDER BY seq LIMIT ?",
                                  (collection_id, -1 if limit is None else limit))
            for (text,) in cursor:
                yield json.loads(text)

    def collection(self, collection_id: str) -> Optional[Dict[str, Any]]:
        with self._connect() as conn:
            record = conn.execute("SELECT row, ready FROM collections WHERE collection_id=?",
                                  (collection_id,)).fetchone()
        if not record or record[1] > time.time():
            return None
        return json.loads(record[0])
