"""Every Qt name the plugin uses must exist in PyQt6 (QGIS 4 runs on Qt 6).

The plugin's sources are parsed (never imported); every attribute chain rooted at a name
imported from ``qgis.PyQt.*`` / ``PyQt5.*`` (``Qt.AlignmentFlag.AlignCenter``,
``QMessageBox.StandardButton.Yes``...) and every imported Qt name is resolved against PyQt6
in a child process (PyQt5 and PyQt6 must not share a process; pytest-qgis may have loaded
PyQt5 here). Classes that moved module in Qt 6 (``QAction`` to ``QtGui``) are found by
name, as QGIS 4's ``qgis.PyQt`` shims re-export them. Two rules hold without PyQt6:
no ``exec_`` (``exec()`` works on Qt 5 too) and no ``QVariant.<Type>`` field types (the compat
helper provides field types).

A line that must keep a Qt 5 spelling (a version-guarded compat branch) carries
``# qt6-compat: <reason>``.

PyQt6 comes from requirements-dev.txt, so inside a virtual environment (``.venv``) a missing
PyQt6 is a failure. Only a Python outside any virtual environment (Debian's
``/usr/bin/python3``, run for its shapely 1.8) skips the PyQt6 resolution; it still runs
the static rules.
"""

import ast
import importlib.util
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_DIRS = ("core", "layers", "ui", "connection", "processing_provider", "sandbox")
PLUGIN_FILES = ("plugin.py", "__init__.py")
QT_PREFIXES = ("qgis.PyQt", "PyQt5", "PyQt6")
IGNORE_MARK = "# qt6-compat:"
# Modules searched for a class that moved between modules in Qt 6 (QAction: QtWidgets -> QtGui).
PYQT6_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtSvgWidgets", "QtPrintSupport",
                 "QtXml", "QtSql", "QtTest", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtMultimedia",
                 "QtQml", "QtDBus", "sip")


class Use(NamedTuple):
    """One Qt name used by a file: ``dotted`` is relative to the Qt package (``QtCore.Qt.AlignCenter``)."""

    path: str
    line: int
    dotted: str


def plugin_sources(root: Path = ROOT) -> List[Path]:
    """Every .py file that ships in the plugin or runs inside QGIS (scripts/*.py)."""
    files = [root / name for name in PLUGIN_FILES]
    for folder in PLUGIN_DIRS:
        files += sorted(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted((root / "scripts").glob("*.py"))
    return [f for f in files if f.is_file()]


def _relative(module: str, prefixes: Sequence[str]) -> Optional[str]:
    """``module`` relative to the first matching prefix ('' for the prefix itself), else None."""
    for prefix in prefixes:
        if module == prefix:
            return ""
        if module.startswith(prefix + "."):
            return module[len(prefix) + 1:]
    return None


def imported_roots(tree: ast.AST, prefixes: Sequence[str]) -> Tuple[Dict[str, str], List[Tuple[int, str]]]:
    """Local names bound to things under ``prefixes``, and the names imported (line, dotted).

    ``from qgis.PyQt.QtCore import Qt`` binds ``Qt`` to ``QtCore.Qt``; ``from qgis.PyQt import QtCore``
    binds ``QtCore`` to ``QtCore``; ``import PyQt5.QtCore`` binds ``PyQt5`` to '' (chains are then
    stripped of the prefix); ``import PyQt5.QtCore as qc`` binds ``qc`` to ``QtCore``.
    """
    roots: Dict[str, str] = {}
    imported: List[Tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            rest = _relative(node.module, prefixes)
            if rest is None:
                continue
            for alias in node.names:
                if alias.name == "*":
                    continue
                dotted = f"{rest}.{alias.name}" if rest else alias.name
                roots[alias.asname or alias.name] = dotted
                imported.append((node.lineno, dotted))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                rest = _relative(alias.name, prefixes)
                if rest is None:
                    continue
                if alias.asname:
                    roots[alias.asname] = rest
                    if rest:
                        imported.append((node.lineno, rest))
                else:
                    roots[alias.name.split(".")[0]] = "\0" + alias.name  # a package root: strip later
    return roots, imported


def attribute_chains(tree: ast.AST, roots: Dict[str, str], prefixes: Sequence[str]) -> List[Tuple[int, str]]:
    """(line, dotted) for every maximal ``Name.attr.attr...`` chain whose Name is in ``roots``."""
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        parts, current = [], node
        while isinstance(current, ast.Attribute):
            parts.append(current.attr)
            current = current.value
        if not (isinstance(current, ast.Name) and current.id in roots):
            continue
        base = roots[current.id]
        if base.startswith("\0"):  # `import PyQt5.QtCore` then `PyQt5.QtCore.Qt.X`
            rest = _relative(".".join([current.id, *reversed(parts)]), prefixes)
            if not rest:
                continue
            found.append((node.lineno, rest))
        else:
            found.append((node.lineno, ".".join(filter(None, [base, *reversed(parts)]))))
    return found


def qt_uses(source: str, path: str = "<snippet>") -> List[Use]:
    """Every Qt name ``source`` uses (imports and attribute chains), skipping ``# qt6-compat:`` lines."""
    tree = ast.parse(source)
    lines = source.splitlines()
    roots, imported = imported_roots(tree, QT_PREFIXES)
    uses = {Use(path, line, dotted) for line, dotted in imported + attribute_chains(tree, roots, QT_PREFIXES)}
    return sorted(u for u in uses if IGNORE_MARK not in lines[u.line - 1])


def is_qvariant_type(dotted: str) -> bool:
    """``QtCore.QVariant.Int``, ``QtCore.QVariant.Type.String``... (not ``QVariant`` itself or its methods)."""
    parts = dotted.split(".")
    return len(parts) >= 3 and parts[:2] == ["QtCore", "QVariant"] and parts[2][:1].isupper()


def static_problems(source: str, path: str = "<snippet>") -> List[str]:
    """Qt 5-only spellings found without PyQt6: ``exec_`` calls and ``QVariant.<Type>`` field types."""
    tree = ast.parse(source)
    lines = source.splitlines()
    problems = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "exec_" and IGNORE_MARK not in lines[node.lineno - 1]:
            problems.add(f"{path}:{node.lineno} exec_: gone in PyQt6, call exec()")
    for use in qt_uses(source, path):
        if is_qvariant_type(use.dotted):
            problems.add(f"{path}:{use.line} {use.dotted[len('QtCore.'):]}: QVariant field types are gone in Qt 6, "
                         "use the compat field-type helper")
    return sorted(problems, key=_sort_key)


def _sort_key(message: str):
    where = message.split(" ", 1)[0]
    path, _, line = where.rpartition(":")
    return path, int(line) if line.isdigit() else 0, message


RESOLVER = r"""
import importlib, json, sys
names = json.load(sys.stdin)
modules = {}
for name in MODULES:
    try:
        modules[name] = importlib.import_module("PyQt6." + name)
    except ImportError:
        pass
missing = {}
for dotted in names:
    parts = dotted.split(".")
    if parts[0] not in modules:
        try:
            modules[parts[0]] = importlib.import_module("PyQt6." + parts[0])
        except ImportError as exc:
            missing[dotted] = "PyQt6.%s cannot be imported (%s)" % (parts[0], exc)
            continue
    obj = modules[parts[0]]
    for depth, part in enumerate(parts[1:], start=1):
        if hasattr(obj, part):
            obj = getattr(obj, part)
        elif depth == 1 and any(hasattr(m, part) for m in modules.values()):  # moved module in Qt 6
            obj = next(getattr(m, part) for m in modules.values() if hasattr(m, part))
        else:
            missing[dotted] = ".".join(parts[:depth + 1])
            break
print(json.dumps(missing))
"""


def in_virtualenv() -> bool:
    return sys.prefix != sys.base_prefix


def require(module: str, requirement: str) -> None:
    """Skip when ``module`` is missing outside a venv (Debian's python); fail when missing in the venv."""
    if importlib.util.find_spec(module) is not None:
        return
    if in_virtualenv():
        pytest.fail(f"{module} is missing from this virtual environment ({sys.prefix}): "
                    f"pip install '{requirement}' (it is in requirements-dev.txt)")
    pytest.skip(f"{module} is not installed for {sys.executable} (the venv run enforces this check)")


@cache
def _resolve(names: Tuple[str, ...]) -> Dict[str, str]:
    code = RESOLVER.replace("MODULES", repr(PYQT6_MODULES))
    result = subprocess.run([sys.executable, "-c", code], input=json.dumps(list(names)), capture_output=True,
                            text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"PyQt6 resolver failed:\n{result.stderr}"
    return json.loads(result.stdout)


def pyqt6_problems(uses: Iterable[Use]) -> List[str]:
    """``path:line name`` for each use that does not exist in PyQt6 (resolved in a child process)."""
    uses = [u for u in uses if not is_qvariant_type(u.dotted)]  # reported by static_problems
    missing = _resolve(tuple(sorted({u.dotted for u in uses})))
    problems = set()
    for use in uses:
        if use.dotted in missing:
            parts = use.dotted.split(".")
            shown = ".".join(parts[1:]) if parts[0].startswith("Qt") and len(parts) > 1 else use.dotted
            problems.add(f"{use.path}:{use.line} {shown}: not in PyQt6 (missing: {missing[use.dotted]})")
    return sorted(problems, key=_sort_key)


def _plugin_texts():
    for path in plugin_sources():
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


# --- the checker itself -------------------------------------------------------------------------------------

def test_collector_sees_every_import_spelling():
    snippet = (
        "from qgis.PyQt.QtCore import Qt, QVariant as V\n"
        "from qgis.PyQt import QtWidgets\n"
        "import PyQt5.QtGui\n"
        "from qgis.core import Qgis\n"
        "a = Qt.AlignmentFlag.AlignCenter | Qt.AlignLeft\n"
        "b = QtWidgets.QMessageBox.Yes\n"
        "c = PyQt5.QtGui.QColor.fromRgb(1, 2, 3).name()\n"
        "d = V.Int\n"
        "e = Qgis.Critical\n"
        "f = Qt.AlignRight  # qt6-compat: Qt 5 branch\n"
    )
    assert [(u.line, u.dotted) for u in qt_uses(snippet)] == [
        (1, "QtCore.QVariant"), (1, "QtCore.Qt"), (2, "QtWidgets"), (5, "QtCore.Qt.AlignLeft"),
        (5, "QtCore.Qt.AlignmentFlag.AlignCenter"), (6, "QtWidgets.QMessageBox.Yes"), (7, "QtGui.QColor.fromRgb"),
        (8, "QtCore.QVariant.Int")]


def test_static_rules_catch_exec_and_qvariant_types():
    snippet = (
        "from qgis.PyQt.QtCore import QVariant\n"
        "from qgis.core import QgsField\n"
        "dialog.exec_()\n"
        "dialog.exec()\n"
        "field = QgsField('n', QVariant.Int)\n"
        "value = QVariant()\n"
    )
    assert static_problems(snippet, "x.py") == [
        "x.py:3 exec_: gone in PyQt6, call exec()",
        "x.py:5 QVariant.Int: QVariant field types are gone in Qt 6, use the compat field-type helper",
    ]


def test_resolver_reports_an_unscoped_qt_name():
    require("PyQt6", "PyQt6>=6.4")
    snippet = (
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtWidgets import QAction, QHeaderView, QMessageBox\n"
        "a = Qt.AlignCenter\n"
        "b = Qt.AlignmentFlag.AlignCenter\n"
        "c = QHeaderView.ResizeMode.Stretch\n"
        "d = QMessageBox.StandardButton.Yes | QMessageBox.No\n"
    )
    assert pyqt6_problems(qt_uses(snippet, "x.py")) == [
        "x.py:3 Qt.AlignCenter: not in PyQt6 (missing: QtCore.Qt.AlignCenter)",
        "x.py:6 QMessageBox.No: not in PyQt6 (missing: QtWidgets.QMessageBox.No)",
    ]


# --- the plugin ---------------------------------------------------------------------------------------------

def test_sources_are_found():
    names = {p.relative_to(ROOT).as_posix() for p in plugin_sources()}
    assert {"plugin.py", "__init__.py", "ui/wdg_dock.py", "layers/operations/task.py"} <= names


def test_plugin_has_no_exec_underscore_or_qvariant_field_types():
    problems = [p for rel, text in _plugin_texts() for p in static_problems(text, rel)]
    assert problems == [], "Qt 5-only spellings (use exec() and the field-type helper):\n" + "\n".join(problems)


def test_every_qt_name_the_plugin_uses_exists_in_pyqt6():
    require("PyQt6", "PyQt6>=6.4")
    uses = [u for rel, text in _plugin_texts() for u in qt_uses(text, rel)]
    assert len(uses) > 50  # the collector really sees the plugin's Qt names
    problems = pyqt6_problems(uses)
    assert problems == [], (f"{len(problems)} Qt name(s) missing from PyQt6 (scope enums fully: "
                            "Qt.AlignmentFlag.AlignCenter, QMessageBox.StandardButton.Yes):\n" + "\n".join(problems))
