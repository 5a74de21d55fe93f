"""Epoch's facility confidence rule, written again here from Epoch's "Facility Validation" page (section
"Confidence Score Calculation"), so that the tests hold the stored score and level against the page itself and not
against the plugin's own code (core/confidence.py), which the sandbox also uses.

The page: start at 1.0; lose 0.50 when commodity_presence = 0 (outside the production region), else 0.25 when it is
below 1.0; 0.20 when poi_presence = 0; 0.15 when building_presence = 0; 0.15 when road_access = 0; 0.10 when
high_density = 1; when the deforestation check ran, 0.25 from 1000 ha, else 0.15 from 100 ha, else 0.10 above 0 ha.
water_access and port_proximity are not scored. Missing data counts as 0 ("Error Handling": default to 0 values).
The score is clamped to [0, 1]; high from 0.7, medium from 0.45, else low.
"""

from numbers import Real


def _number(props, key):
    value = props.get(key)
    return float(value) if isinstance(value, Real) and not isinstance(value, bool) else None


def page_penalties(props):
    """{stored penalty column: points lost (negative)} for every penalty the page's rule applies to ``props``."""
    commodity = _number(props, "commodity_presence") or 0.0
    lost = {}
    if commodity == 0:
        lost["penalty_commodity_absent"] = -0.50
    elif commodity < 1.0:
        lost["penalty_commodity_partial"] = -0.25
    for key, column, points in (("poi_presence", "penalty_no_poi", 0.20),
                                ("building_presence", "penalty_no_building", 0.15),
                                ("road_access", "penalty_no_road", 0.15)):
        if (_number(props, key) or 0.0) == 0:
            lost[column] = -points
    if _number(props, "high_density") == 1:
        lost["penalty_high_density"] = -0.10
    area = _number(props, "deforestation_area_ha")
    if area is not None and area > 0:
        lost["penalty_deforestation"] = -0.25 if area >= 1000 else (-0.15 if area >= 100 else -0.10)
    return lost


def page_score(props):
    """(score, level) of the page's rule for the signals in ``props``."""
    score = round(max(0.0, min(1.0, 1.0 + sum(page_penalties(props).values()))), 2)
    return score, "high" if score >= 0.7 else ("medium" if score >= 0.45 else "low")


def assert_scored_by_the_page(row):
    """The row's stored confidence (the answer's and the recomputed one) and its penalty columns are the page's."""
    score, level = page_score(row)
    assert (row["confidence_score"], row["confidence_level"]) == (score, level), row
    assert (row["score"], row["level"]) == (score, level), row
    stored = {k: v for k, v in row.items() if k.startswith("penalty_") and isinstance(v, Real) and v < 0}
    assert stored == page_penalties(row), row
    return score, level
