/* mg-pdf-export.c: a print operation saved as a PDF file, whole or not at all
 *
 * GTK's export writes wherever it is told and does not say when a write
 * fails: on a full disk it leaves a 0-byte or truncated PDF and reports
 * success. So it writes into a private temporary file, which is then
 * checked to be a whole PDF, and mg_file_save () puts that in place.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-pdf-export"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "mg-file-save.h"
#include "mg-i18n.h"
#include "mg-pdf-export.h"

/* A PDF starts with its header and ends with the end-of-file marker,
 * which cairo writes last: a file cut short has no marker. */
static gboolean
is_whole_pdf (const char *data,
              gsize       length)
{
  static const char end[] = "%%EOF";

  while (length > 0 && g_ascii_isspace (data[length - 1]))
    length--;

  return length > strlen (end) && g_str_has_prefix (data, "%PDF-") &&
         memcmp (data + length - strlen (end), end, strlen (end)) == 0;
}

static void
set_cannot_make_error (GError     **error,
                       const char  *reason)
{
  const char *message =
    /* Translators: shown under a heading such as “The Summary Could Not Be
     * Saved” when the PDF could not even be made, and what to do: the disk
     * GTK makes it on first is the likeliest to be full */
    _("The PDF could not be made. Free some space on this computer and save again.");

  g_debug ("Could not make the PDF: %s", reason);
  g_set_error_literal (error, MG_SAVE_ERROR, MG_SAVE_ERROR_FAILED, message);
}

static GBytes *
make_pdf (GtkPrintOperation  *operation,
          GtkWindow          *parent,
          const char         *staging,
          GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  gtk_print_operation_set_export_filename (operation, staging);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                               &local_error) == GTK_PRINT_OPERATION_RESULT_ERROR ||
      !g_file_get_contents (staging, &data, &length, &local_error) ||
      !is_whole_pdf (data, length)) {
    set_cannot_make_error (error, local_error != NULL ? local_error->message : "it is cut short");
    return NULL;
  }

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * mg_pdf_export:
 * @parent: (nullable): the window a progress dialog would belong to
 *
 * Runs @operation as an export to a PDF file at @path, replacing what is
 * there only with a whole PDF.
 *
 * Returns: %FALSE with an #MG_SAVE_ERROR, whose message says in plain
 *   words what to do, when it could not
 */
gboolean
mg_pdf_export (GtkPrintOperation  *operation,
               GtkWindow          *parent,
               const char         *path,
               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *staging = NULL;
  int fd;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_file_open_tmp ("magnesium-guide-XXXXXX.pdf", &staging, &local_error);
  if (fd < 0) {
    set_cannot_make_error (error, local_error->message);
    return FALSE;
  }
  g_close (fd, NULL);

  pdf = make_pdf (operation, parent, staging, error);
  g_unlink (staging);

  return pdf != NULL && mg_file_save (path, pdf, error);
}

/**
 * mg_print_operation_set_title:
 *
 * Names the print job after @title, and the file that the print dialog's
 * “Print to File” proposes too, instead of GTK's “output.pdf”.
 */
void
mg_print_operation_set_title (GtkPrintOperation *operation,
                              const char        *title)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *basename = NULL;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (title != NULL);

  /* A file name cannot hold a slash, and a title can. */
  basename = g_strdelimit (g_strdup (title), "/", '-');
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);
}
