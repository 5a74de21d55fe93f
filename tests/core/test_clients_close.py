"""Every HTTP client closes its session when asked (or when its ``with`` block ends): a session left to the garbage
collector leaves its pooled sockets open, and Python prints ``ResourceWarning: unclosed <socket...>``."""

import requests
from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.core.api.transport import Transport
from epoch_eudr.core.eu_is import EuIsClient, EuIsCredentials


class CountingSession(requests.Session):
    closed = 0

    def close(self):
        self.closed += 1
        super().close()


def test_transport_and_client_close_their_session():
    session = CountingSession()
    transport = Transport("http://127.0.0.1:9", PasswordCredentials("a@b.c", "pw"), session=session)
    with EpochClient("http://127.0.0.1:9", None, transport=transport) as client:
        assert client.transport is transport
    assert session.closed == 1
    transport.close()
    assert session.closed == 2  # closing again is harmless


def test_eu_client_closes_its_session():
    session = CountingSession()
    with EuIsClient(EuIsCredentials("user", "key"), server="http://127.0.0.1:9", session=session):
        pass
    assert session.closed == 1
