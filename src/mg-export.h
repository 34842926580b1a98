/* mg-export.h: what a view does to print or save a file for the doctor, and tell how it went
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The file chooser's question: where to save, and what to do there. */
typedef struct {
  const char *title;
  const char *initial_name;
  const char *filter_name;
  const char *mime_type;
  const char *action;         /* a widget action taking the path ("s") */
  const char *error_heading;
} MgSaveChoice;

/* Draws page @page inside @width × @height, a context measured in points. */
typedef void  (*MgPageDraw)  (gpointer  user_data,
                              cairo_t  *cr,
                              double    width,
                              double    height,
                              guint     page);
/* How many pages of @width × @height it takes. */
typedef guint (*MgPageCount) (gpointer  user_data,
                              cairo_t  *cr,
                              double    width,
                              double    height);

/* A summary seen before it is printed or saved. */
typedef struct {
  const char  *title;
  MgPageDraw   draw;
  MgPageCount  count_pages;                 /* NULL for one page */
  gpointer     draw_data;
  void       (*print) (GtkWidget *widget);  /* runs the print dialog */
  const char  *save_action;                 /* asks where to save the PDF */
} MgPreview;

AdwDialog *mg_sheet_new  (const char          *title,
                          int                  width,
                          int                  height,
                          GtkWidget           *top,
                          GtkWidget           *content,
                          GtkWidget           *bottom);
void mg_present_preview  (GtkWidget           *widget,
                          const MgPreview     *preview);
void mg_show_error       (GtkWidget           *widget,
                          const char          *heading,
                          const char          *body);
void mg_print_in_dialog  (GtkWidget           *widget,
                          GtkPrintOperation   *operation,
                          const char          *error_heading);
void mg_tell_saved       (GtkWidget           *widget,
                          AdwToastOverlay     *toasts,
                          const char          *message,
                          const char          *path,
                          const char          *open_error_heading);
void mg_choose_save_file (GtkWidget           *widget,
                          const MgSaveChoice  *choice);

G_END_DECLS
