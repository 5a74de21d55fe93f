import pytest
from epoch_eudr.core.commodities import (
    COMMODITIES,
    is_producing_country,
    is_supported,
    latitude_class,
    normalize_commodity,
)


@pytest.mark.parametrize(
    "raw, expected",
    [("Palm Oil", "palm"), ("palm_oil", "palm"), ("oil palm", "palm"), ("SOYA", "soy"), ("soybean", "soy"),
     ("beef", "cattle"), ("leather", "cattle"), (" Cocoa ", "cocoa"), ("cacao", "cocoa"), ("timber", "timber"),
     ("Auto-detect", None), ("", None), (None, None), ("Vanilla Beans", "vanilla_beans")],
)
def test_normalize_commodity(raw, expected):
    assert normalize_commodity(raw) == expected


def test_supported_list_is_the_dashboards():
    assert COMMODITIES == ("cocoa", "coffee", "palm", "rubber", "soy", "timber", "cattle")
    assert is_supported("palm") and not is_supported("vanilla") and not is_supported(None)


@pytest.mark.parametrize(
    "commodity, lat, expected",
    [("rubber", 5, "optimal"), ("rubber", -15, "viable"), ("rubber", 25, "unlikely"), ("rubber", 31, "beyond"),
     ("palm", 10, "optimal"), ("palm", 15, "viable"), ("palm", 18, "unlikely"), ("palm", -21, "beyond"),
     ("coffee", 39.9, "unlikely"), ("coffee", 40.1, "beyond"),
     ("timber", 45, "optimal"), ("timber", 25, "viable"), ("timber", 5, "unlikely"), ("timber", 75, "beyond"),
     ("cattle", 80, "optimal"), ("vanilla", 60, "viable"), (None, 89, "viable")],
)
def test_latitude_class(commodity, lat, expected):
    assert latitude_class(commodity, lat) == expected


def test_producing_countries():
    assert is_producing_country("soy", "br") and not is_producing_country("soy", "ID")
    assert is_producing_country("coffee", "NI") and is_producing_country("timber", "SE")
    assert is_producing_country("cattle", "FR") and is_producing_country("vanilla", "MG")
