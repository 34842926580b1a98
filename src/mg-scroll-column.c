/* mg-scroll-column.c: the content of a window-high, vertically scrolling view
 *
 * A GtkScrolledWindow that scrolls only vertically asks its content for
 * its height at no particular width, and then throws the answer away: the
 * scrollbar sets the height, not the content. For a page of wrapping
 * labels that question is the dearest of all. Each label lays its text out
 * again at the width it would like, and AdwClamp then measures the page
 * at two more widths; on a page switch this was a third of the work before
 * the page is drawn. This bin passes every other question to its child and
 * answers that one itself, with nothing: the height for the width the
 * page actually gets is asked for next, and that one is measured.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-scroll-column"

#include "config.h"

#include "mg-scroll-column.h"

struct _MgScrollColumn {
  GtkWidget  parent_instance;

  GtkWidget *child;
};

static void mg_scroll_column_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MgScrollColumn, mg_scroll_column, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, mg_scroll_column_buildable_init))

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkBuildableIface *parent_buildable_iface;

static void
mg_scroll_column_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (widget);

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  /* The height at no particular width: only the scrolled window asks,
   * and it does not use the answer. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0)
    return;

  gtk_widget_measure (self->child, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
mg_scroll_column_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (widget);

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
mg_scroll_column_compute_expand (GtkWidget *widget,
                                 gboolean  *hexpand,
                                 gboolean  *vexpand)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static GtkSizeRequestMode
mg_scroll_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_scroll_column_dispose (GObject *object)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (mg_scroll_column_parent_class)->dispose (object);
}

static void
mg_scroll_column_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (object);

  switch (prop_id) {
  case PROP_CHILD:
    g_value_set_object (value, self->child);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_scroll_column_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MgScrollColumn *self = MG_SCROLL_COLUMN (object);

  switch (prop_id) {
  case PROP_CHILD:
    mg_scroll_column_set_child (self, g_value_get_object (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_scroll_column_class_init (MgScrollColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_scroll_column_dispose;
  object_class->get_property = mg_scroll_column_get_property;
  object_class->set_property = mg_scroll_column_set_property;

  widget_class->measure = mg_scroll_column_measure;
  widget_class->size_allocate = mg_scroll_column_size_allocate;
  widget_class->get_request_mode = mg_scroll_column_get_request_mode;
  widget_class->compute_expand = mg_scroll_column_compute_expand;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_scroll_column_init (MgScrollColumn *self)
{
}

static void
mg_scroll_column_buildable_add_child (GtkBuildable *buildable,
                                      GtkBuilder   *builder,
                                      GObject      *child,
                                      const char   *type)
{
  if (GTK_IS_WIDGET (child))
    mg_scroll_column_set_child (MG_SCROLL_COLUMN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
mg_scroll_column_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = mg_scroll_column_buildable_add_child;
}

GtkWidget *
mg_scroll_column_new (void)
{
  return g_object_new (MG_TYPE_SCROLL_COLUMN, NULL);
}

GtkWidget *
mg_scroll_column_get_child (MgScrollColumn *self)
{
  g_return_val_if_fail (MG_IS_SCROLL_COLUMN (self), NULL);

  return self->child;
}

void
mg_scroll_column_set_child (MgScrollColumn *self,
                            GtkWidget      *child)
{
  g_return_if_fail (MG_IS_SCROLL_COLUMN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL) {
    self->child = child;
    gtk_widget_set_parent (child, GTK_WIDGET (self));
  }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
