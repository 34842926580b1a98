/* mg-i18n.c: the locale and the language of the interface
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "mg-i18n.h"

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

  if (locale == NULL && requested != NULL)
    g_message ("The locale “%s” is not installed on this system; texts follow it, "
               "number and date formats use the defaults", requested);

  if (is_plain_c (setlocale (LC_MESSAGES, NULL))) {
    if (setlocale (LC_ALL, "C.UTF-8") == NULL)
      g_warning ("The C.UTF-8 locale is missing: texts stay in English");
    if (g_getenv ("LANGUAGE") == NULL && requested != NULL && !is_plain_c (requested))
      g_setenv ("LANGUAGE", requested, TRUE);
  }

  /* MG_LOCALEDIR lets `meson devenv` use the catalogues of the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MG_LOCALEDIR") ? g_getenv ("MG_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
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
  guint year, month, day;

  g_return_val_if_fail (iso_date != NULL, NULL);

  if (sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  /* Translators: a date, as in “22 November 2026”: %1$u is the day, %2$s the
   * month’s name, %3$u the year. Reorder them as your language writes dates. */
  return g_strdup_printf (_("%1$u %2$s %3$u"), day, month_name (month), year);
}
