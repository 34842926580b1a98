/* mg-about.h: the About dialog
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwDialog *mg_about_present (GtkApplication *application,
                             GtkWidget      *parent);

G_END_DECLS
