/* mg-form-row.h: a row with a title and a control that goes under the
 * title when the two no longer fit side by side
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_FORM_ROW (mg_form_row_get_type ())

G_DECLARE_FINAL_TYPE (MgFormRow, mg_form_row, MG, FORM_ROW, AdwPreferencesRow)

GtkWidget  *mg_form_row_new                   (void);
const char *mg_form_row_get_subtitle          (MgFormRow *self);
void        mg_form_row_set_subtitle          (MgFormRow  *self,
                                               const char *subtitle);
void        mg_form_row_set_prefix            (MgFormRow *self,
                                               GtkWidget *prefix);
void        mg_form_row_set_control           (MgFormRow *self,
                                               GtkWidget *control);
GtkWidget  *mg_form_row_get_control           (MgFormRow *self);
GtkWidget  *mg_form_row_get_activatable_widget (MgFormRow *self);
void        mg_form_row_set_activatable_widget (MgFormRow *self,
                                                GtkWidget *widget);
gboolean    mg_form_row_get_stacked           (MgFormRow *self);

int         mg_label_get_longest_word         (GtkLabel  *label);
void        mg_button_row_wrap_title          (AdwButtonRow *row);

G_END_DECLS
