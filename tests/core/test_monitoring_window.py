"""Monitoring windows (issue 17 item 3): checked days, sent only when given, honoured by the sandbox."""

import datetime as dt

import pytest
from epoch_eudr.core.api import BadRequestError, ConfigurationError, EpochClient
from epoch_eudr.core.api.monitoring import EUDR_CUTOFF, describe_window, parse_day, window_params
from epoch_eudr.core.risk import compliance_status

PALM = {"company_name": "PT Sawit Lestari Makmur", "commodity": "palm"}  # catalogue: High Risk, 45 % of plots lost


class _Sent(Exception):
    pass


class RecordingTransport:
    """Records the query of the one request made, then stops there."""

    base_url = "http://recorded.invalid"
    credentials = None

    def __init__(self):
        self.calls = []

    def request(self, method, path, **kwargs):
        self.calls.append((path, dict(kwargs.get("params") or {})))
        raise _Sent()


def test_days_are_checked_and_named():
    assert EUDR_CUTOFF == "2020-12-31"
    assert parse_day("monitoring_start", " 2021-02-28 ") == "2021-02-28"
    assert parse_day("monitoring_start", dt.date(2022, 1, 5)) == "2022-01-05"
    assert parse_day("monitoring_start", dt.datetime(2022, 1, 5, 23, 59)) == "2022-01-05"
    assert parse_day("monitoring_start", "") is None and parse_day("monitoring_start", None) is None
    for bad in ("2021-02-30", "2021/02/01", "31-12-2020", "20201231", "2020-12-31T00:00", "yesterday"):
        with pytest.raises(ConfigurationError, match=r"^monitoring_end: .* YYYY-MM-DD"):
            parse_day("monitoring_end", bad)
    with pytest.raises(ConfigurationError, match="MONITORING_END .*before MONITORING_START"):
        window_params("2023-01-01", "2022-12-31", start_name="MONITORING_START", end_name="MONITORING_END")
    assert window_params("2023-01-01", "2023-01-01") == {"monitoring_start": "2023-01-01",
                                                          "monitoring_end": "2023-01-01"}
    assert window_params(None, "") == {}
    assert describe_window("2020-12-31", None) == "since 2020-12-31"
    assert describe_window("2021-01-01", "2022-01-01") == "2021-01-01 to 2022-01-01"


def test_the_window_is_sent_only_when_given():
    transport = RecordingTransport()
    client = EpochClient("http://recorded.invalid", None, transport=transport)
    for call in (lambda: client.fetch_supply_shed(limit=5),
                 lambda: client.fetch_supply_shed(limit=5, monitoring_start="2020-12-31"),
                 lambda: client.fetch_deforestation_check("0xabc"),
                 lambda: client.fetch_deforestation_check("0xabc", monitoring_start=dt.date(2021, 6, 1),
                                                          monitoring_end="2024-12-31")):
        with pytest.raises(_Sent):
            call()
    sent = [params for _, params in transport.calls]
    assert "monitoring_start" not in sent[0] and "monitoring_end" not in sent[0]
    assert sent[1]["monitoring_start"] == "2020-12-31" and "monitoring_end" not in sent[1]
    assert "monitoring_start" not in sent[2] and "monitoring_end" not in sent[2]
    assert (sent[3]["monitoring_start"], sent[3]["monitoring_end"]) == ("2021-06-01", "2024-12-31")


def test_a_bad_day_is_refused_before_any_request():
    transport = RecordingTransport()
    client = EpochClient("http://recorded.invalid", None, transport=transport)
    with pytest.raises(ConfigurationError, match="monitoring_start: '2020-31-12'"):
        client.fetch_supply_shed(monitoring_start="2020-31-12")
    with pytest.raises(ConfigurationError, match="monitoring_end"):
        client.fetch_deforestation_check("0xabc", monitoring_end="soon")
    assert transport.calls == []


def _palm(client, **window):
    rows = list(client.fetch_supply_shed(limit=50, filters=PALM, **window))
    assert len(rows) == 1
    return rows[0]["properties"]


def test_sandbox_counts_only_the_loss_inside_the_window(client):
    everything = _palm(client)
    assert compliance_status(everything).label == "High Risk" and everything["noncompliance_plot_count"] > 0
    assert _palm(client, monitoring_start=EUDR_CUTOFF) == everything  # the API's default window
    # Every synthetic loss ends by 2025-12-01: a window starting in 2026 sees none of it.
    late = _palm(client, monitoring_start="2026-01-01")
    assert late["noncompliance_plot_count"] == 0 and late["noncompliance_area_ha"] == 0
    assert compliance_status(late).label == "Compliant"
    assert late["monitoring_start"] == "2026-01-01"
    # A window ending before any loss began sees none either.
    early = _palm(client, monitoring_start="2019-01-01", monitoring_end="2020-06-30")
    assert early["noncompliance_plot_count"] == 0
    # Part of the period: between none and all of it.
    part = _palm(client, monitoring_start="2023-06-01")
    assert 0 <= part["noncompliance_area_ha"] <= everything["noncompliance_area_ha"]


def test_sandbox_drill_down_agrees_with_its_row(client):
    cid = _palm(client)["collection_id"]
    plots = list(client.fetch_deforestation_check(cid, monitoring_start=EUDR_CUTOFF))
    lost = [p for p in plots if p["properties"]["noncompliance_area"] > 0]
    assert lost and all(p["properties"]["deforestation_end"] for p in lost)
    cut = "2024-01-01"
    windowed = list(client.fetch_deforestation_check(cid, monitoring_start=cut))
    assert len(windowed) == len(plots)
    kept = [p for p in windowed if p["properties"]["noncompliance_area"] > 0]
    assert {p["properties"]["plotid"] for p in kept} == {
        p["properties"]["plotid"] for p in lost if p["properties"]["deforestation_end"] >= cut}
    row = _palm(client, monitoring_start=cut)
    assert row["noncompliance_plot_count"] == sum(1 for p in kept if p["properties"]["noncompliance_area"] > 0.5)


def test_sandbox_refuses_a_bad_day_naming_it(client):
    with pytest.raises(BadRequestError, match="monitoring_start"):
        list(client.transport.request("GET", "/fetch_supply_shed", params={"monitoring_start": "2020-13-01"}))
    with pytest.raises(BadRequestError, match="monitoring_end"):
        client.transport.request("GET", "/fetch_deforestation_check",
                                 params={"filename": "0x1", "monitoring_start": "2022-01-01",
                                         "monitoring_end": "2021-01-01"})
