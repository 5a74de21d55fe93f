"""Facility confidence scoring (Epoch's Facility Validation guide, "Confidence Score Calculation").

A facility starts at 1.0 and loses points for missing or negative signals. The
penalties are kept in integer hundredths so that sums such as 1 - 0.15 - 0.15
land exactly on the 0.70 threshold instead of 0.6999999999999998.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Mapping, Optional, Tuple

from .coercion import num, to_float
from .colours import CONFIDENCE_LEVEL_COLOURS

HIGH_THRESHOLD = 0.70
MEDIUM_THRESHOLD = 0.45

#: Each level's colour (core/colours.py's, as the verdict the level leads to).
LEVEL_COLORS = CONFIDENCE_LEVEL_COLOURS
LEVELS = ("high", "medium", "low", "invalid")


@dataclass(frozen=True)
class Check:
    """One line of the scoring breakdown: the attribute, its value and what it cost."""

    key: str
    label: str
    attribute: str
    value: Optional[float]
    penalty: float  # 0.0 or negative

    @property
    def applied(self) -> bool:
        return self.penalty < 0


@dataclass
class FacilityScore:
    """The recomputed score, its level, and every check (applied or not) for tooltips."""

    score: Optional[float]
    level: str
    checks: List[Check] = field(default_factory=list)

    @property
    def penalties(self) -> List[Check]:
        """Only the checks that cost points."""
        return [check for check in self.checks if check.applied]


#: (key, label, attribute) of every penalty, in the order the Facility Validation guide and the Enforcement
#: Dashboard guide's facility scoring table list them.
PENALTY_KEYS: Tuple[Tuple[str, str, str], ...] = (
    ("commodity_absent", "No commodity presence", "commodity_presence"),
    ("commodity_partial", "Low commodity presence", "commodity_presence"),
    ("no_poi", "No POI nearby", "poi_presence"),
    ("no_building", "No building presence", "building_presence"),
    ("no_road", "No road access", "road_access"),
    ("high_density", "High building density (urban)", "high_density"),
    ("deforestation", "Deforestation nearby", "deforestation_area_ha"),
)


def _deforestation_points(area_ha: float) -> int:
    """Graduated penalty in hundredths: >= 1000 ha: 25, >= 100 ha: 15, > 0: 10."""
    if area_ha >= 1000:
        return 25
    if area_ha >= 100:
        return 15
    if area_ha > 0:
        return 10
    return 0


def _penalty_points(props: Mapping[str, Any]) -> List[Tuple[str, Optional[float], int]]:
    """(key, value read, points lost) for every check; missing signals count as 0."""
    commodity = num(props.get("commodity_presence"))
    poi = num(props.get("poi_presence"))
    building = num(props.get("building_presence"))
    road = num(props.get("road_access"))
    density = num(props.get("high_density"))
    defor = to_float(props.get("deforestation_area_ha"))
    return [
        ("commodity_absent", commodity, 50 if commodity == 0 else 0),
        ("commodity_partial", commodity, 25 if 0 < commodity < 1.0 else 0),
        ("no_poi", poi, 20 if poi == 0 else 0),
        ("no_building", building, 15 if building == 0 else 0),
        ("no_road", road, 15 if road == 0 else 0),
        ("high_density", density, 10 if density == 1 else 0),
        # Only when the deforestation check ran (a value is present).
        ("deforestation", defor, _deforestation_points(defor) if defor is not None else 0),
    ]


def level_for_score(score: Optional[float]) -> str:
    """high >= 0.70, medium >= 0.45, else low; ``invalid`` without a score.

    The score is rounded to 9 decimals first, so a float a hair under a
    threshold through arithmetic noise still reaches it.
    """
    if score is None:
        return "invalid"
    rounded = round(score, 9)
    if rounded >= HIGH_THRESHOLD:
        return "high"
    if rounded >= MEDIUM_THRESHOLD:
        return "medium"
    return "low"


def score_facility(props: Mapping[str, Any], has_geometry: bool = True) -> FacilityScore:
    """Recompute a facility's confidence from its attributes, clamped to [0, 1]."""
    if not has_geometry:
        return FacilityScore(score=None, level="invalid", checks=[])
    labels = {key: (label, attribute) for key, label, attribute in PENALTY_KEYS}
    checks: List[Check] = []
    lost = 0
    for key, value, points in _penalty_points(props):
        label, attribute = labels[key]
        checks.append(Check(key, label, attribute, value, -points / 100.0))
        lost += points
    score = max(0, min(100, 100 - lost)) / 100.0
    return FacilityScore(score=score, level=level_for_score(score), checks=checks)
