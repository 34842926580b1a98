/* mg-form-row.c: a row with a title and a control that goes under the
 * title when the two no longer fit side by side
 *
 * An AdwActionRow keeps its control beside the title at any width, so at
 * 200 % text on a phone a spin button leaves the title a third of the row
 * and breaks its words ("magnesiu-m"). This row lays out the same parts,
 * an optional prefix, the title and subtitle, and a control, and puts the
 * control on a line of its own, at the end, as soon as the title's longest
 * word would no longer fit beside it.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-form-row"

#include "config.h"

#include "mg-form-row.h"

/* As AdwActionRow's header box spaces its parts. */
#define SPACING      6
#define LINE_SPACING 6

/* The row's one child, which lays out its parts: a GtkListBoxRow moves
 * the focus into its child, not into widgets of its own. */
#define MG_TYPE_FORM_ROW_BOX (mg_form_row_box_get_type ())
G_DECLARE_FINAL_TYPE (MgFormRowBox, mg_form_row_box, MG, FORM_ROW_BOX, GtkWidget)

struct _MgFormRowBox {
  GtkWidget  parent_instance;

  GtkWidget *prefix;
  GtkWidget *text_box;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkWidget *control;
  gboolean   stacked;  /* as last allocated */
};

G_DEFINE_FINAL_TYPE (MgFormRowBox, mg_form_row_box, GTK_TYPE_WIDGET)

struct _MgFormRow {
  AdwPreferencesRow  parent_instance;

  MgFormRowBox      *box;
  GtkWidget         *activatable_widget;
  GtkListBox        *list;  /* whose row-activated is followed */
};

static void mg_form_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MgFormRow, mg_form_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, mg_form_row_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SUBTITLE,
  PROP_ACTIVATABLE_WIDGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_button_row_wrap_title:
 * @row: a button row
 *
 * An AdwButtonRow cuts its title short with “…”: at 200 % text on a phone
 * “Gegevensmap openen” became “Gegevensmap op…”. Its title label wraps
 * instead, centred, breaking only between words, and stays on one line
 * where it fits.
 */
void
mg_button_row_wrap_title (AdwButtonRow *row)
{
  g_return_if_fail (ADW_IS_BUTTON_ROW (row));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (row)); child != NULL;) {
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "title")) {
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      /* On one line where it fits: the natural width of a label that may
       * break inside words is otherwise its narrowest, and the centred
       * title got it, as “Gegevens-” over “map openen” in a wide row. */
      gtk_label_set_natural_wrap_mode (GTK_LABEL (child), GTK_NATURAL_WRAP_NONE);
      return;
    }
    /* Depth first through the row's own widgets. */
    if (gtk_widget_get_first_child (child) != NULL) {
      child = gtk_widget_get_first_child (child);
      continue;
    }
    while (child != GTK_WIDGET (row) && gtk_widget_get_next_sibling (child) == NULL)
      child = gtk_widget_get_parent (child);
    child = child == GTK_WIDGET (row) ? NULL : gtk_widget_get_next_sibling (child);
  }
  g_warn_if_reached ();
}

/**
 * mg_label_get_longest_word:
 *
 * Returns: the width of the widest word of @label's text, in its font:
 *   the least width it can have without breaking a word
 */
int
mg_label_get_longest_word (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  g_autoptr(PangoLayout) layout = NULL;
  const PangoLogAttr *attrs;
  int n_attrs, widest = 0, start = 0, end;

  g_return_val_if_fail (GTK_IS_LABEL (label), 0);

  if (!gtk_widget_get_visible (GTK_WIDGET (label)) || *text == '\0')
    return 0;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (label), text);
  pango_layout_set_attributes (layout, gtk_label_get_attributes (label));
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = 1; i < n_attrs; i++) {
    PangoRectangle from, to;

    if (!attrs[i].is_line_break && i < n_attrs - 1)
      continue;
    /* A word's trailing spaces hang past the line's end. */
    for (end = i; end > start && attrs[end - 1].is_white; end--)
      ;
    pango_layout_index_to_pos (layout, (int) (g_utf8_offset_to_pointer (text, start) - text), &from);
    pango_layout_index_to_pos (layout, (int) (g_utf8_offset_to_pointer (text, end) - text), &to);
    widest = MAX (widest, ABS (to.x - from.x));
    start = i;
  }

  return PANGO_PIXELS_CEIL (widest);
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* Where each part goes at @width. */
typedef struct {
  gboolean stacked;
  int      prefix_width;
  int      text_width;
  int      control_width;
  int      first_line;  /* the prefix's and the text's line */
  int      height;
} Layout;

static void
compute_layout (MgFormRowBox *self,
                int        width,
                Layout    *layout)
{
  int minimum, prefix_height, text_height, control_height;
  int words = MAX (mg_label_get_longest_word (self->title_label), mg_label_get_longest_word (self->subtitle_label));
  int control_natural;

  measure_child (self->prefix, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &layout->prefix_width);
  measure_child (self->control, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &control_natural);
  layout->control_width = MIN (control_natural, width);
  if (layout->prefix_width > 0)
    layout->prefix_width += SPACING;

  layout->stacked = self->control != NULL &&
                    layout->prefix_width + words + SPACING + control_natural > width;
  layout->text_width = width - layout->prefix_width;
  if (!layout->stacked && self->control != NULL)
    layout->text_width -= control_natural + SPACING;
  layout->text_width = MAX (layout->text_width, 0);

  measure_child (self->prefix, GTK_ORIENTATION_VERTICAL, -1, &minimum, &prefix_height);
  measure_child (self->text_box, GTK_ORIENTATION_VERTICAL, layout->text_width, &minimum, &text_height);
  measure_child (self->control, GTK_ORIENTATION_VERTICAL, layout->control_width, &minimum, &control_height);
  if (layout->stacked) {
    layout->first_line = MAX (prefix_height, text_height);
    layout->height = layout->first_line + (control_height > 0 ? LINE_SPACING + control_height : 0);
  } else {
    layout->first_line = MAX (MAX (prefix_height, text_height), control_height);
    layout->height = layout->first_line;
  }
}

static void
mg_form_row_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MgFormRowBox *self = MG_FORM_ROW_BOX (widget);
  int prefix_min, prefix_nat, text_min, text_nat, control_min, control_nat;

  measure_child (self->prefix, GTK_ORIENTATION_HORIZONTAL, -1, &prefix_min, &prefix_nat);
  measure_child (self->text_box, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, &text_nat);
  measure_child (self->control, GTK_ORIENTATION_HORIZONTAL, -1, &control_min, &control_nat);

  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    int prefix_gap = prefix_nat > 0 ? SPACING : 0;
    int control_gap = control_nat > 0 ? SPACING : 0;

    *minimum = MAX (prefix_min + prefix_gap + text_min, control_min);
    *natural = prefix_nat + prefix_gap + text_nat + control_gap + control_nat;
  } else {
    Layout layout;

    compute_layout (self, for_size >= 0 ? for_size : prefix_nat + text_nat + control_nat + 2 * SPACING,
                    &layout);
    *minimum = *natural = layout.height;
  }
  *minimum_baseline = *natural_baseline = -1;
}

static void
place (GtkWidget *widget,
       GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height)
{
  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - x - width;
  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

/* @child's height at @width, centred on a line @line high from @top. */
static void
place_on_line (GtkWidget *widget,
               GtkWidget *child,
               int        x,
               int        width,
               int        top,
               int        line)
{
  int minimum, height;

  measure_child (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &height);
  height = MIN (height, line);
  place (widget, child, x, top + (line - height) / 2, width, height);
}

static void
mg_form_row_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  MgFormRowBox *self = MG_FORM_ROW_BOX (widget);
  Layout layout;
  int top;

  compute_layout (self, width, &layout);
  /* A row given more height than it asked for keeps its parts centred. */
  top = MAX (0, (height - layout.height) / 2);
  place_on_line (widget, self->prefix, 0, layout.prefix_width - SPACING, top, layout.first_line);
  place_on_line (widget, self->text_box, layout.prefix_width, layout.text_width, top, layout.first_line);
  if (layout.stacked) {
    int line = MAX (0, layout.height - layout.first_line - LINE_SPACING);

    place_on_line (widget, self->control, width - layout.control_width, layout.control_width,
                   top + layout.first_line + LINE_SPACING, line);
  } else {
    place_on_line (widget, self->control, width - layout.control_width, layout.control_width, top,
                   layout.first_line);
  }
  self->stacked = layout.stacked;
}

static GtkSizeRequestMode
mg_form_row_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_form_row_box_dispose (GObject *object)
{
  MgFormRowBox *self = MG_FORM_ROW_BOX (object);

  g_clear_pointer (&self->prefix, gtk_widget_unparent);
  g_clear_pointer (&self->text_box, gtk_widget_unparent);
  g_clear_pointer (&self->control, gtk_widget_unparent);

  G_OBJECT_CLASS (mg_form_row_box_parent_class)->dispose (object);
}

static void
mg_form_row_box_class_init (MgFormRowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_form_row_box_dispose;
  widget_class->measure = mg_form_row_box_measure;
  widget_class->size_allocate = mg_form_row_box_size_allocate;
  widget_class->get_request_mode = mg_form_row_box_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
mg_form_row_box_init (MgFormRowBox *self)
{
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  for (GtkLabel *label = self->title_label; label != NULL;
       label = label == self->title_label ? self->subtitle_label : NULL) {
    gtk_label_set_wrap (label, TRUE);
    gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign (label, 0);
  }
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "subtitle");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);

  self->text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->text_box, "title");
  gtk_box_append (GTK_BOX (self->text_box), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (self->text_box), GTK_WIDGET (self->subtitle_label));
  gtk_widget_set_parent (self->text_box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "header");
}

static void
set_child (MgFormRowBox  *self,
           GtkWidget    **slot,
           GtkWidget     *child,
           GtkWidget     *sibling)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child == NULL)
    return;
  *slot = child;
  gtk_widget_insert_before (child, GTK_WIDGET (self), sibling);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
row_activated_cb (MgFormRow     *self,
                  GtkListBoxRow *row)
{
  if (row == GTK_LIST_BOX_ROW (self) && self->activatable_widget != NULL)
    gtk_widget_mnemonic_activate (self->activatable_widget, FALSE);
}

/* A click on a row reaches its list, not the row. */
static void
parent_changed_cb (MgFormRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, row_activated_cb, self);
  g_clear_weak_pointer (&self->list);
  if (GTK_IS_LIST_BOX (parent)) {
    g_set_weak_pointer (&self->list, GTK_LIST_BOX (parent));
    g_signal_connect_object (parent, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  }
}

/* The subtitle describes the row and its field, where there is one: an
 * empty one would hide a description set otherwise. */
static void
update_described_by (MgFormRow *self)
{
  GtkAccessible *described[] = { GTK_ACCESSIBLE (self),
                                 self->activatable_widget != NULL ? GTK_ACCESSIBLE (self->activatable_widget) : NULL };
  gboolean shown = gtk_widget_get_visible (GTK_WIDGET (self->box->subtitle_label));

  for (guint i = 0; i < G_N_ELEMENTS (described); i++) {
    if (described[i] == NULL)
      continue;
    if (shown)
      gtk_accessible_update_relation (described[i], GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      self->box->subtitle_label, NULL, -1);
    else
      gtk_accessible_reset_relation (described[i], GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  }
}

static void
update_title (MgFormRow *self)
{
  gtk_label_set_use_markup (self->box->title_label, adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (self)));
  gtk_label_set_label (self->box->title_label, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)));
}

static void
mg_form_row_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  MgFormRow *self = MG_FORM_ROW (buildable);

  if (g_strcmp0 (type, "prefix") == 0)
    mg_form_row_set_prefix (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "suffix") == 0)
    mg_form_row_set_control (self, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
mg_form_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = mg_form_row_buildable_add_child;
}

static void
mg_form_row_dispose (GObject *object)
{
  MgFormRow *self = MG_FORM_ROW (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, row_activated_cb, self);
  g_clear_weak_pointer (&self->list);
  g_clear_weak_pointer (&self->activatable_widget);

  G_OBJECT_CLASS (mg_form_row_parent_class)->dispose (object);
}

static void
mg_form_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgFormRow *self = MG_FORM_ROW (object);

  switch (prop_id) {
  case PROP_SUBTITLE:
    g_value_set_string (value, mg_form_row_get_subtitle (self));
    break;
  case PROP_ACTIVATABLE_WIDGET:
    g_value_set_object (value, self->activatable_widget);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_form_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MgFormRow *self = MG_FORM_ROW (object);

  switch (prop_id) {
  case PROP_SUBTITLE:
    mg_form_row_set_subtitle (self, g_value_get_string (value));
    break;
  case PROP_ACTIVATABLE_WIDGET:
    mg_form_row_set_activatable_widget (self, g_value_get_object (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_form_row_class_init (MgFormRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_form_row_dispose;
  object_class->get_property = mg_form_row_get_property;
  object_class->set_property = mg_form_row_set_property;

  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVATABLE_WIDGET] =
    g_param_spec_object ("activatable-widget", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_form_row_init (MgFormRow *self)
{
  self->box = g_object_new (MG_TYPE_FORM_ROW_BOX, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), GTK_WIDGET (self->box));
  gtk_widget_add_css_class (GTK_WIDGET (self), "form-row");

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->box->title_label, NULL,
                                  -1);

  g_signal_connect (self, "notify::title", G_CALLBACK (update_title), NULL);
  g_signal_connect (self, "notify::use-markup", G_CALLBACK (update_title), NULL);
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

GtkWidget *
mg_form_row_new (void)
{
  return g_object_new (MG_TYPE_FORM_ROW, NULL);
}

const char *
mg_form_row_get_subtitle (MgFormRow *self)
{
  g_return_val_if_fail (MG_IS_FORM_ROW (self), NULL);

  return gtk_label_get_label (self->box->subtitle_label);
}

void
mg_form_row_set_subtitle (MgFormRow  *self,
                          const char *subtitle)
{
  g_return_if_fail (MG_IS_FORM_ROW (self));

  if (subtitle == NULL)
    subtitle = "";
  if (g_strcmp0 (subtitle, gtk_label_get_label (self->box->subtitle_label)) == 0)
    return;
  gtk_label_set_use_markup (self->box->subtitle_label, adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (self)));
  gtk_label_set_label (self->box->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->box->subtitle_label), *subtitle != '\0');
  update_described_by (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

/**
 * mg_form_row_set_prefix:
 *
 * Puts @prefix (a check button, an icon) before the title, on its line.
 */
void
mg_form_row_set_prefix (MgFormRow *self,
                        GtkWidget *prefix)
{
  g_return_if_fail (MG_IS_FORM_ROW (self));
  g_return_if_fail (prefix == NULL || GTK_IS_WIDGET (prefix));

  set_child (self->box, &self->box->prefix, prefix, self->box->text_box);
}

/**
 * mg_form_row_set_control:
 *
 * Puts @control at the row's end: beside the title where the title's
 * words fit beside it, under it where they do not.
 */
void
mg_form_row_set_control (MgFormRow *self,
                         GtkWidget *control)
{
  g_return_if_fail (MG_IS_FORM_ROW (self));
  g_return_if_fail (control == NULL || GTK_IS_WIDGET (control));

  set_child (self->box, &self->box->control, control, NULL);
}

GtkWidget *
mg_form_row_get_control (MgFormRow *self)
{
  g_return_val_if_fail (MG_IS_FORM_ROW (self), NULL);

  return self->box->control;
}

GtkWidget *
mg_form_row_get_activatable_widget (MgFormRow *self)
{
  g_return_val_if_fail (MG_IS_FORM_ROW (self), NULL);

  return self->activatable_widget;
}

/**
 * mg_form_row_set_activatable_widget:
 *
 * A click on the row, or Enter on it, activates @widget, as an
 * AdwActionRow's does.
 */
void
mg_form_row_set_activatable_widget (MgFormRow *self,
                                    GtkWidget *widget)
{
  g_return_if_fail (MG_IS_FORM_ROW (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (self->activatable_widget == widget)
    return;
  g_set_weak_pointer (&self->activatable_widget, widget);
  /* What a screen reader says on the field: the row's title, and its
   * subtitle as the description, as for an AdwActionRow's. */
  if (widget != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->box->title_label, NULL,
                                    -1);
  update_described_by (self);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), widget != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVATABLE_WIDGET]);
}

/**
 * mg_form_row_get_stacked:
 *
 * Returns: whether the control was put under the title when the row was
 * last laid out
 */
gboolean
mg_form_row_get_stacked (MgFormRow *self)
{
  g_return_val_if_fail (MG_IS_FORM_ROW (self), FALSE);

  return self->box->stacked;
}
