#!/usr/bin/env python3
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# when POTFILES.in names a file that does not exist, or when it is not sorted.
#
# Usage: check-potfiles.py SOURCE_ROOT

import pathlib
import re
import subprocess
import sys

root = pathlib.Path(sys.argv[1])

MARKERS = {
    ".c": re.compile(r'\b(?:N?_|NC_|C_|g_dpgettext2|ngettext|g_dngettext|mg_i18n_ngettext|mg_i18n_pgettext)\s*\('),
    ".ui": re.compile(r'translatable="yes"'),
    ".xml": re.compile(r'<(?:summary|description|title|p)\b'),
}


def tracked_files():
    try:
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "src", "data"],
            cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:  # no git at all, as in a build sandbox
        out = None
    if out is not None and out.returncode == 0 and out.stdout.strip():
        return sorted(out.stdout.split())
    # Not a git checkout (a release tarball): look at every file.
    return sorted(str(p.relative_to(root)) for d in ("src", "data")
                  for p in (root / d).rglob("*") if p.is_file())


def translatable(path):
    name = path.name
    if name.endswith((".desktop.in", ".desktop.in.in")):
        return True
    if name.endswith((".metainfo.xml.in", ".metainfo.xml.in.in", ".guide.xml")):
        return True
    if name.endswith((".gschema.xml", ".gschema.xml.in")):
        return "<summary" in path.read_text(encoding="utf-8")
    if name.endswith(".gresource.xml") or "/its/" in str(path) or "/icons/" in str(path):
        return False
    pattern = MARKERS.get(path.suffix)
    return bool(pattern and pattern.search(path.read_text(encoding="utf-8")))


listed = [line.strip() for line in (root / "po" / "POTFILES.in").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
errors = []

if listed != sorted(listed):
    errors.append("po/POTFILES.in is not sorted")
for name in listed:
    if not (root / name).is_file():
        errors.append(f"po/POTFILES.in names {name}, which does not exist")
for name in tracked_files():
    if name not in listed and translatable(root / name):
        errors.append(f"{name} has translatable strings but is missing from po/POTFILES.in")

for error in errors:
    print(error, file=sys.stderr)
print(f"checked {len(listed)} listed files: {'FAILED' if errors else 'ok'}")
sys.exit(1 if errors else 0)
