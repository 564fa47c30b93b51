#!/usr/bin/env bash
# The desktop app's benchmark: start time to the first rendered inbox and memory (PSS of the
# app and its WebKit processes) of the release app under Xvfb, on the demo workspace and on
# 100k cases, each beside the same figures for an empty Tauri window (bench/floor-app).
#
#   scripts/bench-app.sh [--out FILE.json] [--runs N] [--idle SECONDS] [--cases N]
#                        [--compare bench/app-baseline.json] [--no-build]
#
# Installs what it needs (idempotently), builds both apps in release, starts its own Xvfb
# and D-Bus session, and runs scripts/lib/bench_app.py. Data, WebKit caches and logs live
# in a temporary directory that is removed at the end; ~/.local/share/polydesk is never
# touched. Timings are never asserted anywhere: the figures come from here.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }
harness_args=()
build=1
while [ $# -gt 0 ]; do
  case $1 in
    --out | --compare)
      [ $# -ge 2 ] || die "$1 needs a file"
      # The harness runs from the repository root: make relative paths absolute first.
      case $2 in /*) file=$2 ;; *) file="$OLDPWD/$2" ;; esac
      if [ "$1" = --compare ] && [ ! -f "$file" ]; then die "no report at $2"; fi
      harness_args+=("$1" "$file")
      shift 2
      ;;
    --runs | --idle | --cases)
      [ $# -ge 2 ] || die "$1 needs a number"
      harness_args+=("$1" "$2")
      shift 2
      ;;
    --no-build) build=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

target=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')

if [ "$build" = 1 ]; then
  log "setup"
  install_apt_packages "${APP_BUILD_PACKAGES[@]}" xvfb xauth x11-utils dbus dbus-x11
  check_toolchains
  build_ui
  log "building Polydesk and polydesk-cli (release)"
  cargo build --release --locked -p polydesk -p polydesk-cli
  log "building the floor app (release, same target directory)"
  (cd bench/floor-app && CARGO_TARGET_DIR="$target" cargo build --release --locked)
fi
for bin in polydesk polydesk-cli polydesk-floor; do
  [ -x "$target/release/$bin" ] || die "$target/release/$bin is missing: run without --no-build"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/polydesk-bench-app.XXXXXX")
xvfb_pid=
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  # A document portal started by the session may have mounted itself in the runtime dir.
  if mountpoint -q "$tmp/runtime/doc" 2>/dev/null; then fusermount -u "$tmp/runtime/doc" || true; fi
  # The session's services may still be leaving: try again for a few seconds.
  for _ in 1 2 3 4 5; do rm -rf "$tmp" 2>/dev/null && return 0; sleep 1; done
  rm -rf "$tmp" || true
}
trap cleanup EXIT

# Our own X server on a free display (Xvfb picks it and writes the number to fd 3).
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || die "Xvfb did not start"
DISPLAY=":$(head -1 "$tmp/display")"
export DISPLAY
mkdir -m 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime"
commit=$(git describe --always --dirty 2>/dev/null || echo unknown)
log "measuring on display $DISPLAY (commit $commit)"

# The session's services (portals, keyring, accessibility bus) log on stderr: keep that in a
# file and show it only when something fails.
if ! dbus-run-session -- python3 scripts/lib/bench_app.py \
  --app "$target/release/polydesk" --floor "$target/release/polydesk-floor" \
  --cli "$target/release/polydesk-cli" --tmp "$tmp" --commit "$commit" \
  ${harness_args[@]+"${harness_args[@]}"} 2>"$tmp/session.log"; then
  tail -n 40 "$tmp/session.log" >&2
  for f in "$tmp"/logs/*.log; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 20 "$f" >&2; }; done
  die "the benchmark failed"
fi
