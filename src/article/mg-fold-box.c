/* mg-fold-box.c: two children side by side when wide, one above the other
 * when narrow
 *
 * libadwaita 1.2 has no breakpoints, and a box that switched its
 * orientation on resize would ask for a width it might not get. This box
 * decides at each allocation instead: the first child (a form) takes the
 * larger share, the second (a result) the rest, and when wide the second can
 * be moved down by a "side offset" so that it stays in view while the first
 * scrolls.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fold-box"

#include "config.h"

#include "mg-fold-box.h"

#define SPACING 24

struct _MgFoldBox {
  GtkWidget parent_instance;

  int       threshold;
  int       side_offset;
  gboolean  folded;
};

G_DEFINE_FINAL_TYPE (MgFoldBox, mg_fold_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_THRESHOLD,
  PROP_SIDE_OFFSET,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  GtkWidget *main;
  GtkWidget *side;
} Children;

static Children
children_of (MgFoldBox *self)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));

  return (Children) { first, first != NULL ? gtk_widget_get_next_sibling (first) : NULL };
}

static int
min_width (GtkWidget *child)
{
  int minimum;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);

  return minimum;
}

static int
min_height (GtkWidget *child,
            int        width)
{
  int minimum;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);

  return minimum;
}

static gboolean
folds_at (MgFoldBox      *self,
          const Children *children,
          int             width)
{
  return width < self->threshold ||
         width < min_width (children->main) + SPACING + min_width (children->side);
}

/* Side by side, the side child gets two fifths, and at least what it needs. */
static void
split (const Children *children,
       int             width,
       int            *main_width,
       int            *side_width)
{
  *side_width = MAX (min_width (children->side), (width - SPACING) * 2 / 5);
  *main_width = width - SPACING - *side_width;
}

static void
measure_width (MgFoldBox      *self,
               const Children *children,
               int            *minimum,
               int            *natural)
{
  int main_min, main_nat, side_min, side_nat;

  gtk_widget_measure (children->main, GTK_ORIENTATION_HORIZONTAL, -1, &main_min, &main_nat, NULL, NULL);
  gtk_widget_measure (children->side, GTK_ORIENTATION_HORIZONTAL, -1, &side_min, &side_nat, NULL, NULL);
  *minimum = MAX (main_min, side_min);
  *natural = MAX (self->threshold, main_nat + SPACING + side_nat);
}

static int
measure_height (MgFoldBox      *self,
                const Children *children,
                int             width)
{
  int main_width, side_width;

  if (width < 0 || folds_at (self, children, width))
    return min_height (children->main, width) + SPACING + min_height (children->side, width);

  split (children, width, &main_width, &side_width);
  return MAX (min_height (children->main, main_width), min_height (children->side, side_width));
}

static void
mg_fold_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MgFoldBox *self = MG_FOLD_BOX (widget);
  Children children = children_of (self);

  *minimum = *natural = 0;
  if (children.main == NULL || children.side == NULL)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    measure_width (self, &children, minimum, natural);
  else
    *minimum = *natural = measure_height (self, &children, for_size);
}

static void
set_folded (MgFoldBox *self,
            gboolean   folded)
{
  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
allocate_folded (const Children *children,
                 int             width,
                 int             height)
{
  int main_height = min_height (children->main, width);

  gtk_widget_allocate (children->main, width, main_height, -1, NULL);
  gtk_widget_allocate (children->side, width, MAX (0, height - main_height - SPACING), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, main_height + SPACING)));
}

static void
allocate_side_by_side (MgFoldBox      *self,
                       const Children *children,
                       int             width,
                       int             height)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int main_width, side_width, side_height, side_y;

  split (children, width, &main_width, &side_width);
  side_height = min_height (children->side, side_width);
  side_y = CLAMP (self->side_offset, 0, MAX (0, height - side_height));

  gtk_widget_allocate (children->main, main_width, height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? side_width + SPACING : 0, 0)));
  gtk_widget_allocate (children->side, side_width, side_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : main_width + SPACING,
                                                                            side_y)));
}

static void
mg_fold_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  MgFoldBox *self = MG_FOLD_BOX (widget);
  Children children = children_of (self);
  gboolean folded;

  if (children.main == NULL || children.side == NULL)
    return;

  folded = folds_at (self, &children, width);
  if (folded)
    allocate_folded (&children, width, height);
  else
    allocate_side_by_side (self, &children, width, height);
  set_folded (self, folded);
}

static GtkSizeRequestMode
mg_fold_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_fold_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mg_fold_box_parent_class)->dispose (object);
}

static void
mg_fold_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgFoldBox *self = MG_FOLD_BOX (object);

  switch (prop_id) {
  case PROP_THRESHOLD:
    g_value_set_int (value, self->threshold);
    break;
  case PROP_SIDE_OFFSET:
    g_value_set_int (value, self->side_offset);
    break;
  case PROP_FOLDED:
    g_value_set_boolean (value, self->folded);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_fold_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MgFoldBox *self = MG_FOLD_BOX (object);

  switch (prop_id) {
  case PROP_THRESHOLD:
    mg_fold_box_set_threshold (self, g_value_get_int (value));
    break;
  case PROP_SIDE_OFFSET:
    mg_fold_box_set_side_offset (self, g_value_get_int (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_fold_box_class_init (MgFoldBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_fold_box_dispose;
  object_class->get_property = mg_fold_box_get_property;
  object_class->set_property = mg_fold_box_set_property;
  widget_class->measure = mg_fold_box_measure;
  widget_class->size_allocate = mg_fold_box_size_allocate;
  widget_class->get_request_mode = mg_fold_box_get_request_mode;

  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL,
                      0, G_MAXINT, 720,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDE_OFFSET] =
    g_param_spec_int ("side-offset", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_fold_box_init (MgFoldBox *self)
{
  self->threshold = 720;
  self->folded = TRUE;
}

GtkWidget *
mg_fold_box_new (void)
{
  return g_object_new (MG_TYPE_FOLD_BOX, NULL);
}

/**
 * mg_fold_box_get_folded:
 *
 * Returns: whether the children were last laid out one above the other
 */
gboolean
mg_fold_box_get_folded (MgFoldBox *self)
{
  g_return_val_if_fail (MG_IS_FOLD_BOX (self), TRUE);

  return self->folded;
}

int
mg_fold_box_get_threshold (MgFoldBox *self)
{
  g_return_val_if_fail (MG_IS_FOLD_BOX (self), 0);

  return self->threshold;
}

/**
 * mg_fold_box_set_threshold:
 * @threshold: the narrowest width, in pixels, with the children side by side
 */
void
mg_fold_box_set_threshold (MgFoldBox *self,
                           int        threshold)
{
  g_return_if_fail (MG_IS_FOLD_BOX (self));

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

int
mg_fold_box_get_side_offset (MgFoldBox *self)
{
  g_return_val_if_fail (MG_IS_FOLD_BOX (self), 0);

  return self->side_offset;
}

/**
 * mg_fold_box_set_side_offset:
 * @offset: how far down to place the second child when side by side; it
 *   never goes below the box's end
 */
void
mg_fold_box_set_side_offset (MgFoldBox *self,
                             int        offset)
{
  g_return_if_fail (MG_IS_FOLD_BOX (self));

  offset = MAX (offset, 0);
  if (self->side_offset == offset)
    return;

  self->side_offset = offset;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE_OFFSET]);
}
