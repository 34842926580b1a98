/* mg-benchmark.h: timestamps and timed actions for the benchmark harness
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void mg_benchmark_attach (GtkWindow *window);

G_END_DECLS
