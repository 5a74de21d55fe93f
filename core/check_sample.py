"""A risk-based check sample of producers, the way a competent authority plans its annual checks.

Regulation (EU) 2023/1115, Art. 16: competent authorities check each year at least 9 % of the
operators sourcing from high-risk countries, 3 % from standard-risk and 1 % from low-risk countries
(classes of Implementing Regulation (EU) 2025/1093, see :mod:`.eu_benchmark`). Here the unit is a
producer (``company_name``, matched ignoring case and repeated spaces, as in the grouped table) within
one EU risk class; rows without a name are each their own producer.

Per class: ``required = ceil(share x producers / 100)``, at least 1 when the class is not empty (integer
arithmetic: 3 % of 100 is 3, not 4). Producers are taken highest Epoch risk first: ``risk_rank`` (High Risk,
Medium Risk, Not Assessable, Compliant), then the non-compliant area fraction, then the number of
non-compliant plots; ties are broken by a hash of the seed and the producer, so the same seed gives the
same sample whatever the row order. ``random_share`` of each class's count may be drawn at random
(seeded, from those not already picked), so that producers without any Epoch finding may be checked too.

A producer whose country is unknown (no country field, no location in a country) is sampled at the
standard share: every country not on the list is standard risk (Art. 1(2) of 2025/1093), and nothing
shows it to be low. Its ``eu_check_share`` stays empty; the reason says so.

Why a producer was picked is stored as data, not as a sentence ("Store data, not presentation"):
``sample_reason`` is a code (:data:`RISK_ORDER`, the highest Epoch risk first; :data:`RANDOM_PICK`, drawn at
random) and the facts its sentence quotes have fields of their own (:data:`REASON_FIELDS`: the producer's place in
its class, the class's share, the producer's worst status, its non-compliant plots and largest non-compliant area
share, as the sample ranked it). These facts are the producer's, over all its assessments in the class, and every
row of the producer carries them: the map tip words them when shown, in the user's language, as the producer's,
beside the row's own figures.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .coercion import clean_text, norm_key, to_float, to_int
from .eu_benchmark import CHECK_SHARE_PERCENT, HIGH, LOW, RISKS, STANDARD, UNKNOWN, Point, eu_fields_many
from .risk import PRODUCER_STATUSES, compliance_status

#: The order classes are listed in the sample (most checks first).
CLASS_ORDER = (HIGH, STANDARD, UNKNOWN, LOW)
SAMPLE_FIELDS = ("eu_country_risk", "eu_check_share", "sample_order", "sample_reason", "sample_seed",
                 "sample_population", "sample_required")
#: ``sample_reason``'s codes: picked in risk order, or drawn at random (``random_share``).
RISK_ORDER, RANDOM_PICK = "risk_order", "random_pick"
#: The facts a picked row's reason quotes, beside :data:`SAMPLE_FIELDS`.
REASON_FIELDS = ("sample_position", "sample_share", "sample_status_key", "sample_nc_plots", "sample_nc_percent")
_KEY_OF_RANK = {status.rank: status.key for status in PRODUCER_STATUSES}


def required_count(population: int, share_percent: int) -> int:
    """``ceil(share_percent x population / 100)``, at least 1 for a non-empty class, at most ``population``."""
    if population <= 0:
        return 0
    return min(population, max(1, -(-share_percent * population // 100)))


def producer_key(name: Any, row: Any) -> str:
    """Who a producer is, in the sample and wherever producers are counted beside it (:func:`count_producers`):
    its name ignoring case and repeated spaces; ``row`` (an id of the row) for a row without a name, each then
    its own producer."""
    text = norm_key(name)
    return f"name:{text}" if text else f"row:{row}"


def count_producers(groups: Iterable[Tuple[Any, Any, int]]) -> Dict[str, int]:
    """The producers the sample is drawn from (its populations), from ``(company_name, eu_country_risk, rows)``
    groups (a SQL ``GROUP BY``): per EU class (a value not a class counts as ``unknown``) and in all (``""``: a
    producer found in two classes counts once there, once in each class)."""
    names: Dict[str, set] = {}
    unnamed: Dict[str, int] = {}
    for name, risk, rows in groups:
        key = producer_key(name, None)
        for where in ("", risk if risk in RISKS else UNKNOWN):
            if key.startswith("name:"):
                names.setdefault(where, set()).add(key)
            else:  # each row its own producer
                unnamed[where] = unnamed.get(where, 0) + int(rows)
    return {where: len(names.get(where, ())) + unnamed.get(where, 0) for where in set(names) | set(unnamed)}


def class_share(risk: str) -> int:
    """The share (%) a class is sampled at; ``unknown`` at the standard share (see the module text)."""
    return CHECK_SHARE_PERCENT.get(risk, CHECK_SHARE_PERCENT[STANDARD])


def _tie(seed: int, key: str) -> str:
    return hashlib.sha256(f"{seed}\x00{key}".encode()).hexdigest()


def _nc_fraction(row: Mapping[str, Any]) -> float:
    fraction = to_float(row.get("noncompliance_area_perc"))
    if fraction is None:
        percent = to_float(row.get("nc_percent"))
        fraction = None if percent is None else percent / 100.0
    return fraction or 0.0


def _rank(row: Mapping[str, Any]) -> int:
    rank = to_int(row.get("risk_rank"))
    return compliance_status(row).rank if rank is None else rank


@dataclass
class _Producer:
    key: str
    risk: str
    rows: List[Dict[str, Any]] = field(default_factory=list)
    rank: int = -1
    nc_fraction: float = 0.0
    nc_plots: int = 0

    def add(self, row: Dict[str, Any]) -> None:
        self.rows.append(row)
        self.rank = max(self.rank, _rank(row))
        self.nc_fraction = max(self.nc_fraction, _nc_fraction(row))
        self.nc_plots += max(0, to_int(row.get("noncompliance_plot_count")) or 0)

    def order_key(self, seed: int) -> Tuple[int, float, int, str]:
        return -self.rank, -self.nc_fraction, -self.nc_plots, _tie(seed, self.key)

    def facts(self) -> Dict[str, Any]:
        """The producer's facts a reason quotes: its worst status (a key), NC plots, largest NC area share (%)."""
        return {"sample_status_key": _KEY_OF_RANK.get(self.rank), "sample_nc_plots": self.nc_plots,
                "sample_nc_percent": round(self.nc_fraction * 100, 4)}


@dataclass
class ClassSample:
    """One EU risk class: producers in it, how many must be checked, and at what share."""

    risk: str
    share: int
    population: int
    required: int


@dataclass
class CheckSample:
    """The picked rows (copies, with :data:`SAMPLE_FIELDS`) in sample order, and the count per class."""

    seed: int
    rows: List[Dict[str, Any]]
    classes: Dict[str, ClassSample]

    @property
    def producers(self) -> int:
        return sum(c.required for c in self.classes.values())

    def summary(self) -> str:
        """The sample in English (``3 producers, 1 row``), for a script's log; what the user reads is worded in
        the user's language by ``layers/words/check_sample.py``."""
        parts = [f"{c.risk} {c.required} of {c.population} ({c.share} %)" for c in self.classes.values()
                 if c.population]
        rows = len(self.rows)
        return (f"Check sample (seed {self.seed}): {self.producers} producer{'' if self.producers == 1 else 's'}, "
                f"{rows} row{'' if rows == 1 else 's'}: " + ("; ".join(parts) if parts else "no producers"))


def _producers(rows: Sequence[Mapping[str, Any]], points: Optional[Sequence[Optional[Point]]],
               countries: Any) -> Dict[str, List[_Producer]]:
    given = [clean_text(r.get("eu_country_risk")) for r in rows]
    computed = eu_fields_many(rows, points, countries) if any(g not in RISKS for g in given) else []
    by_class: Dict[str, Dict[str, _Producer]] = {risk: {} for risk in CLASS_ORDER}
    for i, source in enumerate(rows):
        row = dict(source)
        if given[i] in RISKS:
            row["eu_country_risk"], row["eu_check_share"] = given[i], CHECK_SHARE_PERCENT.get(given[i])
        else:
            row.update(computed[i])
        risk = row["eu_country_risk"]
        key = producer_key(row.get("company_name"), f"{clean_text(row.get('collection_id'))}:{i}")
        producers = by_class[risk]
        if key not in producers:
            producers[key] = _Producer(key, risk)
        producers[key].add(row)
    return {risk: list(producers.values()) for risk, producers in by_class.items()}


def draw_check_sample(rows: Sequence[Mapping[str, Any]], seed: int, *, random_share: float = 0.0,
                      points: Optional[Sequence[Optional[Point]]] = None, countries: Any = None) -> CheckSample:
    """Pick the producers to check from assessment rows (see the module text for the rules).

    ``rows``: producer assessment rows (``company_name``, ``country_code``/``country``, ``status``,
    ``risk_rank``, ``noncompliance_area_perc``, ``noncompliance_plot_count``, ``collection_id``...);
    a row that already has ``eu_country_risk`` keeps it. ``points``: (lon, lat) per row (or ``None``),
    used for rows without a country field; ``countries``: a ``RegionIndex`` (``None``: QGIS's world map).
    Every row of a picked producer is returned, each with ``sample_reason`` (a code) and the facts it quotes
    (:data:`REASON_FIELDS`).
    """
    if not 0.0 <= random_share <= 1.0:
        raise ValueError("random_share is a fraction between 0 and 1")
    picked: List[Dict[str, Any]] = []
    classes: Dict[str, ClassSample] = {}
    order = 0
    for risk, producers in _producers(rows, points, countries).items():
        share = class_share(risk)
        required = required_count(len(producers), share)
        classes[risk] = ClassSample(risk, share, len(producers), required)
        ranked = sorted(producers, key=lambda p: p.order_key(seed))
        at_random = int(required * random_share)
        chosen = [(p, False) for p in ranked[:required - at_random]]
        rest = sorted(ranked[required - at_random:], key=lambda p: _tie(seed, "random\x00" + p.key))
        chosen += [(p, True) for p in rest[:at_random]]
        for position, (producer, random_pick) in enumerate(chosen, start=1):
            order += 1
            facts = dict(producer.facts(), sample_order=order, sample_reason=RANDOM_PICK if random_pick else RISK_ORDER,
                         sample_seed=seed, sample_population=len(producers), sample_required=required,
                         sample_position=position, sample_share=share)
            for row in producer.rows:
                row.update(facts)
                picked.append(row)
    return CheckSample(seed, picked, classes)

