"""House rules of the code layout, checked so that breaking them fails CI.

- ``core/`` and ``sandbox/`` never import QGIS or Qt (they run in plain Python);
- ``ui/`` widgets never talk HTTP themselves;
- no module grows into a 1,500-line monolith.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "sip")
QT_FREE_DIRS = ("core", "sandbox")
MAX_MODULE_LINES = 600


def _py_files(folder):
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(source):
    """Top-level module names imported by ``source``, including ``importlib``/``__import__`` calls."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = getattr(func, "attr", getattr(func, "id", ""))
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names.add(node.args[0].value)
    return names


def forbidden_imports(source):
    return sorted(n for n in imported_modules(source) if n.split(".")[0] in FORBIDDEN)


def test_detector_catches_every_spelling():
    bad = (
        "import qgis.core\nfrom qgis.PyQt import QtCore\nimport PyQt5\nfrom PyQt6.QtCore import Qt\n"
        "import importlib\nimportlib.import_module('qgis.gui')\n__import__('PyQt5.QtWidgets')\n"
    )
    assert forbidden_imports(bad) == ["PyQt5", "PyQt5.QtWidgets", "PyQt6.QtCore", "qgis.PyQt", "qgis.core",
                                      "qgis.gui"]
    assert forbidden_imports("import json\nfrom .values import num\nfrom shapely import wkt\n") == []


@pytest.mark.parametrize("folder", QT_FREE_DIRS)
def test_qt_free_folders_import_no_qt(folder):
    offenders = {}
    for path in _py_files(folder):
        found = forbidden_imports(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}, f"{folder}/ must stay Qt-free: {offenders}"


def test_core_and_sandbox_import_with_qt_blocked():
    """Importing every core and sandbox module works when qgis and PyQt cannot be imported at all."""
    modules = []
    for folder in QT_FREE_DIRS:
        for path in _py_files(folder):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            if parts[-1] != "__main__":
                modules.append(".".join(["epoch_eudr", *parts]))
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name.split('.')[0] in {FORBIDDEN!r}:\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"sys.path.insert(0, {str(ROOT / '.build' / 'pkgpath')!r})\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_ui_does_not_talk_http():
    for path in _py_files("ui"):
        names = imported_modules(path.read_text(encoding="utf-8"))
        assert not {n for n in names if n.split(".")[0] in ("requests", "urllib", "http")}, path


def test_no_monolithic_modules():
    big = {}
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in (".venv", ".build", "dist") or "__pycache__" in rel.parts:
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            big[str(rel)] = lines
    assert big == {}, f"split these modules (over {MAX_MODULE_LINES} lines): {big}"
