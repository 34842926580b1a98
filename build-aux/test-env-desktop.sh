#!/bin/sh
# What `build-aux/dev.sh run` promises on a host whose GTK is too old: the
# app, running in the Debian 13 environment, shows its window on the host's
# display, talks on the host's session bus and keeps what the person did in
# the host's folders. This starts an X server and a session bus on the host,
# runs the app built in the environment through build-aux/env.sh as
# `dev.sh run` does, waits for its window on the host's display, quits it
# over the host's bus, and finds the window size it saved in the host's
# settings file. It ends the processes it started, by their ids.
#
# Usage: build-aux/test-env-desktop.sh BUILDDIR   (after dev.sh built there)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
builddir=$(cd "${1:?usage: test-env-desktop.sh BUILDDIR}" && pwd)
app_id=io.github.mgguide.MagnesiumGuide

# In the build folder: the checkout is what the host and the environment
# share besides $HOME (the environment's /tmp and /var/tmp are its own).
scratch=$(mktemp -d "$builddir/env-desktop.XXXXXX")
xvfb_pid=""
bus_pid=""
app_pid=""

end_process () {
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

cleanup () {
  status=$?
  end_process "$app_pid"
  end_process "$bus_pid"
  end_process "$xvfb_pid"
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail () {
  echo "test-env-desktop.sh: $*" >&2
  [ ! -f "$scratch/app.log" ] || sed 's/^/  app: /' "$scratch/app.log" >&2
  exit 1
}

# shellcheck source=tests/lib-poll.sh
. "$root/tests/lib-poll.sh"

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
poll 10 "$xvfb_pid" test -s "$scratch/display" || fail "Xvfb did not start: $(cat "$scratch/xvfb.log")"
DISPLAY=":$(cat "$scratch/display")"

XDG_RUNTIME_DIR=$scratch/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-daemon --config-file="$root/tests/session.conf" --nofork --nopidfile \
  --address="unix:path=$XDG_RUNTIME_DIR/bus" --print-address=3 3>"$scratch/bus" 2>"$scratch/bus.log" &
bus_pid=$!
poll 10 "$bus_pid" test -s "$scratch/bus" || fail "dbus-daemon did not start: $(cat "$scratch/bus.log")"
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$scratch/bus")

# The person's folders on the host, and a settings file there.
XDG_CONFIG_HOME=$scratch/config
XDG_DATA_HOME=$scratch/data
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
export DISPLAY XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS XDG_CONFIG_HOME XDG_DATA_HOME
export GSETTINGS_BACKEND=keyfile GTK_A11Y=none
unset WAYLAND_DISPLAY

MG_ENV_DESKTOP=1 "$here/env.sh" meson devenv -C "$builddir" magnesium-guide >"$scratch/app.log" 2>&1 &
app_pid=$!

window_shown () {
  xwininfo -root -tree | grep -q '"Magnesium Guide"'
}
poll 60 "$app_pid" window_shown || fail "no window on the host's display $DISPLAY"
echo "the window is on the host's display $DISPLAY:"
xwininfo -root -tree | grep '"Magnesium Guide"'

gdbus call --session --dest "$app_id" --object-path /io/github/mgguide/MagnesiumGuide \
  --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null ||
  fail "the app is not on the host's session bus"
poll 10 "" process_ended "$app_pid" || fail "the app did not quit within 10 s"
status=0
wait "$app_pid" || status=$?
app_pid=""
[ "$status" = 0 ] || fail "the app ended with status $status"

keyfile=$XDG_CONFIG_HOME/glib-2.0/settings/keyfile
grep -q '^window-width=' "$keyfile" 2>/dev/null ||
  fail "no window size in the host's $keyfile"
echo "the app kept its window size in the host's settings:"
grep '^window-' "$keyfile"
