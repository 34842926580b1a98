/* mg-field-error.h: what a person typed and the app refused, said next to
 * the field
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-form-row.h"

G_BEGIN_DECLS

void mg_field_error_show  (MgFormRow    *row,
                           GtkWidget    *field,
                           const char   *reason,
                           gboolean      announce);
void mg_field_error_clear (MgFormRow    *row,
                           GtkWidget    *field,
                           const char   *subtitle);
void mg_announce          (GtkWidget    *widget,
                           const char   *message,
                           GtkAccessibleAnnouncementPriority priority);

G_END_DECLS
