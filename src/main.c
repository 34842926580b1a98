/* main.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "mg-application.h"
#include "mg-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MgApplication) app = NULL;

  mg_i18n_init ();
  /* mg_i18n_init () chose the locale; GTK must not set it again. */
  gtk_disable_setlocale ();

  app = mg_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
