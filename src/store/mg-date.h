/* mg-date.h: calendar dates as the app writes them, YYYY-MM-DD
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  mg_date_parse_iso (const char  *text,
                             GDate       *date);
char     *mg_date_to_iso    (const GDate *date);
char     *mg_date_add_days  (const char  *text,
                             int          days);

G_END_DECLS
