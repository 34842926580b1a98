/* mg-bullet-layout.c: a list item, its bullet beside its text
 *
 * Two children: the bullet, as wide as it is, at the top, and the text in
 * the rest of the width. As in mg-column-layout.c, the item takes the
 * column's width and asks its text for a height at the width it gets, never
 * for a width of its own, so that the text is laid out once. (A GtkGrid or
 * a horizontal GtkBox asks both children for their widths first, and GtkLabel
 * lays the text out for each.)
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-bullet-layout.h"

struct _MgBulletLayout {
  GtkLayoutManager parent_instance;

  int              spacing;  /* between the bullet and the text */
};

G_DEFINE_FINAL_TYPE (MgBulletLayout, mg_bullet_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The bullet and the text, when the item has both, shown. */
static gboolean
get_children (GtkWidget  *widget,
              GtkWidget **bullet,
              GtkWidget **text)
{
  *bullet = gtk_widget_get_first_child (widget);
  *text = *bullet != NULL ? gtk_widget_get_next_sibling (*bullet) : NULL;

  return *text != NULL && gtk_widget_should_layout (*bullet) && gtk_widget_should_layout (*text);
}

/* The width the text gets of @width. */
static int
text_width (MgBulletLayout *self,
            GtkWidget      *bullet,
            int             width,
            int            *bullet_width)
{
  gtk_widget_measure (bullet, GTK_ORIENTATION_HORIZONTAL, -1, NULL, bullet_width, NULL, NULL);
  return MAX (0, width - *bullet_width - self->spacing);
}

static GtkSizeRequestMode
mg_bullet_layout_get_request_mode (GtkLayoutManager *manager,
                                   GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_bullet_layout_measure (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          GtkOrientation    orientation,
                          int               for_size,
                          int              *minimum,
                          int              *natural,
                          int              *minimum_baseline,
                          int              *natural_baseline)
{
  MgBulletLayout *self = MG_BULLET_LAYOUT (manager);
  GtkWidget *bullet, *text;
  int bullet_width, bullet_minimum, bullet_natural, text_minimum, text_natural;

  *minimum = *natural = 0;
  /* No width of its own: the column's, whatever it is. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL || !get_children (widget, &bullet, &text))
    return;

  gtk_widget_measure (bullet, GTK_ORIENTATION_VERTICAL, -1, &bullet_minimum, &bullet_natural, NULL, NULL);
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL,
                      for_size < 0 ? -1 : text_width (self, bullet, for_size, &bullet_width),
                      &text_minimum, &text_natural, NULL, NULL);
  *minimum = MAX (bullet_minimum, text_minimum);
  *natural = MAX (bullet_natural, text_natural);
}

static void
mg_bullet_layout_allocate (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           int               width,
                           int               height,
                           int               baseline)
{
  MgBulletLayout *self = MG_BULLET_LAYOUT (manager);
  GtkWidget *bullet, *text;
  int bullet_width, bullet_height, width_left;
  GtkAllocation bullet_box = { 0 }, text_box = { 0 };
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (!get_children (widget, &bullet, &text))
    return;

  width_left = text_width (self, bullet, width, &bullet_width);
  gtk_widget_measure (bullet, GTK_ORIENTATION_VERTICAL, bullet_width, NULL, &bullet_height, NULL, NULL);
  bullet_box.x = rtl ? width - bullet_width : 0;
  bullet_box.width = bullet_width;
  bullet_box.height = MIN (bullet_height, height);
  text_box.x = rtl ? 0 : width - width_left;
  text_box.width = width_left;
  text_box.height = height;
  gtk_widget_size_allocate (bullet, &bullet_box, -1);
  gtk_widget_size_allocate (text, &text_box, -1);
}

static void
mg_bullet_layout_class_init (MgBulletLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = mg_bullet_layout_get_request_mode;
  manager_class->measure = mg_bullet_layout_measure;
  manager_class->allocate = mg_bullet_layout_allocate;
}

static void
mg_bullet_layout_init (MgBulletLayout *self)
{
}

/**
 * mg_bullet_layout_new:
 * @spacing: the space between the bullet and the text, in pixels
 *
 * Returns: (transfer full): a layout for a list item of two children, a
 *   bullet and a text that wraps
 */
GtkLayoutManager *
mg_bullet_layout_new (int spacing)
{
  MgBulletLayout *self = g_object_new (MG_TYPE_BULLET_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
