/* mg-disclaimer.h: the “talk to your doctor” notice, always in view
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_DISCLAIMER (mg_disclaimer_get_type ())

G_DECLARE_FINAL_TYPE (MgDisclaimer, mg_disclaimer, MG, DISCLAIMER, AdwBin)

GtkWidget  *mg_disclaimer_new            (void);
const char *mg_disclaimer_get_text       (MgDisclaimer *self);
gboolean    mg_disclaimer_get_compact    (MgDisclaimer *self);
void        mg_disclaimer_set_compact    (MgDisclaimer *self,
                                          gboolean      compact);
void        mg_disclaimer_set_narrow     (MgDisclaimer *self,
                                          gboolean      narrow);
void        mg_disclaimer_set_large_text (MgDisclaimer *self,
                                          gboolean      large_text);
void        mg_disclaimer_show_full      (GtkWidget    *parent);
const char *mg_disclaimer_get_short_text (void);
const char *mg_disclaimer_get_full_text  (void);

G_END_DECLS
