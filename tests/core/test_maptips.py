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


def test_every_kind_of_tip_shows_the_eu_country_risk_the_row_was_given():
    from epoch_eudr.core.derive import derive_row, with_maptip

    assessment = with_maptip("assessments", derive_row("assessments", {
        "company_name": "Coop", "country": "Brazil", "locations_confidence": "high", "noncompliance_plot_count": 0}))
    assert assessment["eu_country_risk"] == "standard"
    assert "EU country risk</b></td><td>standard (3 % checked)" in assessment["maptip_html"]
    plot = with_maptip("screened_plots", derive_row("screened_plots", {"country": "Germany", "area_ha": 2.0}))
    assert "EU country risk</b></td><td>low (1 % checked)" in plot["maptip_html"]
    assert "EU country risk</b></td><td>high (9 % checked)" in facility_tip({"eu_country_risk": "high",
                                                                           "eu_check_share": 9})
    assert "EU country risk" not in plot_tip({"plotid": "p2"})  # no class given: no row
