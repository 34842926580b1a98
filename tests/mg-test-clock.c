/* mg-test-clock.c: a clock the tests set, for the intake store
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
