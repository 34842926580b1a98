/* mg-test-clock.c: a clock the tests set, and the timeouts it makes due
 *
 * An MgTestClock tells the intake store the time and keeps its timeouts:
 * they run when the test moves the clock past them, never on their own, so
 * a test gives the same answer however slow the machine or valgrind is.
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-test-clock.h"

/* Timeouts that add each other with no delay would run for ever. */
#define MAX_TIMEOUTS_PER_MOVE 10000

typedef struct {
  guint            id;
  GTimeSpan        due;  /* on the clock's monotonic time */
  char            *name;
  GSourceOnceFunc  func;
  gpointer         data;
} Timeout;

struct _MgTestClock {
  GDateTime *now;
  /* Its monotonic time, in µs: only moving the clock forward adds to it,
   * and setting it to another date does not. */
  GTimeSpan  elapsed;
  GPtrArray *timeouts;  /* of Timeout, not yet run */
  guint      last_id;
};

static void
timeout_free (Timeout *timeout)
{
  g_free (timeout->name);
  g_free (timeout);
}

MgTestClock *
mg_test_clock_new (const char *iso8601)
{
  MgTestClock *clock = g_new0 (MgTestClock, 1);

  clock->timeouts = g_ptr_array_new_with_free_func ((GDestroyNotify) timeout_free);
  mg_test_clock_set (clock, iso8601);
  return clock;
}

/* Sets the time, in a zone one hour east of UTC whatever the machine’s zone,
 * so that local midnight is not UTC’s. No timeout runs: as a person setting
 * the computer’s clock, this does not move the monotonic time. */
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
 * source’s own implementation; this stands in for a timer that mg-memory and
 * GTK do not let a test inject. The intake store takes an MgTestClock.) */
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

/* The timeout that comes due first, the first added of those due together,
 * or -1 if none is due by @until. */
static int
next_due (MgTestClock *clock,
          GTimeSpan    until)
{
  int next = -1;

  for (guint i = 0; i < clock->timeouts->len; i++) {
    Timeout *timeout = g_ptr_array_index (clock->timeouts, i);

    if (timeout->due <= until &&
        (next < 0 || timeout->due < ((Timeout *) g_ptr_array_index (clock->timeouts, next))->due))
      next = (int) i;
  }

  return next;
}

/* Runs, in the order they come due, the timeouts due in the next @elapsed
 * µs, those that they add too: each runs at its own moment, as it would
 * have with time passing. */
static void
run_due (MgTestClock *clock,
         GTimeSpan    elapsed)
{
  GTimeSpan until = clock->elapsed + elapsed;
  guint n_run = 0;
  int next;

  g_assert_cmpint (elapsed, >=, 0);
  while ((next = next_due (clock, until)) >= 0) {
    Timeout *timeout = g_ptr_array_steal_index (clock->timeouts, (guint) next);

    if (++n_run > MAX_TIMEOUTS_PER_MOVE)
      g_error ("The timeout “%s” keeps coming due: %u ran", timeout->name, n_run);
    clock->elapsed = MAX (clock->elapsed, timeout->due);
    timeout->func (timeout->data);
    timeout_free (timeout);
  }
  clock->elapsed = until;
}

/**
 * mg_test_clock_advance:
 * @elapsed: how much time passes, in µs
 *
 * Moves the clock forward by @elapsed, and runs its timeouts that come due
 * in that time.
 */
void
mg_test_clock_advance (MgTestClock *clock,
                       GTimeSpan    elapsed)
{
  GDateTime *later = g_date_time_add (clock->now, elapsed);

  g_assert_nonnull (later);
  g_date_time_unref (clock->now);
  clock->now = later;
  run_due (clock, elapsed);
}

/**
 * mg_test_clock_jump:
 *
 * Moves the clock forward to @iso8601, and runs its timeouts that come due
 * in that time.
 */
void
mg_test_clock_jump (MgTestClock *clock,
                    const char  *iso8601)
{
  g_autoptr(GDateTime) before = g_date_time_ref (clock->now);

  mg_test_clock_set (clock, iso8601);
  run_due (clock, g_date_time_difference (clock->now, before));
}

/**
 * mg_test_clock_due_in:
 * @name: the name the timeout was added with
 *
 * Returns: how long until the first timeout called @name runs, in µs, or
 * -1 if none waits
 */
GTimeSpan
mg_test_clock_due_in (MgTestClock *clock,
                      const char  *name)
{
  GTimeSpan due_in = -1;

  for (guint i = 0; i < clock->timeouts->len; i++) {
    Timeout *timeout = g_ptr_array_index (clock->timeouts, i);

    if (g_str_equal (timeout->name, name) && (due_in < 0 || timeout->due - clock->elapsed < due_in))
      due_in = timeout->due - clock->elapsed;
  }

  return due_in;
}

static GDateTime *
clock_now (gpointer clock)
{
  return g_date_time_ref (((MgTestClock *) clock)->now);
}

static guint
add_timeout (gpointer         data,
             guint            interval,
             const char      *name,
             GSourceOnceFunc  func,
             gpointer         func_data)
{
  MgTestClock *clock = data;
  Timeout *timeout = g_new0 (Timeout, 1);

  timeout->id = ++clock->last_id;
  timeout->due = clock->elapsed + interval * (GTimeSpan) 1000;
  timeout->name = g_strdup (name);
  timeout->func = func;
  timeout->data = func_data;
  g_ptr_array_add (clock->timeouts, timeout);

  return timeout->id;
}

/* GLib wakes these within the second; this clock keeps them exact. */
static guint
add_timeout_seconds (gpointer         clock,
                     guint            interval,
                     const char      *name,
                     GSourceOnceFunc  func,
                     gpointer         func_data)
{
  return add_timeout (clock, interval * 1000, name, func, func_data);
}

static void
remove_timeout (gpointer data,
                guint    id)
{
  MgTestClock *clock = data;

  for (guint i = 0; i < clock->timeouts->len; i++) {
    if (((Timeout *) g_ptr_array_index (clock->timeouts, i))->id == id) {
      g_ptr_array_remove_index (clock->timeouts, i);
      return;
    }
  }

  g_error ("No timeout %u to remove: it ran or was removed before", id);
}

static const MgIntakeStoreClock store_clock = {
  clock_now, add_timeout, add_timeout_seconds, remove_timeout,
};

/* An MgIntakeStoreClock: pass the MgTestClock as its data. */
const MgIntakeStoreClock *
mg_test_clock_get_store_clock (void)
{
  return &store_clock;
}

/* Whatever was given the clock must have let go of it: a timeout left is
 * an object left alive. */
void
mg_test_clock_free (MgTestClock *clock)
{
  if (clock->timeouts->len > 0)
    g_error ("The timeout “%s” is still waiting",
             ((Timeout *) g_ptr_array_index (clock->timeouts, 0))->name);

  g_ptr_array_unref (clock->timeouts);
  g_clear_pointer (&clock->now, g_date_time_unref);
  g_free (clock);
}
