"""Every request the client builds validates against the official V3 schemas (sandbox/eu_is/schemas), the
WS-Security digest matches an independent computation, and the fake's answers have the official shapes.

lxml is a test-only dependency, used by the fake's validating process only: without it these tests are skipped
(the client never needs it). Nothing here imports lxml: see ``sandbox.eu_is.schemas.Validator``.
"""

import base64
import hashlib
import sys
import time
import xml.etree.ElementTree as ET  # nosec B405 - the client's own requests and the fake's answers
from datetime import datetime
from pathlib import Path

import pytest
from epoch_eudr.core.eu_is import EuIsCredentials, EuIsError  # noqa: E402
from epoch_eudr.core.eu_is.operations import (  # noqa: E402
    amend_dds_body,
    echo_body,
    get_dds_body,
    get_dds_by_identifiers_body,
    get_dds_by_internal_reference_body,
    submit_dds_body,
    verify_declaration_body,
    withdraw_dds_body,
)
from epoch_eudr.core.eu_is.soap import envelope  # noqa: E402
from epoch_eudr.core.eu_is.wssecurity import PASSWORD_DIGEST, WSSE_NS, WSU_NS  # noqa: E402
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY  # noqa: E402
from epoch_eudr.sandbox.eu_is.schemas import DDS_SERVICE, VERIFY_SERVICE, lxml_available, validator  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eu_is_support  # noqa: E402
from eu_is_support import EORI_DE, READY_DELAY, cocoa_import, rich_statement  # noqa: E402

client, fake, limiter = eu_is_support.client, eu_is_support.fake, eu_is_support.limiter  # the shared fixtures
pytestmark = pytest.mark.skipif(not lxml_available(), reason="lxml (test-only) validates against the schemas")

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
BASE = "{http://ec.europa.eu/sanco/tracesnt/base/v4}"
UUID = "071874bd-8c62-4cac-8eb6-b2fbe003410c"


def service_of(body):
    return VERIFY_SERVICE if "verify-declaration" in body.tag else DDS_SERVICE


def validate_request(data: bytes):
    """The body and the WebServiceClientId header of a whole request, each against its service's schemas."""
    root = ET.fromstring(data)  # nosec B314 - the client's own request
    body = root.find(f"{SOAP}Body")[0]
    client_id = root.find(f"{SOAP}Header/{BASE}WebServiceClientId")
    assert client_id is not None, "no WebServiceClientId header"
    check = validator(service_of(body))
    problems = check.errors(ET.tostring(client_id))  # Echo's header too: the base schema is every service's
    if "eudr/echo" in body.tag:  # release 8.2.1 has no Echo schema: its body is checked by name
        assert body.tag.split("}")[1] == "EudrEchoRequest" and len(body) == 1 and body[0].tag.split("}")[1] == "query"
        return problems
    return problems + check.errors(ET.tostring(body))


def test_every_body_the_client_builds_validates():
    rich = rich_statement()
    token = EuIsCredentials("user", "some-key").token()
    bodies = [submit_dds_body(rich), submit_dds_body(cocoa_import()), amend_dds_body(UUID, rich),
              withdraw_dds_body(UUID), get_dds_body([UUID] * 100), get_dds_by_internal_reference_body("PO-1"),
              get_dds_by_identifiers_body("26FRABCDEFGHIJ", "SFFCB4Y3"),
              verify_declaration_body("26FRABCDEFGHIJ", "SFFCB4Y3"), echo_body("test")]
    for body in bodies:
        assert validate_request(envelope(body, token, "eudr-test")) == [], body.tag


def test_the_rich_statement_keeps_schema_order_and_namespaces():
    body = submit_dds_body(rich_statement())
    statement = body[1]
    names = [child.tag.split("}")[1] for child in statement]
    assert names == ["internalReferenceNumber", "activityType", "representedOperator", "countryOfActivity",
                     "borderCrossCountry", "comment", "commodities", "commodities", "geoLocationConfidential",
                     "groupedDeclarations"]
    rep = statement[2]
    assert [c.tag.split("}")[1] for c in rep] == ["operatorReferenceNumber", "operatorReferenceNumber",
                                                  "operatorAddress", "operatorEmail", "operatorPhone", "operatorName"]
    assert rep[0][0].text == "eori" and rep[0][1].text == EORI_DE  # the EORI of a represented operator
    assert all(c.tag.startswith("{http://ec.europa.eu/tracesnt/certificate/eudr/common/v3}") for c in rep)


def test_an_invalid_statement_is_refused_by_the_fake_with_a_cvc_message(client, fake):
    bad = cocoa_import("PO-SCHEMA-1")
    bad.commodities[0].hs_heading = "18A1"
    before = fake.service.count()
    with pytest.raises(EuIsError) as caught:
        client.submit_dds(bad)
    assert caught.value.kind == "refused" and "cvc-" in str(caught.value) and "hsHeading" in str(caught.value)
    assert fake.service.count() == before


def test_every_request_sent_in_a_session_validates_and_its_digest_is_right(client, fake):
    start, errors_before = len(fake.received), len(fake.schema_errors)
    answers = []
    client.session.hooks["response"].append(lambda response, *a, **k: answers.append(response.content))
    client.echo()
    receipt = client.submit_dds(cocoa_import("PO-SCHEMA-2"))
    time.sleep(READY_DELAY * 1.5)
    [done] = client.get_dds([receipt.uuid])
    client.get_dds_by_internal_reference("PO-SCHEMA-2")
    client.get_dds_by_identifiers(done.reference_number, done.verification_number)
    client.verify_declaration(done.reference_number, done.verification_number)
    client.amend_dds(receipt.uuid, cocoa_import("PO-SCHEMA-2"))
    client.withdraw_dds(receipt.uuid)
    with pytest.raises(EuIsError):
        client.get_dds("00000000-0000-4000-8000-000000000000")
    sent = fake.received[start:]
    assert [op for op, _ in sent] == ["testEcho", "submitDds", "getDds", "getDdsByInternalReference",
                                      "getDdsByIdentifiers", "verifyDeclaration", "amendDds", "withdrawDds",
                                      "getDds"]
    nonces = set()
    for operation, data in sent:
        assert validate_request(data) == [], operation
        root = ET.fromstring(data)  # nosec B314 - the client's own request
        token = root.find(f"{SOAP}Header/{{{WSSE_NS}}}Security/{{{WSSE_NS}}}UsernameToken")
        nonce = base64.b64decode(token.find(f"{{{WSSE_NS}}}Nonce").text)
        created = token.find(f"{{{WSU_NS}}}Created").text
        password = token.find(f"{{{WSSE_NS}}}Password")
        independent = base64.b64encode(hashlib.sha1(nonce + created.encode() + DEMO_AUTH_KEY.encode()).digest())
        assert password.get("Type") == PASSWORD_DIGEST and password.text == independent.decode()
        assert len(nonce) == 16 and nonce not in nonces
        nonces.add(nonce)
        stamp = root.find(f"{SOAP}Header/{{{WSSE_NS}}}Security/{{{WSU_NS}}}Timestamp")
        created_at = datetime.fromisoformat(stamp.find(f"{{{WSU_NS}}}Created").text.replace("Z", "+00:00"))
        expires_at = datetime.fromisoformat(stamp.find(f"{{{WSU_NS}}}Expires").text.replace("Z", "+00:00"))
        assert 0 < (expires_at - created_at).total_seconds() <= 300
        assert root.find(f"{SOAP}Header/{BASE}WebServiceClientId").text == "eudr-test"
    assert fake.schema_errors[errors_before:] == []
    check_answers(answers)


def check_answers(answers):
    """Each answer's body element (or a fault's detail) validates against the service's schemas."""
    kinds = set()
    for data in answers:
        body = ET.fromstring(data).find(f"{SOAP}Body")[0]
        if body.tag == f"{SOAP}Fault":
            detail = body.find("detail")[0]
            kinds.add(detail.tag.split("}")[1])
            assert validator(DDS_SERVICE).errors(ET.tostring(detail)) == []
            continue
        kinds.add(body.tag.split("}")[1])
        if "eudr/echo" not in body.tag:
            assert validator(service_of(body)).errors(ET.tostring(body)) == [], body.tag
    assert {"SubmitDdsResponse", "GetDdsResponse", "GetDdsByIdentifiersResponse", "VerifyDeclarationResponse",
            "AmendDdsResponse", "WithdrawDdsResponse", "NotFoundException"} <= kinds


def test_a_business_fault_has_the_official_shape(client):
    wood = cocoa_import("PO-SCHEMA-3")
    wood.commodities[0].hs_heading = "4403"
    answers = []
    client.session.hooks["response"].append(lambda response, *a, **k: answers.append(response.content))
    with pytest.raises(EuIsError):
        client.submit_dds(wood)
    detail = ET.fromstring(answers[-1]).find(f"{SOAP}Body/{SOAP}Fault/detail")[0]
    assert detail.tag.endswith("}BusinessRulesValidationException")
    assert validator(DDS_SERVICE).errors(ET.tostring(detail)) == []
