/* mg-dose-profile.h: the dose guide's answers and what follows from them,
 * shared by the dose guide, the food checklist and the summary
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mg-dose.h"

G_BEGIN_DECLS

/* The questions a result waits for: the defaults of the others are a fair
 * start, but no figure is shown for a person nobody entered. */
typedef enum {
  MG_DOSE_ANSWERED_AGE = 1 << 0,
  MG_DOSE_ANSWERED_SEX = 1 << 1,
} MgDoseAnswered;

#define MG_DOSE_ANSWERED_ALL (MG_DOSE_ANSWERED_AGE | MG_DOSE_ANSWERED_SEX)

/* The first of them the result still waits for. */
typedef enum {
  MG_DOSE_UNANSWERED_NONE,
  MG_DOSE_UNANSWERED_AGE,
  MG_DOSE_UNANSWERED_SEX,
} MgDoseUnanswered;

/* Notes for the appointment, which the summary for the doctor shows; none
 * of them changes the result. */
typedef enum {
  MG_DOSE_NOTE_PRODUCT_NAME,
  MG_DOSE_NOTE_OTHER_REASON,
  MG_DOSE_NOTE_SINCE,         /* "YYYY-MM", or "" */
  MG_DOSE_NOTE_QUESTIONS,
  MG_N_DOSE_NOTES
} MgDoseNote;

/* Why the person considers magnesium. */
typedef enum {
  MG_DOSE_REASON_RESTLESS_LEGS,
  MG_DOSE_REASON_BACK_PAIN,
  MG_DOSE_REASON_CRAMPS,
  MG_DOSE_REASON_OTHER,
  MG_N_DOSE_REASONS
} MgDoseReason;

#define MG_DOSE_REASON_BIT(reason) (1u << (reason))

/* The notes' limits in characters: the summary stays one page with all of
 * them at their limit, in the longest language (tested). */
#define MG_DOSE_PRODUCT_NAME_MAX  60
#define MG_DOSE_OTHER_REASON_MAX  60
#define MG_DOSE_QUESTIONS_MAX     400
#define MG_DOSE_QUESTIONS_MAX_LINES 8

#define MG_TYPE_DOSE_PROFILE (mg_dose_profile_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseProfile, mg_dose_profile, MG, DOSE_PROFILE, GObject)

MgDoseProfile *mg_dose_profile_new                      (GSettings     *settings);
void           mg_dose_profile_get_input                (MgDoseProfile *self,
                                                         MgDoseInput   *input);
void           mg_dose_profile_answer                   (MgDoseProfile *self,
                                                         MgDoseAnswered question);
MgDoseUnanswered mg_dose_profile_get_unanswered         (MgDoseProfile *self);
void           mg_dose_profile_set_food_mg              (MgDoseProfile *self,
                                                         double         food_mg);
guint          mg_dose_profile_get_reference_intake     (MgDoseProfile *self);
guint          mg_dose_profile_get_adult_reference_intake (MgDoseProfile *self);
GVariant      *mg_dose_profile_clear_answers            (MgDoseProfile *self);
void           mg_dose_profile_restore_answers          (MgDoseProfile *self,
                                                         GVariant      *answers);
const char    *mg_dose_profile_get_note                 (MgDoseProfile *self,
                                                         MgDoseNote     note);
guint          mg_dose_profile_get_reasons              (MgDoseProfile *self);
void           mg_dose_profile_bind_flag                (MgDoseProfile *self,
                                                         const char    *property,
                                                         guint          bit,
                                                         gpointer       target,
                                                         const char    *target_property);
gboolean       mg_dose_since_parse                      (const char    *since,
                                                         guint         *year,
                                                         guint         *month);

G_END_DECLS
