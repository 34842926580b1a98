/* mg-diary-stats.h: what a diary says, honestly, phase by phase
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mg-diary-entry.h"
#include "mg-trial-plan.h"

G_BEGIN_DECLS

/* Fewer scores than these say nothing: at least 10 of the 14 baseline days
 * and 20 of the 28 days of magnesium weeks 5 to 8. */
#define MG_DIARY_MIN_BASELINE_DAYS 10
#define MG_DIARY_MIN_LATE_DAYS     20
/* Weeks 5 to 8 of the magnesium phase: its second month. */
#define MG_DIARY_LATE_FIRST_WEEK   5
#define MG_DIARY_LATE_LAST_WEEK    8

/* How the typical score of magnesium weeks 5 to 8 compares with the
 * person's own ups and downs before. Never whether magnesium works: the
 * words and the other explanations are the view's. */
typedef enum {
  MG_DIARY_VERDICT_TOO_FEW_DAYS,
  MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS,
  MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION,
  MG_DIARY_VERDICT_HIGHER_THAN_USUAL_VARIATION,
} MgDiaryVerdict;

#define MG_TYPE_DIARY_VERDICT (mg_diary_verdict_get_type ())
GType mg_diary_verdict_get_type (void) G_GNUC_CONST;

typedef struct {
  guint  days;    /* scores it is the median of */
  double median;  /* NAN when days is 0 */
} MgDiaryMedian;

typedef struct {
  MgDiarySymptom symptom;
  MgDiaryMedian  baseline;
  MgDiaryMedian  magnesium;   /* the whole phase */
  MgDiaryMedian  late;        /* magnesium weeks 5 to 8 */
  MgDiaryMedian  washout;
  /* The middle half of the baseline's daily scores (its lower and upper
   * hinge): the person's usual ups and downs. NAN when too few. */
  double         usual_low;
  double         usual_high;
  MgDiaryVerdict verdict;
} MgDiaryComparison;

/* A score on a day that counts in the plan. */
typedef struct {
  char         day[11];
  MgTrialPhase phase;
  guint        plan_day;
  guint        plan_week;
  int          score;
} MgDiaryScore;

typedef struct {
  guint         week;           /* of the plan, 1-based */
  MgTrialPhase  phase;
  guint         week_in_phase;
  guint         days_recorded;  /* days with an entry */
  MgDiaryMedian medians[MG_DIARY_N_SYMPTOMS];
} MgDiaryWeek;

typedef struct {
  MgTrialPhase phase;
  guint        days_recorded;
  guint        days_taken;      /* magnesium taken: yes */
  guint        diarrhoea;
  guint        nausea;
  guint        stomach_cramps;
} MgDiaryPhaseCounts;

double  mg_diary_median              (const int          *scores,
                                      guint               n);
void    mg_diary_hinges              (const int          *scores,
                                      guint               n,
                                      double             *low,
                                      double             *high);

GArray *mg_diary_dup_scores          (const MgTrialPlan  *plan,
                                      GPtrArray          *entries,
                                      MgDiarySymptom      symptom);
GArray *mg_diary_dup_weeks           (const MgTrialPlan  *plan,
                                      GPtrArray          *entries);
void    mg_diary_compare             (const MgTrialPlan  *plan,
                                      GPtrArray          *entries,
                                      MgDiarySymptom      symptom,
                                      MgDiaryComparison  *out);
void    mg_diary_count_phase         (const MgTrialPlan  *plan,
                                      GPtrArray          *entries,
                                      MgTrialPhase        phase,
                                      MgDiaryPhaseCounts *out);

G_END_DECLS
