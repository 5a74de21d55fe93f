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
