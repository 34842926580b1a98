/* mg-file-save.h: writes a file whole or not at all
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MG_SAVE_ERROR (mg_save_error_quark ())

/* What a person can do about it; the error's message says so in words. */
typedef enum {
  MG_SAVE_ERROR_NO_SPACE,       /* the disk is full */
  MG_SAVE_ERROR_NO_PERMISSION,  /* the folder cannot be written to */
  MG_SAVE_ERROR_FAILED,         /* anything else */
} MgSaveError;

gboolean mg_file_save        (const char  *path,
                              GBytes      *contents,
                              GError     **error);

GQuark   mg_save_error_quark (void);

G_END_DECLS
