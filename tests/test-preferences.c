/* test-preferences.c: the Preferences and About dialogs
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-diary-page.h"
#include "mg-diary-store.h"
#include "mg-dose-text.h"
#include "mg-i18n.h"
#include "mg-preferences-dialog.h"
#include "mg-test-store.h"
#include "mg-test-utils.h"

static MgApplication *app;

static AdwDialog *
visible_dialog (MgWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static MgPreferencesDialog *
open_preferences (MgWindow *window)
{
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL);
  dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
  g_assert_true (MG_IS_PREFERENCES_DIALOG (dialog));

  return MG_PREFERENCES_DIALOG (dialog);
}

static guint
combo_position (const char *code)
{
  const char * const *codes = mg_i18n_get_languages ();

  for (guint i = 0; codes[i] != NULL; i++) {
    if (g_str_equal (codes[i], code))
      return i + 1;
  }
  g_assert_not_reached ();
}

static const char *
item_text (AdwComboRow *row,
           guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (adw_combo_row_get_model (row), position);

  g_assert_nonnull (item);
  /* The model holds the item too. */
  return gtk_string_object_get_string (item);
}

/* Every language in its own name, whatever the interface speaks. */
static void
check_language_names (AdwComboRow *row)
{
  static const struct { const char *code; const char *name; } own_names[] = {
    { "en", "English" }, { "nl", "Nederlands" }, { "sv", "Svenska" }, { "da", "Dansk" },
  };
  const char * const *codes = mg_i18n_get_languages ();

  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==,
                    g_strv_length ((char **) codes) + 1);
  g_assert_cmpstr (item_text (row, 0), ==, _("System default"));
  for (guint i = 0; i < G_N_ELEMENTS (own_names); i++)
    g_assert_cmpstr (item_text (row, combo_position (own_names[i].code)), ==, own_names[i].name);
  for (guint i = 0; codes[i] != NULL; i++)
    g_assert_cmpstr (item_text (row, i + 1), !=, codes[i]);
}

static void
test_language_names (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  MgPreferencesDialog *preferences;
  AdwComboRow *row;

  mg_test_switch_language (app, "en");
  preferences = open_preferences (window);
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (preferences)), ==, "Preferences");
  row = ADW_COMBO_ROW (mg_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_nonnull (row);
  check_language_names (row);
  g_assert_cmpstr (item_text (row, 0), ==, "System default");

  /* The list open, as when a person chooses in it: Nederlands switches the
   * whole app, this dialog and its open list too. */
  gtk_widget_activate (GTK_WIDGET (row));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (row), "System default"));
  /* A click on a name closes the list, then chooses. */
  gtk_popover_popdown (GTK_POPOVER (mg_test_find_widget (GTK_WIDGET (row), GTK_TYPE_POPOVER, NULL)));
  adw_combo_row_set_selected (row, combo_position ("nl"));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (mg_i18n_get_language (), ==, "nl");
  /* The content was built again in Dutch. */
  row = ADW_COMBO_ROW (mg_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (preferences)), ==, "Voorkeuren");
  g_assert_cmpstr (item_text (row, 0), ==, "Systeemstandaard");
  check_language_names (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, combo_position ("nl"));
  /* The person chose in the language's row, and stays there. */
  g_assert_true (adw_dialog_get_focus (ADW_DIALOG (preferences)) == GTK_WIDGET (row));
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (row))) == GTK_WIDGET (row));

  /* Back to English from elsewhere (the menu): no Dutch name stays, in the
   * list or on the row, and the choice follows. */
  gtk_widget_activate (GTK_WIDGET (row));
  mg_test_settle (GTK_WIDGET (window));
  mg_test_switch_language (app, "en");
  row = ADW_COMBO_ROW (mg_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_cmpstr (item_text (row, 0), ==, "System default");
  g_assert_null (mg_test_find_label (GTK_WIDGET (preferences), "Systeemstandaard"));
  g_assert_null (mg_test_find_label (GTK_WIDGET (preferences), "Taal van de app"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, combo_position ("en"));
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (preferences)), ==, "Preferences");

  /* A choice made outside the app (another instance) moves the selection. */
  g_settings_set_string (settings, "language", "sv");
  mg_test_settle (NULL);
  row = ADW_COMBO_ROW (mg_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, combo_position ("sv"));
  g_assert_cmpstr (item_text (row, 0), ==, _("System default"));
  g_assert_cmpstr (item_text (row, 0), !=, "System default");
  adw_combo_row_set_selected (row, 0);
  mg_test_settle (NULL);
  {
    g_autofree char *saved = g_settings_get_string (settings, "language");

    g_assert_cmpstr (saved, ==, "");
  }

  mg_test_close_dialog (ADW_DIALOG (preferences));
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

static const char *
size_label (MgPreferencesDialog *preferences)
{
  GtkWidget *button = mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-reset");

  g_assert_nonnull (button);
  return gtk_button_get_label (GTK_BUTTON (button));
}

static void
test_text_size (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  MgPreferencesDialog *preferences;
  GtkWidget *larger, *smaller;

  mg_test_switch_language (app, "en");
  g_settings_reset (settings, "text-scale");
  preferences = open_preferences (window);
  larger = mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-in");
  smaller = mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-out");
  g_assert_nonnull (larger);
  g_assert_nonnull (smaller);
  g_assert_cmpstr (size_label (preferences), ==, "100 %");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (larger), ==, "Larger Text");

  /* One step up and back, as Ctrl+plus and Ctrl+minus take it. */
  mg_test_activate (larger);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.1, 1e-9);
  g_assert_cmpstr (size_label (preferences), ==, "110 %");
  mg_test_activate (smaller);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 1e-9);
  g_assert_cmpstr (size_label (preferences), ==, "100 %");

  /* A change made elsewhere shows, and the limits stop the buttons. */
  g_settings_set_double (settings, "text-scale", 2.0);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (size_label (preferences), ==, "200 %");
  g_assert_false (gtk_widget_get_sensitive (larger));
  g_assert_true (gtk_widget_get_sensitive (smaller));
  g_settings_set_double (settings, "text-scale", 0.8);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpstr (size_label (preferences), ==, "80 %");
  g_assert_false (gtk_widget_get_sensitive (smaller));

  /* The size button resets it. */
  mg_test_activate (mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-reset"));
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.0, 1e-9);

  /* In Danish, with the dialog open. */
  mg_test_switch_language (app, "da");
  g_assert_cmpstr (size_label (preferences), ==, "100 %");
  larger = mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-in");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (larger), ==, _("Larger Text"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (larger), !=, "Larger Text");

  mg_test_close_dialog (ADW_DIALOG (preferences));
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* Ctrl+comma again does not stack a second dialog. */
static void
test_opens_once (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  MgPreferencesDialog *preferences = open_preferences (window);

  g_assert_true (open_preferences (window) == preferences);
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (preferences)), ==, "Preferences");
  mg_test_close_dialog (ADW_DIALOG (preferences));
  g_assert_null (visible_dialog (window));
  mg_test_window_destroy (window);
}

/* On a phone the dialog fits the screen: every row within the window. */
static void
test_narrow (void)
{
  MgWindow *window = mg_test_window_new (app, 360, 640);
  MgPreferencesDialog *preferences = open_preferences (window);
  GtkWidget *combo = mg_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, NULL);
  GtkWidget *larger = mg_test_find_action_button (GTK_WIDGET (preferences), "app.zoom-in");

  g_assert_true (mg_test_widget_inside (GTK_WIDGET (preferences), GTK_WIDGET (window)));
  g_assert_true (mg_test_widget_inside (combo, GTK_WIDGET (window)));
  g_assert_true (mg_test_widget_inside (larger, GTK_WIDGET (window)));

  mg_test_close_dialog (ADW_DIALOG (preferences));
  mg_test_window_destroy (window);
}

static AdwAboutDialog *
open_about (MgWindow *window)
{
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL);
  dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));

  return ADW_ABOUT_DIALOG (dialog);
}

static void
test_about (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  AdwAboutDialog *about;
  gpointer replaced;

  mg_test_switch_language (app, "en");
  about = open_about (window);
  g_assert_cmpstr (adw_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_dialog_get_application_name (about), ==, "Magnesium Guide");
  g_assert_cmpstr (adw_about_dialog_get_application_icon (about), ==, APP_ID);
  g_assert_cmpint (adw_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  /* A line about the app, not the whole disclaimer, which has a section. */
  g_assert_cmpstr (adw_about_dialog_get_comments (about), ==,
                   "Read about magnesium for restless legs and back pain");
  g_assert_cmpstr (adw_about_dialog_get_translator_credits (about), ==, "translator-credits");

  /* A switch while it is open shows it in the new language. */
  replaced = about;
  g_object_add_weak_pointer (replaced, &replaced);
  mg_test_switch_language (app, "sv");
  g_assert_null (replaced);
  about = ADW_ABOUT_DIALOG (mg_test_wait_for_dialog (GTK_WIDGET (window)));
  g_assert_true (ADW_IS_ABOUT_DIALOG (about));
  g_assert_cmpstr (adw_about_dialog_get_application_name (about), ==, _("Magnesium Guide"));
  g_assert_cmpstr (adw_about_dialog_get_application_name (about), !=, "Magnesium Guide");
  g_assert_cmpstr (adw_about_dialog_get_translator_credits (about), !=, "translator-credits");
  g_assert_cmpstr (adw_about_dialog_get_version (about), ==, PACKAGE_VERSION);

  mg_test_close_dialog (ADW_DIALOG (about));
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* Pictures to look at, in the build tree: each dialog narrow and wide, in
 * English at the normal size in the light style, and in Dutch with the
 * desktop’s text at 150 % in the dark style. (At 200 % the window itself
 * cannot be laid out at 360 × 640, which GTK warns of.) */
static void
test_screenshots (void)
{
  static const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  static const char * const actions[] = { "app.preferences", "win.show-shortcuts", "app.about" };
  /* AdwAboutDialog shows the app’s name in one line: “Magnesiumgids” in
   * large text is wider than a phone, which libadwaita warns of. */
  static const int min_width_large[] = { 0, 0, 600 };
  const char *dir = g_getenv ("MG_SCREENSHOT_DIR");
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  int dpi;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);

  for (guint variant = 0; variant < 2; variant++) {
    gboolean large = variant == 1;

    mg_test_switch_language (app, large ? "nl" : "en");
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        large ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
    g_object_set (gtk_settings, "gtk-xft-dpi", large ? 3 * 96 * 1024 / 2 : 96 * 1024, NULL);
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++) {
      for (guint a = 0; a < G_N_ELEMENTS (actions); a++) {
        MgWindow *window;
        g_autofree char *file = g_strdup_printf ("dialog-%s-%dx%d-%s%s.png", strchr (actions[a], '.') + 1,
                                                 sizes[s].width, sizes[s].height,
                                                 large ? "nl" : "en", large ? "-150-dark" : "");
        g_autofree char *path = g_build_filename (dir, file, NULL);
        AdwDialog *dialog;

        if (large && sizes[s].width < min_width_large[a])
          continue;
        window = mg_test_window_new (app, sizes[s].width, sizes[s].height);

        gtk_widget_activate_action (GTK_WIDGET (window), actions[a], NULL);
        dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
        mg_test_save_png (GTK_WIDGET (window), path);
        g_test_message ("saved %s", path);
        mg_test_close_dialog (dialog);
        mg_test_window_destroy (window);
      }
    }
  }

  g_object_set (gtk_settings, "gtk-xft-dpi", dpi, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  mg_test_switch_language (app, "");
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The country whose advice the dose guide follows, as the dose guide
 * offers it; where the data is; all of it deleted, and back with Undo. */
static void
test_dose_guide_and_data (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 800);
  MgDoseProfile *profile = mg_application_get_dose_profile (app);
  g_autoptr(MgIntakeStore) checklist = mg_intake_store_dup_default ();
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);
  MgPreferencesDialog *preferences;
  GtkWidget *row, *undo;
  guint country;
  const char *today;

  mg_test_switch_language (app, "en");
  preferences = open_preferences (window);

  row = mg_test_find (GTK_WIDGET (preferences), is_row_titled, mg_dose_text_field_title (MG_DOSE_FIELD_REFERENCE_SET));
  g_assert_true (ADW_IS_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), ==,
                    mg_dose_choice_get_n (MG_DOSE_CHOICE_COUNTRY));
  g_object_get (profile, "country", &country, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, country);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), (country + 1) % mg_dose_choice_get_n (MG_DOSE_CHOICE_COUNTRY));
  g_object_get (profile, "country", &country, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, country);

  /* Where the data is, said plainly. */
  g_assert_nonnull (mg_test_find (GTK_WIDGET (preferences), is_label_containing, folder));

  mg_test_store_wait_loaded (checklist);
  today = mg_intake_store_get_today (checklist);
  mg_intake_store_set_servings (checklist, today, "almonds", 2);
  mg_preferences_dialog_delete_all (preferences);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpfloat (mg_intake_store_get_servings (checklist, today, "almonds"), ==, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (preferences), "mg-announcement"), ==, "All your data was deleted");

  undo = gtk_widget_get_ancestor (mg_test_find_label (GTK_WIDGET (preferences), "_Undo") != NULL
                                  ? mg_test_find_label (GTK_WIDGET (preferences), "_Undo")
                                  : mg_test_find_label (GTK_WIDGET (preferences), "Undo"),
                                  GTK_TYPE_BUTTON);
  g_assert_nonnull (undo);
  /* A click; gtk_widget_activate () would wait a quarter of a second. */
  g_signal_emit_by_name (undo, "clicked");
  mg_test_settle (GTK_WIDGET (window));
  g_assert_cmpfloat (mg_intake_store_get_servings (checklist, today, "almonds"), ==, 2);

  mg_intake_store_set_servings (checklist, today, "almonds", 0);
  adw_dialog_force_close (ADW_DIALOG (preferences));
  mg_test_window_destroy (window);
}

/* The choices of what the diary tracks, as Preferences shows them, in the
 * order of mg_diary_tracks_choice_get (). */
static const char * const track_titles[] = { N_("Restless Legs"), N_("Back Pain"), N_("Both") };

static GtkWidget *
tracks_row (MgPreferencesDialog *preferences,
            guint                choice)
{
  GtkWidget *row = mg_test_find (GTK_WIDGET (preferences), is_row_titled, _(track_titles[choice]));

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return row;
}

/* Preferences and the diary page show @tracks: one choice on, or none
 * and the page's question. */
static void
check_tracks_shown (MgPreferencesDialog *preferences,
                    MgWindow            *window,
                    MgDiaryTracks        tracks)
{
  GtkWidget *page = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DIARY_PAGE, NULL);
  GtkWidget *question = GTK_WIDGET (gtk_widget_get_template_child (page, MG_TYPE_DIARY_PAGE, "tracks_group"));
  AdwComboRow *page_row = ADW_COMBO_ROW (gtk_widget_get_template_child (page, MG_TYPE_DIARY_PAGE, "tracks_row"));

  g_assert_cmpuint (G_N_ELEMENTS (track_titles), ==, mg_diary_tracks_choice_get_n ());
  for (guint i = 0; i < G_N_ELEMENTS (track_titles); i++) {
    GtkWidget *check = mg_test_find_widget (tracks_row (preferences, i), GTK_TYPE_CHECK_BUTTON, NULL);

    g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==,
                     mg_diary_tracks_choice_get (i) == tracks);
  }
  g_assert_cmpint (gtk_widget_is_visible (question), ==, tracks == MG_DIARY_TRACKS_NONE);
  if (tracks != MG_DIARY_TRACKS_NONE)
    g_assert_cmpuint (adw_combo_row_get_selected (page_row), ==, mg_diary_tracks_choice_find (tracks));
}

static void
choose_on_diary_page (MgWindow *window,
                      guint     choice)
{
  GtkWidget *page = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DIARY_PAGE, NULL);

  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (page, MG_TYPE_DIARY_PAGE, "tracks_row")),
                              choice);
  mg_test_run_pending ();
}

/* What the diary tracks, chosen in Preferences or on the diary page: the
 * other follows at once, before and after a language switch with the
 * dialog open; with no diary yet, choosing starts it. */
static void
test_diary_tracks (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 800);
  g_autoptr(MgDiaryStore) diary = mg_diary_store_dup_default ();
  MgPreferencesDialog *preferences;

  mg_test_switch_language (app, "en");
  mg_test_file_store_wait_loaded (mg_diary_store_get_file (diary));
  mg_diary_store_set_tracks (diary, MG_DIARY_TRACKS_NONE);
  mg_test_activate_action (GTK_WIDGET (window), "win.show-tool", "diary");
  preferences = open_preferences (window);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_NONE);

  mg_test_activate (tracks_row (preferences, 1));
  g_assert_cmpint (mg_diary_store_get_tracks (diary), ==, MG_DIARY_TRACKS_BACK_PAIN);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_BACK_PAIN);

  choose_on_diary_page (window, 2);
  g_assert_cmpint (mg_diary_store_get_tracks (diary), ==, MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);

  /* The dialog's content and the window's are built anew in Dutch. */
  mg_test_switch_language (app, "nl");
  g_assert_true (visible_dialog (window) == ADW_DIALOG (preferences));
  g_assert_cmpstr (_(track_titles[1]), !=, track_titles[1]);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);
  mg_test_activate (tracks_row (preferences, 0));
  g_assert_cmpint (mg_diary_store_get_tracks (diary), ==, MG_DIARY_TRACKS_RESTLESS_LEGS);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_RESTLESS_LEGS);
  choose_on_diary_page (window, 1);
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_BACK_PAIN);

  /* No choice again, as after Delete All Data: none is on. */
  mg_diary_store_set_tracks (diary, MG_DIARY_TRACKS_NONE);
  mg_test_run_pending ();
  check_tracks_shown (preferences, window, MG_DIARY_TRACKS_NONE);

  adw_dialog_force_close (ADW_DIALOG (preferences));
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

  g_test_add_func ("/preferences/language-names", test_language_names);
  g_test_add_func ("/preferences/text-size", test_text_size);
  g_test_add_func ("/preferences/opens-once", test_opens_once);
  g_test_add_func ("/preferences/narrow", test_narrow);
  g_test_add_func ("/preferences/dose-guide-and-data", test_dose_guide_and_data);
  g_test_add_func ("/preferences/diary-tracks", test_diary_tracks);
  g_test_add_func ("/about/version-and-language", test_about);
  g_test_add_func ("/dialogs/screenshots", test_screenshots);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
