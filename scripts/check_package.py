"""Check a built plugin ZIP against the plugins.qgis.org upload rules, before uploading it.

Usage: check_package.py ZIP [ZIP ...]     (exit 0: every ZIP passes; 1: the problems are listed)

The rules follow the repository's validator (QGIS-Django ``plugins/validator.py``), offline:
a readable archive of at most 25 MB; no path information (``..``, absolute names); no ``.pyc``,
no ``__pycache__``, ``.git`` or ``__MACOSX`` folder; one top folder whose name is a Python
identifier (QGIS imports it as a package) and holds ``__init__.py``, ``LICENSE`` and
``metadata.txt``; a ``[general]`` section with every required key non-empty; tracker,
repository and homepage as absolute URLs; no slash in the author; the icon present.
Stricter than the validator, by house rule: no hidden file or folder at all (``.gitignore``,
``.DS_Store``...), the boolean flags spelled True/False, qgisMaximumVersion, when given, at least 4 (the
plugin supports QGIS 4) and not below qgisMinimumVersion, and ``supportsQt6=True`` when it reaches QGIS 4: the
Qt6 builds of QGIS 3.x (Windows' OSGeo4W has them) refuse a plugin without it ("Plugin does not support Qt6
versions of QGIS"), whatever its maximum version.
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from pathlib import Path
from typing import List
from urllib.parse import urlparse

MAX_BYTES = 25_000_000
REQUIRED = ("name", "description", "about", "version", "qgisMinimumVersion", "author", "email", "tracker",
            "repository")
URL_KEYS = ("tracker", "repository", "homepage")
PLACEHOLDER_URLS = {"http://bugs", "http://repo", "http://homepage"}
BOOLEANS = ("experimental", "deprecated", "server")
FORBIDDEN_DIRS = ("__pycache__", ".git", "__MACOSX")


def _version(text: str):
    parts = re.findall(r"\d+", text or "")
    return tuple(int(p) for p in parts[:3]) if parts else None


def check_zip(path) -> List[str]:
    """Every problem found in the ZIP at ``path`` (an empty list: it passes)."""
    path = Path(path)
    if not path.is_file():
        return [f"{path}: no such file"]
    problems: List[str] = []
    if path.stat().st_size > MAX_BYTES:
        problems.append(f"archive is {path.stat().st_size} bytes, over the {MAX_BYTES} byte upload limit")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        return problems + [f"not a readable ZIP archive ({exc})"]
    with archive:
        names = archive.namelist()
        if not names:
            return problems + ["the archive is empty"]
        bad = archive.testzip()
        if bad:
            problems.append(f"{bad}: corrupt member (CRC error)")
        problems += _check_names(names)
        tops = sorted({name.split("/")[0] for name in names})
        if len(tops) != 1 or "/" not in names[0]:
            problems.append(f"expected one top folder, found: {', '.join(tops)}")
            return problems
        top = tops[0]
        if not (top.isidentifier() and top.isascii() and re.match(r"^[A-Za-z][A-Za-z0-9_]+$", top)):
            problems.append(f"top folder '{top}' is not a Python identifier (ASCII letter first, then letters, "
                            "digits, '_')")
        for required in ("__init__.py", "LICENSE", "metadata.txt"):
            if f"{top}/{required}" not in names:
                problems.append(f"{top}/{required} is missing")
        if f"{top}/metadata.txt" in names:
            problems += _check_metadata(archive.read(f"{top}/metadata.txt"), top, names)
    return problems


def _check_names(names: List[str]) -> List[str]:
    problems = []
    for name in names:
        parts = [p for p in name.split("/") if p]
        if ".." in name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            problems.append(f"{name}: path information is not allowed")
        if ".pyc" in name:
            problems.append(f"{name}: compiled Python (.pyc) is not allowed")
        for forbidden in FORBIDDEN_DIRS:
            if forbidden in parts:
                problems.append(f"{name}: a '{forbidden}' folder is not allowed")
        hidden = [p for p in parts if p.startswith(".") and p not in (".", "..", *FORBIDDEN_DIRS)]
        if hidden:
            problems.append(f"{name}: hidden file or folder '{hidden[0]}'")
    return sorted(set(problems))


def _check_metadata(raw: bytes, top: str, names: List[str]) -> List[str]:
    where = f"{top}/metadata.txt"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    try:
        parser.read_string(raw.decode("utf-8"))
    except (UnicodeDecodeError, configparser.Error) as exc:
        return [f"{where} cannot be parsed ({exc.__class__.__name__}: {exc})"]
    if not parser.has_section("general"):
        return [f"{where} has no [general] section"]
    meta = parser["general"]
    problems = []
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    if missing:
        problems.append(f"{where}: missing or empty required key(s): {', '.join(missing)}")
    for key in URL_KEYS:
        value = meta.get(key, "").strip()
        if value and (value in PLACEHOLDER_URLS or not all(urlparse(value)[:2])):
            problems.append(f"{where}: {key} is not an absolute URL: {value!r}")
    if "/" in meta.get("author", ""):
        problems.append(f"{where}: the author cannot contain slashes")
    for key in BOOLEANS:
        value = meta.get(key, "").strip()
        if value and value.lower() not in ("true", "false"):
            problems.append(f"{where}: {key} must be True or False, not {value!r}")
    icon = meta.get("icon", "").strip()
    if icon and f"{top}/{icon[2:] if icon.startswith('./') else icon}" not in names:
        problems.append(f"{where}: icon {icon!r} is not in the archive")
    minimum, maximum = _version(meta.get("qgisMinimumVersion", "")), meta.get("qgisMaximumVersion", "").strip()
    if meta.get("qgisMinimumVersion", "").strip() and minimum is None:
        problems.append(f"{where}: qgisMinimumVersion is not a version: {meta.get('qgisMinimumVersion')!r}")
    if maximum:
        top_version = _version(maximum)
        if top_version is None:
            problems.append(f"{where}: qgisMaximumVersion is not a version: {maximum!r}")
        elif top_version[0] < 4:
            problems.append(f"{where}: qgisMaximumVersion {maximum} excludes QGIS 4 (use 4.99)")
        elif minimum and top_version < minimum:
            problems.append(f"{where}: qgisMaximumVersion {maximum} is below qgisMinimumVersion")
        if top_version is not None and top_version[0] >= 4 and meta.get("supportsQt6", "").strip().lower() != "true":
            problems.append(f"{where}: supportsQt6=True is missing (Qt6 builds of QGIS refuse the plugin without it)")
    return problems


def main(argv: List[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    status = 0
    for arg in argv:
        problems = check_zip(arg)
        if problems:
            status = 1
            print(f"{arg}: {len(problems)} problem(s) for the QGIS plugin repository:")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"{arg}: OK for the QGIS plugin repository")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
