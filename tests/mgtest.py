# mgtest.py: what the Python tests share: TAP output, bounded waits on the
# main context, and ending the processes a test started, by their ids.
#
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import shutil
import signal
import subprocess
import sys
import time

import gi

gi.require_version('GLib', '2.0')
from gi.repository import GLib  # noqa: E402

# Only the guard against a hang: every wait ends on the event it waits for.
# MG_TEST_TIME_SCALE stretches it for valgrind and the sanitizers, as in
# tests/lib-poll.sh.
GUARD_SECONDS = 60 * int(os.environ.get('MG_TEST_TIME_SCALE', '1'))

results = []
started = []  # processes the test started, ended by their ids at the end


def report(ok, description, diagnostics=()):
    results.append(ok)
    print(('ok' if ok else 'not ok') + ' %d - %s' % (len(results), description))
    for line in diagnostics:
        print('# ' + str(line))
    sys.stdout.flush()


def wait_until(predicate, what):
    """Runs the main context, which delivers AT-SPI and D-Bus events, until
    @predicate holds. The timer only wakes the loop to look again."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + GUARD_SECONDS
    wake = GLib.timeout_add(100, lambda: True)
    try:
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError('gave up waiting for ' + what)
            context.iteration(True)
    finally:
        GLib.source_remove(wake)


def descendants_of(pid):
    """The processes @pid started, and theirs, from /proc."""
    children = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % entry) as stat:
                ppid = int(stat.read().rsplit(')', 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def end_process(process):
    """Ends @process and what it started, by their ids."""
    if process.poll() is not None:
        return
    for pid in reversed(descendants_of(process.pid)):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    process.terminate()
    try:
        process.wait(timeout=GUARD_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def finish(scratch):
    """Ends every process the test started, newest first, removes @scratch,
    and prints the plan. Returns the exit status."""
    for process in reversed(started):
        end_process(process)
    shutil.rmtree(scratch, ignore_errors=True)
    print('1..%d' % len(results))
    return 0 if all(results) else 1
