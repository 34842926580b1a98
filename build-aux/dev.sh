#!/bin/sh
# The two Quick start commands of the README.
#
#   build-aux/dev.sh run    install what is needed, build, and start the app
#   build-aux/dev.sh test   install what is needed, build, and run every test
#                           headless (the tests start their own display),
#                           then the quality checks (build-aux/quality.sh)
#   build-aux/dev.sh shell  a shell in the environment the other two use
#
# The app needs GLib >= 2.84, GTK >= 4.18 and libadwaita >= 1.7. Where the
# host has them, or its apt offers them (Debian 13 and later), everything
# happens on the host. Otherwise (Debian 12) it happens in a Debian 13 root
# made with mmdebstrap from the mirror the host's apt uses, cached outside
# the checkout in $MG_ENV_CACHE (default /var/tmp/mg-env) and made anew when
# build-aux/debian-packages.txt changes; build-aux/env.sh enters it.
# MG_ENV=host or MG_ENV=trixie chooses instead.
set -eu

cd "$(dirname "$0")/.."
builddir=${MG_BUILDDIR:-_build}

need_root () {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

packages () {
  grep -v '^#' "$1" | grep -v '^[[:space:]]*$'
}

apt_install () {
  list=$1
  # shellcheck disable=SC2046 # one package a word
  if dpkg-query -W -f='${Status}\n' $(packages "$list") 2>&1 | grep -qv 'install ok installed'; then
    need_root apt-get update -q
    # shellcheck disable=SC2046
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      $(packages "$list")
  fi
}

# The floor: what Debian 13, current distributions and the GNOME runtime have.
floor_met_by_pkg_config () {
  command -v pkg-config >/dev/null 2>&1 &&
    pkg-config --atleast-version=2.84 glib-2.0 2>/dev/null &&
    pkg-config --atleast-version=4.18 gtk4 2>/dev/null &&
    pkg-config --atleast-version=1.7 libadwaita-1 2>/dev/null
}

# Whether installing the package list here would reach the floor.
floor_offered_by_apt () {
  command -v apt-cache >/dev/null 2>&1 || return 1
  gtk=$(apt-cache policy libgtk-4-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  adw=$(apt-cache policy libadwaita-1-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  glib=$(apt-cache policy libglib2.0-dev 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  [ -n "$gtk" ] && [ "$gtk" != "(none)" ] && dpkg --compare-versions "$gtk" ge 4.18 &&
    [ -n "$adw" ] && [ "$adw" != "(none)" ] && dpkg --compare-versions "$adw" ge 1.7 &&
    [ -n "$glib" ] && [ "$glib" != "(none)" ] && dpkg --compare-versions "$glib" ge 2.84
}

# Prints "host" or "trixie": where to build.
choose_environment () {
  case "${MG_ENV:-}" in
    host|trixie) echo "$MG_ENV"; return ;;
    "") ;;
    *) echo "dev.sh: MG_ENV must be host or trixie, not $MG_ENV" >&2; exit 2 ;;
  esac
  if floor_met_by_pkg_config; then
    echo host
  elif ! command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: this system has no GLib >= 2.84, GTK >= 4.18 and libadwaita >= 1.7," \
         "and no apt to make a Debian 13 environment with; install those, then run me again" >&2
    exit 1
  else
    [ "$(id -u)" = 0 ] && apt-get update -q >/dev/null 2>&1 || true
    if floor_offered_by_apt; then echo host; else echo trixie; fi
  fi
}

# Runs the rest of this script's command in the place chosen, which it
# leaves in $where.
in_environment () {
  where=$(choose_environment)
  if [ "$where" = host ]; then
    command -v apt-get >/dev/null 2>&1 && apt_install build-aux/debian-packages.txt
    floor_met_by_pkg_config || {
      echo "dev.sh: GLib >= 2.84, GTK >= 4.18 and libadwaita >= 1.7 are needed; pkg-config finds" \
           "glib $(pkg-config --modversion glib-2.0 2>/dev/null || echo none)," \
           "gtk4 $(pkg-config --modversion gtk4 2>/dev/null || echo none)," \
           "libadwaita $(pkg-config --modversion libadwaita-1 2>/dev/null || echo none)" >&2
      exit 1
    }
    MG_IN_ENV=host "$@"
  else
    apt_install build-aux/host-packages.txt
    build-aux/env.sh "$@"
  fi
}

configure () {
  echo "Building with GLib $(pkg-config --modversion glib-2.0), GTK $(pkg-config --modversion gtk4)," \
       "libadwaita $(pkg-config --modversion libadwaita-1) ($(. /etc/os-release && echo "$PRETTY_NAME"))"
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" >/dev/null
  else
    meson setup "$builddir"
  fi
  meson compile -C "$builddir"
}

# What each command does once in the environment.
case "${1:-}" in
  inside-run)
    configure
    exec meson devenv -C "$builddir" magnesium-guide
    ;;
  inside-test)
    configure
    meson test -C "$builddir" --print-errorlogs
    # Sanitizers, valgrind, static analysis and fuzzing (README, "Quality").
    build-aux/quality.sh
    ;;
  run)
    MG_ENV_DESKTOP=1; export MG_ENV_DESKTOP
    in_environment build-aux/dev.sh inside-run
    ;;
  test)
    in_environment build-aux/dev.sh inside-test
    # What `run` promises from the environment: the host's display, bus and
    # folders.
    [ "$where" = host ] || build-aux/test-env-desktop.sh "$builddir"
    ;;
  shell)
    MG_ENV_DESKTOP=1; export MG_ENV_DESKTOP
    in_environment "${SHELL:-/bin/sh}"
    ;;
  *)
    echo "usage: $0 run|test|shell" >&2
    exit 2
    ;;
esac
