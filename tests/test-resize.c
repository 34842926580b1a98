/* test-resize.c: every view drawn, and every click where a person sees it,
 * after the window was resized while the view was hidden
 *
 * For each view, another view is shown, the window is resized to a size on
 * each side of every breakpoint, and the view is shown again. Every control
 * a person can see must then be drawn, and a click at its centre must land
 * on a widget that is mapped, drawn and inside the visible part of its
 * scrolled window. GTK's "Trying to snapshot … without a current
 * allocation" is a warning, and the tests run with fatal warnings.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mg-test-utils.h"

static MgApplication *app;

static const int widths[] = { 360, 600, 900, 1200 };
static const int heights[] = { 294, 640, 800 };

typedef struct {
  const char *name;
  const char *tool;   /* NULL for the first article page */
  const char *other;  /* the tool shown meanwhile, NULL for the first page */
} View;

static const View views[] = {
  { "first-page", NULL, "dose-guide" },
  { "dose-guide", "dose-guide", NULL },
  { "food-checklist", "food-checklist", NULL },
};

static void
show (MgWindow   *window,
      const char *tool)
{
  if (tool != NULL) {
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", tool);
  } else {
    MgGuide *guide = mg_application_get_guide (app);

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                mg_guide_get_page (guide, 0)->id);
  }
  mg_test_settle (GTK_WIDGET (window));
}

/* The part of the window through which a person sees @widget: the window,
 * cut by every scrolled window around it. */
static gboolean
visible_rect (GtkWidget       *widget,
              GtkWidget       *window,
              graphene_rect_t *visible)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  *visible = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window), gtk_widget_get_height (window));
  if (!graphene_rect_intersection (visible, &bounds, visible))
    return FALSE;

  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up)) {
    graphene_rect_t port;

    if (!GTK_IS_SCROLLED_WINDOW (up))
      continue;
    if (!gtk_widget_compute_bounds (up, window, &port) ||
        !graphene_rect_intersection (visible, &port, visible))
      return FALSE;
  }

  return visible->size.width >= 1 && visible->size.height >= 1;
}

/* Whether the window's picture shows anything but one flat colour there. */
static gboolean
drawn_in (const guchar          *pixels,
          gsize                  stride,
          int                    width,
          int                    height,
          const graphene_rect_t *rect)
{
  int x0 = CLAMP ((int) rect->origin.x, 0, width - 1);
  int y0 = CLAMP ((int) rect->origin.y, 0, height - 1);
  int x1 = CLAMP ((int) (rect->origin.x + rect->size.width), x0 + 1, width);
  int y1 = CLAMP ((int) (rect->origin.y + rect->size.height), y0 + 1, height);
  const guchar *first = pixels + (gsize) y0 * stride + (gsize) x0 * 4;

  for (int y = y0; y < y1; y++) {
    for (int x = x0; x < x1; x++) {
      if (memcmp (first, pixels + (gsize) y * stride + (gsize) x * 4, 4) != 0)
        return TRUE;
    }
  }
  return FALSE;
}

/* A control a person can click or type into. */
static gboolean
is_control (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget) &&
         gtk_widget_get_can_target (widget) && gtk_widget_get_focusable (widget) &&
         !GTK_IS_SCROLLED_WINDOW (widget) && !GTK_IS_VIEWPORT (widget) &&
         !GTK_IS_LIST_BOX (widget) && !GTK_IS_WINDOW (widget);
}

typedef struct {
  GtkWidget    *window;
  const guchar *pixels;
  gsize         stride;
  int           width;
  int           height;
  const char   *where;
  guint         n_checked;
} Check;

static void
check_widget (GtkWidget *widget,
              Check     *check)
{
  graphene_rect_t visible;

  if (!gtk_widget_get_mapped (widget))
    return;

  /* Every widget on screen was given its place. */
  if (gtk_widget_should_layout (widget)) {
    graphene_rect_t bounds;

    if (!gtk_widget_compute_bounds (widget, check->window, &bounds))
      g_error ("%s: %s %p on screen has no place in the window", check->where,
               G_OBJECT_TYPE_NAME (widget), (void *) widget);
  }

  if (is_control (widget) && visible_rect (widget, check->window, &visible)) {
    graphene_point_t centre;
    graphene_rect_t bounds, picked_visible;
    GtkWidget *picked;

    /* A person clicks a control in its middle; one scrolled half out of
     * view is clicked when scrolled in. */
    g_assert_true (gtk_widget_compute_bounds (widget, check->window, &bounds));
    graphene_rect_get_center (&bounds, &centre);
    if (!graphene_rect_contains_point (&visible, &centre))
      goto children;
    picked = gtk_widget_pick (check->window, centre.x, centre.y, GTK_PICK_DEFAULT);
    if (picked == NULL)
      g_error ("%s: a click on %s %p at %.0f,%.0f lands on nothing", check->where,
               G_OBJECT_TYPE_NAME (widget), (void *) widget, centre.x, centre.y);
    if (!gtk_widget_get_mapped (picked) || !visible_rect (picked, check->window, &picked_visible) ||
        !graphene_rect_contains_point (&picked_visible, &centre))
      g_error ("%s: a click on %s %p at %.0f,%.0f lands on %s %p, which a person cannot see there",
               check->where, G_OBJECT_TYPE_NAME (widget), (void *) widget, centre.x, centre.y,
               G_OBJECT_TYPE_NAME (picked), (void *) picked);
    if (!drawn_in (check->pixels, check->stride, check->width, check->height, &visible))
      g_error ("%s: %s %p at %.0f,%.0f %.0fx%.0f takes clicks but is not drawn", check->where,
               G_OBJECT_TYPE_NAME (widget), (void *) widget, visible.origin.x, visible.origin.y,
               visible.size.width, visible.size.height);
    check->n_checked++;
  }

children:
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (child, check);
}

static void
check_window (MgWindow   *window,
              const char *where)
{
  g_autoptr(GdkTexture) texture = mg_test_render (GTK_WIDGET (window));
  g_autofree guchar *pixels = NULL;
  Check check = { GTK_WIDGET (window), NULL, 0, 0, 0, where, 0 };

  check.width = gdk_texture_get_width (texture);
  check.height = gdk_texture_get_height (texture);
  check.stride = (gsize) check.width * 4;
  pixels = g_malloc (check.stride * (gsize) check.height);
  gdk_texture_download (texture, pixels, check.stride);
  check.pixels = pixels;

  check_widget (GTK_WIDGET (window), &check);
  /* The window has controls at every size: a blank one would check none. */
  g_assert_cmpuint (check.n_checked, >, 0);
}

static gboolean
is_scrolled_page (GtkWidget     *widget,
                  gconstpointer  data)
{
  GtkAdjustment *adjustment;

  if (!GTK_IS_SCROLLED_WINDOW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 1;
}

/* As a person reads on: every scrolled page half-way down. */
static void
scroll_down (MgWindow *window)
{
  GtkWidget *scrolled;

  while ((scrolled = mg_test_find (GTK_WIDGET (window), is_scrolled_page, NULL)) != NULL) {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    double half = (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2;

    if (gtk_adjustment_get_value (adjustment) >= half - 1)
      break;
    gtk_adjustment_set_value (adjustment, half);
  }
  mg_test_settle (GTK_WIDGET (window));
}

static void
test_resize_hidden (gconstpointer data)
{
  const View *view = data;
  MgWindow *window = mg_test_window_new (app, 1200, 800);

  show (window, view->tool);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++) {
    for (guint h = 0; h < G_N_ELEMENTS (heights); h++) {
      g_autofree char *where = g_strdup_printf ("%s after a resize to %dx%d while hidden",
                                                view->name, widths[w], heights[h]);

      scroll_down (window);
      show (window, view->other);
      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], heights[h]);
      mg_test_wait_for_size (GTK_WIDGET (window), widths[w]);
      show (window, view->tool);
      check_window (window, where);
    }
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

  for (guint i = 0; i < G_N_ELEMENTS (views); i++) {
    g_autofree char *path = g_strdup_printf ("/resize/hidden/%s", views[i].name);

    g_test_add_data_func (path, &views[i], test_resize_hidden);
  }

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
