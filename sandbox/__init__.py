"""A local server that follows the Epoch API contract, with synthetic results.

For tests, demos and training only; see ``tokens`` for the demo login. It uses
the standard library and shapely, no Qt, so it also runs outside QGIS.
"""

from .server import SandboxServer, temporary_server
from .tokens import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD, DEMO_USER_ID

__all__ = ["SandboxServer", "temporary_server", "DEMO_API_KEY", "DEMO_EMAIL", "DEMO_PASSWORD", "DEMO_USER_ID"]
