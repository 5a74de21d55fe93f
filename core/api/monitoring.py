"""Monitoring windows of ``/fetch_supply_shed`` and ``/fetch_deforestation_check`` (``YYYY-MM-DD`` days).

The EUDR cut-off is 31 December 2020 (Article 2(13)): forest lost after it makes a product non-compliant,
so it is the default start everywhere the plugin offers a window. The API itself defaults
``monitoring_start`` of ``/fetch_deforestation_check`` to the same day (``API_NOTES.md``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Dict, Optional

from .errors import ConfigurationError

#: The EUDR deforestation cut-off date (Regulation (EU) 2023/1115, Article 2(13)).
EUDR_CUTOFF = "2020-12-31"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_day(name: str, value: Any) -> Optional[str]:
    """``value`` as a ``YYYY-MM-DD`` string (``None`` when blank); a clear error naming ``name`` otherwise.

    Accepts a :class:`datetime.date` (or datetime: its day) and strings with surrounding spaces.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    if _DAY.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise ConfigurationError(f"{name}: {text!r} is not a date; give it as YYYY-MM-DD (for example {EUDR_CUTOFF})",
                             code="date_invalid", params={"name": name, "text": repr(text), "example": EUDR_CUTOFF})


def window_params(start: Any = None, end: Any = None, *, start_name: str = "monitoring_start",
                  end_name: str = "monitoring_end") -> Dict[str, str]:
    """The query parameters of a monitoring window: only the days given, checked, start not after end.

    ``start_name``/``end_name`` are the names used in messages (``MONITORING_START`` in Processing).
    """
    first, last = parse_day(start_name, start), parse_day(end_name, end)
    if first and last and first > last:
        raise ConfigurationError(f"{end_name} ({last}) is before {start_name} ({first}): the monitoring window "
                                 "must end on or after its start", code="window_reversed",
                                 params={"end_name": end_name, "last": last, "start_name": start_name, "first": first})
    params: Dict[str, str] = {}
    if first:
        params["monitoring_start"] = first
    if last:
        params["monitoring_end"] = last
    return params


def describe_window(start: Optional[str], end: Optional[str]) -> str:
    """``since 2020-12-31``, ``2021-01-01 to 2023-12-31``, ``until 2023-12-31``, or ``""``."""
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"since {start}"
    if end:
        return f"until {end}"
    return ""
