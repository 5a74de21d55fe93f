"""Shared by the tests of the EU Information System client and its fake (``test_eu_is_*.py``).

Statements built here are synthetic: a cocoa import, a wood line with species, a representative's statement.
"""

import pytest
from epoch_eudr.core.eu_is import (
    Address,
    CommodityLine,
    EuIsClient,
    EuIsCredentials,
    OperatorIdentifier,
    Producer,
    RateLimiter,
    RepresentedOperator,
    Species,
    Statement,
)
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME, temporary_server

READY_DELAY = 0.3


def plot(lon=-5.5, lat=6.5, size=0.01, **props):
    """A FeatureCollection with one square plot (EU GeoJSON file description: one feature per plot)."""
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}


def cocoa_import(reference="PO-2026-001", **changes):
    statement = Statement(
        activity="IMPORT", internal_reference=reference, country_of_activity="FR", border_cross_country="BE",
        commodities=[CommodityLine("1801", "Cocoa beans, whole, raw", net_mass_kg=12500.5, producers=[
            Producer("CI", plot(), "Coopérative Kouassi"), Producer("GH", plot(-1.6, 6.7), "Ama Mensah")])])
    for key, value in changes.items():
        setattr(statement, key, value)
    return statement


EORI_DE = "DE987654321"  # pragma: allowlist secret (a made-up EORI, not a secret)
VAT_DE = "DE123456789"  # pragma: allowlist secret (a made-up VAT number)


def rich_statement(reference="REP-2026-7"):
    """Every part of the model filled: a representative, two commodity lines, species, units, a comment."""
    return Statement(
        activity="EXPORT", operator_role="REPRESENTATIVE_OPERATOR", internal_reference=reference, eori=EORI_DE,
        represented_operator=RepresentedOperator(
            "Holzhandel Muster GmbH", [OperatorIdentifier("vat", VAT_DE)],
            Address("de", "Hauptstraße 1", "10115", "Berlin", "Hauptstraße 1, 10115 Berlin"), "info@example.org",
            "+49 30 123456"),
        country_of_activity="DE", border_cross_country="PL", comment="Shipment 7 of the 2026 contract",
        geolocation_confidential=True, associated_statements=["26FRABCDEFGHIJ"],
        commodities=[
            CommodityLine("4407", "Sawn oak", net_mass_kg="2500.125", supplementary_unit=3.5,
                          supplementary_unit_qualifier="MTQ", percentage_estimation="5.5",
                          species=[Species("Quercus robur", "Pedunculate oak")],
                          producers=[Producer("RO", plot(24.0, 46.0), "Ocolul Silvic")]),
            CommodityLine("0901", "Coffee, not roasted", net_mass_kg=800,
                          producers=[Producer("BR", {"type": "Point", "coordinates": [-47.9, -15.8]}, "")]),
        ])


@pytest.fixture(scope="module")
def fake():
    server = temporary_server(ready_delay=READY_DELAY)
    yield server
    server.stop()


@pytest.fixture
def limiter():
    """A limiter of its own per test: the tests' calls do not wait for each other's."""
    return RateLimiter()


@pytest.fixture
def client(fake, limiter):
    fake.faults.__init__()  # no fault left over from another test
    return EuIsClient(EuIsCredentials(DEMO_USERNAME, DEMO_AUTH_KEY), server=fake.url, rate_limiter=limiter,
                      sleep=lambda s: None)
