"""The EU Information System algorithms through processing.run against the fake: refusals before any request,
a REJECTED statement's reasons, a wrong key, a clock 10 minutes off, a 503 and a lost answer (a clear message,
no duplicate statement, no key anywhere), amend-free withdraw rules, and the verify register."""

import sqlite3

import pytest
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY
from qgis.core import QgsProcessingException

from .helpers import memory_layer

PLOTS = "Polygon?crs=EPSG:4326&field=ProducerName:string&field=ProducerCountry:string&field=Area:double"


def square(x, y=6.5, size=0.01):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


@pytest.fixture
def plots(tmp_path):
    layer = memory_layer(PLOTS, [(square(-5.5 + i * 0.03), [f"Coop {i % 2}", "CI", 1.0]) for i in range(4)], "plots")
    return layer


def submit(processing, fake, layer, **changes):
    params = dict(INPUT=layer, ACTIVITY="IMPORT", EORI="FR1234567890123", COUNTRY_OF_ACTIVITY="FR",
                  HS_HEADING="1801", DESCRIPTION="Cocoa beans", NET_MASS_KG=2500, EU_SERVER=fake.url, WAIT_SECONDS=0)
    params.update(changes)
    return processing.run("epoch_eudr:eu_submit_dds", params)


def refused(processing, fake, layer, **changes):
    before = len(fake.received)
    with pytest.raises(QgsProcessingException) as caught:
        submit(processing, fake, layer, **changes)
    assert len(fake.received) == before  # nothing reached the service
    return str(caught.value)


@pytest.mark.parametrize("changes, words", [
    ({"EORI": ""}, "Activity Import needs the operator's EORI number."),
    ({"NET_MASS_KG": None}, "Commodity 1: activity Import needs the net mass (kg)."),
    ({"NET_MASS_KG": -1}, "netWeight must be more than 0"),
    ({"SUPPLEMENTARY_UNIT": 3}, "a supplementary unit needs its qualifier"),
    ({"HS_HEADING": "4407", "DESCRIPTION": "Sawn oak"}, "is wood: give at least one species"),
    ({"HS_HEADING": "8703"}, "is not in Regulation (EU) 2023/1115, Annex I"),
    ({"COUNTRY_FIELD": "Area"}, "Commodity 1, producer 1 (Coop 0): country '1.0' is not an ISO 3166-1 alpha-2"),
    ({"PRODUCER_FIELD": "Nom"}, "The layer has no field 'Nom' for the producer name"),
    ({"OPERATOR_ROLE": "REPRESENTATIVE_OPERATOR"}, "needs the represented operator"),
    ({"INTERNAL_REFERENCE": "R" * 51}, "internalReferenceNumber has 51 characters"),
])
def test_every_refusal_happens_before_any_request(processing, fake, plots, changes, words):
    assert words in refused(processing, fake, plots, **changes)


def test_geolocation_rules_and_limits_are_refused_before_sending(processing, fake, monkeypatch):
    bow_tie = "POLYGON((-5.5 6.5, -5.4 6.6, -5.4 6.5, -5.5 6.6, -5.5 6.5))"
    layer = memory_layer(PLOTS, [(square(-5.2), ["Coop A", "CI", 1.0]), (bow_tie, ["Coop B", "CI", 1.0])])
    message = refused(processing, fake, layer)
    assert "Commodity 1, producer 2 (Coop B), feature 2: The outline crosses itself" in message
    from epoch_eudr.core.eu_is import build, checks

    monkeypatch.setattr(checks, "MAX_PRODUCERS_PER_COMMODITY", 1)
    monkeypatch.setattr(build, "MAX_PRODUCERS_PER_COMMODITY", 1)
    two = memory_layer(PLOTS, [(square(-5.2), ["Coop A", "CI", 1.0]), (square(-5.1), ["Coop B", "CI", 1.0])])
    message = refused(processing, fake, two)
    assert "2 producers, but at most 1 per commodity" in message and "Set SPLIT to send them as 2 statements" in \
        message
    result = submit(processing, fake, two, SPLIT=True, INTERNAL_REFERENCE="PO-SPLIT", WAIT_SECONDS=10)
    assert result["STATUS"] == "AVAILABLE,AVAILABLE" and len(result["UUID"].split(",")) == 2
    masses = {r.statement.internal_reference: r.statement.commodities[0].net_mass_kg
              for r in fake.service.records.values() if r.statement.internal_reference.startswith("PO-SPLIT")}
    assert set(masses) == {"PO-SPLIT-1of2", "PO-SPLIT-2of2"} and sum(float(m) for m in masses.values()) == 2500


def test_over_25_mb_of_geolocation_is_refused_before_sending(processing, fake, plots, monkeypatch):
    from epoch_eudr.core.eu_is import build, checks

    monkeypatch.setattr(checks, "MAX_GEOLOCATION_BYTES", 600)  # 25 MB of GeoJSON is far too slow to build here
    monkeypatch.setattr(build, "MAX_GEOLOCATION_BYTES", 600)
    message = refused(processing, fake, plots)
    assert "MB of geolocation, but one statement carries at most 0.00 MB (25 MB once Base64-encoded)" in message
    assert "Set SPLIT to send them as" in message, message


def test_a_rejected_statement_shows_the_service_reasons(processing, fake, plots):
    fake.service.reject_next = 1
    result = submit(processing, fake, plots, INTERNAL_REFERENCE="PO-REJ", WAIT_SECONDS=10)
    assert result["STATUS"] == "REJECTED" and not result["REFERENCE_NUMBER"]
    assert "REJECTED by the EU Information System" in result["MESSAGES"]
    assert "commodity 1, producer 2 (Coop 1): the plot overlaps" in result["MESSAGES"]
    status = processing.run("epoch_eudr:eu_dds_status", {"UUID": result["UUID"], "EU_SERVER": fake.url})
    assert status["REASONS"].count("EUDR-COMMODITIES-PRODUCER-GEO-INVALID") == 2
    again = submit(processing, fake, plots, INTERNAL_REFERENCE="PO-REJ", WAIT_SECONDS=10)  # corrected, resent
    assert again["STATUS"] == "AVAILABLE"


@pytest.mark.parametrize("fault, words", [
    ("key", "refused the username or authentication key of 'demo-eudr-operator'"),
    ("clock", "This computer's clock is 10 minutes behind the server's."),
    ("503", "The EU Information System is unavailable (HTTP 503"),
])
def test_wrong_key_clock_and_503_give_a_clear_message_and_no_statement(processing, fake, plots, monkeypatch,
                                                                        fault, words):
    from epoch_eudr.layers.operations.eu_statements import read_statements

    if fault == "key":
        monkeypatch.setenv("EUDR_IS_AUTH_KEY", "wrong-key-0123456789")  # pragma: allowlist secret
    elif fault == "clock":
        fake.faults.clock_offset_s = 600
    else:
        fake.faults.unavailable = 1
    before = fake.service.count()
    with pytest.raises(QgsProcessingException) as caught:
        submit(processing, fake, plots, INTERNAL_REFERENCE=f"PO-{fault}")
    assert words in str(caught.value)
    assert DEMO_AUTH_KEY not in str(caught.value) and "wrong-key-0123456789" not in str(caught.value)
    assert fake.service.count() == before and read_statements() == []  # nothing received, nothing kept
    fake.faults.__init__()
    monkeypatch.setenv("EUDR_IS_AUTH_KEY", DEMO_AUTH_KEY)
    assert submit(processing, fake, plots, INTERNAL_REFERENCE=f"PO-{fault}")["STATUS"] == "SUBMITTED"
    assert fake.service.count() == before + 1


def test_a_lost_answer_is_looked_up_not_sent_again(processing, fake, plots):
    fake.faults.lose_answers = 1
    before = fake.service.count()
    with pytest.raises(QgsProcessingException) as caught:
        submit(processing, fake, plots, INTERNAL_REFERENCE="PO-LOST")
    assert "It was not sent again" in str(caught.value)
    assert fake.service.count() == before + 1
    again = submit(processing, fake, plots, INTERNAL_REFERENCE="PO-LOST", WAIT_SECONDS=10)
    assert again["STATUS"] == "AVAILABLE" and fake.service.count() == before + 1  # found, adopted
    with pytest.raises(QgsProcessingException) as caught:
        submit(processing, fake, plots, INTERNAL_REFERENCE="PO-LOST")
    assert "already used by the statement" in str(caught.value) and fake.service.count() == before + 1


def test_withdraw_only_available_and_within_72_hours(processing, fake, plots):
    first = submit(processing, fake, plots, INTERNAL_REFERENCE="PO-W1", WAIT_SECONDS=10)
    fake.service.age(first["UUID"], hours=73)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:eu_withdraw_dds", {"UUID": first["UUID"], "EU_SERVER": fake.url})
    assert "within 72 hours" in str(caught.value)  # the service's reason, shown


def test_verify_keeps_every_answer_in_the_register(processing, fake, plots, tmp_path):
    done = submit(processing, fake, plots, INTERNAL_REFERENCE="PO-V1", WAIT_SECONDS=10)
    table = memory_layer("None?field=ref:string&field=ver:string&field=seller:string",
                         [(None, [done["REFERENCE_NUMBER"], done["VERIFICATION_NUMBER"], "Cocoa Coop SA"]),
                          (None, [done["REFERENCE_NUMBER"], "WRONG999", "Someone"])], "received")
    register = tmp_path / "register.gpkg"
    params = {"INPUT": table, "REFERENCE_FIELD": "ref", "VERIFICATION_FIELD": "ver", "SUPPLIER_FIELD": "seller",
              "EU_SERVER": fake.url, "OUTPUT": f"{register}|layername=suppliers"}
    for _ in range(2):
        processing.run("epoch_eudr:eu_verify_declarations", params)
    with sqlite3.connect(register) as db:
        rows = db.execute("SELECT supplier, result, status, checked_at, keep_until FROM suppliers").fetchall()
    assert [r[:3] for r in rows] == [("Cocoa Coop SA", "EXISTING_USABLE", "AVAILABLE"),
                                     ("Someone", "NON_EXISTENT", "")] * 2  # appended, never overwritten
    assert all(r[3] and int(r[4][:4]) == int(r[3][:4]) + 5 for r in rows)


def test_a_statement_settled_in_a_processing_run_shows_its_numbers_on_the_plots_at_once(processing, fake,
                                                                                         fixed_sample):
    """Run from the toolbox or a script with WAIT_SECONDS, the statement is AVAILABLE when the run ends: the plots
    layer of the project shows its reference and verification numbers then, not at the dock's next refresh."""
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"{fixed_sample}|layername=fixed_plots", "Fixed plots", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        result = submit(processing, fake, layer, PRODUCER_FIELD="Productor", INTERNAL_REFERENCE="PO-TOOLBOX",
                        WAIT_SECONDS=10)
        assert result["STATUS"] == "AVAILABLE" and result["REFERENCE_NUMBER"]
        numbers = {(f["eu_reference_number"], f["eu_verification_number"]) for f in layer.getFeatures()}
        assert numbers == {(result["REFERENCE_NUMBER"], result["VERIFICATION_NUMBER"])}, numbers
    finally:
        QgsProject.instance().removeAllMapLayers()
