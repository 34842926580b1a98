#!/usr/bin/env python3
# For every language in po/LINGUAS: msgfmt --check passes, no message is
# untranslated or fuzzy, and every translation keeps the English's printf
# placeholders, {figure} placeholders, markup tags and link targets. No
# message of the code or of the article holds a medical figure.
#
# Usage: check-translations.py PO_DIR

import pathlib
import re
import subprocess
import sys

if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
    print("usage: check-translations.py PO_DIR", file=sys.stderr)
    sys.exit(0 if len(sys.argv) == 2 else 2)

po_dir = pathlib.Path(sys.argv[1])
languages = [line.split("#")[0].strip()
             for line in (po_dir / "LINGUAS").read_text(encoding="utf-8").splitlines()]
languages = [lang for lang in languages if lang]

PLACEHOLDER = re.compile(r"%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdiufgcx%]")
TAG = re.compile(r"</?([a-z]+)(?:\s+href=\"([^\"]*)\")?\s*>")


def unquote(lines):
    return "".join(re.match(r'^\s*(?:msg\w+(?:\[\d\])?\s+)?"(.*)"\s*$', l).group(1)
                   .encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for l in lines)


def entries(path):
    """Yields (msgid_plural, msgid, [msgstr...], flags) of a .po file."""
    block = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            block.append(line)
            continue
        if not block:
            continue
        fields, flags, current = {}, "", None
        for l in block:
            if l.startswith("#,"):
                flags += l
            elif l.startswith("#"):
                continue
            elif l.startswith("msg"):
                current = l.split()[0]
                fields.setdefault(current, []).append(l)
            elif current:
                fields[current].append(l)
        block = []
        if "msgid" not in fields:
            continue
        strs = [unquote(v) for k, v in sorted(fields.items()) if k.startswith("msgstr")]
        plural = unquote(fields["msgid_plural"]) if "msgid_plural" in fields else None
        yield (plural, unquote(fields["msgid"]), strs, flags)


def shape(text, c_format):
    # Only C format strings have placeholders; elsewhere “23% d…” is prose.
    placeholders = sorted(p for p in PLACEHOLDER.findall(text) if p != "%%") if c_format else []
    tags = [(m.group(0).startswith("</"), m.group(1), m.group(2)) for m in TAG.finditer(text)]
    figures = sorted(re.findall(r"\{[^{}]*\}|[{}]", text))
    return placeholders, sorted(tags), figures


errors = []
for lang in languages:
    po = po_dir / f"{lang}.po"
    if not po.is_file():
        errors.append(f"{lang}: po/{lang}.po is missing")
        continue
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
                            capture_output=True, text=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    stats = result.stderr.strip()
    print(f"{lang}: {stats}")
    if result.returncode != 0:
        errors.append(f"{lang}: msgfmt --check failed: {stats}")
    if "untranslated" in stats or "fuzzy" in stats:
        errors.append(f"{lang}: incomplete: {stats}")
    for plural, msgid, msgstrs, flags in entries(po):
        if not msgid:
            if "fuzzy" in flags:
                errors.append(f"{lang}: the header is fuzzy")
            continue
        for msgstr in msgstrs:
            c_format = "c-format" in flags and "no-c-format" not in flags
            allowed = [shape(msgid, c_format)] + ([shape(plural, c_format)] if plural else [])
            if msgstr and shape(msgstr, c_format) not in allowed:
                errors.append(f"{lang}: placeholders or markup differ for {msgid[:60]!r}: {msgstr[:60]!r}")

# A medical figure (a number of mg, µg or mmol, a percentage) is never part of
# a message of the app's code: it is a placeholder, formatted from the dose
# model's tables, so that a translation cannot change it unnoticed. Not
# medical: the cocoa share in the name of a food.
FIGURE = re.compile(r"\d[\d.,\u00a0\u202f\u2009–-]*\s?(?:mg|µg|μg|mcg|mmol|%)")
NOT_MEDICAL = {"Dark chocolate, 70–85 %"}

# The article's messages (data/content) name their figures as {placeholders}
# too, the figure living once in the content file's <figures>: besides
# amounts and shares, no ferritin level, time gap, number of people or
# trials, pain score, age or other cut-off is written into their text.
ARTICLE_FIGURE = re.compile(
    r"\d[\d.,\u00a0\u202f\u2009–-]*\s?(?:mg|µg|μg|mcg|mmol|%|ng/mL|µg/L|hours?\b|days?\b"
    r"|(?:\w+\s)?(?:people|patients|adults|women|men|participants|trials)\b)"
    r"|\b(?:age of|aged|under|over|below|above|younger than|older than|day) \d"
    r"|\d+(?:[.,]\d+)? out of \d+"
    r"|\beGFR\b[^.]*\d")


def messages_from(path, origin):
    """Yields the msgids of a .pot file that come from the files under origin."""
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.splitlines()
        refs = " ".join(l[3:] for l in lines if l.startswith("#: "))
        ids = [l for l in lines if l.startswith("msgid") or (l.startswith('"') and ids_open(lines, l))]
        if origin in refs and ids:
            yield unquote(ids).replace("%%", "%") if origin == "src/" else unquote(ids)


def ids_open(lines, line):
    # A continuation line belongs to the msgid or msgid_plural above it.
    for previous in reversed(lines[:lines.index(line)]):
        if not previous.startswith('"'):
            return previous.startswith("msgid")
    return False


pot = po_dir / "magnesium-guide.pot"
for msgid in messages_from(pot, "src/"):
    if FIGURE.search(msgid) and msgid not in NOT_MEDICAL:
        errors.append(f"a medical figure in a message, make it a placeholder: {msgid[:70]!r}")
for msgid in messages_from(pot, "data/content/"):
    found = ARTICLE_FIGURE.search(msgid)
    if found:
        errors.append(f"a medical figure ({found.group(0)!r}) in an article message, "
                      f"make it a {{placeholder}} with a <figure>: {msgid[:70]!r}")

for error in errors:
    print(error, file=sys.stderr)
print(f"{len(languages)} languages checked: {'FAILED' if errors else 'ok'}")
sys.exit(1 if errors else 0)
