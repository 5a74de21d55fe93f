"""The writer's later parts go into the layer without GDAL reading GeoJSON back (``core/gpkg/append.py``): what
is stored - each value, its SQLite type, the geometry blob, the columns, the extent, the count - is what GDAL
alone stores for the same features, and a part GDAL must type itself (a new property, a NUL, a number in a text
column, a geometry of another type) still goes through GDAL."""

import math
import sqlite3
import sys

import pytest
from epoch_eudr.layers.writer import part_writer
from epoch_eudr.layers.writer.gpkg_writer import write_layer


def _polygon(i, multi=False):
    x, y = -85.0 + (i % 97) * 0.01, 12.0 + (i % 89) * 0.01
    ring = [[x, y], [x + 0.003, y], [x + 0.003, y + 0.002], [x, y]]
    if multi:
        return {"type": "MultiPolygon", "coordinates": [[ring], [[[p[0] + 0.01, p[1]] for p in ring]]]}
    if i % 5 == 0:  # with a hole
        hole = [[x + 0.001, y + 0.0005], [x + 0.002, y + 0.0005], [x + 0.002, y + 0.001], [x + 0.001, y + 0.0005]]
        return {"type": "Polygon", "coordinates": [ring, hole]}
    return {"type": "Polygon", "coordinates": [ring]}


def _plots(count, odd_from=None):
    for i in range(count):
        props = {"plotid": f"p{i}", "area": i if i % 3 else i + 0.25, "noncompliance_area": 0.5 if i % 7 else 0,
                 "deforestation_start": f"2021-03-0{1 + i % 9}" if i % 5 else None, "sandbox": bool(i % 2),
                 "count": i * 1000, "collection_id": "c1"}
        if i % 11 == 0:
            del props["count"]  # a row without one property
        if odd_from is not None and i >= odd_from:
            props["late"] = "new column"  # a property the layer has no column for yet
        geometry = None if i % 13 == 0 else _polygon(i, multi=i % 4 == 0)
        yield {"type": "Feature", "properties": props, "geometry": geometry}


_TIMES = ("2026-01-0{d}T10:00:00Z", "2026-01-0{d}T10:00:00+00:00", "2026-01-0{d}T10:00:00.5Z",
          "2026-01-0{d}T23:59:59.123+00:00")


def _assessments(count, odd_time_at=None):
    for i in range(count):
        props = {"company_name": f"Producer {i}", "collection_id": f"c{i}", "noncompliance_plot_count": i % 5,
                 "plot_count": 10, "noncompliance_area_perc": (i % 10) / 10, "country": "CI",
                 "facility_geo": f"POINT({-5 + i * 0.001} {7 + i * 0.001})", "status": "Compliant",
                 "ingestion_date": _TIMES[i % 4].format(d=1 + i % 9)}
        if i == odd_time_at:
            props["ingestion_date"] = "2026-01-01T10:00:00+02:00"  # GDAL keeps the offset
        yield {"type": "Feature", "properties": props, "geometry": None}


def _stored(path, table):
    conn = sqlite3.connect(path)
    try:
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")') if row[1] != "fid"]
        declared = [(row[1], row[2]) for row in conn.execute(f'PRAGMA table_info("{table}")')]
        select = ", ".join(f'"{c}", typeof("{c}")' if c != "geom" else "hex(geom)" for c in columns)
        rows = conn.execute(f'SELECT {select} FROM "{table}" ORDER BY fid').fetchall()
        extent = conn.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                              (table,)).fetchone()
        count = conn.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)).fetchone()
        # the spatial index: each row's entry (fids may differ: GDAL's parts leave gaps), every entry a row's, and
        # the triggers that keep it in step with the table
        index = conn.execute(f'SELECT r.minx, r.maxx, r.miny, r.maxy FROM "{table}" AS t LEFT JOIN '
                             f'"rtree_{table}_geom" AS r ON r.id = t.fid ORDER BY t.fid').fetchall()
        index.append(conn.execute(f'SELECT COUNT(*) FROM "rtree_{table}_geom"').fetchone())
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                "ORDER BY name", (table,)).fetchall()
        extension = conn.execute("SELECT table_name, column_name, extension_name FROM gpkg_extensions "
                                 "WHERE table_name = ?", (table,)).fetchall()
    finally:
        conn.close()
    return declared, rows, extent, count, index, triggers, extension


def _both(monkeypatch, tmp_path, features, kind, **options):
    """(stored with the direct append, stored by GDAL alone, parts appended directly)."""
    appended = []
    real = part_writer.prepare_part

    def spy(*args):
        prepared = real(*args)
        appended.append(prepared is not None)
        return prepared

    monkeypatch.setattr(part_writer, "prepare_part", spy)
    fast = write_layer(features(), kind, tmp_path / "fast.gpkg", "layer", part_features=40, **options)
    monkeypatch.setattr(part_writer, "prepare_part", lambda *args: None)
    slow = write_layer(features(), kind, tmp_path / "slow.gpkg", "layer", part_features=40, **options)
    assert fast.count == slow.count and fast.summary() == slow.summary()
    fast, slow = _stored(tmp_path / "fast.gpkg", "layer"), _stored(tmp_path / "slow.gpkg", "layer")
    # GDAL's own extent is off by a unit in the last place at times (its sum of envelopes): the same to 1e-12
    assert fast[2] == pytest.approx(slow[2], rel=1e-12, abs=1e-12)
    return fast[:2] + fast[3:], slow[:2] + slow[3:], appended


@pytest.mark.parametrize("derive", [False, True], ids=["as-given", "derived"])
def test_appended_plots_are_stored_as_gdal_stores_them(qgis_app, monkeypatch, tmp_path, derive):
    if not derive:  # the writer itself needs no shapely (QGIS ships 1.8 on Debian 12, or none)
        monkeypatch.setitem(sys.modules, "shapely", None)
    fast, slow, appended = _both(monkeypatch, tmp_path, lambda: _plots(500), "plots", derive=derive,
                                 producer_country="")
    assert fast == slow
    assert appended and all(appended)  # every part after the first went in directly
    assert any("4D554C5449" not in row[-1] for row in fast[1] if row)  # blobs compared above, not just counts


def test_plots_given_as_points_are_stored_as_gdal_stores_them(qgis_app, monkeypatch, tmp_path):
    def features():
        for i in range(200):
            coordinates = [-85 + i * 0.001, 12 + i * 0.0005]
            geometry = {"type": "Point", "coordinates": coordinates} if i % 3 else \
                {"type": "MultiPoint", "coordinates": [coordinates, [coordinates[0] + 0.01, coordinates[1]]]}
            yield {"type": "Feature", "properties": {"plotid": f"p{i}", "Area": 1.5}, "geometry": geometry}

    fast, slow, appended = _both(monkeypatch, tmp_path, features, "plots", producer_country="")
    assert fast == slow
    assert appended and all(appended)
    assert fast[0][1] == ("geom", "MULTIPOINT")  # plots of 4 ha or less may be points (EU rule)


def test_appended_facility_points_are_stored_as_gdal_stores_them(qgis_app, monkeypatch, tmp_path):
    fast, slow, appended = _both(monkeypatch, tmp_path, lambda: _assessments(300, odd_time_at=150), "assessments")
    assert fast == slow
    assert appended == [True, True, True, False, True, True, True, True]  # row 150's part through GDAL


def test_a_part_gdal_must_type_goes_through_gdal(qgis_app, monkeypatch, tmp_path):
    """A new property from row 200 on, a NUL in one text, a number where the column holds texts, NaN."""

    def features():
        for feature in _plots(400, odd_from=200):
            props = feature["properties"]
            n = int(props["plotid"][1:])
            if n == 90:
                props["plotid"] = "with\x00nul"
            if n == 130:
                props["collection_id"] = 7
            if n == 170:
                props["area"] = math.nan
            yield feature

    fast, slow, appended = _both(monkeypatch, tmp_path, features, "plots", derive=False)
    assert fast == slow
    # parts of 40 rows after a first one of 10: rows 90, 130, 170 (and 200's new column) go through GDAL; the
    # parts after them take the column GDAL added
    assert appended == [True, True, False, False, False, True, True, True, True, True]



def test_plots_kept_as_their_geojson_text_are_stored_as_gdal_stores_them(qgis_app, monkeypatch, tmp_path):
    """A drill-down keeps each geometry as the text it came as: read from the text (``core/gpkg/polygon_text``),
    holes, multipolygons and spaced JSON included, each blob, box and R-tree entry is GDAL's own."""
    import json

    from epoch_eudr.core.api.feature_line import RawJson

    def features():
        for n, feature in enumerate(_plots(400)):
            if feature["geometry"] is not None:
                spaced = (", ", ": ") if n % 3 else (",", ":")
                feature["geometry"] = RawJson(json.dumps(feature["geometry"], separators=spaced))
            yield feature

    read = []
    real = part_writer.prepare_part.__globals__["polygon_blobs"]
    monkeypatch.setitem(part_writer.prepare_part.__globals__, "polygon_blobs",
                        lambda *args: read.append(real(*args)) or read[-1])
    fast, slow, appended = _both(monkeypatch, tmp_path, features, "plots", derive=True, producer_country="")
    assert fast == slow
    assert appended and all(appended)
    assert sum(map(len, read)) == len([n for n in range(10, 400) if n % 13])  # every one after the first part
    assert fast[3][-1] == (len([n for n in range(400) if n % 13]),)  # an R-tree entry for each plot with a shape
