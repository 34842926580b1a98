/* mg-window.h
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-content.h"
#include "mg-dose-profile.h"

G_BEGIN_DECLS

#define MG_TYPE_WINDOW (mg_window_get_type ())

G_DECLARE_FINAL_TYPE (MgWindow, mg_window, MG, WINDOW, AdwApplicationWindow)

MgWindow   *mg_window_new              (GtkApplication *application,
                                        MgGuide        *guide,
                                        MgDoseProfile  *dose_profile);
const char *mg_window_get_page_id      (MgWindow       *self);
void        mg_window_rebuild          (MgWindow       *self);
void        mg_window_add_toast        (MgWindow       *self,
                                        AdwToast       *toast);
void        mg_window_search           (MgWindow       *self,
                                        const char     *query);

G_END_DECLS
