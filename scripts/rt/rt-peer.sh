#!/usr/bin/env bash
# A throw-away Request Tracker 5 for tests and demos: SQLite in a directory of its own,
# outgoing mail to an mbox there, the standalone server on 127.0.0.1.
#
#   rt-peer.sh install                    install the Debian packages (only missing ones)
#   rt-peer.sh init DIR                   write DIR/RT_SiteConfig.pm, create DIR/rt.db with
#                                         the queues, custom fields and rights (initialdata.pl)
#   rt-peer.sh start DIR PORT [--watch PID]
#                                         serve it in the background (pid in DIR/rt.pid) and
#                                         wait for REST2; with --watch, stop it and delete DIR
#                                         once process PID is gone (test runners)
#   rt-peer.sh stop DIR                   SIGTERM the server and wait for it to go
#   rt-peer.sh seed URL                   agents and multilingual tickets, over REST2 and
#                                         the mail gateway (seed.sh)
#   rt-peer.sh token DIR USER             print a new REST2 auth token for USER
#
# root's password after init is `password`; the seeded agents are rita / rita-secret and
# marco / marco-secret.
set -Eeuo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../lib/setup.sh"
trap 'echo "rt-peer.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_SETUP=rt-setup-database-5
RT_LIB=/usr/share/request-tracker5/lib

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

absdir() { mkdir -p "$1" && cd "$1" && pwd; }

rt_env() { # rt_env DIR : every RT command reads this instance's configuration only
  mkdir -p "$1/site.d"
  export RT_SITE_CONFIG="$1/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$1/site.d"
}

cmd_install() { install_apt_packages "${RT_TEST_PACKAGES[@]}"; }

cmd_init() {
  local dir; dir=$(absdir "${1:?init DIR}")
  rt_env "$dir"
  rm -f "$dir/rt.db"
  mkdir -p "$dir/mason_data" "$dir/session_data"
  cat > "$RT_SITE_CONFIG" <<CONF
# Written by rt-peer.sh: a throw-away RT.
Set(\$rtname, 'polydesk-test');
Set(\$Organization, 'polydesk.test');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPath, '');
Set(\$Timezone, 'UTC');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rt.db');
Set(\$CorrespondAddress, 'support@polydesk.test');
Set(\$CommentAddress, 'support-comment@polydesk.test');
# Outgoing mail is appended to an mbox under VarPath. Everything RT writes stays in
# this directory (so any user can run it, and nothing is left behind).
Set(\$MailCommand, 'mbox');
\$RT::VarPath = '$dir';
\$RT::MasonDataDir = '$dir/mason_data';
\$RT::MasonSessionDir = '$dir/session_data';
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'error');
Set(\$LogToFile, 'warning');
Set(\$LogDir, '$dir');
Set(\$LogToFileNamed, 'rt.log');
# Password hashing at the default cost takes ~250 ms per basic-auth request.
Set(\$BcryptCost, 4);
1;
CONF
  "$RT_SETUP" --action init --skip-create >"$dir/init.log" 2>&1 \
    && "$RT_SETUP" --action insert --datafile "$here/initialdata.pl" >>"$dir/init.log" 2>&1 \
    || { cat "$dir/init.log" >&2; die "could not create the RT database in $dir"; }
}

cmd_start() {
  local dir port watch=""
  dir=$(absdir "${1:?start DIR PORT}"); port=${2:?start DIR PORT}
  if [ "${3:-}" = --watch ]; then watch=${4:?--watch PID}; fi
  rt_env "$dir"
  if [ -f "$dir/rt.pid" ] && kill -0 "$(cat "$dir/rt.pid")" 2>/dev/null; then
    die "RT is already running from $dir (pid $(cat "$dir/rt.pid"))"
  fi
  setsid "$RT_SERVER" --host 127.0.0.1 --port "$port" >>"$dir/server.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" > "$dir/rt.pid"
  if [ -n "$watch" ]; then
    setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; "$2" stop "$3"; rm -rf "$3"' \
      rt-peer-watch "$watch" "$0" "$dir" >/dev/null 2>&1 </dev/null &
  fi
  local code
  for _ in $(seq 300); do
    # Any HTTP answer from REST2 (401 without credentials) means it is serving.
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/REST/2.0/rt" || true)
    case $code in 200|401) return 0 ;; esac
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$dir/server.log" >&2; die "rt-server exited"; }
    sleep 0.1
  done
  die "RT did not answer on port $port within 30 s (see $dir/server.log)"
}

cmd_stop() {
  local dir=${1:?stop DIR} pid
  [ -f "$dir/rt.pid" ] || return 0
  pid=$(cat "$dir/rt.pid")
  if kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$dir/rt.pid"
}

cmd_token() {
  local dir user
  dir=$(absdir "${1:?token DIR USER}"); user=${2:?token DIR USER}
  rt_env "$dir"
  # RT 5.0 has no REST endpoint that mints tokens (only the web UI): make one directly.
  perl -I"$RT_LIB" -e '
    use RT; RT::LoadConfig(); RT::Init();
    my $u = RT::User->new(RT->SystemUser); $u->Load($ARGV[0]) or die "no user $ARGV[0]\n";
    my ($ok, $msg, $auth) = RT::AuthToken->new(RT->SystemUser)
      ->Create(Owner => $u->id, Description => "rt-peer.sh");
    $ok or die "$msg\n"; print "$auth\n";' "$user" 2>>"$dir/init.log"
}

case ${1:-} in
  install) cmd_install ;;
  init) shift; cmd_install; cmd_init "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  seed) shift; source "$here/seed.sh"; seed "$@" ;;
  token) shift; cmd_token "$@" ;;
  *) usage ;;
esac
