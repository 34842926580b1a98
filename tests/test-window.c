/* test-window.c: the main window, its pages, navigation and disclaimer
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-disclaimer.h"
#include "mg-intake-store-private.h"
#include "mg-test-store.h"
#include "mg-page-view.h"
#include "mg-test-utils.h"

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
    { "win.previous-page", "<Alt>Left" },
    { "win.next-page", "<Alt>Right" },
    { "win.show-shortcuts", "<Control>question" },
    { "app.quit", "<Control>q" },
    { "window.close", "<Control>w" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), expected[i].action);

    g_assert_nonnull (accels);
    g_assert_cmpstr (accels[0], ==, expected[i].accel);
  }
}

static void
check_disclaimer (MgWindow *window)
{
  GtkWidget *disclaimer = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DISCLAIMER, NULL);
  const char *text;

  g_assert_nonnull (disclaimer);
  text = mg_disclaimer_get_text (MG_DISCLAIMER (disclaimer));
  g_assert_cmpstr (text, ==, mg_disclaimer_get_short_text ());
  g_assert_cmpuint (strlen (text), >, 20);
  g_assert_true (mg_test_widget_inside (disclaimer, GTK_WIDGET (window)));
  g_assert_nonnull (mg_test_find_label (disclaimer, text));
}

static void
test_disclaimer_everywhere (gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  MgGuide *guide = mg_application_get_guide (app);
  MgWindow *window = mg_test_window_new (app, width, 720);

  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    show_page (window, mg_guide_get_page (guide, i)->id);
    check_disclaimer (window);
  }

  /* Narrow, the contents fold away behind a back button: the notice stays. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  mg_test_settle (GTK_WIDGET (window));
  check_disclaimer (window);

  mg_test_window_destroy (window);
}

static void
test_narrow_folds (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  MgWindow *window = mg_test_window_new (app, 360, 720);
  g_autofree char *first = page_title (mg_guide_get_page (guide, 0));
  /* Not a neighbour of the first page, so no previous/next button names it. */
  g_autofree char *third = page_title (mg_guide_get_page (guide, 2));
  GtkWidget *back = mg_test_find_action_button (GTK_WIDGET (window), "win.show-sidebar");
  GtkWidget *row_label;

  show_page (window, mg_guide_get_page (guide, 0)->id);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (back));
  /* The contents list is folded away: its entries are not on screen. */
  g_assert_null (mg_test_find_label (GTK_WIDGET (window), third));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  mg_test_settle (GTK_WIDGET (window));
  row_label = mg_test_find_label (GTK_WIDGET (window), third);
  g_assert_nonnull (row_label);
  g_assert_true (mg_test_widget_inside (row_label, GTK_WIDGET (window)));

  /* Choosing an entry opens its page. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (row_label, GTK_TYPE_LIST_BOX_ROW), "activate");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_window_get_page_id (window), ==, mg_guide_get_page (guide, 2)->id);
  g_assert_nonnull (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1"));
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

/* The content's header names the section only while the sidebar, which
 * names it too, is folded away. */
static void
test_section_in_header (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  const MgPage *page = mg_guide_get_page (guide, 1);
  g_autofree char *title = page_title (page);
  g_autofree char *section = mg_markup_to_plain (mg_i18n_gettext (mg_guide_get_section (guide, page->section)->title));
  MgWindow *window = mg_test_window_new (app, 360, 720);
  GtkWidget *header;

  show_page (window, page->id);
  mg_test_settle (GTK_WIDGET (window));
  header = mg_test_find (GTK_WIDGET (window), is_title_of, title);
  g_assert_nonnull (header);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (header)), ==, section);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 720);
  mg_test_wait_for_size (GTK_WIDGET (window), 1200);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (header)), ==, "");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  mg_test_wait_for_size (GTK_WIDGET (window), 360);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (header)), ==, section);

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
  g_test_add_data_func ("/window/disclaimer/1200", GINT_TO_POINTER (1200), test_disclaimer_everywhere);
  g_test_add_data_func ("/window/disclaimer/360", GINT_TO_POINTER (360), test_disclaimer_everywhere);
  g_test_add_func ("/window/narrow-folds", test_narrow_folds);
  g_test_add_func ("/window/section-in-header", test_section_in_header);
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
