/* mg-preferences-dialog.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-preferences-dialog"

#include "config.h"

#include <math.h>

#include "mg-application.h"
#include "mg-diary-store.h"
#include "mg-dose-text.h"
#include "mg-field-error.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-preferences-dialog.h"
#include "mg-user-data.h"

struct _MgPreferencesDialog {
  AdwDialog             parent_instance;

  /* From mg-preferences-dialog.ui, built again in a new language. */
  AdwComboRow          *language_row;
  GtkWidget            *size_button;
  AdwToastOverlay      *toasts;

  GtkApplication       *application;
  GSettings            *settings;
  MgDiaryStore         *diary;
  gboolean              updating;
  guint                 switch_source;  /* the language chosen, applied when idle */
  GtkRoot              *focus_root;     /* holds the focus on the language row, see hold_focus_cb () */
  gulong                focus_handler;
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
update_text_size (MgPreferencesDialog *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  /* Translators: the article’s text size, as in “120 %”; %d is a number */
  g_autofree char *percent = g_strdup_printf (_("%d %%"), (int) round (scale * 100));
  /* Translators: what a screen reader says for the text size button; %s is e.g. “120 %” */
  g_autofree char *accessible = g_strdup_printf (_("Text size %s, activate to reset"), percent);

  gtk_button_set_label (GTK_BUTTON (self->size_button), percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->size_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
release_focus (MgPreferencesDialog *self)
{
  if (self->focus_root != NULL)
    g_clear_signal_handler (&self->focus_handler, self->focus_root);
  g_clear_weak_pointer (&self->focus_root);
}

static gboolean
focus_language_row_cb (gpointer data)
{
  MgPreferencesDialog *self = data;

  if (self->language_row != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->language_row)))
    adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->language_row));
  return G_SOURCE_REMOVE;
}

/* The old row's list of languages goes with the last reference to it,
 * which can come after the focus was put on the new row, and GTK then lets
 * the window's focus go. Until the person moves it, a focus let go comes
 * back to the language row, wherever that happens in the switch. */
static void
hold_focus_cb (GtkRoot             *root,
               GParamSpec          *pspec,
               MgPreferencesDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (focus != NULL && focus == GTK_WIDGET (self->language_row))
    return;
  if (focus == NULL)
    /* Not in the middle of what lets it go. */
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_language_row_cb, g_object_ref (self), g_object_unref);
  else
    release_focus (self);
}

static MgDoseProfile *
dose_profile (MgPreferencesDialog *self)
{
  return mg_application_get_dose_profile (MG_APPLICATION (self->application));
}

/* The country whose advice the dose guide follows, as the dose guide asks
 * it, in its words. */
static void
set_up_country_row (MgPreferencesDialog *self,
                    AdwComboRow         *row)
{
  GtkStringList *names = GTK_STRING_LIST (adw_combo_row_get_model (row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mg_dose_text_field_title (MG_DOSE_FIELD_REFERENCE_SET));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), mg_dose_text_field_subtitle (MG_DOSE_FIELD_REFERENCE_SET));
  for (guint i = 0; i < mg_dose_choice_get_n (MG_DOSE_CHOICE_COUNTRY); i++)
    gtk_string_list_append (names, mg_dose_text_choice (MG_DOSE_CHOICE_COUNTRY, i));
  g_object_bind_property_full (dose_profile (self), "country", row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               NULL, mg_dose_choice_transform_selected,
                               GUINT_TO_POINTER (MG_DOSE_CHOICE_COUNTRY), NULL);
}

/* A choice is on where the diary tracks just that: none is before the
 * person chose. */
static gboolean
tracks_to_active (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      position)
{
  g_value_set_boolean (to_value,
                       g_value_get_flags (from_value) == mg_diary_tracks_choice_get (GPOINTER_TO_UINT (position)));
  return TRUE;
}

/* Turning a choice on chooses it, and starts the diary where there was
 * none; one goes off only as another comes on. */
static gboolean
active_to_tracks (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      position)
{
  if (!g_value_get_boolean (from_value))
    return FALSE;
  g_value_set_flags (to_value, mg_diary_tracks_choice_get (GPOINTER_TO_UINT (position)));
  return TRUE;
}

/* What the symptom diary asks about, bound to its store both ways: the
 * diary page, bound to the same store, follows a choice here at once,
 * and this a choice there. */
static void
set_up_diary_group (MgPreferencesDialog *self,
                    GtkBuilder          *builder)
{
  for (guint i = 0; i < mg_diary_tracks_choice_get_n (); i++) {
    g_autofree char *id = g_strdup_printf ("tracks_choice_%u", i);
    GObject *check = gtk_builder_get_object (builder, id);

    g_assert (GTK_IS_CHECK_BUTTON (check));
    g_object_bind_property_full (self->diary, "tracks", check, "active",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 tracks_to_active, active_to_tracks, GUINT_TO_POINTER (i), NULL);
  }
}

static void
open_folder_cb (MgPreferencesDialog *self)
{
  g_autofree char *folder = mg_user_data_dup_folder ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  g_autoptr(GtkFileLauncher) launcher = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Nothing saved yet: the folder is made, empty, to be shown. */
  g_mkdir_with_parents (folder, 0700);
  launcher = gtk_file_launcher_new (file);
  gtk_file_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL, NULL);
}

static void
undo_delete_cb (AdwToast *toast)
{
  MgUserDataBackup *backup = g_object_get_data (G_OBJECT (toast), "backup");

  mg_user_data_restore (backup);
}

/**
 * mg_preferences_dialog_delete_all:
 *
 * Deletes the checklist's days, the diary and the dose guide's answers at
 * once, with a toast that can bring them back while it shows.
 */
void
mg_preferences_dialog_delete_all (MgPreferencesDialog *self)
{
  g_autoptr(MgIntakeStore) checklist = mg_intake_store_dup_default ();
  g_autoptr(MgOwnFoods) own_foods = mg_own_foods_dup_default ();
  g_autoptr(MgDiaryStore) diary = mg_diary_store_dup_default ();
  MgUserDataBackup *backup;
  AdwToast *toast;

  g_return_if_fail (MG_IS_PREFERENCES_DIALOG (self));

  backup = mg_user_data_delete_all (checklist, own_foods, diary, dose_profile (self));
  toast = adw_toast_new (_("All your data was deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* Gone for good once the toast is. */
  g_object_set_data_full (G_OBJECT (toast), "backup", backup, (GDestroyNotify) mg_user_data_backup_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), NULL);
  adw_toast_overlay_add_toast (self->toasts, toast);
  mg_announce (GTK_WIDGET (self), _("All your data was deleted"), GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
delete_chosen_cb (GObject      *dialog,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(MgPreferencesDialog) self = data;

  if (g_str_equal (adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (dialog), result), "delete"))
    mg_preferences_dialog_delete_all (self);
}

static void
delete_cb (MgPreferencesDialog *self)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("Delete All Your Data?"),
                                            _("Every day of the food checklist and of the symptom diary, and "
                                              "your answers in the dose guide, are deleted from this device."));

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (self), NULL, delete_chosen_cb,
                           g_object_ref (self));
}

/* Where the data is: only here, and which folder. */
static void
set_up_data_group (MgPreferencesDialog *self,
                   GtkBuilder          *builder)
{
  g_autofree char *folder = mg_user_data_dup_folder ();
  /* Translators: under “Your Data” in Preferences; %s is a folder, as in
   * “/home/anna/.local/share/magnesium-guide” */
  g_autofree char *where = g_strdup_printf (_("Kept only on this device, in %s. Nothing is sent anywhere."),
                                            folder);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (gtk_builder_get_object (builder, "data_group")),
                                         where);
  g_signal_connect_object (gtk_builder_get_object (builder, "open_folder_row"), "activated",
                           G_CALLBACK (open_folder_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_builder_get_object (builder, "delete_row"), "activated",
                           G_CALLBACK (delete_cb), self, G_CONNECT_SWAPPED);
  mg_button_row_wrap_title (ADW_BUTTON_ROW (gtk_builder_get_object (builder, "open_folder_row")));
  mg_button_row_wrap_title (ADW_BUTTON_ROW (gtk_builder_get_object (builder, "delete_row")));
}

/* Builds the content from mg-preferences-dialog.ui in the current language,
 * in place of the one before, with the choices as they are. */
static void
build_content (MgPreferencesDialog *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/mg-preferences-dialog.ui");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *old_content = adw_dialog_get_child (ADW_DIALOG (self));
  /* The focus was in what goes, or was lost as the language's list closed. */
  gboolean refocus = root != NULL && old_content != NULL &&
                     (focus == NULL || gtk_widget_is_ancestor (focus, old_content));

  self->language_row = ADW_COMBO_ROW (gtk_builder_get_object (builder, "language_row"));
  self->size_button = GTK_WIDGET (gtk_builder_get_object (builder, "size_button"));
  self->toasts = ADW_TOAST_OVERLAY (gtk_builder_get_object (builder, "content"));
  adw_dialog_set_child (ADW_DIALOG (self), GTK_WIDGET (gtk_builder_get_object (builder, "content")));
  g_object_bind_property (gtk_builder_get_object (builder, "title"), "title", self, "title",
                          G_BINDING_SYNC_CREATE);

  update_language_row (self);
  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
  update_text_size (self);
  set_up_country_row (self, ADW_COMBO_ROW (gtk_builder_get_object (builder, "country_row")));
  set_up_diary_group (self, builder);
  set_up_data_group (self, builder);

  /* The person chose the language in its row: they stay there. The old
   * row's list is still open when a choice in it switches the language,
   * and GTK moves the focus once more as it closes; so once it is gone. */
  if (refocus) {
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, focus_language_row_cb, g_object_ref (self), g_object_unref);
    if (self->focus_root != root) {
      release_focus (self);
      g_set_weak_pointer (&self->focus_root, root);
      self->focus_handler = g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (hold_focus_cb),
                                                     self, G_CONNECT_DEFAULT);
    }
  }
}

static void
mg_preferences_dialog_dispose (GObject *object)
{
  MgPreferencesDialog *self = MG_PREFERENCES_DIALOG (object);

  g_clear_handle_id (&self->switch_source, g_source_remove);
  release_focus (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->diary);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (mg_preferences_dialog_parent_class)->dispose (object);
}

static void
mg_preferences_dialog_class_init (MgPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_preferences_dialog_dispose;
}

static void
mg_preferences_dialog_init (MgPreferencesDialog *self)
{
  /* No content height: the dialog is as tall as its rows at the text size
   * chosen, up to the window's height, and scrolls beyond it. */
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  self->settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  self->diary = mg_diary_store_dup_default ();
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
                           G_CALLBACK (build_content), self, G_CONNECT_SWAPPED);
  build_content (self);

  return ADW_DIALOG (self);
}
