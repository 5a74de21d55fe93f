"""The field report's map extent and where each visit number is printed on it (computed with the report's data).

The main map's extent is not left to the atlas: it is each page's ``map_xmin`` ... ``map_ymax`` (the section's
extent with a margin, at the map frame's aspect), so the numbers' places, computed here in millimetres of the
printed map by :func:`...core.label_places.place_numbers`, fall where they were computed. Each plot to visit gets
``label_x``/``label_y`` (its number's centre, in degrees), ``anchor_x``/``anchor_y`` (its dot, where a leader
line ends) and ``leader`` (1 when the number is far enough from its dot to need the line).
"""

from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

from qgis.PyQt.QtGui import QFont, QFontMetricsF

from ...core.label_places import Anchor, place_numbers

FONT = "DejaVu Sans"
MAP_SIZE_MM = (125.0, 117.0)  # the main map's frame on the page (see report_layout)
MAP_MARGIN = 0.08  # of the section's extent, on each side
VISIT_LABEL_PT = 6.5  # the numbers' size (bold)
VISIT_BUFFER_MM = 0.7  # their white halo
#: a number's dot: the questioned ring around a point plot (4.2 mm) or a polygon's centre dot (3 mm), and a hair
DOT_RADIUS_MM = {"point": 2.2, "polygon": 1.6}
FACILITY_RADIUS_MM = 2.2  # the facility's symbol (4 mm)
Bounds = Tuple[float, float, float, float]


def map_extent(bounds: Bounds) -> Bounds:
    """The main map's extent for a section of ``bounds``: grown by :data:`MAP_MARGIN`, at the frame's aspect."""
    from .data import fit_aspect

    return fit_aspect(bounds, MAP_SIZE_MM[0] / MAP_SIZE_MM[1], MAP_MARGIN)


def number_size_mm(text: str) -> Tuple[float, float]:
    """(width, height) in mm of a number as printed, with room for half its halo on each side (two halos may
    touch; a number never touches another)."""
    font = QFont(FONT)
    font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    font.setPixelSize(200)  # measured large, then scaled: the same at any resolution
    metrics = QFontMetricsF(font)
    scale = VISIT_LABEL_PT * 25.4 / 72 / 200
    return (metrics.horizontalAdvance(text) * scale + VISIT_BUFFER_MM,
            (metrics.ascent() + metrics.descent()) * scale + VISIT_BUFFER_MM)


def visit_label_fields(numbers: Sequence[Optional[int]], anchors: Sequence[Optional[Tuple[float, float]]],
                       extent: Bounds, points: bool,
                       facility: Optional[Tuple[float, float]] = None) -> Dict[int, dict]:
    """``visit_no -> {label_x, label_y, anchor_x, anchor_y, leader}`` for a section's plots (``numbers`` and
    ``anchors`` (lon, lat) side by side; a plot not to visit has no number, but its dot is kept clear)."""
    xmin, ymin, xmax, ymax = extent
    width_mm, height_mm = MAP_SIZE_MM
    per_mm_x, per_mm_y = (xmax - xmin) / width_mm, (ymax - ymin) / height_mm

    def to_mm(lon: float, lat: float) -> Tuple[float, float]:
        return (lon - xmin) / per_mm_x, (ymax - lat) / per_mm_y

    radius = DOT_RADIUS_MM["point" if points else "polygon"]
    sizes: Dict[int, Tuple[float, float]] = {}
    placed, others, where = [], [], {}
    for number, anchor in zip(numbers, anchors):
        if anchor is None:
            continue
        x, y = to_mm(*anchor)
        if number is None:
            others.append((x, y, radius))
            continue
        text = str(number)
        if text not in sizes:
            sizes[text] = number_size_mm(text)
        placed.append(Anchor(number, x, y, *sizes[text]))
        where[number] = anchor
    if facility is not None:
        others.append((*to_mm(*facility), FACILITY_RADIUS_MM))
    places = place_numbers(placed, MAP_SIZE_MM, radius, others)
    fields = {}
    for anchor in placed:
        place = places[anchor.number]
        lon, lat = where[anchor.number]
        fields[anchor.number] = {"label_x": xmin + place.x * per_mm_x, "label_y": ymax - place.y * per_mm_y,
                                 "anchor_x": lon, "anchor_y": lat, "leader": int(place.leader)}
    return fields
