/* mg-i18n.h: the locale and the language of the interface
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   mg_i18n_init        (void);
char  *mg_i18n_format_date (const char *iso_date);

G_END_DECLS
