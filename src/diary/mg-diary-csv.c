/* mg-diary-csv.c: the diary as a table for the doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-csv"

#include "config.h"

#include <string.h>

#include "mg-diary-csv.h"
#include "mg-diary-stats.h"

/* RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, its quotes doubled. Column names are
 * stable English, dates ISO 8601 and numbers written the C way whatever the
 * language, so that a spreadsheet or a script reads every export alike. */

#define EOL "\r\n"

static void
append_field (GString    *row,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL) {
    g_string_append (row, text);
    return;
  }

  g_string_append_c (row, '"');
  for (const char *c = text; *c != '\0'; c++) {
    if (*c == '"')
      g_string_append_c (row, '"');
    g_string_append_c (row, *c);
  }
  g_string_append_c (row, '"');
}

static void
append_score (GString *row,
              int      score)
{
  if (score != MG_DIARY_SCORE_UNSET)
    g_string_append_printf (row, "%d", score);
  g_string_append_c (row, ',');
}

static void
append_flag (GString            *row,
             const MgDiaryEntry *entry,
             MgDiarySideEffects  effect)
{
  g_string_append (row, (entry->side_effects & effect) != 0 ? "1," : "0,");
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const MgDiaryEntry *entry_a = *(const MgDiaryEntry * const *) a;
  const MgDiaryEntry *entry_b = *(const MgDiaryEntry * const *) b;

  return strcmp (entry_a->day, entry_b->day);
}

static void
append_entry (GString            *csv,
              const MgTrialPlan  *plan,
              const MgDiaryEntry *entry)
{
  static const char *const taken[] = { "", "no", "yes" };
  MgTrialDay place;

  mg_trial_plan_get_day (plan, entry->day, &place);
  g_string_append_printf (csv, "%s,%s,", entry->day,
                          place.paused ? "paused" : mg_trial_phase_to_key (place.phase));
  if (place.plan_week > 0)
    g_string_append_printf (csv, "%u", place.plan_week);
  g_string_append_c (csv, ',');
  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    append_score (csv, entry->scores[s]);
  g_string_append_printf (csv, "%s,", taken[entry->taken]);
  if (entry->mg > 0)
    g_string_append_printf (csv, "%u", entry->mg);
  g_string_append_c (csv, ',');
  append_flag (csv, entry, MG_DIARY_SIDE_EFFECT_DIARRHOEA);
  append_flag (csv, entry, MG_DIARY_SIDE_EFFECT_NAUSEA);
  append_flag (csv, entry, MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS);
  append_field (csv, entry->note);
  g_string_append (csv, EOL);
}

/**
 * mg_diary_to_csv:
 * @plan: the trial plan, to name each day's phase and week
 * @entries: (element-type MgDiaryEntry): the diary, in any order
 *
 * Returns: (transfer full): one row per day recorded, the oldest first,
 * after a header row
 */
char *
mg_diary_to_csv (const MgTrialPlan *plan,
                 GPtrArray         *entries)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GString *csv = g_string_new ("date,phase,plan_week,restless_legs,sleep,back_pain,"
                               "magnesium_taken,magnesium_mg,diarrhoea,nausea,stomach_cramps,note"
                               EOL);

  g_return_val_if_fail (plan != NULL && entries != NULL, g_string_free (csv, FALSE));

  /* A copy of the array alone: the entries stay the caller's. */
  sorted = g_ptr_array_sized_new (entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (entries, i));
  g_ptr_array_sort (sorted, compare_entries);
  for (guint i = 0; i < sorted->len; i++)
    append_entry (csv, plan, g_ptr_array_index (sorted, i));

  return g_string_free (csv, FALSE);
}

static void
append_median (GString             *csv,
               const MgDiaryMedian *median)
{
  g_string_append_c (csv, ',');
  if (median->days > 0) {
    char number[G_ASCII_DTOSTR_BUF_SIZE];

    g_string_append (csv, g_ascii_formatd (number, sizeof number, "%.1f", median->median));
  }
}

/**
 * mg_diary_weeks_to_csv:
 *
 * Returns: (transfer full): the weekly table of mg_diary_dup_weeks(): one
 * row per week of the plan, the medians with one decimal
 */
char *
mg_diary_weeks_to_csv (const MgTrialPlan *plan,
                       GPtrArray         *entries)
{
  g_autoptr(GArray) weeks = NULL;
  GString *csv = g_string_new ("plan_week,phase,week_in_phase,days_recorded,"
                               "restless_legs_median,sleep_median,back_pain_median" EOL);

  g_return_val_if_fail (plan != NULL && entries != NULL, g_string_free (csv, FALSE));

  weeks = mg_diary_dup_weeks (plan, entries);
  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryWeek *week = &g_array_index (weeks, MgDiaryWeek, w);

    g_string_append_printf (csv, "%u,%s,%u,%u", week->week, mg_trial_phase_to_key (week->phase),
                            week->week_in_phase, week->days_recorded);
    for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
      append_median (csv, &week->medians[s]);
    g_string_append (csv, EOL);
  }

  return g_string_free (csv, FALSE);
}
