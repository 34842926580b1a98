/* mg-diary-chart.h: one symptom's daily scores and weekly medians, phase by phase
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mg-diary-entry.h"
#include "mg-trial-plan.h"

G_BEGIN_DECLS

/* The colours the chart is drawn in: the screen's or the paper's. */
typedef struct {
  GdkRGBA text;    /* labels, the axis, the before and after phases */
  GdkRGBA accent;  /* the scores and the magnesium phase */
  float   shade;   /* how strongly the phases are shaded: 1 normal, more in high contrast */
  float   dots;    /* the daily scores' opacity: more on a dark background */
} MgDiaryChartColors;

#define MG_TYPE_DIARY_CHART (mg_diary_chart_get_type ())

G_DECLARE_FINAL_TYPE (MgDiaryChart, mg_diary_chart, MG, DIARY_CHART, GtkWidget)

GtkWidget  *mg_diary_chart_new             (MgDiarySymptom             symptom);
void        mg_diary_chart_set_diary       (MgDiaryChart              *self,
                                            const MgTrialPlan         *plan,
                                            GPtrArray                 *entries);
const char *mg_diary_chart_get_description (MgDiaryChart              *self);

double      mg_diary_chart_draw            (cairo_t                   *cr,
                                            PangoContext              *context,
                                            const MgDiaryChartColors  *colors,
                                            const MgTrialPlan         *plan,
                                            GPtrArray                 *entries,
                                            MgDiarySymptom             symptom,
                                            double                     width,
                                            double                     plot_height);
double      mg_diary_chart_measure_height  (PangoContext              *context,
                                            const MgTrialPlan         *plan,
                                            double                     width,
                                            double                     plot_height);

G_END_DECLS
