/* test-reading.c: search, links, text size, printing and accessible names
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"
#include <glib/gstdio.h>

#include "mg-disclaimer.h"
#include "mg-form-row.h"
#include "mg-page-print.h"
#include "mg-page-view.h"
#include "mg-pdf-export.h"
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

static gboolean
shows_markup (GtkWidget     *widget,
              gconstpointer  markup)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), markup);
}

/* B2 of the review: every paragraph with a link was shown in English on a
 * translated page, because the check of its translation used Pango's
 * markup, which has no links. Each is now shown in the page's language. */
static void
test_link_paragraphs_translated (void)
{
  const char *languages[] = { "nl", "sv", "da" };
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  MgGuide *guide = mg_guide_get_default ();
  guint checked = 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    mg_test_switch_language (app, languages[l]);

    for (guint p = 0; p < mg_guide_get_n_pages (guide); p++) {
      const MgPage *page = mg_guide_get_page (guide, p);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page->id);
      mg_test_settle (GTK_WIDGET (window));
      for (guint b = 0; b < page->blocks->len; b++) {
        const MgBlock *block = g_ptr_array_index (page->blocks, b);

        if (block->kind != MG_BLOCK_PARAGRAPH || strstr (block->text, "<a href") == NULL)
          continue;
        g_assert_cmpstr (mg_i18n_gettext (block->text), !=, block->text);
        g_assert_null (mg_test_find (GTK_WIDGET (window), shows_markup, block->text));
        /* As translated, with its {figures} filled in. */
        g_assert_nonnull (mg_test_find (GTK_WIDGET (window), shows_markup, mg_guide_translate (guide, block->text)));
        checked++;
      }
    }
  }
  /* Every language's paragraphs with links were seen. */
  g_assert_cmpuint (checked % G_N_ELEMENTS (languages), ==, 0);
  g_assert_cmpuint (checked, >=, 3 * G_N_ELEMENTS (languages));

  mg_test_switch_language (app, "en");
  mg_test_window_destroy (window);
}

/* U12: “Print to File” proposes the page's title, not “output.pdf”. */
static void
test_print_file_name (void)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  GtkPrintSettings *settings;

  mg_print_operation_set_title (operation, "Iron and ferritin/checks");
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_nonnull (settings);
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "Iron and ferritin-checks");
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

/* The addresses a PDF links to, as poppler lists them. */
static char *
pdf_links (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *argv[] = { "pdfinfo", "-url", path, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint count = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    count++;
  return count;
}

/* A part or the whole guide: its contents first, with the sheet each page
 * starts on, every page, the disclaimer and a number on every sheet, and
 * the sources' addresses as links. */
static void
test_print_scopes (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  MgGuide *guide = mg_application_get_guide (app);
  g_autofree char *dir = g_dir_make_tmp ("mg-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "guide.pdf", NULL);
  g_autofree char *disclaimer = squeeze (mg_disclaimer_get_short_text ());
  const MgPage *page = mg_guide_lookup_page (guide, "rls-interactions");
  const MgSection *section = mg_guide_get_section (guide, page->section);
  g_autofree char *text = NULL;
  g_autofree char *of = NULL;
  const MgSource *source = mg_guide_get_source (guide, 0);
  g_autofree char *links = NULL;
  guint n_sheets;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-interactions");
  mg_test_settle (GTK_WIDGET (window));

  /* The whole guide. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-of", "(ss)", "guide", path);
  text = pdf_text (path);
  g_assert_true (g_str_has_prefix (text, "Magnesium Guide Contents "));
  of = g_strdup (strstr (text, "Page 1 of "));
  g_assert_nonnull (of);
  n_sheets = (guint) atoi (of + strlen ("Page 1 of "));
  g_test_message ("the whole guide on %u sheets", n_sheets);
  g_assert_cmpuint (n_sheets, >, mg_guide_get_n_pages (guide));
  g_assert_cmpuint (count_occurrences (text, disclaimer), ==, n_sheets);
  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    g_autofree char *plain = mg_markup_to_plain (mg_guide_get_page (guide, i)->title);
    g_autofree char *title = squeeze (plain);

    /* In the contents, and again over the page itself. */
    g_assert_cmpuint (count_occurrences (text, title), >=, 2);
  }
  /* The sources' addresses are links the reader can follow. */
  links = pdf_links (path);
  g_assert_nonnull (strstr (links, source->url));
  g_clear_pointer (&text, g_free);

  /* The part the page belongs to, and nothing else. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-of", "(ss)", "section", path);
  text = pdf_text (path);
  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    const MgPage *other = mg_guide_get_page (guide, i);
    g_autofree char *plain = mg_markup_to_plain (other->title);
    g_autofree char *title = squeeze (plain);
    gboolean in_section = i >= section->first_page && i < section->first_page + section->n_pages;

    if (in_section)
      g_assert_cmpuint (count_occurrences (text, title), >=, 2);
    else if (strstr (text, title) != NULL)
      g_test_message ("“%s” is named on a page of the part", title);
  }
  {
    g_autofree char *plain = mg_markup_to_plain (section->title);
    g_autofree char *heading = squeeze (plain);

    g_assert_true (g_str_has_prefix (text, heading));
  }
  g_clear_pointer (&text, g_free);

  /* The page alone has no contents. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-of", "(ss)", "page", path);
  text = pdf_text (path);
  g_assert_null (strstr (text, "Contents"));
  g_assert_true (g_str_has_prefix (text, "Medicines that interact with magnesium"));

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

static void
show_view (MgWindow   *window,
           const char *view)
{
  if (g_str_has_prefix (view, "tool:"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", view + 5);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", view);
  mg_test_settle (GTK_WIDGET (window));
}

static gboolean
is_source_row (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "source") &&
         gtk_widget_get_mapped (widget);
}

static void
collect_source_rows (GtkWidget *root,
                     GPtrArray *rows)
{
  if (is_source_row (root, NULL))
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_source_rows (child, rows);
}

/* The sources of a page, one row each, each once. */
static GPtrArray *
source_rows (MgWindow *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_source_rows (GTK_WIDGET (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_PAGE_VIEW, NULL)), rows);
  return rows;
}

static void
test_sources (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *list;

  /* A page whose research note cites three of its four sources: each is
   * listed once, the note's under the note. */
  show_view (window, "rls-can-it-help");
  rows = source_rows (window);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint i = 0; i < rows->len; i++) {
    GtkWidget *row = g_ptr_array_index (rows, i);
    const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

    g_assert_false (g_hash_table_contains (seen, title));
    g_hash_table_add (seen, (gpointer) title);
    /* A link, once, that says where it goes. */
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "Open source in browser");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         "Open source in browser");
    g_assert_nonnull (g_object_get_data (G_OBJECT (row), "mg-url"));
    g_assert_true (g_str_has_prefix (g_object_get_data (G_OBJECT (row), "mg-url"), "https://"));
  }
  /* A list to a screen reader, named by the heading over it. */
  list = gtk_widget_get_parent (g_ptr_array_index (rows, rows->len - 1));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_ROLE_LIST);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* All of a page's sources in its note: no footer repeats them. */
  show_view (window, "back-bone");
  rows = source_rows (window);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), "Sources for this page"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The page of sources lists every one, with its address to read. */
  show_view (window, "sources");
  rows = source_rows (window);
  g_assert_cmpuint (rows->len, ==, mg_guide_get_n_sources (mg_application_get_guide (app)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (g_ptr_array_index (rows, 0))), ==,
                   mg_guide_get_source (mg_application_get_guide (app), 0)->url);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* What a row says it does follows a live switch of language. */
  mg_test_switch_language (app, "sv");
  rows = source_rows (window);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (rows, 0)), ==, "Öppna källan i webbläsaren");
  mg_test_switch_language (app, "en");

  mg_test_window_destroy (window);
}

static gboolean
has_marks (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), "background=") != NULL;
}

/* Clearing the search takes its marks off the page. */
static void
test_search_highlight_cleared (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  MgPageView *view = MG_PAGE_VIEW (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_PAGE_VIEW, NULL));
  GtkWidget *entry;
  g_autofree char *marked = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  mg_test_settle (GTK_WIDGET (window));
  entry = find_results (window);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferritin");
  mg_test_settle (GTK_WIDGET (window));
  g_signal_emit_by_name (entry, "activate");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (mg_page_view_get_highlighted (view));
  g_assert_nonnull (mg_test_find (GTK_WIDGET (view), has_marks, NULL));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_false (mg_page_view_get_highlighted (view));
  g_assert_null (mg_test_find (GTK_WIDGET (view), has_marks, NULL));

  /* Nor do they stay on a page the view keeps: after another page, the
   * marked one comes back without them, the search still open. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferritin");
  mg_test_settle (GTK_WIDGET (window));
  g_signal_emit_by_name (entry, "activate");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_nonnull (mg_test_find (GTK_WIDGET (view), has_marks, NULL));
  marked = g_strdup (mg_page_view_get_page (view)->id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                              g_str_equal (marked, "rls-iron") ? "rls-takeaway" : "rls-iron");
  mg_test_settle (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", marked);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_page_view_get_page (view)->id, ==, marked);
  g_assert_false (mg_page_view_get_highlighted (view));
  g_assert_null (mg_test_find (GTK_WIDGET (view), has_marks, NULL));

  mg_test_window_destroy (window);
}

/* The height of one line of @label's text. */
static int
line_height (GtkWidget *label)
{
  int height;

  g_assert_nonnull (label);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 100000, &height, NULL, NULL, NULL);
  /* The text's, without the fixed margins around it. */
  return height - gtk_widget_get_margin_top (label) - gtk_widget_get_margin_bottom (label);
}

static gboolean
is_paragraph (GtkWidget     *widget,
              gconstpointer  data)
{
  g_auto(GStrv) classes = NULL;

  if (!GTK_IS_LABEL (widget) || !gtk_widget_get_mapped (widget) || !gtk_label_get_wrap (GTK_LABEL (widget)))
    return FALSE;
  classes = gtk_widget_get_css_classes (widget);
  return classes[0] == NULL && strlen (gtk_label_get_text (GTK_LABEL (widget))) > 120;
}

/* A page read a moment ago comes back as it was built, and laid out for
 * the window as it is now: here narrowed to a phone's width while another
 * page was read. Only the page in view is shown, and only the last four
 * pages are kept. */
static void
test_page_seen_again (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  GtkWidget *view = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_PAGE_VIEW, NULL);
  GtkWidget *first, *other;
  g_autofree char *first_text = NULL;
  graphene_rect_t bounds;
  int height;

  show_view (window, "rls-what-is");
  first = mg_test_find (view, is_paragraph, NULL);
  g_assert_nonnull (first);
  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *) &first);
  first_text = g_strdup (gtk_label_get_text (GTK_LABEL (first)));

  show_view (window, "rls-research");
  g_assert_nonnull (first);
  g_assert_false (gtk_widget_get_mapped (first));
  other = mg_test_find (view, is_paragraph, NULL);
  g_assert_nonnull (other);
  g_assert_true (other != first);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (other)), !=, first_text);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  mg_test_wait_for_size (GTK_WIDGET (window), 360);

  show_view (window, "rls-what-is");
  g_assert_nonnull (first);
  g_assert_true (mg_test_find (view, is_paragraph, NULL) == first);
  g_assert_false (gtk_widget_get_mapped (other));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, first_text);
  /* Within the phone's width, at the height its text takes there. */
  g_assert_true (gtk_widget_compute_bounds (first, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)) + 0.5);
  gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (first), &height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (first), ==, height);
  mg_test_wait_for_draw (GTK_WIDGET (window));

  /* Not every page is kept: after four others, the first is let go. */
  show_view (window, "rls-iron");
  show_view (window, "rls-forms");
  show_view (window, "rls-foods");
  g_assert_nonnull (first);
  show_view (window, "rls-takeaway");
  g_assert_null (first);

  mg_test_window_destroy (window);
}

typedef struct {
  int h1, h2, body, caption, sidebar, disclaimer, food, dose;
} Heights;

/* The contents, shown or not: at a phone's width they are the other page. */
static gboolean
is_contents_label (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "sidebar-row-title");
}

static void
measure_heights (MgWindow *window,
                 Heights  *heights)
{
  GtkWidget *root = GTK_WIDGET (window);
  GtkWidget *disclaimer = mg_test_find_widget (root, MG_TYPE_DISCLAIMER, NULL);
  GtkWidget *sidebar = mg_test_find (root, is_contents_label, NULL);

  show_view (window, "rls-side-effects");
  heights->h1 = line_height (mg_test_find_widget (root, GTK_TYPE_LABEL, "title-1"));
  heights->h2 = line_height (mg_test_find_widget (root, GTK_TYPE_LABEL, "title-4"));
  heights->body = line_height (mg_test_find (root, is_paragraph, NULL));
  heights->sidebar = line_height (sidebar);
  heights->disclaimer = line_height (mg_test_find_widget (disclaimer, GTK_TYPE_LABEL, NULL));
  show_view (window, "tool:food-checklist");
  heights->caption = line_height (mg_test_find_widget (root, GTK_TYPE_LABEL, "caption"));
  heights->food = line_height (mg_test_find_widget (mg_test_find_widget (root, MG_TYPE_FORM_ROW, NULL),
                                                    GTK_TYPE_LABEL, "title"));
  show_view (window, "tool:dose-guide");
  heights->dose = line_height (mg_test_find_widget (mg_test_find_widget (root, MG_TYPE_FORM_ROW, NULL),
                                                    GTK_TYPE_LABEL, "title"));
}

/* A window for large text sizes, as issue 15's shell makes it: with
 * breakpoints, and so a fixed minimum size. Without them, a window wider
 * than its minimum measures itself at 200 % for a height below what its
 * disclaimer needs at the narrowest, wrapped on seven lines, and GTK
 * warns. */
static MgWindow *
large_text_window (int width,
                   int height)
{
  MgWindow *window = mg_test_window_new (app, width, height);

  gtk_widget_set_size_request (GTK_WIDGET (window), 360, 294);
  adw_application_window_add_breakpoint (ADW_APPLICATION_WINDOW (window),
                                         adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 1px")));
  return window;
}

/* At twice the size everything grows, titles, tools, sidebar and
 * disclaimer alike, and H1 > H2 > body > caption still. */
static void
test_text_size_everywhere (void)
{
  MgWindow *window = large_text_window (1100, 760);
  Heights normal, large;
  const int *a = (const int *) &normal, *b = (const int *) &large;

  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  measure_heights (window, &normal);
  for (guint i = 0; i < 10; i++)
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (text_scale (), 2.0, 0.001);
  mg_test_settle (GTK_WIDGET (window));
  measure_heights (window, &large);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);

  g_test_message ("line heights at 100 %% / 200 %%: H1 %d/%d, H2 %d/%d, body %d/%d, caption %d/%d, "
                  "sidebar %d/%d, disclaimer %d/%d, food %d/%d, dose guide %d/%d",
                  normal.h1, large.h1, normal.h2, large.h2, normal.body, large.body,
                  normal.caption, large.caption, normal.sidebar, large.sidebar,
                  normal.disclaimer, large.disclaimer, normal.food, large.food, normal.dose, large.dose);
  /* Headings (the first two) keep what they have over the body text rather
   * than doubling it, so they grow by less; everything else doubles. */
  for (guint i = 0; i < sizeof (Heights) / sizeof (int); i++) {
    g_assert_cmpint (b[i], >=, a[i] * (i < 2 ? 14 : 17) / 10);
    g_assert_cmpint (b[i], <=, a[i] * 23 / 10);
  }
  g_assert_cmpint (normal.h1, >, normal.h2);
  g_assert_cmpint (normal.h2, >, normal.body);
  g_assert_cmpint (normal.body, >, normal.caption);
  g_assert_cmpint (large.h1, >, large.h2);
  g_assert_cmpint (large.h2, >, large.body);
  g_assert_cmpint (large.body, >, large.caption);

  mg_test_window_destroy (window);
}

static int
pdf_pages (MgWindow   *window,
           const char *path)
{
  g_autofree char *text = NULL;
  const char *of;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", "s", path);
  mg_test_settle (GTK_WIDGET (window));
  text = pdf_text (path);
  of = strstr (text, "Page 1 of ");
  g_assert_nonnull (of);
  g_unlink (path);
  return atoi (of + strlen ("Page 1 of "));
}

/* A printout follows the text size too. */
static void
test_print_text_size (void)
{
  MgWindow *window = large_text_window (1100, 760);
  g_autofree char *dir = g_dir_make_tmp ("mg-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "page.pdf", NULL);
  int normal, large;

  show_view (window, "rls-interactions");
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  normal = pdf_pages (window, path);
  for (guint i = 0; i < 10; i++)
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  large = pdf_pages (window, path);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);

  g_test_message ("rls-interactions printed on %d sheets at 100 %%, %d at 200 %%", normal, large);
  g_assert_cmpint (large, >=, normal * 3 / 2);
  g_assert_cmpfloat_with_epsilon (mg_page_print_text_scale (GTK_WINDOW (window)), 1.0, 0.001);
  g_assert_cmpfloat_with_epsilon (mg_page_print_text_scale (NULL), 1.0, 0.001);

  g_rmdir (dir);
  mg_test_window_destroy (window);
}

static GBytes *
pixels_of (const char *png)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (png, NULL);
  g_autoptr(GdkTextureDownloader) downloader = NULL;
  gsize stride;

  g_assert_nonnull (texture);
  downloader = gdk_texture_downloader_new (texture);
  return gdk_texture_downloader_download_bytes (downloader, &stride);
}

/* The link that has the keyboard's focus is drawn with a ring: the page
 * looks different with it than without. For a person to look at:
 * link-focus.png in the build tree. */
static void
test_link_focus_ring (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  g_autofree char *with = g_test_build_filename (G_TEST_BUILT, "link-focus.png", NULL);
  g_autofree char *without = g_test_build_filename (G_TEST_BUILT, "link-no-focus.png", NULL);
  g_autoptr(GBytes) focused = NULL;
  g_autoptr(GBytes) plain = NULL;
  GtkWidget *label;

  show_view (window, "rls-magnesium-role");
  label = mg_test_find (GTK_WIDGET (window), links_to, "page:rls-who-careful");
  g_assert_nonnull (label);
  /* As after Tab: the keyboard's focus shown, then moved onto the link. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  mg_test_save_png (GTK_WIDGET (window), without);
  g_assert_true (gtk_widget_grab_focus (label));
  g_assert_true (gtk_widget_has_visible_focus (label));
  mg_test_save_png (GTK_WIDGET (window), with);

  focused = pixels_of (with);
  plain = pixels_of (without);
  g_assert_false (g_bytes_equal (focused, plain));

  mg_test_window_destroy (window);
}

/* The contrast of @widget's text, brought into view first. */
static double
contrast_in_view (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 40);
  mg_test_settle (widget);
  return mg_test_text_contrast (widget);
}

/* Text reads at WCAG AA, 4.5:1 at least, in light and dark, measured on
 * screen: content (the review date, sources, the checklist's progress and
 * food details) and the dimmer metadata (the caption “Previous”, the
 * checklist's date) alike. */
static void
test_contrast (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  GtkWidget *root = GTK_WIDGET (window);
  AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++) {
    const char *scheme = i == 0 ? "light" : "dark";
    GtkWidget *source;
    double reviewed, cited, previous, progress, food, date;

    adw_style_manager_set_color_scheme (style, schemes[i]);
    show_view (window, "rls-side-effects");
    source = mg_test_find (root, is_source_row, NULL);
    reviewed = contrast_in_view (mg_test_find_widget (root, GTK_TYPE_LABEL, "secondary"));
    cited = contrast_in_view (mg_test_find_widget (source, GTK_TYPE_LABEL, "title"));
    previous = contrast_in_view (mg_test_find_widget (root, GTK_TYPE_LABEL, "dimmed"));
    show_view (window, "tool:food-checklist");
    progress = contrast_in_view (mg_test_find_widget (root, GTK_TYPE_LABEL, "secondary"));
    food = contrast_in_view (mg_test_find_widget (mg_test_find_widget (root, MG_TYPE_FORM_ROW, NULL),
                                                  GTK_TYPE_LABEL, "subtitle"));
    date = contrast_in_view (mg_test_find_widget (root, GTK_TYPE_LABEL, "dimmed"));

    g_test_message ("%s: last reviewed %.1f:1, a source %.1f:1, progress %.1f:1, food details %.1f:1; "
                    "metadata: “Previous” %.1f:1, the date %.1f:1",
                    scheme, reviewed, cited, progress, food, previous, date);
    g_assert_cmpfloat (reviewed, >=, 4.5);
    g_assert_cmpfloat (cited, >=, 4.5);
    g_assert_cmpfloat (progress, >=, 4.5);
    g_assert_cmpfloat (food, >=, 4.5);
    g_assert_cmpfloat (previous, >=, 4.5);
    g_assert_cmpfloat (date, >=, 4.5);
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  mg_test_settle (root);

  mg_test_window_destroy (window);
}

/* Everything across @root's width lies within the window: nothing is cut
 * off at the side. */
static void
assert_nothing_cut (GtkWidget *root,
                    GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (root))
    return;
  if (GTK_IS_LABEL (root) && gtk_widget_compute_bounds (root, window, &bounds) && bounds.size.width > 0) {
    if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 0.5)
      g_error ("“%s” runs past the window's side", gtk_label_get_text (GTK_LABEL (root)));
    g_assert_false (gtk_label_get_ellipsize (GTK_LABEL (root)) != PANGO_ELLIPSIZE_NONE &&
                    pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (root))) &&
                    gtk_widget_get_ancestor (root, MG_TYPE_PAGE_VIEW) != NULL &&
                    gtk_widget_get_ancestor (root, GTK_TYPE_BUTTON) == NULL);
  }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_nothing_cut (child, window);
}

/* The article and the checklist at a phone's and a desktop's size, at 100
 * and 200 %, light and dark: nothing cut off at the side. For a person to
 * look at: reading-*.png in the build tree. */
static void
test_large_text_screens (void)
{
  const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  const char *views[] = { "rls-side-effects", "tool:food-checklist" };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
    MgWindow *window = large_text_window (sizes[i].width, sizes[i].height);

    for (guint scale = 1; scale <= 2; scale++) {
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
      for (guint step = 0; scale == 2 && step < 10; step++)
        g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);

      for (guint dark = 0; dark <= 1; dark++) {
        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        for (guint v = 0; v < G_N_ELEMENTS (views); v++) {
          g_autofree char *name = g_strdup_printf ("reading-%s-%dx%d-%u00-%s.png",
                                                   g_str_has_prefix (views[v], "tool:") ? "checklist" : "article",
                                                   sizes[i].width, sizes[i].height, scale,
                                                   dark ? "dark" : "light");
          g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);

          show_view (window, views[v]);
          assert_nothing_cut (GTK_WIDGET (window), GTK_WIDGET (window));
          mg_test_save_png (GTK_WIDGET (window), png);
        }
      }
    }
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    mg_test_window_destroy (window);
  }
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
  g_test_add_func ("/reading/link-paragraphs-translated", test_link_paragraphs_translated);
  g_test_add_func ("/reading/text-size", test_text_size);
  g_test_add_func ("/reading/print-pdf", test_print_pdf);
  g_test_add_func ("/reading/print-scopes", test_print_scopes);
  g_test_add_func ("/reading/print-file-name", test_print_file_name);
  g_test_add_func ("/reading/accessible-names", test_accessible_names);
  g_test_add_func ("/reading/sources", test_sources);
  g_test_add_func ("/reading/search-highlight-cleared", test_search_highlight_cleared);
  g_test_add_func ("/reading/page-seen-again", test_page_seen_again);
  g_test_add_func ("/reading/text-size-everywhere", test_text_size_everywhere);
  g_test_add_func ("/reading/print-text-size", test_print_text_size);
  g_test_add_func ("/reading/link-focus-ring", test_link_focus_ring);
  g_test_add_func ("/reading/contrast", test_contrast);
  g_test_add_func ("/reading/large-text-screens", test_large_text_screens);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
