#!/usr/bin/env python3
# test-search-provider.py: the app in GNOME Shell's search, and --page
#
# Plays GNOME Shell: reads the search provider's .ini and the D-Bus service
# file the build installs, starts a session bus that can start the built app
# from that service file, and calls org.gnome.Shell.SearchProvider2 as the
# Activities overview does: the first call starts the app without a window;
# "ferritin" finds the page on iron in English, "kramp" the cramp pages in
# Dutch and "magnesiumoxid" the forms page in Swedish and Danish once the
# app's language is switched; "dose" finds the Dose Guide; a longer search
# narrows; the metas have a name and a description in the language shown;
# choosing a result shows that page, and LaunchSearch the app's own search.
# Then magnesium-guide --page: to the app running, to a new one, and with
# an id that does not exist. The page shown is read back from the settings
# the app keeps (a keyfile here), which record it; every wait is bounded by
# a guard that only ends a wait for what never comes. Every process it
# starts it ends by its id.
#
# Usage: test-search-provider.py APP SEARCH_PROVIDER_INI DBUS_SERVICE
#        (under headless.sh, for the display); prints TAP.
#
# Copyright 2026 The Magnesium Guide developers
# SPDX-License-Identifier: GPL-3.0-or-later

import configparser
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version('Gio', '2.0')
gi.require_version('GLib', '2.0')
from gi.repository import Gio, GLib  # noqa: E402

from mgtest import GUARD_SECONDS, end_process, finish, report, started, wait_until  # noqa: E402

IFACE = 'org.gnome.Shell.SearchProvider2'
SETTINGS_GROUP = 'io/github/mgguide/MagnesiumGuide'


def end_pid(pid):
    """Ends a process that the bus started for the test, by its id."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + GUARD_SECONDS
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


def read_ini(path, group):
    parser = configparser.ConfigParser(interpolation=None, delimiters=('=',))
    parser.optionxform = str
    parser.read(path, encoding='utf-8')
    return parser[group]


def folded(text):
    """Lower case without accents, enough for the words this test looks for."""
    return GLib.utf8_normalize(text, -1, GLib.NormalizeMode.ALL).lower()


class Session:
    """Its own user folders and settings, and a session bus whose service
    directory holds the app's service file, pointed at the built app."""

    def __init__(self, scratch, app, service):
        self.scratch = scratch
        self.env = dict(os.environ)
        self.env.update({
            'GSETTINGS_BACKEND': 'keyfile',
            'XDG_CONFIG_HOME': os.path.join(scratch, 'config'),
            'XDG_DATA_HOME': os.path.join(scratch, 'data'),
            'XDG_CACHE_HOME': os.path.join(scratch, 'cache'),
            'LANGUAGE': 'en',
        })
        for name in ('config', 'data', 'cache', 'services'):
            os.makedirs(os.path.join(scratch, name), exist_ok=True)
        self.keyfile = os.path.join(scratch, 'config', 'glib-2.0', 'settings', 'keyfile')

        # The installed Exec names the installed program: the same
        # arguments, given to the built one.
        exec_words = shlex.split(service['Exec'])
        self.service_args = exec_words[1:]
        with open(os.path.join(scratch, 'services', service['Name'] + '.service'), 'w') as out:
            out.write('[D-BUS Service]\nName=%s\nExec=%s\n'
                      % (service['Name'], shlex.join([app] + self.service_args)))
        with open(os.path.join(os.path.dirname(__file__), 'session.conf')) as conf:
            config = conf.read().replace(
                '<listen>', '<servicedir>%s</servicedir>\n  <listen>'
                % os.path.join(scratch, 'services'), 1)
        with open(os.path.join(scratch, 'bus.conf'), 'w') as out:
            out.write(config)

        read_end, write_end = os.pipe()
        # The bus gives the app it starts its own environment.
        self.bus = subprocess.Popen(['dbus-daemon', '--config-file=' + os.path.join(scratch, 'bus.conf'),
                                     '--nofork', '--nopidfile', '--print-address=%d' % write_end],
                                    env=self.env, pass_fds=(write_end,))
        started.append(self.bus)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            self.address = pipe.readline().strip()
        self.env['DBUS_SESSION_BUS_ADDRESS'] = self.address
        self.connection = Gio.DBusConnection.new_for_address_sync(
            self.address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)

    def call(self, name, path, iface, method, args, reply_type):
        return self.connection.call_sync(name, path, iface, method, args,
                                         GLib.VariantType(reply_type), Gio.DBusCallFlags.NONE,
                                         GUARD_SECONDS * 1000, None).unpack()

    def owner_pid(self, name):
        return self.call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                         'GetConnectionUnixProcessID', GLib.Variant('(s)', (name,)), '(u)')[0]

    def has_owner(self, name):
        return self.call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                         'NameHasOwner', GLib.Variant('(s)', (name,)), '(b)')[0]

    def setting(self, key):
        keyfile = GLib.KeyFile()
        try:
            keyfile.load_from_file(self.keyfile, GLib.KeyFileFlags.NONE)
            return GLib.Variant.parse(None, keyfile.get_value(SETTINGS_GROUP, key), None, None).unpack()
        except GLib.Error:
            return None

    def wait_for_page(self, page):
        try:
            wait_until(lambda: self.setting('last-page') == page, 'the page ' + page)
            return True
        except TimeoutError:
            return False

    def run_app(self, app, args):
        """Starts @app with @args on this bus, its stderr kept."""
        stderr = open(os.path.join(self.scratch, 'stderr-%d' % len(started)), 'w+')
        process = subprocess.Popen([app] + args, env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=stderr)
        process.stderr_file = stderr
        started.append(process)
        return process


class Provider:
    def __init__(self, session, bus_name, object_path):
        self.session = session
        self.bus_name = bus_name
        self.object_path = object_path

    def call(self, method, args, reply_type):
        return self.session.call(self.bus_name, self.object_path, IFACE, method, args, reply_type)

    def initial(self, terms):
        return self.call('GetInitialResultSet', GLib.Variant('(as)', (terms,)), '(as)')[0]

    def subsearch(self, previous, terms):
        return self.call('GetSubsearchResultSet', GLib.Variant('(asas)', (previous, terms)), '(as)')[0]

    def metas(self, ids):
        return self.call('GetResultMetas', GLib.Variant('(as)', (ids,)), '(aa{sv})')[0]

    def activate(self, result, terms):
        self.call('ActivateResult', GLib.Variant('(sasu)', (result, terms, 0)), '()')

    def launch_search(self, terms):
        self.call('LaunchSearch', GLib.Variant('(asu)', (terms, 0)), '()')

    def set_language(self, code):
        """As the person does in the app's menu."""
        path = self.object_path.rsplit('/', 1)[0]
        self.session.call(self.bus_name, path, 'org.gtk.Actions', 'Activate',
                          GLib.Variant('(sava{sv})', ('language', [GLib.Variant('s', code)], {})), '()')


def check_files(ini, service, app_id):
    expected_path = '/' + app_id.replace('.', '/') + '/SearchProvider'
    problems = []
    if ini.get('DesktopId') != app_id + '.desktop':
        problems.append('DesktopId is %r' % ini.get('DesktopId'))
    if ini.get('BusName') != app_id or service.get('Name') != app_id:
        problems.append('BusName %r and the service Name %r are not %r'
                        % (ini.get('BusName'), service.get('Name'), app_id))
    if ini.get('ObjectPath') != expected_path:
        problems.append('ObjectPath is %r, not %r' % (ini.get('ObjectPath'), expected_path))
    if ini.get('Version') != '2':
        problems.append('Version is %r' % ini.get('Version'))
    if not service.get('Exec', '').endswith(' --gapplication-service'):
        problems.append('the service starts %r, not the app as a service' % service.get('Exec'))
    report(not problems, 'the .ini and the service file agree on the bus name and path', problems)


def check_search(provider, terms, expect_first, expect_in, language_word):
    """@expect_in among the results, @expect_first first if given, and every
    meta named, described and holding @language_word in its description."""
    start = time.monotonic()
    found = provider.initial(terms)
    took = time.monotonic() - start
    metas = provider.metas(found)
    problems = []
    if expect_in not in found:
        problems.append('%s is not among %s' % (expect_in, found))
    if expect_first is not None and found[:1] != [expect_first]:
        problems.append('%s is not first in %s' % (expect_first, found))
    if [m.get('id') for m in metas] != found:
        problems.append('the metas are for %s' % [m.get('id') for m in metas])
    for meta in metas:
        if not meta.get('name') or not meta.get('description') or 'icon' not in meta:
            problems.append('meta without a name, description or icon: %s' % meta)
    described = [m for m in metas if m.get('id') == expect_in]
    if described and language_word not in folded(described[0]['description'] + ' ' + described[0]['name']):
        problems.append('%r is not in %s' % (language_word, described[0]))
    report(not problems, 'GetInitialResultSet %s finds %s' % (terms, expect_in),
           problems + ['%.0f ms; %s' % (took * 1000, [(m['id'], m['name'], m['description'])
                                                        for m in metas[:3]])])
    return found, metas


def main():
    app, ini_path, service_path = sys.argv[1:4]
    ini = read_ini(ini_path, 'Shell Search Provider')
    service = read_ini(service_path, 'D-BUS Service')
    app_id = service['Name']
    check_files(ini, service, app_id)

    scratch = tempfile.mkdtemp(prefix='mg-search-provider.', dir=os.environ.get('TMPDIR'))
    service_pid = None
    try:
        session = Session(os.path.join(scratch, 'provider'), app, service)
        provider = Provider(session, ini['BusName'], ini['ObjectPath'])

        # The first search starts the app, without a window, as the bus
        # does when GNOME Shell calls it.
        start = time.monotonic()
        session.call('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                     'StartServiceByName', GLib.Variant('(su)', (app_id, 0)), '(u)')
        print('# the app started for the search in %.0f ms' % ((time.monotonic() - start) * 1000))
        found, _ = check_search(provider, ['ferritin'], 'rls-iron', 'rls-iron', 'ferritin')
        print('# the first answer, the app started: %.0f ms' % ((time.monotonic() - start) * 1000))
        service_pid = session.owner_pid(app_id)
        report(session.setting('last-page') is None,
               'started for a search, the app opens no window', [session.setting('last-page')])

        dose, _ = check_search(provider, ['dose'], 'tool:dose-guide', 'tool:dose-guide', 'dose')
        broad = provider.initial(['magnesium'])
        narrow = provider.subsearch(broad, ['magnesium', 'ferritin'])
        report(0 < len(narrow) < len(broad) and set(narrow) <= set(broad) and 'rls-iron' in narrow,
               'GetSubsearchResultSet narrows "magnesium" to "magnesium ferritin"',
               ['%d -> %d: %s' % (len(broad), len(narrow), narrow)])
        report(provider.initial(['  ']) == [] and provider.initial(['qwxzvk']) == [],
               'blank words and words in no page find nothing')
        metas = provider.metas(['no-such-page', 'tool:no-such-tool', 'rls-iron'])
        report([m['id'] for m in metas] == ['rls-iron'],
               'GetResultMetas leaves out ids that name nothing', [metas])

        provider.set_language('nl')
        check_search(provider, ['kramp'], None, 'rls-magnesium-role', 'kramp')
        for code in ('sv', 'da'):
            provider.set_language(code)
            check_search(provider, ['magnesiumoxid'], None, 'rls-forms', 'magnesiumoxid')
        check_search(provider, ['sovn'], None, 'rls-what-is', 'søvn')

        provider.set_language('en')
        check_search(provider, ['Ferritin'], None, 'rls-iron', 'ferritin')
        provider.activate('rls-iron', ['ferritin'])
        report(session.wait_for_page('rls-iron'), 'ActivateResult rls-iron opens that page',
               [session.setting('last-page')])
        provider.activate('tool:dose-guide', ['dose'])
        report(session.wait_for_page('tool:dose-guide'), 'ActivateResult tool:dose-guide opens the tool',
               [session.setting('last-page')])
        provider.launch_search(['ferritin'])
        report(session.has_owner(app_id) and session.owner_pid(app_id) == service_pid,
               'LaunchSearch answers, in the same app')
        if os.environ.get('MG_SCREENSHOT_DIR'):
            os.makedirs(os.environ['MG_SCREENSHOT_DIR'], exist_ok=True)
            subprocess.run(['import', '-window', 'root',
                            os.path.join(os.environ['MG_SCREENSHOT_DIR'], 'launch-search.png')],
                           check=False)

        # --page to the app running: this process hands it over and ends.
        remote = session.run_app(app, ['--page', 'food-checklist'])
        status = remote.wait(timeout=GUARD_SECONDS)
        report(status == 0 and session.wait_for_page('tool:food-checklist'),
               '--page food-checklist shows the tool in the app running', ['exit %s' % status])
        end_pid(service_pid)
        service_pid = None

        # A new app, at the page asked for.
        fresh = Session(os.path.join(scratch, 'page'), app, service)
        primary = fresh.run_app(app, ['--page', 'rls-forms'])
        report(fresh.wait_for_page('rls-forms') and primary.poll() is None,
               '--page rls-forms opens a new app at that page', [fresh.setting('last-page')])
        end_process(primary)

        unknown = Session(os.path.join(scratch, 'unknown'), app, service)
        primary = unknown.run_app(app, ['--page', 'no-such-page'])
        opened = unknown.wait_for_page('rls-what-is') and primary.poll() is None
        end_process(primary)
        primary.stderr_file.seek(0)
        stderr = primary.stderr_file.read()
        report(opened and 'There is no page “no-such-page”' in stderr and 'rls-iron' in stderr,
               'an unknown --page says so and opens the first page', stderr.splitlines())
    finally:
        if service_pid is not None:
            end_pid(service_pid)
        status = finish(scratch)
    return status


if __name__ == '__main__':
    sys.exit(main())
