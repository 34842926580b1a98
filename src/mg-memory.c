/* mg-memory.c: handing freed memory back to the system once the app settles
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page or language change frees the widgets and text it replaces, and a
 * software renderer frees large textures besides. glibc keeps what is freed
 * in the middle of its heap for later, so without a GPU the app’s memory
 * creeps up as a person reads, though nothing leaks. Once the app has been
 * still for a moment, malloc_trim () gives those free pages back, as GNOME
 * Shell does after its garbage collection. It is never done between frames
 * of a change: the pages would only be faulted in again.
 */

#define G_LOG_DOMAIN "mg-memory"

#include "config.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "mg-memory.h"

static guint release_id;
static guint n_releases;

static gboolean
release_cb (gpointer user_data)
{
  gint64 started = g_get_monotonic_time ();

  release_id = 0;
#ifdef HAVE_MALLOC_TRIM
  /* It returns whether any memory went back; either way is fine. */
  (void) malloc_trim (0);
#endif
  n_releases++;
  g_debug ("Released freed memory in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - started);

  return G_SOURCE_REMOVE;
}

/**
 * mg_memory_release_when_settled:
 *
 * Gives freed memory back to the system once nothing has called this for
 * %MG_MEMORY_SETTLE_MS: call it after each change that replaces much of
 * the window.
 */
void
mg_memory_release_when_settled (void)
{
  g_clear_handle_id (&release_id, g_source_remove);
  release_id = g_timeout_add_full (G_PRIORITY_LOW, MG_MEMORY_SETTLE_MS, release_cb, NULL, NULL);
  g_source_set_name_by_id (release_id, "[mg] release freed memory");
}

/**
 * mg_memory_get_n_releases:
 *
 * Returns: how many times the app has released memory, for the tests
 */
guint
mg_memory_get_n_releases (void)
{
  return n_releases;
}
