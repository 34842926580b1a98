/* mg-test-clock.h: a clock the tests set, and the timeouts it makes due
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MgTestClock MgTestClock;

MgTestClock *mg_test_clock_new  (const char  *iso8601);
void         mg_test_clock_set  (MgTestClock *clock,
                                 const char  *iso8601);
void         mg_test_clock_jump (MgTestClock *clock,
                                 const char  *iso8601,
                                 gpointer     owner);
GDateTime   *mg_test_clock_now  (gpointer     clock);
void         mg_test_clock_free (MgTestClock *clock);

void         mg_test_run_timeouts (gpointer  owner,
                                   GTimeSpan elapsed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgTestClock, mg_test_clock_free)

G_END_DECLS
