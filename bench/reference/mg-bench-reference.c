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
 * With MG_BENCHMARK=actions it then changes the label's text, time after
 * time, and prints how long each change took from the call to the frame
 * that shows it: the least any visible change costs with this renderer.
 *
 *   MG_BENCHMARK change DURATION_US
 *   MG_BENCHMARK done
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

/* As the app's benchmark mode: a pause longer than a frame between
 * changes, the first few untimed. */
#define CHANGES 50
#define UNTIMED 5
#define GAP_MS 40

static const char * const texts[] = {
  "A bare libadwaita window",
  "Een kaal libadwaita-venster",
  "Ett tomt libadwaita-fönster",
  "Et tomt libadwaita-vindue",
};

static GtkLabel *label;
static gboolean  painted;
static guint     change;      /* the changes made so far */
static gint64    changed_at;  /* 0 when no change awaits its frame */

static gboolean
change_cb (gpointer user_data)
{
  GdkFrameClock *clock = user_data;

  change++;
  changed_at = g_get_monotonic_time ();
  gtk_label_set_text (label, texts[change % G_N_ELEMENTS (texts)]);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();
  gboolean actions = g_str_equal (g_getenv ("MG_BENCHMARK"), "actions");

  if (!painted) {
    GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

    painted = TRUE;
    printf ("MG_BENCHMARK first-frame %" G_GINT64_FORMAT "\n", now);
    printf ("MG_BENCHMARK renderer %s\n", G_OBJECT_TYPE_NAME (renderer));
  } else if (changed_at != 0) {
    if (change > UNTIMED)
      printf ("MG_BENCHMARK change %" G_GINT64_FORMAT "\n", now - changed_at);
    changed_at = 0;
  } else {
    return;  /* a frame of GTK's own */
  }
  fflush (stdout);

  if (actions && change < UNTIMED + CHANGES) {
    g_timeout_add (GAP_MS, change_cb, clock);
  } else {
    if (actions)
      printf ("MG_BENCHMARK done\n");
    fflush (stdout);
    g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  }
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

  label = GTK_LABEL (gtk_label_new (texts[0]));
  gtk_widget_set_vexpand (GTK_WIDGET (label), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
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
