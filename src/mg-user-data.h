/* mg-user-data.h: everything the app keeps about the person, deleted at
 * once and brought back on request
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mg-diary-store.h"
#include "mg-dose-profile.h"
#include "mg-intake-store.h"
#include "mg-own-foods.h"

G_BEGIN_DECLS

typedef struct _MgUserDataBackup MgUserDataBackup;

char             *mg_user_data_dup_folder    (void);
MgUserDataBackup *mg_user_data_delete_all    (MgIntakeStore    *checklist,
                                              MgOwnFoods       *own_foods,
                                              MgDiaryStore     *diary,
                                              MgDoseProfile    *profile);
void              mg_user_data_restore       (MgUserDataBackup *backup);
void              mg_user_data_backup_free   (MgUserDataBackup *backup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgUserDataBackup, mg_user_data_backup_free)

G_END_DECLS
