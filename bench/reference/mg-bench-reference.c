/* mg-bench-reference.c: the smallest libadwaita app, for the benchmark to
 * measure Magnesium Guide against
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplicationWindow with a header bar and a label, the size the app
 * opens at. With MG_BENCHMARK set it prints, as the app does:
 *
 *   MG_BENCHMARK first-frame MONOTONIC_US
 *   MG_BENCHMARK renderer GSK_RENDERER_TYPE
 *
 * It deliberately shares no code with the app, so that it stays the
 * baseline of what any libadwaita window costs.
 */

#define G_LOG_DOMAIN "mg-bench-reference"

#include <adwaita.h>
#include <stdio.h>

/* The default of the app's window-width and window-height settings. */
#define WIDTH 980
#define HEIGHT 720

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  printf ("MG_BENCHMARK first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  printf ("MG_BENCHMARK renderer %s\n", G_OBJECT_TYPE_NAME (renderer));
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("A bare libadwaita window");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Reference");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);

  if (g_getenv ("MG_BENCHMARK") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.mgguide.MagnesiumGuide.BenchReference",
                             G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
