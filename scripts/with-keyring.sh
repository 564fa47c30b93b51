#!/bin/sh
# with-keyring.sh CMD... : run CMD against an unlocked gnome-keyring Secret Service.
# Meant to run inside a private bus: dbus-run-session -- scripts/with-keyring.sh CMD...
#
# `gnome-keyring-daemon --unlock` returns before the daemon owns org.freedesktop.secrets.
# A request sent in that gap makes D-Bus start a second daemon, and a request caught
# between the two fails with "recipient disconnected". So wait for the name first.
set -eu
printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'; do
  tries=$((tries + 1))
  if [ "$tries" -ge 200 ]; then
    echo "with-keyring.sh: gnome-keyring did not take org.freedesktop.secrets within 20 s" >&2
    exit 1
  fi
  sleep 0.1
done
exec "$@"
