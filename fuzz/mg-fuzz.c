/* mg-fuzz.c: what every fuzz target sets up first: libFuzzer calls
 * LLVMFuzzerInitialize () once, before the first input
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz"

#include "config.h"

#include <glib/gstdio.h>
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

static char *directory;

/* Empties the run's directory, for the next input. */
void
mg_fuzz_empty_directory (void)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *path = g_build_filename (directory, name, NULL);

    g_assert_cmpint (g_remove (path), ==, 0);
  }
}

static void
remove_directory (void)
{
  mg_fuzz_empty_directory ();
  g_rmdir (directory);
}

/**
 * mg_fuzz_get_directory:
 *
 * Returns: a directory of its own for the whole run, removed at its end
 */
const char *
mg_fuzz_get_directory (void)
{
  g_autoptr(GError) error = NULL;

  if (directory != NULL)
    return directory;

  directory = g_dir_make_tmp ("mg-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  if (atexit (remove_directory) != 0)
    g_error ("Cannot remove %s at exit", directory);

  return directory;
}
