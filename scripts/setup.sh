#!/usr/bin/env bash
# Install what `make test` / `make demo` need on Debian 12; skip what is already there
# (the chroots of `make test-qgis` are built with them; one cached before a package was added gets it here).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers xvfb gdal-bin python3-venv python3-pip
              python3-gdal python3-shapely python3-requests python3-pytest python3-hypothesis curl poppler-utils
              qttools5-dev-tools pyqt5-dev-tools)  # lrelease and pylupdate5: the translations
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV (with system site packages, so PyQGIS is visible)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi

# pip must never replace the numpy Debian's GDAL is built against (numpy 1 on Debian 12, 2 on trixie/sid):
# the venv sees the system's numpy and is constrained to that very version.
constraints="$VENV/constraints.txt"
sys_numpy=$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)' 2>/dev/null || true)
echo "${sys_numpy:+numpy==$sys_numpy}" > "$constraints"

stamp="$VENV/.requirements.sha256"
want=$(cat requirements-dev.txt "$constraints" <("$VENV/bin/python" -V) | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages (numpy kept at Debian's ${sys_numpy:-(none)}, for Debian's GDAL)"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-dev.txt -c "$constraints"
  echo "$want" > "$stamp"
fi

# the translations: i18n/*.qm compiled from the committed .ts sources (not in git), when a .ts is newer
/usr/bin/python3 scripts/i18n.py compile --if-stale
