/* mg-file-save.h: writes a file whole or not at all
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sys/stat.h>
#include <sys/types.h>

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

/* The calls that write; a test may put in its own (a full disk, a slow one). */
typedef struct {
  ssize_t (*write) (int fd, const void *buffer, size_t count);
  int     (*fsync) (int fd);
} MgFileWriteOps;

gboolean mg_file_replace     (const char           *path,
                              const void           *data,
                              gsize                 length,
                              int                   mode,
                              const MgFileWriteOps *ops,
                              struct stat          *info,
                              int                  *error_code);

GQuark   mg_save_error_quark (void);

G_END_DECLS
