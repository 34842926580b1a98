/* mg-pdf-export.h: a print operation saved as a PDF file, whole or not at all
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean mg_pdf_export (GtkPrintOperation  *operation,
                        GtkWindow          *parent,
                        const char         *path,
                        GError            **error);
void     mg_print_operation_set_title (GtkPrintOperation *operation,
                                       const char        *title);

G_END_DECLS
