/* mg-dose-page.h: the interactive dose guide
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-dose-profile.h"

G_BEGIN_DECLS

#define MG_TYPE_DOSE_PAGE (mg_dose_page_get_type ())

G_DECLARE_FINAL_TYPE (MgDosePage, mg_dose_page, MG, DOSE_PAGE, AdwBin)

GtkWidget     *mg_dose_page_new             (MgDoseProfile *profile);
const char    *mg_dose_page_get_title       (MgDosePage    *self);
MgDoseProfile *mg_dose_page_get_profile     (MgDosePage    *self);
GVariant      *mg_dose_page_dup_refused     (MgDosePage    *self);
void           mg_dose_page_restore_refused (MgDosePage    *self,
                                             GVariant      *refused);

G_END_DECLS
