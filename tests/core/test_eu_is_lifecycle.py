"""A statement's life against the fake EU Information System: submit, SUBMITTED -> AVAILABLE / REJECTED, get by
UUID and internal reference, full content by numbers, verify, amend, withdraw (72 hours), grouping."""

import sys
import time
from pathlib import Path

import pytest
from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials, EuIsError, Species
from epoch_eudr.core.eu_is.operations import overview_from
from epoch_eudr.core.eu_is.soap import parse_xml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402
from eu_is_support import READY_DELAY, cocoa_import, plot  # noqa: E402

client, fake, limiter = eu_is_support.client, eu_is_support.fake, eu_is_support.limiter  # the shared fixtures


def settled(client, uuid):
    deadline = time.monotonic() + 10
    while True:
        [overview] = client.get_dds(uuid)
        if overview.settled or time.monotonic() > deadline:
            return overview
        time.sleep(READY_DELAY / 3)


def test_submit_then_available_with_numbers(client):
    receipt = client.submit_dds(cocoa_import("PO-LIFE-1"))
    [first] = client.get_dds(receipt.uuid)
    assert (first.uuid, first.status, first.reference_number) == (receipt.uuid, "SUBMITTED", "")
    done = settled(client, receipt.uuid)
    assert done.status == "AVAILABLE" and done.internal_reference == "PO-LIFE-1"
    assert len(done.reference_number) == 14 and done.reference_number[2:4] == "FR"  # year + country + 10
    assert 5 <= len(done.verification_number) <= 35


def test_get_by_internal_reference_and_identifiers(client):
    sent = cocoa_import("PO-LIFE-2")
    receipt = client.submit_dds(sent)
    done = settled(client, receipt.uuid)
    [found] = client.get_dds_by_internal_reference("PO-LIFE-2")
    assert found.uuid == receipt.uuid and found.reference_number == done.reference_number
    assert client.get_dds_by_internal_reference("PO-NEVER-SENT") == []
    back = client.get_dds_by_identifiers(done.reference_number, done.verification_number)
    assert back.internal_reference == "PO-LIFE-2" and back.activity == "IMPORT"
    assert [p.geometry for line in back.commodities for p in line.producers] == \
        [p.geometry for line in sent.commodities for p in line.producers]
    assert back.commodities[0].producers[0].name == "Coopérative Kouassi"


def test_unknown_uuid_is_not_found(client):
    with pytest.raises(EuIsError) as caught:
        client.get_dds("0f0f0f0f-0000-4000-8000-000000000000")
    assert caught.value.kind == "not_found" and caught.value.has("EUDR_DDS_NOT_FOUND")


def test_withdraw_within_72_hours_only(client, fake):
    first = client.submit_dds(cocoa_import("PO-LIFE-3"))
    settled(client, first.uuid)
    assert client.withdraw_dds(first.uuid).status == "WITHDRAWN"
    assert client.get_dds(first.uuid)[0].status == "WITHDRAWN"
    late = client.submit_dds(cocoa_import("PO-LIFE-4"))
    settled(client, late.uuid)
    fake.service.age(late.uuid, hours=73)
    with pytest.raises(EuIsError) as caught:
        client.withdraw_dds(late.uuid)
    assert caught.value.kind == "refused" and caught.value.has("EUDR_API_WITHDRAW_PERIOD_EXPIRED")
    assert client.get_dds(late.uuid)[0].status == "AVAILABLE"


def test_verify_usable_withdrawn_and_unknown(client):
    receipt = client.submit_dds(cocoa_import("PO-LIFE-5"))
    done = settled(client, receipt.uuid)
    usable = client.verify_declaration(done.reference_number, done.verification_number)
    assert (usable.result, usable.status, usable.usable) == ("EXISTING_USABLE", "AVAILABLE", True)
    assert usable.date_time
    client.withdraw_dds(receipt.uuid)
    gone = client.verify_declaration(done.reference_number, done.verification_number)
    assert (gone.result, gone.status, gone.usable) == ("EXISTING_NON_USABLE", "WITHDRAWN", False)
    wrong = client.verify_declaration(done.reference_number, "WRONG999")
    assert (wrong.result, wrong.status) == ("NON_EXISTENT", "")


def test_geometry_the_rules_refuse_is_rejected_with_reasons(client):
    bad = cocoa_import("PO-LIFE-6")
    bad.commodities[0].producers[1].geometry = plot(lon=-1.6, lat=95.0)
    receipt = client.submit_dds(bad)
    done = settled(client, receipt.uuid)
    assert done.status == "REJECTED" and not done.reference_number
    assert "EUDR-COMMODITIES-PRODUCER-GEO-LATITUDE-INVALID" in done.rejection_reason
    assert "commodity 1, producer 2 (Ama Mensah)" in done.rejection_reason


def test_business_rules_are_refused_at_once_with_the_service_ids(client, fake):
    wood = cocoa_import("PO-LIFE-7")
    wood.commodities[0].hs_heading = "4407"
    with pytest.raises(EuIsError) as caught:
        client.submit_dds(wood)
    assert caught.value.kind == "refused" and caught.value.fault == "BusinessRulesValidationException"
    assert caught.value.has("EUDR_COMMODITIES_SPECIES_INFORMATION_MISSING")  # underscores match hyphens
    assert caught.value.errors[0].field == "commodities[1].speciesInfo"
    wood.commodities[0].species = [Species("Quercus robur", "Oak")]
    assert client.submit_dds(wood).uuid
    fake.add_account("operator-without-eori", "another-synthetic-key")  # pragma: allowlist secret
    other = EuIsClient(EuIsCredentials("operator-without-eori", "another-synthetic-key"), server=fake.url,
                       rate_limiter=client.rate_limiter)
    with pytest.raises(EuIsError) as caught:
        other.submit_dds(cocoa_import("PO-LIFE-8"))
    assert caught.value.has("EUDR-OPERATOR-EORI-FOR-ACTIVITY-MISSING")
    assert other.get_dds_by_internal_reference("PO-LIFE-8") == []
    assert other.submit_dds(cocoa_import("PO-LIFE-8", activity="DOMESTIC", border_cross_country="")).uuid


def test_amend_keeps_the_reference_number(client):
    receipt = client.submit_dds(cocoa_import("PO-LIFE-9"))
    done = settled(client, receipt.uuid)
    changed = cocoa_import("PO-LIFE-9")
    changed.commodities[0].net_mass_kg = 13000
    assert client.amend_dds(receipt.uuid, changed).status == "AVAILABLE"
    [after] = client.get_dds(receipt.uuid)
    assert (after.reference_number, after.version) == (done.reference_number, 2)
    back = client.get_dds_by_identifiers(done.reference_number, done.verification_number)
    assert back.commodities[0].net_mass_kg == "13000"


def test_grouping_needs_available_statements_and_groups_them(client):
    first = settled(client, client.submit_dds(cocoa_import("PO-LIFE-10")).uuid)
    with pytest.raises(EuIsError) as caught:
        client.submit_dds(cocoa_import("PO-LIFE-11", associated_statements=["26FRNOSUCHDDS0"]))
    assert caught.value.has("EUDR-REFERENCED-DDS-NOT-AVAILABLE")
    client.submit_dds(cocoa_import("PO-LIFE-12", associated_statements=[first.reference_number]))
    assert client.get_dds(first.uuid)[0].status == "GROUPED"
    with pytest.raises(EuIsError):
        client.withdraw_dds(first.uuid)


def test_answers_are_read_tolerantly():
    """A status the schema does not list yet is kept as it came, not fatal; unknown elements are ignored."""
    xml = (b'<o xmlns:c="http://ec.europa.eu/tracesnt/certificate/eudr/common/v3"><c:uuid>u-1</c:uuid>'
           b'<c:internalReferenceNumber>R</c:internalReferenceNumber><c:status>UNDER_CHECK</c:status>'
           b'<c:somethingNew>x</c:somethingNew><c:version>two</c:version></o>')
    overview = overview_from(parse_xml(xml))
    assert (overview.status, overview.known_status, overview.settled, overview.version) == \
        ("UNDER_CHECK", False, True, None)


def test_echo(client):
    assert client.echo().status == "OK"
