#!/bin/sh
# The exe_wrapper of `meson test --setup valgrind`: runs a test under
# valgrind's memcheck with GLib's and GTK's suppression files and
# build-aux/valgrind.supp. A widget test is `headless.sh TEST ARGS`: valgrind
# then goes after headless.sh, onto the test itself, not onto the shell, Xvfb
# or dbus-daemon.
#
# A definite leak or a memory error fails the test (exit status 99); the
# test's log has the stack that made it. MG_VALGRIND_OPTIONS adds options,
# such as --track-origins=yes to find where an uninitialised value came from.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
valgrind="valgrind --tool=memcheck --error-exitcode=99 --leak-check=full"
valgrind="$valgrind --show-leak-kinds=definite --errors-for-leak-kinds=definite"
valgrind="$valgrind --num-callers=40 ${MG_VALGRIND_OPTIONS:-}"
for supp in /usr/share/glib-2.0/valgrind/glib.supp \
            /usr/share/gtk-4.0/valgrind/gtk.supp \
            "$here/valgrind.supp"; do
  [ -f "$supp" ] && valgrind="$valgrind --suppressions=$supp"
done

case "$1" in
  */headless.sh)
    headless=$1
    shift
    # shellcheck disable=SC2086 # the options are words
    exec "$headless" $valgrind "$@"
    ;;
  *)
    # shellcheck disable=SC2086
    exec $valgrind "$@"
    ;;
esac
