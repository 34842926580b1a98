/* mg-export.c: what a view does to print or save a file for the doctor, and tell how it went
 *
 * The dose guide's summary and the symptom diary's exports ask, print,
 * save and answer alike: an alert in plain words when it fails, a toast
 * with a way to open the file when it is whole.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-export"

#include "config.h"

#include "mg-export.h"
#include "mg-field-error.h"
#include "mg-i18n.h"

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
mg_show_error (GtkWidget  *widget,
               const char *heading,
               const char *body)
{
  AdwDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);

  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, widget);
}

static void
print_done_cb (GtkWidget               *widget,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  mg_show_error (widget, g_object_get_data (G_OBJECT (operation), "error-heading"),
                 error != NULL ? error->message : "");
}

/**
 * mg_print_in_dialog:
 *
 * Runs @operation with the print dialog, which previews it; a failure is
 * told under @error_heading.
 */
void
mg_print_in_dialog (GtkWidget         *widget,
                    GtkPrintOperation *operation,
                    const char        *error_heading)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));

  g_object_set_data_full (G_OBJECT (operation), "error-heading", g_strdup (error_heading), g_free);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), widget, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent_window (widget),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    mg_show_error (widget, error_heading, error->message);
}

typedef struct {
  GtkWidget *widget;
  char      *error_heading;
  char      *action;
} Request;

static Request *
request_new (GtkWidget  *widget,
             const char *error_heading,
             const char *action)
{
  Request *request = g_new0 (Request, 1);

  request->widget = g_object_ref (widget);
  request->error_heading = g_strdup (error_heading);
  request->action = g_strdup (action);

  return request;
}

static void
request_free (Request *request)
{
  g_object_unref (request->widget);
  g_free (request->error_heading);
  g_free (request->action);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static void
open_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    mg_show_error (request->widget, request->error_heading, error->message);
}

static void
open_saved_clicked_cb (GtkWidget *widget,
                       AdwToast  *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, parent_window (widget), NULL, open_saved_cb,
                            request_new (widget, g_object_get_data (G_OBJECT (toast), "error-heading"), NULL));
}

/**
 * mg_tell_saved:
 * @open_error_heading: what a failure to open it is told under
 *
 * Says @message once the file at @path is whole, with a way to open it.
 */
void
mg_tell_saved (GtkWidget       *widget,
               AdwToastOverlay *toasts,
               const char      *message,
               const char      *path,
               const char      *open_error_heading)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (message != NULL && path != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_file_new_for_path (path), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "error-heading", g_strdup (open_error_heading), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved_clicked_cb), widget, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (toasts, toast);
  mg_announce (widget, message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
save_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (file == NULL) {
    if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
      mg_show_error (request->widget, request->error_heading, error->message);
    return;
  }

  if (path != NULL)
    gtk_widget_activate_action (request->widget, request->action, "s", path);
  else
    mg_show_error (request->widget, request->error_heading, _("Choose a folder on this computer."));
}

/**
 * mg_choose_save_file:
 *
 * Asks where to save (through the portal inside Flatpak), then activates
 * the choice's action with the path chosen.
 */
void
mg_choose_save_file (GtkWidget          *widget,
                     const MgSaveChoice *choice)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (choice != NULL && choice->action != NULL);

  gtk_file_dialog_set_title (dialog, choice->title);
  gtk_file_dialog_set_accept_label (dialog, _("_Save"));
  gtk_file_dialog_set_initial_name (dialog, choice->initial_name);
  gtk_file_filter_set_name (filter, choice->filter_name);
  gtk_file_filter_add_mime_type (filter, choice->mime_type);
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_save (dialog, parent_window (widget), NULL, save_chosen_cb,
                        request_new (widget, choice->error_heading, choice->action));
}

/* A page as the PDF has it, drawn by the same code, at twice the size of
 * an A4 page in points so that it stays sharp on a HiDPI screen. */
#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0
#define PAGE_SCALE  2.0

static GdkTexture *
page_texture (const MgPreview *preview,
              guint            page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (PAGE_WIDTH * PAGE_SCALE),
                                                         (int) (PAGE_HEIGHT * PAGE_SCALE));
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_scale (cr, PAGE_SCALE, PAGE_SCALE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  preview->draw (preview->draw_data, cr, PAGE_WIDTH, PAGE_HEIGHT, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      (gsize) cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT, bytes, (gsize) cairo_image_surface_get_stride (surface));
}

static guint
preview_n_pages (const MgPreview *preview)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n;

  if (preview->count_pages == NULL)
    return 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  n = preview->count_pages (preview->draw_data, cr, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return MAX (n, 1);
}

/**
 * mg_sheet_new:
 * @top: (nullable): a bar under the header bar
 * @bottom: (nullable): a bar at the bottom
 *
 * Returns: an adaptive dialog (a bottom sheet on a phone) with a header
 *   bar and @content scrolled
 */
AdwDialog *
mg_sheet_new (const char *title,
              int         width,
              int         height,
              GtkWidget  *top,
              GtkWidget  *content,
              GtkWidget  *bottom)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  adw_dialog_set_title (dialog, title);
  adw_dialog_set_content_width (dialog, width);
  adw_dialog_set_content_height (dialog, height);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());
  if (top != NULL)
    adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), top);
  if (bottom != NULL)
    adw_toolbar_view_add_bottom_bar (ADW_TOOLBAR_VIEW (view), bottom);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), scroller);
  adw_dialog_set_child (dialog, view);

  return dialog;
}

typedef void (*PrintFunc) (GtkWidget *widget);

static void
preview_print_cb (GtkWidget *widget,
                  GtkButton *button)
{
  PrintFunc print = (PrintFunc) g_object_get_data (G_OBJECT (button), "print");

  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_DIALOG)));
  print (widget);
}

static void
preview_save_cb (GtkWidget *widget,
                 GtkButton *button)
{
  g_autofree char *action = g_strdup (g_object_get_data (G_OBJECT (button), "action"));

  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_DIALOG)));
  gtk_widget_activate_action (widget, action, NULL);
}

static GtkWidget *
preview_button (GtkWidget  *widget,
                const char *label,
                GCallback   callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_object (button, "clicked", callback, widget, G_CONNECT_SWAPPED);

  return button;
}

/**
 * mg_present_preview:
 *
 * Shows the page as it will be printed, in an adaptive dialog (a bottom
 * sheet on a phone), with a way to print it or save it as a PDF.
 */
void
mg_present_preview (GtkWidget       *widget,
                    const MgPreview *preview)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *print, *save;
  guint n_pages;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (preview != NULL && preview->draw != NULL && preview->print != NULL);
  g_return_if_fail (preview->save_action != NULL);

  /* Every page, one under the other, as the PDF has them. */
  n_pages = preview_n_pages (preview);
  for (guint page = 0; page < n_pages; page++) {
    g_autoptr(GdkTexture) texture = page_texture (preview, page);
    GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));

    gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
    if (n_pages == 1) {
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), _("The summary as it will be printed"));
    } else {
      /* Translators: the number of a printed sheet, as in “Page 2 of 3” */
      g_autofree char *number = g_strdup_printf (_("Page %d of %d"), (int) page + 1, (int) n_pages);

      gtk_picture_set_alternative_text (GTK_PICTURE (picture), number);
    }
    gtk_widget_add_css_class (picture, "summary-preview");
    gtk_box_append (GTK_BOX (pages), picture);
  }
  gtk_widget_set_margin_top (pages, 12);
  gtk_widget_set_margin_bottom (pages, 12);
  gtk_widget_set_margin_start (pages, 12);
  gtk_widget_set_margin_end (pages, 12);

  print = preview_button (widget, _("_Print…"), G_CALLBACK (preview_print_cb));
  g_object_set_data (G_OBJECT (print), "print", (gpointer) preview->print);
  save = preview_button (widget, _("Save as P_DF…"), G_CALLBACK (preview_save_cb));
  g_object_set_data_full (G_OBJECT (save), "action", g_strdup (preview->save_action), g_free);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), print);
  gtk_box_append (GTK_BOX (buttons), save);

  adw_dialog_present (mg_sheet_new (preview->title, 640, 900, NULL, pages, buttons), widget);
}
