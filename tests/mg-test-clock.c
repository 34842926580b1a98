/* mg-test-clock.c: a clock the tests set, and the timeouts it makes due
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-test-clock.h"

struct _MgTestClock {
  GDateTime *now;
};

MgTestClock *
mg_test_clock_new (const char *iso8601)
{
  MgTestClock *clock = g_new0 (MgTestClock, 1);

  mg_test_clock_set (clock, iso8601);
  return clock;
}

/* Sets the time, in a zone one hour east of UTC whatever the machine’s zone,
 * so that local midnight is not UTC’s. */
void
mg_test_clock_set (MgTestClock *clock,
                   const char  *iso8601)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);

  g_clear_pointer (&clock->now, g_date_time_unref);
  clock->now = g_date_time_new_from_iso8601 (iso8601, zone);
  g_assert_nonnull (clock->now);
}

#define PARKED_PRIORITY G_MAXINT
/* Running one due timeout takes one dispatch, unless sources of a higher
 * priority are ready too: far fewer than this. */
#define MAX_DISPATCHES 1000

typedef struct {
  GSource *source;
  int      priority;
} Parked;

static void
unpark (gpointer data)
{
  Parked *parked = data;

  if (!g_source_is_destroyed (parked->source))
    g_source_set_priority (parked->source, parked->priority);
  g_source_unref (parked->source);
  g_free (parked);
}

static void
park (GPtrArray *parked,
      GSource   *source)
{
  Parked *entry = g_new0 (Parked, 1);

  entry->source = g_source_ref (source);
  entry->priority = g_source_get_priority (source);
  g_ptr_array_add (parked, entry);
}

/* Behind every other source, so that the next search finds the next one. */
static void
park_behind (GSource *source)
{
  if (!g_source_is_destroyed (source))
    g_source_set_priority (source, PARKED_PRIORITY);
}

static gboolean
is_parked (GPtrArray *parked,
           GSource   *source)
{
  for (guint i = 0; i < parked->len; i++) {
    if (((Parked *) parked->pdata[i])->source == source)
      return TRUE;
  }

  return FALSE;
}

/* Dispatches the timeout now, as its expiry would: GLib keeps a timeout’s
 * expiry in its ready time. (GLib reserves g_source_set_ready_time () for a
 * source’s own implementation; this stands in for a timer that the intake
 * store and mg-memory do not yet let a test inject.) */
static void
run_now (GSource *source)
{
  g_source_set_ready_time (source, 0);
  for (guint i = 0; i < MAX_DISPATCHES && !g_source_is_destroyed (source) &&
       g_source_get_ready_time (source) == 0; i++)
    g_main_context_iteration (NULL, FALSE);

  if (!g_source_is_destroyed (source) && g_source_get_ready_time (source) == 0)
    g_error ("The timeout “%s” did not run in %u dispatches", g_source_get_name (source),
             MAX_DISPATCHES);
}

/**
 * mg_test_run_timeouts:
 * @owner: (nullable): the data the timeouts to run were added with
 * @elapsed: how much time passes, in µs
 *
 * Runs at once, once, each timeout of @owner’s that would have come due
 * had @elapsed more passed, as if it had. GLib’s timeouts follow the
 * machine’s monotonic time, not a test’s clock: without this a test would
 * wait for them in real time. Timeouts that they add are left alone.
 */
void
mg_test_run_timeouts (gpointer  owner,
                      GTimeSpan elapsed)
{
  g_autoptr(GPtrArray) parked = g_ptr_array_new_with_free_func (unpark);
  /* Sources get ever higher ids: those above this one’s are added here. */
  g_autoptr(GSource) marker = g_idle_source_new ();
  guint newest = g_source_attach (marker, NULL);
  GSource *source;

  g_source_destroy (marker);
  while ((source = g_main_context_find_source_by_funcs_user_data (NULL, &g_timeout_funcs,
                                                                  owner)) != NULL &&
         !is_parked (parked, source)) {
    gint64 due_in = g_source_get_ready_time (source) - g_get_monotonic_time ();

    /* Kept alive past its dispatch, so that a later timeout is not taken
     * for it. */
    park (parked, source);
    if (g_source_get_id (source) < newest && due_in <= elapsed)
      run_now (source);
    park_behind (source);
  }
}

/**
 * mg_test_clock_jump:
 * @owner: the data that the timeouts to run were added with
 *
 * Moves the clock forward to @iso8601, and runs the timeouts of @owner’s
 * that would have come due in that time (mg_test_run_timeouts ()).
 */
void
mg_test_clock_jump (MgTestClock *clock,
                    const char  *iso8601,
                    gpointer     owner)
{
  g_autoptr(GDateTime) before = g_date_time_ref (clock->now);
  GTimeSpan jump;

  mg_test_clock_set (clock, iso8601);
  jump = g_date_time_difference (clock->now, before);
  g_assert_cmpint (jump, >=, 0);
  mg_test_run_timeouts (owner, jump);
}

/* An MgIntakeStoreClock: pass the MgTestClock as its data. */
GDateTime *
mg_test_clock_now (gpointer clock)
{
  return g_date_time_ref (((MgTestClock *) clock)->now);
}

void
mg_test_clock_free (MgTestClock *clock)
{
  g_clear_pointer (&clock->now, g_date_time_unref);
  g_free (clock);
}
