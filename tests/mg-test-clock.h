/* mg-test-clock.h: a clock the tests set, and the timeouts it makes due
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-intake-store.h"

G_BEGIN_DECLS

typedef struct _MgTestClock MgTestClock;

MgTestClock *mg_test_clock_new     (const char  *iso8601);
void         mg_test_clock_set     (MgTestClock *clock,
                                    const char  *iso8601);
void         mg_test_clock_advance (MgTestClock *clock,
                                    GTimeSpan    elapsed);
void         mg_test_clock_jump    (MgTestClock *clock,
                                    const char  *iso8601);
GTimeSpan    mg_test_clock_due_in  (MgTestClock *clock,
                                    const char  *name);
void         mg_test_clock_free    (MgTestClock *clock);

const MgIntakeStoreClock *mg_test_clock_get_store_clock (void);

void         mg_test_run_timeouts (gpointer  owner,
                                   GTimeSpan elapsed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgTestClock, mg_test_clock_free)

G_END_DECLS
