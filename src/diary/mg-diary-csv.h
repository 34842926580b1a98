/* mg-diary-csv.h: the diary as a table for the doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-trial-plan.h"

G_BEGIN_DECLS

char *mg_diary_to_csv       (const MgTrialPlan *plan,
                             GPtrArray         *entries);
char *mg_diary_weeks_to_csv (const MgTrialPlan *plan,
                             GPtrArray         *entries);

G_END_DECLS
