"""Amending a statement through processing.run against the fake EU service: the new content is what the service
holds, the reference number stays; refused before any request once the 72 hours have passed, when the statement
is not AVAILABLE or when the activity would change. And a refused place named once in the refusal."""

from dataclasses import replace
from datetime import timedelta

import pytest
from qgis.core import QgsProcessingException

from .helpers import memory_layer

PLOTS = "Polygon?crs=EPSG:4326&field=ProducerName:string&field=ProducerCountry:string&field=Area:double"
POINTS = "Point?crs=EPSG:4326&field=ProducerName:string&field=ProducerCountry:string&field=Area:double"


def square(x, y=6.5, size=0.01):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


EU_READY_DELAY = 0.3  # the fake's statements settle after 0.3 s


def plots(n=4, x0=-5.5):
    return memory_layer(PLOTS, [(square(x0 + i * 0.03), [f"Coop {i % 2}", "CI", 1.0]) for i in range(n)], "plots")


def statement(layer, fake, **changes):
    params = dict(INPUT=layer, ACTIVITY="IMPORT", EORI="FR1234567890123", COUNTRY_OF_ACTIVITY="FR",
                  HS_HEADING="1801", DESCRIPTION="Cocoa beans", NET_MASS_KG=2500, EU_SERVER=fake.url)
    params.update(changes)
    return params


def available(processing, fake, reference):
    done = processing.run("epoch_eudr:eu_submit_dds", statement(plots(), fake, INTERNAL_REFERENCE=reference,
                                                                 WAIT_SECONDS=10))
    assert done["STATUS"] == "AVAILABLE"
    return done


def refused_amendment(processing, fake, uuid, layer=None, **changes):
    before = len(fake.received)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:eu_amend_dds", statement(layer or plots(2, -5.3), fake, UUID=uuid, **changes))
    assert len(fake.received) == before  # nothing reached the service
    return str(caught.value)


def test_an_amendment_replaces_the_content_and_keeps_the_reference_number(processing, fake):
    from epoch_eudr.layers.operations.eu_statements import read_statements, recorded_form

    sent = available(processing, fake, "PO-AMEND-1")
    held = fake.service.records[sent["UUID"]]
    assert held.statement.commodities[0].description == "Cocoa beans" and held.version == 1
    smaller = plots(2, -5.3)
    done = processing.run("epoch_eudr:eu_amend_dds", statement(smaller, fake, UUID=sent["UUID"],
                                                               DESCRIPTION="Cocoa beans, fermented", NET_MASS_KG=1800))
    assert done["STATUS"] == "AVAILABLE" and fake.received[-1][0] == "amendDds"
    assert f"reference number {sent['REFERENCE_NUMBER']}" in done["MESSAGES"]
    held = fake.service.records[sent["UUID"]]  # what the fake holds now
    line = held.statement.commodities[0]
    assert (line.description, float(line.net_mass_kg), held.version) == ("Cocoa beans, fermented", 1800.0, 2)
    assert len(line.producers) == 2 and held.statement.internal_reference == "PO-AMEND-1"
    assert held.reference_number == sent["REFERENCE_NUMBER"] and held.status == "AVAILABLE"
    status = processing.run("epoch_eudr:eu_dds_status", {"UUID": sent["UUID"], "EU_SERVER": fake.url})
    assert (status["REFERENCE_NUMBER"], status["VERIFICATION_NUMBER"]) == (sent["REFERENCE_NUMBER"],
                                                                           sent["VERIFICATION_NUMBER"])
    [record] = [r for r in read_statements() if r.uuid == sent["UUID"]]
    assert record.amendments == 1 and record.description == "Cocoa beans, fermented" and record.places == 2
    form = recorded_form(record)  # what the dock's Amend... starts from next time
    assert (form.description, float(form.net_mass_kg), form.eori, form.country_of_activity) == \
        ("Cocoa beans, fermented", 1800.0, "FR1234567890123", "FR")


def test_after_72_hours_an_amendment_is_refused_before_any_request(processing, fake):
    from epoch_eudr.core.eu_is.records import StatementFile, iso, now_utc
    from epoch_eudr.layers.operations.eu_statements import statements_path

    sent = available(processing, fake, "PO-AMEND-OLD")
    fake.service.age(sent["UUID"], hours=73)  # the fake's clock: submitted 73 hours ago
    StatementFile(statements_path()).update(lambda records: [
        replace(r, submitted_at=iso(now_utc() - timedelta(hours=73))) if r.uuid == sent["UUID"] else r
        for r in records])
    message = refused_amendment(processing, fake, sent["UUID"])
    assert "a statement can be amended only within 72 hours of its submission" in message
    assert fake.service.records[sent["UUID"]].version == 1


def test_a_withdrawn_statement_or_another_activity_is_refused_before_any_request(processing, fake):
    sent = available(processing, fake, "PO-AMEND-ACT")
    message = refused_amendment(processing, fake, sent["UUID"], ACTIVITY="DOMESTIC")
    assert "An amendment cannot change the activity: PO-AMEND-ACT was declared as IMPORT" in message
    message = refused_amendment(processing, fake, sent["UUID"], NET_MASS_KG=None)
    assert "Commodity 1: activity Import needs the net mass (kg)." in message
    processing.run("epoch_eudr:eu_withdraw_dds", {"UUID": sent["UUID"], "EU_SERVER": fake.url})
    message = refused_amendment(processing, fake, sent["UUID"])
    assert f"Only an AVAILABLE statement can be amended; {sent['UUID']} is WITHDRAWN." in message


def test_a_refused_place_is_named_once(processing, fake):
    layer = memory_layer(POINTS, [("POINT(-5.5 6.5)", ["Coop A", "CI", 12.0])], "points")
    before = len(fake.received)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:eu_submit_dds", statement(layer, fake))
    message = str(caught.value)
    assert message.startswith("Commodity 1, producer 1 (Coop A), feature 1: a point stands for a plot of at most 4 ha")
    assert message.lower().count("feature 1") == 1 and message.count("Coop A") == 1
    assert len(fake.received) == before
