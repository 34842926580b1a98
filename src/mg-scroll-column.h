/* mg-scroll-column.h: the content of a window-high, vertically scrolling view
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_SCROLL_COLUMN (mg_scroll_column_get_type ())

G_DECLARE_FINAL_TYPE (MgScrollColumn, mg_scroll_column, MG, SCROLL_COLUMN, GtkWidget)

GtkWidget *mg_scroll_column_new       (void);
GtkWidget *mg_scroll_column_get_child (MgScrollColumn *self);
void       mg_scroll_column_set_child (MgScrollColumn *self,
                                       GtkWidget      *child);

G_END_DECLS
