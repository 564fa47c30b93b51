#!/usr/bin/env bash
# Set up everything the tests need (idempotently) and run the whole suite:
# Rust format/lint/tests, generated-binding freshness, UI type check/lint/unit tests,
# the browser tests in Debian's Chromium on the real core (polydesk-testhost), and the
# end-to-end test of the real app window
# through tauri-driver under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
started=$SECONDS
phase() { log "$* (at $((SECONDS - started)) s)"; }

# Tests must be hermetic: they set POLYDESK_DATA_DIR and never touch the real app data.
real_data="${XDG_DATA_HOME:-$HOME/.local/share}/polydesk"
fingerprint() { { ls -laR --time-style=+%s "$real_data" 2>/dev/null || echo absent; } | sha256sum; }
real_data_before=$(fingerprint)

# A clean clone builds once: incremental-compilation caches would only cost disk.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
disk_report() { log "disk: $(df -h --output=avail . | tail -1 | tr -d ' ') free here; build output $(du -sh "${CARGO_TARGET_DIR:-target}" 2>/dev/null | cut -f1)"; }

phase "setup"
disk_report
install_apt_packages "${APP_BUILD_PACKAGES[@]}" "${GUI_TEST_PACKAGES[@]}" "${RT_TEST_PACKAGES[@]}"
check_toolchains
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
npm_ci tests
ensure_tauri_driver
# Builds ui/dist, which the app crate embeds (clippy and tests compile it).
build_ui

phase "rust: format"
cargo fmt --all -- --check

phase "rust: one build of everything the tests run, linted by Clippy as it compiles"
# `cargo clippy` is `cargo check` with clippy-driver compiling the workspace's own crates;
# run before the build, it compiled every dependency a second time (in check mode: ten of
# the run's minutes on 2 cores). Here clippy-driver compiles the workspace's crates for the
# real build instead — the same lints, `-D warnings` failing the build as
# `cargo clippy --workspace --all-targets -- -D warnings` would — and every dependency is
# compiled once. The tests below run with the same compiler, so they build nothing again.
# (Developers: `cargo clippy --workspace --all-targets -- -D warnings` checks the same.)
RUSTC_WORKSPACE_WRAPPER="$(rustup which clippy-driver)"
export RUSTC_WORKSPACE_WRAPPER
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
# The tests, the app and the browser tests' host, built together: with one set of
# dependency features, so no crate is compiled twice (built apart, the app and the host
# would leave out the tests' dev-dependency features and compile their shared crates again).
cargo build --workspace --all-targets --locked

phase "rust: tests (also regenerates the TypeScript bindings)"
cargo test --workspace --locked

phase "rust: the real OS keychain (gnome-keyring's Secret Service on a private D-Bus)"
dbus-run-session -- scripts/with-keyring.sh \
  cargo test --workspace --locked --test keychain -- --ignored --test-threads=1

phase "the generated contract is committed and current"
# The TypeScript client and types, the choice lists, the app's command list and its
# window's permissions, all generated from the Rust declarations by the tests above.
generated=(ui/src/lib/generated src-tauri/commands.txt src-tauri/capabilities)
if [ -n "$(git status --porcelain -- "${generated[@]}")" ]; then
  git status --porcelain -- "${generated[@]}"
  die "the generated contract differs from what the Rust declarations generate: commit the regenerated files"
fi

phase "ui: type check, lint, unit tests"
npm --prefix ui run check
npm --prefix ui run lint
npm --prefix ui run test

phase "browser tests (Debian Chromium, the UI on the real core through polydesk-testhost)"
npm --prefix ui run build:testhost --silent
# Two test files at a time: each mostly waits on its browser and host.
node --test --test-concurrency=2 tests/browser/

phase "end-to-end test of the real app (tauri-driver, Xvfb)"
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do xdpyinfo -display "$DISPLAY" >/dev/null 2>&1 && break; sleep 0.1; done
fi
# The app binary as cargo built it (honours a custom CARGO_TARGET_DIR).
export POLYDESK_APP="${POLYDESK_APP:-$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')/debug/polydesk}"
dbus-run-session -- node --test tests/e2e/

phase "hermeticity: the real app-data directory is untouched"
if [ "$(fingerprint)" != "$real_data_before" ]; then
  die "a test wrote into $real_data: tests must use POLYDESK_DATA_DIR"
fi

disk_report
phase "all tests passed"
