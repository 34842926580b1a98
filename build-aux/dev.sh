#!/bin/sh
# The two Quick start commands of the README, for a fresh Debian 12 machine.
#
#   build-aux/dev.sh run    install what is needed, build, and start the app
#   build-aux/dev.sh test   install what is needed, build, and run every test
#                           headless (the tests start their own display),
#                           then the quality checks (build-aux/quality.sh)
set -eu

cd "$(dirname "$0")/.."
builddir=${MG_BUILDDIR:-_build}

need_root () {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages () {
  packages=$(grep -v '^#' build-aux/debian-packages.txt)
  # shellcheck disable=SC2086 # one package a word
  if ! dpkg-query -W -f='${Status}\n' $packages 2>/dev/null | grep -q 'install ok installed' ||
     dpkg-query -W -f='${Status}\n' $packages 2>&1 | grep -qv 'install ok installed'; then
    need_root apt-get update -q
    # shellcheck disable=SC2086
    need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages
  fi
}

configure () {
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" >/dev/null
  else
    meson setup "$builddir"
  fi
  meson compile -C "$builddir"
}

case "${1:-}" in
  run)
    install_packages
    configure
    exec meson devenv -C "$builddir" magnesium-guide
    ;;
  test)
    install_packages
    configure
    meson test -C "$builddir" --print-errorlogs
    # Sanitizers, valgrind, static analysis and fuzzing (README, "Quality").
    build-aux/quality.sh
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
