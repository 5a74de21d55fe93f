"""The plugin's translations: extract the strings into i18n/*.ts (pylupdate5) and compile them to .qm (lrelease).

Usage:
    i18n.py update LANG [LANG ...]   extract every translatable string of the plugin's code (pylupdate5) and
                                     update i18n/epoch_eudr_<LANG>.ts: translations kept, new strings added
                                     as unfinished, strings the code no longer uses marked obsolete
    i18n.py compile [--if-stale]     compile every i18n/*.ts to its .qm beside it (lrelease)

The code translates with one helper per module, ``def tr(text): return QCoreApplication.translate("Ctx", text)``,
called with literals: ``tr("{n} plots screened").format(n=n)``. pylupdate5 files the bare ``tr("...")`` calls
under the context ``@default``; this script moves each to the context of its module's helper, the one the code
asks for at run time. Locations are kept without line numbers so that moving code does not churn the .ts files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess  # nosec B404: runs the Qt tools on the repository's own files
import sys
import tempfile
import xml.etree.ElementTree as ET  # nosec B405: parses the repository's own .ts files
from pathlib import Path
from typing import Dict, List, Optional, Tuple
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
PREFIX = "epoch_eudr_"
SOURCE_FILES = ("plugin.py", "__init__.py")
SOURCE_DIRS = ("ui", "layers", "processing_provider", "connection")
HELPER = re.compile(r"def tr\([^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(\s*\"([^\"]+)\"\s*,")
DEFAULT = "@default"

Key = Tuple[str, str]  # (context, source)


def source_files(root: Path = ROOT) -> List[Path]:
    """The plugin's Python files that may hold user-facing text (core is Qt-free: its texts carry codes)."""
    files = [root / name for name in SOURCE_FILES]
    for folder in SOURCE_DIRS:
        files += sorted(p for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def helper_context(path: Path) -> Optional[str]:
    """The context of the module's ``tr`` helper, or None when it has none."""
    match = HELPER.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def _tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    raise SystemExit(f"i18n: none of {', '.join(names)} is installed (Debian: pyqt5-dev-tools, qttools5-dev-tools)")


def lrelease() -> str:
    return _tool("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "/usr/lib/qt6/bin/lrelease")


def extract(root: Path = ROOT) -> Dict[Key, List[str]]:
    """Every (context, source) the code translates, in the order found, with the files using it."""
    files = source_files(root)
    contexts = {p.relative_to(root).as_posix(): helper_context(p) for p in files}
    tool = _tool("pylupdate5")
    trees = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, path in enumerate(files):  # one file a run: pylupdate5 keeps one location of a repeated text
            out = Path(tmp) / f"{index}.ts"
            subprocess.run([tool, "-noobsolete", str(path), "-ts", str(out)],  # nosec B603: a fixed tool
                           check=True, capture_output=True, text=True, cwd=root)
            if out.is_file():
                trees.append(ET.parse(out))  # nosec B314: our own extraction
    found: Dict[Key, List[str]] = {}
    problems = []
    for context in (c for tree in trees for c in tree.getroot().iter("context")):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                problems.append(f"{source!r}: use '{{n}} thing(s)' and str.format, not %n plural forms")
            for location in message.iter("location"):
                rel = Path(os.path.normpath(Path(tmp, location.get("filename")))).relative_to(root).as_posix()
                ctx = name
                if name == DEFAULT:
                    ctx = contexts.get(rel)
                    if ctx is None:
                        problems.append(f"{rel}: calls tr() but has no module helper "
                                        "'def tr(text): return QCoreApplication.translate(\"Ctx\", text)'")
                        continue
                files_of = found.setdefault((ctx, source), [])
                if rel not in files_of:
                    files_of.append(rel)
    if problems:
        raise SystemExit("i18n: " + "\n".join(sorted(set(problems))))
    return found


def read_ts(path: Path) -> Dict[Key, Tuple[str, Optional[str]]]:
    """(context, source) -> (translation, type) of an existing .ts file (type None: finished)."""
    if not path.is_file():
        return {}
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):  # nosec B314: the repository's own .ts
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            entries[(name, message.findtext("source") or "")] = (text, kind)
    return entries


def _esc(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, found: Dict[Key, List[str]], old: Dict[Key, Tuple[str, Optional[str]]]):
    """Write the .ts of ``language``: the strings ``found``, translated as in ``old`` when they were."""
    by_source: Dict[str, str] = {}  # a string moved to another module: its old translation, to review
    for (_, source), (text, kind) in old.items():
        if text and kind in (None, "unfinished"):
            by_source.setdefault(source, text)
    contexts: Dict[str, List[Tuple[str, List[str], str, Optional[str]]]] = {}
    for (ctx, source), files in found.items():
        text, kind = old.get((ctx, source), ("", "unfinished"))
        if kind in ("obsolete", "vanished"):
            kind = "unfinished"
        if not text and source in by_source:
            text, kind = by_source[source], "unfinished"
        contexts.setdefault(ctx, []).append((source, files, text, kind))
    for (ctx, source), (text, _kind) in old.items():
        if (ctx, source) not in found and text:
            contexts.setdefault(ctx, []).append((source, [], text, "obsolete"))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for ctx in sorted(contexts):
        lines += ["<context>", f"    <name>{_esc(ctx)}</name>"]
        for source, files, text, kind in contexts[ctx]:
            lines.append("    <message>")
            lines += [f'        <location filename="../{f}"/>' for f in files]
            lines.append(f"        <source>{_esc(source)}</source>")
            attr = f' type="{kind}"' if kind else ""
            lines.append(f"        <translation{attr}>{_esc(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(languages: List[str], root: Path = ROOT) -> None:
    found = extract(root)
    (root / "i18n").mkdir(exist_ok=True)
    for language in languages:
        path = root / "i18n" / f"{PREFIX}{language}.ts"
        old = read_ts(path)
        write_ts(path, language, found, old)
        done = sum(1 for key in found if old.get(key, ("", "unfinished"))[1] is None and old[key][0])
        print(f"{path.relative_to(root)}: {len(found)} strings, {done} translated")


def compile_all(root: Path = ROOT, if_stale: bool = False, out_dir: Optional[Path] = None) -> List[Path]:
    """Compile every i18n/*.ts to its .qm, beside it or in ``out_dir``; ``if_stale``: only those older than the .ts."""
    built = []
    for ts in sorted((root / "i18n").glob(f"{PREFIX}*.ts")):
        qm = (out_dir / ts.name if out_dir else ts).with_suffix(".qm")
        if if_stale and qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)],  # nosec B603: a fixed tool
                       check=True, capture_output=True, text=True)
        built.append(qm)
    return built


def main(argv: List[str]) -> int:
    if not argv or argv[0] not in ("update", "compile"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        if len(argv) < 2:
            print("i18n: update needs the language codes, e.g. 'update fr es'")
            return 2
        update(argv[1:])
    else:
        for qm in compile_all(if_stale="--if-stale" in argv[1:]):
            print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
