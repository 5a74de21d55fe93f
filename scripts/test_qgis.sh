#!/usr/bin/env bash
# make test-qgis QGIS=3.44|3.40: the test suites and `make demo` against a newer QGIS, in a Debian
# chroot (sid has QGIS 3.44, trixie 3.40) built once with mmdebstrap and cached outside the work tree.
#
# Each run clones the repository's committed HEAD (or $EPOCH_CI_REF) afresh into the chroot's
# /root/epoch_eudr_ci and runs there: `make setup` (the Debian packages are in the chroot; one added to
# scripts/setup.sh since the chroot was cached is installed into it then; it makes the venv and the .qm files), the three suites of `make test` and `make demo`, each under a header.
# Exits non-zero when any of them fails. Needs root (mmdebstrap, mount, chroot).
#
#   EPOCH_CHROOT_CACHE    where chroots live (default /var/cache/epoch-eudr-chroots/<suite>)
#   EPOCH_CHROOT_REBUILD  1: rebuild the chroot even when a complete one is cached
#   EPOCH_DEBIAN_MIRROR   Debian mirror (default http://deb.debian.org/debian)
#   EPOCH_CI_REF          commit to test (default HEAD)
#   EPOCH_SUITE_TIMEOUT   seconds each suite may take (default 1500)
set -euo pipefail

QGIS_WANT=${1:-${QGIS:-3.44}}
case "$QGIS_WANT" in
  3.44) SUITE=sid ;;
  3.40) SUITE=trixie ;;
  *) echo "test-qgis: QGIS=$QGIS_WANT is not in the matrix (3.44: Debian sid, 3.40: Debian trixie)" >&2; exit 2 ;;
esac

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${EPOCH_CHROOT_CACHE:-/var/cache/epoch-eudr-chroots}
ROOTFS="$CACHE/$SUITE"
STAMP=etc/epoch-eudr-chroot            # inside the chroot: suite, versions, build date
MIRROR=${EPOCH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
REF=${EPOCH_CI_REF:-HEAD}
SUITE_TIMEOUT=${EPOCH_SUITE_TIMEOUT:-1500}
CI_DIR=/root/epoch_eudr_ci
PACKAGES=(qgis python3-qgis qgis-providers xvfb xauth gdal-bin python3-gdal python3-numpy python3-venv
          python3-pip python3-shapely python3-requests python3-pytest python3-hypothesis curl git make
          ca-certificates fonts-dejavu-core procps qttools5-dev-tools pyqt5-dev-tools)

header() { printf '\n========== %s ==========\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "test-qgis: needs root (mmdebstrap, mount, chroot); run it with sudo" >&2; exit 2
fi

# Run in a private mount namespace when possible: even a killed run then leaves no mount on the
# host (the trap below unmounts as well, for a normal end, an error, Ctrl-C or a TERM).
if [ -z "${EPOCH_CHROOT_NS:-}" ] && unshare --mount --propagation private true 2>/dev/null; then
  exec env EPOCH_CHROOT_NS=1 unshare --mount --propagation private -- bash "$0" "$@"
fi

command -v mmdebstrap > /dev/null || {
  echo "test-qgis: installing mmdebstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap > /dev/null
}

mkdir -p "$CACHE"
exec 9> "$CACHE/.$SUITE.lock"
flock -n 9 || { echo "test-qgis: waiting for another run on the $SUITE chroot"; flock 9; }

MOUNTED=()     # mount points of the current chroot session, unmounted in reverse order
BUILD_DIR=""   # the chroot being built; removed unless renamed into place

kill_chroot_processes() {  # processes left running inside chroot $1 (sandbox, Xvfb...), by pid
  local root=$1 pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill "$pid" 2>/dev/null || true
  done
  sleep 1
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "$pid" 2>/dev/null || true
  done
}

unmount_all() {
  local i root=${1:-}
  [ ${#MOUNTED[@]} -eq 0 ] && return 0
  if [ -n "$root" ]; then kill_chroot_processes "$root"; fi
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null \
      || echo "test-qgis: could not unmount ${MOUNTED[i]}" >&2
  done
  MOUNTED=()
}

CHILD=""  # the long command running in the background (so that a signal is handled at once)
run_child() {  # run_child COMMAND...: run it in the background and wait for it; returns its status
  local rc=0
  "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

stop_child() {
  local i
  [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null || return 0
  kill -TERM "$CHILD" 2>/dev/null || true
  for i in $(seq 1 15); do kill -0 "$CHILD" 2>/dev/null || break; sleep 1; done
  kill -KILL "$CHILD" 2>/dev/null || true
  wait "$CHILD" 2>/dev/null || true
}

cleanup() {
  local rc=$? mnt
  set +e
  trap - EXIT INT TERM HUP
  if [ "$rc" -ge 128 ]; then echo "test-qgis: interrupted; stopping and cleaning up" >&2; fi
  stop_child
  unmount_all "${CHROOT_IN_USE:-}"
  if [ -n "$BUILD_DIR" ] && [ -d "$BUILD_DIR" ]; then
    echo "test-qgis: removing the unfinished chroot $BUILD_DIR"
    kill_chroot_processes "$BUILD_DIR"  # dpkg and maintainer scripts of an interrupted mmdebstrap
    for mnt in $(findmnt -rno TARGET | grep "^$BUILD_DIR/" | sort -r); do umount -l "$mnt"; done
    rm -rf --one-file-system "$BUILD_DIR" || echo "test-qgis: could not remove $BUILD_DIR" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

mount_chroot() {  # bind what QGIS and pytest need; nothing recursive, so nothing hidden is left
  local root=$1
  CHROOT_IN_USE=$root
  mount -t proc proc "$root/proc"; MOUNTED+=("$root/proc")
  mount --bind /sys "$root/sys"; MOUNTED+=("$root/sys")
  mount --bind /dev "$root/dev"; MOUNTED+=("$root/dev")
  mount --make-private "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"; MOUNTED+=("$root/dev/pts")
  mount -t tmpfs -o mode=1777 shm "$root/dev/shm"; MOUNTED+=("$root/dev/shm")
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  # trust what the host trusts (pip behind a TLS-inspecting proxy whose CA only the host has)
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  fi
}

in_chroot() {  # run a command in chroot $1 with a clean environment
  local root=$1; shift
  env -i HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin QT_QPA_PLATFORM=offscreen \
    ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
    ${no_proxy:+no_proxy=$no_proxy} ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} \
    chroot "$root" "$@"
}

record_versions() {  # write the stamp of chroot $1 from what is really installed there
  local root=$1
  {
    echo "SUITE=$SUITE"
    echo "BUILT=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "QGIS_DEB=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Version}' qgis)"
    in_chroot "$root" python3 -c '
import platform, numpy, shapely
from osgeo import gdal
from qgis.core import Qgis
print("QGIS_VERSION=" + Qgis.QGIS_VERSION.split("-")[0])
print("PYTHON=" + platform.python_version())
print("NUMPY=" + numpy.__version__)
print("SHAPELY=" + shapely.__version__)  # sid: "0+unknown", hence the package version below
print("GDAL=" + gdal.__version__)'
    echo "PYTEST=$(in_chroot "$root" python3 -m pytest --version 2>&1 | awk '{print $2}')"
    dpkg-query --admindir="$root/var/lib/dpkg" -W -f='DEB_${Package}=${Version}\n' \
      python3 python3-numpy python3-shapely python3-gdal python3-pytest
    echo "QGIS_PROCESS=$(cd "$root" && ls usr/bin/qgis_process* 2>/dev/null | sed 's|^|/|' | tr '\n' ' ')"
  } > "$root/$STAMP.tmp"
  mv "$root/$STAMP.tmp" "$root/$STAMP"
}

check_version() {  # the chroot's QGIS must be the one asked for
  local root=$1 have
  have=$(sed -n 's/^QGIS_VERSION=//p' "$root/$STAMP")
  case "$have" in
    "$QGIS_WANT".*) return 0 ;;
  esac
  echo "test-qgis: the $SUITE chroot has QGIS ${have:-?}, not $QGIS_WANT.x" >&2
  return 1
}

build_chroot() {
  local started size
  header "building the Debian $SUITE chroot for QGIS $QGIS_WANT (once; cached in $ROOTFS)"
  # leftovers of killed builds (never mounted: the namespace died with them)
  for old in "$CACHE/.$SUITE.build."*; do
    if [ -d "$old" ] && ! findmnt -rno TARGET | grep -q "^$old/"; then rm -rf --one-file-system "$old"; fi
  done
  started=$(date +%s)
  BUILD_DIR=$(mktemp -d "$CACHE/.$SUITE.build.XXXXXX")
  chmod 755 "$BUILD_DIR"
  run_child mmdebstrap --variant=apt --components=main --include="$(IFS=,; echo "${PACKAGES[*]}")" \
    --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='Acquire::Retries "3"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    "$SUITE" "$BUILD_DIR" "$MIRROR"
  mount_chroot "$BUILD_DIR"
  record_versions "$BUILD_DIR"
  unmount_all "$BUILD_DIR"
  check_version "$BUILD_DIR"
  if [ -e "$ROOTFS" ]; then  # a rebuild: the old one goes only once the new one is complete
    mv -T "$ROOTFS" "$BUILD_DIR.old" && rm -rf --one-file-system "$BUILD_DIR.old"
  fi
  mv -T "$BUILD_DIR" "$ROOTFS"
  BUILD_DIR=""
  size=$(du -sh --one-file-system "$ROOTFS" | cut -f1)
  echo "built in $(( $(date +%s) - started )) s, $size"
}

if [ "${EPOCH_CHROOT_REBUILD:-0}" = 1 ] || [ ! -f "$ROOTFS/$STAMP" ]; then
  build_chroot
fi

header "chroot $ROOTFS"
cat "$ROOTFS/$STAMP"
check_version "$ROOTFS" || {
  echo "test-qgis: rebuild it with EPOCH_CHROOT_REBUILD=1 (or remove $ROOTFS)" >&2; exit 1; }

header "cloning $REF of $REPO into $CI_DIR"
COMMIT=$(git -C "$REPO" rev-parse --verify "$REF^{commit}")
rm -rf --one-file-system "$ROOTFS$CI_DIR"
git clone -q --no-hardlinks --no-checkout "$REPO" "$ROOTFS$CI_DIR"
git -C "$ROOTFS$CI_DIR" -c advice.detachedHead=false checkout -q --detach "$COMMIT"
git -C "$REPO" log -1 --format='%h %s' "$COMMIT"

mount_chroot "$ROOTFS"

FAILED=()
PASSED=()
run_suite() {  # run_suite "NAME" COMMAND...: runs COMMAND in the clone, inside the chroot
  local name=$1 rc=0 started
  shift
  header "$name (QGIS $QGIS_WANT, Debian $SUITE)"
  started=$(date +%s)
  run_child in_chroot "$ROOTFS" timeout --kill-after=30 "$SUITE_TIMEOUT" \
    bash -c 'cd "$0" && exec "$@"' "$CI_DIR" "$@" || rc=$?
  if [ "$rc" -eq 0 ]; then
    PASSED+=("$name")
    echo "---------- $name: passed ($(( $(date +%s) - started )) s)"
  else
    FAILED+=("$name (exit $rc)")
    echo "---------- $name: FAILED, exit $rc ($(( $(date +%s) - started )) s)"
  fi
  return 0
}

run_suite "make setup" make setup
if [ ${#FAILED[@]} -eq 0 ]; then
  run_suite "venv check: Debian's GDAL with the venv's numpy" .venv/bin/python -c '
import numpy, shapely, pytest
from osgeo import gdal, gdal_array
print("numpy", numpy.__version__, numpy.__file__)
print("shapely", shapely.__version__, "pytest", pytest.__version__, "GDAL", gdal.__version__)'
  # the three suites of the Makefile's `test` target
  run_suite "pytest tests (venv, with QGIS)" .venv/bin/python -m pytest -q tests
  run_suite "core without QGIS, venv (shapely 2)" .venv/bin/python -m pytest -q -p no:qgis tests/core
  run_suite "core without QGIS, Debian python" /usr/bin/python3 -m pytest -q -p no:qgis -p no:cacheprovider tests/core
  run_suite "make demo" make demo
fi

header "summary: QGIS $QGIS_WANT (Debian $SUITE), commit $(git -C "$REPO" rev-parse --short "$COMMIT")"
for s in "${PASSED[@]}"; do echo "passed: $s"; done
for s in "${FAILED[@]}"; do echo "FAILED: $s"; done
[ ${#FAILED[@]} -eq 0 ]
