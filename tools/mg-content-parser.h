/* mg-content-parser.h: reads and checks the article's content file, a
 * build-time tool
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-content.h"

G_BEGIN_DECLS

MgGuide *mg_guide_new_from_data (const char  *data,
                                 gsize        length,
                                 const char  *filename,
                                 GError     **error);
MgGuide *mg_guide_new_from_file (const char  *path,
                                 GError     **error);

G_END_DECLS
