#!/bin/sh
# Runs a command under a private X server and D-Bus session bus that it starts
# itself, and ends both by their process ids when the command is done.
#
# Usage: headless.sh COMMAND [ARG...]
set -eu

scratch=$(mktemp -d "${TMPDIR:-/tmp}/mg-headless.XXXXXX")
xvfb_pid=""
dbus_pid=""

cleanup () {
  [ -n "$dbus_pid" ] && kill "$dbus_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# -displayfd lets Xvfb pick a free display and tell us which, once it
# accepts clients: reading the pipe waits for that, or for its end if Xvfb
# fails, however long starting takes.
mkfifo "$scratch/display"
Xvfb -displayfd 3 -screen 0 "${MG_SCREEN:-1280x1024x24}" -nolisten tcp -noreset \
  3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
display=$(head -n 1 "$scratch/display")
if [ -z "$display" ]; then
  echo "headless.sh: Xvfb did not start:" >&2
  cat "$scratch/xvfb.log" >&2
  exit 1
fi
DISPLAY=":$display"
export DISPLAY

# Xvfb puts the pointer in the middle of the screen, over whatever a test's
# window shows there: a link's tooltip then starts and stops with the
# layout, and GTK 4.8 can fire it at a popover already gone. The windows
# open at the top left, so the pointer waits in the opposite corner.
screen=${MG_SCREEN:-1280x1024x24}
xdotool mousemove "$(( ${screen%%x*} - 1 ))" "$(( $(echo "$screen" | cut -dx -f2) - 1 ))"

mkfifo "$scratch/bus"
dbus-daemon --config-file="$(dirname "$0")/session.conf" --nofork --nopidfile --print-address=4 \
  4>"$scratch/bus" 2>"$scratch/dbus.log" &
dbus_pid=$!
bus=$(head -n 1 "$scratch/bus")
if [ -z "$bus" ]; then
  echo "headless.sh: dbus-daemon did not start:" >&2
  cat "$scratch/dbus.log" >&2
  exit 1
fi
DBUS_SESSION_BUS_ADDRESS=$bus
export DBUS_SESSION_BUS_ADDRESS

# Every run gets its own, empty user directories.
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"
XDG_DATA_HOME="$scratch/data"
XDG_CONFIG_HOME="$scratch/config"
XDG_CACHE_HOME="$scratch/cache"
XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR

status=0
"$@" || status=$?
exit "$status"
