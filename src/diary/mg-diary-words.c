/* mg-diary-words.c: what a symptom diary's result says, in words
 *
 * The screen and the summary for the doctor say the same, from here. The
 * words compare the person's scores with their own ups and downs and never
 * say whether magnesium works: the other explanations are always beside them.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-words"

#include "config.h"

#include <math.h>

#include "mg-diary-words.h"
#include "mg-i18n.h"

/**
 * mg_diary_symptom_name:
 *
 * Returns: the symptom's name as the result's headings and table have it
 */
const char *
mg_diary_symptom_name (MgDiarySymptom symptom)
{
  static const char *const names[] = {
    NC_("diary symptom", "Restless legs"),
    NC_("diary symptom", "Sleep"),
    NC_("diary symptom", "Back pain"),
  };

  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, "");

  return C_("diary symptom", names[symptom]);
}

const char *
mg_diary_phase_name (MgTrialPhase phase)
{
  switch (phase) {
  case MG_TRIAL_PHASE_BASELINE:
    return C_("diary phase", "Before magnesium");
  case MG_TRIAL_PHASE_MAGNESIUM:
    return C_("diary phase", "With magnesium");
  case MG_TRIAL_PHASE_WASHOUT:
    return C_("diary phase", "After stopping");
  case MG_TRIAL_PHASE_NONE:
  case MG_TRIAL_PHASE_DONE:
  case MG_TRIAL_PHASE_STOPPED:
  default:
    return "";
  }
}

/**
 * mg_diary_format_score:
 *
 * Returns: a score or a median, whole or to one decimal in the interface
 *   language's way; a dash when there is none
 */
char *
mg_diary_format_score (double score)
{
  if (isnan (score))
    return g_strdup ("–");

  return mg_i18n_format_decimal (score, score == floor (score) ? 0 : 1);
}

static gboolean
has_score (GPtrArray      *entries,
           MgDiarySymptom  symptom)
{
  for (guint i = 0; i < entries->len; i++) {
    if (mg_diary_entry_get_score (g_ptr_array_index (entries, i), symptom) != MG_DIARY_SCORE_UNSET)
      return TRUE;
  }

  return FALSE;
}

/**
 * mg_diary_shown_symptoms:
 * @symptoms: (out caller-allocates) (array fixed-size=3): filled in order
 *
 * The symptoms the person chose to track, and any other they scored.
 *
 * Returns: how many
 */
guint
mg_diary_shown_symptoms (MgDiaryTracks      tracks,
                         const MgTrialPlan *plan,
                         GPtrArray         *entries,
                         MgDiarySymptom    *symptoms)
{
  const gboolean shown[MG_DIARY_N_SYMPTOMS] = {
    [MG_DIARY_SYMPTOM_RESTLESS_LEGS] = (tracks & MG_DIARY_TRACKS_RESTLESS_LEGS) != 0,
    [MG_DIARY_SYMPTOM_SLEEP] = (tracks & MG_DIARY_TRACKS_RESTLESS_LEGS) != 0,
    [MG_DIARY_SYMPTOM_BACK_PAIN] = (tracks & MG_DIARY_TRACKS_BACK_PAIN) != 0,
  };
  guint n = 0;

  g_return_val_if_fail (entries != NULL && symptoms != NULL, 0);

  for (MgDiarySymptom s = 0; s < MG_DIARY_N_SYMPTOMS; s++) {
    if (shown[s] || has_score (entries, s))
      symptoms[n++] = s;
  }

  return n;
}

static const char *
direction (MgDiarySymptom symptom)
{
  switch (symptom) {
  case MG_DIARY_SYMPTOM_RESTLESS_LEGS:
    return _("For restless legs, a lower score means they bothered you less.");
  case MG_DIARY_SYMPTOM_SLEEP:
    return _("For sleep, a higher score means you slept better.");
  case MG_DIARY_SYMPTOM_BACK_PAIN:
    return _("For back pain, a lower score means less pain.");
  case MG_DIARY_N_SYMPTOMS:
  default:
    g_return_val_if_reached ("");
  }
}

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", sentence);
}

static void
append_too_few (GString                 *text,
                const MgDiaryComparison *c)
{
  append_sentence (text, _("There are too few days with a score to compare yet."));
  if (c->baseline.days < MG_DIARY_MIN_BASELINE_DAYS) {
    guint more = MG_DIARY_MIN_BASELINE_DAYS - c->baseline.days;
    g_autofree char *sentence =
      /* Translators: %u is a number of days */
      g_strdup_printf (mg_i18n_ngettext ("The comparison needs %u more day with a score before magnesium.",
                                         "The comparison needs %u more days with a score before magnesium.",
                                         more), more);

    append_sentence (text, sentence);
  }
  if (c->late.days < MG_DIARY_MIN_LATE_DAYS) {
    guint more = MG_DIARY_MIN_LATE_DAYS - c->late.days;
    g_autofree char *sentence =
      /* Translators: %1$u is a number of days; %2$u and %3$u are the weeks
       * of magnesium the result compares, as in “weeks 5 to 8” */
      g_strdup_printf (mg_i18n_ngettext ("It needs %1$u more day with a score in weeks %2$u to %3$u of magnesium.",
                                         "It needs %1$u more days with a score in weeks %2$u to %3$u of magnesium.",
                                         more), more, MG_DIARY_LATE_FIRST_WEEK, MG_DIARY_LATE_LAST_WEEK);

    append_sentence (text, sentence);
  }
}

static void
append_comparison (GString                 *text,
                   const MgDiaryComparison *c)
{
  g_autofree char *before = mg_diary_format_score (c->baseline.median);
  g_autofree char *late = mg_diary_format_score (c->late.median);
  g_autofree char *low = mg_diary_format_score (c->usual_low);
  g_autofree char *high = mg_diary_format_score (c->usual_high);
  g_autofree char *medians = NULL;
  g_autofree char *usual = NULL;
  g_autofree char *verdict = NULL;

  /* Translators: the typical score of a symptom before magnesium and in its
   * second month, as in “Restless legs: 6 of 10 before magnesium, 4 of 10 in
   * weeks 5 to 8.”: %1$s the symptom, %2$s and %4$s the median scores, %3$d
   * the top of the scale, %5$d and %6$d the weeks of magnesium compared */
  medians = g_strdup_printf (_("%1$s: %2$s of %3$d before magnesium, %4$s of %3$d in weeks %5$d to %6$d."),
                             mg_diary_symptom_name (c->symptom), before, MG_DIARY_SCORE_MAX, late,
                             MG_DIARY_LATE_FIRST_WEEK, MG_DIARY_LATE_LAST_WEEK);
  append_sentence (text, medians);
  if (c->usual_low == c->usual_high)
    /* Translators: %s is a score: the middle half of the person's daily
     * scores before magnesium were all this one */
    usual = g_strdup_printf (_("On at least half of the days before magnesium your score was %s: "
                               "your usual ups and downs."), low);
  else
    /* Translators: %1$s and %2$s are scores, the lower and upper quartile
     * of the person's daily scores before magnesium */
    usual = g_strdup_printf (_("On half of the days before magnesium your score was between %1$s and %2$s: "
                               "your usual ups and downs."), low, high);
  append_sentence (text, usual);

  if (c->verdict == MG_DIARY_VERDICT_LOWER_THAN_USUAL_VARIATION)
    /* Translators: %1$d and %2$d are the weeks of magnesium compared */
    verdict = g_strdup_printf (_("The score of weeks %1$d to %2$d is lower than your usual ups and downs: "
                                 "a bigger change than your scores made by themselves before."),
                               MG_DIARY_LATE_FIRST_WEEK, MG_DIARY_LATE_LAST_WEEK);
  else if (c->verdict == MG_DIARY_VERDICT_HIGHER_THAN_USUAL_VARIATION)
    /* Translators: %1$d and %2$d are the weeks of magnesium compared */
    verdict = g_strdup_printf (_("The score of weeks %1$d to %2$d is higher than your usual ups and downs: "
                                 "a bigger change than your scores made by themselves before."),
                               MG_DIARY_LATE_FIRST_WEEK, MG_DIARY_LATE_LAST_WEEK);
  else
    /* Translators: %1$d and %2$d are the weeks of magnesium compared */
    verdict = g_strdup_printf (_("The score of weeks %1$d to %2$d is within your usual ups and downs: "
                                 "no bigger a change than your scores made by themselves before."),
                               MG_DIARY_LATE_FIRST_WEEK, MG_DIARY_LATE_LAST_WEEK);
  append_sentence (text, verdict);
}

/**
 * mg_diary_describe_result:
 *
 * Returns: one paragraph on @comparison: the medians before and in the
 *   weeks compared, how the change compares with the person's usual ups
 *   and downs and which way is better; or how many more days it needs
 */
char *
mg_diary_describe_result (const MgDiaryComparison *comparison)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (comparison != NULL, NULL);
  g_return_val_if_fail (comparison->symptom < MG_DIARY_N_SYMPTOMS, NULL);

  if (comparison->verdict == MG_DIARY_VERDICT_TOO_FEW_DAYS)
    append_too_few (text, comparison);
  else
    append_comparison (text, comparison);
  append_sentence (text, direction (comparison->symptom));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * mg_diary_what_else:
 *
 * Returns: the paragraph under “What Else Can Explain a Change”, which
 *   every result has beside it
 */
const char *
mg_diary_what_else (void)
{
  /* Translators: under “What Else Can Explain a Change” in the symptom
   * diary's result, on the screen and in the summary for the doctor */
  return _("A diary cannot show whether magnesium works. Symptoms like these come and go by themselves, "
           "and a bad spell is often followed by a better one, whatever you do. Expecting to feel better "
           "can make you feel better too (the placebo effect). Other changes in the same weeks can explain "
           "a difference as well: a new or stopped medicine, iron treatment, more or less exercise or "
           "stress, or the season. Talk the result over with your doctor.");
}
