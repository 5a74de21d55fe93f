"""Where the field report prints each plot's visit number: beside its plot, never over another number.

Worked in millimetres of the printed map (x to the right, y downwards from the map frame's top-left corner), so
that the gap between two numbers is the same on every page whatever the map's scale. Each number is placed in
visit order (number 1 first, nearest its plot): the first position on rings spiralling outward from the plot's
point whose box is inside the frame, clear of the numbers already placed and of the plots' dots (every plot is an
obstacle of ``dot_radius``). A number placed further than ``LEADER_GAP_MM`` from its dot is drawn with a leader
line to it. Cartographic practice: label placement by candidate positions around the feature, in priority order
(Imhof, "Positioning names on maps", 1975), with leaders where the space is crowded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

STEP_MM = 0.8  # between two rings of candidate positions
MAX_GAP_MM = 40.0  # the furthest a number goes from its dot
LEADER_GAP_MM = 1.5  # further than this from its dot, a number gets a leader line
FRAME_MARGIN_MM = 0.8  # a number stays this far inside the map's frame
CELL_MM = 6.0  # the spatial index's cell


@dataclass(frozen=True)
class Anchor:
    """A plot to visit: its number, its dot (mm in the map frame) and its number's box size (mm, with the
    white halo's room)."""

    number: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Place:
    """A number's box centre (mm in the map frame), whether it has a leader line, and whether it had to be put
    over something (no free place within ``MAX_GAP_MM``: a map far more crowded than a page can hold)."""

    x: float
    y: float
    leader: bool
    crowded: bool = False


Box = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax


class _Grid:
    """Boxes and dots by cell: a candidate is tested against its neighbours only."""

    def __init__(self) -> None:
        self.cells: Dict[Tuple[int, int], List[Tuple[str, tuple]]] = {}

    def _keys(self, box: Box):
        for i in range(int(math.floor(box[0] / CELL_MM)), int(math.floor(box[2] / CELL_MM)) + 1):
            for j in range(int(math.floor(box[1] / CELL_MM)), int(math.floor(box[3] / CELL_MM)) + 1):
                yield i, j

    def add(self, kind: str, shape: tuple, box: Box) -> None:
        item = (kind, shape)  # one object in every cell it covers: met once by near()
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(item)

    def near(self, box: Box):
        seen = set()
        for key in self._keys(box):
            for item in self.cells.get(key, ()):
                if id(item) not in seen:
                    seen.add(id(item))
                    yield item


def _box_hits_circle(box: Box, cx: float, cy: float, r: float) -> bool:
    dx = max(box[0] - cx, 0.0, cx - box[2])
    dy = max(box[1] - cy, 0.0, cy - box[3])
    return dx * dx + dy * dy < r * r


def _boxes_overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _candidates(anchor: Anchor, dot_radius: float):
    """(x, y, gap) box centres on rings around the dot, nearest first; on each ring from the upper right
    round anticlockwise (the first place cartographers give a point's name)."""
    half_w, half_h = anchor.width / 2, anchor.height / 2
    for ring in range(int(MAX_GAP_MM / STEP_MM) + 1):
        gap = ring * STEP_MM
        radius = dot_radius + gap
        count = max(8, int(math.ceil(2 * math.pi * (radius + max(half_w, half_h)) / STEP_MM)))
        for k in range(count):
            angle = math.pi / 4 + 2 * math.pi * k / count
            c, s = math.cos(angle), -math.sin(angle)  # y grows downwards
            distance = radius + half_w * abs(c) + half_h * abs(s)  # the box clears the ring in this direction
            yield anchor.x + distance * c, anchor.y + distance * s, gap


def place_numbers(anchors: Sequence[Anchor], frame: Tuple[float, float], dot_radius: float,
                  obstacles: Sequence[Tuple[float, float, float]] = ()) -> Dict[int, Place]:
    """Each anchor's number placed (by :attr:`Anchor.number`), in increasing number order.

    ``frame``: the map's (width, height) in mm; ``obstacles``: other circles (x, y, radius) no number covers
    (the facility's symbol, the dots of plots not visited)."""
    grid = _Grid()
    for anchor in anchors:
        grid.add("dot", (anchor.x, anchor.y, dot_radius), (anchor.x - dot_radius, anchor.y - dot_radius,
                                                           anchor.x + dot_radius, anchor.y + dot_radius))
    for x, y, r in obstacles:
        grid.add("dot", (x, y, r), (x - r, y - r, x + r, y + r))
    width, height = frame
    places: Dict[int, Place] = {}
    for anchor in sorted(anchors, key=lambda a: a.number):
        place = _first_free(anchor, grid, width, height, dot_radius, avoid_dots=True)
        if place is None:  # too crowded to keep clear of the dots: clear of the other numbers at least
            place = _first_free(anchor, grid, width, height, dot_radius, avoid_dots=False)
        if place is None:
            x, y, _ = next(_candidates(anchor, dot_radius))
            place = Place(x, y, False, crowded=True)
        places[anchor.number] = place
        half_w, half_h = anchor.width / 2, anchor.height / 2
        box = (place.x - half_w, place.y - half_h, place.x + half_w, place.y + half_h)
        grid.add("box", box, box)
    return places


def _first_free(anchor: Anchor, grid: _Grid, width: float, height: float, dot_radius: float,
                avoid_dots: bool) -> Optional[Place]:
    half_w, half_h = anchor.width / 2, anchor.height / 2
    for x, y, gap in _candidates(anchor, dot_radius):
        box = (x - half_w, y - half_h, x + half_w, y + half_h)
        if (box[0] < FRAME_MARGIN_MM or box[1] < FRAME_MARGIN_MM or box[2] > width - FRAME_MARGIN_MM
                or box[3] > height - FRAME_MARGIN_MM):
            continue
        if any(_boxes_overlap(box, shape) if kind == "box" else
               (avoid_dots and _box_hits_circle(box, *shape)) for kind, shape in grid.near(box)):
            continue
        return Place(x, y, gap >= LEADER_GAP_MM)
    return None
