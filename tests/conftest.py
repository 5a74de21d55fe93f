"""Make the repository importable as the package ``epoch_eudr`` (as QGIS installs it).

The repo root is the plugin folder, so tests reach it through a symlink named
like the installed package. Nothing here imports QGIS: core tests run without it.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG_PATH = ROOT / ".build" / "pkgpath"
_link = PKG_PATH / "epoch_eudr"
if not _link.exists():
    PKG_PATH.mkdir(parents=True, exist_ok=True)
    try:
        _link.symlink_to(ROOT, target_is_directory=True)
    except FileExistsError:  # another process made it first
        pass
if str(PKG_PATH) not in sys.path:
    sys.path.insert(0, str(PKG_PATH))
