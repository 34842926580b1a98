#!/usr/bin/env python3
# test-a11y-tree.py: what a screen reader reads and where Tab goes
#
# Starts the accessibility bus on the private session bus that headless.sh
# gives, starts the built app with its AT-SPI bridge on, and reads the
# accessibility tree as Orca does, for the first page, the Dose Guide and
# the Food Checklist:
#   - every control a person can reach has exactly one non-empty name (no
#     "Age Age", no "GtkToggleButton", no mnemonic underscore) and a role;
#   - the labels that title a group of controls are headings, each view
#     has one level-1 heading, and headings come before what they head in
#     the order a screen reader reads;
#   - Tab (typed with xdotool, read back from AT-SPI's focus events) stops
#     on named controls in visual order, top to bottom and start to end
#     within each pane, the sidebar being one stop;
#   - the app says no warning or critical.
# Waits are on AT-SPI and D-Bus events, each bounded by a generous guard
# that only ends a wait for something that never comes. Every process it
# starts it ends by its id.
#
# Usage: test-a11y-tree.py APP  (under headless.sh); prints TAP.
#
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile

import gi

gi.require_version('Gio', '2.0')
gi.require_version('GLib', '2.0')
from gi.repository import Gio, GLib  # noqa: E402

from mgtest import GUARD_SECONDS, end_process, finish, report, started, wait_until  # noqa: E402

APP_ID = 'io.github.mgguide.MagnesiumGuide'
OBJECT_PATH = '/io/github/mgguide/MagnesiumGuide'
# More than any view has controls: the walk ends when focus comes round.
MAX_TABS = 400

# The views, how a person reaches them, and the title a person sees on
# them (the test runs in English).
VIEWS = [
    {'name': 'first-page', 'tool': None, 'title': 'What is restless legs syndrome?'},
    # The same page after another was read and the person came back: the
    # page view keeps each page it built, and only the one in view may be
    # read (the other's first paragraph starts with `hidden`).
    {'name': 'first-page-seen-again', 'tool': None, 'title': 'What is restless legs syndrome?',
     'via': [('rls-research', 'What the research found'),
             ('rls-what-is', 'What is restless legs syndrome?')],
     'hidden': 'Articles about magnesium and RLS often mention'},
    {'name': 'dose-guide', 'tool': 'dose-guide', 'title': 'Dose Guide'},
    {'name': 'food-checklist', 'tool': 'food-checklist', 'title': 'Food Checklist'},
    {'name': 'diary', 'tool': 'diary', 'title': 'Symptom Diary'},
]

# Roles a person can act on; a Tab stop must be one of them.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'spin button', 'text', 'entry', 'password text', 'slider', 'link',
    'list item', 'menu item', 'check menu item', 'radio menu item',
    'page tab', 'switch', 'tree item', 'button', 'menu button', 'search box',
}

AT_SPI_BUS_LAUNCHER = [
    '/usr/libexec/at-spi-bus-launcher',
    '/usr/lib/at-spi2-core/at-spi-bus-launcher',
    '/usr/lib/at-spi2/at-spi-bus-launcher',
]

def start_at_spi_bus(session):
    launcher = next((path for path in AT_SPI_BUS_LAUNCHER if os.access(path, os.X_OK)), None)
    if launcher is None:
        raise RuntimeError('at-spi-bus-launcher is not installed (at-spi2-core)')
    process = subprocess.Popen([launcher, '--launch-immediately'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started.append(process)
    owner = []
    watch = Gio.bus_watch_name_on_connection(session, 'org.a11y.Bus', Gio.BusNameWatcherFlags.NONE,
                                             lambda c, name, name_owner: owner.append(name_owner),
                                             None)
    try:
        wait_until(lambda: owner or process.poll() is not None, 'the accessibility bus')
    finally:
        Gio.bus_unwatch_name(watch)
    if not owner:
        raise RuntimeError('at-spi-bus-launcher ended with status %s' % process.returncode)


class App:
    """The app, started as a person would, with its own user folders and
    settings in a keyfile that the test writes first."""

    def __init__(self, binary, scratch, session, last_page=None):
        self.session = session
        self.scratch = scratch
        config = os.path.join(scratch, 'config')
        os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
        for name in ('data', 'cache'):
            os.makedirs(os.path.join(scratch, name))
        if last_page is not None:
            with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as keyfile:
                keyfile.write("[io/github/mgguide/MagnesiumGuide]\nlast-page='%s'\n" % last_page)
        env = dict(os.environ)
        env.pop('NO_AT_BRIDGE', None)
        env.update({
            'GTK_A11Y': 'atspi',
            'GSETTINGS_BACKEND': 'keyfile',
            'XDG_CONFIG_HOME': config,
            'XDG_DATA_HOME': os.path.join(scratch, 'data'),
            'XDG_CACHE_HOME': os.path.join(scratch, 'cache'),
            'LANGUAGE': 'en',
        })
        # A warning is a finding to report, not a crash: see warnings ().
        env['G_DEBUG'] = 'gc-friendly'
        self.stderr_path = os.path.join(scratch, 'stderr')
        self.stderr = open(self.stderr_path, 'w')
        self.process = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL,
                                        stderr=self.stderr)
        started.append(self.process)

    def call_actions(self, path, method, parameters, reply_type):
        return self.session.call_sync(APP_ID, path, 'org.gtk.Actions', method, parameters,
                                      GLib.VariantType(reply_type), Gio.DBusCallFlags.NONE,
                                      GUARD_SECONDS * 1000, None).unpack()

    def window_actions(self):
        """The actions the first window exports on the session bus."""
        return self.call_actions(OBJECT_PATH + '/window/1', 'List', None, '(as)')[0]

    def show_tool(self, tool):
        self.call_actions(OBJECT_PATH + '/window/1', 'Activate',
                          GLib.Variant('(sava{sv})', ('show-tool', [GLib.Variant('s', tool)], {})),
                          '()')

    def show_page(self, page):
        self.call_actions(OBJECT_PATH + '/window/1', 'Activate',
                          GLib.Variant('(sava{sv})', ('show-page', [GLib.Variant('s', page)], {})),
                          '()')

    def quit(self):
        if self.process.poll() is None:
            try:
                self.call_actions(OBJECT_PATH, 'Activate',
                                  GLib.Variant('(sava{sv})', ('quit', [], {})), '()')
                self.process.wait(timeout=GUARD_SECONDS)
            except (GLib.Error, subprocess.TimeoutExpired):
                pass
        end_process(self.process)
        self.stderr.close()

    def warnings(self):
        with open(self.stderr_path) as stderr:
            return [line.rstrip() for line in stderr
                    if re.search(r'-(WARNING|CRITICAL) \*\*|^\*\* \(.*\): (WARNING|CRITICAL)', line)]


# AT-SPI, read as a screen reader does

def safe(call, default=None):
    try:
        return call()
    except Exception:  # an object that went away while it was read
        return default


def state(acc, which):
    return safe(lambda: acc.getState().contains(which), False)


def role(acc):
    return safe(acc.getRoleName, '')


def attributes(acc):
    return dict(a.split(':', 1) for a in safe(acc.getAttributes, []) if ':' in a)


def extents(acc):
    box = safe(lambda: acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
    return None if box is None else (box.x, box.y, box.width, box.height)


def children(acc):
    return [c for c in safe(lambda: list(acc), []) if c is not None]


def shown_tree(acc, depth=0):
    """@acc and everything under it that is on screen, in the order a
    screen reader reads it."""
    yield acc, depth
    for child in children(acc):
        if state(child, pyatspi.STATE_SHOWING):
            yield from shown_tree(child, depth + 1)


def whole_tree(acc):
    """@acc and everything under it, shown or not."""
    yield acc
    for child in children(acc):
        yield from whole_tree(child)


def named_from(frame, text):
    return ['%s %r' % (role(acc), safe(lambda: acc.name, '')[:60]) for acc in whole_tree(frame)
            if safe(lambda: acc.name, '').startswith(text)]


def check_hidden_page(view, frame, text):
    """No text of a page that is not in view reaches a screen reader, not
    even as an object that is not showing."""
    try:
        wait_until(lambda: not named_from(frame, text), 'the page read before to leave the tree')
    except TimeoutError:
        pass
    found = named_from(frame, text)
    report(not found, '%s: the page read before is not in the tree' % view, found)


def ancestors(acc):
    parent = safe(lambda: acc.parent)
    while parent is not None and role(parent) != 'application':
        yield parent
        parent = safe(lambda: parent.parent)


def find_app(desktop):
    for app in children(desktop):
        if safe(lambda: app.name) == 'magnesium-guide':
            return app
    return None


def app_frame(desktop):
    app = find_app(desktop)
    if app is None:
        return None
    return next((w for w in children(app)
                 if role(w) == 'frame' and state(w, pyatspi.STATE_SHOWING)), None)


def view_heading(frame, title, roles=('heading',)):
    for acc, _ in shown_tree(frame):
        if role(acc) in roles and safe(lambda: acc.name) == title:
            return acc
    return None


# The checks

def words(name):
    return [w.strip('…').strip('.').lower() for w in name.replace('_', '').split()]


def name_problems(name):
    """What a screen reader user would hear wrong in @name."""
    problems = []
    if not name or not name.strip():
        return ['no name']
    if re.search(r'(^|[\s(])_\w', name):
        problems.append('a mnemonic underscore is read aloud')
    if re.search(r'\b(Gtk|Adw|Mg)[A-Z]\w+', name):
        problems.append('a type name instead of a name')
    w = words(name)
    for k in range(1, len(w)):
        first, second = w[:k], w[k:]
        if second == first[:len(second)] or first == second[:len(first)]:
            problems.append('the name is said twice')
            break
    return problems


def check_names(view, frame):
    bad = []
    for acc, _ in shown_tree(frame):
        if role(acc) in CONTROL_ROLES and state(acc, pyatspi.STATE_FOCUSABLE) and \
           state(acc, pyatspi.STATE_SENSITIVE):
            name = safe(lambda: acc.name, '')
            for problem in name_problems(name):
                where = next((p for p in ancestors(acc) if safe(lambda: p.name)), None)
                bad.append('%s %r in %s %r: %s' % (role(acc), name, role(where),
                                                    safe(lambda: where.name), problem))
    report(not bad, '%s: every control has exactly one name, the one a person sees' % view, bad)


def check_switches(view, frame):
    """GTK gives its switch the role "switch"; AT-SPI shows it as a check
    box (GTK 4.18) or a switch. A toggle button that shows on and off needs
    a name, not its type, and a check box role must come with its state."""
    bad = []
    for acc, _ in shown_tree(frame):
        if role(acc) in ('check box', 'switch', 'toggle button') and \
           not state(acc, pyatspi.STATE_CHECKABLE) and role(acc) != 'toggle button':
            bad.append('%s %r does not say whether it is on' % (role(acc), acc.name))
    report(not bad, '%s: switches and check boxes say whether they are on' % view, bad)


def in_header_bar(label, group):
    """Whether @label is in a bar across the top of @group, outside what
    scrolls in it: the header bar of a page, whose title (AdwWindowTitle)
    is the title of the window or of the page, which the page is named by,
    not a heading of the page's content, which has its own. AT-SPI names no
    widget types: the bar is known by its place, at the group's top edge,
    as wide as the group and much less high."""
    group_box = extents(group)
    if group_box is None:
        return False
    for parent in ancestors(label):
        if parent == group or role(parent) == 'scroll pane':
            return False
        box = extents(parent)
        if box is not None and abs(box[1] - group_box[1]) <= 2 and \
           abs(box[2] - group_box[2]) <= 4 and box[3] * 2 < group_box[3]:
            return any(p == group for p in ancestors(parent))
    return False


def names_control_beside(label, group):
    """Whether @label is the form label of the control @group next to it
    in its row: the title of the row (as an AdwActionRow's, named by it)
    that holds @group, which is named after it too. A screen reader reads
    it with the row and the control, not as a heading. A label that
    titles a list or a box of rows still has to be a heading."""
    row = next((p for p in ancestors(label) if role(p) == 'list item'), None)
    return row is not None and safe(lambda: row.name) == safe(lambda: label.name) and \
        any(p == row for p in ancestors(group))


def check_headings(view, frame, title):
    bad = []
    tree = list(shown_tree(frame))
    labels = {}
    for acc, _ in tree:
        if role(acc) in ('label', 'heading'):
            labels.setdefault(safe(lambda: acc.name, ''), []).append(acc)

    # A group of controls named after a label that shows above it: that
    # label is the group's title, and a heading. Not the title in a
    # page's header bar (the window's title), nor the label of a form
    # field in its row.
    for acc, _ in tree:
        if role(acc) in ('list', 'panel', 'grouping', 'form') and acc.name:
            for label in labels.get(acc.name, []):
                if role(label) != 'heading' and not in_header_bar(label, acc) and \
                   not names_control_beside(label, acc):
                    bad.append('%r titles a group of controls but is read as a %s' %
                               (acc.name, role(label)))

    heading = view_heading(frame, title)
    if heading is None:
        bad.append('no heading %r' % title)
    elif attributes(heading).get('level') != '1':
        bad.append('the heading %r is not level 1 (level %s)' %
                   (title, attributes(heading).get('level', 'not given')))

    # A screen reader reads a container's children in their order: a
    # heading must come before the rows it heads, as it shows.
    for acc, _ in tree:
        kids = [c for c in children(acc) if state(c, pyatspi.STATE_SHOWING)]
        if not any(role(c) == 'heading' for c in kids):
            continue
        for i, kid in enumerate(kids):
            box = extents(kid)
            if role(kid) != 'heading' or box is None:
                continue
            for before in kids[:i]:
                other = extents(before)
                if other is not None and other[1] >= box[1] + box[3]:
                    bad.append('heading %r is read after %s %r, which shows below it' %
                               (kid.name, role(before), before.name))
                    break
    report(not bad, '%s: headings are headings, in reading order' % view, bad)


def scroll_content(acc):
    """Where @acc lies in the scrolled content it is part of, and which
    content that is, or None: a place that does not change when the page
    scrolls to show the focus, summed from the places of @acc and its
    ancestors in their parents."""
    x = y = 0
    chain = [acc] + list(ancestors(acc))
    for i, item in enumerate(chain):
        if i + 2 < len(chain) and role(chain[i + 2]) == 'scroll pane':
            # @item is the content, chain[i + 1] the viewport it scrolls in.
            return item, x, y
        box = safe(lambda: item.queryComponent().getExtents(pyatspi.PARENT_COORDS))
        if box is None:
            return None
        x += box.x
        y += box.y
    return None


class Stop:
    def __init__(self, acc):
        self.acc = acc
        self.name = safe(lambda: acc.name, '')
        self.role = role(acc)
        self.box = extents(acc)
        place = scroll_content(acc)
        pane = next((p for p in ancestors(acc) if role(p) == 'scroll pane'), None)
        self.pane_box = extents(pane) if pane is not None else self.box
        if place is not None and self.box is not None:
            self.content = place[0]
            self.in_content = (place[1], place[2], self.box[2], self.box[3])
        else:
            self.content = None
            self.in_content = self.box
        self.sidebar = False

    def __str__(self):
        return '%s %r at %s' % (self.role, self.name, self.box)


def overlap(a0, a1, b0, b1, margin=8):
    return min(a1, b1) - max(a0, b0) > margin


def before(a, b):
    """Whether box @a shows before box @b: above it in the same column, or
    at its start in the same row."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if overlap(ax, ax + aw, bx, bx + bw) and ay + ah <= by + 2:
        return True
    return overlap(ay, ay + ah, by, by + bh) and ax + aw <= bx + 2


def goes_back(a, b):
    """Whether Tab from stop @a to stop @b goes back against the visual order."""
    if a.box is None or b.box is None:
        return False
    if a.content is not None and b.content is not None and a.content == b.content:
        return before(b.in_content, a.in_content)
    return before(b.pane_box, a.pane_box)


def sidebar_list(frame):
    """The list of pages a person chooses from: it lists the tools too."""
    for acc, _ in shown_tree(frame):
        if role(acc) in ('list', 'list box', 'tree', 'tree table'):
            names = {safe(lambda: c.name) for c in children(acc)}
            if {'Dose Guide', 'Food Checklist'} <= names:
                return acc
    return None


def tab_walk(view, frame, focus_events):
    sidebar = sidebar_list(frame)
    stops = []
    seen = []
    for _ in range(MAX_TABS):
        count = len(focus_events)
        subprocess.run(['xdotool', 'key', '--clearmodifiers', 'Tab'], check=True)
        try:
            wait_until(lambda: len(focus_events) > count, 'focus to move after Tab')
        except TimeoutError:
            report(False, '%s: Tab moves the focus' % view, ['after %s' % (stops[-1] if stops else 'start')])
            return stops, sidebar
        acc = focus_events[-1]
        if any(acc == s for s in seen):
            break
        # The focus event can come before the name of a control that was
        # just scrolled into view reaches the bus: wait for it, with the
        # same bound as any event. A control that has none is reported.
        try:
            wait_until(lambda: safe(lambda: acc.name, '') != '', 'a name for the focused %s' % role(acc))
        except TimeoutError:
            pass
        seen.append(acc)
        stop = Stop(acc)
        stop.sidebar = sidebar is not None and (acc == sidebar or any(p == sidebar for p in ancestors(acc)))
        stops.append(stop)
    return stops, sidebar


def check_tab_order(view, stops, sidebar):
    order = ['%d. %s' % (i + 1, s) for i, s in enumerate(stops)]

    unnamed = ['%s: %s' % (s, ', '.join(name_problems(s.name)))
               for s in stops if name_problems(s.name)]
    report(not unnamed, '%s: every Tab stop has one name' % view, unnamed)

    not_controls = [str(s) for s in stops if s.role not in CONTROL_ROLES and s.acc != sidebar]
    report(not not_controls, '%s: every Tab stop is a control a person can use' % view, not_controls)

    # A row and the switch or field in it are one control: one stop.
    doubled = ['%s -> %s' % (a, b) for a, b in zip(stops, stops[1:])
               if a.name and a.name == b.name and
               (any(p == a.acc for p in ancestors(b.acc)) or any(p == b.acc for p in ancestors(a.acc)))]
    report(not doubled, '%s: each control is one Tab stop' % view, doubled)

    in_sidebar = [str(s) for s in stops if s.sidebar]
    report(sidebar is None or len(in_sidebar) <= 1,
           '%s: the sidebar is one Tab stop' % view,
           ['%d stops in the sidebar: %s' % (len(in_sidebar), ', '.join(in_sidebar[:5]))]
           if len(in_sidebar) > 1 else [])

    # The order of one round of Tab is a cycle: once through the window, it
    # goes back against the visual order once, at the end.
    first_in_sidebar = next((s for s in stops if s.sidebar), None)
    cycle = [s for s in stops if not s.sidebar or s is first_in_sidebar]
    backwards = ['%s -> %s' % (a, b) for a, b in zip(cycle, cycle[1:] + cycle[:1]) if goes_back(a, b)]
    report(len(backwards) <= 1, '%s: Tab follows the visual order' % view,
           (['goes back %d times:' % len(backwards)] + backwards + ['the order:'] + order)
           if len(backwards) > 1 else [])


def main():
    global pyatspi
    binary = sys.argv[1]
    scratch = tempfile.mkdtemp(prefix='mg-a11y-tree.')
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    try:
        start_at_spi_bus(session)
        # Atspi finds the accessibility bus when it is first used: after it
        # is started.
        import pyatspi
        focus_events = []

        def focus_cb(event):
            if event.detail1 == 1:
                focus_events.append(event.source)

        pyatspi.Registry.registerEventListener(focus_cb, 'object:state-changed:focused')
        desktop = pyatspi.Registry.getDesktop(0)
        exported = None

        for view in VIEWS:
            # A fresh start for each view: the focus begins where a person
            # who just opened the app finds it.
            last_page = None
            if view['tool'] is not None and exported is False:
                last_page = 'tool:' + view['tool']
            app = App(binary, os.path.join(scratch, view['name']), session, last_page)
            try:
                wait_until(lambda: app_frame(desktop) is not None or app.process.poll() is not None,
                           'the app in the accessibility registry')
                frame = app_frame(desktop)
                if frame is None:
                    report(False, '%s: the app shows its window' % view['name'],
                           ['ended with status %s' % app.process.returncode])
                    continue
                if view['tool'] is not None and last_page is None:
                    exported = 'show-tool' in app.window_actions()
                    report(exported, 'win.show-tool is exported on the session bus, for %s' %
                           view['name'],
                           [] if exported else ['the window exports %s' % (app.window_actions(),),
                                                'shown by starting with last-page instead'])
                    if exported:
                        app.show_tool(view['tool'])
                    else:
                        app.quit()
                        shutil.rmtree(os.path.join(scratch, view['name']))
                        app = App(binary, os.path.join(scratch, view['name']), session,
                                  'tool:' + view['tool'])
                        wait_until(lambda: app_frame(desktop) is not None or
                                   app.process.poll() is not None,
                                   'the app in the accessibility registry')
                        frame = app_frame(desktop)
                for i, (page, title) in enumerate(view.get('via', [])):
                    app.show_page(page)
                    wait_until(lambda: view_heading(frame, title) is not None or
                               app.process.poll() is not None, 'the title %r' % title)
                    if i == 0:
                        # Else the check below could not fail.
                        try:
                            wait_until(lambda: named_from(frame, view['hidden']), 'the page\'s text')
                        except TimeoutError:
                            pass
                        report(bool(named_from(frame, view['hidden'])),
                               '%s: the text of %s is read while it is shown' % (view['name'], page), [])
                if 'hidden' in view:
                    check_hidden_page(view['name'], frame, view['hidden'])
                # The view is shown when its title is.
                wait_until(lambda: view_heading(frame, view['title'], ('heading', 'label')) is not None
                           or app.process.poll() is not None, 'the title %r' % view['title'])

                check_names(view['name'], frame)
                check_switches(view['name'], frame)
                check_headings(view['name'], frame, view['title'])

                window_id = subprocess.run(['xdotool', 'search', '--sync', '--name', '^Magnesium Guide$'],
                                           check=True, capture_output=True, text=True).stdout.split()[0]
                subprocess.run(['xdotool', 'windowfocus', '--sync', window_id], check=True)
                stops, sidebar = tab_walk(view["name"], frame, focus_events)
                check_tab_order(view['name'], stops, sidebar)
            finally:
                app.quit()
            warnings = app.warnings()
            report(not warnings, '%s: no warning or critical from the app' % view['name'], warnings)
    finally:
        status = finish(scratch)
    return status


if __name__ == '__main__':
    sys.exit(main())
