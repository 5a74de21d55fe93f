"""Build dist/epoch_eudr-<version>.zip for the QGIS plugin repository.

The archive has one top folder, ``epoch_eudr/``, and only what a user needs:
no tests, scripts, caches or version-control files. The translations ship compiled:
``i18n/*.qm`` made afresh from the committed ``i18n/*.ts`` (lrelease), never a stale .qm of the tree.
"""

import configparser
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402 (scripts/i18n.py, beside this file)

PACKAGE = "epoch_eudr"
INCLUDE_FILES = ("metadata.txt", "LICENSE", "README.md", "__init__.py", "plugin.py")
INCLUDE_DIRS = ("core", "ui", "resources", "sandbox", "processing_provider", "layers", "connection")
SKIP_PARTS = {"__pycache__", ".pytest_cache", ".hypothesis"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".orig", ".rej", ".sqlite"}


def plugin_version(root: Path = ROOT) -> str:
    parser = configparser.ConfigParser()
    parser.read(root / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def files_to_ship(root: Path = ROOT):
    for name in INCLUDE_FILES:
        yield root / name
    for folder in INCLUDE_DIRS:
        for path in sorted((root / folder).rglob("*")):
            rel = path.relative_to(root)
            if path.is_file() and not SKIP_PARTS & set(rel.parts) and path.suffix not in SKIP_SUFFIXES:
                yield path


def build(out_dir: Path, root: Path = ROOT) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}-{plugin_version(root)}.zip"
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive, tempfile.TemporaryDirectory() as qm_dir:
        for path in files_to_ship(root):
            archive.write(path, f"{PACKAGE}/{path.relative_to(root).as_posix()}")
        for qm in i18n.compile_all(root, out_dir=Path(qm_dir)):
            archive.write(qm, f"{PACKAGE}/i18n/{qm.name}")
    tmp.replace(target)
    return target


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    print(build(out))
