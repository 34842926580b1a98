#!/usr/bin/env python3
# po/LINGUAS is the one list of the languages the app speaks: the build makes
# mg-languages.h and the settings schema's choices from it. This checks what
# needs more than a code: every language (English too) has a locale in
# build-aux/locales.txt, which the test environments generate and the
# language-*-from-lang tests start the app in; and LINGUAS is sorted, once each.
#
# Usage: check-languages.py SOURCE_ROOT

import pathlib
import sys

root = pathlib.Path(sys.argv[1])


def entries(path):
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


linguas = entries(root / "po" / "LINGUAS")
locales = entries(root / "build-aux" / "locales.txt")
errors = []

if linguas != sorted(set(linguas)):
    errors.append("po/LINGUAS is not sorted, or names a language twice")
for lang in ["en"] + linguas:
    if not any(locale.startswith(lang + "_") for locale in locales):
        errors.append(f"po/LINGUAS has “{lang}”, but build-aux/locales.txt has no locale for it: "
                      f"add the UTF-8 locale of a country that speaks it, as {lang}_XX.UTF-8")

for error in errors:
    print(error, file=sys.stderr)
print(f"checked {len(linguas)} languages of po/LINGUAS: {'FAILED' if errors else 'ok'}")
sys.exit(1 if errors else 0)
