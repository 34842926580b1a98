/* mg-key-file-store-private.h: what the tests of the stores may change
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/types.h>

#include "mg-key-file-store.h"

G_BEGIN_DECLS

/* The calls the stores' worker makes on the file. A test puts in its own to
 * play a full disk, a permission the root user would not meet, or a disk
 * that takes a second to sync; the stores' own are the C library's. */
typedef struct {
  int     (*open)  (const char *path, int flags, mode_t mode);
  ssize_t (*write) (int fd, const void *buffer, size_t count);
  int     (*fsync) (int fd);
} MgKeyFileStoreFileOps;

/* Set while no store is saving; %NULL puts back the C library's. For every store. */
void     mg_key_file_store_set_file_ops (const MgKeyFileStoreFileOps *ops);

G_END_DECLS
