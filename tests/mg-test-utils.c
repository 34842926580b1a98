/* mg-test-utils.c: helpers for the widget tests
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "mg-dose-profile.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"
#include <glib/gstdio.h>

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
  /* A blinking cursor is a timer that never stops, and a screenshot that
   * shows it or not by chance. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
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

/* Waiting for something that is sure to come takes a few iterations of the
 * main context, each for one event or source; a bound on their number, not
 * on the time they take, lets a test fail clearly on a loaded machine or
 * under valgrind only when the thing never comes. */
#define MAX_ITERATIONS 10000
#define MAX_FRAMES 50

/**
 * mg_test_run_pending:
 *
 * Runs what the main context has ready now (idles, events, timeouts already
 * due), and what that adds, until nothing is ready. Waits for nothing.
 */
void
mg_test_run_pending (void)
{
  guint i;

  for (i = 0; i < MAX_ITERATIONS && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);

  if (i == MAX_ITERATIONS)
    g_error ("The main context still had work after %u dispatches", MAX_ITERATIONS);
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/**
 * mg_test_wait_for_draw:
 *
 * Waits until the window of @widget has drawn a frame that began after this
 * call: everything changed before it is laid out and painted. Fails if the
 * frame does not come within a bounded number of main context iterations.
 */
void
mg_test_wait_for_draw (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;
  guint i;

  /* A window that is not on screen never draws. */
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (window));
  clock = gtk_widget_get_frame_clock (window);
  g_assert_nonnull (clock);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (window);
  for (i = 0; i < MAX_ITERATIONS && !painted; i++)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  if (!painted)
    g_error ("%s was not drawn in %u main context iterations", G_OBJECT_TYPE_NAME (window),
             MAX_ITERATIONS);
}

/**
 * mg_test_settle:
 * @widget: (nullable): a widget in the window to wait for; %NULL for every
 *   window on screen
 *
 * After a change: runs what it set going, then waits for the window to show
 * the result, and runs what drawing set going.
 */
void
mg_test_settle (GtkWidget *widget)
{
  mg_test_run_pending ();
  if (widget != NULL) {
    mg_test_wait_for_draw (widget);
  } else {
    GList *windows = gtk_window_list_toplevels ();

    /* Held: waiting runs the main context, which may close one. */
    for (GList *l = windows; l != NULL; l = l->next)
      g_object_ref (l->data);
    for (GList *l = windows; l != NULL; l = l->next) {
      if (gtk_widget_get_mapped (l->data))
        mg_test_wait_for_draw (l->data);
    }
    g_list_free_full (windows, g_object_unref);
  }
  mg_test_run_pending ();
}

/**
 * mg_test_switch_language:
 * @app: (nullable): the app whose language menu switches; %NULL for a page
 *   tested alone, of which only the catalogue switches (the test then has
 *   the page translate itself again, as the app would)
 * @code: a language code; "" to follow the system
 *
 * Switches the language as a person does in the language menu, and waits
 * until every window on screen shows it. A language the app has must then
 * be the one it uses.
 */
void
mg_test_switch_language (MgApplication *app,
                         const char    *code)
{
  if (app != NULL) {
    g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (code));
    mg_test_settle (NULL);
  } else {
    g_assert_true (mg_i18n_set_language (code));
  }

  if (mg_i18n_is_supported (code))
    g_assert_cmpstr (mg_i18n_get_language (), ==, code);
}

/**
 * mg_test_activate:
 *
 * Activates @widget as Enter or Space would. A button then shows itself
 * pressed for a moment (a GTK timeout) before it is clicked: the moment
 * passes at once.
 */
void
mg_test_activate (GtkWidget *widget)
{
  g_assert_true (gtk_widget_activate (widget));
  mg_test_run_timeouts (widget, G_USEC_PER_SEC);
  mg_test_run_pending ();
}

/**
 * mg_test_activate_action:
 * @parameter: (nullable): a string parameter, or %NULL for an action that
 *   takes none
 *
 * Activates @action from @widget, as a menu item or a shortcut would, and
 * fails the test where @widget finds no such action.
 */
void
mg_test_activate_action (GtkWidget  *widget,
                         const char *action,
                         const char *parameter)
{
  gboolean found = parameter != NULL ? gtk_widget_activate_action (widget, action, "s", parameter)
                                     : gtk_widget_activate_action (widget, action, NULL);

  if (!found)
    g_error ("No action %s from %s", action, G_OBJECT_TYPE_NAME (widget));
}

/* Waits until the window is on screen, laid out and drawn. Without a
 * compositor GTK draws a thin solid frame inside the requested size, so the
 * content may be a few pixels narrower than asked for, never wider. */
void
mg_test_wait_for_size (GtkWidget *window,
                       int        width)
{
  for (guint i = 0; i < MAX_ITERATIONS && !gtk_widget_get_mapped (window); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (window));

  /* A new size goes to the X server and comes back before the window is
   * laid out at it: a frame or two. */
  for (guint frame = 0; frame < MAX_FRAMES; frame++) {
    mg_test_settle (window);
    if (ABS (gtk_widget_get_width (window) - width) <= 12)
      break;
  }
  g_assert_cmpint (gtk_widget_get_width (window), <=, width + 12);
  g_assert_cmpint (gtk_widget_get_width (window), >=, width - 12);
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
  mg_test_run_pending ();
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
  mg_test_run_pending ();
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

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A row a person can see, by its title: an AdwPreferencesRow, which
 * MgFormRow is too. */
GtkWidget *
mg_test_find_row (GtkWidget  *root,
                  const char *title)
{
  return mg_test_find (root, is_row_titled, title);
}

/* The form row a person sees titled @title, found by its title's label. */
GtkWidget *
mg_test_find_form_row (GtkWidget  *root,
                       const char *title)
{
  GtkWidget *label = mg_test_find_label (root, title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, MG_TYPE_FORM_ROW);
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

/**
 * mg_test_render:
 *
 * Returns: (transfer full): the window as it is on screen, drawn anew
 */
GdkTexture *
mg_test_render (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer;
  int width, height;

  /* A widget paintable shows what the widget last drew, and nothing while
   * a redraw is queued: so it is made right after a frame, with the last
   * change laid out and painted, before the main context runs again. */
  mg_test_settle (window);
  mg_test_wait_for_draw (window);
  paintable = gtk_widget_paintable_new (window);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Renders the window as it is on screen into a PNG file. */
void
mg_test_save_png (GtkWidget  *window,
                  const char *path)
{
  g_autoptr(GdkTexture) texture = mg_test_render (window);
  g_autofree char *folder = g_path_get_dirname (path);

  /* Whichever test saves first makes the folder: tests run in any order. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * mg_test_wait_for_dialog:
 *
 * Waits until the dialog shown in @window is on screen with its content
 * drawn: a floating sheet or a bottom sheet shows its content a frame or
 * two after the dialog itself. Fails if none is shown in a bounded number
 * of frames.
 *
 * Returns: (transfer none): the dialog
 */
AdwDialog *
mg_test_wait_for_dialog (GtkWidget *window)
{
  AdwDialog *dialog = NULL;

  for (guint frame = 0; frame < MAX_FRAMES; frame++) {
    mg_test_settle (window);
    dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
    if (dialog != NULL && gtk_widget_get_mapped (adw_dialog_get_child (dialog)))
      return dialog;
  }
  g_error ("No dialog was shown in %u frames", MAX_FRAMES);
}

/* Closes the dialog and checks that nothing keeps it alive. */
void
mg_test_close_dialog (AdwDialog *dialog)
{
  g_object_ref (dialog);
  adw_dialog_force_close (dialog);
  mg_test_settle (NULL);
  g_assert_finalize_object (dialog);
}

/**
 * mg_test_answer_dose_guide:
 *
 * Fills in the dose guide for someone it must warn, so that it shows a
 * result with its reasons: a woman of 70 on a loop diuretic, taking two
 * tablets of 200 mg of magnesium citrate a day.
 */
void
mg_test_answer_dose_guide (MgApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  MgDoseProfile *profile = mg_application_get_dose_profile (app);
  int age = 0;
  double amount = 0, tablets = 0;

  g_settings_set_int (settings, "dose-age", 70);
  g_settings_set_string (settings, "dose-age-unit", "years");
  g_settings_set_string (settings, "dose-sex", "female");
  g_settings_set_strv (settings, "dose-medicines", (const char *[]) { "loop-thiazide-diuretics", NULL });
  g_settings_set_string (settings, "dose-form", "citrate");
  g_settings_set_string (settings, "dose-amount-kind", "elemental");
  g_settings_set_double (settings, "dose-amount", 200);
  g_settings_set_double (settings, "dose-tablets", 2);
  /* Answered, as a person does, not the empty start's defaults. */
  g_settings_set_strv (settings, "dose-answered", (const char *[]) { "age", "sex", NULL });
  mg_test_run_pending ();

  /* The guide shows what the profile holds. */
  g_object_get (profile, "age", &age, "amount", &amount, "tablets", &tablets, NULL);
  g_assert_cmpint (age, ==, 70);
  g_assert_cmpfloat (amount, ==, 200);
  g_assert_cmpfloat (tablets, ==, 2);
  g_assert_cmpint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);
}

/* A few ticks in the food checklist today and on two days before, for the
 * list and for the week's chart. */
static const struct {
  int         days_before_today;
  const char *food;
  double      servings;
} ticks[] = {
  { 0, "spinach", 1 },
  { 0, "almonds", 2 },
  { 0, "banana", 1 },
  { 1, "pumpkin-seeds", 1 },
  { 1, "brown-rice", 1 },
  { 2, "dark-chocolate", 0.5 },
  { 2, "black-beans", 1 },
};

#define TICKED_DAYS 3

/**
 * mg_test_tick_foods:
 *
 * Ticks a few foods in the default store, today and on the two days before,
 * and waits until they are saved.
 *
 * Returns: (transfer full): the store
 */
MgIntakeStore *
mg_test_tick_foods (void)
{
  g_autoptr(GError) error = NULL;
  MgIntakeStore *store = mg_intake_store_dup_default ();
  g_auto(GStrv) days = NULL;

  mg_test_store_wait_loaded (store);
  days = mg_intake_store_dup_last_days (store, TICKED_DAYS);
  g_assert_cmpuint (g_strv_length (days), ==, TICKED_DAYS);
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    mg_intake_store_set_servings (store, days[TICKED_DAYS - 1 - ticks[i].days_before_today], ticks[i].food,
                                  ticks[i].servings);
  g_assert_true (mg_test_store_flush (store, &error));
  g_assert_no_error (error);

  return store;
}

static double
channel_luminance (guint8 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG 2's relative luminance of an opaque pixel. */
static double
luminance (const guint8 *pixel)
{
  return 0.2126 * channel_luminance (pixel[0]) + 0.7152 * channel_luminance (pixel[1]) +
         0.0722 * channel_luminance (pixel[2]);
}

/**
 * mg_test_text_contrast:
 *
 * Returns: the contrast, as WCAG 2 measures it, between the background
 *   behind @widget (its most common pixel on screen) and the pixel of its
 *   text farthest from it, which is the text's own colour; as a person
 *   checking a screenshot would measure it
 */
double
mg_test_text_contrast (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GdkTexture) texture = mg_test_render (window);
  g_autoptr(GdkTextureDownloader) downloader = gdk_texture_downloader_new (texture);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t bounds;
  const guint8 *data;
  gsize stride;
  guint32 background = 0;
  guint best = 0;
  double background_l, text_l, farthest = -1;
  int x0, y0, x1, y1;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  gdk_texture_downloader_set_format (downloader, GDK_MEMORY_R8G8B8A8);
  bytes = gdk_texture_downloader_download_bytes (downloader, &stride);
  data = g_bytes_get_data (bytes, NULL);
  x0 = MAX (0, (int) bounds.origin.x);
  y0 = MAX (0, (int) bounds.origin.y);
  x1 = MIN (gdk_texture_get_width (texture), (int) (bounds.origin.x + bounds.size.width));
  y1 = MIN (gdk_texture_get_height (texture), (int) (bounds.origin.y + bounds.size.height));
  g_assert_cmpint (x1, >, x0);
  g_assert_cmpint (y1, >, y0);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++) {
      guint32 pixel;
      guint n;

      memcpy (&pixel, data + y * stride + x * 4, 4);
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixel))) + 1;
      g_hash_table_insert (counts, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (n));
      if (n > best) {
        best = n;
        background = pixel;
      }
    }

  background_l = luminance ((const guint8 *) &background);
  text_l = background_l;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++) {
      double l = luminance (data + y * stride + x * 4);

      if (fabs (l - background_l) > farthest) {
        farthest = fabs (l - background_l);
        text_l = l;
      }
    }

  return (MAX (text_l, background_l) + 0.05) / (MIN (text_l, background_l) + 0.05);
}
