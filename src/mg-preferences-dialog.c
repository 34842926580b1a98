/* mg-preferences-dialog.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-preferences-dialog"

#include "config.h"

#include <math.h>

#include "mg-application.h"
#include "mg-i18n.h"
#include "mg-preferences-dialog.h"

struct _MgPreferencesDialog {
  AdwDialog             parent_instance;

  AdwPreferencesPage   *general_page;
  AdwPreferencesGroup  *language_group;
  AdwComboRow          *language_row;
  AdwPreferencesGroup  *text_group;
  AdwActionRow         *text_size_row;
  GtkWidget            *smaller_button;
  GtkWidget            *size_button;
  GtkWidget            *larger_button;

  GtkApplication       *application;
  GSettings            *settings;
  gboolean              updating;
  guint                 switch_source;  /* the language chosen, applied when idle */
};

G_DEFINE_FINAL_TYPE (MgPreferencesDialog, mg_preferences_dialog, ADW_TYPE_DIALOG)

/* Row 0 is “System default”; then the languages in mg_i18n_get_languages () order. */
static const char *
code_for_position (guint position)
{
  return position == 0 ? "" : mg_i18n_get_languages ()[position - 1];
}

static guint
position_for_code (const char *code)
{
  const char * const *codes = mg_i18n_get_languages ();

  for (guint i = 0; codes[i] != NULL; i++)
    if (g_strcmp0 (code, codes[i]) == 0)
      return i + 1;

  return 0;
}

static gboolean
switch_language_cb (gpointer user_data)
{
  MgPreferencesDialog *self = user_data;
  guint position = adw_combo_row_get_selected (self->language_row);

  self->switch_source = 0;
  if (position != GTK_INVALID_LIST_POSITION)
    g_action_group_activate_action (G_ACTION_GROUP (self->application), "language",
                                    g_variant_new_string (code_for_position (position)));

  return G_SOURCE_REMOVE;
}

/* The switch gives the row a new model (update_language_row ()): not
 * while the row is still telling of its selection. */
static void
language_selected_cb (MgPreferencesDialog *self)
{
  if (self->updating || self->switch_source != 0)
    return;

  self->switch_source = g_idle_add (switch_language_cb, self);
}

/* Each language in its own name, which a switch does not change; only
 * “System default” is in the interface’s language. A new model makes the
 * list show every name anew, in the open list too. */
static void
update_language_row (MgPreferencesDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->application),
                                                               "language");

  /* Translators: the choice of language that follows the language the system is set to */
  gtk_string_list_append (names, _("System default"));
  for (const char * const *code = mg_i18n_get_languages (); *code != NULL; code++)
    gtk_string_list_append (names, mg_i18n_get_language_name (*code));

  self->updating = TRUE;
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row,
                              position_for_code (state ? g_variant_get_string (state, NULL) : ""));
  self->updating = FALSE;
}

static void
set_tooltip_and_label (GtkWidget  *widget,
                       const char *text)
{
  gtk_widget_set_tooltip_text (widget, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_text_size (MgPreferencesDialog *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  /* Translators: the article’s text size, as in “120 %”; %d is a number */
  g_autofree char *percent = g_strdup_printf (_("%d %%"), (int) round (scale * 100));
  /* Translators: what a screen reader says for the text size button; %s is e.g. “120 %” */
  g_autofree char *accessible = g_strdup_printf (_("Text size %s, activate to reset"), percent);

  gtk_button_set_label (GTK_BUTTON (self->size_button), percent);
  gtk_widget_set_tooltip_text (self->size_button, _("Reset Text Size"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->size_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Sets every text in the current language, keeping the choices. */
static void
retranslate (MgPreferencesDialog *self)
{
  adw_dialog_set_title (ADW_DIALOG (self), _("Preferences"));
  adw_preferences_page_set_title (self->general_page, _("General"));
  adw_preferences_group_set_title (self->language_group, _("Language"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->language_row), _("Interface language"));
  adw_preferences_group_set_description (self->language_group,
                                         _("The language of the menus, the tools and the article"));
  update_language_row (self);

  /* Translators: the title of the group of preferences about how the text is shown */
  adw_preferences_group_set_title (self->text_group, C_("preferences", "Reading"));
  /* Translators: a preference: how large the text of the guide is shown */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_size_row), C_("preferences", "Text size"));
  adw_action_row_set_subtitle (self->text_size_row,
                               _("How large the text of the guide is shown"));
  set_tooltip_and_label (self->smaller_button, _("Smaller Text"));
  set_tooltip_and_label (self->larger_button, _("Larger Text"));
  update_text_size (self);
}

static void
mg_preferences_dialog_dispose (GObject *object)
{
  MgPreferencesDialog *self = MG_PREFERENCES_DIALOG (object);

  g_clear_handle_id (&self->switch_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (mg_preferences_dialog_parent_class)->dispose (object);
}

static void
mg_preferences_dialog_class_init (MgPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/mg-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, general_page);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, language_group);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, text_group);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, text_size_row);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, smaller_button);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, size_button);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesDialog, larger_button);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
}

static void
mg_preferences_dialog_init (MgPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (update_text_size), self, G_CONNECT_SWAPPED);
}

/**
 * mg_preferences_dialog_new:
 * @application: the app, whose language action the dialog shows and sets
 *
 * Returns: (transfer floating): the dialog, in the current language; it
 *   follows a switch while it is open
 */
AdwDialog *
mg_preferences_dialog_new (GtkApplication *application)
{
  MgPreferencesDialog *self;

  g_return_val_if_fail (MG_IS_APPLICATION (application), NULL);

  self = g_object_new (MG_TYPE_PREFERENCES_DIALOG, NULL);
  self->application = g_object_ref (application);
  g_signal_connect_object (application, "language-changed",
                           G_CALLBACK (retranslate), self, G_CONNECT_SWAPPED);
  retranslate (self);

  return ADW_DIALOG (self);
}
