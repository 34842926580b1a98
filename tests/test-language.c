/* test-language.c: the language the app starts in
 *
 * Run once per environment (see tests/meson.build): LANGUAGE or LANG set to
 * a supported language, an unknown one, and the plain C and POSIX locales.
 * MG_EXPECT_LANGUAGE says which language the app must then speak.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "mg-i18n.h"

static const char * const locale_variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

static void
test_starts_in_language (void)
{
  const char *expected = g_getenv ("MG_EXPECT_LANGUAGE");
  const char *title;

  g_assert_nonnull (expected);
  g_assert_cmpstr (mg_i18n_get_language (), ==, expected);

  /* Messages really come out in that language. */
  title = _("Magnesium Guide");
  if (g_str_equal (expected, "en"))
    g_assert_cmpstr (title, ==, "Magnesium Guide");
  else
    g_assert_cmpstr (_("Previous"), !=, "Previous");

  /* A country's locale that the environment names is in force: the tests'
   * locales are generated, never fallbacks. */
  for (guint i = 0; i < G_N_ELEMENTS (locale_variables); i++) {
    const char *value = g_getenv (locale_variables[i]);

    if (value == NULL || *value == '\0')
      continue;
    if (strchr (value, '_') != NULL)
      g_assert_cmpstr (setlocale (LC_MESSAGES, NULL), ==, value);
    break;
  }

  /* Whatever the locale, the character set is UTF-8. */
  g_assert_true (g_get_charset (NULL));
}

static void
test_switch_and_back (void)
{
  const char *start = mg_i18n_get_language ();
  const char * const *codes = mg_i18n_get_languages ();

  for (guint i = 0; codes[i] != NULL; i++) {
    g_assert_true (mg_i18n_set_language (codes[i]));
    g_assert_cmpstr (mg_i18n_get_language (), ==, codes[i]);
  }

  /* An unknown language changes nothing. */
  g_assert_false (mg_i18n_set_language ("xx"));
  g_assert_false (mg_i18n_set_language ("english"));
  g_assert_cmpstr (mg_i18n_get_language (), ==, codes[g_strv_length ((GStrv) codes) - 1]);

  /* “System default” returns to the language the process started in. */
  g_assert_true (mg_i18n_set_language (""));
  g_assert_cmpstr (mg_i18n_get_language (), ==, start);
}

/* Each language of po/LINGUAS is named in itself, for the menus. */
static void
test_every_language_named (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  for (const char * const *code = mg_i18n_get_languages (); *code != NULL; code++) {
    if (mg_i18n_get_language_name (*code) == NULL)
      g_string_append_printf (problems, " po/LINGUAS has “%s”, but language_names in "
                              "src/i18n/mg-i18n.c has no name for it.", *code);
  }
  if (problems->len > 0)
    g_test_fail_printf ("%s", problems->str + 1);
  g_assert_null (mg_i18n_get_language_name ("xx"));
}

static void
test_formats (void)
{
  g_autofree char *date = NULL;
  g_autofree char *number = NULL;

  g_assert_true (mg_i18n_set_language ("en"));
  date = mg_i18n_format_date ("2026-11-22");
  number = mg_i18n_format_decimal (12.5, 1);
  g_assert_cmpstr (date, ==, "22 November 2026");
  g_assert_cmpstr (number, ==, "12.5");
  g_assert_null (mg_i18n_format_date ("2026-02-30"));
  g_assert_null (mg_i18n_format_date ("yesterday"));

  g_clear_pointer (&number, g_free);
  g_assert_true (mg_i18n_set_language ("sv"));
  number = mg_i18n_format_decimal (12.5, 1);
  g_assert_cmpstr (number, ==, "12,5");
  g_clear_pointer (&number, g_free);
  number = mg_i18n_format_decimal (350, 0);
  g_assert_cmpstr (number, ==, "350");

  g_assert_true (mg_i18n_set_language (""));
}

/* GtkBuilder's translatable texts reach the app's catalogue through
 * GLib's g_dgettext () and g_dpgettext2 (): they follow a switch made in the
 * app, whatever LANGUAGE or the locale says (src/i18n/mg-gettext.c). */
static void
test_builder_texts_follow_switch (void)
{
  const char *translated;

  g_assert_true (mg_i18n_set_language ("nl"));
  translated = g_dgettext (GETTEXT_PACKAGE, "Previous");
  g_assert_cmpstr (translated, ==, mg_i18n_gettext ("Previous"));
  g_assert_cmpstr (translated, !=, "Previous");
  /* A context, joined to its message as the catalogue keeps it. */
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "month name in a date", "May"), ==, "mei");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", 2), ==, "%d jaar");

  g_assert_true (mg_i18n_set_language ("sv"));
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "month name in a date", "May"), ==, "maj");

  /* English has no catalogue: the source texts, the same pointers, so that
   * g_dpgettext2 () knows there was no translation. */
  g_assert_true (mg_i18n_set_language ("en"));
  translated = "Previous";
  g_assert_true (g_dgettext (GETTEXT_PACKAGE, translated) == translated);
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "month name in a date", "May"), ==, "May");
  /* A message nobody translated, in a language that has a catalogue. */
  g_assert_true (mg_i18n_set_language ("da"));
  translated = "No such message in the catalogue";
  g_assert_true (g_dgettext (GETTEXT_PACKAGE, translated) == translated);

  /* GTK's and libadwaita's own words follow too, where the system has
   * their catalogues (Debian's gtk40.mo and libadwaita.mo). */
  g_assert_true (mg_i18n_set_language ("nl"));
  if (g_file_test ("/usr/share/locale/nl/LC_MESSAGES/libadwaita.mo", G_FILE_TEST_EXISTS))
    g_assert_cmpstr (g_dgettext ("libadwaita", "Credits"), ==, "Met dank aan");
  g_assert_true (mg_i18n_set_language ("en"));
  translated = "Credits";
  g_assert_true (g_dgettext ("libadwaita", translated) == translated);
  g_assert_true (mg_i18n_set_language ("da"));

  /* Another domain is the C library's business, unchanged. */
  translated = "No such message in any catalogue";
  g_assert_true (g_dgettext ("glib20", translated) == translated);

  g_assert_true (mg_i18n_set_language (""));
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/starts-in", test_starts_in_language);
  g_test_add_func ("/language/switch-and-back", test_switch_and_back);
  g_test_add_func ("/language/every-language-named", test_every_language_named);
  g_test_add_func ("/language/formats", test_formats);
  g_test_add_func ("/language/builder-texts-follow-switch", test_builder_texts_follow_switch);

  return g_test_run ();
}
