"""Both logins kept in the QGIS authentication database (connection/auth_config.py for Epoch,
connection/eu_credentials.py for the EU Information System): saved as Basic configurations, updated in place
under the same id, read back, and a missing or non-Basic configuration refused in words with its own code."""

import pytest
from epoch_eudr.connection.auth_config import REALM_API_KEY, credentials_from_authcfg, load_login, save_credentials
from epoch_eudr.connection.eu_credentials import REALM, save_eu_credentials
from epoch_eudr.connection.eu_credentials import credentials_from_authcfg as eu_credentials_from_authcfg
from epoch_eudr.core.api.auth import ApiKeyCredentials, PasswordCredentials
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.core.eu_is import EuIsError
from qgis.core import QgsAuthMethodConfig


def _stored(manager, authcfg):
    config = QgsAuthMethodConfig()
    assert manager.loadAuthenticationConfig(authcfg, config, True)
    return config


def test_epoch_login_saved_updated_and_read(auth_manager):
    authcfg = save_credentials("Epoch test", "password", " someone@example.org ", "pass word")
    assert load_login(authcfg) == ("password", "someone@example.org", "pass word")
    assert isinstance(credentials_from_authcfg(authcfg), PasswordCredentials)
    again = save_credentials("Epoch test key", "api_key", "user-7", "key-7", authcfg=authcfg)
    assert again == authcfg  # updated in place
    config = _stored(auth_manager, authcfg)
    assert (config.name(), config.method(), config.config("realm")) == ("Epoch test key", "Basic", REALM_API_KEY)
    credentials = credentials_from_authcfg(authcfg)
    assert isinstance(credentials, ApiKeyCredentials)
    assert load_login(authcfg) == ("api_key", "user-7", "key-7")


def test_eu_login_saved_updated_and_read(auth_manager):
    authcfg = save_eu_credentials("EU test", " operator-1 ", " key-1 ")
    config = _stored(auth_manager, authcfg)
    assert (config.method(), config.config("realm"), config.config("username"), config.config("password")) == (
        "Basic", REALM, "operator-1", "key-1")
    assert eu_credentials_from_authcfg(authcfg).username == "operator-1"
    assert save_eu_credentials("EU test 2", "operator-2", "key-2", authcfg=authcfg) == authcfg
    assert eu_credentials_from_authcfg(authcfg).username == "operator-2"
    assert _stored(auth_manager, authcfg).name() == "EU test 2"


def test_missing_or_other_method_configurations_are_refused_in_words(auth_manager):
    with pytest.raises(ConfigurationError, match="'nope123' was not found"):
        load_login("nope123")
    with pytest.raises(EuIsError, match="'nope123' was not found") as found:
        eu_credentials_from_authcfg("nope123")
    assert found.value.code == "eu_is_authcfg_missing"
    other = QgsAuthMethodConfig("Identity-Cert")
    other.setName("A certificate")
    other.setConfig("certid", "x")
    answer = auth_manager.storeAuthenticationConfig(other)
    ok, stored = answer if isinstance(answer, tuple) else (answer, other)
    assert ok
    with pytest.raises(ConfigurationError, match="uses the Identity-Cert method"):
        load_login(stored.id())
    with pytest.raises(EuIsError, match="uses the Identity-Cert method") as method:
        eu_credentials_from_authcfg(stored.id())
    assert method.value.code == "eu_is_authcfg_method"


def test_incomplete_logins_are_refused_before_storing(auth_manager):
    with pytest.raises(ConfigurationError, match="Enter both"):
        save_credentials("x", "password", "  ", "secret")
    with pytest.raises(EuIsError, match="Enter both") as eu:
        save_eu_credentials("x", "operator", "   ")
    assert eu.value.code == "eu_is_login_incomplete"
