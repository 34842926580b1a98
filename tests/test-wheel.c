/* test-wheel.c: the mouse wheel scrolls the forms and changes no answer
 *
 * Real wheel events, through the X server: xdotool moves the pointer over
 * each input of the Dose Guide and the Food Checklist and turns the wheel
 * (XTest buttons 4 and 5, which the server sends to this process as a
 * person's wheel would). GTK takes them through its own event path: no
 * controller is called by hand. No answer may change (the inputs and every
 * setting the app keeps), and the page must scroll.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "mg-test-utils.h"

static MgApplication *app;

#define NOTCHES "3"

static gboolean
is_input (GtkWidget     *widget,
          gconstpointer  data)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget) &&
         (GTK_IS_SPIN_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_SWITCH (widget) ||
          GTK_IS_CHECK_BUTTON (widget) || ADW_IS_COMBO_ROW (widget) || ADW_IS_SPIN_ROW (widget) ||
          ADW_IS_SWITCH_ROW (widget) || GTK_IS_SCALE (widget));
}

static void
collect_inputs (GtkWidget *widget,
                GPtrArray *inputs)
{
  if (is_input (widget, NULL))
    g_ptr_array_add (inputs, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_inputs (child, inputs);
}

/* What a person answered: every input's value, and every setting. */
static char *
answers (GtkWidget *window)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;
  GString *text = g_string_new (NULL);

  collect_inputs (window, inputs);
  for (guint i = 0; i < inputs->len; i++) {
    GtkWidget *input = inputs->pdata[i];

    if (GTK_IS_SPIN_BUTTON (input))
      g_string_append_printf (text, "spin %g\n", gtk_spin_button_get_value (GTK_SPIN_BUTTON (input)));
    else if (GTK_IS_DROP_DOWN (input))
      g_string_append_printf (text, "drop-down %u\n", gtk_drop_down_get_selected (GTK_DROP_DOWN (input)));
    else if (GTK_IS_SWITCH (input))
      g_string_append_printf (text, "switch %d\n", gtk_switch_get_active (GTK_SWITCH (input)));
    else if (GTK_IS_CHECK_BUTTON (input))
      g_string_append_printf (text, "check %d\n", gtk_check_button_get_active (GTK_CHECK_BUTTON (input)));
    else if (ADW_IS_COMBO_ROW (input))
      g_string_append_printf (text, "combo %u\n", adw_combo_row_get_selected (ADW_COMBO_ROW (input)));
    else if (ADW_IS_SPIN_ROW (input))
      g_string_append_printf (text, "spin-row %g\n", adw_spin_row_get_value (ADW_SPIN_ROW (input)));
    else if (ADW_IS_SWITCH_ROW (input))
      g_string_append_printf (text, "switch-row %d\n", adw_switch_row_get_active (ADW_SWITCH_ROW (input)));
    else if (GTK_IS_SCALE (input))
      g_string_append_printf (text, "scale %g\n", gtk_range_get_value (GTK_RANGE (input)));
  }

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++) {
    g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
    g_autofree char *printed = g_variant_print (value, FALSE);

    /* Where the window is and what it shows are not answers. */
    if (!g_str_has_prefix (keys[i], "window-") && !g_str_equal (keys[i], "last-page"))
      g_string_append_printf (text, "%s=%s\n", keys[i], printed);
  }

  return g_string_free (text, FALSE);
}

static char *
run (const char *command)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The X window of this process's window, as xdotool finds it. */
static char *
x_window (void)
{
  g_autofree char *command = g_strdup_printf ("xdotool search --onlyvisible --pid %d", (int) getpid ());
  g_autofree char *out = run (command);

  g_strstrip (out);
  g_assert_cmpstr (out, !=, "");
  return g_strndup (out, strcspn (out, "\n"));
}

static void
wheel_over (GtkWidget  *window,
            GtkWidget  *input,
            const char *xid,
            int         button)
{
  graphene_rect_t bounds;
  graphene_point_t centre;
  double dx, dy;
  g_autofree char *command = NULL;

  g_assert_true (gtk_widget_compute_bounds (input, window, &bounds));
  graphene_rect_get_center (&bounds, &centre);
  gtk_native_get_surface_transform (GTK_NATIVE (window), &dx, &dy);
  command = g_strdup_printf ("xdotool mousemove --window %s %d %d click --repeat " NOTCHES " %d", xid,
                             (int) (centre.x + dx), (int) (centre.y + dy), button);
  /* What xdotool prints says nothing: only that it ran. */
  g_free (run (command));
  /* A round trip: every event the wheel made is then with GDK. */
  gdk_display_sync (gtk_widget_get_display (window));
  mg_test_settle (window);
}

static GtkScrolledWindow *
scrolled_around (GtkWidget *widget)
{
  GtkWidget *up = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (up);
  return GTK_SCROLLED_WINDOW (up);
}

/* The widget that scrolls in @scrolled: a place in it stays where it is
 * whatever the page's scroll. The scrolled window's own child is the
 * GtkViewport it added, which stays put while its child moves. */
static GtkWidget *
scrolled_content (GtkScrolledWindow *scrolled)
{
  GtkWidget *child = gtk_scrolled_window_get_child (scrolled);

  if (GTK_IS_VIEWPORT (child) && gtk_viewport_get_child (GTK_VIEWPORT (child)) != NULL)
    return gtk_viewport_get_child (GTK_VIEWPORT (child));
  return child;
}

static void
test_wheel (gconstpointer data)
{
  const char *tool = data;
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  g_autofree char *xid = NULL;
  g_autofree char *before = NULL;

  gtk_widget_activate_action (widget, "win.show-tool", "s", tool);
  mg_test_settle (widget);
  xid = x_window ();
  collect_inputs (widget, inputs);
  g_assert_cmpuint (inputs->len, >, 0);
  before = answers (widget);

  for (guint i = 0; i < inputs->len; i++) {
    GtkWidget *input = inputs->pdata[i];
    GtkScrolledWindow *scrolled = scrolled_around (input);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
    double top = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
    graphene_rect_t bounds, shown, visible;
    graphene_point_t centre;
    double start;
    gboolean down;
    g_autofree char *after = NULL;

    /* The input a third of the way down the page, where a person scrolling
     * on meets it under the pointer: its place in the scrolled content, not
     * in the viewport, which moves with the last input's scroll. */
    g_assert_true (gtk_widget_compute_bounds (input, scrolled_content (scrolled), &bounds));
    gtk_adjustment_set_value (adjustment, bounds.origin.y - gtk_adjustment_get_page_size (adjustment) / 3);
    mg_test_settle (widget);
    start = gtk_adjustment_get_value (adjustment);
    down = start < top - 1;

    /* The pointer goes over the input where the page shows it: a wheel
     * anywhere else would say nothing about the input. */
    g_assert_true (gtk_widget_compute_bounds (input, widget, &shown));
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (scrolled), widget, &visible));
    graphene_rect_get_center (&shown, &centre);
    if (!graphene_rect_contains_point (&visible, &centre))
      g_error ("%s: %s %p is not in view to turn the wheel over", tool, G_OBJECT_TYPE_NAME (input),
               (void *) input);

    wheel_over (widget, input, xid, down ? 5 : 4);

    after = answers (widget);
    if (g_strcmp0 (before, after) != 0)
      g_error ("%s: the wheel over %s %p changed an answer:\nbefore:\n%safter:\n%s", tool,
               G_OBJECT_TYPE_NAME (input), (void *) input, before, after);
    if (down ? gtk_adjustment_get_value (adjustment) <= start : gtk_adjustment_get_value (adjustment) >= start)
      g_error ("%s: the wheel over %s %p did not scroll the page (stayed at %g)", tool,
               G_OBJECT_TYPE_NAME (input), (void *) input, start);
  }

  /* The pointer goes back where headless.sh parked it. */
  g_free (run ("xdotool mousemove 1279 1023"));
  mg_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_data_func ("/wheel/dose-guide", "dose-guide", test_wheel);
  g_test_add_data_func ("/wheel/food-checklist", "food-checklist", test_wheel);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
