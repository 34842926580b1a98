/* mg-page-print.h: a page of the article on paper or as PDF
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mg-content.h"

G_BEGIN_DECLS

/* What to print, from the page shown. */
typedef enum {
  MG_PRINT_PAGE,     /* the page alone */
  MG_PRINT_SECTION,  /* every page of its section, with the contents */
  MG_PRINT_GUIDE,    /* the whole guide, with the contents */
} MgPrintScope;

double   mg_page_print_text_scale (GtkWindow     *parent);

gboolean mg_page_print            (GtkWindow     *parent,
                                   MgGuide       *guide,
                                   const MgPage  *page,
                                   MgPrintScope   scope,
                                   const char    *pdf_path,
                                   GError       **error);

G_END_DECLS
