"""Epoch's facility validation endpoints: ``GET /validate_facility`` and ``POST /validate_facilities``.

Epoch's "Facility Validation" page documents both: one WKT point as a query, or a GeoJSON file of
points as ``multipart/form-data`` with the options as form fields. Beyond ``/validate_locations`` (the
dashboard's endpoint, still the default for facility layers) they take ``commodity_radius`` (metres
around the facility searched for the commodity, 5,000 by default) and ``include_legality_check``
(the Article 10 sources). The page lists ``include_deforestation`` and ``include_legality_check`` for
``/validate_facilities`` only; they are sent to ``/validate_facility`` too when asked for (a server
that ignores them answers without those fields, which every reader here tolerates).
"""

from __future__ import annotations

from math import isfinite
from typing import Any, Dict, Mapping, Optional

from .errors import ConfigurationError

#: Every option of the facility validation endpoints: (API key, is a true/false flag).
FACILITY_OPTIONS: Dict[str, bool] = {
    "commodity_type": False, "commodity_radius": False, "check_road_access": True, "check_water_access": True,
    "check_port_proximity": True, "include_deforestation": True, "include_legality_check": True,
}
DEFAULT_COMMODITY_RADIUS_M = 5000.0
MAX_COMMODITY_RADIUS_M = 100_000.0  # beyond a facility's sourcing area; a typo more likely than a choice


def check_radius(value: Any) -> Optional[float]:
    """A commodity radius in metres (``None``: the server's default), refused when not a positive number."""
    if value in (None, ""):
        return None
    try:
        radius = float(value)
    except (TypeError, ValueError):
        radius = float("nan")
    if not isfinite(radius) or not 0 < radius <= MAX_COMMODITY_RADIUS_M:
        raise ConfigurationError(
            f"The commodity radius must be a number of metres above 0 and at most {MAX_COMMODITY_RADIUS_M:,.0f} "
            f"(not {value!r}); leave it empty for Epoch's default of {DEFAULT_COMMODITY_RADIUS_M:,.0f} m.",
            code="commodity_radius_refused", params={"value": str(value)})
    return radius


def facility_params(options: Mapping[str, Any]) -> Dict[str, str]:
    """The options as the endpoints take them: flags ``true``/``false``, numbers as text, unset ones left out."""
    unknown = set(options) - set(FACILITY_OPTIONS)
    if unknown:
        raise ConfigurationError(f"Unknown facility validation option(s): {', '.join(sorted(unknown))}")
    params: Dict[str, str] = {}
    for key, is_flag in FACILITY_OPTIONS.items():
        value = options.get(key)
        if value is None or value == "":
            continue
        if is_flag:
            params[key] = "true" if value else "false"
        elif key == "commodity_radius":
            radius = check_radius(value)
            params[key] = f"{radius:g}" if radius is not None else ""
        else:
            params[key] = str(value)
    return {k: v for k, v in params.items() if v != ""}


class FacilitiesEndpoint:
    """A client whose screening goes to ``/validate_facilities`` with ``extra`` options (the radius, the
    legality check): handed to the screening stream in place of the client, it answers the same calls."""

    def __init__(self, client: Any, extra: Mapping[str, Any]) -> None:
        self.client = client
        self.extra = dict(extra)

    def validate_locations_chunks(self, pieces: Any, *, location_type: str, **options: Any):
        if location_type != "facility":
            raise ConfigurationError("The commodity radius and the legality sources apply to facilities only.")
        extra = dict(self.extra)
        if options.pop("include_article10_check", None):  # /validate_locations' name of the same check
            extra["include_legality_check"] = True
        return self.client.validate_facilities_chunks(pieces, **{**options, **extra})

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)
