"""Client for the EU Information System's EUDR API V3 (SOAP, WS-Security), Qt-free: requests + the standard library.

- :mod:`.client`: :class:`EuIsClient`, the six DDS operations, ``verifyDeclaration`` and ``testEcho``;
- :mod:`.statement`: the statement model (:class:`Statement`, :class:`CommodityLine`, :class:`Producer`...) and
  its XML in the V3 schema's order;
- :mod:`.operations`: request bodies and typed results (:class:`DdsOverview`, :class:`VerifyResult`...);
- :mod:`.environments`: acceptance (default) and production, ``WebServiceClientId``, the http-on-loopback rule;
- :mod:`.wssecurity`: :class:`EuIsCredentials`, the UsernameToken PasswordDigest;
- :mod:`.errors`: :class:`EuIsError`, the one error type (``kind``, ``code``, ``params``, the service's entries);
- :mod:`.ratelimit`: 5 calls a second, shared by every client of the process.

Sources: "EUDR Information System - Operator API Reference" v1.0 and the V3 schemas (release 8.2.1), a copy of
which is in ``sandbox/eu_is/schemas``; the fake service there (``python -m epoch_eudr.sandbox.eu_is``) is what
the tests and demos talk to.
"""

from .client import EuIsClient
from .environments import ACCEPTANCE, PRODUCTION, Environment, environment
from .errors import KINDS, EuIsError, ServiceError
from .operations import (
    KNOWN_STATUSES,
    VERIFY_RESULTS,
    DdsModification,
    DdsOverview,
    EchoResult,
    SubmitResult,
    VerifyResult,
)
from .ratelimit import SHARED_LIMITER, RateLimiter
from .statement import (
    ACTIVITIES,
    OPERATOR_ROLES,
    Address,
    CommodityLine,
    OperatorIdentifier,
    Producer,
    RepresentedOperator,
    Species,
    Statement,
)
from .wssecurity import EuIsCredentials, password_digest

__all__ = [
    "EuIsClient", "ACCEPTANCE", "PRODUCTION", "Environment", "environment", "KINDS", "EuIsError", "ServiceError",
    "KNOWN_STATUSES", "VERIFY_RESULTS", "DdsModification", "DdsOverview", "EchoResult", "SubmitResult",
    "VerifyResult", "SHARED_LIMITER", "RateLimiter", "ACTIVITIES", "OPERATOR_ROLES", "Address", "CommodityLine",
    "OperatorIdentifier", "Producer", "RepresentedOperator", "Species", "Statement", "EuIsCredentials",
    "password_digest",
]
