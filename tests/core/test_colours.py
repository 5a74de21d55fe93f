"""One palette for every verdict of every result kind (tables used to raise on plot statuses)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from epoch_eudr.core.colours import CHANGE_COLOURS, KINDS, PREFLIGHT_COLOURS, colour_of, known_values
from epoch_eudr.core.compare import CHANGE_KINDS
from epoch_eudr.core.confidence import LEVEL_COLORS
from epoch_eudr.core.risk import PLOT_STATUSES, PRODUCER_STATUSES


@pytest.mark.parametrize("status", PRODUCER_STATUSES, ids=lambda s: s.key)
def test_every_producer_status_has_its_seed_colour(status):
    assert colour_of("assessments", {"status_key": status.key}) == status.color
    assert colour_of("assessments", {"status": status.label}) == status.color


@pytest.mark.parametrize("kind", ["plots", "screened_plots"])
@pytest.mark.parametrize("status", PLOT_STATUSES, ids=lambda s: s.key)
def test_every_plot_status_has_its_colour(kind, status):
    assert colour_of(kind, {"status_key": status.key, "status": status.label}) == status.color
    assert colour_of(kind, {"status": status.label.upper()}) == status.color


def test_facility_levels_and_preflight_severities():
    for level, colour in LEVEL_COLORS.items():
        assert colour_of("facilities", {"level": level}) == colour
        assert colour_of("facilities", {"confidence_level": level.title()}) == colour
    for severity, colour, _ in PREFLIGHT_COLOURS:
        assert colour_of("preflight", {"severity": severity}) == colour


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("row", [{}, {"status_key": None}, {"status_key": "nope", "status": 3.5, "level": ["x"]},
                                 {"severity": {"a": 1}}, {"status": ""}])
def test_unknown_values_have_no_colour_and_never_raise(kind, row):
    assert colour_of(kind, row) is None


def test_a_plot_status_is_not_a_producer_status():
    assert colour_of("assessments", {"status_key": "non-compliant"}) is None
    assert "non-compliant" in known_values("screened_plots")
    assert colour_of("nonexistent kind", {"status_key": "compliant"}) is None


def test_confidence_levels_keep_their_colours():
    assert LEVEL_COLORS == {"high": "#16a34a", "medium": "#ca8a04", "low": "#dc2626", "invalid": "#475569"}


def test_every_kind_has_a_palette_and_every_change_a_colour():
    from epoch_eudr.core.colours import _palettes

    assert tuple(_palettes()) == KINDS and all(known_values(kind) for kind in KINDS)
    assert set(CHANGE_COLOURS) == set(CHANGE_KINDS)


@pytest.mark.parametrize("first", ["risk", "confidence", "compare", "colours", "field_report"])
def test_colours_load_whichever_module_is_imported_first(first):
    """core/risk.py and core/confidence.py take their colours from core/colours.py: no import cycle, whatever
    module a caller loads first (a fresh interpreter each time)."""
    code = (f"import epoch_eudr.core.{first}\n"
            "from epoch_eudr.core.colours import colour_of\n"
            "from epoch_eudr.core.risk import HIGH_RISK\n"
            "assert colour_of('assessments', {'status': 'High Risk'}) == HIGH_RISK.color == '#dc2626'\n")
    env = {**os.environ, "PYTHONPATH": str(Path(sys.modules["epoch_eudr"].__path__[0]).parent)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
