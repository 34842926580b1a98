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
};

G_DEFINE_FINAL_TYPE (MgDisclaimer, mg_disclaimer, ADW_TYPE_BIN)

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

/**
 * mg_disclaimer_show_full:
 * @parent: a widget in the window the dialog belongs to
 *
 * Shows the whole disclaimer in a dialog.
 */
void
mg_disclaimer_show_full (GtkWidget *parent)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Not Medical Advice"), mg_disclaimer_get_full_text ());
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clicked_cb (MgDisclaimer *self)
{
  mg_disclaimer_show_full (GTK_WIDGET (self));
}

/**
 * mg_disclaimer_retranslate:
 *
 * Sets the notice’s texts in the current language.
 */
void
mg_disclaimer_retranslate (MgDisclaimer *self)
{
  const char *text = mg_disclaimer_get_short_text ();

  g_return_if_fail (MG_IS_DISCLAIMER (self));

  gtk_label_set_label (self->label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Read the full disclaimer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Activate to read the full disclaimer"),
                                  -1);
}

const char *
mg_disclaimer_get_text (MgDisclaimer *self)
{
  g_return_val_if_fail (MG_IS_DISCLAIMER (self), NULL);

  return gtk_label_get_label (self->label);
}

static void
mg_disclaimer_class_init (MgDisclaimerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-disclaimer.ui");
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, button);
  gtk_widget_class_bind_template_child (widget_class, MgDisclaimer, label);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "disclaimer");
}

static void
mg_disclaimer_init (MgDisclaimer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mg_disclaimer_retranslate (self);
}

GtkWidget *
mg_disclaimer_new (void)
{
  return g_object_new (MG_TYPE_DISCLAIMER, NULL);
}
