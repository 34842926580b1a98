/* mg-trial-plan.c: a personal trial of magnesium, phase by phase
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-trial-plan"

#include "config.h"

#include <string.h>

#include "mg-date.h"
#include "mg-trial-plan.h"

/* How the plan counts.
 *
 * The plan is a start day and the pauses since. A pause runs from the day it
 * was asked for up to the day before the plan was resumed; paused days do not
 * count toward any phase, so every phase keeps its full length and its end
 * moves later by the days paused. A day's place in the plan is therefore a
 * pure function of the start, the pauses, the stop and the optional washout:
 * its count of non-paused days since the start. A stop ends the plan on its
 * day; the days before it keep their phases, so that what was recorded can
 * still be read against them. Days are Julian day numbers inside. */

typedef struct {
  guint32 from;  /* the first paused day */
  guint32 to;    /* the day the plan went on again; 0 while paused */
} Pause;

struct _MgTrialPlan {
  guint32   start;    /* 0: not started */
  guint32   stopped;  /* 0: not stopped */
  gboolean  washout;
  GArray   *pauses;   /* of Pause, oldest first, none overlapping */
};

const char *const mg_trial_plan_keys[MG_TRIAL_PLAN_N_KEYS] = {
  "Start", "Washout", "Pauses", "Stopped",
};

G_DEFINE_BOXED_TYPE (MgTrialPlan, mg_trial_plan, mg_trial_plan_copy, mg_trial_plan_free)

G_DEFINE_ENUM_TYPE (MgTrialPhase, mg_trial_phase,
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_BASELINE, "baseline"),
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_MAGNESIUM, "magnesium"),
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_WASHOUT, "washout"),
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (MG_TRIAL_PHASE_STOPPED, "stopped"))

/* The stable English names of the CSV export. */
const char *
mg_trial_phase_to_key (MgTrialPhase phase)
{
  static const char *const keys[] = { "", "baseline", "magnesium", "washout", "done", "stopped" };

  g_return_val_if_fail (phase <= MG_TRIAL_PHASE_STOPPED, "");

  return keys[phase];
}

static guint32
julian_from_iso (const char *day)
{
  GDate date;

  if (!mg_date_parse_iso (day, &date))
    return 0;

  return g_date_get_julian (&date);
}

static char *
iso_from_julian (guint32 julian)
{
  GDate date;

  if (julian == 0 || !g_date_valid_julian (julian))
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return mg_date_to_iso (&date);
}

MgTrialPlan *
mg_trial_plan_new (void)
{
  MgTrialPlan *plan = g_new0 (MgTrialPlan, 1);

  plan->pauses = g_array_new (FALSE, FALSE, sizeof (Pause));
  return plan;
}

MgTrialPlan *
mg_trial_plan_copy (const MgTrialPlan *plan)
{
  MgTrialPlan *copy;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = mg_trial_plan_new ();
  copy->start = plan->start;
  copy->stopped = plan->stopped;
  copy->washout = plan->washout;
  g_array_append_vals (copy->pauses, plan->pauses->data, plan->pauses->len);

  return copy;
}

void
mg_trial_plan_free (MgTrialPlan *plan)
{
  if (plan == NULL)
    return;

  g_array_unref (plan->pauses);
  g_free (plan);
}

gboolean
mg_trial_plan_equal (const MgTrialPlan *a,
                     const MgTrialPlan *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->start == b->start && a->stopped == b->stopped && a->washout == b->washout &&
         a->pauses->len == b->pauses->len &&
         (a->pauses->len == 0 || memcmp (a->pauses->data, b->pauses->data, a->pauses->len * sizeof (Pause)) == 0);
}

static Pause *
last_pause (const MgTrialPlan *plan)
{
  if (plan->pauses->len == 0)
    return NULL;

  return &g_array_index (plan->pauses, Pause, plan->pauses->len - 1);
}

gboolean
mg_trial_plan_is_started (const MgTrialPlan *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return plan->start != 0;
}

/* Whether a pause is running now: no day from its first on counts. */
gboolean
mg_trial_plan_is_paused (const MgTrialPlan *plan)
{
  Pause *pause;

  g_return_val_if_fail (plan != NULL, FALSE);

  pause = last_pause (plan);
  return pause != NULL && pause->to == 0 && plan->stopped == 0;
}

gboolean
mg_trial_plan_is_stopped (const MgTrialPlan *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return plan->stopped != 0;
}

gboolean
mg_trial_plan_get_washout (const MgTrialPlan *plan)
{
  g_return_val_if_fail (plan != NULL, FALSE);

  return plan->washout;
}

/**
 * mg_trial_plan_dup_start:
 *
 * Returns: (transfer full) (nullable): the first day, YYYY-MM-DD
 */
char *
mg_trial_plan_dup_start (const MgTrialPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);

  return iso_from_julian (plan->start);
}

/**
 * mg_trial_plan_start:
 * @day: the first day of the baseline; today, or a day in the past when the
 *   person has been recording already
 *
 * Starts the plan afresh: any earlier start, pause and stop are forgotten.
 *
 * Returns: whether @day is a date
 */
gboolean
mg_trial_plan_start (MgTrialPlan *plan,
                     const char  *day,
                     gboolean     washout)
{
  guint32 start;

  g_return_val_if_fail (plan != NULL, FALSE);

  start = julian_from_iso (day);
  if (start == 0)
    return FALSE;

  plan->start = start;
  plan->stopped = 0;
  plan->washout = washout;
  g_array_set_size (plan->pauses, 0);
  return TRUE;
}

/* A day on which the plan can still change: started, not stopped, not
 * before the start or the last resume. */
static gboolean
can_change_on (const MgTrialPlan *plan,
               guint32            day)
{
  Pause *pause = last_pause (plan);

  return day != 0 && plan->start != 0 && plan->stopped == 0 && day >= plan->start &&
         (pause == NULL || day >= (pause->to != 0 ? pause->to : pause->from));
}

/**
 * mg_trial_plan_pause:
 * @day: the first day that does not count
 *
 * Returns: whether the plan was running and is paused now
 */
gboolean
mg_trial_plan_pause (MgTrialPlan *plan,
                     const char  *day)
{
  Pause pause = { julian_from_iso (day), 0 };

  g_return_val_if_fail (plan != NULL, FALSE);

  if (mg_trial_plan_is_paused (plan) || !can_change_on (plan, pause.from))
    return FALSE;

  g_array_append_val (plan->pauses, pause);
  return TRUE;
}

/**
 * mg_trial_plan_resume:
 * @day: the first day that counts again; a resume on the day of the pause
 *   takes the pause back
 *
 * Returns: whether the plan was paused and runs now
 */
gboolean
mg_trial_plan_resume (MgTrialPlan *plan,
                      const char  *day)
{
  guint32 resumed = julian_from_iso (day);
  Pause *pause;

  g_return_val_if_fail (plan != NULL, FALSE);

  if (!mg_trial_plan_is_paused (plan) || !can_change_on (plan, resumed))
    return FALSE;

  pause = last_pause (plan);
  if (resumed == pause->from)
    g_array_set_size (plan->pauses, plan->pauses->len - 1);
  else
    pause->to = resumed;
  return TRUE;
}

/**
 * mg_trial_plan_stop:
 * @day: the first day outside the plan
 *
 * Ends the plan; a running pause ends with it.
 *
 * Returns: whether the plan was running or paused and is stopped now
 */
gboolean
mg_trial_plan_stop (MgTrialPlan *plan,
                    const char  *day)
{
  guint32 stopped = julian_from_iso (day);
  Pause *pause;

  g_return_val_if_fail (plan != NULL, FALSE);

  if (plan->start == 0 || plan->stopped != 0 || stopped == 0 || stopped < plan->start)
    return FALSE;

  pause = last_pause (plan);
  if (pause != NULL && pause->to == 0) {
    if (stopped < pause->from)
      return FALSE;
    if (stopped == pause->from)
      g_array_set_size (plan->pauses, plan->pauses->len - 1);
    else
      pause->to = stopped;
  } else if (pause != NULL && stopped < pause->to) {
    return FALSE;
  }

  plan->stopped = stopped;
  return TRUE;
}

void
mg_trial_plan_set_washout (MgTrialPlan *plan,
                           gboolean     washout)
{
  g_return_if_fail (plan != NULL);

  plan->washout = !!washout;
}

/* Days from the start to @day, @day not counted, less those paused. */
static guint
counted_before (const MgTrialPlan *plan,
                guint32            day)
{
  guint counted = day - plan->start;

  for (guint i = 0; i < plan->pauses->len; i++) {
    const Pause *pause = &g_array_index (plan->pauses, Pause, i);
    guint32 to = pause->to != 0 ? MIN (pause->to, day) : day;

    if (pause->from < to)
      counted -= to - pause->from;
  }

  return counted;
}

static gboolean
is_paused_day (const MgTrialPlan *plan,
               guint32            day)
{
  for (guint i = 0; i < plan->pauses->len; i++) {
    const Pause *pause = &g_array_index (plan->pauses, Pause, i);

    if (day >= pause->from && (pause->to == 0 || day < pause->to))
      return TRUE;
  }

  return FALSE;
}

static guint
phase_length (const MgTrialPlan *plan,
              MgTrialPhase       phase)
{
  switch (phase) {
  case MG_TRIAL_PHASE_BASELINE:
    return MG_TRIAL_BASELINE_DAYS;
  case MG_TRIAL_PHASE_MAGNESIUM:
    return MG_TRIAL_MAGNESIUM_DAYS;
  case MG_TRIAL_PHASE_WASHOUT:
    return plan->washout ? MG_TRIAL_WASHOUT_DAYS : 0;
  default:
    return 0;
  }
}

/* The count of days before @phase's first. */
static guint
phase_offset (const MgTrialPlan *plan,
              MgTrialPhase       phase)
{
  guint offset = 0;

  for (MgTrialPhase p = MG_TRIAL_PHASE_BASELINE; p < phase; p++)
    offset += phase_length (plan, p);

  return offset;
}

/**
 * mg_trial_plan_get_day:
 * @day: YYYY-MM-DD
 * @out: (out caller-allocates): where @day stands
 */
void
mg_trial_plan_get_day (const MgTrialPlan *plan,
                       const char        *day,
                       MgTrialDay        *out)
{
  guint32 julian = julian_from_iso (day);
  guint counted;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  if (plan->start == 0 || julian == 0 || julian < plan->start)
    return;
  if (plan->stopped != 0 && julian >= plan->stopped) {
    out->phase = MG_TRIAL_PHASE_STOPPED;
    return;
  }

  counted = counted_before (plan, julian);
  out->phase = MG_TRIAL_PHASE_DONE;
  for (MgTrialPhase p = MG_TRIAL_PHASE_BASELINE; p <= MG_TRIAL_PHASE_WASHOUT; p++) {
    guint offset = phase_offset (plan, p);

    if (counted < offset + phase_length (plan, p)) {
      out->phase = p;
      out->paused = is_paused_day (plan, julian);
      out->plan_day = counted + 1;
      out->plan_week = counted / 7 + 1;
      out->day_in_phase = counted - offset + 1;
      out->week_in_phase = (counted - offset) / 7 + 1;
      out->phase_days = phase_length (plan, p);
      out->days_left = out->phase_days - out->day_in_phase + 1;
      return;
    }
  }
}

/* The calendar day on which @count days have counted, or 0 when a pause
 * that has no end yet comes first. */
static guint32
day_of_count (const MgTrialPlan *plan,
              guint              count)
{
  guint32 day = plan->start + count;

  for (guint i = 0; i < plan->pauses->len; i++) {
    const Pause *pause = &g_array_index (plan->pauses, Pause, i);

    if (pause->from > day)
      break;
    if (pause->to == 0)
      return 0;
    day += pause->to - pause->from;
  }

  return day;
}

/**
 * mg_trial_plan_dup_phase_first_day:
 *
 * Returns: (transfer full) (nullable): the day @phase begins, as things
 * stand; %NULL without a plan, for a phase the plan does not have, or while
 * a pause before it has no end
 */
char *
mg_trial_plan_dup_phase_first_day (const MgTrialPlan *plan,
                                   MgTrialPhase       phase)
{
  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->start == 0 || phase_length (plan, phase) == 0)
    return NULL;

  return iso_from_julian (day_of_count (plan, phase_offset (plan, phase)));
}

/**
 * mg_trial_plan_dup_phase_last_day:
 *
 * Returns: (transfer full) (nullable): the last day of @phase, as things
 * stand (see mg_trial_plan_dup_phase_first_day())
 */
char *
mg_trial_plan_dup_phase_last_day (const MgTrialPlan *plan,
                                  MgTrialPhase       phase)
{
  g_return_val_if_fail (plan != NULL, NULL);

  if (plan->start == 0 || phase_length (plan, phase) == 0)
    return NULL;

  return iso_from_julian (day_of_count (plan, phase_offset (plan, phase) +
                                              phase_length (plan, phase) - 1));
}

/**
 * mg_trial_plan_dup_value:
 * @key: an index into mg_trial_plan_keys
 *
 * Returns: (transfer full) (nullable): the plan's value under that key, as
 * the store writes it; %NULL for nothing to write
 */
char *
mg_trial_plan_dup_value (const MgTrialPlan *plan,
                         guint              key)
{
  g_autoptr(GString) pauses = NULL;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (key < MG_TRIAL_PLAN_N_KEYS, NULL);

  if (plan->start == 0)
    return NULL;

  switch (key) {
  case 0:
    return iso_from_julian (plan->start);
  case 1:
    return g_strdup (plan->washout ? "true" : "false");
  case 2:
    if (plan->pauses->len == 0)
      return NULL;
    pauses = g_string_new (NULL);
    for (guint i = 0; i < plan->pauses->len; i++) {
      const Pause *pause = &g_array_index (plan->pauses, Pause, i);
      g_autofree char *from = iso_from_julian (pause->from);
      g_autofree char *to = iso_from_julian (pause->to);

      g_string_append_printf (pauses, "%s%s/%s", i > 0 ? ";" : "", from, to != NULL ? to : "");
    }
    return g_string_free (g_steal_pointer (&pauses), FALSE);
  default:
    return iso_from_julian (plan->stopped);
  }
}

static gboolean
parse_pauses (MgTrialPlan *plan,
              const char  *text)
{
  g_auto(GStrv) items = g_strsplit (text, ";", 0);

  for (guint i = 0; items[i] != NULL; i++) {
    g_auto(GStrv) ends = g_strsplit (items[i], "/", 0);
    Pause pause;

    if (g_strv_length (ends) != 2)
      return FALSE;
    pause.from = julian_from_iso (ends[0]);
    pause.to = *ends[1] == '\0' ? 0 : julian_from_iso (ends[1]);
    if (!can_change_on (plan, pause.from) || (mg_trial_plan_is_paused (plan)) ||
        (*ends[1] != '\0' && pause.to <= pause.from))
      return FALSE;
    g_array_append_val (plan->pauses, pause);
  }

  return TRUE;
}

static gboolean
parse_values (MgTrialPlan       *plan,
              const char *const *values)
{
  plan->start = julian_from_iso (values[0]);
  if (plan->start == 0)
    return FALSE;
  if (values[1] != NULL && strcmp (values[1], "true") != 0 && strcmp (values[1], "false") != 0)
    return FALSE;
  plan->washout = g_strcmp0 (values[1], "true") == 0;
  if (values[2] != NULL && !parse_pauses (plan, values[2]))
    return FALSE;

  return values[3] == NULL || mg_trial_plan_stop (plan, values[3]);
}

/**
 * mg_trial_plan_new_from_values:
 * @values: MG_TRIAL_PLAN_N_KEYS values, each nullable, in the order of
 *   mg_trial_plan_keys
 *
 * Returns: (transfer full) (nullable): the plan; one without a start when
 * @values has none; %NULL when the values do not make a plan
 */
MgTrialPlan *
mg_trial_plan_new_from_values (const char *const *values)
{
  MgTrialPlan *plan;

  g_return_val_if_fail (values != NULL, NULL);

  plan = mg_trial_plan_new ();
  if (values[0] != NULL && !parse_values (plan, values)) {
    mg_trial_plan_free (plan);
    return NULL;
  }

  return plan;
}
