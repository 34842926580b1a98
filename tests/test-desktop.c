/* test-desktop.c: what the desktop asks of the app, in the app: opening a
 * page or tool (--page, the desktop file's actions, a search result), its
 * search filled in, and the search provider's answers. Over D-Bus, as
 * GNOME Shell asks, test-search-provider.py calls them.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"

#include "mg-search-provider.h"
#include "mg-test-utils.h"

static MgApplication *app;

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

/* Every way the desktop opens a page lands in the window's history. */
static void
test_show_page (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  mg_application_show_page (app, "rls-iron");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-iron");

  mg_application_show_page (app, "dose-guide");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:dose-guide");

  mg_application_show_page (app, "tool:food-checklist");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:food-checklist");

  /* From outside the app: an unknown id leaves the window as it was. */
  mg_application_show_page (app, "no-such-page");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:food-checklist");

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-page", g_variant_new_string ("rls-forms"));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-forms");

  mg_test_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:food-checklist");
  mg_test_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:dose-guide");

  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  mg_test_window_destroy (window);
}

static GtkWidget *
find_results (MgWindow *window)
{
  GtkWidget *list = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL);

  /* The sidebar's only list box is the search results'. */
  g_assert_nonnull (list);
  return list;
}

/* LaunchSearch: the app's search, open on the words, its results listed,
 * at a phone's width and a desktop's, in normal and large text. */
static void
test_search (void)
{
  const int sizes[][2] = { { 360, 640 }, { 1200, 800 } };
  const double scales[] = { 1.0, 2.0 };
  const char *languages[] = { "en", "nl" };
  const char *queries[] = { "ferritin", "kramp" };
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    mg_test_switch_language (app, languages[l]);
    for (guint t = 0; t < G_N_ELEMENTS (scales); t++) {
      g_settings_set_double (settings, "text-scale", scales[t]);
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
        g_autofree char *name = g_strdup_printf ("desktop-search-%s-%dx%d-%d.png", languages[l], sizes[i][0],
                                                 sizes[i][1], (int) (scales[t] * 100));
        g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);
        GtkWidget *entry;
        GtkWidget *bar;

        gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
        mg_test_wait_for_size (GTK_WIDGET (window), sizes[i][0]);
        mg_application_search (app, queries[l]);
        mg_test_settle (GTK_WIDGET (window));

        entry = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
        bar = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL);
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, queries[l]);
        g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
        g_assert_true (gtk_widget_get_mapped (find_results (window)));
        g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (find_results (window)), 0));
        g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
        mg_test_save_png (GTK_WIDGET (window), png);
      }
    }
  }

  g_settings_reset (settings, "text-scale");
  mg_test_switch_language (app, "en");
  mg_test_window_destroy (window);
}

static GPtrArray *
find (MgSearchProvider *provider,
      const char       *words)
{
  g_auto(GStrv) terms = g_strsplit (words, " ", -1);

  return mg_search_provider_find (provider, (const char *const *) terms);
}

/* The provider's answers: tools first, a page whose title matches before
 * the pages that mention the word, every word on each page, in the
 * language the app shows. */
static void
test_provider_find (void)
{
  g_autoptr(MgSearchProvider) provider = mg_search_provider_new (app);
  g_autoptr(GPtrArray) ferritin = find (provider, "ferritin");
  g_autoptr(GPtrArray) magnesium = find (provider, "magnesium");
  g_autoptr(GPtrArray) both = find (provider, "Magnesium  FERRITIN");
  g_autoptr(GPtrArray) dose = find (provider, "dose");
  g_autoptr(GPtrArray) blank = find (provider, " ");
  g_autoptr(GPtrArray) doser = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(GPtrArray) dutch_ferritin = NULL;

  g_assert_cmpuint (ferritin->len, >, 1);
  g_assert_cmpstr (g_ptr_array_index (ferritin, 0), ==, "rls-iron");
  g_assert_cmpuint (both->len, >, 0);
  g_assert_cmpuint (both->len, <, magnesium->len);
  for (guint i = 0; i < both->len; i++) {
    g_assert_true (has_id (magnesium, g_ptr_array_index (both, i)));
    g_assert_true (has_id (ferritin, g_ptr_array_index (both, i)));
  }
  g_assert_cmpstr (g_ptr_array_index (dose, 0), ==, "tool:dose-guide");
  g_assert_false (has_id (dose, "tool:food-checklist"));
  g_assert_cmpuint (blank->len, ==, 0);

  /* The tools' names in Dutch: “Doseringsgids”, “Voedingschecklist”. */
  mg_test_switch_language (app, "nl");
  doser = find (provider, "dosering");
  checklist = find (provider, "checklist");
  dutch_ferritin = find (provider, "ferritine");
  g_assert_cmpstr (g_ptr_array_index (doser, 0), ==, "tool:dose-guide");
  g_assert_cmpstr (g_ptr_array_index (checklist, 0), ==, "tool:food-checklist");
  g_assert_cmpstr (g_ptr_array_index (dutch_ferritin, 0), ==, "rls-iron");
  mg_test_switch_language (app, "en");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_func ("/desktop/show-page", test_show_page);
  g_test_add_func ("/desktop/search", test_search);
  g_test_add_func ("/desktop/provider/find", test_provider_find);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
