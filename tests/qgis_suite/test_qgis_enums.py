"""Every QGIS enum value the plugin names must be reached through its enum type (QGIS 4 rule).

QGIS 4 drops the unscoped spellings (``Qgis.Critical``, ``QgsTask.CanCancel``,
``QgsWkbTypes.PolygonGeometry``); the scoped ones (``Qgis.MessageLevel.Critical``,
``QgsTask.Flag.CanCancel``, ``QgsWkbTypes.GeometryType.PolygonGeometry``) already work on 3.22.
The plugin's sources are parsed with the collector of ``tests/core/test_qt6_names.py``; each
attribute chain rooted at a name imported from ``qgis.core``/``qgis.gui``/``qgis.analysis`` is
walked on the live PyQGIS, and an enum value reached on anything but its own enum type fails.

Enum values are recognised on both bindings: sip enums (PyQt5, QGIS 3.x) are instances of a
type whose metaclass is ``sip.enumtype``; Python ``enum.Enum`` members (QGIS's ``enum class``
types, already on 3.22 for some ``Qgis`` enums, and everything on Qt 6) are instances of an
``EnumMeta`` class. Unscoped aliases such as ``QgsSymbol.Marker`` (an alias of
``Qgis.SymbolType.Marker``) are caught too.

A name missing from this QGIS fails as well, unless the file guards it with ``hasattr`` on a
prefix of the chain (``if hasattr(Qgis, "LayoutUnit"): Qgis.LayoutUnit.Millimeters``) or the
line carries ``# qgis-compat: <reason>``.
"""

import ast
import enum
import importlib
import importlib.util
from pathlib import Path
from typing import List, NamedTuple, Optional, Set

ROOT = Path(__file__).resolve().parents[2]
QGIS_PREFIXES = ("qgis.core", "qgis.gui", "qgis.analysis")
IGNORE_MARK = "# qgis-compat:"


def _load_collector():
    spec = importlib.util.spec_from_file_location("epoch_qt_names_collector",
                                                  ROOT / "tests" / "core" / "test_qt6_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


collector = _load_collector()


class QgisUse(NamedTuple):
    path: str
    line: int
    module: str  # qgis.core
    dotted: str  # Qgis.MessageLevel.Critical


def qgis_uses(source: str, path: str = "<snippet>") -> List[QgisUse]:
    tree = ast.parse(source)
    lines = source.splitlines()
    uses = set()
    for prefix in QGIS_PREFIXES:
        roots, imported = collector.imported_roots(tree, (prefix,))
        for line, dotted in imported + collector.attribute_chains(tree, roots, (prefix,)):
            if dotted and IGNORE_MARK not in lines[line - 1]:
                uses.add(QgisUse(path, line, prefix, dotted))
    return sorted(uses)


def hasattr_guards(source: str) -> Set[str]:
    """``X.Y.name`` for each ``hasattr(X.Y, "name")`` whose object is a chain rooted at a QGIS import."""
    tree = ast.parse(source)
    guards = set()
    for prefix in QGIS_PREFIXES:
        roots, _ = collector.imported_roots(tree, (prefix,))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "hasattr"
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)
                    and isinstance(node.args[1].value, str)):
                target = _dotted(node.args[0])
                if target and target.split(".")[0] in roots:
                    base = roots[target.split(".")[0]]
                    guards.add(".".join(filter(None, [base, *target.split(".")[1:], node.args[1].value])))
    return guards


def _dotted(node: ast.AST) -> Optional[str]:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else None


def is_enum_type(obj) -> bool:
    """A sip enum type (metaclass ``sip.enumtype``) or a Python ``enum.Enum`` class."""
    return isinstance(obj, enum.EnumMeta) or (isinstance(obj, type) and type(obj).__name__ == "enumtype")


def is_enum_value(obj) -> bool:
    return not isinstance(obj, type) and is_enum_type(type(obj))


def _scoped_spelling(module, value, member: str) -> str:
    kind = type(value)
    owner = kind.__qualname__
    if "." not in owner:  # a Python enum declared in Qgis (Qgis.SymbolType): find where it is exposed
        holder = next((name for name in ("Qgis",) if getattr(getattr(module, name, None), owner, None) is kind), None)
        owner = f"{holder}.{owner}" if holder else owner
    name = value.name if isinstance(value, enum.Enum) else member
    return f"{owner}.{name}"


def enum_problems(uses: List[QgisUse], guards_by_path=None) -> List[str]:
    """``path:line name: ...`` for each unscoped enum value, and each unguarded name missing from this QGIS."""
    guards_by_path = guards_by_path or {}
    problems = set()
    for use in uses:
        module = importlib.import_module(use.module)
        parts = use.dotted.split(".")
        obj = module
        for depth, part in enumerate(parts):
            prefix = ".".join(parts[:depth + 1])
            if not hasattr(obj, part):
                guarded = any(prefix == g or prefix.startswith(g + ".") for g in guards_by_path.get(use.path, ()))
                if not guarded:
                    problems.add(f"{use.path}:{use.line} {prefix}: not in {use.module} of this QGIS "
                                 "(guard it with hasattr or mark the line '# qgis-compat: <reason>')")
                break
            parent, obj = obj, getattr(obj, part)
            if is_enum_value(obj) and not (is_enum_type(parent) and isinstance(obj, parent)):
                problems.add(f"{use.path}:{use.line} {prefix}: unscoped enum value, write "
                             f"{_scoped_spelling(module, obj, part)}")
                break
    return sorted(problems, key=collector._sort_key)


# --- the checker itself -------------------------------------------------------------------------------------

def test_detects_sip_and_python_enum_values():
    from qgis.core import Qgis, QgsSymbol, QgsTask

    assert is_enum_value(Qgis.MessageLevel.Critical) and is_enum_type(Qgis.MessageLevel)
    assert is_enum_value(QgsTask.Flag.CanCancel) and not is_enum_value(QgsTask.Flag)
    assert is_enum_value(QgsSymbol.SymbolType.Marker if hasattr(QgsSymbol, "SymbolType") else Qgis.SymbolType.Marker)
    assert not is_enum_value(Qgis) and not is_enum_value(1) and not is_enum_value(True)
    assert not is_enum_value(Qgis.QGIS_VERSION)


def test_checker_reports_unscoped_values_and_unguarded_missing_names():
    snippet = (
        "from qgis.core import Qgis, QgsSymbol, QgsTask, QgsWkbTypes\n"
        "a = Qgis.Critical\n"
        "b = Qgis.MessageLevel.Critical\n"
        "c = QgsTask.CanCancel | QgsTask.Flag.AllFlags\n"
        "e = QgsWkbTypes.PolygonGeometry\n"
        "f = QgsWkbTypes.GeometryType.PolygonGeometry\n"
        "g = QgsSymbol.Marker\n"
        "h = Qgis.NoSuchEnum.Value\n"
        "if hasattr(Qgis, 'NotYetThere'):\n"
        "    i = Qgis.NotYetThere.Millimeters\n"
        "j = Qgis.Warning  # qgis-compat: a test of the marker\n"
    )
    uses = qgis_uses(snippet, "x.py")
    problems = enum_problems(uses, {"x.py": hasattr_guards(snippet)})
    assert [p.split(" ")[0].split(":")[1] for p in problems] == ["2", "4", "5", "7", "8"]
    assert problems[0] == "x.py:2 Qgis.Critical: unscoped enum value, write Qgis.MessageLevel.Critical"
    assert problems[1] == "x.py:4 QgsTask.CanCancel: unscoped enum value, write QgsTask.Flag.CanCancel"
    assert problems[2].startswith("x.py:5 QgsWkbTypes.PolygonGeometry: unscoped enum value, write ")
    assert problems[3] == "x.py:7 QgsSymbol.Marker: unscoped enum value, write Qgis.SymbolType.Marker"
    assert problems[4].startswith("x.py:8 Qgis.NoSuchEnum: not in qgis.core of this QGIS")


# --- the plugin ---------------------------------------------------------------------------------------------

def test_every_qgis_enum_value_the_plugin_uses_is_scoped():
    uses, guards = [], {}
    for path in collector.plugin_sources(ROOT):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        uses += qgis_uses(text, rel)
        guards[rel] = hasattr_guards(text)
    assert len(uses) > 50  # the collector really sees the plugin's QGIS names
    problems = enum_problems(uses, guards)
    assert problems == [], f"{len(problems)} QGIS name(s) to fix for QGIS 4:\n" + "\n".join(problems)
