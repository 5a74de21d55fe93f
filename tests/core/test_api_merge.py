import pytest
from epoch_eudr.core.api.merge import is_average_key, merge_collections, split_csv, split_features


def fc(n, start=0, **props):
    return {"type": "FeatureCollection", "properties": props,
            "features": [{"type": "Feature", "properties": {"i": i}, "geometry": None}
                         for i in range(start, start + n)]}


def test_split_features_keeps_order_and_shell():
    parts = split_features({**fc(5), "name": "x"}, 2)
    assert [len(p["features"]) for p in parts] == [2, 2, 1]
    assert [f["properties"]["i"] for p in parts for f in p["features"]] == [0, 1, 2, 3, 4]
    assert all(p["name"] == "x" for p in parts)
    assert split_features(fc(3), 3)[0]["features"] == fc(3)["features"]


def test_split_csv_repeats_header_and_handles_quotes():
    data = b'name,address\n"Mill, A","1 Road"\nB,2\nC,"3\nline"\n'
    parts = split_csv(data, 2)
    assert len(parts) == 2
    assert parts[0].decode().splitlines()[0] == "name,address"
    assert 'C,"3\nline"' in parts[1].decode()
    assert split_csv(b"a\n1\n", 5) == [b"a\n1\n"]


def test_merge_sums_counts_weights_averages_adds_levels_and_takes_worst_risk():
    a = fc(3, 0, total_facilities=3, poi_presence=2, confidence_score=0.9,
           confidence_level={"high": 3, "medium": 0, "low": 0}, producer_confirmed={"true": 1, "false": 2},
           overall={"risk": "low", "investigate_categories": {"deforestation": 1}})
    b = fc(1, 3, total_facilities=1, poi_presence=0, confidence_score=0.5,
           confidence_level={"high": 0, "medium": 1, "low": 0}, producer_confirmed={"true": 0, "false": 1},
           overall={"risk": "high", "investigate_categories": {"deforestation": 2, "shape_validity": 1}})
    merged = merge_collections([a, b])
    props = merged["properties"]
    assert [f["properties"]["i"] for f in merged["features"]] == [0, 1, 2, 3]
    assert props["total_facilities"] == 4 and props["poi_presence"] == 2
    assert props["confidence_score"] == pytest.approx((0.9 * 3 + 0.5) / 4)
    assert props["confidence_level"] == {"high": 3, "medium": 1, "low": 0}
    assert props["producer_confirmed"] == {"true": 1, "false": 3}
    assert props["overall"] == {"risk": "high", "investigate_categories": {"deforestation": 3, "shape_validity": 1}}
    assert props["chunks"] == 2


def test_merge_plot_percentages_weighted():
    a = fc(2, deforestation={"plot_deforestation_pct": 10.0, "plots_with_deforestation": 1})
    b = fc(6, 2, deforestation={"plot_deforestation_pct": 2.0, "plots_with_deforestation": 1})
    merged = merge_collections([a, b])["properties"]["deforestation"]
    assert merged == {"plot_deforestation_pct": pytest.approx(4.0), "plots_with_deforestation": 2}


@pytest.mark.parametrize("key, average", [("confidence_score", True), ("deviation_pct", True),
                                           ("avg_legality_risk_score", True), ("total_plots", False),
                                           ("deforestation_area_ha", False), ("noncompliance_area_rate", True)])
def test_average_keys(key, average):
    assert is_average_key(key) is average
