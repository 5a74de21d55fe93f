"""Monitoring windows (``monitoring_start`` / ``monitoring_end``): a synthetic stand-in for Epoch's.

Epoch counts the forest loss detected inside the window. The sandbox's plots carry a loss period
(``deforestation_start`` to ``deforestation_end``); a plot whose loss period does not overlap the window
is served without its loss, and a supply-shed row is re-aggregated from its plots so that the row and
its drill-down agree. Nothing here is real Earth observation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Dict, Iterable, Iterator, Optional, Tuple

from .assessments import aggregate_row

#: Every synthetic loss period starts on this day (``synthetic.plot_deforestation``).
SYNTHETIC_LOSS_FROM = "2021-01-01"
_LOSS_FIELDS = ("noncompliance_area", "noncompliance_area_ha", "noncompliance_area_perc")

Window = Tuple[Optional[str], Optional[str]]


class WindowError(ValueError):
    """A monitoring day that is not ``YYYY-MM-DD``, or a window that ends before it starts."""


def read_window(query: Dict[str, Any]) -> Window:
    """``(start, end)`` from the query (``None`` when absent); :class:`WindowError` names the bad parameter."""
    days = []
    for name in ("monitoring_start", "monitoring_end"):
        value = query.get(name)
        if value in (None, ""):
            days.append(None)
            continue
        text = str(value).strip()
        try:
            if len(text) != 10:
                raise ValueError(text)
            days.append(dt.date.fromisoformat(text).isoformat())
        except ValueError:
            raise WindowError(f"{name}: {text!r} is not a date as YYYY-MM-DD") from None
    start, end = days
    if start and end and end < start:
        raise WindowError(f"monitoring_end: {end} is before monitoring_start {start}")
    return start, end


def changes_nothing(window: Window) -> bool:
    """No synthetic loss period can fall outside ``window`` (the API's default window, for one)."""
    start, end = window
    return (start is None or start <= SYNTHETIC_LOSS_FROM) and (end is None or end >= SYNTHETIC_LOSS_FROM)


def in_window(props: Dict[str, Any], window: Window) -> bool:
    """The plot's loss period overlaps the window (a plot without loss dates keeps what it has)."""
    start, end = window
    loss_from = str(props.get("deforestation_start") or "")[:10]
    loss_to = str(props.get("deforestation_end") or loss_from)[:10]
    if not loss_from:
        return True
    return (start is None or loss_to >= start) and (end is None or loss_from <= end)


def plot_in_window(feature: Dict[str, Any], window: Window) -> Dict[str, Any]:
    """The plot as the window sees it: without its loss when the loss happened outside the window."""
    props = feature.get("properties") or {}
    if in_window(props, window):
        return feature
    out = dict(props)
    out.update({name: 0.0 for name in _LOSS_FIELDS if name in out})
    out.update(deforestation_alert="no deforestation", deforestation_start=None, deforestation_end=None,
               monitoring_note="loss outside the monitoring window")
    return {**feature, "properties": out}


def plots_in_window(plots: Iterable[Dict[str, Any]], window: Window) -> Iterator[Dict[str, Any]]:
    if changes_nothing(window):
        yield from plots
        return
    for plot in plots:
        yield plot_in_window(plot, window)


def rows_in_window(rows: Iterable[Dict[str, Any]], window: Window,
                   plots_of: Callable[[str], Iterable[Dict[str, Any]]]) -> Iterator[Dict[str, Any]]:
    """Supply-shed rows re-aggregated from their plots in the window (rows without plots as they are)."""
    if changes_nothing(window):
        yield from rows
        return
    for row in rows:
        props = row.get("properties") or {}
        cid = props.get("collection_id")
        plots = list(plots_in_window(plots_of(cid), window)) if cid else []
        if not plots:
            yield row
            continue
        fresh = aggregate_row(cid, plots, props, props.get("locations_confidence"))
        fresh.update(monitoring_start=window[0], monitoring_end=window[1])
        yield {**row, "properties": fresh}
