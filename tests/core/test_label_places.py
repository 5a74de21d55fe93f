"""The field report's visit numbers placed on a crowded map (core.label_places): none over another, none out of
the frame, number 1 nearest its plot, the ones moved away given a leader line."""

import itertools
import math

from epoch_eudr.core.label_places import LEADER_GAP_MM, Anchor, place_numbers


def test_numbers_spiral_out_of_a_cluster_without_overlapping():
    """60 plots on one spot: every number placed, none over another or out of the frame, the far ones led."""
    anchors = [Anchor(n, 50.0, 40.0, 4.0 + (n >= 10) * 1.6, 3.4) for n in range(1, 61)]
    places = place_numbers(anchors, (100.0, 80.0), 1.6)
    assert sorted(places) == list(range(1, 61)) and not any(p.crowded for p in places.values())
    boxes = {n: (p.x - a.width / 2, p.y - a.height / 2, p.x + a.width / 2, p.y + a.height / 2)
             for n, p, a in ((a.number, places[a.number], a) for a in anchors)}
    for a, b in itertools.combinations(boxes.values(), 2):
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    assert all(0 < box[0] and box[2] < 100 and 0 < box[1] and box[3] < 80 for box in boxes.values())
    first = places[1]
    assert not first.leader and math.hypot(first.x - 50, first.y - 40) < 6  # number 1 beside its plot
    assert places[60].leader and math.hypot(places[60].x - 50, places[60].y - 40) > LEADER_GAP_MM + 6


def test_a_map_too_crowded_still_places_every_number():
    """More numbers than the frame can hold: each is still placed (said to be crowded), none lost."""
    anchors = [Anchor(n, 10.0, 10.0, 6.0, 3.4) for n in range(1, 81)]
    places = place_numbers(anchors, (20.0, 20.0), 1.6)
    assert sorted(places) == list(range(1, 81))
    assert any(p.crowded for p in places.values()) and not places[1].crowded


def test_numbers_keep_clear_of_other_plots_and_the_facility():
    anchors = [Anchor(1, 20.0, 20.0, 4.0, 3.4)]
    free = place_numbers(anchors, (40.0, 40.0), 1.6)[1]
    blocked = place_numbers(anchors, (40.0, 40.0), 1.6, obstacles=[(free.x, free.y, 2.2)])[1]
    assert (blocked.x, blocked.y) != (free.x, free.y)
    assert math.hypot(blocked.x - free.x, blocked.y - free.y) >= 2.2
