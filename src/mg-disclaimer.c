/* mg-disclaimer.c: the “talk to your doctor” notice, always in view
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-disclaimer"

#include "config.h"

#include "mg-i18n.h"

#include "mg-disclaimer.h"

struct _MgDisclaimer {
  AdwBin     parent_instance;

  GtkButton *button;
  GtkLabel  *label;
  GtkLabel  *read_more;
  GtkBox    *text_box;
  gboolean   compact;
  gboolean   narrow;
  gboolean   large_text;  /* the app's text size is well above 100 % */
};

G_DEFINE_FINAL_TYPE (MgDisclaimer, mg_disclaimer, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COMPACT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
mg_disclaimer_get_short_text (void)
{
  return _("Educational information, not medical advice. Talk to your doctor before taking "
           "magnesium or changing a treatment.");
}

const char *
mg_disclaimer_get_full_text (void)
{
  return _("Magnesium Guide gives general, educational information about magnesium, restless "
           "legs and back pain. It is not medical advice, and it cannot diagnose or treat any "
           "condition. The dose figures are reference values for healthy people, not a "
           "prescription. Talk to your doctor or pharmacist before you take magnesium, change a "
           "dose, or stop or change a treatment, especially if you have kidney disease or a "
           "bleeding disorder, are pregnant or breastfeeding, or take other medicines. In an "
           "emergency, call your local emergency number.");
}

/* The whole text in a dialog of its own, left-aligned: a bottom sheet on a
 * phone, a small window on a desktop. It is one paragraph, as tall as it
 * needs, scrolled where the window is shorter: at 200 % text on a phone
 * it is taller than the screen. */
void
mg_disclaimer_show_full (GtkWidget *parent)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *scroller = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                                      "hscrollbar-policy", GTK_POLICY_NEVER,
                                      "propagate-natural-height", TRUE,
                                      NULL);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", mg_disclaimer_get_full_text (),
                                   "wrap", TRUE,
                                   "max-width-chars", 60,
                                   "xalign", 0.0f,
                                   "valign", GTK_ALIGN_START,
                                   "margin-top", 6,
                                   "margin-bottom", 24,
                                   "margin-start", 24,
                                   "margin-end", 24,
                                   NULL);

  g_return_if_fail (GTK_IS_WIDGET (parent));

  gtk_widget_add_css_class (label, "disclaimer-text");
  adw_dialog_set_title (dialog, _("Not Medical Advice"));
  adw_dialog_set_content_width (dialog, 480);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), scroller);
  adw_dialog_set_child (dialog, view);
  adw_dialog_present (dialog, parent);
}

static void
clicked_cb (MgDisclaimer *self)
{
  mg_disclaimer_show_full (GTK_WIDGET (self));
}

/* The shortest whole sentence, for windows too short for the notice. */
static const char *
compact_text (void)
{
  /* Translators: the disclaimer in one short line, on small windows */
  return _("Not medical advice.");
}

/* The notice, short or compact; the rest of its words are in its template. */
static void
update_text (MgDisclaimer *self)
{
  gtk_label_set_label (self->label, self->compact ? compact_text () : mg_disclaimer_get_short_text ());
}

const char *
mg_disclaimer_get_text (MgDisclaimer *self)
{
  g_return_val_if_fail (MG_IS_DISCLAIMER (self), NULL);

  return gtk_label_get_label (self->label);
}

/* Read More goes under the text when the text takes several lines on a
 * narrow window; compact, it is all one line, unless large text leaves no
 * room for both side by side on a phone. */
static void
update_layout (MgDisclaimer *self)
{
  gboolean stacked = self->narrow && (!self->compact || self->large_text);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->text_box),
                                  stacked ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (self->text_box, stacked ? 2 : 10);
}

gboolean
mg_disclaimer_get_compact (MgDisclaimer *self)
{
  g_return_val_if_fail (MG_IS_DISCLAIMER (self), FALSE);

  return self->compact;
}

/**
 * mg_disclaimer_set_compact:
 *
 * A short sentence for short windows, so that the page keeps the height:
 * one line wherever it fits.
 */
void
mg_disclaimer_set_compact (MgDisclaimer *self,
                           gboolean      compact)
{
  g_return_if_fail (MG_IS_DISCLAIMER (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  update_layout (self);
  /* The short sentence still wraps rather than lose its end where even it
   * is wider than a phone, as in large Swedish text. */
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/**
 * mg_disclaimer_set_narrow:
 *
 * On a narrow window Read More goes under the text, which keeps the width.
 */
void
mg_disclaimer_set_narrow (MgDisclaimer *self,
                          gboolean      narrow)
{
  g_return_if_fail (MG_IS_DISCLAIMER (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  update_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

/**
 * mg_disclaimer_set_large_text:
 *
 * Tells the bar that the app's text size is large, so that on a narrow
 * window even the compact line and Read More no longer fit side by side.
 */
void
mg_disclaimer_set_large_text (MgDisclaimer *self,
                              gboolean      large_text)
{
  g_return_if_fail (MG_IS_DISCLAIMER (self));

  self->large_text = !!large_text;
  update_layout (self);
}

static void
mg_disclaimer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgDisclaimer *self = MG_DISCLAIMER (object);

  switch (prop_id) {
  case PROP_COMPACT:
    g_value_set_boolean (value, self->compact);
    break;
  case PROP_NARROW:
    g_value_set_boolean (value, self->narrow);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_disclaimer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgDisclaimer *self = MG_DISCLAIMER (object);

  switch (prop_id) {
  case PROP_COMPACT:
    mg_disclaimer_set_compact (self, g_value_get_boolean (value));
    break;
  case PROP_NARROW:
    mg_disclaimer_set_narrow (self, g_value_get_boolean (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_disclaimer_class_init (MgDisclaimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mg_disclaimer_get_property;
  object_class->set_property = mg_disclaimer_set_property;

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-disclaimer.ui");
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, button);
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, label);
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, read_more);
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, text_box);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "disclaimer");
}

static void
mg_disclaimer_init (MgDisclaimer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The name is what the bar shows, read once, in the order shown. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, self->read_more, NULL,
                                  -1);
  update_text (self);
}

GtkWidget *
mg_disclaimer_new (void)
{
  return g_object_new (MG_TYPE_DISCLAIMER, NULL);
}
