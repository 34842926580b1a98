/* mg-week-chart.h: a bar chart of the magnesium from food of the last days
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_WEEK_CHART (mg_week_chart_get_type ())

G_DECLARE_FINAL_TYPE (MgWeekChart, mg_week_chart, MG, WEEK_CHART, GtkWidget)

GtkWidget  *mg_week_chart_new                  (void);
void        mg_week_chart_set_days             (MgWeekChart        *self,
                                                const char * const *days,
                                                const guint        *totals_mg,
                                                guint               n_days);
guint       mg_week_chart_get_reference_intake (MgWeekChart        *self);
void        mg_week_chart_set_reference_intake (MgWeekChart        *self,
                                                guint               reference_mg);
const char *mg_week_chart_get_description      (MgWeekChart        *self);

G_END_DECLS
