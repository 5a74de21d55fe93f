"""A hostile or broken server: redirects, resets after an upload, 500s, env proxies (issue 13, items 1-4).

Each mode is served by a hostile server on loopback (``hostile_server.py``, the ``serve`` fixture),
bounded in time and size; it records what reached it, so a test can say that a credential
or a second upload never arrived.
"""

import io
import time

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, PasswordCredentials
from epoch_eudr.core.api.errors import NetworkError, SubmissionUncertainError
from epoch_eudr.core.api.transport import RetryPolicy

FAST = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, max_total_wait=3.0)
COLLECTION = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.3, 6.0]}, "properties": {"id": 1}}]}
EMPTY_FC = b'{"type": "FeatureCollection", "features": []}\n'


def test_a_redirect_to_another_host_is_not_followed_and_sends_no_credential(serve):
    elsewhere = serve(lambda h, n: h.answer(200, EMPTY_FC))
    other = elsewhere.url.replace("127.0.0.1", "localhost")  # another host name: another origin
    api = serve(lambda h, n: h.answer(302, headers=[("Location", other + "/steal")]))
    client = EpochClient(api.url, ApiKeyCredentials("very-secret-key", "user-7"), retry=FAST)
    with pytest.raises(NetworkError, match="redirected /fetch_supply_shed to another server") as caught:
        list(client.fetch_supply_shed())
    assert elsewhere.seen == []  # nothing, so neither the key nor the user id, reached the other host
    assert "very-secret-key" not in str(caught.value)


def test_a_307_from_refresh_token_never_reposts_the_password(serve):
    elsewhere = serve(lambda h, n: h.answer(200, b'{"access_token": "x"}'))
    other = elsewhere.url.replace("127.0.0.1", "localhost")
    api = serve(lambda h, n: h.answer(307, headers=[("Location", other + "/refresh_token")]))
    client = EpochClient(api.url, PasswordCredentials("officer@agency.eu", "hunter2-password"), retry=FAST)
    with pytest.raises(NetworkError, match="another server"):
        list(client.fetch_supply_shed())
    assert elsewhere.seen == [] and len(api.seen) == 1


def test_a_same_origin_redirect_is_followed(serve):
    def behave(handler, n):
        if handler.path.startswith("/old"):
            handler.answer(200, EMPTY_FC)
        else:
            handler.answer(301, headers=[("Location", "/old" + handler.path)])

    api = serve(behave)
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    assert list(client.fetch_supply_shed()) == []
    assert [path.split("?")[0] for _, path, _, _ in api.seen] == ["/fetch_supply_shed", "/old/fetch_supply_shed"]


def test_an_https_to_http_downgrade_is_refused(monkeypatch):
    import requests

    client = EpochClient("https://api.example.org", ApiKeyCredentials("k", "u"), retry=FAST)
    sent = []

    def fake_send(method, url, cancel, **kwargs):
        sent.append(url)
        response = requests.Response()
        response.status_code = 302
        response.raw = io.BytesIO(b"")
        response.url = url
        response.headers["Location"] = "http://api.example.org/fetch_supply_shed"
        return response

    monkeypatch.setattr(client.transport, "_send", fake_send)
    with pytest.raises(NetworkError, match="from https to http"):
        list(client.fetch_supply_shed())
    assert sent == [sent[0]] and sent[0].startswith("https://")


@pytest.mark.parametrize("failure", ["reset", "504", "500"])
def test_a_batch_is_never_submitted_twice(serve, failure):
    def behave(handler, n):
        if failure == "reset":
            handler.close_connection = True
            handler.connection.shutdown(2)  # the body arrived; the answer never comes
        else:
            handler.answer(int(failure), b"gateway timeout")

    api = serve(behave)
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    with pytest.raises(SubmissionUncertainError, match="may have been received") as caught:
        client.batch_process(COLLECTION, "cocoa_test", "cocoa")
    uploads = [seen for seen in api.seen if seen[1].startswith("/batch_process")]
    assert len(uploads) == 1 and len(uploads[0][3]) > 100  # one complete upload, not five
    assert "look the collection up" in str(caught.value)


def test_a_batch_refused_with_429_is_retried(serve):
    def behave(handler, n):
        if n == 1:
            handler.answer(429, b"slow down", headers=[("Retry-After", "0")])
        else:
            handler.answer(200, b'{"message": "ok", "collection_id": "0xabc"}')

    api = serve(behave)
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    client.batch_process(COLLECTION, "cocoa_test", "cocoa")
    assert len(api.seen) == 2  # 429 means the server did not take it: sending again is safe


def test_an_idempotent_get_is_retried_on_500(serve):
    api = serve(lambda h, n: h.answer(500, b"oops") if n <= 2 else h.answer(200, EMPTY_FC))
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    started = time.monotonic()
    assert list(client.fetch_supply_shed()) == []
    assert len(api.seen) == 3 and time.monotonic() - started < 3


def test_loopback_never_goes_through_an_environment_proxy(serve, monkeypatch):
    proxy = serve(lambda h, n: h.answer(502, b"proxy"))
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("http_proxy", proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    api = serve(lambda h, n: h.answer(200, EMPTY_FC))
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    assert list(client.fetch_supply_shed()) == []
    assert proxy.seen == [] and len(api.seen) == 1


def test_a_batch_whose_answer_times_out_is_not_resent(serve):
    def behave(handler, n):
        time.sleep(1.0)  # the body arrived; the answer comes too late
        handler.answer(200, b'{"message": "ok"}')

    api = serve(behave)
    client = EpochClient(api.url, ApiKeyCredentials("k", "u"), retry=FAST)
    client.transport.timeout = (2.0, 0.3)
    with pytest.raises(SubmissionUncertainError, match="no answer within"):
        client.batch_process(COLLECTION, "cocoa_test", "cocoa")
    time.sleep(1.0)
    assert len(api.seen) == 1
