/* mg-dose-summary.h: the summary of the dose guide for a doctor, on one page when it fits
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "mg-dose-profile.h"
#include "mg-dose-text.h"

G_BEGIN_DECLS

gboolean mg_dose_summary_draw (MgDoseProfile *profile,
                               const char    *date,
                               const char    *disclaimer,
                               cairo_t       *cr,
                               double         width,
                               double         height);

guint    mg_dose_summary_get_n_pages (MgDoseProfile *profile,
                                      const char    *date,
                                      const char    *disclaimer,
                                      cairo_t       *cr,
                                      double         width,
                                      double         height);
void     mg_dose_summary_draw_page   (MgDoseProfile *profile,
                                      const char    *date,
                                      const char    *disclaimer,
                                      cairo_t       *cr,
                                      double         width,
                                      double         height,
                                      guint          page);

G_END_DECLS
