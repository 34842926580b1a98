/* test-search-window.c: the forgiving search as a person sees it: tools
 * among the results, the other languages' matches offered, marks taken off
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"

#include "mg-page-view.h"
#include "mg-test-utils.h"

static MgApplication *app;

static GtkWidget *
search_entry (MgWindow *window)
{
  GtkWidget *bar = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = mg_test_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);
  /* The search follows the text at once, not after a pause in typing. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  return entry;
}

static GtkWidget *
results_list (MgWindow *window)
{
  GtkWidget *pane = gtk_widget_get_ancestor (search_entry (window), ADW_TYPE_TOOLBAR_VIEW);
  GtkWidget *stack = mg_test_find_widget (pane, GTK_TYPE_STACK, NULL);

  return mg_test_find_widget (gtk_stack_get_child_by_name (GTK_STACK (stack), "results"), GTK_TYPE_LIST_BOX, NULL);
}

static void
search_for (MgWindow   *window,
            const char *query)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  mg_test_settle (GTK_WIDGET (window));
  /* On a phone the contents slide in first: a frame at a time, bounded. */
  for (guint frame = 0; frame < 120 && mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL) == NULL;
       frame++)
    mg_test_wait_for_draw (GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), query);
  mg_test_settle (GTK_WIDGET (window));
}

/* The row whose first label, its title, reads @title. */
static GtkListBoxRow *
find_row (MgWindow   *window,
          const char *title)
{
  GtkWidget *list = results_list (window);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row)) {
    GtkWidget *label = mg_test_find_widget (row, GTK_TYPE_LABEL, NULL);

    if (GTK_IS_LIST_BOX_ROW (row) && label != NULL && g_str_equal (gtk_label_get_text (GTK_LABEL (label)), title))
      return GTK_LIST_BOX_ROW (row);
  }

  return NULL;
}

static gboolean
has_marks (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), "background=") != NULL;
}

/* What people search the tools by, in each language: the tool is a result,
 * and opens. */
static void
test_tools (void)
{
  const struct { const char *language, *query, *link; } cases[] = {
    { "en", "interaction", "tool:dose-guide" },
    { "en", "food", "tool:food-checklist" },
    { "nl", "dosis", "tool:dose-guide" },
    { "nl", "voeding", "tool:food-checklist" },
    { "sv", "interaktion", "tool:dose-guide" },
    { "sv", "livsmedel", "tool:food-checklist" },
    { "da", "dosis", "tool:dose-guide" },
    { "da", "fødevarer", "tool:food-checklist" },
  };
  MgWindow *window = mg_test_window_new (app, 1100, 760);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    const char *title = g_str_equal (cases[i].link, "tool:dose-guide") ? "Dose Guide" : "Food Checklist";
    GtkListBoxRow *row;

    mg_test_switch_language (app, cases[i].language);
    search_for (window, cases[i].query);
    row = find_row (window, _(title));
    if (row == NULL)
      g_error ("%s: “%s” does not list %s", cases[i].language, cases[i].query, cases[i].link);
    g_signal_emit_by_name (row, "activate");
    mg_test_settle (GTK_WIDGET (window));
    g_assert_cmpstr (mg_window_get_page_id (window), ==, cases[i].link);
  }

  mg_test_switch_language (app, "");
  mg_test_window_destroy (window);
}

/* A Danish word in the English app: nothing here, the Danish pages
 * offered, named in the language shown, opening in it. */
static void
test_other_languages (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  GtkWidget *heading, *danish;
  GtkListBoxRow *row;

  mg_test_switch_language (app, "en");
  search_for (window, "rygsmerter");
  heading = mg_test_find_label (GTK_WIDGET (window), "Nothing Found in This Language");
  danish = mg_test_find_label (results_list (window), mg_i18n_get_language_name ("da"));
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_get_mapped (heading));
  g_assert_nonnull (danish);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (danish,
                                                                                              GTK_TYPE_LIST_BOX_ROW))));
  g_assert_null (mg_test_find_label (results_list (window), mg_i18n_get_language_name ("sv")));
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), "No Results Found"));

  /* The page is named in English, and opens in English. */
  row = find_row (window, "Magnesium’s role in the body");
  g_assert_nonnull (row);
  g_signal_emit_by_name (search_entry (window), "activate");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_i18n_get_language (), ==, "en");
  g_assert_false (g_str_has_prefix (mg_window_get_page_id (window), "tool:"));

  /* What no language holds is no result anywhere. */
  search_for (window, "xyzzyplugh");
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), "Nothing Found in This Language"));
  g_assert_true (gtk_widget_get_mapped (mg_test_find_label (GTK_WIDGET (window), "No Results Found")));

  mg_test_switch_language (app, "");
  mg_test_window_destroy (window);
}

/* A typo's marks are the word it found; closing the search, or emptying
 * it, takes them off. */
static void
test_marks_cleared (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 760);
  MgPageView *view;
  GtkWidget *marked;
  char *label;

  /* A language switch builds the view again: find it after. */
  mg_test_switch_language (app, "en");
  view = MG_PAGE_VIEW (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_PAGE_VIEW, NULL));
  for (guint close = 0; close <= 1; close++) {
    search_for (window, "magnesum");
    g_signal_emit_by_name (search_entry (window), "activate");
    mg_test_settle (GTK_WIDGET (window));
    g_assert_true (mg_page_view_get_highlighted (view));
    marked = mg_test_find (GTK_WIDGET (view), has_marks, NULL);
    g_assert_nonnull (marked);
    label = g_utf8_strdown (gtk_label_get_label (GTK_LABEL (marked)), -1);
    g_assert_nonnull (strstr (label, "\">magnesium</span>"));
    g_clear_pointer (&label, g_free);

    if (close)
      g_signal_emit_by_name (search_entry (window), "stop-search");
    else
      gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), "");
    mg_test_settle (GTK_WIDGET (window));
    g_assert_false (mg_page_view_get_highlighted (view));
    g_assert_null (mg_test_find (GTK_WIDGET (view), has_marks, NULL));
  }

  mg_test_switch_language (app, "");
  mg_test_window_destroy (window);
}

/* Looked at by a person: the results with tools, and the other languages'
 * offer, on a phone and a desktop, at 100 % and 200 % text. */
static void
test_screenshots (void)
{
  const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  const struct { const char *language, *found, *elsewhere; } queries[] = {
    { "en", "magnesum dose", "rygsmerter" },
    { "nl", "voeding", "restless" },
    { "sv", "livsmedel", "rygsmerter" },
    { "da", "interaktion", "ryggsmärta" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
    MgWindow *window = mg_test_window_new (app, sizes[i].width, sizes[i].height);

    for (guint q = 0; q < G_N_ELEMENTS (queries); q++) {
      mg_test_switch_language (app, queries[q].language);
      for (guint scale = 1; scale <= 2; scale++) {
        g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
        for (guint step = 0; scale == 2 && step < 10; step++)
          g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
        for (guint other = 0; other <= 1; other++) {
          g_autofree char *name = g_strdup_printf ("search-%s-%s-%dx%d-%u00.png", queries[q].language,
                                                   other ? "elsewhere" : "found",
                                                   sizes[i].width, sizes[i].height, scale);
          g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);

          search_for (window, other ? queries[q].elsewhere : queries[q].found);
          g_assert_true (gtk_widget_get_mapped (results_list (window)));
          mg_test_wait_for_draw (GTK_WIDGET (window));
          mg_test_save_png (GTK_WIDGET (window), png);
        }
      }
    }
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
    mg_test_switch_language (app, "");
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

  g_test_add_func ("/search-window/tools", test_tools);
  g_test_add_func ("/search-window/other-languages", test_other_languages);
  g_test_add_func ("/search-window/marks-cleared", test_marks_cleared);
  g_test_add_func ("/search-window/screenshots", test_screenshots);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
