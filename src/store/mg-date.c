/* mg-date.c: calendar dates as the app writes them, YYYY-MM-DD
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article's review dates and the food checklist's days are written
 * this one way. Reading them is strict: a date must read back exactly as
 * it was written, so that " 202-1-1" or "+2026-01-01" are refused rather
 * than taken for another day.
 */

#include "config.h"

#include <stdlib.h>

#include "mg-date.h"

/**
 * mg_date_parse_iso:
 * @text: (nullable): a date as YYYY-MM-DD
 * @date: (out caller-allocates) (optional): where to put it
 *
 * Returns: whether @text is a valid date written as YYYY-MM-DD
 */
gboolean
mg_date_parse_iso (const char *text,
                   GDate      *date)
{
  static const char pattern[] = "0000-00-00";
  guint year, month, day;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < sizeof pattern; i++) {
    if (pattern[i] == '\0' ? text[i] != '\0' :
        pattern[i] == '-' ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  }

  year = (guint) strtoul (text, NULL, 10);
  month = (guint) strtoul (text + 5, NULL, 10);
  day = (guint) strtoul (text + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (date != NULL) {
    g_date_clear (date, 1);
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  }

  return TRUE;
}

/**
 * mg_date_to_iso:
 *
 * Returns: @date written as YYYY-MM-DD
 */
char *
mg_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * mg_date_add_days:
 * @text: a date as YYYY-MM-DD
 * @days: how many days later, or earlier when negative
 *
 * Returns: the day @days after @text, as YYYY-MM-DD; %NULL when @text is
 * not a valid date
 */
char *
mg_date_add_days (const char *text,
                  int         days)
{
  GDate date;

  if (!mg_date_parse_iso (text, &date))
    return NULL;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return mg_date_to_iso (&date);
}
