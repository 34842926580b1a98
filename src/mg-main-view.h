/* mg-main-view.h
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_MAIN_VIEW (mg_main_view_get_type ())

G_DECLARE_FINAL_TYPE (MgMainView, mg_main_view, MG, MAIN_VIEW, AdwBreakpointBin)

MgMainView *mg_main_view_new (void);

G_END_DECLS
