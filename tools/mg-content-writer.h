/* mg-content-writer.h: writes a checked guide in the compiled form the app
 * loads, a build-time tool
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-content.h"

G_BEGIN_DECLS

GBytes *mg_guide_compile (MgGuide *self);

G_END_DECLS
