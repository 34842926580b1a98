/* mg-intake-store-private.h: what the tests of the intake store may change
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sys/types.h>

#include "mg-intake-store.h"
#include "mg-key-file-store-private.h"

G_BEGIN_DECLS

/* The calls the store's worker makes on the file: see MgKeyFileStoreFileOps. */
typedef MgKeyFileStoreFileOps MgIntakeStoreFileOps;

/* Set while no store is saving; %NULL puts back the C library's. For
 * every store: the diary's too. */
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
