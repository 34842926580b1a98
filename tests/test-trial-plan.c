/* test-trial-plan.c: the phases of a personal trial, its pauses and stop
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-trial-plan.h"

static void
assert_day (const MgTrialPlan *plan,
            const char        *day,
            MgTrialPhase       phase,
            guint              day_in_phase,
            guint              days_left,
            gboolean           paused)
{
  MgTrialDay place;

  g_test_message ("%s", day);
  mg_trial_plan_get_day (plan, day, &place);
  g_assert_cmpint (place.phase, ==, phase);
  g_assert_cmpuint (place.day_in_phase, ==, day_in_phase);
  g_assert_cmpuint (place.days_left, ==, days_left);
  g_assert_cmpint (place.paused, ==, paused);
}

static void
assert_phase_days (const MgTrialPlan *plan,
                   MgTrialPhase       phase,
                   const char        *first,
                   const char        *last)
{
  g_autofree char *first_day = mg_trial_plan_dup_phase_first_day (plan, phase);
  g_autofree char *last_day = mg_trial_plan_dup_phase_last_day (plan, phase);

  g_assert_cmpstr (first_day, ==, first);
  g_assert_cmpstr (last_day, ==, last);
}

static void
test_not_started (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  MgTrialDay place;

  g_assert_false (mg_trial_plan_is_started (plan));
  mg_trial_plan_get_day (plan, "2026-01-01", &place);
  g_assert_cmpint (place.phase, ==, MG_TRIAL_PHASE_NONE);
  g_assert_cmpuint (place.plan_day, ==, 0);
  g_assert_false (mg_trial_plan_pause (plan, "2026-01-01"));
  g_assert_false (mg_trial_plan_stop (plan, "2026-01-01"));
  g_assert_null (mg_trial_plan_dup_phase_first_day (plan, MG_TRIAL_PHASE_BASELINE));
  g_assert_false (mg_trial_plan_start (plan, "2026-02-30", FALSE));
  g_assert_false (mg_trial_plan_is_started (plan));
}

/* 14 days without, 56 with, then 14 without again; days left count today. */
static void
test_phases (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  MgTrialDay place;

  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", TRUE));
  assert_day (plan, "2025-12-31", MG_TRIAL_PHASE_NONE, 0, 0, FALSE);
  assert_day (plan, "2026-01-01", MG_TRIAL_PHASE_BASELINE, 1, 14, FALSE);
  assert_day (plan, "2026-01-14", MG_TRIAL_PHASE_BASELINE, 14, 1, FALSE);
  assert_day (plan, "2026-01-15", MG_TRIAL_PHASE_MAGNESIUM, 1, 56, FALSE);
  assert_day (plan, "2026-03-11", MG_TRIAL_PHASE_MAGNESIUM, 56, 1, FALSE);
  assert_day (plan, "2026-03-12", MG_TRIAL_PHASE_WASHOUT, 1, 14, FALSE);
  assert_day (plan, "2026-03-25", MG_TRIAL_PHASE_WASHOUT, 14, 1, FALSE);
  assert_day (plan, "2026-03-26", MG_TRIAL_PHASE_DONE, 0, 0, FALSE);
  assert_day (plan, "2031-01-01", MG_TRIAL_PHASE_DONE, 0, 0, FALSE);

  /* Magnesium week 5 begins on day 29 of the phase, plan week 7. */
  mg_trial_plan_get_day (plan, "2026-02-12", &place);
  g_assert_cmpuint (place.day_in_phase, ==, 29);
  g_assert_cmpuint (place.week_in_phase, ==, 5);
  g_assert_cmpuint (place.plan_week, ==, 7);
  g_assert_cmpuint (place.plan_day, ==, 43);
  g_assert_cmpuint (place.phase_days, ==, 56);

  assert_phase_days (plan, MG_TRIAL_PHASE_BASELINE, "2026-01-01", "2026-01-14");
  assert_phase_days (plan, MG_TRIAL_PHASE_MAGNESIUM, "2026-01-15", "2026-03-11");
  assert_phase_days (plan, MG_TRIAL_PHASE_WASHOUT, "2026-03-12", "2026-03-25");
}

static void
test_without_washout (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", FALSE));
  g_assert_false (mg_trial_plan_get_washout (plan));
  assert_day (plan, "2026-03-11", MG_TRIAL_PHASE_MAGNESIUM, 56, 1, FALSE);
  assert_day (plan, "2026-03-12", MG_TRIAL_PHASE_DONE, 0, 0, FALSE);
  assert_phase_days (plan, MG_TRIAL_PHASE_WASHOUT, NULL, NULL);

  /* Chosen later, once the magnesium weeks are over. */
  mg_trial_plan_set_washout (plan, TRUE);
  assert_day (plan, "2026-03-12", MG_TRIAL_PHASE_WASHOUT, 1, 14, FALSE);
}

/* Paused days do not count: the phase's end moves by as many days. */
static void
test_pause (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", FALSE));
  g_assert_false (mg_trial_plan_resume (plan, "2026-01-05"));
  g_assert_false (mg_trial_plan_pause (plan, "2025-12-31"));
  g_assert_true (mg_trial_plan_pause (plan, "2026-01-10"));
  g_assert_true (mg_trial_plan_is_paused (plan));
  g_assert_false (mg_trial_plan_pause (plan, "2026-01-11"));

  /* While paused the end is not known, and the days stand still. */
  assert_phase_days (plan, MG_TRIAL_PHASE_BASELINE, "2026-01-01", NULL);
  assert_day (plan, "2026-01-09", MG_TRIAL_PHASE_BASELINE, 9, 6, FALSE);
  assert_day (plan, "2026-01-10", MG_TRIAL_PHASE_BASELINE, 10, 5, TRUE);
  assert_day (plan, "2026-02-20", MG_TRIAL_PHASE_BASELINE, 10, 5, TRUE);

  g_assert_false (mg_trial_plan_resume (plan, "2026-01-09"));
  g_assert_true (mg_trial_plan_resume (plan, "2026-01-13"));
  g_assert_false (mg_trial_plan_is_paused (plan));
  assert_day (plan, "2026-01-12", MG_TRIAL_PHASE_BASELINE, 10, 5, TRUE);
  assert_day (plan, "2026-01-13", MG_TRIAL_PHASE_BASELINE, 10, 5, FALSE);
  assert_day (plan, "2026-01-17", MG_TRIAL_PHASE_BASELINE, 14, 1, FALSE);
  assert_day (plan, "2026-01-18", MG_TRIAL_PHASE_MAGNESIUM, 1, 56, FALSE);
  assert_phase_days (plan, MG_TRIAL_PHASE_BASELINE, "2026-01-01", "2026-01-17");
  assert_phase_days (plan, MG_TRIAL_PHASE_MAGNESIUM, "2026-01-18", "2026-03-14");

  /* A second pause, inside the magnesium weeks. */
  g_assert_false (mg_trial_plan_pause (plan, "2026-01-12"));
  g_assert_true (mg_trial_plan_pause (plan, "2026-02-01"));
  g_assert_true (mg_trial_plan_resume (plan, "2026-02-08"));
  assert_phase_days (plan, MG_TRIAL_PHASE_MAGNESIUM, "2026-01-18", "2026-03-21");
  assert_day (plan, "2026-03-22", MG_TRIAL_PHASE_DONE, 0, 0, FALSE);

  /* A resume on the day of the pause takes the pause back. */
  g_assert_true (mg_trial_plan_pause (plan, "2026-02-10"));
  g_assert_true (mg_trial_plan_resume (plan, "2026-02-10"));
  assert_day (plan, "2026-02-10", MG_TRIAL_PHASE_MAGNESIUM, 17, 40, FALSE);
}

/* A stop ends the plan on its day; the days before keep their phases. */
static void
test_stop (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", TRUE));
  g_assert_false (mg_trial_plan_stop (plan, "2025-12-01"));
  g_assert_true (mg_trial_plan_stop (plan, "2026-01-20"));
  g_assert_true (mg_trial_plan_is_stopped (plan));
  assert_day (plan, "2026-01-19", MG_TRIAL_PHASE_MAGNESIUM, 5, 52, FALSE);
  assert_day (plan, "2026-01-20", MG_TRIAL_PHASE_STOPPED, 0, 0, FALSE);
  g_assert_false (mg_trial_plan_stop (plan, "2026-01-21"));
  g_assert_false (mg_trial_plan_pause (plan, "2026-01-22"));

  /* Starting again forgets the stop. */
  g_assert_true (mg_trial_plan_start (plan, "2026-02-01", FALSE));
  g_assert_false (mg_trial_plan_is_stopped (plan));
  assert_day (plan, "2026-01-20", MG_TRIAL_PHASE_NONE, 0, 0, FALSE);
  assert_day (plan, "2026-02-01", MG_TRIAL_PHASE_BASELINE, 1, 14, FALSE);
}

/* A stop during a pause ends the pause there. */
static void
test_stop_while_paused (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", FALSE));
  g_assert_true (mg_trial_plan_pause (plan, "2026-01-05"));
  g_assert_false (mg_trial_plan_stop (plan, "2026-01-04"));
  g_assert_true (mg_trial_plan_stop (plan, "2026-01-08"));
  g_assert_false (mg_trial_plan_is_paused (plan));
  assert_day (plan, "2026-01-07", MG_TRIAL_PHASE_BASELINE, 5, 10, TRUE);
  assert_day (plan, "2026-01-08", MG_TRIAL_PHASE_STOPPED, 0, 0, FALSE);
}

/* A plan started on a past day: the days since are placed as if it had
 * been started then. */
static void
test_start_in_past (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  g_autofree char *start = NULL;

  g_assert_true (mg_trial_plan_start (plan, "2024-02-20", FALSE));
  start = mg_trial_plan_dup_start (plan);
  g_assert_cmpstr (start, ==, "2024-02-20");
  /* Over a leap day. */
  assert_day (plan, "2024-03-04", MG_TRIAL_PHASE_BASELINE, 14, 1, FALSE);
  assert_day (plan, "2024-03-05", MG_TRIAL_PHASE_MAGNESIUM, 1, 56, FALSE);
  assert_day (plan, "2026-11-22", MG_TRIAL_PHASE_DONE, 0, 0, FALSE);
}

static void
assert_round_trip (const MgTrialPlan *plan)
{
  const char *values[MG_TRIAL_PLAN_N_KEYS];
  char *owned[MG_TRIAL_PLAN_N_KEYS];
  g_autoptr(MgTrialPlan) read_back = NULL;

  for (guint k = 0; k < MG_TRIAL_PLAN_N_KEYS; k++)
    values[k] = owned[k] = mg_trial_plan_dup_value (plan, k);
  read_back = mg_trial_plan_new_from_values (values);
  g_assert_nonnull (read_back);
  g_assert_true (mg_trial_plan_equal (plan, read_back));
  for (guint k = 0; k < MG_TRIAL_PLAN_N_KEYS; k++)
    g_free (owned[k]);
}

static void
test_values (void)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  g_autofree char *pauses = NULL;
  const char *damaged[][MG_TRIAL_PLAN_N_KEYS] = {
    { "2026-13-01", NULL, NULL, NULL },
    { "2026-01-01", "yes", NULL, NULL },
    { "2026-01-01", "true", "2026-01-05", NULL },
    { "2026-01-01", "true", "2025-01-05/2025-01-07", NULL },
    { "2026-01-01", "true", "2026-01-05/2026-01-05", NULL },
    { "2026-01-01", "true", "2026-01-05/;2026-01-09/", NULL },
    { "2026-01-01", "true", "2026-01-09/2026-01-10;2026-01-05/2026-01-06", NULL },
    { "2026-01-01", "true", NULL, "2025-12-31" },
  };

  assert_round_trip (plan);
  g_assert_true (mg_trial_plan_start (plan, "2026-01-01", TRUE));
  assert_round_trip (plan);
  g_assert_true (mg_trial_plan_pause (plan, "2026-01-05"));
  g_assert_true (mg_trial_plan_resume (plan, "2026-01-07"));
  g_assert_true (mg_trial_plan_pause (plan, "2026-02-01"));
  pauses = mg_trial_plan_dup_value (plan, 2);
  g_assert_cmpstr (pauses, ==, "2026-01-05/2026-01-07;2026-02-01/");
  assert_round_trip (plan);
  g_assert_true (mg_trial_plan_stop (plan, "2026-02-01"));
  assert_round_trip (plan);

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++) {
    g_test_message ("damaged %u", i);
    g_assert_null (mg_trial_plan_new_from_values (damaged[i]));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trial-plan/not-started", test_not_started);
  g_test_add_func ("/trial-plan/phases", test_phases);
  g_test_add_func ("/trial-plan/without-washout", test_without_washout);
  g_test_add_func ("/trial-plan/pause", test_pause);
  g_test_add_func ("/trial-plan/stop", test_stop);
  g_test_add_func ("/trial-plan/stop-while-paused", test_stop_while_paused);
  g_test_add_func ("/trial-plan/start-in-past", test_start_in_past);
  g_test_add_func ("/trial-plan/values", test_values);

  return g_test_run ();
}
