/* test-screenshots.c: pictures of the window, wide and narrow
 *
 * Saves PNGs into $MG_SCREENSHOT_DIR (the build tree); the metainfo
 * screenshots in data/screenshots are made from them.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mg-test-utils.h"

static MgApplication *app;

typedef struct {
  const char *name;
  int         width;
  int         height;
  const char *page;
  gboolean    sidebar;
} Shot;

static const Shot shots[] = {
  { "article-wide",    1200, 800, "rls-how-it-works",    FALSE },
  { "article-narrow",   360, 720, "rls-how-it-works",    FALSE },
  { "contents-narrow",  360, 720, "rls-what-is",         TRUE },
  { "note-wide",       1200, 800, "rls-can-it-help",     FALSE },
  { "dose-wide",       1200, 800, "tool:dose-guide",     FALSE },
  { "dose-narrow",      360, 720, "tool:dose-guide",     FALSE },
  { "foods-wide",      1200, 800, "tool:food-checklist", FALSE },
  { "foods-narrow",     360, 720, "tool:food-checklist", FALSE },
  { "search-wide",     1200, 800, "search:sovn",         FALSE },
};

/* The light style, and the styles people choose for their eyes. */
static const char * const styles[] = { "light", "dark", "high-contrast" };

static void
set_style (const char *style)
{
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      g_str_equal (style, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                  : ADW_COLOR_SCHEME_FORCE_LIGHT);
  /* Without a settings portal, libadwaita reads high contrast from here. */
  g_settings_set_boolean (a11y, "high-contrast", g_str_equal (style, "high-contrast"));
}

typedef struct {
  const Shot *shot;
  char       *language;
  const char *style;
} Case;

static void
check_not_blank (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  int width, height;
  g_autofree guchar *pixels = NULL;
  gsize stride;
  guint32 first;
  gboolean varied = FALSE;

  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  stride = (gsize) width * 4;
  pixels = g_malloc (stride * (gsize) height);
  gdk_texture_download (texture, pixels, stride);

  memcpy (&first, pixels, 4);
  for (gsize i = 0; i < stride * (gsize) height && !varied; i += 4)
    varied = memcmp (&first, pixels + i, 4) != 0;
  g_assert_true (varied);
}

static void
test_shot (gconstpointer data)
{
  const Case *shot_case = data;
  const Shot *shot = shot_case->shot;
  const char *dir = g_getenv ("MG_SCREENSHOT_DIR");
  g_autofree char *file = g_str_equal (shot_case->style, "light")
                          ? g_strdup_printf ("%s-%s.png", shot->name, shot_case->language)
                          : g_strdup_printf ("%s-%s-%s.png", shot->name, shot_case->language, shot_case->style);
  g_autofree char *path = NULL;
  MgWindow *window;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, file, NULL);

  g_action_group_activate_action (G_ACTION_GROUP (app), "language",
                                  g_variant_new_string (shot_case->language));
  window = mg_test_window_new (app, shot->width, shot->height);
  set_style (shot_case->style);
  if (g_str_has_prefix (shot->page, "tool:")) {
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", shot->page + strlen ("tool:"));
  } else if (g_str_has_prefix (shot->page, "search:")) {
    GtkWidget *entry;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-what-is");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
    mg_test_settle (GTK_WIDGET (window));
    entry = mg_test_find_widget (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL),
                                 GTK_TYPE_SEARCH_ENTRY, NULL);
    gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
    gtk_editable_set_text (GTK_EDITABLE (entry), shot->page + strlen ("search:"));
    mg_test_settle (GTK_WIDGET (window));
    g_signal_emit_by_name (entry, "activate");
  } else {
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", shot->page);
  }
  if (shot->sidebar)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  mg_test_settle (GTK_WIDGET (window));

  mg_test_save_png (GTK_WIDGET (window), path);
  check_not_blank (path);
  g_test_message ("saved %s", path);

  mg_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;
  g_autofree char *all = NULL;
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  /* Every picture in English and in each translation: long Dutch and Danish
   * words must not be clipped. */
  all = g_strconcat ("en ", g_getenv ("MG_LINGUAS"), NULL);
  languages = g_strsplit (all, " ", -1);
  for (guint l = 0; languages[l] != NULL; l++) {
    if (*languages[l] == '\0')
      continue;
    for (guint i = 0; i < G_N_ELEMENTS (shots); i++) {
      g_autofree char *name = g_strdup_printf ("/screenshots/%s/%s", languages[l], shots[i].name);
      Case *shot_case = g_new0 (Case, 1);

      shot_case->shot = &shots[i];
      shot_case->language = languages[l];
      shot_case->style = "light";
      g_test_add_data_func_full (name, shot_case, test_shot, g_free);
    }
  }

  /* The other styles once, in English, wide and narrow. */
  for (guint s = 1; s < G_N_ELEMENTS (styles); s++) {
    for (guint i = 0; i < G_N_ELEMENTS (shots); i++) {
      g_autofree char *name = g_strdup_printf ("/screenshots/%s/%s", styles[s], shots[i].name);
      Case *shot_case = g_new0 (Case, 1);

      shot_case->shot = &shots[i];
      shot_case->language = languages[0];
      shot_case->style = styles[s];
      g_test_add_data_func_full (name, shot_case, test_shot, g_free);
    }
  }

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
