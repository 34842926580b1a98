/* mg-fold-box.h: two children side by side when wide, one above the other
 * when narrow
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_FOLD_BOX (mg_fold_box_get_type ())

G_DECLARE_FINAL_TYPE (MgFoldBox, mg_fold_box, MG, FOLD_BOX, GtkWidget)

GtkWidget *mg_fold_box_new             (void);
gboolean   mg_fold_box_get_folded      (MgFoldBox *self);
int        mg_fold_box_get_threshold   (MgFoldBox *self);
void       mg_fold_box_set_threshold   (MgFoldBox *self,
                                        int        threshold);
int        mg_fold_box_get_side_offset (MgFoldBox *self);
void       mg_fold_box_set_side_offset (MgFoldBox *self,
                                        int        offset);

G_END_DECLS
