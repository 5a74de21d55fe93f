#!/usr/bin/env bash
# The EU Information System tab against its fake service (scripts/screenshot_eu_is.py), as screenshot.sh takes
# the dock: EPOCH_LOCALE=fr bash scripts/screenshot_eu_is.sh screenshots/fr
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-screenshots}")
mkdir -p "$out"
zip=$(/usr/bin/python3 scripts/package.py "$(mktemp -d)")
profiles=$(mktemp -d)
plugdir="$profiles/profiles/default/python/plugins"
mkdir -p "$plugdir" "$profiles/profiles/default/QGIS"
/usr/bin/python3 -m zipfile -e "$zip" "$plugdir"
cat > "$profiles/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
epoch_eudr=true
[qgis]
showTips=false
checkVersion=false
[UI]
newsFeed\enabled=false
INI
if [ -n "${EPOCH_LOCALE:-}" ]; then  # e.g. EPOCH_LOCALE=fr make screenshots: QGIS and the plugin in French
  printf '[locale]\noverrideFlag=true\nuserLocale=%s\nglobalLocale=%s\n' "$EPOCH_LOCALE" "$EPOCH_LOCALE" \
    >> "$profiles/profiles/default/QGIS/QGIS3.ini"
fi
EPOCH_SHOT_DIR="$out" EPOCH_SAMPLE_DIR="$(pwd)/resources/sample" QT_QPA_PLATFORM=xcb timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" \
  qgis --profiles-path "$profiles" --nologo --noversioncheck --code scripts/screenshot_eu_is.py \
  > "$out/qgis.log" 2>&1 || true
ls "$out"
