"""Numbers a server cannot mean are not verdicts, and nothing is cut or wrapped on its way to the row.

A purpose-built loopback server (``hostile_server.py``) answers ``/fetch_supply_shed`` and
``/fetch_deforestation_check``; the rows are read by :class:`EpochClient` and derived as the writer
derives them. A negative count or area, a fraction above 1 or a count that is not whole is unusable,
like a value that is not a number: the producer is Not Assessable and the plot a Data Error, with the
field and value in ``data_error`` (High Risk only when the usable numbers prove it on their own). An
integer too large for a GeoPackage INTEGER is flagged, never clamped; a NUL character inside text is
taken out (GDAL would cut the text there) and the row says so in ``data_note``.
"""

import json
import sys
import time
from pathlib import Path

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
from epoch_eudr.core.api.transport import RetryPolicy
from epoch_eudr.core.result_rows import derive_row
from epoch_eudr.core.risk import compliance_status, plot_status

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_server import API_KEY, USER_ID, HostileServer, feature_line  # noqa: E402

FAST = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05, max_total_wait=1.0)


@pytest.fixture
def serve():
    made = []

    def make(lines):
        server = HostileServer(lambda handler, n: handler.ndjson(lines))
        made.append(server)
        return EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID), retry=FAST)

    yield make
    for server in made:
        server.stop()


def producer_line(name, **numbers):
    """A producer as the API sends it; ``numbers`` given as JSON text (``-5``, ``1e308``, a 30-digit integer)."""
    fields = "".join(f', "{key}": {value}' for key, value in numbers.items())
    return (f'{{"type": "Feature", "geometry": {{"type": "Point", "coordinates": [-6.3, 6.0]}}, "properties": '
            f'{{"company_name": {json.dumps(name)}, "locations_confidence": "high"{fields}}}}}\n').encode()


def producers(client):
    started = time.monotonic()
    stream = client.fetch_supply_shed()
    rows = {row["company_name"]: row for row in (derive_row("assessments", f["properties"]) for f in stream)}
    assert time.monotonic() - started < 10
    return rows, stream


THIRTY_DIGITS = "123456789012345678901234567890"


@pytest.mark.parametrize("field, value, words", [
    ("noncompliance_area_perc", "-5", "out_of_range:noncompliance_area_perc=-5"),
    ("noncompliance_area_perc", "1.7", "out_of_range:noncompliance_area_perc=1.7"),
    ("noncompliance_area_perc", '"-0.2"', 'out_of_range:noncompliance_area_perc="-0.2"'),
    ("noncompliance_plot_count", "-5", "out_of_range:noncompliance_plot_count=-5"),
    ("noncompliance_plot_count", "2.5", "out_of_range:noncompliance_plot_count=2.5"),
    ("noncompliance_area_ha", "-5", "out_of_range:noncompliance_area_ha=-5"),
], ids=["perc-negative", "perc-above-1", "perc-negative-text", "count-negative", "count-not-whole", "area-negative"])
def test_an_impossible_producer_number_is_not_assessable_with_the_reason(serve, field, value, words):
    client = serve([producer_line("Impossible", **{field: value}),
                    producer_line("Clean", noncompliance_area_perc="0.0", noncompliance_plot_count="0")])
    rows, stream = producers(client)
    row = rows["Impossible"]
    assert row["status"] == "Not Assessable" and row["status_key"] == "unknown"  # was Compliant for -5
    assert row["data_error"] == words and row["skip_reason"] == row["data_error"]  # a code, worded when shown
    assert row[field] is None and row["nc_percent"] is None  # the value is in data_error, not in a number column
    assert compliance_status(row).label == "Not Assessable"  # a verdict recomputed from the row agrees
    assert rows["Clean"]["status"] == "Compliant" and rows["Clean"]["data_error"] is None
    assert stream.skipped_count == 0


def test_usable_numbers_proving_high_risk_still_give_high_risk(serve):
    client = serve([producer_line("Many plots", noncompliance_plot_count="500", noncompliance_area_perc="-5")])
    row = producers(client)[0]["Many plots"]
    assert row["status"] == "High Risk" and row["data_error"] == "out_of_range:noncompliance_area_perc=-5"
    assert row["noncompliance_plot_count"] == 500


@pytest.mark.parametrize("value", ["1e308", THIRTY_DIGITS, "9223372036854775808"], ids=["1e308", "30-digits", "2^63"])
def test_a_count_too_large_to_store_is_flagged_never_clamped(serve, value):
    client = serve([producer_line("Huge", noncompliance_plot_count=value),
                    producer_line("Largest", noncompliance_plot_count="9223372036854775807")])
    rows = producers(client)[0]
    row = rows["Huge"]
    assert row["noncompliance_plot_count"] is None  # GDAL stored it as -1 (or clamped it to 2^63 - 1)
    assert row["data_error"] == f"too_large:noncompliance_plot_count={value.replace('e', 'e+')}"
    assert row["status"] == "Not Assessable" == compliance_status(row).label
    assert rows["Largest"]["noncompliance_plot_count"] == 2**63 - 1 and rows["Largest"]["status"] == "High Risk"


def test_other_integers_too_large_for_their_column_are_noted_not_clamped():
    row = derive_row("screened_plots", {"protected_area_overlap": 10**30, "epoch_source_fid": 1e300, "ref": 10**30,
                                        "big": 10**400, "deforestation_area_ha": 0.1, "data_note": "earlier"})
    assert row["protected_area_overlap"] is None and row["epoch_source_fid"] is None
    assert row["ref"] == 1e30 and isinstance(row["ref"], float) and row["big"] is None  # extra properties
    assert sorted(row["data_note"].split("; ")) == sorted([
        "earlier", f"too_large_left_empty:protected_area_overlap={10**30}",
        "too_large_left_empty:epoch_source_fid=1e+300",
        f"too_large_as_real:ref={10**30}",
        "too_large_left_empty:big=" + "1" + "0" * 38 + "\u2026"])  # codes, worded when shown
    assert row["status"] == "Compliant" and row["data_error"] is None  # the verdict's number was fine


@pytest.mark.parametrize("value, words", [
    ("-5", "out_of_range:noncompliance_area=-5"),
    ('"-0.7"', 'out_of_range:noncompliance_area="-0.7"'),
    ("1e999", "not_a_number:noncompliance_area=Infinity"),
])
def test_an_impossible_plot_area_is_a_data_error(serve, value, words):
    client = serve([feature_line(1).replace(b'"plotid"', b'"noncompliance_area": ' + value.encode() + b', "plotid"'),
                    feature_line(2, {"noncompliance_area": 0.7}), feature_line(3, {"noncompliance_area": 0})])
    rows = [derive_row("plots", f["properties"]) for f in client.fetch_deforestation_check("c1")]
    assert [r["status"] for r in rows] == ["Data Error", "Non-Compliant", "Compliant"]  # -5 was Compliant
    assert rows[0]["data_error"] == words and rows[0]["noncompliance_area"] is None
    assert plot_status(rows[0]).label == "Data Error"


def test_a_nul_inside_text_is_taken_out_not_cut_with_a_note(serve):
    client = serve([producer_line("NUL\u0000inside", noncompliance_plot_count="0", commodity='"co\\u0000coa"'),
                    producer_line("Plain", noncompliance_plot_count="0")])
    rows = producers(client)[0]
    row = rows["NULinside"]
    assert row["commodity"] == "cocoa" and row["status"] == "Compliant"
    assert row["data_note"] == "nul_removed:company_name; nul_removed:commodity"  # codes, worded when shown
    assert "data_note" not in rows["Plain"]  # nothing to say: no column for it


def test_a_nul_in_a_plot_name_keeps_its_verdict():
    row = derive_row("plots", {"plotid": "P\u00001", "noncompliance_area": 0.9, "data_note": "earlier note"})
    assert row["plotid"] == "P1" and row["status"] == "Non-Compliant"
    assert row["data_note"] == "earlier note; nul_removed:plotid"
