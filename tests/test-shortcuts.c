/* test-shortcuts.c: the keyboard shortcuts dialog lists the keys the app has
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-shortcuts-dialog.h"
#include "mg-test-utils.h"

static MgApplication *app;

/* The actions of the shortcut plan that the shell and the dialog share. */
static const char * const plan[] = {
  "win.go-back", "win.go-forward", "win.previous-page", "win.next-page", "win.show-sidebar",
  "win.search", "win.print-shortcut", "app.zoom-in", "app.zoom-out", "app.zoom-reset",
  "app.preferences", "win.help", "win.show-shortcuts", "window.close", "app.quit", "win.show-primary-menu",
};

/* What the plan fixes for the keys the shell does not move: the spoken
 * form of each, in English. */
static const struct { const char *action; const char *spoken; } fixed[] = {
  { "win.search", "Ctrl+F" },
  { "win.print-shortcut", "Ctrl+P" },
  { "app.zoom-reset", "Ctrl+0" },
  { "app.preferences", "Ctrl+Comma" },
  { "win.show-shortcuts", "Ctrl+Question mark" },
  { "window.close", "Ctrl+W" },
  { "app.quit", "Ctrl+Q" },
  { "win.show-primary-menu", "F10" },
  { "win.help", "F1" },
  { "win.go-back", "Alt+Left arrow" },
  { "win.go-forward", "Alt+Right arrow" },
  { "win.previous-page", "Ctrl+Page Up" },
  { "win.next-page", "Ctrl+Page Down" },
  { "win.show-sidebar", "Esc" },
};

static AdwDialog *
open_shortcuts (MgWindow *window)
{
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
  g_assert_true (MG_IS_SHORTCUTS_DIALOG (dialog));

  return dialog;
}

static gboolean
is_row_for (GtkWidget     *widget,
            gconstpointer  action)
{
  return MG_IS_FORM_ROW (widget) && g_str_equal (gtk_widget_get_name (widget), action);
}

static GtkWidget *
row_for (AdwDialog  *dialog,
         const char *action)
{
  return mg_test_find (GTK_WIDGET (dialog), is_row_for, action);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (MG_IS_FORM_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static void
collect_keycaps (GtkWidget *widget,
                 GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "keycap") &&
      gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_keycaps (child, text);
}

/* The key caps a person sees on the row, in order, as in “Ctrl Q”. */
static char *
keycaps (GtkWidget *row)
{
  GString *text = g_string_new (NULL);

  collect_keycaps (row, text);

  return g_string_free (text, FALSE);
}

static void
assert_spoken (GtkWidget  *row,
               const char *spoken)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                               spoken);

  if (error != NULL)
    g_error ("%s: %s", gtk_widget_get_name (row), error);
}

/* How the test expects a key cap to read. */
static char *
expected_cap (guint keyval)
{
  static const struct { guint keyval; const char *cap; } caps[] = {
    { GDK_KEY_Left, "←" }, { GDK_KEY_Right, "→" }, { GDK_KEY_Page_Up, "Page Up" },
    { GDK_KEY_Page_Down, "Page Down" }, { GDK_KEY_Escape, "Esc" },
  };
  gunichar c = gdk_keyval_to_unicode (gdk_keyval_to_upper (keyval));
  char text[8] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (caps); i++) {
    if (caps[i].keyval == keyval)
      return g_strdup (caps[i].cap);
  }
  if (c == 0 || !g_unichar_isgraph (c))
    return g_strdup (gdk_keyval_name (keyval));
  g_unichar_to_utf8 (c, text);

  return g_strdup (text);
}

/* A key as its caps, as in “Ctrl Q”; NULL for the number pad’s copies of
 * other keys, which the dialog leaves out. */
static char *
expected_caps (guint           keyval,
               GdkModifierType mods)
{
  g_autofree char *cap = NULL;

  if (keyval >= GDK_KEY_KP_Space && keyval <= GDK_KEY_KP_9)
    return NULL;
  cap = expected_cap (keyval);

  return g_strdup_printf ("%s%s%s%s", (mods & GDK_CONTROL_MASK) ? "Ctrl " : "",
                          (mods & GDK_SHIFT_MASK) ? "Shift " : "", (mods & GDK_ALT_MASK) ? "Alt " : "", cap);
}

/* The application’s own accelerators for @action as key caps, as in
 * “Ctrl Q”, without the number pad’s copies. */
static GPtrArray *
app_accelerators (const char *action)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; accels[i] != NULL; i++) {
    char *caps;
    guint keyval;
    GdkModifierType mods;

    g_assert_true (gtk_accelerator_parse (accels[i], &keyval, &mods));
    caps = expected_caps (keyval, mods);
    if (caps != NULL)
      g_ptr_array_add (result, caps);
  }

  return result;
}

typedef struct {
  char *action;
  char *caps;
} Key;

static void
key_free (gpointer data)
{
  Key *key = data;

  g_free (key->action);
  g_free (key->caps);
  g_free (key);
}

static void
add_trigger_keys (GPtrArray          *keys,
                  const char         *action,
                  GtkShortcutTrigger *trigger)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger)) {
    char *caps = expected_caps (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));

    if (caps != NULL) {
      Key *key = g_new0 (Key, 1);

      key->action = g_strdup (action);
      key->caps = caps;
      g_ptr_array_add (keys, key);
    }
  } else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger)) {
    add_trigger_keys (keys, action, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
    add_trigger_keys (keys, action, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
  } else {
    g_autofree char *text = gtk_shortcut_trigger_to_string (trigger);

    g_error ("%s has a key the test cannot read: %s", action, text);
  }
}

/* Every key that runs an action in @window, wherever it is set: the
 * application’s accelerators for any action, and the window’s own
 * shortcuts (its class’s key bindings, any shortcut controller). Keys that
 * run GTK’s own signals (Tab, the inspector) are not the app’s. */
static GPtrArray *
every_key (MgWindow *window)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (key_free);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; actions[i] != NULL; i++) {
    g_autoptr(GPtrArray) caps = app_accelerators (actions[i]);

    for (guint j = 0; j < caps->len; j++) {
      Key *key = g_new0 (Key, 1);

      key->action = g_strdup (actions[i]);
      key->caps = g_strdup (g_ptr_array_index (caps, j));
      g_ptr_array_add (keys, key);
    }
  }

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
      continue;
    for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++) {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

      if (GTK_IS_NAMED_ACTION (action))
        add_trigger_keys (keys, gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                          gtk_shortcut_get_trigger (shortcut));
    }
  }

  return keys;
}

static gboolean
window_has_action (MgWindow   *window,
                   const char *action)
{
  GType owner;
  const char *name, *property;
  const GVariantType *parameter_type;

  if (g_str_has_prefix (action, "app."))
    return g_action_group_has_action (G_ACTION_GROUP (app), action + 4);
  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &name,
                                                   &parameter_type, &property); i++) {
    if (g_str_equal (name, action))
      return TRUE;
  }

  return g_str_has_prefix (action, "win.") &&
         g_action_group_has_action (G_ACTION_GROUP (window), action + 4);
}

static void
test_lists_the_plan (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 800);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwDialog *dialog;

  mg_test_switch_language (app, "en");
  dialog = open_shortcuts (window);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Keyboard Shortcuts");

  {
    g_autofree char *quit = keycaps (row_for (dialog, "app.quit"));
    g_autofree char *menu = keycaps (row_for (dialog, "win.show-primary-menu"));

    g_assert_cmpstr (quit, ==, "Ctrl Q");
    g_assert_cmpstr (menu, ==, "F10");
  }

  /* Every row is an action of the plan that the window really has. */
  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, >=, G_N_ELEMENTS (fixed));
  for (guint i = 0; i < rows->len; i++) {
    const char *action = gtk_widget_get_name (g_ptr_array_index (rows, i));

    g_assert_true (g_strv_contains (plan, action));
    g_assert_true (window_has_action (window, action));
  }

  /* Each key the application sets for an action of the plan is listed on
   * its row: the list is made from them. */
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++) {
    g_autoptr(GPtrArray) accels = app_accelerators (plan[i]);
    GtkWidget *row = row_for (dialog, plan[i]);
    g_autofree char *caps = NULL;

    if (accels->len == 0)
      continue;
    g_assert_nonnull (row);
    caps = keycaps (row);
    for (guint j = 0; j < accels->len; j++) {
      if (strstr (caps, g_ptr_array_index (accels, j)) == NULL)
        g_error ("%s shows “%s”, not “%s”", plan[i], caps, (char *) g_ptr_array_index (accels, j));
    }
  }

  /* Every key the app really has, however it is set, is on the row of
   * the action it runs: none is left out or shown on another action. */
  {
    g_autoptr(GPtrArray) keys = every_key (window);

    g_assert_cmpuint (keys->len, >=, G_N_ELEMENTS (fixed));
    for (guint i = 0; i < keys->len; i++) {
      Key *key = g_ptr_array_index (keys, i);
      GtkWidget *row = row_for (dialog, key->action);
      g_autofree char *caps = NULL;

      if (row == NULL)
        g_error ("%s runs %s, which the dialog does not list", key->caps, key->action);
      caps = keycaps (row);
      if (strstr (caps, key->caps) == NULL)
        g_error ("%s shows “%s”, not “%s”", key->action, caps, key->caps);
    }
  }

  /* The keys the plan fixes, as a person sees and hears them. */
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++) {
    GtkWidget *row = row_for (dialog, fixed[i].action);

    g_assert_nonnull (row);
    assert_spoken (row, fixed[i].spoken);
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_for (dialog, "app.quit"))), ==, "Quit");

  mg_test_close_dialog (dialog);
  mg_test_window_destroy (window);
}

/* Another key for Quit shows in the dialog: it copies nothing. */
static void
test_follows_the_keys (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 800);
  g_auto(GStrv) before = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  AdwDialog *dialog;

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control><Shift>q", "<Alt>F4", NULL });
  dialog = open_shortcuts (window);
  assert_spoken (row_for (dialog, "app.quit"), "Ctrl+Shift+Q, Alt+F4");
  {
    g_autofree char *caps = keycaps (row_for (dialog, "app.quit"));

    g_assert_cmpstr (caps, ==, "Ctrl Shift Q Alt F4");
  }
  mg_test_close_dialog (dialog);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", (const char * const *) before);
  dialog = open_shortcuts (window);
  assert_spoken (row_for (dialog, "app.quit"), "Ctrl+Q");
  mg_test_close_dialog (dialog);
  mg_test_window_destroy (window);
}

/* A switch while the dialog is open shows it in the new language. */
static void
test_follows_language (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 800);
  AdwDialog *dialog;
  GtkWidget *quit;

  mg_test_switch_language (app, "en");
  dialog = open_shortcuts (window);
  mg_test_switch_language (app, "nl");
  quit = row_for (dialog, "app.quit");
  g_assert_nonnull (quit);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (quit)), ==,
                   C_("shortcut window", "Quit"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (quit)), !=, "Quit");
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, _("Keyboard Shortcuts"));
  g_assert_cmpstr (adw_dialog_get_title (dialog), !=, "Keyboard Shortcuts");
  assert_spoken (row_for (dialog, "app.preferences"), "Ctrl+Komma");
  g_assert_null (mg_test_find_label (GTK_WIDGET (dialog), "Quit"));

  mg_test_switch_language (app, "en");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_for (dialog, "app.quit"))), ==, "Quit");
  mg_test_close_dialog (dialog);
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* On a phone, with the desktop’s text at 150 %, every title and key is
 * within the window: nothing cut off at the side. */
static void
test_narrow_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  MgWindow *window;
  AdwDialog *dialog;
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 3 * 96 * 1024 / 2, NULL);
  window = mg_test_window_new (app, 360, 640);
  dialog = open_shortcuts (window);
  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++) {
    GtkWidget *row = g_ptr_array_index (rows, i);
    GtkWidget *keys = mg_test_find_widget (row, GTK_TYPE_BOX, "shortcut-keys");
    graphene_rect_t bounds;

    g_assert_nonnull (keys);
    g_assert_true (gtk_widget_compute_bounds (keys, GTK_WIDGET (window), &bounds));
    g_assert_cmpfloat (bounds.origin.x, >=, 0);
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
    {
      int minimum;

      gtk_widget_measure (keys, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (keys), >=, minimum);
    }
  }
  mg_test_close_dialog (dialog);
  mg_test_window_destroy (window);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_func ("/shortcuts/lists-the-plan", test_lists_the_plan);
  g_test_add_func ("/shortcuts/follows-the-keys", test_follows_the_keys);
  g_test_add_func ("/shortcuts/follows-language", test_follows_language);
  g_test_add_func ("/shortcuts/narrow-large-text", test_narrow_large_text);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
