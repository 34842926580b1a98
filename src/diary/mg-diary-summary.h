/* mg-diary-summary.h: the symptom diary on one page for the doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "mg-diary-store.h"

G_BEGIN_DECLS

const char *mg_diary_summary_title (void);
void        mg_diary_summary_draw  (const MgTrialPlan *plan,
                                    GPtrArray         *entries,
                                    MgDiaryTracks      tracks,
                                    const char        *date,
                                    const char        *disclaimer,
                                    cairo_t           *cr,
                                    double             width,
                                    double             height);

G_END_DECLS
