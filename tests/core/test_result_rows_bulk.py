"""Drill-down plots derived in batches: their countries found in one spatial query (``countries_of``), every
row the same as when each plot's country is looked up alone."""

import random

import pytest
from epoch_eudr.core import countries as countries_module
from epoch_eudr.core.result_rows import countries_of, derive_row


@pytest.fixture
def world():
    index = countries_module.world_index()
    if index is None:
        pytest.skip("no world map (QGIS's world_map.gpkg) on this machine")
    return index


def _plots():
    rng = random.Random(7)
    for i in range(400):  # around the Nicaragua-Honduras-Costa Rica borders and the coasts, and one far at sea
        point = (rng.uniform(-88.0, -82.5), rng.uniform(10.5, 15.5)) if i else (-30.0, 0.0)
        loss = round(rng.uniform(0, 2), 3) if i % 3 else 0.0
        props = {"plotid": f"p{i}", "area": 4.0, "noncompliance_area": loss,
                 "deforestation_alert": "critical" if loss else "no deforestation"}
        if i % 10 == 0:
            props["country_code"] = "BR"  # the plot's own field wins over its place
        yield props, point


def test_rows_derived_with_countries_found_together_are_the_rows_found_alone(world, monkeypatch):
    plots = list(_plots())
    alone = [derive_row("plots", props, point=point, producer_country="GT") for props, point in plots]
    looked_up = countries_of([point for _, point in plots])
    calls = []
    monkeypatch.setattr(type(world), "lookup", lambda self, lon, lat: calls.append((lon, lat)))
    together = [derive_row("plots", props, point=point, producer_country="GT", countries=looked_up)
                for props, point in plots]
    assert together == alone
    assert calls == []  # no point tested one by one
    found = {row["second_opinion_country_from"] for row in together}
    assert {"field", "location", "producer"} <= found  # the test covers each source of the country


def test_a_point_not_in_the_batch_is_looked_up_by_the_index(world):
    looked_up = countries_of([(-86.25, 12.13)])
    assert looked_up.lookup(-86.25, 12.13).code == world.lookup(-86.25, 12.13).code == "NI"
    assert looked_up.lookup(-84.09, 9.93).code == "CR"


@pytest.mark.parametrize("text, stored", [(" NULL ", None), ("n/a", None), ("Undefined", None), ("", None),
                                          ("  kept  ", "kept"), ("undefined!", "undefined!"),
                                          ("a text longer than any word for nothing", "a text longer than any word "
                                                                                      "for nothing")])
def test_a_text_field_is_stripped_and_a_word_for_nothing_is_empty(text, stored):
    assert derive_row("plots", {"plotid": text, "uuid": text})["plotid"] == stored
