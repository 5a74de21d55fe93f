#!/usr/bin/env bash
# make demo: the whole workflow headless through qgis_process against the bundled sandbox.
# Writes demo-output/: epoch_eudr_demo.gpkg (every result layer, styles inside), epoch_eudr_demo.qgz,
# assessments_map.png and dds_<collection>.zip.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="${DEMO_OUTPUT:-$ROOT/demo-output}"
BUILD="$ROOT/.build"
PROFILE="$BUILD/demo-profile-$$"
GPKG="$OUT/epoch_eudr_demo.gpkg"
QP=/usr/bin/qgis_process.bin  # Debian 12's qgis_process wrapper passes an option 3.22 refuses
[ -x "$QP" ] || QP=$(command -v qgis_process)
PY="$ROOT/.venv/bin/python"

mkdir -p "$BUILD/pkgpath" "$OUT"
ln -sfn "$ROOT" "$BUILD/pkgpath/epoch_eudr"
rm -f "$BUILD/demo-sandbox.sqlite"
rm -f "$GPKG" "$OUT"/*.zip "$OUT"/*.png "$OUT"/*.qgz

echo "== starting the sandbox (synthetic results, for training)"
PYTHONPATH="$BUILD/pkgpath" "$PY" -m epoch_eudr.sandbox --port 0 --db "$BUILD/demo-sandbox.sqlite" --delay 2 \
  > "$BUILD/demo-sandbox.log" 2>&1 &
SANDBOX_PID=$!
EU_PID=""
trap 'kill $SANDBOX_PID $EU_PID 2>/dev/null || true; rm -rf "$PROFILE"' EXIT
for _ in $(seq 1 50); do
  URL=$(sed -n 's/^Epoch EUDR sandbox on \(http[^ ]*\).*/\1/p' "$BUILD/demo-sandbox.log")
  [ -n "$URL" ] && break
  sleep 0.2
done
[ -n "${URL:-}" ] || { echo "the sandbox did not start:"; cat "$BUILD/demo-sandbox.log"; exit 1; }
echo "   $URL"

export QGIS_PLUGINPATH="$BUILD/pkgpath" QGIS_CUSTOM_CONFIG_PATH="$PROFILE" QT_QPA_PLATFORM=offscreen
export EPOCH_API_URL="$URL" EPOCH_EMAIL="demo@sandbox.epoch" EPOCH_PASSWORD="sandbox-demo"
"$QP" plugins enable epoch_eudr > /dev/null

run() {  # run ALGORITHM PARAM=VALUE ...: prints the JSON results; stops the demo with the message on failure
  local alg=$1; shift
  local log="$BUILD/demo-$alg.log"
  if ! "$QP" --json run "epoch_eudr:$alg" -- "$@" > "$log" 2> "$log.err"; then
    echo "epoch_eudr:$alg failed:" >&2; tail -5 "$log.err" >&2; tail -5 "$log" >&2; exit 1
  fi
  "$PY" -c 'import json,sys; t=open(sys.argv[1]).read(); print(json.dumps(json.loads(t[t.index("{"):])["results"]))' "$log"
}
result() { "$PY" -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

SAMPLE="$ROOT/resources/sample"
echo "== 1. screening the sample plots and facilities (validate_locations)"
run screen_locations "INPUT=$SAMPLE/sample_plots.geojson" LOCATION_TYPE=plot COMMODITY=coffee \
  "OUTPUT=$GPKG|layername=screened_plots" > /dev/null
run screen_locations "INPUT=$SAMPLE/sample_facilities.geojson" LOCATION_TYPE=facility CHECK_WATER_ACCESS=true \
  "OUTPUT=$GPKG|layername=screened_facilities" > /dev/null

echo "== 2. submitting them and waiting for the assessments"
PLOTS_JOB=$(run submit_batch "INPUT=$SAMPLE/sample_plots.geojson" LOCATION_TYPE=plot COMMODITY=coffee \
  GROUP_BY=one COLLECTION_NAME=demo_coffee_plots FORCE_REPROCESS=true WAIT_SECONDS=60)
MILLS_JOB=$(run submit_batch "INPUT=$SAMPLE/sample_facilities.geojson" LOCATION_TYPE=facility \
  FORCE_REPROCESS=true WAIT_SECONDS=60)  # one collection per mill owner, each with its own commodity
PLOTS_ID=$(result "$PLOTS_JOB" COLLECTION_ID)
echo "   plots: $PLOTS_ID ($(result "$PLOTS_JOB" STATUS)); facilities: $(result "$MILLS_JOB" COLLECTION_ID) ($(result "$MILLS_JOB" STATUS))"

echo "== 3. fetching every assessment and one drill-down"
run fetch_assessments "OUTPUT=$GPKG|layername=assessments" > /dev/null
run fetch_plots "COLLECTION_ID=$PLOTS_ID" "OUTPUT=$GPKG|layername=plots_demo_coffee" > /dev/null

echo "== 4. downloading the Due Diligence Statement"
run download_dds "COLLECTION_IDS=$PLOTS_ID" "OUTPUT_FILE=$OUT/dds_$PLOTS_ID.zip" > /dev/null

echo "== 5. project, map and summary"
PYTHONPATH="$BUILD/pkgpath" "$PY" "$ROOT/scripts/demo_finish.py" "$GPKG" "$OUT"

# the mills' collections (one per owner, named after it), quoted for the filter: 'a', 'b'
MILLS_NAMES=$(result "$MILLS_JOB" COLLECTION_NAME | sed "s/'/''/g; s/^/'/; s/,/', '/g; s/\$/'/")
echo "== 6. field report for the demo producers (PDF and a QField copy)"
REPORT=$(run field_report "ASSESSMENTS=$GPKG|layername=assessments" \
  "FILTER=\"collection_name\" IN ('demo_coffee_plots', $MILLS_NAMES)" "DRILLDOWNS=$GPKG" \
  "OUTPUT_PDF=$OUT/field_report.pdf" "OUTPUT_FOLDER=$OUT/field_report")
echo "   $(result "$REPORT" SUMMARY)"

echo "== 7. a due diligence statement of the demo plots to the fake EU Information System (synthetic)"
PYTHONPATH="$BUILD/pkgpath" "$PY" -m epoch_eudr.sandbox.eu_is --port 0 --delay 2 > "$BUILD/demo-eu-is.log" 2>&1 &
EU_PID=$!
for _ in $(seq 1 50); do
  EU_URL=$(sed -n 's/^Fake EU Information System .* on \(http[^ ]*\)$/\1/p' "$BUILD/demo-eu-is.log")
  [ -n "$EU_URL" ] && break
  sleep 0.2
done
[ -n "${EU_URL:-}" ] || { echo "the fake EU Information System did not start:"; cat "$BUILD/demo-eu-is.log"; exit 1; }
export EUDR_IS_USERNAME=demo-eudr-operator EUDR_IS_AUTH_KEY=demo-authentication-key-synthetic  # the fake's own; pragma: allowlist secret
run preflight "INPUT=$SAMPLE/sample_plots.geojson" LOCATION_TYPE=plot COMMODITY=coffee FIX=true \
  "OUTPUT=$GPKG|layername=eu_plots" > /dev/null
DDS=$(run eu_submit_dds "INPUT=$GPKG|layername=eu_plots" PRODUCER_FIELD=Productor ACTIVITY=IMPORT \
  EORI=FR1234567890123 COUNTRY_OF_ACTIVITY=FR HS_HEADING=0901 "DESCRIPTION=Green coffee, not roasted" \
  NET_MASS_KG=12000 INTERNAL_REFERENCE=DEMO-COFFEE-1 "EU_SERVER=$EU_URL" WAIT_SECONDS=30)
echo "   statement $(result "$DDS" UUID): $(result "$DDS" STATUS)"
echo "   reference number $(result "$DDS" REFERENCE_NUMBER), verification number $(result "$DDS" VERIFICATION_NUMBER)"
