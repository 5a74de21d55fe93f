import pytest
from epoch_eudr.core.confidence import PENALTY_KEYS, level_for_score, score_facility

PERFECT = {"commodity_presence": 1.0, "poi_presence": 1, "building_presence": 1, "road_access": 1,
           "high_density": 0}


def _with(**changes):
    props = dict(PERFECT)
    props.update(changes)
    return props


def test_perfect_facility_scores_one():
    result = score_facility(PERFECT)
    assert result.score == 1.0 and result.level == "high"
    assert result.penalties == []
    assert {c.key for c in result.checks} == {k for k, _, _ in PENALTY_KEYS}


@pytest.mark.parametrize(
    "changes, score, keys",
    [
        ({"commodity_presence": 0}, 0.50, ["commodity_absent"]),
        ({"commodity_presence": "0"}, 0.50, ["commodity_absent"]),
        ({"commodity_presence": 0.4}, 0.75, ["commodity_partial"]),
        ({"commodity_presence": 0.999}, 0.75, ["commodity_partial"]),
        ({"poi_presence": 0}, 0.80, ["no_poi"]),
        ({"building_presence": 0}, 0.85, ["no_building"]),
        ({"building_presence": 0.12}, 1.0, []),  # graduated building value: present
        ({"road_access": 0}, 0.85, ["no_road"]),
        ({"high_density": 1}, 0.90, ["high_density"]),
        ({"high_density": "1.0"}, 0.90, ["high_density"]),
        ({"deforestation_area_ha": 0}, 1.0, []),
        ({"deforestation_area_ha": 0.1}, 0.90, ["deforestation"]),
        ({"deforestation_area_ha": 99.99}, 0.90, ["deforestation"]),
        ({"deforestation_area_ha": 100}, 0.85, ["deforestation"]),
        ({"deforestation_area_ha": "999.9"}, 0.85, ["deforestation"]),
        ({"deforestation_area_ha": 1000}, 0.75, ["deforestation"]),
        ({"deforestation_area_ha": 1250.5}, 0.75, ["deforestation"]),
        ({"deforestation_area_ha": None}, 1.0, []),  # check not run: no penalty
    ],
)
def test_each_penalty(changes, score, keys):
    result = score_facility(_with(**changes))
    assert result.score == pytest.approx(score)
    assert [c.key for c in result.penalties] == keys


def test_missing_signals_count_as_zero():
    result = score_facility({})
    # commodity 0 (-0.5), poi (-0.2), building (-0.15), road (-0.15) -> clamped at 0
    assert result.score == 0.0
    assert result.level == "low"
    assert [c.key for c in result.penalties] == ["commodity_absent", "no_poi", "no_building", "no_road"]


def test_floating_point_sums_land_on_thresholds():
    # 1 - 0.15 - 0.15 is exactly 0.70: high, not medium.
    result = score_facility(_with(building_presence=0, road_access=0))
    assert result.score == 0.70 and result.level == "high"
    # 1 - 0.50 - 0.05? no such penalty; 1 - 0.25 - 0.20 - 0.10 = 0.45 exactly: medium.
    result = score_facility(_with(commodity_presence=0.5, poi_presence=0, high_density=1))
    assert result.score == 0.45 and result.level == "medium"
    # 1 - 0.15 - 0.15 - 0.25 = 0.45 (0.85 - 0.15 - 0.25 is 0.4499999... in floats)
    result = score_facility(_with(building_presence=0, road_access=0, deforestation_area_ha=5000))
    assert result.score == 0.45 and result.level == "medium"


def test_score_is_clamped_to_zero():
    result = score_facility({"commodity_presence": 0, "high_density": 1, "deforestation_area_ha": 2000})
    assert result.score == 0.0
    assert sum(c.penalty for c in result.penalties) == pytest.approx(-1.35)


@pytest.mark.parametrize(
    "score, level",
    [(0.70, "high"), (0.6999999999999998, "high"), (0.6999, "medium"), (0.45, "medium"),
     (0.44999999999999996, "medium"), (0.4499, "low"), (1.0, "high"), (0.0, "low"), (None, "invalid")],
)
def test_level_boundaries(score, level):
    assert level_for_score(score) == level


def test_missing_geometry_is_invalid():
    result = score_facility(PERFECT, has_geometry=False)
    assert result.score is None and result.level == "invalid" and result.checks == []


def test_breakdown_carries_values_for_tooltips():
    result = score_facility(_with(road_access="0", deforestation_area_ha=150))
    by_key = {c.key: c for c in result.checks}
    assert by_key["no_road"].value == 0.0 and by_key["no_road"].penalty == -0.15
    assert by_key["deforestation"].value == 150 and by_key["deforestation"].penalty == -0.15
    assert by_key["no_poi"].penalty == 0 and not by_key["no_poi"].applied
