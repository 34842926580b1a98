/* mg-application.h
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-content.h"
#include "mg-dose-profile.h"

G_BEGIN_DECLS

#define MG_TYPE_APPLICATION (mg_application_get_type ())

G_DECLARE_FINAL_TYPE (MgApplication, mg_application, MG, APPLICATION, AdwApplication)

typedef void (*MgApplicationPrepareFunc) (MgApplication *app,
                                          gpointer       user_data);

int            mg_application_main             (int                       argc,
                                                char                    **argv,
                                                MgApplicationPrepareFunc  prepare,
                                                gpointer                  user_data);
MgApplication *mg_application_new              (void);
MgGuide       *mg_application_get_guide        (MgApplication *self);
MgDoseProfile *mg_application_get_dose_profile (MgApplication *self);
double         mg_application_get_text_scale   (MgApplication *self);
void           mg_application_show_page        (MgApplication *self,
                                                const char    *id);
void           mg_application_search           (MgApplication *self,
                                                const char    *query);

G_END_DECLS
