"""epoch_eudr:validate_facility and screen_locations' facility validation options, through processing.run.

"""

import pytest
from epoch_eudr.processing_provider.alg_validate_facility import ValidateFacility
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from .facility_rule import assert_scored_by_the_page
from .helpers import facilities_layer

BANGKOK = (100.5018, 13.7563)


@pytest.fixture
def validate_facility(processing):
    algorithm = QgsApplication.processingRegistry().algorithmById("epoch_eudr:validate_facility")
    assert isinstance(algorithm, ValidateFacility)  # the provider lists it
    return processing


def _mercator(lon, lat):
    point = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(
        "EPSG:3857"), QgsProject.instance()).transform(QgsPointXY(lon, lat))
    return f"{point.x()},{point.y()} [EPSG:3857]"


def _features(uri):
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_geom": f.geometry().asPoint()}
            for f in layer.getFeatures()]


def test_validate_facility_appends_a_row_per_run_with_its_sources(validate_facility, env_login, sandbox_server,
                                                                     tmp_path):
    out = tmp_path / "checks.gpkg"
    parameters = {"POINT": _mercator(*BANGKOK), "COMMODITY": "rubber", "COMMODITY_RADIUS": 2500,
                  "INCLUDE_LEGALITY_CHECK": True, "CHECK_WATER_ACCESS": True, "OUTPUT": str(out)}
    first = validate_facility.run("epoch_eudr:validate_facility", parameters)
    path, sent = sandbox_server.facility_requests[-1]
    assert path == "/validate_facility" and sent["commodity_radius"] == "2500" and sent["commodity_type"] == "rubber"
    assert sent["include_legality_check"] == "true" and sent["check_water_access"] == "true"
    assert "include_deforestation" not in sent  # not asked: not sent
    second = validate_facility.run("epoch_eudr:validate_facility", parameters)  # the same point again
    rows = _features(second["OUTPUT"])
    assert first["OUTPUT"] == second["OUTPUT"] and len(rows) == 2 and len({r["check_id"] for r in rows}) == 2
    row = rows[0]
    for each in rows:
        assert abs(each["_geom"].x() - BANGKOK[0]) < 1e-6 and abs(each["_geom"].y() - BANGKOK[1]) < 1e-6
    assert row["commodity_radius"] == 2500 and first["SCORE"] == row["confidence_score"]
    assert (first["SCORE"], first["LEVEL"]) == assert_scored_by_the_page(row)  # Epoch's page's rule
    sources = _features(first["SOURCES"])
    assert {s["check_id"] for s in sources} <= {r["check_id"] for r in rows}
    assert len(sources) == sum(r["legality_source_count"] for r in rows)
    assert all(s["link"].startswith("https://example.org/sandbox/") for s in sources)


def test_validate_facility_refuses_a_point_at_sea_unasked(validate_facility, env_login, sandbox_server, tmp_path):
    before = len(sandbox_server.facility_requests)
    with pytest.raises(QgsProcessingException) as refused:
        validate_facility.run("epoch_eudr:validate_facility", {"POINT": "-30,40 [EPSG:4326]",
                                                               "OUTPUT": str(tmp_path / "c.gpkg")})
    assert "POINT:" in str(refused.value) and "at sea" in str(refused.value)
    assert len(sandbox_server.facility_requests) == before and not (tmp_path / "c.gpkg").exists()


def test_screen_locations_with_a_radius_uses_validate_facilities_and_writes_the_same_layer(
        processing, env_login, sandbox_server, tmp_path):
    layer = facilities_layer()
    plain = processing.run("epoch_eudr:screen_locations", {
        "INPUT": layer, "COMMODITY": "cocoa", "OUTPUT": str(tmp_path / "plain.gpkg")})
    hits = sandbox_server.hits.get("/validate_facilities", 0)
    radius = processing.run("epoch_eudr:screen_locations", {
        "INPUT": layer, "COMMODITY": "cocoa", "COMMODITY_RADIUS": 1500, "INCLUDE_LEGALITY_CHECK": True,
        "OUTPUT": str(tmp_path / "radius.gpkg")})
    assert sandbox_server.hits["/validate_facilities"] == hits + 1
    path, sent = sandbox_server.facility_requests[-1]
    assert path == "/validate_facilities" and sent["commodity_radius"] == "1500"
    assert sent["include_legality_check"] == "true" and "location_type" not in sent
    before, after = _features(plain["OUTPUT"]), _features(radius["OUTPUT"])
    assert len(before) == len(after) == 3
    schema = set(QgsVectorLayer(plain["OUTPUT"], "p", "ogr").fields().names())
    assert schema <= set(QgsVectorLayer(radius["OUTPUT"], "r", "ogr").fields().names())  # written the same way
    assert [r["epoch_source_fid"] for r in after] == [r["epoch_source_fid"] for r in before]
    for row in after:
        if row["confidence_level"] != "invalid":
            assert_scored_by_the_page(row)
    assert any(r["commodity_presence"] < b["commodity_presence"] for r, b in zip(after, before)
               if b["commodity_presence"])  # a smaller radius finds less of the commodity


def test_the_radius_is_for_facilities_only(processing, env_login, tmp_path):
    from .helpers import plots_layer

    with pytest.raises(QgsProcessingException) as refused:
        processing.run("epoch_eudr:screen_locations", {"INPUT": plots_layer(), "COMMODITY_RADIUS": 1000,
                                                        "OUTPUT": str(tmp_path / "p.gpkg")})
    assert "facilities (points) only" in str(refused.value)


def test_validate_facility_sends_the_options_set_to_another_server_and_keeps_two_rows(validate_facility, fake_epoch,
                                                                                      monkeypatch, tmp_path):
    """Another server than the sandbox (an API key, its URL as SERVER): every parameter as set is sent, the same
    point twice gives two rows, the hostile sources are kept as data with a link only for https."""
    from .helpers_fakes import HOSTILE, FacilityAnswers

    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EPOCH_API_KEY", "fake-key")
    monkeypatch.setenv("EPOCH_USER_ID", "fake-user")
    out = tmp_path / "checks.gpkg"
    parameters = {"POINT": _mercator(*BANGKOK), "COMMODITY": "coffee", "COMMODITY_RADIUS": 1200,
                  "CHECK_ROAD_ACCESS": False, "CHECK_WATER_ACCESS": True, "CHECK_PORT_PROXIMITY": True,
                  "INCLUDE_DEFORESTATION": True, "INCLUDE_LEGALITY_CHECK": True, "SERVER": fake_epoch,
                  "OUTPUT": str(out)}
    first = validate_facility.run("epoch_eudr:validate_facility", parameters)
    second = validate_facility.run("epoch_eudr:validate_facility", parameters)
    assert [path for path, _ in FacilityAnswers.asked] == ["/validate_facility"] * 2
    sent = FacilityAnswers.asked[0][1]
    lon, lat = (float(v) for v in sent.pop("geometry")[6:-1].split())
    assert abs(lon - BANGKOK[0]) < 1e-6 and abs(lat - BANGKOK[1]) < 1e-6  # 3857 moved to WGS 84
    assert sent == {"commodity_type": "coffee", "commodity_radius": "1200", "check_road_access": "false",
                    "check_water_access": "true", "check_port_proximity": "true", "include_deforestation": "true",
                    "include_legality_check": "true"}
    rows = _features(second["OUTPUT"])
    assert first["OUTPUT"] == second["OUTPUT"] and len(rows) == 2 and len({r["check_id"] for r in rows}) == 2
    for row in rows:
        assert (first["SCORE"], first["LEVEL"]) == assert_scored_by_the_page(row) == (0.65, "medium")
        assert row["legality_source_count"] == 2 and row["legality_risk_level"] == "medium"
    sources = _features(first["SOURCES"])
    assert len(sources) == 4 and {s["check_id"] for s in sources} == {r["check_id"] for r in rows}
    links = sorted((s["position"], s["link"] or None) for s in sources)
    assert links == [(1, HOSTILE[0]["url"])] * 2 + [(2, None)] * 2
