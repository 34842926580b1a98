/* mg-intake-store-private.h: what the tests of the intake store may change
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/types.h>

#include "mg-intake-store.h"

G_BEGIN_DECLS

/* The calls the store's worker makes on the file. A test puts in its own to
 * play a full disk, a permission the root user would not meet, or a disk
 * that takes a second to sync; the store's own are the C library's. */
typedef struct {
  int     (*open)  (const char *path, int flags, mode_t mode);
  ssize_t (*write) (int fd, const void *buffer, size_t count);
  int     (*fsync) (int fd);
} MgIntakeStoreFileOps;

/* Set while no store is saving; %NULL puts back the C library's. */
void     mg_intake_store_set_file_ops (const MgIntakeStoreFileOps *ops);

/* The names of the store's timeouts, as its clock is given them. */
#define MG_INTAKE_STORE_TIMEOUT_SAVE      "[mg] intake store save"
#define MG_INTAKE_STORE_TIMEOUT_RETRY     "[mg] intake store retry"
#define MG_INTAKE_STORE_TIMEOUT_DAY_CHECK "[mg] intake store day check"
#define MG_INTAKE_STORE_TIMEOUT_RELOAD    "[mg] intake store reload"

/* Whether the worker is visiting the disk: a test that let a timeout start
 * a save waits on it for the save's end. */
gboolean mg_intake_store_is_busy      (MgIntakeStore *self);

G_END_DECLS
