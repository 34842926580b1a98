/* mg-test-utils.c: helpers for the widget tests
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"
#include "mg-test-utils.h"

/**
 * mg_test_init:
 *
 * Sets up the locale as the app’s main () does, then GTK for testing.
 */
void
mg_test_init (int    *argc,
              char ***argv)
{
  mg_i18n_init ();
  gtk_disable_setlocale ();
  gtk_test_init (argc, argv, NULL);
  /* Transitions end at once, so a loaded machine cannot catch a test
   * looking at a view half-way through its animation. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/**
 * mg_test_application_new:
 *
 * Returns: the app, registered (so started up) without claiming its bus name,
 * so that tests can run side by side.
 */
MgApplication *
mg_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  MgApplication *app = mg_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
mg_test_wait (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Waits until the window has its size and has been drawn. Without a
 * compositor GTK draws a thin solid frame inside the requested size, so the
 * content may be a few pixels narrower than asked for, never wider. */
void
mg_test_wait_for_size (GtkWidget *window,
                       int        width)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (window) || ABS (gtk_widget_get_width (window) - width) > 12) &&
         g_get_monotonic_time () < deadline)
    mg_test_wait (20);

  g_assert_true (gtk_widget_get_mapped (window));
  g_assert_cmpint (gtk_widget_get_width (window), <=, width + 12);
  g_assert_cmpint (gtk_widget_get_width (window), >=, width - 12);
  mg_test_wait (100);
}

MgWindow *
mg_test_window_new (MgApplication *app,
                    int            width,
                    int            height)
{
  MgWindow *window = mg_window_new (GTK_APPLICATION (app), mg_application_get_guide (app),
                                     mg_application_get_dose_profile (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for_size (GTK_WIDGET (window), width);

  return window;
}

/* Destroys the window and checks that nothing kept it alive. */
void
mg_test_window_destroy (MgWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  mg_test_wait (50);
  g_assert_finalize_object (window);
}

/**
 * mg_test_show_in_window:
 * @app: (nullable): the application the window belongs to
 *
 * Shows @child alone in a plain window of that size, drawn.
 *
 * Returns: (transfer none): the window
 */
GtkWidget *
mg_test_show_in_window (GtkWidget      *child,
                        GtkApplication *app,
                        int             width,
                        int             height)
{
  GtkWidget *window = gtk_window_new ();

  if (app != NULL)
    gtk_window_set_application (GTK_WINDOW (window), app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for_size (window, width);

  return window;
}

/* Destroys the window and checks that nothing keeps @child alive. */
void
mg_test_close_window (GtkWidget *window,
                      gpointer   child)
{
  g_object_ref (child);
  gtk_window_destroy (GTK_WINDOW (window));
  mg_test_wait (50);
  g_assert_finalize_object (child);
}

/**
 * mg_test_find:
 * @match: says whether a widget is the one looked for
 *
 * Returns: (nullable): the first widget at or under @root, in tree order,
 *   that @match accepts
 */
GtkWidget *
mg_test_find (GtkWidget     *root,
              MgTestMatch    match,
              gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    GtkWidget *found = mg_test_find (child, match, data);

    if (found != NULL)
      return found;
  }

  return NULL;
}

typedef struct {
  GType       type;
  const char *css_class;
} TypeAndClass;

static gboolean
is_type_and_class (GtkWidget     *widget,
                   gconstpointer  data)
{
  const TypeAndClass *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) && gtk_widget_get_mapped (widget) &&
         (wanted->css_class == NULL || gtk_widget_has_css_class (widget, wanted->css_class));
}

/* A widget of that type, and class if given, that a person can see. */
GtkWidget *
mg_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *css_class)
{
  TypeAndClass wanted = { type, css_class };

  return mg_test_find (root, is_type_and_class, &wanted);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

GtkWidget *
mg_test_find_action_button (GtkWidget  *root,
                            const char *action_name)
{
  return mg_test_find (root, has_action, action_name);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A label a person can see with exactly this text. */
GtkWidget *
mg_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return mg_test_find (root, is_label_with_text, text);
}

/* Whether all of the widget lies inside the window’s visible area. */
gboolean
mg_test_widget_inside (GtkWidget *widget,
                       GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;

  return bounds.size.width > 0 && bounds.size.height > 0 &&
         bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window) + 0.5 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window) + 0.5;
}

/* Renders the window as it is on screen into a PNG file. */
static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (painted);
}

void
mg_test_save_png (GtkWidget  *window,
                  const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width, height;

  /* What is saved is what the window last drew: wait for a frame to be
   * painted, so that the last change is laid out (under valgrind it may
   * not be yet). */
  wait_for_paint (window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
