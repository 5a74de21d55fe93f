"""A fake EU Information System (EUDR API V3: DDS, Verify, Echo) for tests, demos and training.

SYNTHETIC: it follows the official V3 schemas (kept in ``schemas/``) and the Operator API Reference, but it is
not the EU's service and nothing sent to it is declared anywhere. Standard library (and lxml, when installed,
to validate every request against the schemas); no Qt, so it also runs outside QGIS:

    python -m epoch_eudr.sandbox.eu_is --port 0
"""

from .server import DEMO_AUTH_KEY, DEMO_EORI, DEMO_USERNAME, EuIsFakeServer, Faults, temporary_server

__all__ = ["DEMO_AUTH_KEY", "DEMO_EORI", "DEMO_USERNAME", "EuIsFakeServer", "Faults", "temporary_server"]
