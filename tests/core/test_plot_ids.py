"""Which column holds the user's own plot id: decided in core (Qt-free), the same for the dock, the map tips,
the field report and its QField copy; a layers module never asks a widget module."""

import ast
from pathlib import Path

from epoch_eudr.core.plot_ids import own_plot_id, user_plot_id_field

ROOT = Path(__file__).resolve().parents[2]


def test_the_users_plot_id_field():
    assert user_plot_id_field(["plotid", "uuid", "Plot ID", "area"]) == "Plot ID"
    assert user_plot_id_field(["plotid", "uuid", "parcela", "id"]) == "parcela"  # the better name first
    assert user_plot_id_field(["PLOT_ID"]) == "PLOT_ID"
    assert user_plot_id_field(["plotid", "uuid", "area"]) == ""  # Epoch's ids are never the user's
    assert user_plot_id_field([]) == ""


def test_own_plot_id_on_one_line():
    assert own_plot_id({"Plot ID": "  FAZ \n 001 "}, "Plot ID") == "FAZ 001"
    assert own_plot_id({"Plot ID": None}, "Plot ID") is None and own_plot_id({"Plot ID": "x"}, "") is None
    assert own_plot_id({"Plot ID": 12}, "Plot ID") == "12"


def test_the_report_asks_core_not_a_widget_module():
    source = (ROOT / "layers" / "report" / "plot_ids.py").read_text(encoding="utf-8")
    modules = {node.module or "" for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    assert not any(m == "ui" or m.startswith("ui.") for m in modules), modules
    assert "core.plot_ids" in modules
