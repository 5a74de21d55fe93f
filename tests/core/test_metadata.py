"""metadata.txt must satisfy the official QGIS plugin repository."""

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
            "repository", "tracker", "homepage", "tags", "category", "icon", "experimental",
            "hasProcessingProvider")


def _meta():
    parser = configparser.ConfigParser()
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_fields_present_and_non_empty():
    meta = _meta()
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert missing == []
    assert meta["name"] == "Epoch EUDR Screening"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["repository"].startswith("https://") and meta["tracker"].startswith("https://")
    assert len(meta["version"].split(".")) == 3


def test_icon_exists_and_licence_is_gpl2_or_later():
    assert (ROOT / _meta()["icon"]).is_file()
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GPL-2.0-or-later" in licence and "GNU GENERAL PUBLIC LICENSE" in licence
    assert "Version 2, June 1991" in licence


def test_classfactory_touches_nothing_of_iface():
    source = (ROOT / "__init__.py").read_text(encoding="utf-8")
    assert "def classFactory(iface)" in source
    assert "qgis" not in source.split("def classFactory")[0]  # importing the package needs no QGIS
