/* mg-i18n.c: the locale and the language of the interface
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "mg-date.h"
#include "mg-i18n.h"

/* LANGUAGE as the system set it, so that “System default” can return to it. */
static char *system_language;
static gboolean system_language_set;

static gboolean
is_plain_c (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

/* The first of LC_ALL, LC_MESSAGES and LANG that is set, as gettext reads them. */
static const char *
messages_locale_from_environment (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
    const char *value = g_getenv (names[i]);

    if (value != NULL && *value != '\0')
      return value;
  }

  return NULL;
}

/**
 * mg_i18n_init:
 *
 * Sets up the locale and the message catalogue before anything is shown.
 *
 * gettext ignores LANGUAGE under the plain C locale, and a locale that the
 * system has not generated (LANG=sv_SE.UTF-8 on a minimal system) leaves the
 * C locale in force. In both cases the app falls back to C.UTF-8 and asks
 * gettext for the language the environment names, so it still speaks it.
 */
void
mg_i18n_init (void)
{
  const char *requested = messages_locale_from_environment ();
  const char *locale = setlocale (LC_ALL, "");
  const char *language = g_getenv ("LANGUAGE");
  const char *localedir = g_getenv ("MG_LOCALEDIR");

  if (locale == NULL && requested != NULL)
    g_message ("The locale “%s” is not installed on this system; texts follow it, "
               "number and date formats use the defaults", requested);

  if (is_plain_c (setlocale (LC_MESSAGES, NULL))) {
    if (setlocale (LC_ALL, "C.UTF-8") == NULL)
      g_warning ("The C.UTF-8 locale is missing: texts stay in English");
    if ((language == NULL || *language == '\0') && requested != NULL && !is_plain_c (requested))
      g_setenv ("LANGUAGE", requested, TRUE);
  }

  system_language = g_strdup (g_getenv ("LANGUAGE"));
  system_language_set = TRUE;

  /* MG_LOCALEDIR lets `meson devenv` and the tests use the build tree’s catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static const char * const supported_languages[] = { "en", "nl", "sv", "da", NULL };

/* Each language named in itself: these are never translated. */
static const char * const language_names[] = { "English", "Nederlands", "Svenska", "Dansk" };

/**
 * mg_i18n_get_languages:
 *
 * Returns: (transfer none): the codes of the languages the app speaks
 */
const char * const *
mg_i18n_get_languages (void)
{
  return supported_languages;
}

gboolean
mg_i18n_is_supported (const char *code)
{
  return code != NULL && g_strv_contains (supported_languages, code);
}

/**
 * mg_i18n_get_language_name:
 *
 * Returns: the language’s name in that language, or %NULL if unsupported
 */
const char *
mg_i18n_get_language_name (const char *code)
{
  for (guint i = 0; supported_languages[i] != NULL; i++)
    if (g_strcmp0 (code, supported_languages[i]) == 0)
      return language_names[i];

  return NULL;
}

/**
 * mg_i18n_set_language:
 * @code: a supported language code, or "" or %NULL for the system’s language
 *
 * Switches the language of every message looked up from now on, for this
 * process. The caller updates what is already on screen.
 *
 * Returns: %FALSE, changing nothing, if @code is not a supported language
 */
gboolean
mg_i18n_set_language (const char *code)
{
  g_return_val_if_fail (system_language_set, FALSE);

  if (code != NULL && *code != '\0' && !mg_i18n_is_supported (code))
    return FALSE;

  if (code != NULL && *code != '\0')
    g_setenv ("LANGUAGE", code, TRUE);
  else if (system_language != NULL)
    g_setenv ("LANGUAGE", system_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  /* Setting the text domain again, to what it is, makes gettext drop the
   * translations it has cached (the way the gettext manual documents), so
   * the next lookups use the new LANGUAGE. */
  textdomain (textdomain (NULL));

  return TRUE;
}

/**
 * mg_i18n_get_language:
 *
 * Returns: the language the interface speaks now: "en", "nl", "sv" or "da"
 */
const char *
mg_i18n_get_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++) {
    if (g_str_equal (names[i], "C"))
      break;
    for (guint j = 0; supported_languages[j] != NULL; j++) {
      if (g_str_equal (names[i], supported_languages[j]))
        return supported_languages[j];
    }
  }

  return "en";
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
  return g_dpgettext2 (NULL, "month name in a date", names[month - 1]);
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
