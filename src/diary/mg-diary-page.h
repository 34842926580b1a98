/* mg-diary-page.h: the symptom diary, a day's entry and the trial plan
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-diary-store.h"
#include "mg-dose-profile.h"

G_BEGIN_DECLS

#define MG_TYPE_DIARY_PAGE (mg_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (MgDiaryPage, mg_diary_page, MG, DIARY_PAGE, AdwBin)

GtkWidget    *mg_diary_page_new            (MgDoseProfile      *profile);
GtkWidget    *mg_diary_page_new_with_store (MgDoseProfile      *profile,
                                            MgDiaryStore       *store,
                                            const MgStoreClock *clock,
                                            gpointer            clock_data);
MgDiaryStore *mg_diary_page_get_store      (MgDiaryPage        *self);
const char   *mg_diary_page_get_day        (MgDiaryPage        *self);
void          mg_diary_page_set_day        (MgDiaryPage        *self,
                                            const char         *day);

G_END_DECLS
