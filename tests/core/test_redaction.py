"""Secrets never reach a message, in any form a hostile server echoes them (issue 13, item 5)."""

import json

import pytest
from epoch_eudr.core.api import ApiKeyCredentials, EpochClient, PasswordCredentials
from epoch_eudr.core.api.errors import AuthenticationError, ConfigurationError, EpochError, redact
from epoch_eudr.core.api.transport import RetryPolicy

from .test_hostile_transport import EMPTY_FC

FAST = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02, max_total_wait=1.0)
PASSWORD = "pässwörd-Ünïcode-42"  # pragma: allowlist secret (a test value, never a real login)


@pytest.mark.parametrize("echo", [PASSWORD, json.dumps(PASSWORD)[1:-1], json.dumps(PASSWORD, ensure_ascii=False),
                                  "p%C3%A4ssw%C3%B6rd-%C3%9Cn%C3%AFcode-42"])
def test_every_echoed_form_of_a_secret_is_redacted(echo):
    text = redact(f"bad login: {echo} !", [PASSWORD])
    assert echo.strip('"') not in text and PASSWORD not in text
    assert text in ("bad login: *** !", 'bad login: "***" !')


def test_a_token_cut_at_a_line_break_is_redacted_and_url_credentials_too():
    # made-up values below
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyIn0.c2lnbmF0dXJlLXZhbHVl"  # pragma: allowlist secret
    cut = "eyJhbGciOiJIUzI1NiJ9\r\n.eyJzdWIiOiJvZmZpY2VyIn0"  # pragma: allowlist secret
    proxy = "https://me:pw@proxy.eu:3128/x"  # pragma: allowlist secret
    text = redact(f"header was {cut} from {proxy}", [token])
    assert "eyJ" not in text and "me:pw" not in text and "https://***@proxy.eu:3128/x" in text


def test_a_server_address_with_credentials_is_refused():
    with pytest.raises(ConfigurationError, match="must not contain a user name or password") as caught:
        address = "https://officer:s3cret-pw@api.example.org"  # pragma: allowlist secret (made-up)
        EpochClient(address, ApiKeyCredentials("k", "u"))
    assert "s3cret-pw" not in str(caught.value) and "officer" not in str(caught.value)


def test_a_token_with_cr_lf_is_refused_not_sent(serve):
    def behave(handler, n):
        if handler.path.startswith("/refresh_token"):
            handler.answer(200, json.dumps({"access_token": "abc\r\nX-Injected: yes"}).encode())
        else:
            handler.answer(200, EMPTY_FC)

    api = serve(behave)
    client = EpochClient(api.url, PasswordCredentials("officer@agency.eu", PASSWORD), retry=FAST)
    with pytest.raises(AuthenticationError, match="malformed access_token"):
        list(client.fetch_supply_shed())
    assert [path for _, path, _, _ in api.seen] == ["/refresh_token"]


def test_a_server_echoing_the_password_json_escaped_never_shows_it(serve):
    def behave(handler, n):
        body = json.dumps({"detail": f"user officer@agency.eu with password {PASSWORD} is locked"})  # \\u00e4
        handler.answer(401 if handler.path.startswith("/refresh_token") else 200, body.encode())

    api = serve(behave)
    client = EpochClient(api.url, PasswordCredentials("officer@agency.eu", PASSWORD), retry=FAST)
    with pytest.raises(EpochError) as caught:
        list(client.fetch_supply_shed())
    message = str(caught.value) + repr(caught.value) + str(getattr(caught.value, "detail", ""))
    assert PASSWORD not in message and json.dumps(PASSWORD)[1:-1] not in message
