"""The colour of every verdict of every result kind: one place for tables, cards and map styles.

Tables used to look statuses up among producer statuses only, and raised while
painting screened plots (``non-compliant`` is a plot status). Here each kind
says which field carries its verdict and which values it knows; an unknown or
empty value has no colour, never an exception.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Dict, Mapping, Optional, Tuple

from .coercion import norm_key

# core/risk.py and core/confidence.py take their colours from here, and core/compare.py reads core/risk.py: so
# this module imports none of them when it loads (the verdicts' palette below reads core/risk.py when first used).

RGB = Tuple[int, int, int]
#: The verdicts' colours, by what they say: red a risk (High Risk, Non-Compliant, a low confidence), amber a
#: medium one, green compliant (a high confidence), slate grey what cannot be judged (Not Assessable, a data
#: error, an invalid facility). Text, outlines and cards use these; the Enforcement Dashboard guide's palette.
RISK_RED, MEDIUM_AMBER, COMPLIANT_GREEN, UNJUDGED_GREY = "#dc2626", "#ca8a04", "#16a34a", "#475569"
#: The same verdicts' fills on the map, (r, g, b): a softer red and a lighter grey than the text colours, so a
#: dot or a plot reads under its white edge.
RISK_RED_FILL: RGB = (220, 53, 69)
MEDIUM_AMBER_FILL: RGB = (202, 138, 4)
COMPLIANT_GREEN_FILL: RGB = (22, 163, 74)
UNJUDGED_GREY_FILL: RGB = (148, 163, 184)
#: A producer's dot lets the dots under it show (alpha 200 of 255); a plot's status colour is opaque.
PRODUCER_FILL_ALPHA, PLOT_FILL_ALPHA = 200, 255
#: A facility's confidence level -> its colour: as the verdict the level leads to.
CONFIDENCE_LEVEL_COLOURS: Dict[str, str] = {"high": COMPLIANT_GREEN, "medium": MEDIUM_AMBER, "low": RISK_RED,
                                            "invalid": UNJUDGED_GREY}

#: The check sample's ring (Regulation (EU) 2023/1115 Art. 16 checks): a colour no verdict uses, so the
#: producers picked stand out over the assessments they are drawn on.
CHECK_SAMPLE_COLOUR = "#c026d3"
#: The outline of a facility checked on the map (its fill is its confidence level's colour): dark, so a check
#: stands out from the screened facilities' white-edged dots it may sit among.
CHECKED_FACILITY_OUTLINE = "#0f172a"
#: The drill-down's other layers: the supply shed's blue outline, the facility's yellow dot on a near-black edge.
SHED_BLUE, FACILITY_YELLOW, FACILITY_EDGE = "#2563eb", "#facc15", "30,30,30,255"
#: A DDS's geolocations (the layers of a downloaded Due Diligence Statement ZIP): one fixed teal, a colour no
#: verdict and no drill-down layer uses, so they read as the statement's, never as a status; a light fill.
DDS_TEAL, DDS_FILL = "#0f766e", "15,118,110,60"
#: The white edge of a status dot (it reads on any basemap), and the slightly see-through white halo under the
#: check sample's ring.
WHITE_EDGE, SAMPLE_HALO = "255,255,255,255", "255,255,255,230"
#: The dock's own colours (cards, message lines, notes): by purpose, so a tab never spells a hex value.
CARD_BORDER = "#cbd5e1"
CAPTION_GREY = "#475569"
#: A message line's colour by its level (``Qgis.MessageLevel`` name, lower case); anything else: ``info``.
MESSAGE_COLOURS: Dict[str, str] = {"critical": "#b91c1c", "warning": "#b45309", "success": "#15803d",
                                   "info": "#334155"}
#: A note that stands out (the sandbox's "not a real server" note): dark amber on light yellow.
NOTE_BACKGROUND, NOTE_TEXT = "#fef9c3", "#713f12"
#: The changes layer (*Changes since...*): change -> (fill, outline) as "r,g,b,a": red worse, green better, blue
#: new, hollow grey gone, amber for figures that moved, pale grey unchanged.
#: Keyed by core/compare.py's change kinds, spelled here (that module reads core/risk.py, which reads this one).
CHANGE_COLOURS: Dict[str, Tuple[str, str]] = {
    "worse": ("220,38,38,235", "255,255,255,255"),
    "new": ("37,99,235,220", "255,255,255,255"),
    "gone": ("255,255,255,0", "71,85,105,255"),
    "changed": ("245,158,11,220", "255,255,255,255"),
    "better": ("22,163,74,220", "255,255,255,255"),
    "unchanged": ("203,213,225,160", "148,163,184,200"),
}
#: Preflight severities: (key, colour, legend label), worst first.
PREFLIGHT_COLOURS: Tuple[Tuple[str, str, str], ...] = (
    ("error", "#dc2626", "Error: blocks an EU upload"), ("warning", "#f97316", "Warning"), ("ok", "#16a34a", "OK"))


def _by_key_and_label(statuses) -> Dict[str, str]:
    table = {}
    for status in statuses:
        table[status.key] = status.color
        table[norm_key(status.label)] = status.color
    return table


#: The result kinds that have a verdict colour (:func:`colour_of`).
KINDS = ("assessments", "plots", "screened_plots", "facilities", "checked_facilities", "preflight")


@cache
def _palettes() -> Dict[str, Tuple[Tuple[str, ...], Dict[str, str]]]:
    """kind -> (fields that carry the verdict, in order of preference; normalised value -> colour).

    Built when first asked for: the statuses' labels are core/risk.py's, and that module imports this one.
    """
    from .risk import PLOT_STATUSES, PRODUCER_STATUSES

    return {
        "assessments": (("status_key", "status"), _by_key_and_label(PRODUCER_STATUSES)),
        "plots": (("status_key", "status"), _by_key_and_label(PLOT_STATUSES)),
        "screened_plots": (("status_key", "status"), _by_key_and_label(PLOT_STATUSES)),
        "facilities": (("level", "confidence_level"), dict(CONFIDENCE_LEVEL_COLOURS)),
        "checked_facilities": (("level", "confidence_level"), dict(CONFIDENCE_LEVEL_COLOURS)),
        "preflight": (("severity",), {key: colour for key, colour, _ in PREFLIGHT_COLOURS}),
    }


def colour_of(kind: str, row: Mapping[str, Any]) -> Optional[str]:
    """The ``#rrggbb`` colour of a result row of ``kind``, or ``None`` (unknown kind, value or empty row)."""
    fields, palette = _palettes().get(kind, ((), {}))
    for name in fields:
        value = row.get(name)
        if value is None:
            continue
        colour = palette.get(norm_key(value)) or palette.get(str(value).strip().lower())
        if colour:
            return colour
    return None


def known_values(kind: str) -> Tuple[str, ...]:
    """Every verdict value of ``kind`` that has a colour (for tests and legends)."""
    return tuple(_palettes().get(kind, ((), {}))[1])


#: The field report's print colours (a page on white paper): dark text, a grey for captions and grids, the red
#: of its sandbox banner, white on the status badge.
REPORT_TEXT, REPORT_CAPTION, REPORT_BANNER, REPORT_ON_BADGE = "#0f172a", CAPTION_GREY, "#b91c1c", "#ffffff"
#: Its maps: land, water, the country borders and graticule, the leader from a moved number to its plot.
REPORT_LAND, REPORT_WATER, REPORT_BORDER = "#f4f1ea", "#e0f2fe", "#94a3b8"
REPORT_GRATICULE, REPORT_LEADER = "#64748b", "#1e293b"
#: The locator: the producer's country, the other countries, the red dot and frame of where the report's map is.
LOCATOR_COUNTRY, LOCATOR_OTHERS, LOCATOR_HERE, LOCATOR_FRAME_FILL = "#94a3b8", "#eef2f6", "#dc2626", "220,38,38,90"
#: A plot the second opinion does not find Compliant: an orange ring (no verdict uses orange); a hollow fill.
QUESTIONED_ORANGE, TRANSPARENT = "#ea580c", "0,0,0,0"
#: The edge of the facility's swatch in the report's legend: the map's own facility edge.
REPORT_FACILITY_EDGE = FACILITY_EDGE
