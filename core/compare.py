"""What changed between two loads of producer assessments (*Changes since...*): Qt-free, one pass, dicts by key.

Rows are matched by ``collection_id``; rows without one by producer (company, commodity and country,
compared in lower case with white space folded). A row left unmatched by its collection id is still
matched by producer when exactly one row on each side has that producer (a collection re-submitted under
a new id is the same producer, not one gone and one new).

Each producer gets one *kind* of change, for the map: ``new``, ``gone``, ``worse`` or ``better`` (its status
moved up or down the producer statuses' risk order, ``core.risk``, by ``risk_rank``), ``changed`` (same
status, but its NC plots, NC % or Article 10 risk moved) or ``unchanged``. The NC and Article 10 movements are
kept beside the kind, with the values before and after, so "worse and 40 more NC plots" reads as such.

The earlier load is held as a dict of plain tuples (100,000 producers: some tens of MB); the current
load streams through :func:`compare_rows`, which yields each change as soon as it is known (new rows at
the end, once no earlier row can claim them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple

from .api.errors import CancelledError
from .coercion import clean_text, norm_key, to_float, to_int
from .operation import Cancel, never_cancelled
from .risk import PRODUCER_STATUSES

NEW, GONE, WORSE, BETTER, CHANGED, UNCHANGED = "new", "gone", "worse", "better", "changed", "unchanged"
#: Most to least urgent: the order of cards, legends and drawing (worse on top).
CHANGE_KINDS = (WORSE, NEW, GONE, CHANGED, BETTER, UNCHANGED)
CHANGE_LABELS = {WORSE: "Status worse", NEW: "New producer", GONE: "Producer gone",
                 CHANGED: "Same status, figures changed", BETTER: "Status better", UNCHANGED: "Unchanged"}
UP, DOWN, MOVED = "up", "down", "changed"

#: The columns a comparison reads (and a snapshot keeps).
COMPARED_FIELDS = ("collection_id", "company_name", "commodity", "country", "status", "risk_rank",
                   "noncompliance_plot_count", "nc_percent", "legality_risk")
#: Article 10 (legality) risk levels, least to most severe.
LEGALITY_ORDER = {"low": 0, "medium": 1, "high": 2}
#: NC % values (percentage points) closer than this are equal: the same figure read back from a file.
NC_PERCENT_TOLERANCE = 1e-6
_RANK_OF_LABEL = {status.label.lower(): status.rank for status in PRODUCER_STATUSES}
_RANK_OF_KEY = {status.key: status.rank for status in PRODUCER_STATUSES}

Record = Tuple[Any, ...]  # a Producer as a plain tuple, in the order of its slots


def _text(value: Any) -> Optional[str]:
    text = clean_text(value)
    return text or None


def producer_key(row: Mapping[str, Any]) -> str:
    """Company, commodity and country, in lower case: the key of a row without a collection id."""
    return " | ".join(norm_key(row.get(name)) for name in ("company_name", "commodity", "country"))


def row_key(row: Mapping[str, Any]) -> str:
    """The key a row is matched by: its ``collection_id``, else :func:`producer_key`."""
    cid = row.get("collection_id")
    if isinstance(cid, str) and cid.strip():
        return cid.strip()
    return clean_text(cid) or producer_key(row)


def rank_of(row: Mapping[str, Any]) -> Optional[int]:
    """``risk_rank``, else the rank of the ``status`` label or ``status_key`` (``None`` when neither is known)."""
    rank = to_int(row.get("risk_rank"))
    if rank is not None:
        return rank
    return _RANK_OF_LABEL.get(norm_key(row.get("status")), _RANK_OF_KEY.get(norm_key(row.get("status_key"))))


class Producer:
    """One row of a load, as compared: compact (slots), with an opaque ``geometry`` carried through."""

    __slots__ = ("key", "collection_id", "company_name", "commodity", "country", "status", "risk_rank",
                 "nc_plots", "nc_percent", "legality", "geometry")

    def __init__(self, key: str, collection_id: Optional[str], company_name: Optional[str], commodity: Optional[str],
                 country: Optional[str], status: Optional[str], risk_rank: Optional[int], nc_plots: Optional[int],
                 nc_percent: Optional[float], legality: Optional[str], geometry: Any = None) -> None:
        self.key, self.collection_id, self.company_name = key, collection_id, company_name
        self.commodity, self.country, self.status, self.risk_rank = commodity, country, status, risk_rank
        self.nc_plots, self.nc_percent, self.legality, self.geometry = nc_plots, nc_percent, legality, geometry

    @classmethod
    def from_row(cls, row: Mapping[str, Any], geometry: Any = None) -> Producer:
        """From a layer row or an API feature's properties (missing columns are ``None``)."""
        cid = row.get("collection_id")
        return cls(row_key(row), cid.strip() if isinstance(cid, str) and cid.strip() else _text(cid),
                   _text(row.get("company_name")), _text(row.get("commodity")), _text(row.get("country")),
                   _text(row.get("status")), rank_of(row), to_int(row.get("noncompliance_plot_count")),
                   to_float(row.get("nc_percent")), _text(row.get("legality_risk")), geometry)

    def record(self) -> Record:
        """The producer as a plain tuple (see :func:`index_producers`); :meth:`from_record` reads it back."""
        return (self.key, self.collection_id, self.company_name, self.commodity, self.country, self.status,
                self.risk_rank, self.nc_plots, self.nc_percent, self.legality, self.geometry)

    @classmethod
    def from_record(cls, record: Record) -> Producer:
        return cls(*record)

    def producer_key(self) -> str:
        return producer_key({"company_name": self.company_name, "commodity": self.commodity, "country": self.country})

    def __repr__(self) -> str:
        return f"Producer({self.key!r}, {self.status!r}, rank={self.risk_rank})"


def _direction(before: Optional[float], after: Optional[float], tolerance: float = 0.0) -> str:
    """``up``/``down``/``""``; a missing number counts as 0 (the risk rules' reading)."""
    delta = (after or 0.0) - (before or 0.0)
    if delta > tolerance:
        return UP
    if delta < -tolerance:
        return DOWN
    return ""


def legality_direction(before: Optional[str], after: Optional[str]) -> str:
    """``up`` (Low to High), ``down``, ``changed`` (to or from an unknown level) or ``""`` (same, in any case)."""
    b, a = norm_key(before), norm_key(after)
    if b == a:
        return ""
    if b in LEGALITY_ORDER and a in LEGALITY_ORDER:
        return UP if LEGALITY_ORDER[a] > LEGALITY_ORDER[b] else DOWN
    return MOVED


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


@dataclass
class Change:
    """One producer's change between the earlier load (``before``) and the current one (``after``)."""

    key: str
    kind: str
    before: Optional[Producer]
    after: Optional[Producer]
    nc_plots: str = ""  # up / down / ""
    nc_percent: str = ""  # up / down / ""
    article10: str = ""  # up / down / changed / ""

    @property
    def producer(self) -> Producer:
        """The current row, or the earlier one for a producer gone."""
        return self.after if self.after is not None else self.before  # type: ignore[return-value]

    @property
    def geometry(self) -> Any:
        return self.producer.geometry if self.producer.geometry is not None else (
            self.before.geometry if self.before is not None else None)

    def what(self) -> str:
        """``Medium Risk -> High Risk; NC plots 3 -> 120; Article 10 Low -> High`` (``new``/``gone`` say so)."""
        b, a = self.before, self.after
        if b is None:
            return f"new: {_shown(a.status if a else None)}"
        if a is None:
            return f"gone (was {_shown(b.status)})"
        parts = []
        if self.kind in (WORSE, BETTER):
            parts.append(f"{_shown(b.status)} -> {_shown(a.status)}")
        if self.nc_plots:
            parts.append(f"NC plots {_shown(b.nc_plots)} -> {_shown(a.nc_plots)}")
        if self.nc_percent:
            parts.append(f"NC % {_shown(b.nc_percent)} -> {_shown(a.nc_percent)}")
        if self.article10:
            parts.append(f"Article 10 {_shown(b.legality)} -> {_shown(a.legality)}")
        return "; ".join(parts) or "unchanged"

    def row(self) -> Dict[str, Any]:
        """The attributes of the changes layer (see :data:`CHANGE_FIELDS`)."""
        p, b, a = self.producer, self.before, self.after
        return {
            "change": self.kind, "change_label": CHANGE_LABELS[self.kind], "what_changed": self.what(),
            "collection_id": p.collection_id, "company_name": p.company_name, "commodity": p.commodity,
            "country": p.country,
            "status_before": b.status if b else None, "status_after": a.status if a else None,
            "risk_rank_before": b.risk_rank if b else None, "risk_rank_after": a.risk_rank if a else None,
            "nc_plots_before": b.nc_plots if b else None, "nc_plots_after": a.nc_plots if a else None,
            "nc_plots_change": self.nc_plots or None,
            "nc_percent_before": b.nc_percent if b else None, "nc_percent_after": a.nc_percent if a else None,
            "nc_percent_change": self.nc_percent or None,
            "article10_before": b.legality if b else None, "article10_after": a.legality if a else None,
            "article10_change": self.article10 or None,
            "change_order": len(CHANGE_KINDS) - CHANGE_KINDS.index(self.kind),  # worse drawn last (on top)
            "match_key": self.key,
        }


#: The changes layer's fields: name, type (string|integer|real), alias.
CHANGE_FIELDS: Tuple[Tuple[str, str, str], ...] = (
    ("change", "string", "Change"), ("change_label", "string", "Change (label)"),
    ("what_changed", "string", "What changed"), ("collection_id", "string", "Collection"),
    ("company_name", "string", "Producer"), ("commodity", "string", "Commodity"), ("country", "string", "Country"),
    ("status_before", "string", "Status before"), ("status_after", "string", "Status now"),
    ("risk_rank_before", "integer", "Risk rank before"), ("risk_rank_after", "integer", "Risk rank now"),
    ("nc_plots_before", "integer", "NC plots before"), ("nc_plots_after", "integer", "NC plots now"),
    ("nc_plots_change", "string", "NC plots"), ("nc_percent_before", "real", "NC % before"),
    ("nc_percent_after", "real", "NC % now"), ("nc_percent_change", "string", "NC %"),
    ("article10_before", "string", "Article 10 before"), ("article10_after", "string", "Article 10 now"),
    ("article10_change", "string", "Article 10"), ("change_order", "integer", "Draw order"),
    ("match_key", "string", "Matched by"),
)


def classify(key: str, before: Optional[Producer], after: Optional[Producer]) -> Change:
    """The change of one producer (``before`` or ``after`` may be ``None``: new, gone)."""
    if before is None:
        return Change(key, NEW, None, after)
    if after is None:
        return Change(key, GONE, before, None)
    nc_plots = _direction(before.nc_plots, after.nc_plots)
    nc_percent = _direction(before.nc_percent, after.nc_percent, NC_PERCENT_TOLERANCE)
    article10 = legality_direction(before.legality, after.legality)
    rank_before, rank_after = before.risk_rank, after.risk_rank
    if rank_before is not None and rank_after is not None and rank_after != rank_before:
        kind = WORSE if rank_after > rank_before else BETTER
    elif rank_before is None and rank_after is None and norm_key(before.status) != norm_key(after.status):
        kind = CHANGED  # two labels we cannot rank: said, not ordered
    elif nc_plots or nc_percent or article10:
        kind = CHANGED
    else:
        kind = UNCHANGED
    return Change(key, kind, before, after, nc_plots, nc_percent, article10)


@dataclass
class ChangeTally:
    """Counts of a comparison, filled while its changes are read; ``since`` names the earlier load."""

    since: str = ""
    counts: Dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHANGE_KINDS, 0))
    nc_plots_up: int = 0
    nc_plots_down: int = 0
    nc_percent_up: int = 0
    nc_percent_down: int = 0
    article10_up: int = 0
    article10_down: int = 0
    article10_changed: int = 0  # every Article 10 change, up, down or to/from an unknown level
    before_total: int = 0
    after_total: int = 0

    def add(self, change: Change) -> None:
        self.counts[change.kind] += 1
        self.nc_plots_up += change.nc_plots == UP
        self.nc_plots_down += change.nc_plots == DOWN
        self.nc_percent_up += change.nc_percent == UP
        self.nc_percent_down += change.nc_percent == DOWN
        self.article10_up += change.article10 == UP
        self.article10_down += change.article10 == DOWN
        self.article10_changed += bool(change.article10)

    @property
    def compared(self) -> int:
        """Producers in both loads."""
        return self.after_total - self.counts[NEW]

    def _since(self) -> str:
        return f" since {self.since}" if self.since else ""

    def headline(self) -> str:
        """The card: ``3 producers worse since 2026-11-02`` (``No producer worse since ...``)."""
        worse = self.counts[WORSE]
        if not worse:
            return f"No producer worse{self._since()}"
        return f"{worse:,} producer{'s' if worse != 1 else ''} worse{self._since()}"

    def summary(self) -> str:
        """One line: ``3 producers worse, 1 better, 2 new, 1 gone; NC plots up for 4, ...; since ...``."""
        c = self.counts
        if not (c[WORSE] or c[BETTER] or c[NEW] or c[GONE] or c[CHANGED]):
            return f"No change in {self.compared:,} producer{'s' if self.compared != 1 else ''}{self._since()}"
        head = [f"{c[WORSE]:,} worse", f"{c[BETTER]:,} better", f"{c[NEW]:,} new", f"{c[GONE]:,} gone"]
        moves = [(self.nc_plots_up, "NC plots up"), (self.nc_plots_down, "NC plots down"),
                 (self.nc_percent_up, "NC % up"), (self.nc_percent_down, "NC % down"),
                 (self.article10_changed, "Article 10 risk changed")]
        detail = ", ".join(f"{text} for {n:,}" for n, text in moves if n)
        total = c[WORSE] + c[BETTER] + c[NEW] + c[GONE] + c[CHANGED]
        return (f"{total:,} producer{'s' if total != 1 else ''} changed{self._since()}: " + ", ".join(head)
                + (f"; {detail}" if detail else "") + f" ({self.compared:,} in both loads)")

    def as_dict(self) -> Dict[str, Any]:
        """Every count by name (for JSON, cards and Processing outputs)."""
        return {**self.counts, "nc_plots_up": self.nc_plots_up, "nc_plots_down": self.nc_plots_down,
                "nc_percent_up": self.nc_percent_up, "nc_percent_down": self.nc_percent_down,
                "article10_up": self.article10_up, "article10_down": self.article10_down,
                "article10_changed": self.article10_changed, "before": self.before_total,
                "after": self.after_total, "since": self.since}


def _unique_key(key: str, seen: Dict[str, Any]) -> str:
    """``key``, or ``key #2``, ``key #3``... when the same load holds it already (duplicated rows)."""
    if key not in seen:
        return key
    n = 2
    while f"{key} #{n}" in seen:
        n += 1
    return f"{key} #{n}"


def _check(cancel: Cancel) -> None:
    if cancel is not None and cancel():
        raise CancelledError()


def index_producers(rows: Iterable[Producer], cancel: Cancel = never_cancelled) -> Dict[str, Record]:
    """The earlier load as a dict of records by key (a duplicate key gets ``#2``, ``#3``... in row order).

    Records are plain tuples of strings, numbers and bytes, which Python's garbage collector stops
    tracking: 100,000 of them add nothing to its full collections, which would otherwise stall every
    thread (the map included) for tens of milliseconds each.
    """
    index: Dict[str, Record] = {}
    for n, producer in enumerate(rows, 1):
        if n % 5000 == 0:
            _check(cancel)
        key = _unique_key(producer.key, index)
        if key != producer.key:
            producer.key = key
        index[key] = producer.record()
    return index


def compare_rows(before: Iterable[Producer], after: Iterable[Producer], *, include_unchanged: bool = False,
                 tally: Optional[ChangeTally] = None, cancel: Cancel = never_cancelled) -> Iterator[Change]:
    """The changes from ``before`` to ``after`` (both :class:`Producer` iterables; ``after`` is streamed).

    ``before`` may be a dict from :func:`index_producers`; it is then emptied as rows are matched.

    ``tally`` (when given) counts every change, unchanged ones included, as they are yielded.
    """
    tally = tally if tally is not None else ChangeTally()
    earlier = before if isinstance(before, dict) else index_producers(before, cancel)
    tally.before_total = len(earlier)
    seen: Dict[str, None] = {}
    unmatched: List[Producer] = []
    for n, producer in enumerate(after, 1):
        if n % 5000 == 0:
            _check(cancel)
        key = _unique_key(producer.key, seen)
        producer.key = key
        seen[key] = None
        old = earlier.pop(key, None)
        if old is None:
            unmatched.append(producer)
            continue
        change = classify(key, Producer.from_record(old), producer)
        tally.add(change)
        if include_unchanged or change.kind != UNCHANGED:
            yield change
    tally.after_total = len(seen)
    # Left over on both sides: the same producer under another collection id, when that is unambiguous.
    by_producer: Dict[str, List[Producer]] = {}
    if unmatched:
        for record in earlier.values():
            old = Producer.from_record(record)
            by_producer.setdefault(old.producer_key(), []).append(old)
    claims: Dict[str, List[Producer]] = {}
    for producer in unmatched:
        claims.setdefault(producer.producer_key(), []).append(producer)
    _check(cancel)
    for producer in unmatched:
        pkey = producer.producer_key()
        olds = by_producer.get(pkey, [])
        if len(olds) == 1 and len(claims[pkey]) == 1:
            old = olds.pop()
            del earlier[old.key]
            change = classify(producer.key, old, producer)
        else:
            change = classify(producer.key, None, producer)
        tally.add(change)
        if include_unchanged or change.kind != UNCHANGED:
            yield change
    for key, record in earlier.items():
        change = classify(key, Producer.from_record(record), None)
        tally.add(change)
        yield change


def compare_loads(before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]], *,
                  include_unchanged: bool = False, since: str = "") -> Tuple[List[Change], ChangeTally]:
    """Two loads given as rows (dicts with the :data:`COMPARED_FIELDS`): every change and the tally."""
    tally = ChangeTally(since=since)
    changes = list(compare_rows((Producer.from_row(r) for r in before), (Producer.from_row(r) for r in after),
                                include_unchanged=include_unchanged, tally=tally))
    return changes, tally
