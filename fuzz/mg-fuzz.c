/* mg-fuzz.c: what every fuzz target sets up first: libFuzzer calls
 * LLVMFuzzerInitialize () once, before the first input
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz"

#include "config.h"

#include <stdlib.h>

#include "mg-fuzz.h"

/* A message is what the code says about bad input it handled: millions of
 * them would only slow the fuzzer. A warning or a critical is a bug the
 * input found, so it stops the run and keeps the input, as a crash does. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return G_LOG_WRITER_HANDLED;

  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  return 0;
}
