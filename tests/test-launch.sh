#!/bin/sh
# Installs the app into a temporary prefix and starts it the way a desktop
# menu does: by the Exec line of its installed .desktop file, with
# XDG_DATA_DIRS pointing at that prefix. The window must appear.
#
# Usage: test-launch.sh SOURCE_ROOT BUILD_ROOT  (run under headless.sh)
set -eu

# shellcheck source=tests/lib-poll.sh
. "$(dirname "$0")/lib-poll.sh"

build_root=$2
destdir=$(mktemp -d "${TMPDIR:-/tmp}/mg-launch.XXXXXX")
app_pid=""

cleanup () {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$destdir"
}
trap cleanup EXIT INT TERM

meson install -C "$build_root" --destdir "$destdir" --no-rebuild --quiet

desktop=$(find "$destdir" -path '*/share/applications/*.desktop' | head -n 1)
[ -n "$desktop" ] || { echo "no .desktop file was installed" >&2; exit 1; }
share=$(dirname "$(dirname "$desktop")")
prefix=$(dirname "$share")
app_id=$(basename "$desktop" .desktop)

for f in "metainfo/$app_id.metainfo.xml" \
         "icons/hicolor/scalable/apps/$app_id.svg" \
         "icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
         "glib-2.0/schemas/io.github.mgguide.MagnesiumGuide.gschema.xml"; do
  [ -f "$share/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
# What gnome.post_install does on a real install (it skips a --destdir one).
glib-compile-schemas "$share/glib-2.0/schemas"

exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1 | sed 's/ *%[fFuUik]//g')
echo "starting: $exec_line"

unset GSETTINGS_SCHEMA_DIR
XDG_DATA_DIRS="$share:/usr/local/share:/usr/share"
PATH="$prefix/bin:$PATH"
export XDG_DATA_DIRS PATH
# shellcheck disable=SC2086 # the Exec line is split into words, as a desktop does
$exec_line &
app_pid=$!

window_shown () {
  xwininfo -root -tree | grep -q '"Magnesium Guide"'
}
poll 20 "$app_pid" window_shown || { echo "the window did not appear" >&2; exit 1; }
echo "the window appeared: $(xwininfo -root -tree | grep '"Magnesium Guide"' | head -n 1)"
