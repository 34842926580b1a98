/* mg-test-utils.h: helpers for the widget tests
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-application.h"
#include "mg-intake-store.h"
#include "mg-window.h"

G_BEGIN_DECLS

typedef gboolean (*MgTestMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

void           mg_test_init              (int           *argc,
                                          char        ***argv);
MgApplication *mg_test_application_new   (void);
MgWindow      *mg_test_window_new        (MgApplication *app,
                                          int            width,
                                          int            height);
void           mg_test_window_destroy    (MgWindow      *window);
GtkWidget     *mg_test_show_in_window    (GtkWidget     *child,
                                          GtkApplication *app,
                                          int            width,
                                          int            height);
void           mg_test_close_window      (GtkWidget     *window,
                                          gpointer       child);
void           mg_test_run_pending       (void);
void           mg_test_wait_for_draw     (GtkWidget     *widget);
void           mg_test_settle            (GtkWidget     *widget);
void           mg_test_switch_language   (MgApplication *app,
                                          const char    *code);
void           mg_test_activate          (GtkWidget     *widget);
void           mg_test_activate_action   (GtkWidget     *widget,
                                          const char    *action,
                                          const char    *parameter);
void           mg_test_wait_for_size     (GtkWidget     *window,
                                          int            width);
GtkWidget     *mg_test_find              (GtkWidget     *root,
                                          MgTestMatch    match,
                                          gconstpointer  data);
GtkWidget     *mg_test_find_widget       (GtkWidget     *root,
                                          GType          type,
                                          const char    *css_class);
GtkWidget     *mg_test_find_action_button (GtkWidget    *root,
                                          const char    *action_name);
GtkWidget     *mg_test_find_label        (GtkWidget     *root,
                                          const char    *text);
GtkWidget     *mg_test_find_row          (GtkWidget     *root,
                                          const char    *title);
GtkWidget     *mg_test_find_form_row     (GtkWidget     *root,
                                          const char    *title);
gboolean       mg_test_widget_inside     (GtkWidget     *widget,
                                          GtkWidget     *window);
GdkTexture    *mg_test_render            (GtkWidget     *window);
void           mg_test_save_png          (GtkWidget     *window,
                                          const char    *path);
AdwDialog     *mg_test_wait_for_dialog   (GtkWidget     *window);
void           mg_test_close_dialog      (AdwDialog     *dialog);
double         mg_test_text_contrast     (GtkWidget     *widget);
void           mg_test_answer_dose_guide (MgApplication *app);
MgIntakeStore *mg_test_tick_foods        (void);

G_END_DECLS
