# Shared, idempotent setup steps for scripts/run-demo.sh and scripts/test.sh.
# Each step checks first and installs only what is missing.

# Packages the desktop app needs to build on Debian/Ubuntu (Tauri v2 prerequisites).
APP_BUILD_PACKAGES=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config fonts-noto-cjk libdbus-1-dev)
# Extra packages for the GUI tests: the WebKit WebDriver, a virtual display, a D-Bus
# session, and Debian's Chromium for the browser tests.
# gnome-keyring is the Secret Service the keychain test talks to.
GUI_TEST_PACKAGES=(webkit2gtk-driver xvfb xauth x11-utils dbus dbus-x11 chromium gnome-keyring)
# Request Tracker 5 for the RT connector's live tests, which start their own throw-away
# instance through scripts/rt/rt-peer.sh. dbconfig-no-thanks keeps apt from setting up a
# database; msmtp-mta satisfies RT's mail dependency without a mail server.
RT_TEST_PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients dbconfig-no-thanks msmtp-mta)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# install_apt_packages PKG... : apt-get install only the packages not yet installed.
install_apt_packages() {
  command -v dpkg-query >/dev/null || { log "not a Debian-like system: install ${*} yourself"; return 0; }
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

version_at_least() { # version_at_least HAVE WANT
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]
}

check_toolchains() {
  command -v cargo >/dev/null || die "Rust is missing: install it from https://rustup.rs (stable, 1.89 or newer)"
  local rust; rust=$(rustc --version | awk '{print $2}')
  version_at_least "$rust" 1.89.0 || die "Rust $rust is too old: run 'rustup update stable' (1.89 or newer)"
  command -v node >/dev/null || die "Node.js is missing: install Node 20.19 or newer (https://nodejs.org)"
  local node; node=$(node --version | tr -d v)
  version_at_least "$node" 20.19.0 || die "Node $node is too old: install Node 20.19 or newer"
}

# npm_ci DIR : `npm ci` in DIR unless node_modules already matches its package-lock.json.
npm_ci() {
  local dir=$1 stamp="$1/node_modules/.polydesk-lock-sha"
  local want; want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "npm ci in $dir"
  npm --prefix "$dir" ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

ensure_tauri_driver() {
  command -v tauri-driver >/dev/null && return 0
  log "installing tauri-driver (for the real-window tests)"
  cargo install tauri-driver --version '^2' --locked
}

build_ui() {
  npm_ci ui
  log "building the UI (ui/dist)"
  npm --prefix ui run build --silent
}
