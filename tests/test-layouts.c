/* test-layouts.c: the article's column and list items
 *
 * The column and the list items give their children the width they have
 * and ask them for a height at it, never for a width for some height: a
 * GtkBox asked how wide it must be for a height asks its children the same,
 * and GtkLabel searches for that width step by step, laying its text out at
 * each. A block that counts what it is asked stands in for a paragraph.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-bullet-layout.h"
#include "mg-column-layout.h"
#include "mg-test-utils.h"

/* A block of text that wraps: as many 20-pixel lines as 2000 pixels of
 * text take at the width asked for. */
#define TEST_TYPE_BLOCK (test_block_get_type ())
G_DECLARE_FINAL_TYPE (TestBlock, test_block, TEST, BLOCK, GtkWidget)

struct _TestBlock {
  GtkWidget parent_instance;

  guint     widths_asked;      /* for no height: GTK itself asks once */
  guint     widths_for_height; /* for a height: a search, each step a layout */
};

G_DEFINE_FINAL_TYPE (TestBlock, test_block, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
test_block_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
test_block_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    if (for_size < 0)
      TEST_BLOCK (widget)->widths_asked++;
    else
      TEST_BLOCK (widget)->widths_for_height++;
    *minimum = 40;
    *natural = 2000;
    return;
  }
  *minimum = *natural = 20 * ((2000 + MAX (for_size, 40) - 1) / MAX (for_size, 40));
}

static void
test_block_class_init (TestBlockClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = test_block_get_request_mode;
  widget_class->measure = test_block_measure;
}

static void
test_block_init (TestBlock *self)
{
}

static int
height_at (GtkWidget *widget,
           int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

static void
assert_allocation (GtkWidget *widget,
                   int        x,
                   int        y,
                   int        width,
                   int        height)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, gtk_widget_get_parent (widget), &bounds));
  g_assert_cmpint ((int) bounds.origin.x, ==, x);
  g_assert_cmpint ((int) bounds.origin.y, ==, y);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
  g_assert_cmpint ((int) bounds.size.height, ==, height);
}

/* Blocks one below the other, each as wide as the column, 14 pixels
 * apart; a hidden block takes no room. */
static void
test_column (void)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *blocks[3];
  int width = 0;

  gtk_widget_set_layout_manager (column, mg_column_layout_new (14));
  g_object_ref_sink (column);
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++) {
    blocks[i] = g_object_new (TEST_TYPE_BLOCK, NULL);
    gtk_box_append (GTK_BOX (column), blocks[i]);
  }
  gtk_widget_set_visible (blocks[1], FALSE);

  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, ==, 0);
  /* A scrolled window asks how wide for a height: no need to ask the blocks. */
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, 3000, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, ==, 0);
  /* 2000 pixels of text at 500: four lines each. */
  g_assert_cmpint (height_at (column, 500), ==, 80 + 14 + 80);
  gtk_widget_size_allocate (column, &(GtkAllocation) { 0, 0, 500, 174 }, -1);
  assert_allocation (blocks[0], 0, 0, 500, 80);
  assert_allocation (blocks[2], 0, 94, 500, 80);
  /* Narrower, taller. */
  g_assert_cmpint (height_at (column, 300), ==, 140 + 14 + 140);

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++) {
    g_assert_cmpuint (TEST_BLOCK (blocks[i])->widths_asked, <=, 1);
    g_assert_cmpuint (TEST_BLOCK (blocks[i])->widths_for_height, ==, 0);
  }
  g_object_unref (column);
}

/* The bullet at the start, as wide as it is; the text in the rest, asked
 * for its height there only; at the right in a right-to-left language. */
static void
test_bullet (gconstpointer data)
{
  gboolean rtl = GPOINTER_TO_INT (data);
  GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *text = g_object_new (TEST_TYPE_BLOCK, NULL);
  int bullet_width, bullet_height, width = 0;

  gtk_widget_set_layout_manager (item, mg_bullet_layout_new (10));
  g_object_ref_sink (item);
  gtk_widget_set_direction (item, rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  gtk_box_append (GTK_BOX (item), bullet);
  gtk_box_append (GTK_BOX (item), text);
  gtk_widget_measure (bullet, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &bullet_width, NULL, NULL);
  gtk_widget_measure (bullet, GTK_ORIENTATION_VERTICAL, -1, NULL, &bullet_height, NULL, NULL);
  g_assert_cmpint (bullet_width, >, 0);

  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, ==, 0);
  /* The text gets 500 less the bullet and the space. */
  g_assert_cmpint (height_at (item, 500 + bullet_width + 10), ==, 80);
  gtk_widget_size_allocate (item, &(GtkAllocation) { 0, 0, 500 + bullet_width + 10, 80 }, -1);
  assert_allocation (text, rtl ? 0 : bullet_width + 10, 0, 500, 80);
  assert_allocation (bullet, rtl ? 510 : 0, 0, bullet_width, bullet_height);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, 1000, NULL, &width, NULL, NULL);
  g_assert_cmpint (width, ==, 0);
  g_assert_cmpuint (TEST_BLOCK (text)->widths_asked, <=, 1);
  g_assert_cmpuint (TEST_BLOCK (text)->widths_for_height, ==, 0);

  /* A text shorter than the bullet is high: as high as the bullet. */
  g_assert_cmpint (height_at (item, 5000), ==, MAX (20, bullet_height));
  g_object_unref (item);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_init (&argc, &argv);

  g_test_add_func ("/layouts/column", test_column);
  g_test_add_data_func ("/layouts/bullet/ltr", GINT_TO_POINTER (FALSE), test_bullet);
  g_test_add_data_func ("/layouts/bullet/rtl", GINT_TO_POINTER (TRUE), test_bullet);

  return g_test_run ();
}
