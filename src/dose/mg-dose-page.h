/* mg-dose-page.h: the interactive dose guide
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_DOSE_PAGE (mg_dose_page_get_type ())

G_DECLARE_FINAL_TYPE (MgDosePage, mg_dose_page, MG, DOSE_PAGE, AdwBin)

GtkWidget  *mg_dose_page_new                  (void);
void        mg_dose_page_retranslate          (MgDosePage *self);
const char *mg_dose_page_get_title            (MgDosePage *self);
guint       mg_dose_page_get_food_mg          (MgDosePage *self);
void        mg_dose_page_set_food_mg          (MgDosePage *self,
                                               guint       food_mg);
guint       mg_dose_page_get_reference_intake (MgDosePage *self);

G_END_DECLS
