#!/bin/sh
# Starts the real app, as a person would, with bad input around it: damaged
# settings, a huge text size, a data directory that cannot be read or
# written, and a language that does not exist. Each time the window must
# appear, the app must say what is wrong where a person needs to know
# (stderr here; the checklist's toast is in test-checklist-page), must quit
# cleanly and must lose nothing: a damaged file is kept aside byte for byte,
# and what it cannot use stays where it was.
#
# Usage: test-bad-input.sh APP  (under headless.sh, which gives the session
# bus and the display); prints TAP. MG_SCREENSHOT_DIR, if set, receives a
# screenshot of each case's window.
set -u

# shellcheck source=tests/lib-poll.sh
. "$(dirname "$0")/lib-poll.sh"

app=$1
app_id=io.github.mgguide.MagnesiumGuide
object_path=/io/github/mgguide/MagnesiumGuide
scratch=$(mktemp -d "${TMPDIR:-/tmp}/mg-bad-input.XXXXXX")
settings_group='[io/github/mgguide/MagnesiumGuide]'
app_pid=""
n=0
failed=0

cleanup () {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# A case's own user directories and settings, in keyfile form so that what
# the app keeps can be read back.
new_case () {
  case_dir="$scratch/$1"
  mkdir -p "$case_dir/config/glib-2.0/settings" "$case_dir/data" "$case_dir/cache"
  XDG_CONFIG_HOME="$case_dir/config"
  XDG_DATA_HOME="$case_dir/data"
  XDG_CACHE_HOME="$case_dir/cache"
  GSETTINGS_BACKEND=keyfile
  keyfile="$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
  export XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME GSETTINGS_BACKEND
  stderr_log="$case_dir/stderr"
  problem=""
}

fail () {
  problem="${problem}$(printf '%s\n' "$1" | sed 's/^/# /')
"
}

window_line () {
  LC_ALL=C xwininfo -root -tree | grep '"Magnesium Guide"' | head -n 1
}

window_shown () {
  [ -n "$(window_line)" ]
}

# The number of colours the window shows, where ImageMagick is there: a
# blank window has one or two, its text and icons hundreds.
window_colours () {
  if command -v import >/dev/null && command -v identify >/dev/null; then
    LC_ALL=C import -window "$(window_line | awk '{print $1}')" png:- 2>/dev/null |
      identify -format '%k' - 2>/dev/null
  fi
}

# Whether the window has the same size and place as at the last look, 0.1 s
# before, and has drawn itself. (Its pixels may still change: a text
# cursor blinks.)
window_settled () {
  previous=$last_geometry
  last_geometry=$(window_line | awk '{print $(NF - 1)}')
  [ -n "$last_geometry" ] && [ "$last_geometry" = "$previous" ] || return 1
  colours=$(window_colours)
  [ -z "$colours" ] || [ "$colours" -ge 100 ]
}

# Ends the app this case started, by its id.
end_app () {
  kill "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  app_pid=""
}

# Starts the app; a warning is how it may report bad input, a critical is a
# bug, so only criticals are fatal here.
start_app () {
  G_DEBUG=fatal-criticals "$app" "$@" >"$case_dir/stdout" 2>"$stderr_log" &
  app_pid=$!
  # The bounds only stop a wait for a window that never comes: on a loaded
  # machine the first frame has come 6 s after the window.
  if ! poll 60 "$app_pid" window_shown; then
    fail "the window did not appear"
    end_app
    return 1
  fi
  last_geometry=""
  if ! poll 60 "$app_pid" window_settled; then
    fail "the window did not settle on a size or was not drawn: $(window_line)"
    end_app
    return 1
  fi
  return 0
}

# For a person to look at what the app showed, once it has stopped changing.
screenshot () {
  if [ -n "${MG_SCREENSHOT_DIR:-}" ] && command -v import >/dev/null; then
    last_geometry=""
    poll 10 "$app_pid" window_settled || true
    mkdir -p "$MG_SCREENSHOT_DIR"
    LC_ALL=C import -window "$(window_line | awk '{print $1}')" \
      "$MG_SCREENSHOT_DIR/bad-input-$(basename "$case_dir").png" 2>/dev/null || true
  fi
}

# Reopens the checklist at start, as for a person who used it last: it
# opens its store, and shows a storage problem as a toast (the text of each
# toast is checked in test-checklist-page).
open_checklist_at_start () {
  printf '%s\nlast-page=%s\n' "$settings_group" "'tool:food-checklist'" >"$keyfile"
}

window_width () {
  window_line | sed -n 's/.* \([0-9][0-9]*\)x[0-9][0-9]*+.*/\1/p'
}

# Quits as Ctrl+Q does, so the app saves what it keeps at the end.
quit_app () {
  gdbus call --session --dest "$app_id" --object-path "$object_path" \
    --method org.gtk.Actions.Activate quit '[]' '{}' >/dev/null 2>>"$case_dir/gdbus" ||
    fail "app.quit could not be called: $(cat "$case_dir/gdbus")"
  if ! poll 20 "" process_ended "$app_pid"; then
    fail "the app did not quit"
    kill "$app_pid" 2>/dev/null
  fi
  wait "$app_pid"
  status=$?
  app_pid=""
  [ "$status" = 0 ] || fail "the app exited with status $status"
  if grep -q CRITICAL "$stderr_log"; then
    fail "a critical on stderr: $(grep CRITICAL "$stderr_log" | head -n 1)"
  fi
}

expect_stderr () {
  grep -qF -- "$1" "$stderr_log" || fail "stderr does not say “$1”: $(head -c 600 "$stderr_log")"
}

expect_same () {
  cmp -s "$1" "$2" || fail "$2 changed"
}

# $1 was set aside as the store does, said on stderr, and kept byte for
# byte as the case's "original".
expect_set_aside () {
  expect_stderr "Set $1 aside as $1.damaged-"
  kept=$(ls "$1".damaged-* 2>/dev/null | head -n 1)
  if [ -z "$kept" ]; then
    fail "the damaged file was not kept"
  else
    expect_same "$case_dir/original" "$kept"
  fi
}

report () {
  n=$((n + 1))
  if [ -z "$problem" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    printf '%s' "$problem"
    failed=1
  fi
}

# Values of the wrong type, out of range or not among the choices are each
# replaced by their default; the valid ones around them still apply, and
# quitting keeps the damaged lines for a person to look at.
test_corrupt_settings () {
  new_case corrupt-settings
  cat >"$keyfile" <<EOF
$settings_group
window-width=700
window-height=this is not a number
window-maximized=maybe
language='tlh'
text-scale=1e308
dose-age=-7
dose-medicines=42
dose-amount=nan
last-page='no-such-page'
EOF
  if start_app; then
    width=$(window_width)
    [ "${width:-0}" -ge 690 ] && [ "${width:-0}" -le 710 ] ||
      fail "the valid window-width=700 was not used: $(window_line)"
    screenshot
    quit_app
  fi
  for line in "language='tlh'" "dose-age=-7" "dose-medicines=42" "dose-amount=nan"; do
    grep -qxF "$line" "$keyfile" || fail "quitting lost the line $line"
  done
  report "corrupt settings values: defaults instead, the rest kept"
}

# The largest text size the settings allow, in a phone-wide window: the
# window stays as narrow as it was asked to be.
test_huge_text_scale () {
  new_case huge-text-scale
  printf '%s\nwindow-width=360\ntext-scale=2.0\nlast-page=%s\n' "$settings_group" \
    "'rls-what-is'" >"$keyfile"
  if start_app; then
    width=$(window_width)
    [ "${width:-0}" -le 372 ] || fail "text-scale=2.0 made the window wider: $(window_line)"
    screenshot
    quit_app
  fi
  grep -qx 'text-scale=2.0' "$keyfile" || fail "quitting lost the text size"
  report "the largest text size at 360 px"
}

# A checklist file that does not parse is renamed aside, byte for byte, and
# stderr says where; the checklist starts empty and shows a toast.
test_damaged_data () {
  new_case damaged-data
  mkdir -p "$XDG_DATA_HOME/magnesium-guide"
  file="$XDG_DATA_HOME/magnesium-guide/food-checklist.ini"
  printf '[2026-11-22]\npumpkin-seeds=1\n[broken\n\001\002\377' >"$file"
  cp "$file" "$case_dir/original"
  open_checklist_at_start
  if start_app; then
    screenshot
    quit_app
  fi
  expect_set_aside "$file"
  report "a damaged checklist file is set aside, unchanged"
}

# A checklist "file" that cannot be read at all (a directory in its place;
# permissions alone do not stop root) is set aside with what is in it.
test_unreadable_data () {
  new_case unreadable-data
  file="$XDG_DATA_HOME/magnesium-guide/food-checklist.ini"
  mkdir -p "$file"
  echo "a person's notes" >"$file/notes"
  open_checklist_at_start
  if start_app; then
    screenshot
    quit_app
  fi
  expect_stderr "Set $file aside as $file.damaged-"
  kept=$(ls -d "$file".damaged-* 2>/dev/null | head -n 1)
  if [ -z "$kept" ] || ! grep -qx "a person's notes" "$kept/notes" 2>/dev/null; then
    fail "what was in the way was not kept"
  fi
  report "an unreadable checklist file is set aside with its contents"
}

# The foods a person added, in a file that does not parse (a key file cut
# off, control bytes, a line of 64 KB): renamed aside, byte for byte, and
# said on stderr; the checklist still opens. One from a newer version is
# read and never written over.
test_damaged_own_foods () {
  new_case damaged-own-foods
  mkdir -p "$XDG_DATA_HOME/magnesium-guide"
  file="$XDG_DATA_HOME/magnesium-guide/own-foods.ini"
  { printf '[Own Foods]\nVersion=1\n[own-0000000a]\nname=Bar\001\002\377\nmg='
    head -c 65536 /dev/zero | tr '\0' '9'
    printf '\n[own-\n'; } >"$file"
  cp "$file" "$case_dir/original"
  open_checklist_at_start
  if start_app; then
    screenshot
    quit_app
  fi
  expect_set_aside "$file"
  report "a damaged file of own foods is set aside, unchanged"

  new_case newer-own-foods
  mkdir -p "$XDG_DATA_HOME/magnesium-guide"
  file="$XDG_DATA_HOME/magnesium-guide/own-foods.ini"
  printf '[Own Foods]\nVersion=9\n[own-0000000a]\nname=Bar\nportion=1 bar\nmg=40\nfibre=3\n' >"$file"
  cp "$file" "$case_dir/original"
  open_checklist_at_start
  if start_app; then
    screenshot
    quit_app
  fi
  expect_same "$case_dir/original" "$file"
  report "a file of own foods from a newer version is not written over"
}

# No data directory can be made (a regular file stands where it would go):
# the window still appears and the file in the way is left as it was. There
# is nothing to save until a tick; what a failed save says is checked in
# tests/test-intake-store.c.
test_unwritable_data () {
  new_case unwritable-data
  printf 'not a directory\n' >"$case_dir/in-the-way"
  cp "$case_dir/in-the-way" "$case_dir/original"
  XDG_DATA_HOME="$case_dir/in-the-way/data"
  export XDG_DATA_HOME
  open_checklist_at_start
  if start_app; then
    screenshot
    quit_app
  fi
  expect_same "$case_dir/original" "$case_dir/in-the-way"
  report "an unwritable data directory"
}

# A language that does not exist, in every variable a desktop sets: the
# interface falls back to English.
test_garbage_language () {
  new_case garbage-language
  saved="${LANGUAGE-}|${LC_ALL-}|${LANG-}"
  LANGUAGE='zz_QQ:@@@:../../etc/passwd'
  LC_ALL='qq_ZZ.GARBAGE'
  LANG='%s%n'
  export LANGUAGE LC_ALL LANG
  if start_app; then
    window_line | grep -q '"Magnesium Guide"' || fail "the window is not in English"
    screenshot
    quit_app
  fi
  LANGUAGE=${saved%%|*}
  LC_ALL=$(echo "$saved" | cut -d '|' -f 2)
  LANG=${saved##*|}
  report "LANGUAGE, LC_ALL and LANG set to garbage"
}

# --language with a code the app does not have says so, and runs in the
# system's language.
test_unknown_language_option () {
  new_case unknown-language-option
  if start_app --language=klingon; then
    quit_app
  fi
  expect_stderr "Unknown language “klingon”"
  report "--language=klingon"
}

echo "1..9"
test_corrupt_settings
test_huge_text_scale
test_damaged_data
test_unreadable_data
test_damaged_own_foods
test_unwritable_data
test_garbage_language
test_unknown_language_option
exit "$failed"
