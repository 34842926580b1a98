/* main.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-application.h"

int
main (int   argc,
      char *argv[])
{
  return mg_application_main (argc, argv, NULL, NULL);
}
