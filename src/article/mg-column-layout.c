/* mg-column-layout.c: blocks of text one below the other, as wide as the
 * column
 *
 * A vertical GtkBox asks each child for its width before it asks for its
 * height at the width it has, and GtkLabel lays a wrapping text out anew
 * for each: its narrowest and its widest line, then at the column's width.
 * A page's blocks wrap to any width and always take the whole column, so
 * this layout never asks them for a width: it says it needs none and wants
 * none of its own, and gives each block the column's width. Each paragraph
 * is then laid out once, at that width, where a box had it laid out five
 * times (the first frame and every new page).
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-column-layout.h"

struct _MgColumnLayout {
  GtkLayoutManager parent_instance;

  int              spacing;  /* between two blocks shown */
};

G_DEFINE_FINAL_TYPE (MgColumnLayout, mg_column_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
mg_column_layout_get_request_mode (GtkLayoutManager *manager,
                                   GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_column_layout_measure (GtkLayoutManager *manager,
                          GtkWidget        *widget,
                          GtkOrientation    orientation,
                          int               for_size,
                          int              *minimum,
                          int              *natural,
                          int              *minimum_baseline,
                          int              *natural_baseline)
{
  MgColumnLayout *self = MG_COLUMN_LAYOUT (manager);
  int total_minimum = 0, total_natural = 0;
  gboolean first = TRUE;

  /* No width of its own: the column's, whatever it is. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    *minimum = *natural = 0;
    return;
  }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    int child_minimum, child_natural;

    if (!gtk_widget_should_layout (child))
      continue;
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_size, &child_minimum, &child_natural, NULL, NULL);
    if (!first) {
      total_minimum += self->spacing;
      total_natural += self->spacing;
    }
    total_minimum += child_minimum;
    total_natural += child_natural;
    first = FALSE;
  }

  *minimum = total_minimum;
  *natural = total_natural;
}

static void
mg_column_layout_allocate (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           int               width,
                           int               height,
                           int               baseline)
{
  MgColumnLayout *self = MG_COLUMN_LAYOUT (manager);
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    int child_height;

    if (!gtk_widget_should_layout (child))
      continue;
    /* The height measured for this width: GTK keeps it. */
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
    gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
    y += child_height + self->spacing;
  }
}

static void
mg_column_layout_class_init (MgColumnLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = mg_column_layout_get_request_mode;
  manager_class->measure = mg_column_layout_measure;
  manager_class->allocate = mg_column_layout_allocate;
}

static void
mg_column_layout_init (MgColumnLayout *self)
{
}

/**
 * mg_column_layout_new:
 * @spacing: the space between two blocks, in pixels
 *
 * Returns: (transfer full): a layout for a column of blocks that wrap
 */
GtkLayoutManager *
mg_column_layout_new (int spacing)
{
  MgColumnLayout *self = g_object_new (MG_TYPE_COLUMN_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
