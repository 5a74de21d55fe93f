"""Security gates that `make test` enforces like `make lint`: bandit, detect-secrets, safe XML.

- bandit (config: ``[tool.bandit]`` in pyproject.toml) finds no Medium or High issue in the code
  that ships (tests/ and scripts/ are excluded there);
- detect-secrets finds nothing that ``.secrets.baseline`` does not allow-list, and every
  allow-listed entry is audited as a false positive with its reason in ``ALLOWED`` below;
- the sandbox's XLSX reader refuses entity bombs (defusedxml, else the stdlib's expat limits).

bandit and detect-secrets come from requirements-dev.txt: a virtual environment without them
fails; only a Python outside any venv (Debian's, run for its shapely 1.8) skips those two.
"""

import importlib.util
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / ".secrets.baseline"

# (file, SHA-1 of the value, as the baseline stores it) -> why it is not a secret. A new baseline entry needs
# its line here (the hashes carry the inline allowlist pragma: they are digests, not secrets).
ALLOWED = {
    ("README.md", "2850f470f56666d478d95fe8b6c03f0ef393c535"):  # pragma: allowlist secret
        "the bundled sandbox's public demo password 'sandbox-demo', documented for training",
    ("sandbox/tokens.py", "2850f470f56666d478d95fe8b6c03f0ef393c535"):  # pragma: allowlist secret
        "DEMO_PASSWORD: the sandbox's public demo password (local synthetic server)",
    ("scripts/demo.sh", "2850f470f56666d478d95fe8b6c03f0ef393c535"):  # pragma: allowlist secret
        "make demo signs in to the local sandbox with its public demo password",
    ("sandbox/tokens.py", "b115ceca7c1dd1884a0cba7e8fe416924c9f7494"):  # pragma: allowlist secret
        "DEMO_API_KEY: the sandbox's public demo API key 'sandbox-api-key'",
    ("connection/auth_config.py", "c1005b985e5fb23ddd03cd0200a379690eab4c6f"):  # pragma: allowlist secret
        "REALM_PASSWORD: the name of a QGIS auth-config realm, not a password",
    ("connection/auth_config.py", "eef6bd25268418aff1858b163fcdda400837bcde"):  # pragma: allowlist secret
        "REALM_API_KEY: the name of a QGIS auth-config realm, not a key",
    ("connection/client_factory.py", "a210be3964d5d8ef251a0658fb9036ca9ef0cffb"):  # pragma: allowlist secret
        "ENV_PASSWORD: the name of the EPOCH_PASSWORD environment variable",
    ("tests/qgis_suite/test_dock.py", "f5592f2e12a03812f94594899ae143bd47b01671"):  # pragma: allowlist secret
        "a made-up proxy login ('me'/'p@ss') in a proxy URL-encoding test",
}


def require(module: str) -> None:
    if importlib.util.find_spec(module) is not None:
        return
    if sys.prefix != sys.base_prefix:
        pytest.fail(f"{module} is missing from this virtual environment: pip install -r requirements-dev.txt")
    pytest.skip(f"{module} is not installed for {sys.executable} (the venv run enforces this gate)")


def _repo_files():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the file list comes from git")
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [name for name in out.splitlines() if (ROOT / name).is_file()]


def test_bandit_finds_no_medium_or_high_issue():
    require("bandit")
    result = subprocess.run([sys.executable, "-m", "bandit", "-c", "pyproject.toml", "-r", ".", "-ll", "-f", "json",
                             "-q"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    report = json.loads(result.stdout)
    issues = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_severity']}: {r['issue_text']}"
              for r in report["results"]]
    assert issues == [], "bandit (fix it, or '# nosec BXXX' with the reason on the line):\n" + "\n".join(issues)
    assert result.returncode == 0, result.stderr
    scanned = {Path(name).as_posix().lstrip("./") for name in report["metrics"] if name != "_totals"}
    assert "layers/writer/gpkg_writer.py" in scanned and not any(n.startswith(("tests/", "scripts/")) for n in scanned)


def test_detect_secrets_finds_nothing_outside_the_baseline(tmp_path):
    require("detect_secrets")
    baseline = tmp_path / "secrets.baseline"  # a copy: the hook rewrites moved line numbers in place
    shutil.copy(BASELINE, baseline)
    result = subprocess.run([sys.executable, "-m", "detect_secrets.pre_commit_hook", "--baseline", str(baseline),
                             *_repo_files()], cwd=ROOT, capture_output=True, text=True, timeout=600)
    # 0: clean; 3: only the line numbers of allow-listed entries moved (the copy was updated); 1: new finding
    assert result.returncode in (0, 3), result.stdout + result.stderr


def test_every_baseline_entry_is_an_audited_false_positive_with_a_reason():
    results = json.loads(BASELINE.read_text(encoding="utf-8"))["results"]
    entries = {(entry["filename"], entry["hashed_secret"]): entry for items in results.values() for entry in items}
    not_audited = [key for key, entry in entries.items() if entry.get("is_secret") is not False]
    assert not_audited == [], "audit these (detect-secrets audit .secrets.baseline): " + repr(not_audited)
    assert sorted(entries) == sorted(ALLOWED), "each allow-listed entry needs its reason in ALLOWED"


def _xlsx(shared_strings: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("xl/sharedStrings.xml", shared_strings)
        book.writestr("xl/worksheets/sheet1.xml",
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                      '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    return buffer.getvalue()


def test_sandbox_xlsx_reader_refuses_entity_bombs_and_reads_plain_workbooks():
    from epoch_eudr.sandbox.inputs import InputError, read_xlsx

    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    plain = _xlsx(f'<sst xmlns="{ns}"><si><t>name</t></si></sst>')
    assert read_xlsx(plain) == []  # a header row only
    levels = "".join(f'<!ENTITY e{i} "' + f"&e{i - 1};" * 10 + '">' for i in range(1, 10))  # 10**9 "lol"s
    bomb = _xlsx(f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e0 "lol">{levels}]>'
                 f'<sst xmlns="{ns}"><si><t>&e9;</t></si></sst>')
    with pytest.raises(InputError, match="not a readable XLSX workbook"):
        read_xlsx(bomb)
