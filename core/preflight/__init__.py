"""Offline preflight of plots and facilities against the EU Information System's geolocation rules.

``check`` reports issue codes per feature, ``fixes`` repairs what can be repaired on a copy, and
``traces`` writes EU-ready GeoJSON. Everything here is shapely and plain data: no Qt, no QGIS.
"""

from .check import FeatureReport, Finding, check_features  # noqa: F401
from .codes import CODES, ERROR, OK, WARNING  # noqa: F401
from .measures import BadGeometry, parse_geometry  # noqa: F401
