/* mg-diary-stats.c: what a diary says, honestly, phase by phase
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-stats"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "mg-diary-stats.h"

/* How the result is judged.
 *
 * Scores on a 0 to 10 scale are ranks more than measures, and a diary has
 * bad days: so every summary is a median, the middle score, which one odd
 * day cannot pull. A day counts only inside the plan and not paused.
 *
 * The person's usual ups and downs are the middle half of the baseline's
 * daily scores, from the lower to the upper hinge (Tukey, Exploratory Data
 * Analysis, 1977: the medians of the lower and upper halves, the middle score
 * in both when the count is odd): half of the days before magnesium scored
 * within it. The typical score of magnesium weeks 5 to 8 (the trials' effect
 * showed in the second month) is compared with it: below the band, above
 * it, or within it. A median inside the band is a change that the person's
 * own days before already showed; one outside it is not proof of anything,
 * and the view says what else can explain it. With fewer than
 * MG_DIARY_MIN_BASELINE_DAYS or MG_DIARY_MIN_LATE_DAYS scores there is too
 * little to compare. */

G_DEFINE_ENUM_TYPE (MgDiaryVerdict, mg_diary_verdict,
                    G_DEFINE_ENUM_VALUE (MG_DIARY_VERDICT_TOO_FEW_DAYS, "too-few-days"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS,
                                         "within-usual-ups-and-downs"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION,
                                         "lower-than-usual-variation"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_VERDICT_HIGHER_THAN_USUAL_VARIATION,
                                         "higher-than-usual-variation"))

static int
compare_ints (const void *a,
              const void *b)
{
  return *(const int *) a - *(const int *) b;
}

static double
median_of_sorted (const int *sorted,
                  guint      n)
{
  guint below, above;

  if (n == 0)
    return NAN;

  below = (n - 1) / 2;
  above = n / 2;
  return (sorted[below] + sorted[above]) / 2.0;
}

/**
 * mg_diary_median:
 * @scores: (array length=n): in any order
 *
 * Returns: the middle score, or the mean of the two middle ones; NAN for none
 */
double
mg_diary_median (const int *scores,
                 guint      n)
{
  g_autofree int *sorted = NULL;

  g_return_val_if_fail (scores != NULL || n == 0, NAN);

  sorted = g_memdup2 (scores, n * sizeof (int));
  /* No scores: nothing to sort, and qsort () takes no NULL. */
  if (n > 1)
    qsort (sorted, n, sizeof (int), compare_ints);
  return median_of_sorted (sorted, n);
}

/**
 * mg_diary_hinges:
 * @low: (out): the median of the lower half, NAN for no scores
 * @high: (out): the median of the upper half
 *
 * Tukey's hinges: with an odd count the middle score is in both halves.
 */
void
mg_diary_hinges (const int *scores,
                 guint      n,
                 double    *low,
                 double    *high)
{
  g_autofree int *sorted = NULL;
  guint half = (n + 1) / 2;

  g_return_if_fail (scores != NULL || n == 0);
  g_return_if_fail (low != NULL && high != NULL);

  sorted = g_memdup2 (scores, n * sizeof (int));
  if (n > 1)
    qsort (sorted, n, sizeof (int), compare_ints);
  *low = median_of_sorted (sorted, half);
  *high = n == 0 ? NAN : median_of_sorted (sorted + n - half, half);
}

/* Where @entry stands in the plan, if it counts at all. */
static gboolean
counts (const MgTrialPlan  *plan,
        const MgDiaryEntry *entry,
        MgTrialDay         *place)
{
  mg_trial_plan_get_day (plan, entry->day, place);

  return place->plan_day > 0 && !place->paused;
}

/**
 * mg_diary_dup_scores:
 * @entries: (element-type MgDiaryEntry): the diary, in any order
 *
 * Returns: (transfer full) (element-type MgDiaryScore): the scores of
 * @symptom on the days that count, by day
 */
GArray *
mg_diary_dup_scores (const MgTrialPlan *plan,
                     GPtrArray         *entries,
                     MgDiarySymptom     symptom)
{
  GArray *scores = g_array_new (FALSE, TRUE, sizeof (MgDiaryScore));

  g_return_val_if_fail (plan != NULL && entries != NULL, scores);
  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, scores);

  for (guint i = 0; i < entries->len; i++) {
    const MgDiaryEntry *entry = g_ptr_array_index (entries, i);
    MgDiaryScore score = { { 0 } };
    MgTrialDay place;

    if (entry->scores[symptom] == MG_DIARY_SCORE_UNSET || !counts (plan, entry, &place))
      continue;
    g_strlcpy (score.day, entry->day, sizeof score.day);
    score.phase = place.phase;
    score.plan_day = place.plan_day;
    score.plan_week = place.plan_week;
    score.score = entry->scores[symptom];
    g_array_append_val (scores, score);
  }
  g_array_sort (scores, (GCompareFunc) g_strcmp0);

  return scores;
}

/* The median of the scores of the days for which @keep says yes. */
static MgDiaryMedian
median_where (GArray   *scores,
              gboolean (*keep) (const MgDiaryScore *score, gconstpointer data),
              gconstpointer data,
              GArray   *kept)
{
  MgDiaryMedian median;

  g_array_set_size (kept, 0);
  for (guint i = 0; i < scores->len; i++) {
    const MgDiaryScore *score = &g_array_index (scores, MgDiaryScore, i);

    if (keep (score, data))
      g_array_append_val (kept, score->score);
  }
  median.days = kept->len;
  median.median = mg_diary_median ((const int *) kept->data, kept->len);

  return median;
}

static gboolean
in_phase (const MgDiaryScore *score,
          gconstpointer       phase)
{
  return score->phase == GPOINTER_TO_UINT (phase);
}

static gboolean
in_plan_week (const MgDiaryScore *score,
              gconstpointer       week)
{
  return score->plan_week == GPOINTER_TO_UINT (week);
}

static gboolean
in_late_weeks (const MgDiaryScore *score,
               gconstpointer       unused)
{
  guint first = MG_TRIAL_BASELINE_DAYS + (MG_DIARY_LATE_FIRST_WEEK - 1) * 7;
  guint last = MG_TRIAL_BASELINE_DAYS + MG_DIARY_LATE_LAST_WEEK * 7;

  return score->phase == MG_TRIAL_PHASE_MAGNESIUM && score->plan_day > first &&
         score->plan_day <= last;
}

static MgDiaryVerdict
judge (const MgDiaryComparison *comparison)
{
  if (comparison->baseline.days < MG_DIARY_MIN_BASELINE_DAYS ||
      comparison->late.days < MG_DIARY_MIN_LATE_DAYS)
    return MG_DIARY_VERDICT_TOO_FEW_DAYS;
  if (comparison->late.median < comparison->usual_low)
    return MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION;
  if (comparison->late.median > comparison->usual_high)
    return MG_DIARY_VERDICT_HIGHER_THAN_USUAL_VARIATION;

  return MG_DIARY_VERDICT_WITHIN_USUAL_UPS_AND_DOWNS;
}

/**
 * mg_diary_compare:
 * @entries: (element-type MgDiaryEntry)
 * @out: (out caller-allocates): the medians of each phase, the usual ups
 *   and downs, and how weeks 5 to 8 compare with them
 */
void
mg_diary_compare (const MgTrialPlan *plan,
                  GPtrArray         *entries,
                  MgDiarySymptom     symptom,
                  MgDiaryComparison *out)
{
  g_autoptr(GArray) scores = NULL;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_if_fail (plan != NULL && entries != NULL && out != NULL);
  g_return_if_fail (symptom < MG_DIARY_N_SYMPTOMS);

  scores = mg_diary_dup_scores (plan, entries, symptom);
  out->symptom = symptom;
  out->magnesium = median_where (scores, in_phase, GUINT_TO_POINTER (MG_TRIAL_PHASE_MAGNESIUM), kept);
  out->late = median_where (scores, in_late_weeks, NULL, kept);
  out->washout = median_where (scores, in_phase, GUINT_TO_POINTER (MG_TRIAL_PHASE_WASHOUT), kept);
  out->baseline = median_where (scores, in_phase, GUINT_TO_POINTER (MG_TRIAL_PHASE_BASELINE), kept);
  out->usual_low = out->usual_high = NAN;
  if (out->baseline.days >= MG_DIARY_MIN_BASELINE_DAYS)
    mg_diary_hinges ((const int *) kept->data, kept->len, &out->usual_low, &out->usual_high);
  out->verdict = judge (out);
}

static guint
plan_weeks (const MgTrialPlan *plan)
{
  guint days = MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS;

  if (mg_trial_plan_get_washout (plan))
    days += MG_TRIAL_WASHOUT_DAYS;

  return days / 7;
}

/**
 * mg_diary_dup_weeks:
 * @entries: (element-type MgDiaryEntry)
 *
 * Returns: (transfer full) (element-type MgDiaryWeek): every week of the
 * plan, with the days recorded and the median of each score; none without
 * a plan
 */
GArray *
mg_diary_dup_weeks (const MgTrialPlan *plan,
                    GPtrArray         *entries)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (MgDiaryWeek));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *scores[MG_DIARY_N_SYMPTOMS];

  g_return_val_if_fail (plan != NULL && entries != NULL, weeks);

  if (!mg_trial_plan_is_started (plan))
    return weeks;

  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    scores[s] = mg_diary_dup_scores (plan, entries, s);
  g_array_set_size (weeks, plan_weeks (plan));
  for (guint w = 0; w < weeks->len; w++) {
    MgDiaryWeek *week = &g_array_index (weeks, MgDiaryWeek, w);
    guint first_day = w * 7 + 1;

    week->week = w + 1;
    week->phase = first_day <= MG_TRIAL_BASELINE_DAYS ? MG_TRIAL_PHASE_BASELINE :
                  first_day <= MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS ?
                  MG_TRIAL_PHASE_MAGNESIUM : MG_TRIAL_PHASE_WASHOUT;
    week->week_in_phase = week->phase == MG_TRIAL_PHASE_BASELINE ? w + 1 :
                          week->phase == MG_TRIAL_PHASE_MAGNESIUM ?
                          w + 1 - MG_TRIAL_BASELINE_DAYS / 7 :
                          w + 1 - (MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS) / 7;
    for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
      week->medians[s] = median_where (scores[s], in_plan_week, GUINT_TO_POINTER (w + 1), kept);
  }
  for (guint i = 0; i < entries->len; i++) {
    MgTrialDay place;

    if (counts (plan, g_ptr_array_index (entries, i), &place) && place.plan_week <= weeks->len)
      g_array_index (weeks, MgDiaryWeek, place.plan_week - 1).days_recorded++;
  }
  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    g_array_unref (scores[s]);

  return weeks;
}

/**
 * mg_diary_count_phase:
 * @entries: (element-type MgDiaryEntry)
 * @out: (out caller-allocates): the days recorded in @phase, those with
 *   magnesium taken and those with each side effect
 */
void
mg_diary_count_phase (const MgTrialPlan  *plan,
                      GPtrArray          *entries,
                      MgTrialPhase        phase,
                      MgDiaryPhaseCounts *out)
{
  g_return_if_fail (plan != NULL && entries != NULL && out != NULL);

  *out = (MgDiaryPhaseCounts) { .phase = phase };
  for (guint i = 0; i < entries->len; i++) {
    const MgDiaryEntry *entry = g_ptr_array_index (entries, i);
    MgTrialDay place;

    if (!counts (plan, entry, &place) || place.phase != phase)
      continue;
    out->days_recorded++;
    out->days_taken += entry->taken == MG_DIARY_TAKEN_YES;
    out->diarrhoea += (entry->side_effects & MG_DIARY_SIDE_EFFECT_DIARRHOEA) != 0;
    out->nausea += (entry->side_effects & MG_DIARY_SIDE_EFFECT_NAUSEA) != 0;
    out->stomach_cramps += (entry->side_effects & MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS) != 0;
  }
}
