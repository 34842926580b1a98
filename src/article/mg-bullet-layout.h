/* mg-bullet-layout.h: a list item, its bullet beside its text
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_BULLET_LAYOUT (mg_bullet_layout_get_type ())

G_DECLARE_FINAL_TYPE (MgBulletLayout, mg_bullet_layout, MG, BULLET_LAYOUT, GtkLayoutManager)

GtkLayoutManager *mg_bullet_layout_new (int spacing);

G_END_DECLS
