/* mg-shortcuts-dialog.h
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_SHORTCUTS_DIALOG (mg_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MgShortcutsDialog, mg_shortcuts_dialog, MG, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog *mg_shortcuts_dialog_new (GtkWindow *window);

G_END_DECLS
