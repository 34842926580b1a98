#!/usr/bin/env python3
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the built metainfo as Flathub's reviewers and GNOME Software read it:
# `appstreamcli validate --pedantic` finds nothing but the note that the
# app id has capitals (a reverse-DNS id of a GitHub organisation keeps its
# case); the newest release is the project's version; every screenshot is an
# image in data/screenshots under the release's tag, with a caption, and every
# image there is one of them; the branding has a light and a dark colour.
#
# Usage: check-metainfo.py APPSTREAMCLI METAINFO_FILE SOURCE_ROOT VERSION

import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ALLOWED = {"cid-contains-uppercase-letter"}
RAW = "https://raw.githubusercontent.com/mgguide/MagnesiumGuide/"

errors = []


def check_validator(appstreamcli, metainfo):
    result = subprocess.run([appstreamcli, "validate", "--pedantic", "--no-net", "--format=yaml", str(metainfo)],
                            capture_output=True, text=True, check=False)
    tags = re.findall(r"^- tag: (\S+)", result.stdout, re.MULTILINE)
    unexpected = [tag for tag in tags if tag not in ALLOWED]
    if result.returncode != 0 or unexpected:
        errors.append(f"appstreamcli validate --pedantic: {unexpected or 'failed'}\n{result.stdout}{result.stderr}")


def check_releases(component, version):
    releases = component.findall("releases/release")
    if not releases or releases[0].get("version") != version:
        errors.append(f"the newest release is not the project's version {version}")
    for release in releases:
        if release.find("description") is None:
            errors.append(f"release {release.get('version')} has no notes")


def check_screenshots(component, root, version):
    shots = component.findall("screenshots/screenshot")
    prefix = f"{RAW}v{version}/"
    named = set()
    for shot in shots:
        url = shot.findtext("image", "")
        if not url.startswith(prefix):
            errors.append(f"screenshot {url} is not under the release's tag, {prefix}")
            continue
        path = root / url[len(prefix):]
        named.add(path)
        if path.parent != root / "data" / "screenshots" or not path.is_file():
            errors.append(f"screenshot {url} is no image in data/screenshots")
        if not shot.findtext("caption"):
            errors.append(f"screenshot {url} has no caption")
    if [s.get("type") for s in shots].count("default") != 1:
        errors.append("exactly one screenshot must be the default")
    for image in sorted((root / "data" / "screenshots").glob("*")):
        if image not in named:
            errors.append(f"{image.name} in data/screenshots is not a screenshot of the metainfo")


def check_branding(component):
    schemes = sorted(c.get("scheme_preference") for c in component.findall("branding/color")
                     if c.get("type") == "primary" and re.fullmatch(r"#[0-9a-f]{6}", c.text or ""))
    if schemes != ["dark", "light"]:
        errors.append(f"the branding's primary colours are for {schemes}, not for dark and light")


def main():
    if len(sys.argv) != 5:
        print("usage: check-metainfo.py APPSTREAMCLI METAINFO_FILE SOURCE_ROOT VERSION", file=sys.stderr)
        return 2
    appstreamcli, metainfo, root, version = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
    component = ET.parse(metainfo).getroot()
    check_validator(appstreamcli, metainfo)
    check_releases(component, version)
    check_screenshots(component, root, version)
    check_branding(component)
    for message in errors:
        print(message, file=sys.stderr)
    print(f"{metainfo.name}: {'FAILED' if errors else 'ok'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
