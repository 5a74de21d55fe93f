"""No message, log line or repr may carry a password, token or API key."""

import logging

import pytest
from epoch_eudr.core.api import (
    ApiKeyCredentials,
    EpochClient,
    EpochError,
    PasswordCredentials,
)
from epoch_eudr.core.api.errors import redact
from epoch_eudr.sandbox import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD, DEMO_USER_ID

from .conftest import FAST_RETRY


def test_redact_replaces_secrets_and_jwt_parts():
    token = "eyJhbGciOi.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlc2ln"
    text = f"bad token {token} and payload eyJleHAiOjE3MDAwMDAwMDB9 and pw hunter22"
    clean = redact(text, [token, "hunter22", None])
    assert "hunter22" not in clean and "eyJleHAiOjE3MDAwMDAwMDB9" not in clean and "c2lnbmF0dXJlc2ln" not in clean


def test_reprs_hide_secrets():
    creds = PasswordCredentials("a@b.c", "hunter22")
    key = ApiKeyCredentials("sk-live-123456", "u1")
    client = EpochClient("https://epoch-sco2-api.com", creds)
    for text in (repr(creds), str(creds), repr(key), repr(client), repr(client.transport)):
        assert "hunter22" not in text and "sk-live-123456" not in text


def test_no_secret_anywhere_through_failures(sandbox, caplog):
    caplog.set_level(logging.DEBUG)  # every logger, urllib3 included
    password_client = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD), retry=FAST_RETRY)
    messages = []
    password_client.test_connection()
    token = password_client.transport.credentials.secrets()[1]
    assert token
    scenarios = [
        lambda: setattr(sandbox.faults, "expire_tokens_after", 0),
        lambda: setattr(sandbox.faults, "server_error_next", 10),
        lambda: setattr(sandbox.faults, "rate_limit_next", 10),
    ]
    for arm in scenarios:
        sandbox.faults.reset()
        arm()
        with pytest.raises(EpochError) as info:
            list(password_client.fetch_supply_shed(limit=1))
        messages += [str(info.value), repr(info.value), info.value.detail]
    sandbox.faults.reset()
    wrong = EpochClient(sandbox.url, PasswordCredentials(DEMO_EMAIL, "Wr0ng-Secret!"), retry=FAST_RETRY)
    with pytest.raises(EpochError) as info:
        wrong.test_connection()
    messages += [str(info.value), repr(info.value)]
    keyed = EpochClient(sandbox.url, ApiKeyCredentials(DEMO_API_KEY + "x", DEMO_USER_ID), retry=FAST_RETRY)
    with pytest.raises(EpochError) as info:
        keyed.test_connection()
    messages += [str(info.value), repr(info.value)]
    logged = [record.getMessage() for record in caplog.records]
    assert logged, "logging was captured"
    for secret in (DEMO_PASSWORD, "Wr0ng-Secret!", token, token.split(".")[1], DEMO_API_KEY):
        assert not [m for m in messages + logged if secret in m], secret
