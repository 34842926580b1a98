/* mg-memory.h: handing freed memory back to the system once the app settles
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How long the app stays still before it releases memory, in ms. */
#define MG_MEMORY_SETTLE_MS 1000

void  mg_memory_release_when_settled (void);
guint mg_memory_get_n_releases       (void);

G_END_DECLS
