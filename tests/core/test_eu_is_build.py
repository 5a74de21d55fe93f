"""Statements built from production places, and every refusal found before sending (no request reaches the fake:
its received list stays empty), the split over the limits, the Annex I table, and the records' schedule."""

import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, RateLimiter, checks
from epoch_eudr.core.eu_is import build as build_module
from epoch_eudr.core.eu_is.build import StatementForm, build_statement, preview, split
from epoch_eudr.core.eu_is.checks import StatementRefused, refuse
from epoch_eudr.core.eu_is.hs_headings import commodity_of, is_wood
from epoch_eudr.core.eu_is.records import (
    StatementFile,
    StatementRecord,
    due_checks,
    iso,
    merge,
    now_utc,
    server_key,
)
from epoch_eudr.core.eu_is.statement import Producer
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402

fake = eu_is_support.fake
REPO = Path(__file__).resolve().parents[2]


def square(lon, lat, size=0.01):
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + size, lat], [lon + size, lat + size],
                                                [lon, lat + size], [lon, lat]]]}


def rows(n=4, producers=2):
    return [(10 + i, {"ProducerName": f"Coop {i % producers}", "ProducerCountry": "CI", "Area": 1.2},
             square(-5.5 + i * 0.03, 6.5)) for i in range(n)]


def form(**changes):
    values = dict(activity="IMPORT", hs_heading="1801", description="Cocoa beans", net_mass_kg="1000",
                  eori="FR1234567890123", country_of_activity="FR", internal_reference="PO-1")
    values.update(changes)
    return StatementForm(**values)


def codes(built):
    return [p.code for p in preview(built).problems]


def test_one_producer_entry_per_producer_with_its_places_in_eu_geojson():
    places = rows(4) + [(99, {"ProducerName": "Coop 0", "ProducerCountry": "CI", "Extra": "x"},
                         {"type": "Point", "coordinates": [-5.123456789, 6.987654321, 12.0]})]
    built = build_statement(places, form())
    line = built.statement.commodities[0]
    assert [(p.name, p.country) for p in line.producers] == [("Coop 0", "CI"), ("Coop 1", "CI")]
    sent = Producer.decode_geometry(line.producers[0].geometry_base64())  # what travels, decoded
    assert sent["type"] == "FeatureCollection" and len(sent["features"]) == 3
    point = sent["features"][-1]
    assert point["geometry"] == {"type": "Point", "coordinates": [-5.123456, 6.987654]}  # truncated, 2D
    assert set(point["properties"]) == {"ProducerName", "ProducerCountry"}  # the EU's properties only
    assert built.labels[(1, 1, 3)] == 99 and built.labels[(1, 2, 1)] == 11
    seen = preview(built)
    assert (seen.producers, seen.places, seen.problems) == (2, 5, [])
    assert seen.geolocation_bytes == built.statement.geolocation_bytes() > 0


def test_chosen_fields_and_rows_without_producer_country_or_geometry_are_named():
    places = [(1, {"Productor": "A", "Pais": "ni"}, square(-85.9, 13.2)), (2, {"Productor": "", "Pais": "NI"},
              square(-85.8, 13.2)), (3, {"Productor": "B", "Pais": None}, square(-85.7, 13.2)),
              (4, {"Productor": "C", "Pais": "NI"}, None)]
    built = build_statement(places, form(producer_field="Productor", country_field="Pais"))
    assert [p.message for p in built.problems] == [
        "Feature 2: no producer name in the field 'Productor'.",
        "Feature 3: no producer country in the field 'Pais' (the two-letter ISO code).",
        "Feature 4: no geometry; a production place needs its point or polygon."]
    assert built.statement.commodities[0].producers[0].country == "NI"
    missing = build_statement(places, form())
    assert [p.code for p in missing.problems] == ["eu_is_check_field_missing"] * 2
    assert "no field 'ProducerName'" in missing.problems[0].message and "Productor" in missing.problems[0].message


@pytest.mark.parametrize("changes, code, words", [
    ({"eori": ""}, "eu_is_check_eori_missing", "IMPORT needs the operator's EORI"),
    ({"eori": "12345"}, "eu_is_check_eori_format", "not an EORI number"),
    ({"net_mass_kg": None}, "eu_is_check_net_mass_missing", "needs the net mass"),
    ({"activity": "DOMESTIC", "net_mass_kg": None, "eori": ""}, "eu_is_check_quantity_missing", "net mass (kg) or"),
    ({"net_mass_kg": "-3"}, "eu_is_check_quantity_not_positive", "netWeight must be more than 0"),
    ({"net_mass_kg": "1.1234567"}, "eu_is_check_quantity_format", "at most 6 decimals"),
    ({"supplementary_unit": "5"}, "eu_is_check_qualifier_missing", "needs its qualifier"),
    ({"supplementary_unit": "5", "supplementary_unit_qualifier": "M"}, "eu_is_check_qualifier_format", "'M'"),
    ({"hs_heading": "4407", "description": "Sawn oak"}, "eu_is_check_species_missing", "is wood"),
    ({"hs_heading": "8703"}, "eu_is_check_hs_annex", "not in Regulation (EU) 2023/1115, Annex I"),
    ({"hs_heading": "18a"}, "eu_is_check_hs_format", "2 to 6 digits"),
    ({"description": ""}, "eu_is_check_description", "description of the goods"),
    ({"description": "x" * 151}, "eu_is_check_too_long", "descriptionOfGoods has 151 characters"),
    ({"internal_reference": "R" * 51}, "eu_is_check_too_long", "internalReferenceNumber has 51"),
    ({"country_of_activity": "CH"}, "eu_is_check_eu_country", "countryOfActivity 'CH'"),
    ({"operator_role": "REPRESENTATIVE_OPERATOR"}, "eu_is_check_represented_missing", "represented operator"),
    ({"associated_statements": ["not a reference!"]}, "eu_is_check_reference", "not a reference number"),
])
def test_each_business_rule_and_schema_limit_is_refused_before_any_request(fake, changes, code, words):
    before = len(fake.received)
    built = build_statement(rows(), form(**changes))
    found = preview(built).problems
    assert found and found[0].code == code and words in found[0].message, [p.message for p in found]
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=RateLimiter())
    with pytest.raises(StatementRefused) as caught:
        refuse(found)  # the gate every submit goes through (layers.operations.eu_statements.submit)
        client.submit_dds(built.statement)
    assert caught.value.kind == "refused" and caught.value.code == code
    assert len(fake.received) == before  # nothing was sent


def test_species_given_for_wood_passes():
    built = build_statement(rows(), form(hs_heading="4407", description="Sawn oak", scientific_name="Quercus robur",
                                         common_name="Oak"))
    assert codes(built) == []


def test_the_geolocation_rules_run_on_the_geojson_as_sent():
    bow_tie = {"type": "Polygon", "coordinates": [[[-5.5, 6.5], [-5.4, 6.6], [-5.4, 6.5], [-5.5, 6.6], [-5.5, 6.5]]]}
    big_point = {"type": "Point", "coordinates": [-5.2, 6.4]}
    places = rows(2) + [(7, {"ProducerName": "Coop X", "ProducerCountry": "CI"}, bow_tie),
                        (8, {"ProducerName": "Coop Y", "ProducerCountry": "CI", "Area": 12}, big_point)]
    found = preview(build_statement(places, form())).problems
    assert [(p.code, p.params["finding_code"], p.params["feature"]) for p in found] == [
        ("eu_is_check_place", "self_intersection", 7), ("eu_is_check_place_named", "point_over_4ha", 8)]
    assert found[0].message.startswith("Commodity 1, producer 3 (Coop X), feature 7: The outline crosses itself")
    cattle = preview(build_statement(places[:2] + places[3:], form(hs_heading="0201", description="Beef")))
    assert cattle.problems == []  # a cattle establishment's point has no 4 ha limit


def test_over_the_limits_is_refused_with_the_parts_a_split_gives_and_split_keeps_the_totals(monkeypatch):
    monkeypatch.setattr(checks, "MAX_PRODUCERS_PER_COMMODITY", 2)
    monkeypatch.setattr(build_module, "MAX_PRODUCERS_PER_COMMODITY", 2)
    built = build_statement(rows(10, producers=5), form(net_mass_kg="1000.000001", supplementary_unit="7",
                                                        supplementary_unit_qualifier="NAR"))
    seen = preview(built)
    assert seen.parts == 3 and seen.problems[0].code == "eu_is_check_producers_per_commodity"
    assert "5 producers, but at most 2 per commodity" in seen.problems[0].message and "3 statements" in \
        seen.problems[0].message
    parts = split(built)
    assert [p.statement.internal_reference for p in parts] == ["PO-1-1of3", "PO-1-2of3", "PO-1-3of3"]
    assert [len(p.statement.commodities[0].producers) for p in parts] == [2, 2, 1]
    masses = [p.statement.commodities[0].net_mass_kg for p in parts]
    assert sum(float(m) for m in masses) == pytest.approx(1000.000001) and masses[-1] < masses[0]  # by area
    from decimal import Decimal
    assert sum(Decimal(m) for m in masses) == Decimal("1000.000001")
    assert all(preview(p).problems == [] for p in parts)
    assert sorted(fid for p in parts for fid in p.fids) == sorted(built.fids)


def test_over_10000_producers_in_a_statement_is_refused_before_any_request(fake, monkeypatch):
    """The statement's own limit (10,000 producers over all its commodity lines), beside each line's 1,000."""
    monkeypatch.setattr(checks, "MAX_PRODUCERS_PER_STATEMENT", 1)  # the real 10,000 needs 10,001 places
    statement = eu_is_support.rich_statement("PO-LIMIT-1")  # two commodity lines, one producer each
    problems, _warnings = checks.check_statement(statement)
    found = [p for p in problems if p.code == "eu_is_check_producers_per_statement"]
    assert found and "2 producers" in found[0].message and "2 statements" in found[0].message, \
        [p.message for p in problems]
    client = EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=RateLimiter())
    before = len(fake.received)
    with pytest.raises(StatementRefused):
        refuse(problems)
        client.submit_dds(statement)
    assert len(fake.received) == before


def test_geolocation_over_25_mb_is_refused(monkeypatch):
    monkeypatch.setattr(checks, "MAX_GEOLOCATION_BYTES", 600)
    monkeypatch.setattr(build_module, "MAX_GEOLOCATION_BYTES", 600)
    built = build_statement(rows(6, producers=6), form())
    seen = preview(built)
    assert seen.problems[0].code == "eu_is_check_geolocation_size" and seen.parts > 1
    assert all(p.statement.geolocation_bytes() <= 600 for p in split(built))


def test_annex_i_table():
    assert (commodity_of("0901"), commodity_of("090111"), commodity_of("4407.11"), commodity_of("0102")) == \
        ("coffee", "coffee", "timber", "cattle")
    assert commodity_of("8703") is None and commodity_of("0103") is None and is_wood("4819") and not is_wood("1801")


def test_sample_plots_build_without_refusal():
    data = json.loads((REPO / "tests" / "data" / "real" / "nicaragua_coffee_efico.geojson").read_text("utf-8"))
    places = [(n, {**f["properties"], "ProducerName": f"Farm {n}", "ProducerCountry": "NI"}, f["geometry"])
              for n, f in enumerate(data["features"])]
    built = build_statement(places, form(hs_heading="0901", description="Green coffee"))
    assert preview(built).producers == len(places)


def test_records_schedule_merge_and_file(tmp_path):
    now = now_utc()
    local = StatementRecord("R1", local_id="a", server=server_key("http://127.0.0.1:9/tracesnt"), status="SUBMITTED",
                            submitted_at=iso(now - timedelta(seconds=5)))
    remote = StatementRecord("R2", local_id="b", server=server_key("https://acceptance.eudr.webcloud.ec.europa.eu"),
                             status="SUBMITTED", submitted_at=iso(now - timedelta(minutes=29)))
    assert due_checks([local, remote], now) == [local]  # 30 minutes before the first check on the EU's servers
    assert due_checks([local, remote], now + timedelta(minutes=2)) == [local, remote]
    done = StatementRecord("R1", local_id="a", server=local.server, status="AVAILABLE", reference_number="26FR",
                           submitted_at=local.submitted_at)
    assert merge([done], [local])[0].status == "AVAILABLE" and len(merge([done], [local], [remote])) == 2
    store = StatementFile(tmp_path / "eu_is" / "statements.json")
    store.update(lambda current: merge(current, [local, remote]))
    store.update(lambda current: merge(current, [done]))
    assert {r.internal_reference: r.status for r in store.read()} == {"R1": "AVAILABLE", "R2": "SUBMITTED"}
    store.path.write_bytes(store.path.read_bytes()[:-40])  # cut short: set aside, the complete records rescued
    kept, damage = store.update(lambda current: current)
    assert damage is not None and damage.kept_as.exists() and len(kept) == 1


def test_statements_file_sweeps_its_killed_writers_staging_files_only(tmp_path):
    """The statements file shares the jobs file's machinery: a writer killed mid-write leaves a staging file that
    the next update sweeps; another file's staging file in the same folder is left to that file's writers."""
    store = StatementFile(tmp_path / "statements.json")
    killed, other = tmp_path / ".statements-killed.json", tmp_path / ".jobs-busy.json"
    killed.write_text("{half", encoding="utf-8")
    other.write_text("{half", encoding="utf-8")
    kept, damage = store.update(lambda current: merge(current, [StatementRecord("R9", local_id="z")]))
    assert damage is None and [r.internal_reference for r in store.read()] == ["R9"]
    assert not killed.exists() and other.exists()
    assert not list(tmp_path.glob(".statements-*"))  # its own staging file went too
