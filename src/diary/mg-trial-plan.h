/* mg-trial-plan.h: a personal trial of magnesium, phase by phase
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The trials' design: two weeks of recording without magnesium, eight
 * weeks with it (the effect showed in the second month), and, if the person
 * wants, two weeks without it again. Days, counted as recorded days. */
#define MG_TRIAL_BASELINE_DAYS  14
#define MG_TRIAL_MAGNESIUM_DAYS 56
#define MG_TRIAL_WASHOUT_DAYS   14

typedef enum {
  MG_TRIAL_PHASE_NONE,       /* no plan, or a day before it starts */
  MG_TRIAL_PHASE_BASELINE,
  MG_TRIAL_PHASE_MAGNESIUM,
  MG_TRIAL_PHASE_WASHOUT,
  MG_TRIAL_PHASE_DONE,       /* every phase is over */
  MG_TRIAL_PHASE_STOPPED,    /* the person stopped the plan on or before this day */
} MgTrialPhase;

#define MG_TYPE_TRIAL_PHASE (mg_trial_phase_get_type ())
GType mg_trial_phase_get_type (void) G_GNUC_CONST;

/* Where a day stands in the plan. A paused day does not count: it shows the
 * phase and the day that the next day after the pause will count as. */
typedef struct {
  MgTrialPhase phase;
  gboolean     paused;
  guint        plan_day;       /* 1-based among the plan's counted days; 0 outside */
  guint        plan_week;      /* 1-based: weeks 1-2 baseline, 3-10 magnesium, 11-12 washout */
  guint        day_in_phase;   /* 1-based */
  guint        week_in_phase;  /* 1-based: magnesium weeks 5 to 8 are the second month */
  guint        phase_days;     /* the phase's length */
  guint        days_left;      /* of the phase, counting this day */
} MgTrialDay;

typedef struct _MgTrialPlan MgTrialPlan;

/* The keys under which the store keeps a plan, in this order. */
#define MG_TRIAL_PLAN_N_KEYS 4
extern const char *const mg_trial_plan_keys[MG_TRIAL_PLAN_N_KEYS];

#define MG_TYPE_TRIAL_PLAN (mg_trial_plan_get_type ())
GType        mg_trial_plan_get_type         (void) G_GNUC_CONST;

MgTrialPlan *mg_trial_plan_new              (void);
MgTrialPlan *mg_trial_plan_copy             (const MgTrialPlan  *plan);
void         mg_trial_plan_free             (MgTrialPlan        *plan);
gboolean     mg_trial_plan_equal            (const MgTrialPlan  *a,
                                             const MgTrialPlan  *b);

gboolean     mg_trial_plan_is_started       (const MgTrialPlan  *plan);
gboolean     mg_trial_plan_is_paused        (const MgTrialPlan  *plan);
gboolean     mg_trial_plan_is_stopped       (const MgTrialPlan  *plan);
gboolean     mg_trial_plan_get_washout      (const MgTrialPlan  *plan);
char        *mg_trial_plan_dup_start        (const MgTrialPlan  *plan);

gboolean     mg_trial_plan_start            (MgTrialPlan        *plan,
                                             const char         *day,
                                             gboolean            washout);
gboolean     mg_trial_plan_pause            (MgTrialPlan        *plan,
                                             const char         *day);
gboolean     mg_trial_plan_resume           (MgTrialPlan        *plan,
                                             const char         *day);
gboolean     mg_trial_plan_stop             (MgTrialPlan        *plan,
                                             const char         *day);
void         mg_trial_plan_set_washout      (MgTrialPlan        *plan,
                                             gboolean            washout);

void         mg_trial_plan_get_day          (const MgTrialPlan  *plan,
                                             const char         *day,
                                             MgTrialDay         *out);
char        *mg_trial_plan_dup_phase_first_day (const MgTrialPlan *plan,
                                                MgTrialPhase       phase);
char        *mg_trial_plan_dup_phase_last_day  (const MgTrialPlan *plan,
                                                MgTrialPhase       phase);

char        *mg_trial_plan_dup_value        (const MgTrialPlan  *plan,
                                             guint               key);
MgTrialPlan *mg_trial_plan_new_from_values  (const char *const  *values);

const char  *mg_trial_phase_to_key          (MgTrialPhase        phase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgTrialPlan, mg_trial_plan_free)

G_END_DECLS
