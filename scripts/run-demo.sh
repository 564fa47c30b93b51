#!/usr/bin/env bash
# Set up everything Polydesk needs on this machine and launch it on the demo workspace.
# Idempotent: a second run only rebuilds what changed.
#   scripts/run-demo.sh            debug build (quicker to compile)
#   scripts/run-demo.sh --release  optimized build
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

profile=debug
cargo_flags=()
if [ "${1:-}" = "--release" ]; then profile=release; cargo_flags=(--release); fi

install_apt_packages "${APP_BUILD_PACKAGES[@]}"
check_toolchains
build_ui
log "building the app ($profile)"
cargo build "${cargo_flags[@]}" -p polydesk -p polydesk-cli

# The demo workspace lives in the normal app-data directory unless POLYDESK_DATA_DIR says
# otherwise; seeding leaves a cache that already has cases alone.
"target/$profile/polydesk-cli" demo seed
log "starting Polydesk"
exec "target/$profile/polydesk"
