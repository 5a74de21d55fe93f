"""Polygons read from their GeoJSON text (``core/gpkg/polygon_text.py``) give the very blobs and boxes the decoded
path (``append._geometry_blobs`` on ``json.loads``) gives, and every text that is not a plain polygon, or whose
numbers JSON would not read as a float parser does, is left to that path."""

import json
import random

import pytest
from epoch_eudr.core.gpkg import append
from epoch_eudr.core.gpkg.polygon_text import polygon_blobs

pytest.importorskip("numpy")


class _Layer:
    def __init__(self, geometry_type):
        self.geometry_type, self.srs_id = geometry_type, 4326


def _ring(rng, x, y, n):
    ring = [[round(x + rng.uniform(-0.01, 0.01), rng.choice((0, 3, 7, 9))), round(y + rng.uniform(-0.01, 0.01), 7)]
            for _ in range(n - 1)]
    return ring + [list(ring[0])]


def _texts(rng):
    """Plain polygons written as servers write them: compact or spaced, either member first, with holes, as
    multipolygons, with integers, exponents, negative zeros as floats."""
    texts = []
    for i in range(300):
        x, y = rng.uniform(-180, 180), rng.uniform(-90, 90)
        rings = [_ring(rng, x, y, rng.randint(4, 12)) for _ in range(rng.choice((1, 1, 2, 3)))]
        geometry = {"type": "Polygon", "coordinates": rings}
        if i % 4 == 1:
            geometry = {"type": "MultiPolygon", "coordinates": [rings, [_ring(rng, x + 1, y, 5)]]}
        if i % 5 == 2:
            geometry = {"coordinates": geometry["coordinates"], "type": geometry["type"]}
        text = json.dumps(geometry, separators=(",", ":") if i % 3 else (", ", ": "))
        if i % 7 == 3:
            text = text.replace("[[", "[ [").replace("]]", "] ]\n")
        texts.append(text)
    texts.append('{"type":"Polygon","coordinates":[[[0,0],[1e-05,0],[1E+1,2.5e1],[-0.0,-0.0],[0,0]]]}')
    texts.append('{"type":"Polygon","coordinates":[[[12345678901234567890,1],[2,1],[2,2],[12345678901234567890,1]]]}')
    return texts


@pytest.mark.parametrize("geometry_type", ["MULTIPOLYGON", "POLYGON"])
def test_the_blobs_read_from_text_are_the_decoded_paths(geometry_type):
    texts = _texts(random.Random(7))
    read = polygon_blobs(texts, geometry_type, 4326)
    layer = _Layer(geometry_type)
    for index, text in enumerate(texts):
        decoded = append._geometry_blobs(layer, [json.loads(text)])
        if geometry_type == "POLYGON" and json.loads(text)["type"] == "MultiPolygon":
            assert index not in read and decoded is None
            continue
        assert decoded is not None, text
        assert read[index] == (decoded[0][0], decoded[1][0]), text
    assert len(read) == len(texts) - (75 if geometry_type == "POLYGON" else 0)


#: (text, whether the part's other texts are still read here: not when a number is one JSON would not read)
ODD = [
    ('{"type":"Polygon","coordinates":[[[+1,0],[1,1],[0,1],[+1,0]]]}', False),  # JSON has no plus sign
    ('{"type":"Polygon","coordinates":[[[01,0],[1,1],[0,1],[01,0]]]}', False),  # nor leading zeros
    ('{"type":"Polygon","coordinates":[[[.5,0],[1,1],[0,1],[.5,0]]]}', False),
    ('{"type":"Polygon","coordinates":[[[1.,0],[1,1],[0,1],[1.,0]]]}', False),
    ('{"type":"Polygon","coordinates":[[[-0,0],[1,1],[0,1],[-0,0]]]}', False),  # JSON's 0, a float parser's -0.0
    ('{"type":"Polygon","coordinates":[[[1e400,0],[1,1],[0,1],[1e400,0]]]}', False),  # beyond a double
    ('{"type":"Polygon","coordinates":[[[1-2,0],[1,1],[0,1],[1-2,0]]]}', False),
    ('{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,1],[0,2]]]}', True),  # an open ring
    ('{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}', True),  # three positions
    ('{"type":"Polygon","coordinates":[[[0,0,5],[1,1,5],[0,1,5],[0,0,5]]]}', True),  # 3D
    ('{"type":"Polygon","coordinates":[[[0],[1,1,1],[0,1],[0,0]]]}', True),  # one number, then three
    ('{"type":"Polygon","bbox":[0,0,1,1],"coordinates":[[[0,0],[1,1],[0,1],[0,0]]]}', True),  # a member more
    ('{"type":"Point","coordinates":[0,0]}', True),
    ('{"type":"Polygon","coordinates":[[[NaN,0],[1,1],[0,1],[NaN,0]]]}', True),
    ('{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"crs":null}', True),
]


@pytest.mark.filterwarnings("ignore:string or file could not be read")  # numpy 1 on 1-2 (numpy 2 raises)
@pytest.mark.parametrize("text, others_read", ODD)
def test_a_text_that_is_not_a_plain_polygon_is_left_to_the_decoded_path(text, others_read):
    plain = '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}'
    read = polygon_blobs([plain, text], "MULTIPOLYGON", 4326)
    assert sorted(read) == ([0] if others_read else [])
