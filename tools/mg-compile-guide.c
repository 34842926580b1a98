/* mg-compile-guide.c: checks the article's content file and writes it in
 * the compiled form the app loads at start-up
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: mg-compile-guide CONTENT-FILE OUTPUT
 */

#include "config.h"

#include <gio/gio.h>

#include "mg-content-parser.h"
#include "mg-content-writer.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MgGuide) guide = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3) {
    g_printerr ("Usage: %s CONTENT-FILE OUTPUT\n", argv[0]);
    return 2;
  }

  guide = mg_guide_new_from_file (argv[1], &error);
  if (guide == NULL) {
    g_printerr ("%s\n", error->message);
    return 1;
  }

  compiled = mg_guide_compile (guide);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (compiled, NULL),
                            (gssize) g_bytes_get_size (compiled), &error)) {
    g_printerr ("%s\n", error->message);
    return 1;
  }

  return 0;
}
