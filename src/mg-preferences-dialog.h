/* mg-preferences-dialog.h
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_PREFERENCES_DIALOG (mg_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MgPreferencesDialog, mg_preferences_dialog, MG, PREFERENCES_DIALOG, AdwDialog)

AdwDialog *mg_preferences_dialog_new        (GtkApplication      *application);
void       mg_preferences_dialog_delete_all (MgPreferencesDialog *self);

G_END_DECLS
