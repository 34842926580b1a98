/* mg-test-store.h: waiting for the stores' worker, without a clock
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-intake-store.h"

G_BEGIN_DECLS

MgIntakeStore *mg_test_store_open  (const char    *directory,
                                    gpointer       clock);
void           mg_test_store_wait_loaded (MgIntakeStore *store);
void           mg_test_store_wait_idle   (MgIntakeStore *store);
gboolean       mg_test_store_flush (MgIntakeStore *store,
                                    GError       **error);

/* The same for any store of a key file (the diary's). */
void           mg_test_file_store_wait_loaded (MgKeyFileStore *store);
gboolean       mg_test_file_store_flush       (MgKeyFileStore *store,
                                               GError        **error);

/* Kills a process that saves without pause, @rounds times. */
typedef void (*MgTestStoreCheck) (gpointer data);

char          *mg_test_store_real_dir  (const char       *prefix);
gboolean       mg_test_store_kill_writers (const char       *directory,
                                           const char       *file_name,
                                           guint             rounds,
                                           guint32           seed,
                                           MgTestStoreCheck  check,
                                           gpointer          data);

void           mg_test_write_file      (const char    *directory,
                                        const char    *name,
                                        const char    *contents,
                                        gssize         length);
void           mg_test_remove_tree     (const char    *path);

void           mg_test_disk_hold       (void);
gboolean       mg_test_disk_wait_held  (void);
void           mg_test_disk_release    (void);
gboolean       mg_test_disk_synced_on_main_thread (void);

G_END_DECLS
