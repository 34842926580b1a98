#!/bin/sh
# Runs a command in a Debian 13 ("trixie") environment: GLib 2.84, GTK 4.18
# and libadwaita 1.7 with everything build-aux/debian-packages.txt lists,
# for hosts whose own are older (Debian 12). build-aux/dev.sh uses it.
#
# Usage: build-aux/env.sh COMMAND [ARG...]
#
# The root is made with mmdebstrap from the mirror the host's apt uses
# (build-aux/debian-sources.sh), with the UTF-8 locales the tests use
# generated, and cached in $MG_ENV_CACHE (default /var/tmp/mg-env) under a
# key of the package list, the sources and this script's recipe: a change to
# any of them makes it anew, once (a lock keeps two runs from making it at
# once). The command runs inside with bubblewrap, in its own mount and PID
# namespaces: the mounts go with the namespace, and every process started
# inside ends with the command, whatever happens. The checkout and $HOME
# (and with it the host's user data folders) are shared with the host, and
# with MG_ENV_DESKTOP=1 the X11 and Wayland sockets and $XDG_RUNTIME_DIR
# (the session bus) too, so the app shows on the host's display and what a
# person does in it is kept there; /tmp is private. As root, mmdebstrap's
# root mode and bubblewrap with the capabilities root has; as a normal user,
# mmdebstrap's unshare mode and bubblewrap in a user namespace.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cache=${MG_ENV_CACHE:-/var/tmp/mg-env}
codename=trixie
locales=$(grep -v '^#' "$here/locales.txt" | paste -sd' ' -)
recipe=1

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

for tool in mmdebstrap bwrap flock sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "env.sh: $tool is missing: install build-aux/host-packages.txt" >&2
    exit 1
  }
done

packages=$(grep -v '^#' "$here/debian-packages.txt" | grep -v '^[[:space:]]*$' | paste -sd, -)
sources=$("$here/debian-sources.sh" "$codename")
[ -n "$sources" ] || { echo "env.sh: apt on this machine uses no Debian mirror to make $codename from" >&2; exit 1; }
key=$(printf '%s\n' "$packages" "$sources" "$locales" "$recipe" | sha256sum | cut -c1-16)
env_root=$cache/$codename-$key

if [ "$(id -u)" = 0 ]; then
  mode=root
else
  mode=unshare
fi

make_root () {
  new=$cache/.new-$key
  rm -rf "$new"
  printf '%s\n' "$sources" >"$cache/sources-$key.list"
  started=$(date +%s)
  echo "env.sh: making the Debian 13 environment $env_root from" \
       "$(echo "$sources" | head -n 1 | cut -d' ' -f2) (about 2 minutes, 700 MB to download)" >&2
  if ! mmdebstrap --mode="$mode" --variant=apt --include="$packages,locales" \
         --customize-hook="printf '%s UTF-8\n' $locales >\"\$1/etc/locale.gen\"" \
         --customize-hook='chroot "$1" locale-gen' \
         "$codename" "$new" "$cache/sources-$key.list" >"$cache/mmdebstrap.log" 2>&1; then
    tail -n 40 "$cache/mmdebstrap.log" >&2
    rm -rf "$new"
    echo "env.sh: mmdebstrap failed; its log is $cache/mmdebstrap.log" >&2
    exit 1
  fi
  mv "$new" "$env_root"
  echo "env.sh: made in $(($(date +%s) - started)) s" >&2
}

mkdir -p "$cache"
exec 9>"$cache/lock"
flock -w 1800 9 || { echo "env.sh: $cache stayed locked" >&2; exit 1; }
if [ ! -x "$env_root/usr/bin/meson" ]; then
  # Older environments go: one is about 2 GB.
  for old in "$cache/$codename"-*; do
    [ -e "$old" ] && [ "$old" != "$env_root" ] && rm -rf "$old"
  done
  make_root
fi
exec 9>&-

# The command's words go to the end, after bwrap's options, in order.
words=$#
# The root's folders and links on bubblewrap's own root: the folders that
# the binds below need (/home/USER, the checkout's path) are then made there,
# never in the cached root, which a normal user could not write to.
for entry in "$env_root"/*; do
  name=${entry##*/}
  case $name in
    dev|proc|sys|tmp|run|home) ;;
    *)
      if [ -L "$entry" ]; then
        set -- "$@" --symlink "$(readlink "$entry")" "/$name"
      else
        set -- "$@" --bind "$entry" "/$name"
      fi
      ;;
  esac
done
set -- "$@" --dev-bind /dev /dev \
  --ro-bind /sys /sys \
  --dir /proc \
  --dir /home \
  --perms 1777 --tmpfs /tmp \
  --perms 0755 --tmpfs /run \
  --dir /run/lock \
  --ro-bind /etc/resolv.conf /etc/resolv.conf \
  --ro-bind /etc/hosts /etc/hosts
if [ "$mode" = unshare ]; then
  # The root belongs to the user namespace's root: /var/tmp, where the
  # Flatpak test works, is the user's own here.
  set -- "$@" --perms 1777 --tmpfs /var/tmp
fi
# The host's home, with its user data folders; then the checkout, which may
# be inside it.
if [ -n "${HOME:-}" ] && [ "$HOME" != / ] && [ -d "$HOME" ]; then
  set -- "$@" --bind "$HOME" "$HOME"
fi
# With MG_ENV_DESKTOP=1 (build-aux/dev.sh run and shell), the host's X11
# sockets and runtime folder (the session bus, the Wayland socket) too. The
# tests start their own X server and bus, which need /tmp/.X11-unix to be
# their own.
if [ "${MG_ENV_DESKTOP:-}" = 1 ]; then
  set -- "$@" --ro-bind-try /tmp/.X11-unix /tmp/.X11-unix
  if [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ]; then
    set -- "$@" --bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR"
  fi
fi
set -- "$@" --bind "$root" "$root" \
  --unshare-pid \
  --die-with-parent \
  --setenv MG_IN_ENV "$codename" \
  --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --chdir "$(pwd)"
if [ "$mode" = root ]; then
  # Root inside keeps root's capabilities: the Flatpak test makes a runtime
  # with mmdebstrap and runs bubblewrap of its own, which can mount its own
  # /proc only over a plain one, not bubblewrap's with its read-only parts.
  set -- "$@" --cap-add ALL unshare --pid --fork --mount-proc
else
  set -- "$@" --unshare-user --proc /proc
fi
while [ "$words" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  words=$((words - 1))
done

exec bwrap "$@"
