/* mg-chart-style.h: a drawing that follows the accent colour, dark and high contrast
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mg_chart_style_follow   (GtkWidget *chart);
void mg_chart_style_unfollow (GtkWidget *chart);

G_END_DECLS
