/* test-window.c: the main window, its pages, navigation and disclaimer
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-diary-store.h"
#include "mg-disclaimer.h"
#include "mg-intake-store-private.h"
#include "mg-test-store.h"
#include "mg-page-view.h"
#include "mg-search.h"
#include "mg-test-utils.h"
#include "mg-tools.h"

/* The tools' rows, above the article's pages in the sidebar. */
#define N_TOOLS_IN_SIDEBAR MG_N_TOOLS

static MgApplication *app;

static char *
page_title (const MgPage *page)
{
  return mg_markup_to_plain (mg_i18n_gettext (page->title));
}

static void
show_page (MgWindow   *window,
           const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", id);
  mg_test_settle (GTK_WIDGET (window));
}

static void
test_window_opens (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Magnesium Guide");
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window) ||
                 gtk_application_get_windows (GTK_APPLICATION (app)) != NULL);

  mg_test_window_destroy (window);
}

static void
test_every_page (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    const MgPage *page = mg_guide_get_page (guide, i);
    g_autofree char *title = page_title (page);
    g_auto(GStrv) footer = mg_page_dup_footer_sources (page);
    GtkWidget *title_label;

    show_page (window, page->id);
    g_assert_cmpstr (mg_window_get_page_id (window), ==, page->id);

    /* The page’s title is what a person sees at the top of the page. */
    title_label = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1");
    g_assert_nonnull (title_label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title_label)), ==, title);
    g_assert_true (mg_test_widget_inside (title_label, GTK_WIDGET (window)));

    /* A page that cites sources its research notes do not list ends with
     * them, under a heading that a screen reader can jump to. */
    if (footer[0] != NULL) {
      GtkWidget *heading = mg_test_find_label (GTK_WIDGET (window), _("Sources for this page"));

      g_assert_nonnull (heading);
      g_assert_true (gtk_widget_get_mapped (heading));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)), ==,
                       GTK_ACCESSIBLE_ROLE_HEADING);
    }
  }

  mg_test_window_destroy (window);
}

static gboolean
button_enabled (MgWindow   *window,
                const char *action)
{
  GtkWidget *button = mg_test_find_action_button (GTK_WIDGET (window), action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static void
test_previous_next (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  guint last = mg_guide_get_n_pages (guide) - 1;
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  g_autofree char *second_title = page_title (mg_guide_get_page (guide, 1));

  show_page (window, mg_guide_get_page (guide, 0)->id);
  g_assert_false (button_enabled (window, "win.previous-page"));
  g_assert_true (button_enabled (window, "win.next-page"));
  /* The next button names the page it leads to. */
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window), second_title));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 1)->id);
  g_assert_true (button_enabled (window, "win.previous-page"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-page", NULL);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 0)->id);

  show_page (window, mg_guide_get_page (guide, last)->id);
  g_assert_true (button_enabled (window, "win.previous-page"));
  g_assert_false (button_enabled (window, "win.next-page"));

  /* Next on the last page stays there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, last)->id);

  mg_test_window_destroy (window);
}

static void
test_keyboard_shortcuts (void)
{
  const struct { const char *action; const char *accel; } expected[] = {
    { "win.go-back", "<Alt>Left" },
    { "win.go-forward", "<Alt>Right" },
    { "win.previous-page", "<Control>Page_Up" },
    { "win.next-page", "<Control>Page_Down" },
    { "win.show-shortcuts", "<Control>question" },
    { "win.help", "F1" },
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), expected[i].action);

    g_assert_nonnull (accels);
    g_assert_cmpstr (accels[0], ==, expected[i].accel);
  }
}

static AdwNavigationSplitView *
split_view (MgWindow *window)
{
  return ADW_NAVIGATION_SPLIT_VIEW (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL));
}

static void
resize (MgWindow *window,
        int       width,
        int       height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  mg_test_wait_for_size (GTK_WIDGET (window), width);
  for (guint frame = 0; frame < 20 && ABS (gtk_widget_get_height (GTK_WIDGET (window)) - height) > 12; frame++)
    mg_test_settle (GTK_WIDGET (window));
  g_test_message ("window at %d×%d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpint (ABS (gtk_widget_get_height (GTK_WIDGET (window)) - height), <=, 12);
}

/* The notice lies wholly inside the window, under the content, which gets
 * all the rest of the height; on a short window it takes one line. */
static void
check_disclaimer (MgWindow *window)
{
  GtkWidget *disclaimer = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DISCLAIMER, NULL);
  GtkWidget *split = GTK_WIDGET (split_view (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  double scale = g_settings_get_double (settings, "text-scale");
  graphene_rect_t notice, content;
  const char *text;

  g_assert_nonnull (disclaimer);
  text = mg_disclaimer_get_text (MG_DISCLAIMER (disclaimer));
  g_assert_cmpuint (strlen (text), >, 10);
  g_assert_true (mg_test_widget_inside (disclaimer, GTK_WIDGET (window)));
  g_assert_nonnull (mg_test_find_label (disclaimer, text));
  g_assert_nonnull (mg_test_find_label (disclaimer, _("Read More")));

  g_assert_true (gtk_widget_compute_bounds (disclaimer, GTK_WIDGET (window), &notice));
  g_assert_true (gtk_widget_compute_bounds (split, GTK_WIDGET (window), &content));
  g_assert_cmpfloat (content.origin.y + content.size.height, <=, notice.origin.y + 0.5);
  g_assert_cmpfloat (notice.origin.y + notice.size.height, >=, height - 0.5);
  g_assert_cmpfloat (content.size.height + notice.size.height, >=, height - 1.5);

  /* The breakpoint grows with the app's text size (scale_breakpoints ()). */
  if (height < 420 * scale) {
    g_assert_true (mg_disclaimer_get_compact (MG_DISCLAIMER (disclaimer)));
    /* One line, or two short ones in large text: the page keeps most of
     * the window. */
    g_assert_cmpfloat (notice.size.height, <, height * scale / 6.0);
  } else {
    g_assert_false (mg_disclaimer_get_compact (MG_DISCLAIMER (disclaimer)));
    g_assert_cmpstr (text, ==, mg_disclaimer_get_short_text ());
  }
}

/* At every size and in every language, on every page and on the contents. */
static void
test_disclaimer_everywhere (void)
{
  const int sizes[][2] = { { 360, 294 }, { 360, 640 }, { 600, 800 }, { 1200, 800 } };
  const char *languages[] = { "en", "nl", "sv", "da" };
  MgGuide *guide = mg_application_get_guide (app);
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    mg_test_switch_language (app, languages[l]);
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
      resize (window, sizes[i][0], sizes[i][1]);
      show_page (window, mg_guide_get_page (guide, 0)->id);
      check_disclaimer (window);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "dose-guide");
      mg_test_settle (GTK_WIDGET (window));
      check_disclaimer (window);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
      mg_test_settle (GTK_WIDGET (window));
      check_disclaimer (window);
    }
  }
  mg_test_switch_language (app, "");

  resize (window, 1200, 800);
  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    show_page (window, mg_guide_get_page (guide, i)->id);
    check_disclaimer (window);
  }

  mg_test_window_destroy (window);
}

static gboolean
is_disclaimer_dialog (GtkWidget     *widget,
                      gconstpointer  data)
{
  return ADW_IS_DIALOG (widget) && g_strcmp0 (adw_dialog_get_title (ADW_DIALOG (widget)), data) == 0;
}

/* The bar opens the whole text, left-aligned, in a dialog of its own. */
static void
test_disclaimer_opens (void)
{
  MgWindow *window = mg_test_window_new (app, 360, 640);
  GtkWidget *disclaimer = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DISCLAIMER, NULL);
  GtkWidget *button = mg_test_find_widget (disclaimer, GTK_TYPE_BUTTON, NULL);
  GtkWidget *dialog, *text, *scroller;
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "window-disclaimer-360.png", NULL);

  g_signal_emit_by_name (button, "clicked");
  mg_test_settle (GTK_WIDGET (window));
  dialog = mg_test_find (GTK_WIDGET (window), is_disclaimer_dialog, "Not Medical Advice");
  g_assert_nonnull (dialog);
  for (guint frame = 0; frame < 30 && mg_test_find_label (dialog, mg_disclaimer_get_full_text ()) == NULL; frame++)
    mg_test_settle (GTK_WIDGET (window));
  text = mg_test_find_label (dialog, mg_disclaimer_get_full_text ());
  g_assert_nonnull (text);
  g_assert_cmpfloat (gtk_label_get_xalign (GTK_LABEL (text)), ==, 0);
  /* A bottom sheet slides in; the text scrolls inside it where the window
   * is too short for all of it. */
  scroller = gtk_widget_get_ancestor (text, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  for (guint frame = 0; frame < 60 && !mg_test_widget_inside (scroller, GTK_WIDGET (window)); frame++)
    mg_test_settle (GTK_WIDGET (window));
  g_assert_true (mg_test_widget_inside (scroller, GTK_WIDGET (window)));
  mg_test_save_png (GTK_WIDGET (window), png);

  adw_dialog_force_close (ADW_DIALOG (dialog));
  mg_test_settle (GTK_WIDGET (window));
  mg_test_window_destroy (window);
}

/* Collapsed at a phone's width, side by side on a desktop, and back. */
static void
test_breakpoints (void)
{
  MgWindow *window = mg_test_window_new (app, 360, 640);
  AdwNavigationSplitView *split = split_view (window);

  g_assert_true (adw_navigation_split_view_get_collapsed (split));
  resize (window, 1200, 800);
  g_assert_false (adw_navigation_split_view_get_collapsed (split));
  resize (window, 360, 294);
  g_assert_true (adw_navigation_split_view_get_collapsed (split));
  resize (window, 800, 600);
  g_assert_false (adw_navigation_split_view_get_collapsed (split));

  mg_test_window_destroy (window);
}

static void
test_narrow_folds (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  MgWindow *window = mg_test_window_new (app, 360, 720);
  AdwNavigationSplitView *split = split_view (window);
  g_autofree char *first = page_title (mg_guide_get_page (guide, 0));
  /* Not a neighbour of the first page, so no previous/next button names it. */
  g_autofree char *third = page_title (mg_guide_get_page (guide, 2));
  GtkWidget *row_label;

  show_page (window, mg_guide_get_page (guide, 0)->id);
  g_assert_true (adw_navigation_split_view_get_show_content (split));
  /* The contents list is folded away: its entries are not on screen. */
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), third));

  /* Escape (and the header's back button) return to the contents. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_false (adw_navigation_split_view_get_show_content (split));
  row_label = mg_test_find_label (GTK_WIDGET (window), third);
  g_assert_nonnull (row_label);
  g_assert_true (mg_test_widget_inside (row_label, GTK_WIDGET (window)));

  /* Choosing an entry opens its page. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (row_label, GTK_TYPE_LIST_VIEW), "activate",
                         N_TOOLS_IN_SIDEBAR + 2);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (adw_navigation_split_view_get_show_content (split));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 2)->id);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1"))), ==, third);
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), first));

  mg_test_window_destroy (window);
}

static gboolean
is_title_of (GtkWidget     *widget,
             gconstpointer  title)
{
  return ADW_IS_WINDOW_TITLE (widget) &&
         g_strcmp0 (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), title) == 0;
}

/* The header names the page or tool, with no subtitle that repeats
 * nothing new; on a phone, not above a page heading that says the same. */
static void
test_header_title (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 720);
  GtkWidget *header;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "dose-guide");
  mg_test_settle (GTK_WIDGET (window));
  header = mg_test_find (GTK_WIDGET (window), is_title_of, "Dose Guide");
  g_assert_nonnull (header);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (header)), ==, "");

  resize (window, 360, 720);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (header)), ==, "");
  /* The checklist has its own heading too, right under the header. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "food-checklist");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (header)), ==, "");
  resize (window, 1200, 800);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (header)), ==, "Food Checklist");

  mg_test_window_destroy (window);
}

static GtkSingleSelection *
sidebar_selection (MgWindow *window)
{
  GtkListView *list = GTK_LIST_VIEW (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW,
                                                          "navigation-sidebar"));

  g_assert_nonnull (list);
  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
}

static guint
row_of (MgWindow *window)
{
  MgGuide *guide = mg_application_get_guide (app);
  const char *id = mg_window_get_page_id (window);

  if (g_str_equal (id, "tool:dose-guide"))
    return 0;
  if (g_str_equal (id, "tool:food-checklist"))
    return 1;
  return N_TOOLS_IN_SIDEBAR + mg_guide_lookup_page (guide, id)->index;
}

/* The sidebar highlights the page shown, whichever way it was reached,
 * and keeps it in view. */
static void
check_sidebar_follows (MgWindow *window)
{
  GtkListView *list = GTK_LIST_VIEW (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW,
                                                          "navigation-sidebar"));
  guint row = row_of (window);
  GtkWidget *selected = NULL;

  g_assert_cmpuint (gtk_single_selection_get_selected (sidebar_selection (window)), ==, row);
  mg_test_settle (GTK_WIDGET (window));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_state_flags (child) & GTK_STATE_FLAG_SELECTED)
      selected = child;
  g_assert_nonnull (selected);
  g_assert_true (mg_test_widget_inside (selected, GTK_WIDGET (window)));
}

static void
go (MgWindow   *window,
    const char *action,
    const char *page)
{
  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), action, "s", page);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  mg_test_settle (GTK_WIDGET (window));
}

static void
test_sidebar_follows (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  guint last = mg_guide_get_n_pages (guide) - 1;
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  show_page (window, mg_guide_get_page (guide, 0)->id);
  check_sidebar_follows (window);
  for (guint i = 0; i < last; i++) {
    go (window, "win.next-page", NULL);
    check_sidebar_follows (window);
  }
  go (window, "win.show-tool", "food-checklist");
  check_sidebar_follows (window);
  go (window, "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, last)->id);
  check_sidebar_follows (window);
  go (window, "win.show-page", mg_guide_get_page (guide, 0)->id);
  check_sidebar_follows (window);

  mg_test_window_destroy (window);
}

/* One Tab stop: the arrows move the focus inside, never the highlight,
 * which stays on the page shown. Its headings come before their rows. */
static void
test_sidebar_keyboard (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkWidget *list = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "navigation-sidebar");
  GtkAccessible *first;
  GtkWidget *heading;
  GtkWidget *focus;

  show_page (window, "rls-what-is");
  g_assert_true (gtk_widget_grab_focus (list));
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_child_focus (list, GTK_DIR_DOWN));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-what-is");
  check_sidebar_follows (window);

  /* Tab leaves the list at once. */
  g_assert_false (gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list));

  first = gtk_accessible_get_first_accessible_child (GTK_ACCESSIBLE (list));
  g_assert_nonnull (first);
  heading = mg_test_find_label (GTK_WIDGET (first), "Tools");
  g_assert_nonnull (heading);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (heading)), ==, GTK_ACCESSIBLE_ROLE_HEADING);
  g_object_unref (first);

  mg_test_window_destroy (window);
}

static double
scroll_value (MgWindow *window)
{
  GtkWidget *title = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1");
  GtkWidget *scroller = gtk_widget_get_ancestor (title, GTK_TYPE_SCROLLED_WINDOW);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)));
}

static void
scroll_to (MgWindow *window,
           double    value)
{
  GtkWidget *title = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1");
  GtkWidget *scroller = gtk_widget_get_ancestor (title, GTK_TYPE_SCROLLED_WINDOW);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), value);
}

static gboolean
is_enabled_button (MgWindow   *window,
                   const char *action)
{
  return button_enabled (window, action);
}

/* A link, then Back, returns to the page it was on and the place on it;
 * Forward goes to the link's page again. */
static void
test_history (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 600);
  double place;

  show_page (window, "rls-interactions");
  g_assert_true (is_enabled_button (window, "win.go-back"));
  scroll_to (window, 400);
  mg_test_settle (GTK_WIDGET (window));
  place = scroll_value (window);
  g_assert_cmpfloat (place, >, 100);

  /* As a link in the text does. */
  go (window, "win.show-page", "sources");
  go (window, "win.show-tool", "dose-guide");
  g_assert_false (is_enabled_button (window, "win.go-forward"));

  go (window, "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "sources");
  g_assert_true (is_enabled_button (window, "win.go-forward"));
  go (window, "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-interactions");
  g_assert_cmpfloat (fabs (scroll_value (window) - place), <, 1);

  go (window, "win.go-forward", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "sources");
  go (window, "win.go-forward", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:dose-guide");
  g_assert_false (is_enabled_button (window, "win.go-forward"));

  /* A new page drops what lay ahead. */
  go (window, "win.go-back", NULL);
  go (window, "win.go-back", NULL);
  go (window, "win.next-page", NULL);
  g_assert_false (is_enabled_button (window, "win.go-forward"));

  /* Back as far as it goes: the first page of this window. */
  for (guint i = 0; i < 10; i++)
    go (window, "win.go-back", NULL);
  g_assert_false (is_enabled_button (window, "win.go-back"));

  mg_test_window_destroy (window);
}

/* F1 opens the guide's page on using the app, from a page or a tool, as a
 * link does: in the history, so that Back returns to where the person was,
 * and in the language chosen. */
static void
test_help (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "F1");
  g_autofree char *title = NULL;

  g_assert_cmpstrv (actions, ((const char *[]) { "win.help", NULL }));

  show_page (window, "rls-forms");
  go (window, "win.help", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "help");
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window), "How to use this app"));
  go (window, "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-forms");

  go (window, "win.show-tool", "dose-guide");
  go (window, "win.help", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "help");
  /* Again on the help page: nothing new to go back past. */
  go (window, "win.help", NULL);
  go (window, "win.go-back", NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:dose-guide");

  /* The window stays; its content is made again in Dutch. */
  mg_test_switch_language (app, "nl");
  go (window, "win.help", NULL);
  title = page_title (mg_guide_lookup_page (mg_application_get_guide (app), "help"));
  g_assert_cmpstr (title, !=, "How to use this app");
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window), title));
  mg_test_switch_language (app, "en");

  mg_test_window_destroy (window);
}

static gboolean
search_finds (const char *query,
              const char *page_id)
{
  g_autoptr(MgSearchIndex) index = mg_search_index_new (mg_application_get_guide (app));
  g_autoptr(GPtrArray) results = mg_search_index_query (index, query);

  for (guint i = 0; i < results->len; i++) {
    if (g_str_equal (((MgSearchResult *) g_ptr_array_index (results, i))->page->id, page_id))
      return TRUE;
  }
  return FALSE;
}

/* The search finds the help page in the words a person would look for. */
static void
test_help_found (void)
{
  g_assert_true (search_finds ("food-checklist.ini", "help"));
  g_assert_true (search_finds ("keyboard", "help"));
  mg_test_switch_language (app, "da");
  g_assert_true (search_finds ("slet dine data", "help"));
  mg_test_switch_language (app, "en");
}

/* Ctrl+P where nothing prints says so, rather than doing nothing. */
static void
test_print_shortcut_says (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  go (window, "win.show-tool", "food-checklist");
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), "This page cannot be printed"));
  go (window, "win.print-shortcut", NULL);
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window), "This page cannot be printed"));

  mg_test_window_destroy (window);
}

/* The main menu in the HIG's order: the page, the settings, help. */
static void
test_menu_order (void)
{
  const char *expected[] = { "win.print", NULL, "app.language", "app.preferences",
                             "win.show-shortcuts", "win.help", "win.show-disclaimer", "app.about" };
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkMenuButton *button = GTK_MENU_BUTTON (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL));
  GMenuModel *menu;
  guint n = 0;

  gtk_menu_button_popup (button);
  mg_test_settle (NULL);
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++) {
    GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

    for (int i = 0; i < g_menu_model_get_n_items (section); i++, n++) {
      g_autofree char *action = NULL;
      GMenuModel *submenu = g_menu_model_get_item_link (section, i, G_MENU_LINK_SUBMENU);

      if (submenu != NULL) {
        g_menu_model_get_item_attribute (submenu, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action);
        g_object_unref (submenu);
      } else {
        g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      }
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (action, ==, expected[n]);
    }
    g_object_unref (section);
  }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  gtk_menu_button_popdown (button);
  mg_test_window_destroy (window);
}

/* Which part of the window @widget is in: 0 the headers, 1 the sidebar's
 * list, 2 the page, 3 the disclaimer. */
static int
region_of (MgWindow  *window,
           GtkWidget *widget)
{
  GtkWidget *list = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "navigation-sidebar");

  if (gtk_widget_get_ancestor (widget, MG_TYPE_DISCLAIMER) != NULL)
    return 3;
  if (widget == list || gtk_widget_is_ancestor (widget, list))
    return 1;
  if (gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL)
    return 0;
  return 2;
}

/* Tab goes through the window in the order a person sees it: the headers,
 * the contents (one stop), the page, the disclaimer. */
static void
test_focus_order (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkWidget *search = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, NULL);
  int last = 0;
  guint in_list = 0;
  gboolean reached_disclaimer = FALSE;

  show_page (window, "rls-what-is");
  g_assert_true (gtk_widget_grab_focus (search));
  for (guint i = 0; i < 200 && !reached_disclaimer; i++) {
    GtkWidget *focus;
    int region;

    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    region = region_of (window, focus);
    g_test_message ("Tab %u: %s in region %d", i, G_OBJECT_TYPE_NAME (focus), region);
    /* The page's header comes after the sidebar's list, so the headers
     * may come back once, before the page. */
    if (!(last == 1 && region == 0))
      g_assert_cmpint (region, >=, last);
    in_list += region == 1;
    reached_disclaimer = region == 3;
    if (region != 0)
      last = region;
  }
  g_assert_true (reached_disclaimer);
  g_assert_cmpuint (in_list, ==, 1);

  mg_test_window_destroy (window);
}

/* Pictures of the window's frame to look at: the page and the contents,
 * on a phone, a short window and a desktop, at 100 % and 200 % text, light
 * and dark; the disclaimer is in view in each. */
static void
test_screenshots (void)
{
  const int sizes[][2] = { { 360, 640 }, { 360, 294 }, { 1200, 800 } };
  const double scales[] = { 1.0, 2.0 };
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  AdwStyleManager *style = adw_style_manager_get_default ();
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  for (guint dark = 0; dark < 2; dark++) {
    adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
    for (guint t = 0; t < G_N_ELEMENTS (scales); t++) {
      g_settings_set_double (settings, "text-scale", scales[t]);
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
        const char *views[] = { "page", "contents" };

        resize (window, sizes[i][0], sizes[i][1]);
        for (guint v = 0; v < G_N_ELEMENTS (views); v++) {
          g_autofree char *name = g_strdup_printf ("window-%s-%dx%d-%d-%s.png", views[v], sizes[i][0], sizes[i][1],
                                                   (int) (scales[t] * 100), dark ? "dark" : "light");
          g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);

          show_page (window, "rls-interactions");
          if (v == 1)
            go (window, "win.show-sidebar", NULL);
          check_disclaimer (window);
          mg_test_save_png (GTK_WIDGET (window), png);
        }
      }
    }
  }

  g_settings_reset (settings, "text-scale");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  mg_test_window_destroy (window);
}

/* The first Tab goes into the page, not to the disclaimer or the header. */
static void
test_first_focus (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *page = gtk_widget_get_ancestor (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1"),
                                             GTK_TYPE_STACK);

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, page));

  mg_test_window_destroy (window);
}

static gboolean
is_link_label (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_focusable (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a href") != NULL;
}

/* Following a link replaces the page the link was on: the focus must not
 * stay on the label that went with it (GTK 4.8 would keep it there, and a
 * link that took the focus next would read it after it was freed). */
static void
test_focus_leaves_old_page (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  GtkWidget *link, *focus;

  show_page (window, "rls-magnesium-role");
  link = mg_test_find (GTK_WIDGET (window), is_link_label, NULL);
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_grab_focus (link));

  show_page (window, "rls-what-is");
  mg_test_settle (GTK_WIDGET (window));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != link);
  g_assert_true (focus == NULL || gtk_widget_get_root (focus) == GTK_ROOT (window));

  mg_test_window_destroy (window);
}

static void
test_restores_last_page (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  const MgPage *page = mg_guide_get_page (guide, 5);
  MgWindow *window = mg_test_window_new (app, 1000, 700);

  show_page (window, page->id);
  gtk_window_close (GTK_WINDOW (window));
  mg_test_run_pending ();

  window = mg_test_window_new (app, 1000, 700);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, page->id);
  mg_test_window_destroy (window);
}

static void
test_restores_window_size (void)
{
  MgWindow *window = mg_test_window_new (app, 777, 555);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  int width, height;

  gtk_window_close (GTK_WINDOW (window));
  mg_test_run_pending ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 555);

  window = mg_window_new (GTK_APPLICATION (app), mg_application_get_guide (app),
                          mg_application_get_dose_profile (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);
  mg_test_window_destroy (window);
}

static void
test_unknown_page_kept (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  MgWindow *window;

  /* A page that a newer or older version had: start at the beginning. */
  g_settings_set_string (settings, "last-page", "no-such-page");
  window = mg_test_window_new (app, 1000, 700);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 0)->id);
  mg_test_window_destroy (window);

  /* And a tool that it had. */
  g_settings_set_string (settings, "last-page", "tool:no-such-tool");
  window = mg_test_window_new (app, 1000, 700);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 0)->id);
  mg_test_window_destroy (window);
}

static void
test_second_activation_presents (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);

  g_application_activate (G_APPLICATION (app));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  mg_test_window_destroy (window);
}

/* A disk that is full for as long as the test says. */
static gboolean disk_full;

static int
plain_open (const char *path,
            int         flags,
            mode_t      mode)
{
  return g_open (path, flags, mode);
}

static ssize_t
full_write (int         fd,
            const void *buffer,
            size_t      count)
{
  if (disk_full) {
    errno = ENOSPC;
    return -1;
  }
  return write (fd, buffer, count);
}

static const MgIntakeStoreFileOps full_disk_ops = { plain_open, full_write, fsync };

static AdwAlertDialog *
find_alert (MgWindow *window)
{
  return ADW_ALERT_DIALOG (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_ALERT_DIALOG, NULL));
}

/* The last window waits for the checklist's last ticks to be saved; when
 * they cannot be, it asks before they are lost. */
static void
test_close_saves_checklist (void)
{
  MgWindow *window = mg_test_window_new (app, 1200, 800);
  g_autoptr(MgIntakeStore) store = mg_intake_store_dup_default ();
  AdwAlertDialog *dialog = NULL;
  g_autofree char *path = g_strdup (mg_intake_store_get_path (store));
  g_autofree char *saved = NULL;
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "window-close-unsaved.png", NULL);

  mg_test_store_wait_loaded (store);
  mg_intake_store_set_file_ops (&full_disk_ops);
  disk_full = TRUE;
  mg_intake_store_set_servings (store, mg_intake_store_get_today (store), "kale", 2);

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  for (guint i = 0; i < 1000 && (dialog = find_alert (window)) == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (adw_alert_dialog_get_heading (dialog), ==, "Close Without Saving?");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  mg_test_save_png (GTK_WIDGET (window), png);

  /* Kept open: space comes back, and the next close saves, then closes. */
  g_signal_emit_by_name (dialog, "response", "cancel");
  adw_dialog_force_close (ADW_DIALOG (dialog));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (mg_intake_store_has_unsaved_changes (store));

  disk_full = FALSE;
  gtk_window_close (GTK_WINDOW (window));
  for (guint i = 0; i < 1000 && gtk_widget_get_visible (GTK_WIDGET (window)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_false (mg_intake_store_has_unsaved_changes (store));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "kale=2"));

  mg_intake_store_set_file_ops (NULL);
  mg_test_run_pending ();
  g_assert_finalize_object (window);
}

/* A person who keeps the diary and has no entry for today is offered one
 * when the window opens; nobody else is, and the offer goes once they are
 * in the diary. The entry is two days old: the answer is the same if the
 * test runs across midnight. */
static void
test_diary_offer (void)
{
  g_autoptr(MgDiaryStore) diary = mg_diary_store_dup_default ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -2);
  g_autofree char *day = g_date_time_format (then, "%Y-%m-%d");
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new (day);
  g_autofree char *last_page = NULL;
  MgWindow *window;
  AdwBanner *banner;

  mg_test_file_store_wait_loaded (mg_diary_store_get_file (diary));
  g_settings_reset (settings, "last-page");
  window = mg_test_window_new (app, 1000, 700);
  banner = ADW_BANNER (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_BANNER, NULL));
  g_assert_false (adw_banner_get_revealed (banner));
  mg_test_window_destroy (window);

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 7);
  mg_diary_store_set_entry (diary, entry);
  window = mg_test_window_new (app, 1000, 700);
  banner = ADW_BANNER (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_BANNER, NULL));
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_cmpstr (adw_banner_get_title (banner), ==, "No symptom diary entry for today yet");

  mg_test_activate_action (GTK_WIDGET (window), "win.fill-in-diary", NULL);
  mg_test_settle (GTK_WIDGET (window));
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "tool:diary");
  g_assert_false (adw_banner_get_revealed (banner));

  mg_test_window_destroy (window);
  mg_diary_store_clear_day (diary, day);
  g_settings_reset (settings, "last-page");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/every-page", test_every_page);
  g_test_add_func ("/window/previous-next", test_previous_next);
  g_test_add_func ("/window/keyboard-shortcuts", test_keyboard_shortcuts);
  g_test_add_func ("/window/disclaimer/everywhere", test_disclaimer_everywhere);
  g_test_add_func ("/window/disclaimer/opens", test_disclaimer_opens);
  g_test_add_func ("/window/breakpoints", test_breakpoints);
  g_test_add_func ("/window/narrow-folds", test_narrow_folds);
  g_test_add_func ("/window/header-title", test_header_title);
  g_test_add_func ("/window/sidebar/follows", test_sidebar_follows);
  g_test_add_func ("/window/sidebar/keyboard", test_sidebar_keyboard);
  g_test_add_func ("/window/history", test_history);
  g_test_add_func ("/window/help", test_help);
  g_test_add_func ("/window/diary-offer", test_diary_offer);
  g_test_add_func ("/window/help-found", test_help_found);
  g_test_add_func ("/window/print-shortcut", test_print_shortcut_says);
  g_test_add_func ("/window/menu-order", test_menu_order);
  g_test_add_func ("/window/first-focus", test_first_focus);
  g_test_add_func ("/window/focus-order", test_focus_order);
  g_test_add_func ("/window/screenshots", test_screenshots);
  g_test_add_func ("/window/focus-leaves-old-page", test_focus_leaves_old_page);
  g_test_add_func ("/window/restores-last-page", test_restores_last_page);
  g_test_add_func ("/window/restores-size", test_restores_window_size);
  g_test_add_func ("/window/unknown-page", test_unknown_page_kept);
  g_test_add_func ("/window/second-activation", test_second_activation_presents);
  g_test_add_func ("/window/close-saves-checklist", test_close_saves_checklist);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
