/* mg-preferences-window.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-preferences-window"

#include "config.h"


#include "mg-i18n.h"
#include "mg-preferences-window.h"

struct _MgPreferencesWindow {
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesPage   *general_page;
  AdwPreferencesGroup  *language_group;
  AdwComboRow          *language_row;

  GtkStringList        *languages;
  gboolean              updating;
};

G_DEFINE_FINAL_TYPE (MgPreferencesWindow, mg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

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

static void
sync_from_action (MgPreferencesWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GVariant) state = NULL;

  if (app == NULL)
    return;

  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "language");
  self->updating = TRUE;
  adw_combo_row_set_selected (self->language_row,
                              position_for_code (state ? g_variant_get_string (state, NULL) : ""));
  self->updating = FALSE;
}

static void
language_selected_cb (MgPreferencesWindow *self)
{
  guint position = adw_combo_row_get_selected (self->language_row);

  if (self->updating || position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "app.language", "s", code_for_position (position));
}

static char *
language_display_name (GtkStringObject *item)
{
  const char *code = gtk_string_object_get_string (item);

  if (*code == '\0')
    /* Translators: the choice that follows the language the system is set to */
    return g_strdup (_("System default"));

  return g_strdup (mg_i18n_get_language_name (code));
}

/**
 * mg_preferences_window_retranslate:
 *
 * Sets the window’s texts in the current language, keeping the choices.
 */
void
mg_preferences_window_retranslate (MgPreferencesWindow *self)
{
  GtkExpression *expression;

  g_return_if_fail (MG_IS_PREFERENCES_WINDOW (self));

  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  adw_preferences_page_set_title (self->general_page, _("General"));
  adw_preferences_group_set_title (self->language_group, _("Language"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->language_row), _("Interface language"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->language_row),
                               _("The language of the menus, the tools and the article"));

  /* A new expression relabels the choices without touching the model, so
   * the selection (the choice just made) stays as it is. */
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (language_display_name), NULL, NULL);
  self->updating = TRUE;
  adw_combo_row_set_expression (self->language_row, expression);
  self->updating = FALSE;
  gtk_expression_unref (expression);
  sync_from_action (self);
}

static void
mg_preferences_window_dispose (GObject *object)
{
  MgPreferencesWindow *self = MG_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->languages);

  G_OBJECT_CLASS (mg_preferences_window_parent_class)->dispose (object);
}

static void
mg_preferences_window_class_init (MgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/mg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesWindow, language_group);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesWindow, language_row);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
}

static void
mg_preferences_window_init (MgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->languages = gtk_string_list_new (NULL);
  gtk_string_list_append (self->languages, "");
  for (const char * const *code = mg_i18n_get_languages (); *code != NULL; code++)
    gtk_string_list_append (self->languages, *code);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (self->languages));
}

GtkWidget *
mg_preferences_window_new (GtkApplication *application)
{
  GtkWidget *self = g_object_new (MG_TYPE_PREFERENCES_WINDOW, "application", application, NULL);

  /* Only now does the window know the application and its language action. */
  mg_preferences_window_retranslate (MG_PREFERENCES_WINDOW (self));

  return self;
}
