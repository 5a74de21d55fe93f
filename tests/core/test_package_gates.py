"""The built ZIP passes the QGIS plugin repository's upload rules (scripts/check_package.py)."""

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _checker():
    spec = importlib.util.spec_from_file_location("epoch_check_package", ROOT / "scripts" / "check_package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_built_package_passes_the_repository_rules(tmp_path):
    built = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(tmp_path)],
                           capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    archive = built.stdout.strip()
    checked = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_package.py"), archive],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK for the QGIS plugin repository" in checked.stdout


METADATA = """[general]
name=Bad
qgisMinimumVersion=3.22
qgisMaximumVersion=3.99
description=d
about=a
version=0.1.0
author=someone/else
tracker=https://example.org/issues
repository=not a url
experimental=maybe
icon=icon.png
"""


def test_bad_package_reports_each_problem(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("my-plugin/__init__.py", "def classFactory(iface):\n    pass\n")
        archive.writestr("my-plugin/metadata.txt", METADATA)
        archive.writestr("my-plugin/__pycache__/plugin.cpython-311.pyc", b"\0")
        archive.writestr("my-plugin/.DS_Store", b"")
        archive.writestr("my-plugin/../escape.py", "")
    problems = _checker().check_zip(bad)
    expected = [
        "my-plugin/../escape.py: path information is not allowed",
        "my-plugin/.DS_Store: hidden file or folder '.DS_Store'",
        "my-plugin/__pycache__/plugin.cpython-311.pyc: a '__pycache__' folder is not allowed",
        "my-plugin/__pycache__/plugin.cpython-311.pyc: compiled Python (.pyc) is not allowed",
        "top folder 'my-plugin' is not a Python identifier (ASCII letter first, then letters, digits, '_')",
        "my-plugin/LICENSE is missing",
        "my-plugin/metadata.txt: missing or empty required key(s): email",
        "my-plugin/metadata.txt: repository is not an absolute URL: 'not a url'",
        "my-plugin/metadata.txt: the author cannot contain slashes",
        "my-plugin/metadata.txt: experimental must be True or False, not 'maybe'",
        "my-plugin/metadata.txt: icon 'icon.png' is not in the archive",
        "my-plugin/metadata.txt: qgisMaximumVersion 3.99 excludes QGIS 4 (use 4.99)",
    ]
    assert problems == expected

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_package.py"), str(bad)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"{len(expected)} problem(s) for the QGIS plugin repository" in result.stdout
    assert "  - my-plugin/LICENSE is missing" in result.stdout


def test_a_plugin_reaching_qgis_4_must_say_it_supports_qt6(tmp_path):
    good = METADATA.replace("qgisMaximumVersion=3.99", "qgisMaximumVersion=4.99")
    problems = {}
    for name, metadata in (("without", good), ("with", good + "supportsQt6=True\n")):
        archive_path = tmp_path / f"{name}.zip"
        with zipfile.ZipFile(archive_path, "w") as archive:
            archive.writestr("my_plugin/__init__.py", "def classFactory(iface):\n    pass\n")
            archive.writestr("my_plugin/metadata.txt", metadata)
        problems[name] = [p for p in _checker().check_zip(archive_path) if "Qt6" in p or "qgisMaximum" in p]
    assert problems == {"without": ["my_plugin/metadata.txt: supportsQt6=True is missing (Qt6 builds of QGIS "
                                    "refuse the plugin without it)"], "with": []}


def test_several_top_folders_and_broken_archives_are_refused(tmp_path):
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as archive:
        archive.writestr("a/__init__.py", "")
        archive.writestr("b/__init__.py", "")
    assert _checker().check_zip(two) == ["expected one top folder, found: a, b"]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert _checker().check_zip(broken)[0].startswith("not a readable ZIP archive")
