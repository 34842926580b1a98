#!/bin/sh
# The Flatpak end-to-end test: `flatpak-builder --user --install` of the real
# manifest, then `flatpak run`, as a user does from a checkout.
#
# The GNOME runtime cannot be downloaded on the test machines, so a stand-in
# for it is made from Debian 13 packages (stand-in-packages.txt: GLib 2.84,
# GTK 4.18, libadwaita 1.7, the floor meson.build asks for) under the
# manifest's own runtime and SDK names and branch. What this proves: the
# manifest parses; the module builds, passes its tests and installs in the
# flatpak-builder sandbox with the manifest's own options; the .desktop file
# and icons are exported; the window opens with the manifest's permissions;
# the app's data goes to ~/.var/app/APP_ID/. What it cannot prove: that the
# code builds against the real runtime's still newer GTK and libadwaita; the
# API version pins in meson.build keep that honest.
#
# Usage: test-install.sh [MANIFEST [SCREENSHOT]]   (run under tests/headless.sh)
#
# Exits 77 (skipped) where bubblewrap cannot run, and where the host tools are
# missing outside CI. The stand-in runtime is cached in $MG_FLATPAK_CACHE
# (default /var/tmp/mg-flatpak-cache), keyed by its package list and apt
# sources, for 30 days; an empty cache directory gives a run from nothing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
manifest=${1:-$root/io.github.mgguide.MagnesiumGuide.json}
screenshot=${2:-}
cache_root=${MG_FLATPAK_CACHE:-/var/tmp/mg-flatpak-cache}
locales=$(grep -v '^#' "$root/build-aux/locales.txt" | paste -sd' ' -)

started=$(date +%s)
scratch=""
bus_pid=""
app_pid=""

step () {
  echo "[$(($(date +%s) - started)) s] $*"
}

fail () {
  echo "test-install.sh: $*" >&2
  exit 1
}

skip () {
  echo "SKIP: $*"
  exit 77
}

# shellcheck source=tests/lib-poll.sh
. "$root/tests/lib-poll.sh"

# Ends a process this script started, by its id, and waits for it.
end_process () {
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  poll 5 "" process_ended "$1" || kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

cleanup () {
  status=$?
  end_process "$app_pid"
  end_process "$bus_pid"
  if [ -n "$scratch" ] && [ -d "$scratch" ]; then
    # ostree and flatpak-builder leave read-only files and folders behind.
    chmod -R u+w "$scratch" 2>/dev/null || true
    rm -rf "$scratch"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

check_host () {
  missing=""
  for tool in flatpak flatpak-builder bwrap ostree mmdebstrap flock python3 \
              dbus-daemon xwininfo import identify desktop-file-validate; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
  done
  if [ -n "$missing" ]; then
    # CI installs build-aux/debian-packages.txt: there a missing tool is a bug.
    [ "${CI:-}" = true ] && fail "not installed:$missing"
    skip "not installed:$missing (build-aux/dev.sh test installs them)"
  fi
  if ! err=$(bwrap --unshare-user --unshare-pid --ro-bind / / --dev /dev --proc /proc true 2>&1); then
    skip "bubblewrap cannot run here (no user namespaces?), so neither can Flatpak: $err"
  fi
  [ -n "${DISPLAY:-}" ] || fail "no display: run me under tests/headless.sh"
}

# Prints one manifest field per line: id, command, runtime, sdk, branch.
read_manifest () {
  python3 - "$manifest" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
for key in ("id", "command", "runtime", "sdk", "runtime-version"):
    print(m.get(key) or m.get("app-id" if key == "id" else key, ""))
EOF
}

# Debian 13 as a runtime tree, exported as the SDK and, from the same tree,
# the Platform, into a bare-user-only ostree repo (archive mode is 5x slower).
build_stand_in () {
  repo=$1
  rootfs=$scratch/rootfs
  tree=$scratch/stand-in
  packages=$(grep -v '^#' "$here/stand-in-packages.txt" | paste -sd, -)
  step "making the stand-in $runtime and $sdk $branch from Debian 13 packages"
  # The locales the module's tests set, generated as in build-aux/env.sh.
  if ! mmdebstrap --mode=auto --variant=apt --include="$packages" \
         --customize-hook="printf '%s UTF-8\n' $locales >\"\$1/etc/locale.gen\"" \
         --customize-hook='chroot "$1" locale-gen' \
         trixie "$rootfs" "$scratch/sources.list" >"$scratch/mmdebstrap.log" 2>&1; then
    tail -n 40 "$scratch/mmdebstrap.log" >&2
    fail "mmdebstrap could not make the stand-in runtime from:$(cat "$scratch/sources.list")"
  fi
  mkdir "$tree"
  mv "$rootfs/usr" "$tree/usr"
  cp -a "$rootfs/etc" "$tree/usr/etc"
  rm -rf "$rootfs" "$tree/usr/share/doc" "$tree/usr/share/man" "$tree/usr/share/info"
  rm -f "$tree/usr/etc/shadow" "$tree/usr/etc/shadow-" "$tree/usr/etc/gshadow" "$tree/usr/etc/gshadow-"
  find "$tree/usr" -type f -perm /6000 -exec chmod ug-s {} +
  # flatpak looks for bin/ldconfig, and the app's libraries live in /app/lib.
  ln -sf ../sbin/ldconfig "$tree/usr/bin/ldconfig"
  printf '/app/lib\ninclude /etc/ld.so.conf.d/*.conf\n' >"$tree/usr/etc/ld.so.conf"
  printf '[Runtime]\nname=%s\nruntime=%s/%s/%s\nsdk=%s/%s/%s\n' \
    "$sdk" "$runtime" "$arch" "$branch" "$sdk" "$arch" "$branch" >"$tree/metadata"
  ostree init --mode=bare-user-only --repo="$repo"
  flatpak build-export --runtime --files=usr --disable-fsync "$repo" "$tree" "$branch" >/dev/null
  flatpak build-commit-from --src-ref="runtime/$sdk/$arch/$branch" \
    "$repo" "runtime/$runtime/$arch/$branch" >/dev/null
  rm -rf "$tree"
}

# Installs the stand-in into the private user installation, from the cache
# when it holds one for the same packages and sources, made in the last 30
# days (Debian's updates come in after that). The lock keeps two runs from
# building it at once, and stale entries from being removed in use.
install_stand_in () {
  "$root/build-aux/debian-sources.sh" trixie >"$scratch/sources.list"
  [ -s "$scratch/sources.list" ] || fail "apt uses no Debian mirror on this machine"
  key=$( (grep -v '^#' "$here/stand-in-packages.txt"; cat "$scratch/sources.list"
          echo "$runtime $sdk $branch $arch $locales 2") | sha256sum | cut -c1-16)
  entry=$cache_root/stand-in-$key
  mkdir -p "$cache_root"
  exec 9>"$cache_root/lock"
  flock -w 1500 9 || fail "the stand-in cache $cache_root stayed locked"
  for old in "$cache_root"/stand-in-*; do
    [ "$old" = "$entry" ] || rm -rf "$old"
  done
  if [ -z "$(find "$entry/complete" -mtime -30 2>/dev/null)" ]; then
    rm -rf "$entry"
    mkdir -p "$entry"
    build_stand_in "$entry/repo"
    touch "$entry/complete"
  else
    step "using the cached stand-in runtime $entry"
  fi
  step "installing the stand-in runtime and SDK"
  flatpak --user remote-add --no-gpg-verify stand-in "file://$entry/repo"
  flatpak --user install --noninteractive stand-in "$runtime//$branch" "$sdk//$branch" >/dev/null
  exec 9>&-
}

# A checkout's files (tracked, and new ones not ignored), without the build
# folders that the working tree may also hold.
stage_source () {
  source=$scratch/source
  mkdir "$source"
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$root" ls-files -z --cached --others --exclude-standard |
      tar -C "$root" --null -T - --ignore-failed-read -cf - 2>/dev/null |
      tar -C "$source" -xf -
  else
    tar -C "$root" --exclude='./_build*' --exclude=./.flatpak-builder \
      --exclude=./.flatpak -cf - . | tar -C "$source" -xf -
  fi
  cmp -s "$manifest" "$source/$(basename "$manifest")" ||
    fail "$manifest is not the checkout's manifest"
}

build_and_install () {
  step "flatpak-builder --user --install $(basename "$manifest")"
  status=0
  flatpak-builder --user --install --force-clean --disable-download --disable-updates \
    --disable-rofiles-fuse --state-dir="$scratch/state" \
    "$scratch/app" "$source/$(basename "$manifest")" >"$scratch/builder.log" 2>&1 || status=$?
  cat "$scratch/builder.log"
  [ "$status" = 0 ] || fail "flatpak-builder failed"
  # run-tests must really have run the module's tests in the sandbox.
  grep -q '^Running: meson test' "$scratch/builder.log" ||
    fail "flatpak-builder ran no tests"
}

check_exports () {
  step "checking what the installation exports"
  exports=$XDG_DATA_HOME/flatpak/exports/share
  desktop=$exports/applications/$app_id.desktop
  [ -f "$desktop" ] || fail "no exported $desktop"
  desktop-file-validate "$desktop"
  grep -Eq "^Exec=.*flatpak run .*--command=$command .*$app_id( |\$)" "$desktop" ||
    fail "the exported Exec line does not run $command in $app_id: $(grep '^Exec=' "$desktop")"
  for icon in "scalable/apps/$app_id.svg" "symbolic/apps/$app_id-symbolic.svg"; do
    [ -f "$exports/icons/hicolor/$icon" ] || fail "no exported icon $icon"
  done
  # GNOME Shell's search finds the provider, and D-Bus starts the app for it.
  [ -f "$exports/gnome-shell/search-providers/$app_id.search-provider.ini" ] ||
    fail "no exported search provider"
  service=$exports/dbus-1/services/$app_id.service
  [ -f "$service" ] || fail "no exported D-Bus service $service"
  grep -Eq "^Exec=.*flatpak run .*$app_id .*--gapplication-service" "$service" ||
    fail "the exported D-Bus service does not start $app_id as a service: $(grep '^Exec=' "$service")"
  cat "$exports/gnome-shell/search-providers/$app_id.search-provider.ini" "$service"
  # flatpak-builder 1.2 moves the metainfo to share/appdata; newer ones keep it.
  files=$(flatpak info --user --show-location "$app_id")/files/share
  [ -f "$files/metainfo/$app_id.metainfo.xml" ] || [ -f "$files/appdata/$app_id.appdata.xml" ] ||
    fail "no installed metainfo"
  # flatpak-builder 1.2's appstream-compose writes app-info, 1.4's
  # appstreamcli compose swcatalog.
  [ -f "$files/app-info/xmls/$app_id.xml.gz" ] || [ -f "$files/swcatalog/xml/$app_id.xml.gz" ] ||
    fail "the metainfo was composed into no catalogue entry"
  flatpak info --user --show-permissions "$app_id" >"$scratch/permissions"
  cat "$scratch/permissions"
  python3 - "$scratch/permissions" <<'EOF'
import configparser, sys
p = configparser.ConfigParser(delimiters=("=",))
p.read(sys.argv[1])
got = {k: sorted(filter(None, v.split(";"))) for k, v in p["Context"].items()}
want = {"shared": ["ipc"], "sockets": ["fallback-x11", "wayland", "x11"], "devices": ["dri"]}
if got != want:
    sys.exit(f"the installed app's permissions are {got}, not {want}")
EOF
}

window_shown () {
  xwininfo -root -tree | grep -qF "\"$title\""
}

# A blank X screen has 1 colour; the window's text and icons give hundreds.
screen_drawn () {
  import -window root "$scratch/screen.png"
  colours=$(identify -format '%k' "$scratch/screen.png")
  [ "$colours" -ge 100 ]
}

sandbox_ended () {
  [ -z "$(flatpak ps --columns=application)" ]
}

# Waits until the window is mapped and has drawn itself, and keeps a screenshot.
run_app () {
  title=$(sed -n 's/^Name=//p' "$desktop" | head -n 1)
  step "flatpak run $app_id, waiting for the window \"$title\""
  # flatpak execs bwrap, whose sandbox outlives it unless told otherwise.
  # The private session bus has no accessibility bus to hand out, as a
  # desktop's has; GTK would warn that it found none.
  flatpak run --die-with-parent --env=GTK_A11Y=none "$app_id" >"$scratch/app.log" 2>&1 &
  app_pid=$!
  if ! poll 120 "$app_pid" window_shown; then
    cat "$scratch/app.log" >&2
    fail "the window did not appear"
  fi
  xwininfo -root -tree | grep -F "\"$title\""
  colours=0
  # Mapped is not drawn: on a loaded machine the sandboxed app's first
  # frame, rendered in software, came after more than 10 s. The bound only
  # stops a wait for a frame that never comes.
  if ! poll 60 "$app_pid" screen_drawn; then
    cat "$scratch/app.log" >&2
    fail "the screen stayed blank: $colours colours"
  fi
  step "the window shows $colours colours"
  if [ -n "$screenshot" ]; then
    mkdir -p "$(dirname "$screenshot")"
    cp "$scratch/screen.png" "$screenshot"
  fi
  kill -0 "$app_pid" 2>/dev/null || fail "the app ended by itself"
  end_process "$app_pid"
  app_pid=""
  cat "$scratch/app.log"
  # Nothing of the sandbox may outlive the process this script started: its
  # processes die with it, a moment later.
  poll 10 "" sandbox_ended || fail "still running: $(flatpak ps)"
  for dir in data config cache; do
    [ -d "$HOME/.var/app/$app_id/$dir" ] || fail "no ~/.var/app/$app_id/$dir after the run"
  done
}

check_host
{ read -r app_id; read -r command; read -r runtime; read -r sdk; read -r branch; } <<EOF
$(read_manifest)
EOF
if [ -z "$app_id" ] || [ -z "$command" ] || [ -z "$branch" ]; then
  fail "$manifest lacks an id, command or runtime-version"
fi
arch=$(flatpak --default-arch)

scratch=$(mktemp -d /var/tmp/mg-flatpak.XXXXXX)
# A private home, user directories and system bus: nothing of this machine's
# own Flatpak installations or services takes part.
HOME=$scratch/home
XDG_DATA_HOME=$HOME/.local/share
XDG_CONFIG_HOME=$HOME/.config
XDG_CACHE_HOME=$HOME/.cache
XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
unset WAYLAND_DISPLAY G_DEBUG GSETTINGS_BACKEND GSETTINGS_SCHEMA_DIR FLATPAK_USER_DIR

# flatpak install wants a system bus; tests/session.conf is a bus with no
# services, which is all it needs.
dbus-daemon --config-file="$root/tests/session.conf" --nofork --nopidfile \
  --print-address=3 3>"$scratch/system-bus" 2>"$scratch/system-bus.log" &
bus_pid=$!
poll 10 "$bus_pid" test -s "$scratch/system-bus" ||
  fail "dbus-daemon did not start: $(cat "$scratch/system-bus.log")"
DBUS_SYSTEM_BUS_ADDRESS=$(head -n 1 "$scratch/system-bus")
export DBUS_SYSTEM_BUS_ADDRESS

install_stand_in
stage_source
build_and_install
check_exports
run_app
step "done: $app_id builds, installs and runs with Flatpak"
