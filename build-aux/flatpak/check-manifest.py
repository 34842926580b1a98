#!/usr/bin/env python3
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the Flatpak manifests at the top of the source tree: the sandbox
# permissions are exactly the four the app needs (it is offline and keeps its
# data in its own sandbox), the runtime is a current GNOME one, the tests that
# flatpak-builder runs need no display, and the manifest for this build's
# profile agrees with what the build installs: the app id, the command, the
# .desktop file's Exec and Icon, and the metainfo's id and launchable.
#
# The manifest for Flathub (build-aux/flathub/) is the top-level one but for
# its source: the release's tag in the project's git repository, the tag the
# metainfo's newest release and screenshots name.
#
# Usage: check-manifest.py SOURCE_ROOT APP_ID DESKTOP_FILE METAINFO_FILE

import configparser
import json
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
OLDEST_BRANCH = 50
# The flatpak-builder sandbox has no display: the widget suites cannot run there.
SANDBOX_SUITES = {"unit", "validate"}
PROFILES = {"": "default", ".Devel": "development"}
FLATHUB_DIR = "build-aux/flathub"
GIT_URL = "https://github.com/mgguide/MagnesiumGuide.git"

errors = []


def error(path, message):
    # The Flathub manifest has the default one's name: its folder tells them apart.
    name = f"{FLATHUB_DIR}/{path.name}" if path.parent.name == pathlib.Path(FLATHUB_DIR).name else path.name
    errors.append(f"{name}: {message}")


def check_runtime(path, manifest):
    if manifest.get("runtime") != RUNTIME or manifest.get("sdk") != SDK:
        error(path, f"the runtime and SDK must be {RUNTIME} and {SDK}")
    branch = str(manifest.get("runtime-version", ""))
    if not branch.isdigit() or int(branch) < OLDEST_BRANCH:
        error(path, f"runtime-version {branch!r} is not a stable GNOME branch >= {OLDEST_BRANCH}")


def check_finish_args(path, manifest):
    args = manifest.get("finish-args", [])
    if sorted(args) != sorted(FINISH_ARGS) or len(set(args)) != len(args):
        error(path, f"finish-args are {args}, not exactly {FINISH_ARGS}")


def check_tests(path, module):
    if module.get("run-tests") is not True:
        error(path, "the module must set run-tests: true")
    # An empty test-rule stops flatpak-builder's default `ninja test`, which
    # would run every suite, the widget ones included.
    if module.get("test-rule") != "":
        error(path, 'the module must set test-rule: "" and choose its suites in test-commands')
    suites = []
    for command in module.get("test-commands", []):
        words = shlex.split(command)
        if words[:2] != ["meson", "test"]:
            error(path, f"test command {command!r} is not `meson test`")
        suites += [w.split("=", 1)[1] for w in words if w.startswith("--suite=")]
        suites += [words[i + 1] for i, w in enumerate(words[:-1]) if w == "--suite"]
    if not suites or not set(suites) <= SANDBOX_SUITES:
        error(path, f"the sandbox runs the suites {suites}; it can run only {sorted(SANDBOX_SUITES)}")


def check_module(path, manifest, app_id):
    modules = manifest.get("modules", [])
    if len(modules) != 1 or not isinstance(modules[0], dict):
        error(path, "there must be exactly one module, the app itself")
        return
    module = modules[0]
    if module.get("buildsystem") != "meson":
        error(path, "the module must be built with meson")
    sources = module.get("sources", [])
    if path.parent.name != pathlib.Path(FLATHUB_DIR).name and (
            len(sources) != 1 or sources[0].get("type") != "dir" or sources[0].get("path") != "."):
        error(path, 'the module\'s one source must be {"type": "dir", "path": "."}')
    profile = PROFILES[".Devel" if app_id.endswith(".Devel") else ""]
    if f"-Dprofile={profile}" not in module.get("config-opts", []):
        error(path, f"config-opts must give -Dprofile={profile} for {app_id}")
    check_tests(path, module)


def check_known_properties(path):
    # flatpak-builder only warns about a property it does not know, and then
    # ignores it: a misspelt key would silently do nothing.
    builder = shutil.which("flatpak-builder")
    if builder is None:
        return
    result = subprocess.run([builder, "--show-manifest", str(path)],
                            capture_output=True, text=True, check=False)
    for line in result.stderr.splitlines():
        if "Unknown property" in line:
            error(path, line.strip())
    if result.returncode != 0:
        error(path, f"flatpak-builder --show-manifest failed: {result.stderr.strip()}")


def desktop_entry(desktop):
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(desktop, encoding="utf-8")
    return parser["Desktop Entry"]


def check_installed_files(path, manifest, app_id, desktop, metainfo):
    entry = desktop_entry(desktop)
    exec_words = [w for w in shlex.split(entry.get("Exec", "")) if not re.fullmatch(r"%[fFuUik]", w)]
    if desktop.name != f"{app_id}.desktop":
        error(path, f"the build installs {desktop.name}, not {app_id}.desktop")
    if exec_words != [manifest.get("command")]:
        error(path, f"command {manifest.get('command')!r} and the .desktop Exec {exec_words} differ")
    if entry.get("Icon") != app_id:
        error(path, f"the .desktop Icon is {entry.get('Icon')!r}, not {app_id!r}")
    component = ET.parse(metainfo).getroot()
    if component.findtext("id") != app_id:
        error(path, f"the metainfo id is {component.findtext('id')!r}, not {app_id!r}")
    launchables = [l.text for l in component.findall("launchable") if l.get("type") == "desktop-id"]
    if launchables != [desktop.name]:
        error(path, f"the metainfo's desktop-id launchables are {launchables}, not [{desktop.name!r}]")


def check_flathub(root, manifests, metainfo):
    """The Flathub manifest: the default one with the release's tag as its source."""
    path = root / FLATHUB_DIR / f"{min(manifests, key=len)}.json"
    if not path.is_file():
        errors.append(f"no manifest for Flathub at {path.relative_to(root)}")
        return
    flathub = json.loads(path.read_text(encoding="utf-8"))
    release = ET.parse(metainfo).getroot().find("releases/release")
    tag = f"v{release.get('version')}" if release is not None else None
    sources = flathub.get("modules", [{}])[0].get("sources", [])
    source = sources[0] if len(sources) == 1 else {}
    if source.get("type") != "git" or source.get("url") != GIT_URL or source.get("tag") != tag:
        error(path, f'the one source must be {{"type": "git", "url": "{GIT_URL}", "tag": "{tag}"}}')
    if "branch" in source:
        error(path, "a release builds from its tag, not from a branch")
    _, default = manifests[min(manifests, key=len)]
    strip = lambda m: {**m, "modules": [{k: v for k, v in m["modules"][0].items() if k != "sources"}]}
    if "modules" in flathub and strip(flathub) != strip(default):
        error(path, "differs from the top-level manifest in more than its source")
    check_runtime(path, flathub)
    check_finish_args(path, flathub)
    check_module(path, flathub, flathub.get("id"))
    check_known_properties(path)


def main():
    root, app_id = pathlib.Path(sys.argv[1]), sys.argv[2]
    desktop, metainfo = pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
    manifests = {}
    for path in sorted(root.glob("*.json")):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if "modules" not in manifest:
            continue
        manifest_id = manifest.get("id", manifest.get("app-id"))
        manifests[manifest_id] = (path, manifest)
        if path.stem != manifest_id:
            error(path, f"the file is not named after its id {manifest_id!r}")
        check_runtime(path, manifest)
        check_finish_args(path, manifest)
        check_module(path, manifest, manifest_id)
        check_known_properties(path)
    branches = {str(m.get("runtime-version")) for _, m in manifests.values()}
    if len(branches) > 1:
        errors.append(f"the manifests use different runtime branches: {sorted(branches)}")
    if app_id not in manifests:
        errors.append(f"no manifest at the top of the tree has this build's app id {app_id}")
    else:
        path, manifest = manifests[app_id]
        check_installed_files(path, manifest, app_id, desktop, metainfo)
    if manifests:
        check_flathub(root, manifests, metainfo)

    for message in errors:
        print(message, file=sys.stderr)
    print(f"checked {len(manifests)} manifests: {'FAILED' if errors else 'ok'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
