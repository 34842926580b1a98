#!/usr/bin/env python3
# Fails when the app's binary does not export its own dcgettext () and the
# other gettext entry points (src/i18n/mg-gettext.c), without which the .ui
# files' texts would not follow a language switch; and when it links code
# it never runs: the content file's
# parser and the compiled form's writer (tools/, for the build) or the
# benchmark harness (bench/). Reads the symbol tables with nm.
#
# Each group's names are also looked up in the program that should hold
# them (mg-compile-guide, magnesium-guide-bench): a list of which none is
# there any more fails too, so the check cannot pass by looking for nothing.
#
# Usage: check-binary-symbols.py NM APP COMPILE_GUIDE BENCH
#
# Exit status: 0 clean, 1 a symbol found or a list stale, 77 (skipped) when
# the app has no symbol table to read (a stripped build).

import re
import subprocess
import sys

# The parser's and the writer's: their public functions, and static names
# of their own (an optimising build may inline some of those away).
PARSER = ["mg_guide_new_from_data", "mg_guide_new_from_file", "mg_guide_compile",
          "element_rules", "check_references", "start_inline", "block_variant", "page_variant"]
# The harness's: mg_benchmark_attach () was its entry point in the app, the
# others are static names of its own (benchmark_free, a function pointer,
# stays in every build); any name with "benchmark" in it is caught too.
BENCHMARK = ["mg_benchmark_attach", "benchmark_free", "report_memory", "plan_steps",
             "plan_searches", "first_body_text"]
BENCHMARK_PATTERN = re.compile("benchmark", re.IGNORECASE)


def symbols(nm, path, dynamic=False):
    args = [nm, "--defined-only"] + (["--dynamic"] if dynamic else []) + [path]
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"{nm} could not read {path}: {out.stderr.strip()}")
    names = set()
    for line in out.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # GCC names a static it made a copy of "name.constprop.0" and so on.
            names.add(fields[2].split(".")[0])
    return names


# Answered by the app for its own domain, ahead of the C library.
GETTEXT = ["dcgettext", "dcngettext", "dgettext", "dngettext"]


def main():
    nm, app, compile_guide, bench = sys.argv[1:5]
    failed = False

    # The dynamic symbol table is there even in a stripped binary.
    exported = symbols(nm, app, dynamic=True)
    missing = [name for name in GETTEXT if name not in exported]
    if missing:
        print(f"FAIL: the app does not export {', '.join(missing)}: the .ui files' texts "
              "would not follow the in-app language")
        failed = True
    else:
        print(f"ok: the app exports {', '.join(GETTEXT)}")

    app_names = symbols(nm, app)
    if "mg_application_new" not in app_names:
        print(f"{app} has no symbol table to read (stripped?): nothing more to check")
        return 1 if failed else 77
    for group, names, holder in (("parser and writer", PARSER, compile_guide),
                                 ("benchmark", BENCHMARK, bench)):
        found = sorted(name for name in names if name in app_names)
        if group == "benchmark":
            found = sorted(set(found) | {name for name in app_names if BENCHMARK_PATTERN.search(name)})
        if found:
            print(f"FAIL: the app's binary holds {group} symbols: {', '.join(found)}")
            failed = True
        else:
            print(f"ok: no {group} symbols in the app ({', '.join(names)})")

        holder_names = symbols(nm, holder)
        if not any(name in holder_names for name in names):
            print(f"FAIL: none of the {group} symbols is in {holder}: the list is stale")
            failed = True

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
