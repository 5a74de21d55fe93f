"""A property holding numbers and text, as the bundled sample's declared ``Area`` does (2.54 beside "5,84"), is
written as the text it holds and read back by QGIS as that text: GDAL marks such a column JSON, which QGIS 3.22
showed as NULL on every plot; and a later part's value that does not fit the type the earlier parts gave a column
(GDAL, appending, turned "5,84" into 5, 2.5 into 2 and "01/02/2024" into NULL) widens that column."""

import json
import sqlite3

import pytest
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from qgis.core import QgsVectorLayer

from .helpers import SAMPLE_PLOTS


def _sample_plots(copies=1):
    features = json.loads(SAMPLE_PLOTS.read_text(encoding="utf-8"))["features"]
    out = []
    for copy in range(copies):
        for i, feature in enumerate(features):
            props = dict(feature["properties"], plotid=f"p{copy}-{i}")
            out.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    return out


@pytest.mark.parametrize("part_features", [10_000, 7])  # one part (GDAL), and later parts appended
def test_a_property_of_numbers_and_text_reads_as_its_text(qgis_app, tmp_path, part_features):
    plots = _sample_plots(copies=3)
    declared = [p["properties"]["Area"] for p in plots]
    assert {type(v) for v in declared} == {float, str}  # the sample mixes them: the case this guards
    path = tmp_path / "plots.gpkg"
    write_layer(plots, "plots", path, "plots", derive=False, part_features=part_features)
    layer = QgsVectorLayer(f"{path}|layername=plots", "plots", "ogr")
    (column,) = [f.name() for f in layer.fields() if f.name().lower().startswith("area")]
    assert layer.fields().field(column).typeName().lower() != "json"
    shown = {f["plotid"]: f[column] for f in layer.getFeatures()}
    assert [shown[p["properties"]["plotid"]] for p in plots] == [str(v) for v in declared]
    conn = sqlite3.connect(path)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'").fetchone():
            assert conn.execute("SELECT COUNT(*) FROM gpkg_data_columns WHERE mime_type = 'application/json'"
                                ).fetchone()[0] == 0
    finally:
        conn.close()


def _points(values):
    for i, value in enumerate(values):
        yield {"type": "Feature", "properties": {"plotid": f"p{i}", "declared": value},
               "geometry": {"type": "Point", "coordinates": [-85.0 + i * 0.001, 12.0]}}


@pytest.mark.parametrize("values, shown", [
    ([1, 2, 3, 4, 2.5, 6], [1.0, 2.0, 3.0, 4.0, 2.5, 6.0]),
    ([1.5, 2.25, 3.0, 4.5, "5,84", None], ["1.5", "2.25", "3.0", "4.5", "5,84", None]),
    ([7, 8, 9, 10, "n/a", 12], ["7", "8", "9", "10", "n/a", "12"]),
    (["2024-01-02", "2024-02-03", "2024-03-04", "2024-04-05", "01/02/2024", None],
     ["2024-01-02", "2024-02-03", "2024-03-04", "2024-04-05", "01/02/2024", None]),
])
def test_a_later_part_that_does_not_fit_the_column_widens_it(qgis_app, tmp_path, values, shown):
    path = tmp_path / "points.gpkg"
    write_layer(_points(values), "plots", path, "points", derive=False, part_features=4)  # parts of 1, 4, 1
    layer = QgsVectorLayer(f"{path}|layername=points", "points", "ogr")
    read = {f["plotid"]: f["declared"] for f in layer.getFeatures()}
    got = [read[f"p{i}"] for i in range(len(values))]
    got = [None if value is None or (hasattr(value, "isNull") and value.isNull()) else
           value.toString("yyyy-MM-dd") if hasattr(value, "toString") else value for value in got]
    assert got == shown
    assert layer.featureCount() == len(values)


def test_only_the_users_columns_that_do_not_fit_are_widened(qgis_app):
    from epoch_eudr.core.gpkg.append import Part
    from epoch_eudr.layers.writer.part_writer import widened_columns
    from osgeo import ogr

    part = Part(2, "plot")
    for row in ({"n": 1, "x": 1.5, "t": "a", "d": "2024-01-01", "s": "text"},
                {"n": 2.5, "x": "5,84", "t": 3, "d": "01/02/2024", "s": "more"},
                {"n": None, "x": None, "t": None, "d": None, "s": None, "flag": True}):
        part.add(row, None, 1)
    declared = {"n": "INTEGER", "x": "REAL", "t": "TEXT", "d": "DATE", "s": "REAL", "flag": "BOOLEAN"}
    assert widened_columns(declared, part, schema={"s"}) == {"n": ogr.OFTReal, "x": ogr.OFTString,
                                                             "d": ogr.OFTString}
