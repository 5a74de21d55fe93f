"""The offline country lookup reads world_map.gpkg through OGR, whatever the geometry encoding.

QGIS >= 3.40 ships a world map whose Russia and Ukraine rows are SpatiaLite blobs, not
GeoPackage blobs; a hand-written GeoPackage decoder crashed on them (issue 11).
"""

import sqlite3
import struct

import pytest

ogr = pytest.importorskip("osgeo.ogr")  # GDAL's bindings come with every QGIS install
from epoch_eudr.core.countries import RegionIndex, find_world_map, load_regions  # noqa: E402


def _spatialite_polygon(ring, srid=4326) -> bytes:
    """A SpatiaLite geometry blob (little-endian) for a one-ring polygon."""
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    body = struct.pack("<iii", 3, 1, len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
    mbr = struct.pack("<dddd", min(xs), min(ys), max(xs), max(ys))
    return b"\x00\x01" + struct.pack("<i", srid) + mbr + b"\x7c" + body + b"\xfe"


@pytest.fixture
def mixed_world_map(tmp_path):
    """A countries layer whose first row is a GeoPackage blob and whose second is a SpatiaLite blob."""
    from osgeo import osr

    path = tmp_path / "world_map.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = source.CreateLayer("countries", srs, ogr.wkbMultiPolygon)
    for name in ("iso_a2", "NAME"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for code, name, x0 in (("AA", "Alpha", 0), ("BB", "Beta", 10)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("iso_a2", code)
        feature.SetField("NAME", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOLYGON((({x0} 0,{x0 + 5} 0,{x0 + 5} 5,{x0} 5,{x0} 0)))"))
        layer.CreateFeature(feature)
    source = None
    with sqlite3.connect(path) as conn:  # the GeoPackage triggers need SpatiaLite functions: drop them
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        blob = _spatialite_polygon([(10, 0), (15, 0), (15, 5), (10, 5), (10, 0)])
        conn.execute("UPDATE countries SET geom = ? WHERE iso_a2 = 'BB'", (blob,))
    return path


def test_both_blob_encodings_are_read(mixed_world_map):
    with sqlite3.connect(mixed_world_map) as conn:
        heads = [bytes(row[0][:2]) for row in conn.execute("SELECT geom FROM countries ORDER BY fid")]
    assert heads == [b"GP", b"\x00\x01"]  # the fixture really mixes both encodings

    items = load_regions(str(mixed_world_map))
    assert [region.code for region, _ in items] == ["AA", "BB"]
    index = RegionIndex(items)
    assert index.lookup(2.5, 2.5).name == "Alpha"
    assert index.lookup(12.5, 2.5).name == "Beta"
    assert index.lookup(7.5, 2.5) is None
    assert [r.code if r else None for r in index.lookup_points([(1, 1), (11, 1), None, (8, 1)])] == [
        "AA", "BB", None, None]


def test_missing_layer_is_a_clear_error(mixed_world_map):
    with pytest.raises(OSError, match="no layer 'nowhere'"):
        load_regions(str(mixed_world_map), "nowhere")


@pytest.mark.skipif(find_world_map() is None, reason="QGIS's world_map.gpkg is not installed")
def test_installed_world_map_reads_every_row():
    path = find_world_map()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT count(*) FROM countries WHERE geom IS NOT NULL").fetchone()[0]
        spatialite_rows = conn.execute(
            "SELECT count(*) FROM countries WHERE geom IS NOT NULL AND substr(geom, 1, 2) <> X'4750'").fetchone()[0]
    index = RegionIndex(load_regions(path))
    assert len(index) == rows
    assert index.lookup(-86.25, 12.13).code == "NI"  # Managua
    assert index.lookup(37.62, 55.75).code == "RU"  # Moscow
    assert index.lookup(30.52, 50.45).code == "UA"  # Kyiv
    if spatialite_rows:  # the newer file (QGIS >= 3.40) draws Crimea inside Ukraine
        assert index.lookup(34.1, 44.95).code == "UA"


@pytest.mark.skipif(find_world_map() is None, reason="QGIS's world_map.gpkg is not installed")
def test_points_looked_up_together_get_the_answer_of_each_alone():
    """``lookup_points`` answers from the grid cells, then tests the points of mixed cells together: each point
    gets what ``lookup`` gives it alone, on coasts, borders and the cells' own edges too."""
    import random

    from epoch_eudr.core.countries import CELL_DEGREES

    rng = random.Random(11)
    points = [(rng.uniform(-180, 180), rng.uniform(-60, 75)) for _ in range(3000)]
    points += [(rng.uniform(-9, 3), rng.uniform(4, 11)) for _ in range(3000)]  # West Africa's borders and coast
    points += [(round(x / CELL_DEGREES) * CELL_DEGREES, y) for x, y in points[:500]]  # on a cell's edge
    points += [None, (float("nan"), 1.0)]
    together = RegionIndex(load_regions(find_world_map())).lookup_points(points)
    alone = RegionIndex(load_regions(find_world_map()))
    assert together == [alone.lookup(*p) if p else None for p in points]
    assert sum(r is not None for r in together) > 3000
