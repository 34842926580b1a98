/* mg-diary-result.h: what the symptom diary shows, honestly, and its export for the doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-diary-store.h"

G_BEGIN_DECLS

#define MG_TYPE_DIARY_RESULT (mg_diary_result_get_type ())

G_DECLARE_FINAL_TYPE (MgDiaryResult, mg_diary_result, MG, DIARY_RESULT, AdwBin)

GtkWidget *mg_diary_result_new (MgDiaryStore *store);

G_END_DECLS
