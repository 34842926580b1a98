/* mg-test-store.c: waiting for the intake store's worker, without a clock
 *
 * The store reads and writes in a worker thread and hands the result to the
 * main context. These wait for that hand-over, however long the worker takes
 * on a loaded machine or under valgrind: each blocks in the main context until
 * the store's own callback has run, and no wall-clock time is involved.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-test-clock.h"
#include "mg-test-store.h"

typedef struct {
  gboolean  done;
  gboolean  saved;
  GError   *error;
} Flush;

/* Opens the store in @directory with a test clock and waits for its first read. */
MgIntakeStore *
mg_test_store_open (const char *directory,
                    gpointer    clock)
{
  MgIntakeStore *store = mg_intake_store_new_with_clock (directory, mg_test_clock_now, clock);

  mg_test_store_wait_loaded (store);
  return store;
}

void
mg_test_store_wait_loaded (MgIntakeStore *store)
{
  while (!mg_intake_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
}

static void
flushed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Flush *flush = user_data;

  flush->saved = mg_intake_store_flush_finish (MG_INTAKE_STORE (object), result, &flush->error);
  flush->done = TRUE;
}

/* Saves the pending changes now and waits until the worker says how it went. */
gboolean
mg_test_store_flush (MgIntakeStore  *store,
                     GError        **error)
{
  Flush flush = { FALSE, FALSE, NULL };

  mg_intake_store_flush_async (store, NULL, flushed_cb, &flush);
  while (!flush.done)
    g_main_context_iteration (NULL, TRUE);

  if (flush.error != NULL)
    g_propagate_error (error, flush.error);
  return flush.saved;
}
