/* mg-diary-words.h: what a symptom diary's result says, in words
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-diary-stats.h"
#include "mg-diary-store.h"

G_BEGIN_DECLS

const char *mg_diary_symptom_name      (MgDiarySymptom            symptom);
const char *mg_diary_phase_name        (MgTrialPhase              phase);
char       *mg_diary_format_score      (double                    score);
guint       mg_diary_shown_symptoms    (MgDiaryTracks             tracks,
                                        const MgTrialPlan        *plan,
                                        GPtrArray                *entries,
                                        MgDiarySymptom           *symptoms);
char       *mg_diary_describe_result   (const MgDiaryComparison  *comparison);
const char *mg_diary_what_else         (void);

G_END_DECLS
