/* replay.c: runs a fuzz target once on each file it is given, without
 * libFuzzer, so that every build and every compiler checks the seed corpus
 * and the inputs that once crashed (fuzz/regressions/)
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-replay"

#include "config.h"

#include <glib.h>
#include <string.h>

#include "mg-fuzz.h"

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  guint8 *copy;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  /* An exact-size copy, so that AddressSanitizer sees any read past the end
   * that the NUL g_file_get_contents () adds would hide; never NULL, as
   * libFuzzer never passes NULL. Freed by hand: clang 14's analyzer does not
   * follow g_autofree. */
  copy = g_malloc (MAX (length, 1));
  memcpy (copy, contents, length);
  g_print ("%s\n", path);
  LLVMFuzzerTestOneInput (copy, length);
  g_free (copy);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* A directory that does not exist holds no inputs: fuzz/regressions/NAME
 * appears with the first crash found in NAME. */
static guint
replay_directory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL && g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return 0;
  if (dir == NULL)
    g_error ("%s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    replay_file (g_ptr_array_index (names, i));

  return names->len;
}

/* Usage: replay-NAME CORPUS_DIR [DIR_OR_FILE...] */
int
main (int   argc,
      char *argv[])
{
  guint n_inputs;

  if (argc < 2) {
    g_printerr ("usage: %s CORPUS_DIR [DIR_OR_FILE...]\n", argv[0]);
    return 2;
  }

  LLVMFuzzerInitialize (&argc, &argv);

  /* A misspelt corpus directory must not pass as "nothing crashed". */
  n_inputs = replay_directory (argv[1]);
  if (n_inputs == 0) {
    g_printerr ("the seed corpus %s holds no inputs\n", argv[1]);
    return 1;
  }

  for (int i = 2; i < argc; i++) {
    if (g_file_test (argv[i], G_FILE_TEST_IS_DIR) || !g_file_test (argv[i], G_FILE_TEST_EXISTS)) {
      n_inputs += replay_directory (argv[i]);
    } else {
      replay_file (argv[i]);
      n_inputs++;
    }
  }

  g_print ("replayed %u inputs\n", n_inputs);
  return 0;
}
