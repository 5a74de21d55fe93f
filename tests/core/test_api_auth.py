import base64
import json

import pytest
from epoch_eudr.core.api import (
    ApiKeyCredentials,
    AuthenticationError,
    ConfigurationError,
    EpochClient,
    PasswordCredentials,
)
from epoch_eudr.core.api.auth import DEFAULT_TOKEN_LIFETIME, TOKEN_RENEW_MARGIN, jwt_claims, token_expiry
from epoch_eudr.core.api.servers import normalize_base_url
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

from .conftest import FAST_RETRY


def _jwt(payload):
    enc = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJSUzI1NiJ9.{enc}.c2lnbmF0dXJl"


def test_jwt_exp_read_without_verification():
    assert jwt_claims(_jwt({"exp": 2000000000, "email": "a@b"}))["email"] == "a@b"
    assert token_expiry(_jwt({"exp": 2000000000})) == 2000000000.0
    assert token_expiry("not-a-jwt", now=100.0) == 100.0 + DEFAULT_TOKEN_LIFETIME
    assert token_expiry(_jwt({"sub": "x"}), now=5.0) == 5.0 + DEFAULT_TOKEN_LIFETIME
    assert token_expiry(_jwt({"exp": "soon"}), now=5.0) == 5.0 + DEFAULT_TOKEN_LIFETIME


def test_token_reused_until_shortly_before_exp():
    now = [1000.0]
    issued = []

    def fetch(email, password):
        issued.append(1)
        return _jwt({"exp": now[0] + 600})

    creds = PasswordCredentials("a@b.c", "pw", clock=lambda: now[0])
    first = creds.headers(fetch)
    assert creds.headers(fetch) == first and len(issued) == 1
    now[0] += 600 - TOKEN_RENEW_MARGIN - 1
    assert creds.headers(fetch) == first and len(issued) == 1
    now[0] += 2  # inside the renewal margin
    creds.headers(fetch)
    assert len(issued) == 2


@pytest.mark.parametrize("url, expected", [
    ("https://epoch-sco2-api.com/", "https://epoch-sco2-api.com"),
    ("https://api.epoch.eco", "https://api.epoch.eco"),
    ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
    ("http://localhost:9/", "http://localhost:9"),
    ("http://[::1]:8765", "http://[::1]:8765"),
])
def test_accepted_base_urls(url, expected):
    assert normalize_base_url(url) == expected


@pytest.mark.parametrize("url", ["http://epoch-sco2-api.com", "http://10.0.0.5:8765", "ftp://x", "epoch.com", "",
                                 "https://x.com/?a=1"])
def test_refused_base_urls(url):
    with pytest.raises(ConfigurationError):
        normalize_base_url(url)


def test_password_login_reuses_one_token(client, sandbox):
    issued = sandbox.tokens.issued
    assert client.test_connection() == DEMO_EMAIL
    list(client.fetch_supply_shed(limit=2))
    assert sandbox.tokens.issued == issued + 1
    assert sandbox.hits["/refresh_token"] == 1


def test_expired_token_renewed_once_and_request_retried(client, sandbox):
    client.test_connection()
    sandbox.faults.expire_tokens_after = 1  # every token works for one request only
    rows = list(client.fetch_supply_shed(limit=3))
    assert len(rows) == 3
    assert sandbox.hits["/refresh_token"] == 2


def test_token_refused_twice_is_an_authentication_error(client, sandbox):
    sandbox.faults.expire_tokens_after = 0  # every token is refused at once
    with pytest.raises(AuthenticationError) as info:
        client.test_connection()
    assert info.value.status == 401
    assert sandbox.hits["/refresh_token"] == 2  # one renewal, no more
    assert "Sign in again" in str(info.value)


def test_wrong_password_says_so(sandbox):
    bad = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, "wrong"), retry=FAST_RETRY)
    with pytest.raises(AuthenticationError) as info:
        bad.test_connection()
    assert "refused the email or password for demo@sandbox.epoch" in str(info.value)
    assert sandbox.hits["/refresh_token"] == 1  # 401 is not retried


def test_api_key_login(key_client, sandbox):
    assert "sandbox-user" in key_client.test_connection()
    assert "/refresh_token" not in sandbox.hits


def test_wrong_api_key(sandbox):
    bad = EpochClient(sandbox.url, ApiKeyCredentials("nope", "sandbox-user"), retry=FAST_RETRY)
    with pytest.raises(AuthenticationError, match="Invalid API key"):
        bad.test_connection()


def test_missing_credentials(sandbox):
    with pytest.raises(AuthenticationError, match="Not signed in"):
        EpochClient(sandbox.url, None).test_connection()


def test_demo_password_constant_matches(sandbox):
    assert sandbox.tokens.login(DEMO_EMAIL, DEMO_PASSWORD)
