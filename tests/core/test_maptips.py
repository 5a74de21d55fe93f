from epoch_eudr.core.maptips import assessment_tip, facility_tip, plot_tip


def test_values_are_escaped():
    tip = assessment_tip({"company_name": "<script>alert(1)</script> & Co", "locations_confidence": "high"})
    assert "<script>" not in tip and "&lt;script&gt;" in tip and "&amp; Co" in tip
    assert "Compliant" in tip
    assert "<img" not in facility_tip({"facility_name": "<img src=x onerror=y>"})
    assert "&lt;b&gt;" in plot_tip({"plotid": "<b>", "noncompliance_area": 1})


def test_facility_tip_shows_each_value_and_penalty_and_density_colours():
    tip = facility_tip({"commodity_presence": 1, "poi_presence": 0, "building_presence": 1, "road_access": 1,
                        "high_density": 1})
    assert "No POI nearby</b></td><td>0 (-0.20)" in tip
    assert "color:#dc2626'>Yes" in tip
    rural = facility_tip({"commodity_presence": 1, "poi_presence": 1, "building_presence": 1, "road_access": 1,
                          "high_density": 0})
    assert "color:#16a34a'>No" in rural and "Score <b>1</b>" in rural
