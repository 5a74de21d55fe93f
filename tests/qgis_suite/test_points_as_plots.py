"""Points are plots too (issue 12, item 4): guess, check, preflight and screening of point plots in QGIS."""

import json

import pytest
from epoch_eudr.layers.inputs.source import (
    SourceError,
    build_upload,
    check_location_type,
    describe_location_guess,
    guess_location_type,
    snapshot_layer,
)
from epoch_eudr.layers.words.preflight import finding_sentences
from qgis.core import QgsMarkerSymbol, QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from .helpers import facilities_layer, memory_layer, plots_layer


def cocoa_points(area_field="Area", area_type="double", areas=(1.5, 2.0, 6.0, None)):
    """Smallholder cocoa plots as points around Soubré (Côte d'Ivoire)."""
    field = f"&field={area_field}:{area_type}" if area_field else ""
    rows = []
    for i, area in enumerate(areas):
        attrs = [f"Farm {i + 1}", "CI"] + ([area] if area_field else [])
        rows.append((f"POINT({-6.351237 - i * 0.010011:.6f} {6.051243 + i * 0.010013:.6f})", attrs))
    return memory_layer(f"Point?crs=EPSG:4326&field=ProductionPlace:string&field=ProducerCountry:string{field}",
                        rows, "cocoa_points")


def multipoints():
    return memory_layer("MultiPoint?crs=EPSG:4326&field=AREA:double", [
        ("MULTIPOINT((-6.35 6.05), (-6.351 6.051))", [1.0]), ("MULTIPOINT((-6.36 6.06))", [9.0])], "multi")


def lines():
    return memory_layer("LineString?crs=EPSG:4326&field=Area:double", [("LINESTRING(-6.35 6.05, -6.3 6.1)", [1.0])],
                        "tracks")


def test_guess_and_its_description(qgis_app):
    assert guess_location_type(cocoa_points()) == "plot"
    assert describe_location_guess(cocoa_points()) == ("plot", "plots (points)")
    assert describe_location_guess(cocoa_points(area_field="area")) == ("plot", "plots (points)")  # any case
    assert describe_location_guess(multipoints()) == ("plot", "plots (points)")
    assert describe_location_guess(plots_layer()) == ("plot", "plots (polygons)")
    assert guess_location_type(facilities_layer()) == "facility"
    assert describe_location_guess(facilities_layer()) == ("facility", "facilities (points)")
    assert guess_location_type(cocoa_points(area_field=None)) == "facility"
    assert guess_location_type(lines()) is None and describe_location_guess(lines())[0] is None
    table = memory_layer("None?field=address:string", [(None, ["Rue 1"])])
    assert describe_location_guess(table)[0] == "facility"


def test_plots_accept_points_facilities_stay_points_lines_refused(qgis_app):
    for layer in (cocoa_points(), cocoa_points(area_field=None), multipoints(), facilities_layer(), plots_layer()):
        check_location_type(layer, "plot")  # no error: points and polygons are plots
    check_location_type(cocoa_points(), "facility")  # points with an Area may still be screened as facilities
    with pytest.raises(SourceError, match="polygons"):
        check_location_type(plots_layer(), "facility")
    for kind in ("plot", "facility"):
        with pytest.raises(SourceError, match="lines"):
            check_location_type(lines(), kind)


def test_point_plots_upload_as_geojson_points_with_their_area(qgis_app):
    prepared = build_upload(snapshot_layer(cocoa_points(area_field="area", area_type="string",
                                                        areas=("1,5", "2", None, "x"))), "plot")
    collection = json.loads(prepared.upload.content)
    assert prepared.location_type == "plot" and prepared.sent == 4
    assert [f["geometry"]["type"] for f in collection["features"]] == ["Point"] * 4
    assert [f["properties"].get("Area") for f in collection["features"]] == [1.5, 2.0, None, None]
    assert collection["features"][0]["properties"]["area"] == "1,5"  # the user's own field as it was
    multi = json.loads(build_upload(snapshot_layer(multipoints()), "plot").upload.content)
    assert [f["properties"]["Area"] for f in multi["features"]] == [1.0, 9.0]
    assert multi["features"][0]["geometry"]["type"] == "MultiPoint"


def said(row):
    """A preflight row's findings as the map tip and the dock word them (stored as codes and values)."""
    return " ".join(finding_sentences(row["findings"]))


def _rows(output):
    layer = QgsVectorLayer(output, "out", "ogr")
    assert layer.isValid()
    return {f["source_fid"]: f for f in layer.getFeatures()}


def test_preflight_point_plots_twice_into_the_same_geopackage(processing, tmp_path):
    layer = cocoa_points()
    out = f"{tmp_path / 'checks.gpkg'}|layername=preflight_points"
    for _ in range(2):
        result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": out})
        rows = _rows(result["OUTPUT"])
        assert len(rows) == 4
        assert "point_over_4ha" in rows[3]["issues"] and rows[3]["severity"] == "error"
        assert "Farm 3" in said(rows[3]) and "feature 3" in said(rows[3]).lower()
        assert "point_without_area" in rows[4]["issues"] and "feature 4" in said(rows[4]).lower()
        assert rows[1]["severity"] == "ok", said(rows[1])
        assert rows[1]["area_ha"] == 1.5
        assert "holds points" not in result["SUMMARY"]
    cattle = processing.run("epoch_eudr:preflight", {"INPUT": layer, "COMMODITY": "cattle", "LOCATION_TYPE": "plot",
                                                     "OUTPUT": f"{tmp_path / 'checks.gpkg'}|layername=cattle"})
    assert "point_over_4ha" not in _rows(cattle["OUTPUT"])[3]["issues"]


def test_preflight_points_without_area_as_plots(processing, tmp_path):
    layer = cocoa_points(area_field=None)
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                     "OUTPUT": f"{tmp_path / 'p.gpkg'}|layername=x"})
    rows = _rows(result["OUTPUT"])
    assert all("point_without_area" in r["issues"] for r in rows.values())
    assert all(f"feature {fid}" in said(r).lower() for fid, r in rows.items())
    facilities = processing.run("epoch_eudr:preflight", {"INPUT": layer,
                                                         "OUTPUT": f"{tmp_path / 'p.gpkg'}|layername=y"})
    assert not any("point_without_area" in (r["issues"] or "") for r in _rows(facilities["OUTPUT"]).values())


def test_preflight_multipoint_plots(processing, tmp_path):
    result = processing.run("epoch_eudr:preflight", {"INPUT": multipoints(), "OUTPUT": str(tmp_path / "m.gpkg")})
    rows = _rows(result["OUTPUT"])
    # "AREA" is not the EU's "Area": the points count as 4 ha, and the message says why
    assert all("point_without_area" in r["issues"] and "'AREA'" in said(r) for r in rows.values())


def test_preflight_refuses_lines_as_plots(processing, tmp_path):
    with pytest.raises(QgsProcessingException, match="lines"):
        processing.run("epoch_eudr:preflight", {"INPUT": lines(), "LOCATION_TYPE": "plot",
                                                "OUTPUT": str(tmp_path / "l.gpkg")})


def test_screen_point_plots_twice_into_the_same_geopackage(processing, env_login, tmp_path):
    layer = cocoa_points()
    out = f"{tmp_path / 'screen.gpkg'}|layername=point_plots"
    for _ in range(2):
        result = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "COMMODITY": "cocoa",
                                                                "INCLUDE_DEFORESTATION": True, "OUTPUT": out})
        summary = json.loads(result["SUMMARY"])
        assert summary["total_plots"] == 4 and "total_facilities" not in summary
        assert summary["total_plot_area_ha"] == pytest.approx(1.5 + 2.0 + 6.0 + 4.0)
        written = QgsVectorLayer(result["OUTPUT"], "s", "ogr")
        assert written.isValid() and written.featureCount() == 4
        rows = list(written.getFeatures())
        assert {f["location_type"] for f in rows} == {"plot"}
        assert sorted(f["area_ha"] for f in rows) == [1.5, 2.0, 4.0, 6.0]
        # drawn as dots on the map: a point layer with marker symbols, not an empty polygon layer
        assert written.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
        assert all(isinstance(c.symbol(), QgsMarkerSymbol) for c in written.renderer().categories())


def test_screen_points_without_area_as_plots_still_works(processing, env_login, tmp_path):
    layer = cocoa_points(area_field=None)
    result = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                            "OUTPUT": f"{tmp_path / 's.gpkg'}|layername=x"})
    summary = json.loads(result["SUMMARY"])
    assert summary["total_plots"] == 4  # the API decides: each point counts as 4 ha
    assert summary["total_plot_area_ha"] == pytest.approx(16.0)
    auto = processing.run("epoch_eudr:screen_locations", {"INPUT": layer,
                                                          "OUTPUT": f"{tmp_path / 's.gpkg'}|layername=y"})
    assert "total_facilities" in json.loads(auto["SUMMARY"])  # no Area field: guessed as facilities


def test_screen_refuses_lines(processing, env_login, tmp_path):
    with pytest.raises(QgsProcessingException, match="lines"):
        processing.run("epoch_eudr:screen_locations", {"INPUT": lines(), "LOCATION_TYPE": "plot",
                                                       "OUTPUT": str(tmp_path / "l.gpkg")})


def mixed_file(tmp_path):
    """A GeoJSON file mixing points, multipoints, a polygon and a line (QGIS types it by its first feature)."""
    def feature(kind, coordinates, **props):
        return {"type": "Feature", "properties": {"ProducerCountry": "CI", **props},
                "geometry": {"type": kind, "coordinates": coordinates}}

    square = [[[-6.301234, 6.001234], [-6.291234, 6.001234], [-6.291234, 6.011234], [-6.301234, 6.011234],
               [-6.301234, 6.001234]]]
    path = tmp_path / "mixed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        feature("Point", [-6.351234, 6.051234], Area=1.0),
        feature("MultiPoint", [[-6.361234, 6.061234], [-6.362234, 6.062234]], Area=7.0),
        feature("Point", [-6.371234, 6.071234]),
        feature("Polygon", square),
        feature("LineString", [[-6.3, 6.0], [-6.29, 6.0]]),
    ]}))
    layer = QgsVectorLayer(str(path), "mixed", "ogr")
    assert layer.isValid() and layer.featureCount() == 5
    return layer


def test_mixed_file_preflight_and_screening_as_plots(processing, env_login, tmp_path):
    layer = mixed_file(tmp_path)
    check_location_type(layer, "plot")
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                     "OUTPUT": f"{tmp_path / 'm.gpkg'}|layername=checks"})
    # points and polygons are written as two layers (OUTPUT: the points, OTHER_OUTPUT: the polygon and the line)
    rows = {**_rows(result["OUTPUT"]), **_rows(result["OTHER_OUTPUT"])}
    issues = {fid: (r["issues"] or "").split(",") for fid, r in rows.items()}
    source_fids = sorted(issues)
    first, multi, bare, polygon, line = (issues[fid] for fid in source_fids)
    assert set(first) <= {"", "eu_country_risk"}  # a point plot with its Area: no issue (only the EU risk note)
    assert "point_over_4ha" in multi and "point_without_area" in bare
    assert not {"point_without_area", "point_over_4ha"} & set(polygon)
    assert "unsupported_type" in line
    screened = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                              "OUTPUT": f"{tmp_path / 'm.gpkg'}|layername=screen"})
    rows = list(QgsVectorLayer(screened["OUTPUT"], "s", "ogr").getFeatures())
    assert len(rows) == 4  # the line is not sent
    assert sorted(round(f["area_ha"], 1) for f in rows)[:3] == [1.0, 4.0, 7.0]
