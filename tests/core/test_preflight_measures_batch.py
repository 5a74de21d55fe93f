"""The preflight's measures of a batch (type names and the point each is located by, read for the whole batch at
once) are each geometry's own: ``geom_type`` and ``point_on_surface``."""

import pytest

shapely = pytest.importorskip("shapely")
from epoch_eudr.core.preflight import measures  # noqa: E402

WKT = ["POINT (1 2)", "LINESTRING (0 0, 1 1)", "POLYGON ((0 0, 1 0, 1 1, 0 0))", "MULTIPOINT ((1 2), (3 4))",
       "MULTILINESTRING ((0 0, 1 1))", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
       "GEOMETRYCOLLECTION (POINT (1 2), POLYGON ((0 0, 1 0, 1 1, 0 0)))", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))",
       "POINT EMPTY", "POLYGON EMPTY", "POINT (200 10)", "POLYGON ((-86.1 12.1, -86.0 12.1, -86.0 12.2, -86.1 12.1))"]


@pytest.mark.skipif(not measures.VECTORISED, reason="shapely 1.8 measures one geometry at a time")
def test_kinds_and_points_of_a_batch_are_each_geometry_s_own():
    geometries = [shapely.from_wkt(text) for text in WKT] + [None]
    found = measures.measure(geometries)
    for geometry, m in zip(geometries, found):
        assert m.kind == (None if geometry is None else geometry.geom_type)
        if geometry is None or geometry.is_empty or m.out_of_range:
            assert m.point is None
        else:
            point = shapely.point_on_surface(geometry)
            assert m.point == (point.x, point.y)


def test_clustered_and_spread_out_plots_get_the_regions_of_one_vectorised_query():
    """Plots sharing a few grid cells are looked up one by one (cells remembered), spread-out ones in one query:
    the same regions either way, and the same as the index's vectorised answer."""
    import random

    from epoch_eudr.core.countries import world_index
    from epoch_eudr.core.preflight import check

    index = world_index()
    if index is None:
        pytest.skip("no world map (QGIS's world_map.gpkg) on this machine")
    rng = random.Random(3)
    clustered = [(rng.uniform(-86.3, -85.9), rng.uniform(12.9, 13.3)) for _ in range(400)] + [None]
    spread = [(rng.uniform(-180, 180), rng.uniform(-60, 75)) for _ in range(400)] + [(float("nan"), 1.0)]
    for points in (clustered, spread):
        assert check._regions(index, points) == index.lookup_points(points)
    assert {r.code for r in check._regions(index, clustered) if r} == {"NI"}
