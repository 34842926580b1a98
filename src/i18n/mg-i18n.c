/* mg-i18n.c: the locale and the language of the interface
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-i18n"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "mg-catalog.h"
#include "mg-date.h"
#include "mg-i18n.h"
#include "mg-languages.h"

static const char * const supported_languages[] = { MG_LANGUAGES, NULL };

/* Each language named in itself: these are never translated. */
static const struct {
  const char *code;
  const char *name;
} language_names[] = {
  { "da", "Dansk" },
  { "en", "English" },
  { "nl", "Nederlands" },
  { "sv", "Svenska" },
};

_Static_assert (G_N_ELEMENTS (language_names) == MG_N_LANGUAGES,
                "po/LINGUAS and language_names in src/i18n/mg-i18n.c name different "
                "numbers of languages: give every language its name in itself");

/* The language the environment asks for, so that “System default” can
 * return to it; the language in force; and each language's catalogue, read
 * once and kept, so that a switch back costs nothing and a thread that
 * looked a message up never holds a freed one. */
static const char *system_language;
static const char *current_language;
static MgCatalog *catalogs[MG_N_LANGUAGES];
static gboolean catalogs_tried[MG_N_LANGUAGES];
static MgCatalog *current_catalog;
static int current_index;

/* The libraries whose own words the window shows (a dialog's Close, the
 * About dialog's Credits, a text field's menu): in the app's language too,
 * from their catalogues where the system has them, each read once, on its
 * first use, from whichever thread asks first. */
static const char * const library_domains[] = { "gtk40", "libadwaita" };
static MgCatalog *library_catalogs[G_N_ELEMENTS (library_domains)][MG_N_LANGUAGES];
static gsize library_catalogs_read[G_N_ELEMENTS (library_domains)][MG_N_LANGUAGES];

static gboolean
is_plain_c (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

/**
 * mg_i18n_get_messages_locale:
 *
 * Returns: (nullable): the first of LC_ALL, LC_MESSAGES and LANG that is
 *   set, as gettext reads them: the locale whose region the dose guide's
 *   country is proposed from, too
 */
const char *
mg_i18n_get_messages_locale (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
    const char *value = g_getenv (names[i]);

    if (value != NULL && *value != '\0')
      return value;
  }

  return NULL;
}

static int
language_index (const char *code)
{
  for (guint i = 0; supported_languages[i] != NULL; i++)
    if (g_strcmp0 (code, supported_languages[i]) == 0)
      return (int) i;

  return -1;
}

/* The first supported language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG, as
 * GLib lists them (“nl_NL.UTF-8” gives “nl”), up to the C locale: English
 * under C, POSIX and C.UTF-8 unless LANGUAGE names another. */
static const char *
language_from_environment (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++) {
    int index;

    if (g_str_equal (names[i], "C") || g_str_has_prefix (names[i], "C.") ||
        g_str_equal (names[i], "POSIX"))
      break;
    index = language_index (names[i]);
    if (index >= 0)
      return supported_languages[index];
  }

  return "en";
}

static MgCatalog *
load_catalog (guint index)
{
  const char *localedir = g_getenv ("MG_LOCALEDIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  /* English is the source language: it has no catalogue. */
  if (index == 0 || catalogs_tried[index])
    return catalogs[index];

  catalogs_tried[index] = TRUE;
  /* MG_LOCALEDIR lets `meson devenv` and the tests use the build tree's catalogues. */
  path = g_build_filename (localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR,
                           supported_languages[index], "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  catalogs[index] = mg_catalog_new_from_file (path, &error);
  if (catalogs[index] == NULL)
    g_message ("The %s translation could not be read, so texts stay in English: %s",
               mg_i18n_get_language_name (supported_languages[index]), error->message);

  return catalogs[index];
}

/**
 * mg_i18n_init:
 *
 * Sets up the locale and the language of the interface before anything is
 * shown.
 *
 * The messages do not depend on the locale: the language comes from
 * LANGUAGE, LC_ALL, LC_MESSAGES or LANG as GLib reads them, and its
 * catalogue is read by the app itself, so the app speaks it under C.UTF-8
 * or a locale the system has not generated, and a switch changes no
 * environment variable. Only when the locale is missing or the plain C
 * locale is the character set made UTF-8.
 */
void
mg_i18n_init (void)
{
  const char *requested = mg_i18n_get_messages_locale ();
  const char *locale = setlocale (LC_ALL, "");

  if (locale == NULL && requested != NULL)
    g_message ("The locale “%s” is not installed on this system; texts follow it, "
               "number and date formats use the defaults", requested);

  if (is_plain_c (setlocale (LC_CTYPE, NULL)) && setlocale (LC_CTYPE, "C.UTF-8") == NULL)
    g_message ("The C.UTF-8 locale is missing: text the app prints may lose its accents");

  system_language = language_from_environment ();
  mg_i18n_set_language (NULL);
}

/**
 * mg_i18n_get_languages:
 *
 * Returns: (transfer none): the codes of the languages the app speaks:
 *   English, then po/LINGUAS in its order
 */
const char * const *
mg_i18n_get_languages (void)
{
  return supported_languages;
}

gboolean
mg_i18n_is_supported (const char *code)
{
  return language_index (code) >= 0;
}

/**
 * mg_i18n_get_language_name:
 *
 * Returns: the language’s name in that language, or %NULL if unsupported
 */
const char *
mg_i18n_get_language_name (const char *code)
{
  if (language_index (code) < 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++) {
    if (g_str_equal (code, language_names[i].code))
      return language_names[i].name;
  }

  return NULL;
}

/**
 * mg_i18n_set_language:
 * @code: a supported language code, or "" or %NULL for the system’s language
 *
 * Switches the language of every message looked up from now on, for this
 * process. The caller updates what is already on screen. A language whose
 * catalogue cannot be read is still chosen, with its texts in English and a
 * message saying why.
 *
 * Returns: %FALSE, changing nothing, if @code is not a supported language
 */
gboolean
mg_i18n_set_language (const char *code)
{
  int index;

  g_return_val_if_fail (system_language != NULL, FALSE);

  if (code == NULL || *code == '\0')
    code = system_language;

  index = language_index (code);
  if (index < 0)
    return FALSE;

  current_language = supported_languages[index];
  g_atomic_pointer_set (&current_catalog, load_catalog ((guint) index));
  g_atomic_int_set (&current_index, index);

  return TRUE;
}

static MgCatalog *
library_catalog (guint domain,
                 guint language)
{
  if (g_once_init_enter (&library_catalogs_read[domain][language])) {
    const char *directory = bindtextdomain (library_domains[domain], NULL);
    g_autofree char *file = g_strconcat (library_domains[domain], ".mo", NULL);
    g_autofree char *path = NULL;

    if (directory != NULL) {
      path = g_build_filename (directory, supported_languages[language], "LC_MESSAGES", file, NULL);
      library_catalogs[domain][language] = mg_catalog_new_from_file (path, NULL);
    }
    g_once_init_leave (&library_catalogs_read[domain][language], 1);
  }

  return library_catalogs[domain][language];
}

/**
 * mg_i18n_library_gettext:
 * @domain: a library's gettext domain, such as "gtk40"
 * @msgid: an English message, its context joined to it by U+0004
 * @msgid_plural: (nullable): its plural, for ngettext
 * @n: the number that chooses between them
 *
 * GTK's and libadwaita's own messages in the interface's language: their
 * English words in English, the translation where the system has their
 * catalogue for the language. Safe from any thread.
 *
 * Returns: (nullable): the message, or %NULL where the app has no answer
 *   (another domain, or no catalogue), and the C library's is the one
 */
const char *
mg_i18n_library_gettext (const char *domain,
                         const char *msgid,
                         const char *msgid_plural,
                         gulong      n)
{
  int language = g_atomic_int_get (&current_index);
  MgCatalog *catalog;

  for (guint i = 0; i < G_N_ELEMENTS (library_domains); i++) {
    if (g_strcmp0 (domain, library_domains[i]) != 0)
      continue;

    /* English is the libraries' own language too. */
    if (language == 0)
      return msgid_plural != NULL && n != 1 ? msgid_plural : msgid;
    catalog = library_catalog (i, (guint) language);
    if (catalog == NULL)
      return NULL;

    return msgid_plural != NULL ? mg_catalog_lookup_plural (catalog, msgid, msgid_plural, n)
                                : mg_catalog_lookup (catalog, NULL, msgid);
  }

  return NULL;
}

/**
 * mg_i18n_get_language:
 *
 * Returns: the language the interface speaks now, one of
 *   mg_i18n_get_languages ()
 */
const char *
mg_i18n_get_language (void)
{
  return current_language != NULL ? current_language : "en";
}

/**
 * mg_i18n_gettext:
 * @msgid: an English message
 *
 * What `_()` calls.
 *
 * Returns: the message in the interface's language, or @msgid where it has
 *   no translation
 */
const char *
mg_i18n_gettext (const char *msgid)
{
  return mg_catalog_lookup (g_atomic_pointer_get (&current_catalog), NULL, msgid);
}

/**
 * mg_i18n_pgettext:
 * @context: what tells this message from others with the same English words
 * @msgid: an English message
 *
 * What `C_()` calls; for a message marked with `NC_()`.
 */
const char *
mg_i18n_pgettext (const char *context,
                  const char *msgid)
{
  return mg_catalog_lookup (g_atomic_pointer_get (&current_catalog), context, msgid);
}

/**
 * mg_i18n_ngettext:
 *
 * The form of a message for @n, in the interface's language.
 */
const char *
mg_i18n_ngettext (const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  return mg_catalog_lookup_plural (g_atomic_pointer_get (&current_catalog), msgid, msgid_plural, n);
}

static const char *
month_name (guint month)
{
  const char *names[] = {
    NC_("month name in a date", "January"), NC_("month name in a date", "February"),
    NC_("month name in a date", "March"), NC_("month name in a date", "April"),
    NC_("month name in a date", "May"), NC_("month name in a date", "June"),
    NC_("month name in a date", "July"), NC_("month name in a date", "August"),
    NC_("month name in a date", "September"), NC_("month name in a date", "October"),
    NC_("month name in a date", "November"), NC_("month name in a date", "December"),
  };

  g_assert (month >= 1 && month <= 12);
  return C_("month name in a date", names[month - 1]);
}

/**
 * mg_i18n_format_date:
 * @iso_date: a date as YYYY-MM-DD
 *
 * Formats a date for people in the current language, whatever locales the
 * system has generated. Returns %NULL for an invalid date.
 */
char *
mg_i18n_format_date (const char *iso_date)
{
  GDate date;

  g_return_val_if_fail (iso_date != NULL, NULL);

  if (!mg_date_parse_iso (iso_date, &date))
    return NULL;

  /* Translators: a date, as in “22 November 2026”: %1$u is the day, %2$s the
   * month’s name, %3$u the year. Reorder them as your language writes dates. */
  return g_strdup_printf (_("%1$u %2$s %3$u"), (guint) g_date_get_day (&date),
                          month_name (g_date_get_month (&date)), (guint) g_date_get_year (&date));
}

/**
 * mg_i18n_get_month_name:
 * @month: 1 to 12
 *
 * Returns: the month's name in the current language
 */
const char *
mg_i18n_get_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return month_name (month);
}

/**
 * mg_i18n_format_month:
 * @year: the year
 * @month: 1 to 12
 *
 * Returns: the month of the year, as in “September 2024”
 */
char *
mg_i18n_format_month (guint year,
                      guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  /* Translators: a month, as in “September 2024”: %1$s is the month’s name,
   * %2$u the year. Reorder them as your language writes them. */
  return g_strdup_printf (_("%1$s %2$u"), month_name (month), year);
}

/**
 * mg_i18n_format_count:
 *
 * Formats a whole number with the interface language’s separator between
 * groups of three digits, as in “5,000”.
 */
char *
mg_i18n_format_count (guint value)
{
  /* Translators: the separator between groups of three digits in a
   * number, as in “5,000”: a comma in English; a point, a no-break space
   * (U+00A0) or a thin no-break space (U+202F) as your language writes it */
  const char *separator = C_("digit group separator", ",");
  g_autofree char *digits = g_strdup_printf ("%u", value);
  GString *text = g_string_new (NULL);
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 == 0)
      g_string_append (text, separator);
    g_string_append_c (text, digits[i]);
  }

  return g_string_free (text, FALSE);
}

/**
 * mg_i18n_format_decimal:
 *
 * Formats a number with the interface language’s decimal separator, which
 * need not be the system locale’s when the person chose a language.
 */
char *
mg_i18n_format_decimal (double value,
                        int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *separator;

  g_return_val_if_fail (decimals >= 0 && decimals <= 3, NULL);

  g_ascii_formatd (buffer, sizeof buffer, decimals == 0 ? "%.0f" :
                   decimals == 1 ? "%.1f" : decimals == 2 ? "%.2f" : "%.3f", value);
  separator = strchr (buffer, '.');
  if (separator != NULL && !g_str_equal (mg_i18n_get_language (), "en"))
    *separator = ',';

  return g_strdup (buffer);
}
