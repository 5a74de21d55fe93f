"""epoch_eudr:preflight on a GeoJSON file reports what QGIS repairs silently on reading (issue 14 item 4).

QGIS closes an unclosed ring, reads a Point written [[x, y]], and turns a column mixing numbers
and text into a JSON field whose values read as NULL: the layer looks fine while the file, as
uploaded, is refused or misread by the EU system (2026 text, rules 1, 6, 9).
"""

import json

from qgis.core import QgsVectorLayer

SQUARE = [[-85.9, 13.1], [-85.89, 13.1], [-85.89, 13.11], [-85.9, 13.11], [-85.9, 13.1]]


def test_raw_file_problems_reach_the_preflight_output(processing, tmp_path):
    features = [
        {"type": "Feature", "properties": {"ProducerCountry": "NI", "Area": 1.5},
         "geometry": {"type": "Polygon", "coordinates": [SQUARE]}},
        {"type": "Feature", "properties": {"ProducerCountry": "NI", "Area": "3"},
         "geometry": {"type": "Polygon", "coordinates": [SQUARE[:-1]]}},  # not closed, Area as text
        {"type": "Feature", "properties": {"producercountry": "NI", "Area": 2},
         "geometry": {"type": "Point", "coordinates": [[-85.95, 13.15]]}},  # [[x, y]], wrong-case name
    ]
    path = tmp_path / "plots.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    layer = QgsVectorLayer(str(path), "plots", "ogr")
    assert layer.featureCount() == 3  # QGIS reads them all, repaired
    for _ in range(2):  # twice into the same file, as users do
        result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                         "OUTPUT": f"{tmp_path / 'check.gpkg'}|layername=check"})
        rows = sorted(QgsVectorLayer(result["OUTPUT"], "c", "ogr").getFeatures(), key=lambda f: f["source_fid"])
        issues = [set(f["issues"].split(",")) - {""} for f in rows]
        assert "ring_not_closed" in issues[1] and "area_not_number" in issues[1]
        assert {"point_nested_coordinates", "property_wrong_case"} <= issues[2]
        assert not {"ring_not_closed", "point_nested_coordinates", "property_wrong_case"} & issues[0]
        assert rows[1]["severity"] == "error"
