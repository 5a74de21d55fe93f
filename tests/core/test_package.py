import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_package_has_one_top_folder_and_only_user_files(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    archive = Path(result.stdout.strip())
    assert archive.name.startswith("epoch_eudr-") and archive.suffix == ".zip"
    names = zipfile.ZipFile(archive).namelist()
    assert {n.split("/")[0] for n in names} == {"epoch_eudr"}
    for required in ("metadata.txt", "LICENSE", "__init__.py", "plugin.py", "core/risk.py",
                     "ui/wdg_dock.py", "resources/icon.svg", "processing_provider/provider.py"):
        assert f"epoch_eudr/{required}" in names
    forbidden = [n for n in names if "/tests/" in n or "__pycache__" in n or n.endswith(".pyc")
                 or "/.git" in n or "/scripts/" in n or "/.venv/" in n]
    assert forbidden == []
