# shellcheck shell=sh
# lib-poll.sh: bounded waits for the shell tests
#
# Sourced by tests/test-bad-input.sh, tests/test-launch.sh,
# build-aux/test-env-desktop.sh and build-aux/flatpak/test-install.sh.
#
# A wait looks at its condition every 0.1 s and ends as soon as it holds:
# no test sleeps longer than that. The bound only stops a wait for what
# never comes. MG_TEST_TIME_SCALE, a whole number (1 if unset), multiplies
# every bound, for a slow machine, valgrind or the sanitizers, as meson
# test's --timeout-multiplier does for the test as a whole.
#
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

case ${MG_TEST_TIME_SCALE:-1} in
  '' | *[!0-9]* | 0)
    echo "lib-poll.sh: MG_TEST_TIME_SCALE=$MG_TEST_TIME_SCALE is not a whole number above 0" >&2
    exit 2
    ;;
esac

# poll SECONDS PID COMMAND [ARG...]
# Runs COMMAND every 0.1 s until it succeeds, and returns 0 then. Returns 1
# once SECONDS × MG_TEST_TIME_SCALE have passed (counted in whole seconds),
# or as soon as the process PID, if not empty, has ended.
poll () {
  poll_deadline=$(($(date +%s) + $1 * ${MG_TEST_TIME_SCALE:-1}))
  poll_pid=$2
  shift 2
  until "$@"; do
    [ "$(date +%s)" -lt "$poll_deadline" ] || return 1
    [ -z "$poll_pid" ] || kill -0 "$poll_pid" 2>/dev/null || return 1
    sleep 0.1
  done
}

# process_ended PID: for `poll SECONDS "" process_ended PID`.
process_ended () {
  ! kill -0 "$1" 2>/dev/null
}
