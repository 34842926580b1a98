/* mg-chart-style.c: a drawing that follows the accent colour, dark and high contrast
 *
 * The charts take their colours from libadwaita's style manager as they
 * draw. A change of accent, of dark or of high contrast changes no CSS of
 * theirs, so nothing would draw them again: they follow the style manager
 * while they are in a window.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "mg-chart-style.h"

static const char *const style_signals[] = {
  "notify::accent-color-rgba",
  "notify::dark",
  "notify::high-contrast",
};

static void
style_changed_cb (GtkWidget *chart)
{
  gtk_widget_queue_draw (chart);
}

/**
 * mg_chart_style_follow:
 * @chart: a widget that draws itself, just rooted
 *
 * Draws @chart again whenever the accent colour, dark or high contrast
 * changes, until mg_chart_style_unfollow(). Call from the widget's root ().
 */
void
mg_chart_style_follow (GtkWidget *chart)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (chart));

  for (guint i = 0; i < G_N_ELEMENTS (style_signals); i++)
    g_signal_connect_object (manager, style_signals[i], G_CALLBACK (style_changed_cb), chart,
                             G_CONNECT_SWAPPED);
}

/**
 * mg_chart_style_unfollow:
 * @chart: a widget mg_chart_style_follow() was called for, about to be unrooted
 *
 * Call from the widget's unroot ().
 */
void
mg_chart_style_unfollow (GtkWidget *chart)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (chart));

  g_signal_handlers_disconnect_by_func (manager, style_changed_cb, chart);
}
