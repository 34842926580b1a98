/* test-diary-stats.c: medians, the person's own ups and downs and the
 * verdict, on made-up diaries whose answers are known; and the exports
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "mg-date.h"
#include "mg-diary-csv.h"
#include "mg-diary-stats.h"

#define START "2026-01-01"
#define LEGS MG_DIARY_SYMPTOM_RESTLESS_LEGS

/* Restless legs scores from the plan's first day on, one a day; -1 for a
 * day with no entry, -2 for a day with an entry but no score. */
static GPtrArray *
diary (const int *scores,
       guint      n)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_diary_entry_free);

  for (guint i = 0; i < n; i++) {
    g_autofree char *day = mg_date_add_days (START, (int) i);
    MgDiaryEntry *entry;

    if (scores[i] == -1)
      continue;
    entry = mg_diary_entry_new (day);
    if (scores[i] >= 0)
      mg_diary_entry_set_score (entry, LEGS, scores[i]);
    else
      mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 5);
    g_ptr_array_add (entries, entry);
  }

  return entries;
}

/* 14 baseline scores, then @early for magnesium weeks 1-4 and @late for
 * weeks 5-8, each day. */
static GPtrArray *
trial_diary (const int *baseline,
             int        early,
             int        late,
             guint      late_days)
{
  int scores[MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS];

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++) {
    if (i < MG_TRIAL_BASELINE_DAYS)
      scores[i] = baseline[i];
    else if (i < MG_TRIAL_BASELINE_DAYS + 28)
      scores[i] = early;
    else
      scores[i] = i < MG_TRIAL_BASELINE_DAYS + 28 + late_days ? late : -1;
  }

  return diary (scores, G_N_ELEMENTS (scores));
}

static MgTrialPlan *
plan_from_start (void)
{
  MgTrialPlan *plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, START, TRUE));
  return plan;
}

/* Sorted: 5 5 5 6 6 6 6 | 6 6 7 7 7 8 8: median 6, hinges 6 and 7. */
static const int usual[MG_TRIAL_BASELINE_DAYS] = { 6, 7, 5, 6, 8, 6, 7, 5, 6, 7, 6, 5, 8, 6 };

static void
test_median (void)
{
  const int odd[] = { 3, 1, 2 };
  const int even[] = { 4, 1, 3, 2 };
  const int one[] = { 7 };
  const int same[] = { 5, 5, 5, 5 };

  g_assert_cmpfloat (mg_diary_median (odd, 3), ==, 2);
  g_assert_cmpfloat (mg_diary_median (even, 4), ==, 2.5);
  g_assert_cmpfloat (mg_diary_median (one, 1), ==, 7);
  g_assert_cmpfloat (mg_diary_median (same, 4), ==, 5);
  g_assert_true (isnan (mg_diary_median (NULL, 0)));
  /* The input is left as it was. */
  g_assert_cmpint (odd[0], ==, 3);
}

static void
test_hinges (void)
{
  const int five[] = { 5, 1, 4, 2, 3 };
  const int four[] = { 4, 1, 3, 2 };
  const int one[] = { 7 };
  double low, high;

  mg_diary_hinges (five, 5, &low, &high);
  g_assert_cmpfloat (low, ==, 2);
  g_assert_cmpfloat (high, ==, 4);
  mg_diary_hinges (four, 4, &low, &high);
  g_assert_cmpfloat (low, ==, 1.5);
  g_assert_cmpfloat (high, ==, 3.5);
  mg_diary_hinges (one, 1, &low, &high);
  g_assert_cmpfloat (low, ==, 7);
  g_assert_cmpfloat (high, ==, 7);
  mg_diary_hinges (usual, MG_TRIAL_BASELINE_DAYS, &low, &high);
  g_assert_cmpfloat (low, ==, 6);
  g_assert_cmpfloat (high, ==, 7);
  mg_diary_hinges (NULL, 0, &low, &high);
  g_assert_true (isnan (low) && isnan (high));
}

static void
assert_verdict (GPtrArray      *entries,
                MgDiaryVerdict  verdict)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  MgDiaryComparison comparison;

  mg_diary_compare (plan, entries, LEGS, &comparison);
  g_assert_cmpint (comparison.verdict, ==, verdict);
}

static void
test_lower (void)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  g_autoptr(GPtrArray) entries = trial_diary (usual, 6, 4, 28);
  MgDiaryComparison comparison;

  mg_diary_compare (plan, entries, LEGS, &comparison);
  g_assert_cmpuint (comparison.baseline.days, ==, 14);
  g_assert_cmpfloat (comparison.baseline.median, ==, 6);
  g_assert_cmpfloat (comparison.usual_low, ==, 6);
  g_assert_cmpfloat (comparison.usual_high, ==, 7);
  g_assert_cmpuint (comparison.late.days, ==, 28);
  g_assert_cmpfloat (comparison.late.median, ==, 4);
  g_assert_cmpuint (comparison.magnesium.days, ==, 56);
  g_assert_cmpfloat (comparison.magnesium.median, ==, 5);
  g_assert_cmpuint (comparison.washout.days, ==, 0);
  g_assert_true (isnan (comparison.washout.median));
  g_assert_cmpint (comparison.verdict, ==, MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION);
}

static void
test_within_and_higher (void)
{
  g_autoptr(GPtrArray) within = trial_diary (usual, 4, 6, 28);
  g_autoptr(GPtrArray) top = trial_diary (usual, 4, 7, 28);
  g_autoptr(GPtrArray) higher = trial_diary (usual, 4, 8, 28);

  assert_verdict (within, MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS);
  /* The band's edges are inside it. */
  assert_verdict (top, MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS);
  assert_verdict (higher, MG_DIARY_VERDICT_HIGHER_THAN_USUAL_VARIATION);
}

/* At least 10 of 14 baseline days and 20 of 28 late days. */
static void
test_too_few_days (void)
{
  int nine[MG_TRIAL_BASELINE_DAYS], ten[MG_TRIAL_BASELINE_DAYS];
  g_autoptr(GPtrArray) baseline_short = NULL;
  g_autoptr(GPtrArray) baseline_enough = NULL;
  g_autoptr(GPtrArray) late_short = trial_diary (usual, 6, 2, 19);
  g_autoptr(GPtrArray) late_enough = trial_diary (usual, 6, 2, 20);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  MgDiaryComparison comparison;

  for (guint i = 0; i < MG_TRIAL_BASELINE_DAYS; i++) {
    /* Days without an entry and days with only another score both miss. */
    nine[i] = i < 9 ? usual[i] : (i % 2 == 0 ? -1 : -2);
    ten[i] = i < 10 ? usual[i] : -1;
  }
  baseline_short = trial_diary (nine, 6, 2, 28);
  baseline_enough = trial_diary (ten, 6, 2, 28);

  assert_verdict (baseline_short, MG_DIARY_VERDICT_TOO_FEW_DAYS);
  assert_verdict (baseline_enough, MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION);
  assert_verdict (late_short, MG_DIARY_VERDICT_TOO_FEW_DAYS);
  assert_verdict (late_enough, MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION);

  mg_diary_compare (plan, baseline_short, LEGS, &comparison);
  g_assert_cmpuint (comparison.baseline.days, ==, 9);
  g_assert_true (isnan (comparison.usual_low) && isnan (comparison.usual_high));

  mg_diary_compare (plan, empty, LEGS, &comparison);
  g_assert_cmpint (comparison.verdict, ==, MG_DIARY_VERDICT_TOO_FEW_DAYS);
  g_assert_cmpuint (comparison.baseline.days, ==, 0);
  g_assert_true (isnan (comparison.baseline.median));
}

/* No ups and downs at all: any change is beyond them, none is within. */
static void
test_all_equal (void)
{
  int fives[MG_TRIAL_BASELINE_DAYS];
  g_autoptr(GPtrArray) same = NULL;
  g_autoptr(GPtrArray) less = NULL;

  for (guint i = 0; i < MG_TRIAL_BASELINE_DAYS; i++)
    fives[i] = 5;
  same = trial_diary (fives, 5, 5, 28);
  less = trial_diary (fives, 5, 4, 28);

  assert_verdict (same, MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS);
  assert_verdict (less, MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION);
}

/* Paused days, days before the start and after a stop do not count. */
static void
test_days_outside_plan (void)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  g_autoptr(GPtrArray) entries = trial_diary (usual, 6, 4, 28);
  g_autoptr(GArray) scores = NULL;
  MgDiaryEntry *before = mg_diary_entry_new ("2025-12-31");
  MgDiaryComparison comparison;

  mg_diary_entry_set_score (before, LEGS, 0);
  g_ptr_array_add (entries, before);
  /* Days 3 to 5 of the baseline, scored 5, 6 and 8, are paused. */
  g_assert_true (mg_trial_plan_pause (plan, "2026-01-03"));
  g_assert_true (mg_trial_plan_resume (plan, "2026-01-06"));

  scores = mg_diary_dup_scores (plan, entries, LEGS);
  g_assert_cmpstr (g_array_index (scores, MgDiaryScore, 0).day, ==, "2026-01-01");
  g_assert_cmpstr (g_array_index (scores, MgDiaryScore, 2).day, ==, "2026-01-06");
  g_assert_cmpuint (g_array_index (scores, MgDiaryScore, 2).plan_day, ==, 3);

  /* Baseline now: days 1-2 and 6-17 of the diary, whose scores 12 to 14
   * are the magnesium phase's first, 6 each: 5 5 6 6 6 6 6 | 6 6 6 7 7 7 8. */
  mg_diary_compare (plan, entries, LEGS, &comparison);
  g_assert_cmpuint (comparison.baseline.days, ==, 14);
  g_assert_cmpfloat (comparison.baseline.median, ==, 6);
  g_assert_cmpfloat (comparison.usual_low, ==, 6);
  g_assert_cmpfloat (comparison.usual_high, ==, 7);
  /* Everything moved three days: the diary's last day is plan day 67. */
  g_assert_cmpuint (comparison.late.days, ==, 25);
  g_assert_cmpuint (comparison.magnesium.days, ==, 53);

  g_assert_true (mg_trial_plan_stop (plan, "2026-02-01"));
  mg_diary_compare (plan, entries, LEGS, &comparison);
  g_assert_cmpuint (comparison.late.days, ==, 0);
  g_assert_cmpint (comparison.verdict, ==, MG_DIARY_VERDICT_TOO_FEW_DAYS);
}

static void
test_weeks (void)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  g_autoptr(GPtrArray) entries = trial_diary (usual, 6, 4, 20);
  g_autoptr(GArray) weeks = NULL;
  const MgDiaryWeek *week;

  weeks = mg_diary_dup_weeks (plan, entries);
  g_assert_cmpuint (weeks->len, ==, 12);

  /* Week 1: 6 7 5 6 8 6 7, median 6; week 2: 5 6 7 6 5 8 6, median 6. */
  week = &g_array_index (weeks, MgDiaryWeek, 0);
  g_assert_cmpuint (week->week, ==, 1);
  g_assert_cmpint (week->phase, ==, MG_TRIAL_PHASE_BASELINE);
  g_assert_cmpuint (week->week_in_phase, ==, 1);
  g_assert_cmpuint (week->days_recorded, ==, 7);
  g_assert_cmpfloat (week->medians[LEGS].median, ==, 6);
  g_assert_cmpuint (week->medians[MG_DIARY_SYMPTOM_SLEEP].days, ==, 0);

  week = &g_array_index (weeks, MgDiaryWeek, 6);
  g_assert_cmpint (week->phase, ==, MG_TRIAL_PHASE_MAGNESIUM);
  g_assert_cmpuint (week->week_in_phase, ==, 5);
  g_assert_cmpfloat (week->medians[LEGS].median, ==, 4);

  /* 20 late days: weeks 5 and 6 whole, week 7 six days, week 8 none. */
  g_assert_cmpuint (g_array_index (weeks, MgDiaryWeek, 8).days_recorded, ==, 6);
  week = &g_array_index (weeks, MgDiaryWeek, 9);
  g_assert_cmpuint (week->days_recorded, ==, 0);
  g_assert_true (isnan (week->medians[LEGS].median));

  week = &g_array_index (weeks, MgDiaryWeek, 11);
  g_assert_cmpint (week->phase, ==, MG_TRIAL_PHASE_WASHOUT);
  g_assert_cmpuint (week->week_in_phase, ==, 2);

  mg_trial_plan_set_washout (plan, FALSE);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = mg_diary_dup_weeks (plan, entries);
  g_assert_cmpuint (weeks->len, ==, 10);
}

static void
test_phase_counts (void)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  g_autoptr(GPtrArray) entries = trial_diary (usual, 6, 4, 28);
  MgDiaryPhaseCounts counts;

  for (guint i = 14; i < entries->len; i++) {
    MgDiaryEntry *entry = g_ptr_array_index (entries, i);

    mg_diary_entry_set_magnesium (entry, i % 7 == 0 ? MG_DIARY_TAKEN_NO : MG_DIARY_TAKEN_YES, 300);
    mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_DIARRHOEA, i < 17);
    mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS, i == 20);
  }
  mg_diary_entry_set_side_effect (g_ptr_array_index (entries, 2), MG_DIARY_SIDE_EFFECT_NAUSEA, TRUE);

  mg_diary_count_phase (plan, entries, MG_TRIAL_PHASE_BASELINE, &counts);
  g_assert_cmpuint (counts.days_recorded, ==, 14);
  g_assert_cmpuint (counts.days_taken, ==, 0);
  g_assert_cmpuint (counts.nausea, ==, 1);
  g_assert_cmpuint (counts.diarrhoea, ==, 0);

  mg_diary_count_phase (plan, entries, MG_TRIAL_PHASE_MAGNESIUM, &counts);
  g_assert_cmpuint (counts.days_recorded, ==, 56);
  g_assert_cmpuint (counts.days_taken, ==, 48);
  g_assert_cmpuint (counts.diarrhoea, ==, 3);
  g_assert_cmpuint (counts.nausea, ==, 0);
  g_assert_cmpuint (counts.stomach_cramps, ==, 1);
}

static void
test_csv (void)
{
  g_autoptr(MgTrialPlan) plan = plan_from_start ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_diary_entry_free);
  MgDiaryEntry *entry;
  g_autofree char *csv = NULL;

  entry = mg_diary_entry_new ("2026-01-16");
  mg_diary_entry_set_score (entry, LEGS, 4);
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 0);
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES, 250);
  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS, TRUE);
  g_assert_true (mg_diary_entry_set_note (entry, "walked, then \"tired\"", NULL));
  g_ptr_array_add (entries, entry);
  entry = mg_diary_entry_new ("2025-12-30");
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, 10);
  g_ptr_array_add (entries, entry);
  entry = mg_diary_entry_new ("2026-01-02");
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_NO, 0);
  g_assert_true (mg_diary_entry_set_note (entry, "r\xc3\xb8\x67 sauna", NULL));
  g_ptr_array_add (entries, entry);

  csv = mg_diary_to_csv (plan, entries);
  g_assert_cmpstr (csv, ==,
                   "date,phase,plan_week,restless_legs,sleep,back_pain,magnesium_taken,"
                   "magnesium_mg,diarrhoea,nausea,stomach_cramps,note\r\n"
                   "2025-12-30,,,,,10,,,0,0,0,\r\n"
                   "2026-01-02,baseline,1,,,,no,,0,0,0,r\xc3\xb8g sauna\r\n"
                   "2026-01-16,magnesium,3,4,0,,yes,250,0,0,1,\"walked, then \"\"tired\"\"\"\r\n");

  g_assert_true (mg_trial_plan_pause (plan, "2026-01-16"));
  g_clear_pointer (&csv, g_free);
  csv = mg_diary_to_csv (plan, entries);
  g_assert_nonnull (strstr (csv, "\r\n2026-01-16,paused,3,4,"));
}

/* Medians with one decimal and a point, whatever the language. */
static void
test_weeks_csv (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  const int scores[] = { 3, 4, -2, -1, 5, 6, 2, 7 };
  g_autoptr(GPtrArray) entries = diary (scores, G_N_ELEMENTS (scores));
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  csv = mg_diary_weeks_to_csv (plan, entries);
  g_assert_cmpstr (csv, ==, "plan_week,phase,week_in_phase,days_recorded,"
                            "restless_legs_median,sleep_median,back_pain_median\r\n");

  g_assert_true (mg_trial_plan_start (plan, START, FALSE));
  g_clear_pointer (&csv, g_free);
  csv = mg_diary_weeks_to_csv (plan, entries);
  rows = g_strsplit (csv, "\r\n", 0);
  g_assert_cmpuint (g_strv_length (rows), ==, 12);
  /* Week 1: 3 4 5 6 2, median 4; sleep 5 on one day. */
  g_assert_cmpstr (rows[1], ==, "1,baseline,1,6,4.0,5.0,");
  g_assert_cmpstr (rows[2], ==, "2,baseline,2,1,7.0,,");
  g_assert_cmpstr (rows[3], ==, "3,magnesium,1,0,,,");
  g_assert_cmpstr (rows[10], ==, "10,magnesium,8,0,,,");
  g_assert_cmpstr (rows[11], ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-stats/median", test_median);
  g_test_add_func ("/diary-stats/hinges", test_hinges);
  g_test_add_func ("/diary-stats/lower", test_lower);
  g_test_add_func ("/diary-stats/within-and-higher", test_within_and_higher);
  g_test_add_func ("/diary-stats/too-few-days", test_too_few_days);
  g_test_add_func ("/diary-stats/all-equal", test_all_equal);
  g_test_add_func ("/diary-stats/days-outside-plan", test_days_outside_plan);
  g_test_add_func ("/diary-stats/weeks", test_weeks);
  g_test_add_func ("/diary-stats/phase-counts", test_phase_counts);
  g_test_add_func ("/diary-stats/csv", test_csv);
  g_test_add_func ("/diary-stats/weeks-csv", test_weeks_csv);

  return g_test_run ();
}
