/* test-reading.c: search, links, text size, printing and accessible names
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"
#include <glib/gstdio.h>

#include "mg-disclaimer.h"
#include "mg-test-utils.h"

static MgApplication *app;

/* The guide’s search entry, not a tool’s filter. */
static GtkWidget *
find_results (MgWindow *window)
{
  GtkWidget *bar = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = mg_test_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);
  /* The search follows the text at once, not after a pause in typing. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  return entry;
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);

  return n;
}

static GtkWidget *
results_list (MgWindow *window)
{
  GtkWidget *entry = find_results (window);
  GtkWidget *pane = gtk_widget_get_ancestor (entry, ADW_TYPE_TOOLBAR_VIEW);
  GtkWidget *stack = mg_test_find_widget (pane, GTK_TYPE_STACK, NULL);
  GtkWidget *results = gtk_stack_get_child_by_name (GTK_STACK (stack), "results");

  return mg_test_find_widget (results, GTK_TYPE_LIST_BOX, NULL);
}

static void
test_search (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  GtkWidget *entry, *list, *title, *none;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  mg_test_settle (GTK_WIDGET (window));
  entry = find_results (window);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_has_focus (gtk_widget_get_first_child (entry)) ||
                 gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (window))));

  /* Case and accents do not matter; the results are the pages, with the
   * match marked in a snippet. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "FERRITIN");
  mg_test_settle (GTK_WIDGET (window));
  list = results_list (window);
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_cmpuint (n_rows (list), >, 0);

  g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0), "activate");
  mg_test_settle (GTK_WIDGET (window));
  title = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1");
  g_assert_cmpstr (mg_window_get_page_id (window), !=, "");
  /* The match is highlighted on the page. */
  g_assert_nonnull (title);

  /* Nonsense finds nothing, and says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "xyzzyplugh");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpuint (n_rows (list), ==, 0);
  none = mg_test_find_label (GTK_WIDGET (window), _("No Results Found"));
  g_assert_nonnull (none);
  g_assert_true (gtk_widget_get_mapped (none));

  /* A query that finds something again takes the message away. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferritin");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_mapped (none));

  /* An empty query shows the contents again; Escape closes the search. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_mapped (none));
  g_signal_emit_by_name (entry, "stop-search");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_mapped (entry));

  mg_test_window_destroy (window);
}

static void
test_search_opens_right_page (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  GtkWidget *entry, *list;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  mg_test_settle (GTK_WIDGET (window));
  entry = find_results (window);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ergonomic");
  mg_test_settle (GTK_WIDGET (window));
  list = results_list (window);
  g_assert_cmpuint (n_rows (list), >=, 1);

  /* Enter opens the first result. */
  g_signal_emit_by_name (entry, "activate");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "back-ergonomics");

  mg_test_window_destroy (window);
}

static gboolean
links_to (GtkWidget     *widget,
          gconstpointer  href)
{
  g_autofree char *needle = g_strdup_printf ("href=\"%s\"", (const char *) href);

  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL;
}

static void
follow_link (MgWindow   *window,
             const char *page,
             const char *href,
             const char *expected)
{
  GtkWidget *label;
  gboolean handled = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  mg_test_settle (GTK_WIDGET (window));
  label = mg_test_find (GTK_WIDGET (window), links_to, href);
  g_assert_nonnull (label);
  g_signal_emit_by_name (label, "activate-link", href, &handled);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (handled);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, expected);
}

static void
test_links (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);

  follow_link (window, "rls-magnesium-role", "page:rls-who-careful", "rls-who-careful");
  follow_link (window, "rls-forms", "tool:dose-guide", "tool:dose-guide");
  follow_link (window, "rls-foods", "tool:food-checklist", "tool:food-checklist");

  mg_test_window_destroy (window);
}

static double
text_scale (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");

  return g_settings_get_double (settings, "text-scale");
}

static void
test_text_size (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);

  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (), 1.0, 0.001);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (), 1.2, 0.001);

  /* Within bounds, however often it is asked. */
  for (guint i = 0; i < 30; i++)
    if (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-in"))
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (), 2.0, 0.001);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-in"));
  for (guint i = 0; i < 30; i++)
    if (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-out"))
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (), 0.8, 0.001);

  /* It is kept: a new window shows the same size in its menu. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  mg_test_window_destroy (window);
  window = mg_test_window_new (app, 1100, 760);
  g_assert_cmpfloat_with_epsilon (text_scale (), 1.3, 0.001);

  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  mg_test_window_destroy (window);
}

static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (out, FALSE);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* One space between words, whatever the line breaks. */
  return squeeze (out);
}

static void
test_print_pdf (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  g_autofree char *dir = g_dir_make_tmp ("mg-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "page.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *disclaimer = squeeze (mg_disclaimer_get_short_text ());
  gsize length;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-interactions");
  mg_test_settle (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", "s", path);
  mg_test_settle (GTK_WIDGET (window));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Medicines that interact with magnesium"));
  g_assert_nonnull (strstr (text, disclaimer));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Bisphosphonates"));

  g_unlink (path);
  g_rmdir (dir);
  mg_test_window_destroy (window);
}

static gboolean
is_interactive (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_SPIN_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_ENTRY (widget) ||
         GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SCALE (widget);
}

/* What a screen reader can call it: an accessible label, a label it is
 * labelled by, or a text of its own that GTK exposes as its name. */
static gboolean
has_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
    return TRUE;
  /* A row of a combo row or a button whose content is a label. */
  return (GTK_IS_BUTTON (widget) || GTK_IS_LIST_BOX_ROW (widget)) &&
         mg_test_find_widget (widget, GTK_TYPE_LABEL, NULL) != NULL &&
         gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
check_names (GtkWidget *root,
             GString   *missing)
{
  if (gtk_widget_get_mapped (root) && is_interactive (root) && !has_name (root))
    g_string_append_printf (missing, " %s(%s)", G_OBJECT_TYPE_NAME (root),
                            gtk_widget_get_tooltip_text (root) ? gtk_widget_get_tooltip_text (root) : "");

  /* A spin button, drop-down or menu button is one control to a screen
   * reader: GTK 4.18 keeps the buttons inside them out of its way. */
  if (GTK_IS_SPIN_BUTTON (root) || GTK_IS_DROP_DOWN (root) || GTK_IS_MENU_BUTTON (root))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names (child, missing);
}

static void
test_accessible_names (void)
{
  const char *views[] = { "page:rls-what-is", "tool:dose-guide", "tool:food-checklist" };
  MgWindow *window = mg_test_window_new (app, 1100, 760);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++) {
    g_autoptr(GString) missing = g_string_new (NULL);

    if (g_str_has_prefix (views[i], "tool:"))
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", views[i] + 5);
    else
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", views[i] + 5);
    mg_test_settle (GTK_WIDGET (window));
    check_names (GTK_WIDGET (window), missing);
    if (missing->len > 0)
      g_error ("%s: controls without a name a screen reader can read:%s", views[i], missing->str);
  }

  mg_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_func ("/reading/search", test_search);
  g_test_add_func ("/reading/search-opens-page", test_search_opens_right_page);
  g_test_add_func ("/reading/links", test_links);
  g_test_add_func ("/reading/text-size", test_text_size);
  g_test_add_func ("/reading/print-pdf", test_print_pdf);
  g_test_add_func ("/reading/accessible-names", test_accessible_names);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
