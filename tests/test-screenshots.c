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
  { "article-wide",    1200, 800, "rls-how-it-works", FALSE },
  { "article-narrow",   360, 720, "rls-how-it-works", FALSE },
  { "contents-narrow",  360, 720, "rls-what-is",      TRUE },
  { "note-wide",       1200, 800, "rls-can-it-help",  FALSE },
};

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
  const Shot *shot = data;
  const char *dir = g_getenv ("MG_SCREENSHOT_DIR");
  g_autofree char *file = g_strconcat (shot->name, ".png", NULL);
  g_autofree char *path = NULL;
  MgWindow *window;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, file, NULL);

  window = mg_test_window_new (app, shot->width, shot->height);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", shot->page);
  if (shot->sidebar)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  mg_test_wait (500);

  mg_test_save_png (GTK_WIDGET (window), path);
  check_not_blank (path);
  g_test_message ("saved %s", path);

  mg_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++) {
    g_autofree char *name = g_strconcat ("/screenshots/", shots[i].name, NULL);
    g_test_add_data_func (name, &shots[i], test_shot);
  }

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
