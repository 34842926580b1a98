#!/usr/bin/env python3
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Measures Magnesium Guide against a bare libadwaita window (bench/reference):
# start-up to the first frame and to the complete window, memory one second
# later, and, inside the app (MG_BENCHMARK=actions, bench/mg-benchmark.c:
# --app is magnesium-guide-bench, the app started with the harness watching),
# page and language switches and memory growth (with 100 diary entries),
# start-up with a full store against an empty one, and how long the reference
# takes to show any change at all. Once with GTK's default
# renderer and once with GSK_RENDERER=cairo. Writes results.md and
# results.json into the output directory and prints the table.
#
# With --callgrind it counts instead of timing: app, reference and the app
# with a full store (MG_BENCHMARK=fill) run a few times each
# (COUNT_ATTEMPTS) under valgrind's callgrind, which dumps the profile before the
# after-paint callback's first call (exec to the first frame) and before
# each of the app's count marks (MG_BENCHMARK=callgrind: a page switch, a
# language switch and the first search in that language, each from its
# activation to the frame that shows it).
# It counts the main thread, which draws the frames: the threads of GLib and
# GTK (loading the icon theme, for one) do more or less of their work
# depending on how valgrind schedules them, by some 25 million instructions
# from run to run. The main thread's count does not depend on what else the
# machine runs. Writes
# counts.md and counts.json, and keeps the profiles in callgrind/ for
# callgrind_annotate.
#
# Run it under tests/headless.sh, which gives it a private X server and
# session bus; `meson test -C _build --benchmark --suite bench -v` does.
#
# Exit status: 0 when every target is met, 1 when one is missed, 2 when a
# measurement could not be made.

import argparse
import datetime
import json
import os
import pathlib
import platform
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

MIB = 1024.0  # the programs report KiB

# The performance issue's targets, each on a median: of the pairwise
# app/reference ratios (a full store's start-up against an empty one's),
# of the in-app samples in ms, or of the growth over the runs in MiB. A page
# switch is held against the reference's label change with GL, against a
# fixed time with cairo; a search keystroke is timed with cairo only.
TARGETS = {
    "first_frame": ("ratio", 1.10),
    "window_complete": ("ratio", 1.10),
    "pss": ("ratio", 1.10),
    "full_store": ("ratio", 1.05),
    "page_switch": ("page", None),
    "page_again": ("page", None),
    "language_switch": ("ms", 150.0),
    "search": ("ms", 10.0),
    "search_first": ("ms", 30.0),
    "private_growth": ("mib", 1.0),
}
PAGE_SWITCH_GL_TIMES_CHANGE = 1.5
PAGE_SWITCH_CAIRO_MS = 5.0

RENDERERS = {
    "default": None,   # whatever GTK picks: GL when the display has it
    "cairo": "cairo",
}


class BenchError(Exception):
    pass


class Program:
    """One started program, its stdout read line by line on a thread."""

    def __init__(self, path, env, log_dir, name, wrapper=()):
        self.lines = queue.Queue()
        self.stderr = tempfile.NamedTemporaryFile(prefix=name + "-", suffix=".log",
                                                  dir=log_dir, delete=False)
        self.started_us = time.monotonic_ns() // 1000
        self.process = subprocess.Popen([*wrapper, path], env=env, stdout=subprocess.PIPE,
                                        stderr=self.stderr, text=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stdout:
            if line.startswith("MG_BENCHMARK "):
                self.lines.put(line.split()[1:])
        self.lines.put(None)

    def wait_for(self, key, timeout, collect=None):
        """Returns the values of the first line starting with key; lines
        before it go to collect."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                fields = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise BenchError(f"no “{key}” within {timeout} s") from None
            if fields is None:
                raise BenchError(f"the program ended before “{key}”: {self._log_tail()}")
            if fields[0] == "error":
                raise BenchError(" ".join(fields[1:]))
            if fields[0] == key:
                return fields[1:]
            if collect is not None:
                collect.append(fields)

    def memory_kib(self):
        rollup = pathlib.Path(f"/proc/{self.process.pid}/smaps_rollup").read_text()
        values = {}
        for line in rollup.splitlines():
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                values[name] = int(rest.split()[0])
        return values["Rss"], values["Pss"]

    def end(self, keep_log):
        """Ends the process by its id, and waits for it."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.reader.join(timeout=5)
        self.stderr.close()
        if not keep_log:
            os.unlink(self.stderr.name)

    def _log_tail(self):
        self.stderr.flush()
        text = pathlib.Path(self.stderr.name).read_text(errors="replace").strip()
        return text[-600:] or f"exit status {self.process.poll()}"


def environment(mode, renderer, data_home):
    """The environment of one run, with its own folder of user data: the
    benchmark mode writes diary entries, which a later start-up must not
    find."""
    env = dict(os.environ)
    env["MG_BENCHMARK"] = mode
    env["XDG_DATA_HOME"] = str(data_home)
    env.pop("GSK_RENDERER", None)
    if RENDERERS[renderer] is not None:
        env["GSK_RENDERER"] = RENDERERS[renderer]
    return env


def fill_store(path, data_home, log_dir):
    """Writes a full store into data_home with the app's MG_BENCHMARK=fill."""
    program = Program(path, environment("fill", "cairo", data_home), log_dir, "fill")
    ok = False
    try:
        program.wait_for("filled", 60)
        ok = True
    finally:
        program.end(keep_log=not ok)


def start_up(path, is_app, renderer, log_dir, data_home):
    """One start: ms to the first frame and to the complete window, and the
    memory in KiB one second after that."""
    program = Program(path, environment("frames", renderer, data_home), log_dir,
                      "app" if is_app else "reference")
    ok = False
    try:
        first = int(program.wait_for("first-frame", 30)[0])
        renderer_type = program.wait_for("renderer", 5)[0]
        complete = int(program.wait_for("window-complete", 30)[0]) if is_app else first
        time.sleep(1.0)
        rss, pss = program.memory_kib()
        ok = True
    finally:
        program.end(keep_log=not ok)
    return {
        "first_frame_ms": (first - program.started_us) / 1000.0,
        "window_complete_ms": (complete - program.started_us) / 1000.0,
        "rss_kib": rss,
        "pss_kib": pss,
        "renderer": renderer_type,
    }


def benchmark_mode(path, renderer, log_dir, name, timeout):
    """Runs a program's benchmark mode to its end, with a new folder of user
    data; returns the lines."""
    data_home = tempfile.mkdtemp(prefix="data-", dir=log_dir)
    program = Program(path, environment("actions", renderer, data_home), log_dir, name)
    lines = []
    ok = False
    try:
        program.wait_for("done", timeout, collect=lines)
        ok = True
    finally:
        program.end(keep_log=not ok)
        shutil.rmtree(data_home, ignore_errors=True)
    return lines


def in_app(path, renderer, log_dir):
    """One run of the app's benchmark mode."""
    lines = benchmark_mode(path, renderer, log_dir, "actions", 600)
    samples = {"page_switch_ms": [], "page_again_ms": [], "language_switch_ms": [], "search_ms": [],
               "search_first_ms": []}
    memory = {}
    for fields in lines:
        key = fields[0].replace("-", "_") + "_ms"
        if key in samples:
            samples[key].append(int(fields[1]) / 1000.0)
        elif fields[0] == "memory":
            memory[fields[1]] = [int(value) for value in fields[2:5]]
    # Read before the switches, after the page switches, after the language
    # switches and after the diary entries.
    phases = ("baseline", "after-pages", "after-languages", "after")
    if any(phase not in memory for phase in phases) or not samples["page_switch_ms"]:
        raise BenchError("the benchmark mode reported no memory or no page switches")
    samples["rss_growth_kib"] = memory["after"][0] - memory["baseline"][0]
    samples["pss_growth_kib"] = memory["after"][1] - memory["baseline"][1]
    samples["private_growth_kib"] = memory["after"][2] - memory["baseline"][2]
    # Which steps grew it: the pages, the language switches, the diary entries.
    for key, (start, end) in zip(("pages", "languages", "diary"), zip(phases, phases[1:])):
        samples[f"private_growth_{key}_kib"] = memory[end][2] - memory[start][2]
    return samples


def reference_changes(path, renderer, log_dir):
    """The reference's benchmark mode: ms from changing its label's text to
    the frame that shows it, the least a visible change costs."""
    lines = benchmark_mode(path, renderer, log_dir, "reference-actions", 120)
    changes = [int(fields[1]) / 1000.0 for fields in lines if fields[0] == "change"]
    if not changes:
        raise BenchError("the reference's benchmark mode reported no changes")
    return changes


# Counted with cairo and without GL: GTK would still set up GL at start-up,
# and Mesa's llvmpipe does that on threads whose instructions change with how
# valgrind happens to schedule them (by a tenth of the reference's count).
COUNT_RENDERER = "cairo"
COUNT_ENV = {"GDK_DISABLE": "gl,vulkan"}
COUNT_TIMEOUT = 900  # s; valgrind runs the programs some 50 times slower
COUNTED = ("first-frame", "page-switch", "page-again", "language-switch", "search-first")
# GTK loads the icon theme on the main thread and on a thread of its own,
# whichever comes first: by some 29 million instructions (in app and
# reference alike: GIO enumerating GTK's resources and its MIME data), the
# main thread's count to the first frame takes one of two values from run
# to run. Of a few runs, the one that did the least on the main thread is
# taken, for the app, the reference and the full store alike.
COUNT_ATTEMPTS = 3


def dumps(prefix):
    """The instructions and the trigger of each profile callgrind dumped of
    the main thread, in order."""
    parts = []
    for path in prefix.parent.glob(prefix.name + ".*"):
        part, _, thread = path.name.rsplit(".", 1)[1].partition("-")
        if not part.isdigit() or thread != "01":
            continue
        text = path.read_text(errors="replace")
        trigger = re.search(r"^desc: Trigger: (.*)$", text, re.MULTILINE)
        total = re.search(r"^summary: (\d+)$", text, re.MULTILINE)
        if trigger is None or total is None:
            raise BenchError(f"{path} is no complete callgrind profile")
        parts.append((int(part), trigger.group(1), int(total.group(1))))
    return [(trigger, total) for _, trigger, total in sorted(parts)]


def count(path, is_app, valgrind, log_dir, profile_dir, data_home, name=None, switches=True):
    """One run under callgrind: the instructions from exec to the first
    frame, and with switches those of the app's page switch and language
    switch."""
    name = name or ("app" if is_app else "reference")
    prefix = profile_dir / f"callgrind.{name}"
    for old in profile_dir.glob(prefix.name + "*"):
        old.unlink()
    wrapper = (valgrind, "--tool=callgrind", f"--callgrind-out-file={prefix}",
               "--dump-instr=no", "--separate-threads=yes",
               "--dump-before=after_paint_cb", "--dump-before=count_mark")
    env = environment("callgrind" if is_app and switches else "frames", COUNT_RENDERER,
                      data_home) | COUNT_ENV
    program = Program(path, env, log_dir, "callgrind-" + name, wrapper)
    marks = []
    ok = False
    try:
        program.wait_for("first-frame", COUNT_TIMEOUT)
        if is_app and switches:
            program.wait_for("done", COUNT_TIMEOUT, collect=marks)
        ok = True
    finally:
        program.end(keep_log=not ok)

    parts = dumps(prefix)
    marks = [fields for fields in marks if fields[0] in ("count-from", "count-to")]
    if not parts or parts[0][0] != "--dump-before=after_paint_cb":
        raise BenchError(f"callgrind dumped no profile at the {name}'s first frame")
    counts = {"first-frame": parts[0][1]}
    # The dump before a mark ends at it: the one before "count-to NAME"
    # began at "count-from NAME".
    at_marks = [total for trigger, total in parts[1:] if trigger == "--dump-before=count_mark"]
    if len(at_marks) < len(marks):
        raise BenchError(f"callgrind dumped {len(at_marks)} profiles for {len(marks)} count marks")
    for (what, step), total in zip(marks, at_marks):
        if what == "count-to":
            counts[step] = total
    if is_app and switches and not all(key in counts for key in COUNTED):
        raise BenchError("the app's count mode did not switch both page and language")
    return counts


def measure_counts(args, log_dir):
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise BenchError("valgrind is not installed: it counts the instructions")
    profile_dir = pathlib.Path(args.output_dir) / "callgrind"
    profile_dir.mkdir(parents=True, exist_ok=True)
    print(f"# counting under callgrind, renderer {COUNT_RENDERER}", flush=True)
    homes = data_homes(args.app, log_dir)

    def least(path, is_app, home, name, switches=True):
        """The run with the fewest instructions to the first frame, of
        COUNT_ATTEMPTS: see COUNT_ATTEMPTS."""
        runs = [count(path, is_app, valgrind, log_dir, profile_dir, home, f"{name}-{attempt + 1}",
                      switches)
                for attempt in range(COUNT_ATTEMPTS)]
        best = min(runs, key=lambda run: run["first-frame"])
        best["first-frame-runs"] = [run["first-frame"] for run in runs]
        return best

    app = least(args.app, True, homes["empty"], "app")
    reference = least(args.reference, False, homes["empty"], "reference")
    full = least(args.app, True, homes["full"], "app-full-store", switches=False)
    app["first-frame-full-store"] = full["first-frame"]
    app["first-frame-full-store-runs"] = full["first-frame-runs"]
    return {"renderer": COUNT_RENDERER, "app": app, "reference": reference,
            "ratio": {"first-frame": app["first-frame"] / reference["first-frame"],
                      "full-store": full["first-frame"] / app["first-frame"]}}


def data_homes(app, log_dir):
    """Folders of user data: one empty, one with a full store."""
    homes = {"empty": log_dir / "data-empty", "full": log_dir / "data-full"}
    for home in homes.values():
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
    fill_store(app, homes["full"], log_dir)
    return homes


def count_table(counts):
    app, ref = counts["app"], counts["reference"]

    def millions(value):
        return f"{value / 1e6:.1f}"

    def runs(values):
        return ", ".join(millions(value) for value in values)

    return "\n".join([
        f"Instructions of the main thread (callgrind, Ir), renderer {counts['renderer']}, GL off, "
        f"millions",
        "",
        "| Measure | Magnesium Guide | Reference | App / reference |",
        "| --- | --- | --- | --- |",
        f"| Exec to first frame ⁵ | {millions(app['first-frame'])} "
        f"({runs(app['first-frame-runs'])}) | {millions(ref['first-frame'])} "
        f"({runs(ref['first-frame-runs'])}) | {counts['ratio']['first-frame']:.2f} |",
        f"| Exec to first frame, full store ⁴ ⁵ | {millions(app['first-frame-full-store'])} "
        f"({runs(app['first-frame-full-store-runs'])}) |  | "
        f"{counts['ratio']['full-store']:.3f} × the empty store's |",
        f"| Page switch to a page not kept (read on), activation to frame | "
        f"{millions(app['page-switch'])} |  |  |",
        f"| Page switch back to the page before | {millions(app['page-again'])} |  |  |",
        f"| Language switch, activation to frame | {millions(app['language-switch'])} |  |  |",
        f"| First search in that language, text set to first result drawn | "
        f"{millions(app['search-first'])} |  |  |",
    ])


def report_counts(args, counts):
    now = datetime.datetime.now().astimezone()
    text = (f"Instruction counts of {now:%Y-%m-%d %H:%M %Z} on {machine()}: {COUNT_ATTEMPTS} runs "
            f"of each start-up under valgrind's callgrind; in the app's, the page and the "
            f"language switched once each after every page and language was shown once.\n\n{count_table(counts)}\n\n"
            f"{FULL_STORE_NOTE}\n\n⁵ The least of {COUNT_ATTEMPTS} runs, all in brackets: GTK "
            f"loads the icon theme on the main thread or on its own, whichever comes first.\n")
    out = pathlib.Path(args.output_dir)
    (out / "counts.md").write_text(text)
    (out / "counts.json").write_text(json.dumps(
        {"date": now.isoformat(), "machine": machine(), "counts": counts}, indent=2) + "\n")
    print(text)
    print(f"# written to {out / 'counts.md'} and {out / 'counts.json'}; the profiles are in "
          f"{out / 'callgrind'}")


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


FULL_STORE_NOTE = ("⁴ A full store: two years of diary, one entry a day, and 90 days of the "
                   "food checklist, six foods a day, written by the app's own stores "
                   "(MG_BENCHMARK=fill); the start-up reads both.")


def measure_renderer(args, renderer, log_dir, homes):
    print(f"# renderer {renderer}: warm-up", flush=True)
    for _ in range(args.warmup):
        start_up(args.app, True, renderer, log_dir, homes["empty"])
        start_up(args.reference, False, renderer, log_dir, homes["empty"])
        start_up(args.app, True, renderer, log_dir, homes["full"])

    runs = []
    for run in range(args.runs):
        app = start_up(args.app, True, renderer, log_dir, homes["empty"])
        reference = start_up(args.reference, False, renderer, log_dir, homes["empty"])
        full = start_up(args.app, True, renderer, log_dir, homes["full"])
        runs.append((app, reference, full))
        print(f"# renderer {renderer}: run {run + 1}/{args.runs}: app first frame "
              f"{app['first_frame_ms']:.0f} ms, complete {app['window_complete_ms']:.0f} ms, "
              f"PSS {app['pss_kib'] / MIB:.1f} MiB; reference "
              f"{reference['first_frame_ms']:.0f} ms, PSS {reference['pss_kib'] / MIB:.1f} MiB; "
              f"app with a full store complete {full['window_complete_ms']:.0f} ms",
              flush=True)

    actions = []
    changes = []
    for run in range(args.action_runs):
        actions.append(in_app(args.app, renderer, log_dir))
        changes += reference_changes(args.reference, renderer, log_dir)
        print(f"# renderer {renderer}: benchmark mode {run + 1}/{args.action_runs}: page switch "
              f"median {statistics.median(actions[-1]['page_switch_ms']):.1f} ms; reference "
              f"label change median {statistics.median(changes):.1f} ms", flush=True)

    return summarise(renderer, runs, actions, changes)


def summarise(renderer, runs, actions, changes):
    apps = [a for a, _, _ in runs]
    refs = [r for _, r, _ in runs]
    fulls = [f for _, _, f in runs]
    result = {
        "renderer": renderer,
        "renderer_type": {"app": apps[0]["renderer"], "reference": refs[0]["renderer"]},
        "runs": [{"app": a, "reference": r, "app_full_store": f} for a, r, f in runs],
        "benchmark_mode": actions,
        "app": {}, "reference": {}, "ratio": {},
    }
    for key, field in (("first_frame", "first_frame_ms"), ("window_complete", "window_complete_ms"),
                       ("rss", "rss_kib"), ("pss", "pss_kib")):
        result["app"][key] = summary([a[field] for a in apps])
        result["reference"][key] = summary([r[field] for r in refs])
    result["app"]["full_store"] = summary([f["window_complete_ms"] for f in fulls])
    # The complete window is held against the reference's first frame: a
    # bare window is complete with its first frame.
    ratio_of = {"first_frame": ("first_frame_ms", "first_frame_ms"),
                "window_complete": ("window_complete_ms", "first_frame_ms"),
                "rss": ("rss_kib", "rss_kib"), "pss": ("pss_kib", "pss_kib")}
    for key, (app_field, ref_field) in ratio_of.items():
        result["ratio"][key] = summary([a[app_field] / r[ref_field] for a, r, _ in runs])
    result["ratio"]["full_store"] = summary([f["window_complete_ms"] / a["window_complete_ms"]
                                             for a, _, f in runs])
    for key in ("page_switch_ms", "page_again_ms", "language_switch_ms", "search_ms", "search_first_ms"):
        result["app"][key.removesuffix("_ms")] = summary([v for run in actions for v in run[key]])
    for key in ("rss_growth_kib", "pss_growth_kib", "private_growth_kib", "private_growth_pages_kib",
                "private_growth_languages_kib", "private_growth_diary_kib"):
        result["app"][key.removesuffix("_kib")] = summary([run[key] for run in actions])
    result["reference"]["change"] = summary(changes)
    return result


def page_switch_limit(result):
    """The page switch's target in ms: with cairo a fixed time, else a
    multiple of what the reference's label change takes."""
    if result["renderer"] == "cairo":
        return PAGE_SWITCH_CAIRO_MS
    return PAGE_SWITCH_GL_TIMES_CHANGE * result["reference"]["change"]["median"]


def target_text(result, key):
    how, limit = TARGETS[key]
    if key in ("page_switch", "page_again"):
        if result["renderer"] == "cairo":
            return f"≤ {PAGE_SWITCH_CAIRO_MS:g} ms"
        return f"≤ {PAGE_SWITCH_GL_TIMES_CHANGE:g}× the reference's change"
    if key == "search" and result["renderer"] != "cairo":
        return ""
    if key == "full_store":
        return f"≤ {limit:.2f}× the empty store's"
    return {"ratio": f"≤ {limit:.2f}×", "ms": f"≤ {limit:g} ms", "mib": f"≤ {limit:g} MiB"}[how]


def met(result, key):
    """Whether the target is met; None where it does not apply."""
    how, limit = TARGETS[key]
    if key == "search" and result["renderer"] != "cairo":
        return None
    if key in ("page_switch", "page_again"):
        return result["app"][key]["median"] <= page_switch_limit(result)
    if how == "ratio":
        value = result["ratio"][key]["median"]
    elif how == "mib":
        value = result["app"][key]["median"] / MIB
    else:
        value = result["app"][key]["median"]
    return value <= limit


def span(stats, scale=1.0, digits=0):
    return (f"{stats['median'] / scale:.{digits}f} "
            f"({stats['min'] / scale:.{digits}f}–{stats['max'] / scale:.{digits}f})")


def table(result):
    app, ref, ratio = result["app"], result["reference"], result["ratio"]
    rows = [
        ("Exec to first frame, ms", span(app["first_frame"]), span(ref["first_frame"]),
         span(ratio["first_frame"], digits=2), "first_frame"),
        ("Exec to window complete (page text drawn), ms", span(app["window_complete"]),
         span(ref["first_frame"]) + " ¹", span(ratio["window_complete"], digits=2),
         "window_complete"),
        ("Exec to window complete with a full store ⁴, ms", span(app["full_store"]), "",
         span(ratio["full_store"], digits=2) + " of the empty store's", "full_store"),
        ("RSS 1 s later, MiB", span(app["rss"], MIB, 1), span(ref["rss"], MIB, 1),
         span(ratio["rss"], digits=2), None),
        ("PSS 1 s later, MiB", span(app["pss"], MIB, 1), span(ref["pss"], MIB, 1),
         span(ratio["pss"], digits=2), "pss"),
        ("Page switch to a page not kept (read on), activation to frame, ms",
         span(app["page_switch"], digits=1), span(ref["change"], digits=1) + " ³", "", "page_switch"),
        ("Page switch back to the page before, activation to frame, ms",
         span(app["page_again"], digits=1), span(ref["change"], digits=1) + " ³", "", "page_again"),
        ("Language switch, activation to frame, ms", span(app["language_switch"], digits=1), "",
         "", "language_switch"),
        ("Search query, text set to first result drawn, ms", span(app["search"], digits=1), "", "",
         "search"),
        ("First search in a language (builds the index), ms", span(app["search_first"], digits=1),
         "", "", "search_first"),
        (f"RSS growth after {SWITCHES_AND_ENTRIES}, MiB",
         span(app["rss_growth"], MIB, 2), "", "", None),
        (f"Private memory growth after {SWITCHES_AND_ENTRIES}, MiB ²",
         span(app["private_growth"], MIB, 2), "", "", "private_growth"),
        ("… of which over the 200 page switches, MiB ²",
         span(app["private_growth_pages"], MIB, 2), "", "", None),
        ("… over the 50 language switches, MiB ²", span(app["private_growth_languages"], MIB, 2),
         "", "", None),
        ("… over the 100 diary entries, MiB ²", span(app["private_growth_diary"], MIB, 2), "", "", None),
    ]
    types = result["renderer_type"]
    lines = [
        f"Renderer: {result['renderer']} (app {types['app']}, reference {types['reference']}); "
        f"median (min–max)",
        "",
        "| Measure | Magnesium Guide | Reference | App / reference | Target | Met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, a, r, q, key in rows:
        verdict = None if key is None else met(result, key)
        target = "" if key is None else target_text(result, key)
        shown = "" if verdict is None else ("yes" if verdict else "**no**")
        lines.append(f"| {label} | {a} | {r} | {q} | {target} | {shown} |")
    return "\n".join(lines)


SWITCHES_AND_ENTRIES = "200 page + 50 language switches and 100 diary entries"


def machine():
    cpu = "unknown CPU"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    system = platform.system()
    try:
        for line in pathlib.Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    versions = subprocess.run(["pkg-config", "--modversion", "gtk4", "libadwaita-1"],
                              capture_output=True, text=True, check=False).stdout.split()
    toolkit = f", GTK {versions[0]}, libadwaita {versions[1]}" if len(versions) == 2 else ""
    return f"{cpu}, {os.cpu_count()} cores, {system}{toolkit}, Xvfb"


def report(args, results, started_load):
    now = datetime.datetime.now().astimezone()
    header = [
        f"Benchmark of {now:%Y-%m-%d %H:%M %Z} on {machine()}; load average "
        f"{started_load:.2f} at the start. {args.runs} counted rounds of the app, the reference "
        f"and the app with a full store, after {args.warmup} warm-up "
        f"{'round' if args.warmup == 1 else 'rounds'}; {args.action_runs} runs of the "
        f"benchmark mode, each 200 page switches, 50 language switches, 100 diary entries and "
        f"21 searches, and as many of the reference's, each 50 label changes.",
        "",
    ]
    body = []
    for result in results:
        body += [table(result), ""]
    body.append("¹ The reference's first frame: the targets hold the app's complete window "
                "against a bare window's first frame.")
    body.append("² Private_Clean + Private_Dirty of /proc/self/smaps_rollup, after every page "
                "and language was shown once; PSS would move as other processes start and end.")
    body.append("³ The reference changing its label's text, call to frame: the least any visible "
                "change costs with this renderer on this machine.")
    body.append(FULL_STORE_NOTE)
    text = "\n".join(header + body) + "\n"
    out = pathlib.Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(text)
    (out / "results.json").write_text(json.dumps(
        {"date": now.isoformat(), "machine": machine(), "load_average": started_load,
         "results": results}, indent=2) + "\n")
    print(text)
    print(f"# written to {out / 'results.md'} and {out / 'results.json'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("--runs", type=int, default=9, help="counted runs of each, at least 7")
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--action-runs", type=int, default=3)
    parser.add_argument("--renderer", action="append", choices=sorted(RENDERERS),
                        help="only this renderer (may be given twice)")
    parser.add_argument("--callgrind", action="store_true",
                        help="count the instructions under callgrind instead of timing")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")

    started_load = os.getloadavg()[0]
    log_dir = pathlib.Path(args.output_dir) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    if args.callgrind:
        try:
            counts = measure_counts(args, log_dir)
        except BenchError as error:
            print(f"Bail out! {error}", file=sys.stderr)
            return 2
        report_counts(args, counts)
        return 0

    try:
        homes = data_homes(args.app, log_dir)
        results = [measure_renderer(args, renderer, log_dir, homes)
                   for renderer in (args.renderer or list(RENDERERS))]
    except BenchError as error:
        print(f"Bail out! {error}", file=sys.stderr)
        return 2

    report(args, results, started_load)
    missed = [f"{r['renderer']}: {key}" for r in results for key in TARGETS if met(r, key) is False]
    if missed:
        print("# targets missed: " + ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
