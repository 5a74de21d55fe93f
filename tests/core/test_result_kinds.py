"""The catalogue agrees with itself and with the schemas it names (issue 15 item 2)."""

import pytest
from epoch_eudr.core.result_kinds import (
    LOCATION_TYPES,
    RESULT_KINDS,
    SCREENING_OPTIONS,
    TABLE_KINDS,
    kind_for_location,
    option_keys,
)
from epoch_eudr.core.result_rows import SCHEMAS


@pytest.mark.parametrize("kind", [RESULT_KINDS[key] for key in TABLE_KINDS], ids=lambda k: k.key)
def test_every_table_column_and_verdict_is_a_field_of_its_kind(kind):
    names = {name for name, _, _ in kind.fields}
    assert set(kind.table_columns) <= names, set(kind.table_columns) - names
    assert kind.count_field in names and set(kind.join_fields) <= names
    assert not kind.label_field or kind.label_field in names
    assert list(kind.fields) == list(SCHEMAS[kind.key])  # the writer's schema is the catalogue's


def test_options_per_location_type():
    assert option_keys("plot") == ("commodity_type", "include_deforestation", "include_article10_check",
                                   "production_volume")
    assert option_keys("facility") == ("commodity_type", "include_article10_check", "check_road_access",
                                       "check_water_access", "check_port_proximity")
    assert all(set(o.applies_to) <= set(LOCATION_TYPES) for o in SCREENING_OPTIONS)
    assert [o.parameter for o in SCREENING_OPTIONS][0] == "INCLUDE_DEFORESTATION"


def test_the_screening_result_kind_follows_the_location_type():
    assert kind_for_location("facility").key == "facilities" and kind_for_location("plot").key == "screened_plots"
    assert RESULT_KINDS["facilities"].columns()[:2] == (("facility_id", "Facility ID"), ("address", "Address"))
    assert RESULT_KINDS["assessments"].columns()[-1] == ("collection_id", "Audit")


def test_every_kind_names_a_geometry_and_a_style():
    assert set(TABLE_KINDS) == {"assessments", "plots", "facilities", "screened_plots"}
    for kind in RESULT_KINDS.values():
        assert kind.geometry in ("POINT", "MULTIPOLYGON", "PROMOTE_TO_MULTI") and kind.style_key
        assert kind.point_geometry in ("", "MULTIPOINT")
    assert RESULT_KINDS["screened_plots"].style_key == "plots" and RESULT_KINDS["outline"].style_key == "outline"
