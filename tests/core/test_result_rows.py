import json

import pytest
from epoch_eudr.core.result_rows import SCHEMAS, derive_row, facility_point, parse_metadata


def test_assessment_row_is_typed_and_derived():
    props = {"company_name": " ACME ", "noncompliance_area_perc": "0.0501", "noncompliance_plot_count": "3",
             "locations_confidence": "HIGH", "area_ha_supply_shed": "12", "stat_type": "supply_shed",
             "metadata": json.dumps({"supplier_id": "S-9", "facility_geo": "POINT(110.5 -0.25)"}),
             "ingestion_date": "2026-03-11T10:00:00Z", "extra_col": {"a": 1}}
    row = derive_row("assessments", props)
    assert row["status"] == "High Risk" and row["status_key"] == "high-risk" and row["risk_rank"] == 3
    assert row["assessment_type"] == "Supply Shed" and row["nc_percent"] == pytest.approx(5.01)
    assert row["noncompliance_plot_count"] == 3 and row["noncompliance_area_perc"] == 0.0501
    assert row["supplier_id"] == "S-9" and row["facility_geo"] == "POINT(110.5 -0.25)"
    assert row["company_name"] == "ACME" and row["extra_col"] == '{"a": 1}'
    assert set(name for name, _, _ in SCHEMAS["assessments"]) <= set(row)


def test_not_assessable_row_has_skip_reason_and_nulls():
    row = derive_row("assessments", {"locations_confidence": "not processed: invalid file"})
    assert row["status"] == "Not Assessable" and row["skip_reason"] == "not processed: invalid file"
    assert row["nc_percent"] is None and row["noncompliance_plot_count"] is None


def test_plot_and_screened_plot_status():
    assert derive_row("plots", {"noncompliance_area": "0.5001"})["status"] == "Non-Compliant"
    assert derive_row("plots", {"noncompliance_area": None})["status"] == "Compliant"
    assert derive_row("screened_plots", {"deforestation_area_ha": 2})["status_key"] == "non-compliant"


def test_facility_row_recomputes_score_and_penalties():
    row = derive_row("facilities", {"commodity_presence": "1", "poi_presence": 0, "building_presence": 1,
                                    "road_access": 1, "high_density": 1, "producer_confirmed": "true",
                                    "facility_address": "Jl. Sawit 3"})
    assert row["score"] == 0.7 and row["level"] == "high"
    assert row["penalty_no_poi"] == -0.2 and row["penalty_high_density"] == -0.1 and row["penalty_no_road"] == 0
    assert row["producer_confirmed"] == 1 and row["address"] == "Jl. Sawit 3"
    assert derive_row("facilities", {}, has_geometry=False)["level"] == "invalid"


@pytest.mark.parametrize("props, expected", [
    ({"facility_geo": "POINT (1.5 2.5)"}, (1.5, 2.5)),
    ({"metadata": '{"facility_geo": "point(-55.2 4.6)"}'}, (-55.2, 4.6)),
    ({"metadata": {"facility_geo": "POINT(10 20 5)"}}, (10.0, 20.0)),
    ({"facility_geo": "POINT(200 0)"}, None), ({"facility_geo": "LINESTRING(0 0, 1 1)"}, None),
    ({"metadata": "not json"}, None), ({}, None),
])
def test_facility_point(props, expected):
    assert facility_point(props) == expected


def test_parse_metadata():
    assert parse_metadata('{"a": 1}') == {"a": 1} and parse_metadata("[1]") == {} and parse_metadata(None) == {}


def test_a_rows_columns_and_notes_keep_the_schemas_order_whatever_order_the_properties_came_in():
    props = {"deforestation_area_ha": 0.1, "ref": "x", "epoch_source_fid": 10**30, "country": " CI ",
             "protected_area_overlap": 10**30, "area_ha": "2.5"}
    names = [name for name, _, _ in SCHEMAS["screened_plots"]]
    rows = [derive_row("screened_plots", dict(items)) for items in (props.items(), reversed(props.items()))]
    for row in rows:
        assert list(row)[:len(names)] == names and row["ref"] == "x" and row["area_ha"] == 2.5
        assert row["country"] == "CI" and row["protected_area_overlap"] is None and row["epoch_source_fid"] is None
    assert rows[0]["data_note"] == rows[1]["data_note"] == (
        f"too_large_left_empty:protected_area_overlap={10**30}; too_large_left_empty:epoch_source_fid={10**30}")
