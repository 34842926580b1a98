/* mg-column-layout.h: blocks of text one below the other, as wide as the
 * column
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_COLUMN_LAYOUT (mg_column_layout_get_type ())

G_DECLARE_FINAL_TYPE (MgColumnLayout, mg_column_layout, MG, COLUMN_LAYOUT, GtkLayoutManager)

GtkLayoutManager *mg_column_layout_new (int spacing);

G_END_DECLS
