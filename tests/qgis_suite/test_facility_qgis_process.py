"""epoch_eudr:validate_facility run by qgis_process, as a script or a CI job runs it: against the sandbox and
against another server written here (FacilityAnswers), the same point twice into the same GeoPackage."""

import json

from qgis.core import QgsVectorLayer

from .facility_rule import assert_scored_by_the_page
from .helpers import qgis_process_env, results_of, run_algorithm, sandbox_login
from .helpers_fakes import HOSTILE, FacilityAnswers

KUMASI = (-1.6244, 6.6885)  # in Ghana, where cocoa grows


def _rows(uri):
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_geom": f.geometry().asPoint()}
            for f in layer.getFeatures()]


def _twice(env, out, *options):
    params = [f"POINT={KUMASI[0]},{KUMASI[1]} [EPSG:4326]", *options, f"OUTPUT={out}"]
    return [results_of(run_algorithm(env, "validate_facility", *params, timeout=120)) for _ in range(2)]


def test_qgis_process_against_the_sandbox_sends_the_options_set_and_keeps_two_rows(sandbox_server, tmp_path):
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(sandbox_server.url))
    out = tmp_path / "checks.gpkg"
    before = len(sandbox_server.facility_requests)
    first, second = _twice(env, out, "COMMODITY=cocoa", "COMMODITY_RADIUS=2500", "CHECK_ROAD_ACCESS=false",
                           "CHECK_PORT_PROXIMITY=true", "INCLUDE_DEFORESTATION=true", "INCLUDE_LEGALITY_CHECK=true")
    asked = sandbox_server.facility_requests[before:]
    assert asked == [("/validate_facility", {
        "commodity_type": "cocoa", "commodity_radius": "2500", "check_road_access": "false",
        "check_water_access": "false", "check_port_proximity": "true", "include_deforestation": "true",
        "include_legality_check": "true"})] * 2
    rows = _rows(first["OUTPUT"])
    assert first["OUTPUT"] == second["OUTPUT"] and len(rows) == 2 and len({r["check_id"] for r in rows}) == 2
    assert all((r["longitude"], r["latitude"]) == KUMASI for r in rows)
    for result, row in zip((first, second), rows):
        assert (result["SCORE"], result["LEVEL"]) == assert_scored_by_the_page(row)
        assert row["deforestation_area_ha"] is not None and row["commodity_radius"] == 2500
    sources = _rows(first["SOURCES"])
    assert len(sources) == sum(r["legality_source_count"] for r in rows) > 0
    assert {s["check_id"] for s in sources} == {r["check_id"] for r in rows}


def test_qgis_process_against_another_server_keeps_its_sources_as_data(tmp_path):
    from .helpers_fakes import serving

    with serving(FacilityAnswers) as url:
        key = {"EPOCH_API_KEY": "fake-key"}  # pragma: allowlist secret
        env = qgis_process_env(tmp_path / "profile", **key, EPOCH_USER_ID="fake-user", EPOCH_API_URL=url)
        for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD"):
            env.pop(name, None)
        out = tmp_path / "checks.gpkg"
        first, second = _twice(env, out, "COMMODITY=rubber", "CHECK_WATER_ACCESS=true",
                                "INCLUDE_LEGALITY_CHECK=true")
        asked = list(FacilityAnswers.asked)
    assert asked == [("/validate_facility", {
        "geometry": f"POINT({KUMASI[0]} {KUMASI[1]})", "commodity_type": "rubber", "check_road_access": "true",
        "check_water_access": "true", "check_port_proximity": "false", "include_legality_check": "true"})] * 2
    rows = _rows(first["OUTPUT"])
    assert first["OUTPUT"] == second["OUTPUT"] and len(rows) == 2 and len({r["check_id"] for r in rows}) == 2
    for row in rows:
        assert assert_scored_by_the_page(row) == (first["SCORE"], first["LEVEL"]) == (0.65, "medium")
        assert row["legality_summary"] == "Regional concerns <a href='javascript:x'>here</a>"  # data, as sent
    sources = sorted(_rows(first["SOURCES"]), key=lambda s: (s["position"], s["check_id"]))
    assert [(s["position"], s["url"]) for s in sources] == [(1, HOSTILE[0]["url"])] * 2 + [(2, HOSTILE[1]["url"])] * 2
    assert [s["link"] or None for s in sources] == [HOSTILE[0]["url"]] * 2 + [None] * 2
    assert json.loads(rows[0]["options_sent"])["check_water_access"] is True


def test_qgis_process_refuses_a_point_at_sea_in_words_and_exits_non_zero(sandbox_server, tmp_path):
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(sandbox_server.url))
    before = len(sandbox_server.facility_requests)
    done = run_algorithm(env, "validate_facility", "POINT=-30,40 [EPSG:4326]", f"OUTPUT={tmp_path / 'c.gpkg'}",
                         as_json=False, timeout=120)
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "POINT:" in said and "at sea" in said and "Traceback" not in said
    assert len(sandbox_server.facility_requests) == before and not (tmp_path / "c.gpkg").exists()
