/* mg-checklist-page.h: the food checklist, today’s magnesium from food
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-dose-profile.h"
#include "mg-intake-store.h"
#include "mg-own-foods.h"

G_BEGIN_DECLS

#define MG_TYPE_CHECKLIST_PAGE (mg_checklist_page_get_type ())

G_DECLARE_FINAL_TYPE (MgChecklistPage, mg_checklist_page, MG, CHECKLIST_PAGE, AdwBin)

GtkWidget     *mg_checklist_page_new                    (MgDoseProfile   *profile);
GtkWidget     *mg_checklist_page_new_with_store         (MgDoseProfile   *profile,
                                                         MgIntakeStore   *store);
GtkWidget     *mg_checklist_page_new_with_stores        (MgDoseProfile   *profile,
                                                         MgIntakeStore   *store,
                                                         MgOwnFoods      *own_foods);
guint          mg_checklist_page_get_reference_intake   (MgChecklistPage *self);
guint          mg_checklist_page_get_total_mg           (MgChecklistPage *self);
MgIntakeStore *mg_checklist_page_get_store              (MgChecklistPage *self);
const char    *mg_checklist_page_get_filter             (MgChecklistPage *self);
void           mg_checklist_page_set_filter             (MgChecklistPage *self,
                                                         const char      *filter);
const char    *mg_checklist_page_get_day                (MgChecklistPage *self);
gboolean       mg_checklist_page_show_day               (MgChecklistPage *self,
                                                         const char      *day);
void           mg_checklist_page_reopen_own_food        (MgChecklistPage *self,
                                                         const char      *id,
                                                         GVariant        *typed);

G_END_DECLS
