/* test-language-switch.c: switching the interface language live
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "mg-checklist-page.h"
#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-dose-profile.h"
#include "mg-dose-text.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-main-view.h"
#include "mg-own-food-dialog.h"
#include "mg-page-view.h"
#include "mg-test-utils.h"

static MgApplication *app;

static char *
plain (const char *msgid)
{
  return mg_markup_to_plain (mg_i18n_gettext (msgid));
}

static GtkListView *
sidebar (MgWindow *window)
{
  return GTK_LIST_VIEW (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, "navigation-sidebar"));
}

static gboolean
is_row_label (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) != GTK_ACCESSIBLE_ROLE_HEADING;
}

/* The first row's title, under the first heading (the list makes rows
 * only for what is in view, and it shows the page's row). */
static char *
first_sidebar_title (MgWindow *window)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (sidebar (window))), 0);

  g_assert_nonnull (mg_test_find (GTK_WIDGET (sidebar (window)), is_row_label, NULL));
  return g_strdup (gtk_string_object_get_string (item));
}

/* What a person sees is the translation of what they saw in English. */
static void
check_window_speaks (MgWindow     *window,
                     const MgPage *page,
                     gboolean      translated)
{
  MgGuide *guide = mg_application_get_guide (app);
  g_autofree char *first_page = plain (mg_guide_get_page (guide, 0)->title);
  g_autofree char *page_title = plain (page->title);
  GtkWidget *disclaimer = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DISCLAIMER, NULL);
  GtkWidget *title = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1");
  g_autofree char *first_row = first_sidebar_title (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, _("Magnesium Guide"));
  /* The first entry of the sidebar is the first tool; the article follows. */
  g_assert_cmpstr (first_row, ==, _("Dose Guide"));
  gtk_list_view_scroll_to (sidebar (window), 0, GTK_LIST_SCROLL_NONE, NULL);
  mg_test_settle (GTK_WIDGET (window));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (sidebar (window)), _("Tools")));
  g_assert_nonnull (mg_test_find_label (disclaimer, _("Read More")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (mg_test_find_action_button (GTK_WIDGET (window), "win.go-back")), ==,
                   _("Back"));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window), first_page));
  g_assert_cmpstr (mg_disclaimer_get_text (MG_DISCLAIMER (disclaimer)), ==, mg_disclaimer_get_short_text ());
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, page_title);

  if (translated) {
    g_assert_cmpstr (_("Dose Guide"), !=, "Dose Guide");
    g_assert_cmpstr (_("Read More"), !=, "Read More");
    g_assert_cmpstr (_("Back"), !=, "Back");
    g_assert_cmpstr (first_page, !=, mg_guide_get_page (guide, 0)->title);
    g_assert_cmpstr (page_title, !=, page->title);
    g_assert_cmpstr (mg_disclaimer_get_short_text (), !=,
                     "Educational information, not medical advice. Talk to your doctor before "
                     "taking magnesium or changing a treatment.");
  } else {
    g_assert_cmpstr (page_title, ==, page->title);
  }
}

static void
test_switch_each_language (void)
{
  MgGuide *guide = mg_application_get_guide (app);
  const MgPage *page = mg_guide_lookup_page (guide, "rls-how-it-works");
  g_auto(GStrv) languages = g_strsplit (g_getenv ("MG_LINGUAS"), " ", -1);
  MgWindow *window = mg_test_window_new (app, 1000, 700);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page->id);
  mg_test_settle (NULL);

  for (guint i = 0; languages[i] != NULL; i++) {
    if (*languages[i] == '\0')
      continue;
    mg_test_switch_language (app, languages[i]);
    g_assert_cmpstr (mg_i18n_get_language (), ==, languages[i]);
    check_window_speaks (window, page, TRUE);
    /* The person stays where they were. */
    g_assert_cmpstr (mg_window_get_page_id (window), ==, page->id);
  }

  mg_test_switch_language (app, "en");
  check_window_speaks (window, page, FALSE);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, page->id);

  mg_test_window_destroy (window);
}

static void
test_scroll_position_kept (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 500);
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  double before;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-interactions");
  mg_test_settle (NULL);
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1"),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) * 1.5);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  mg_test_settle (NULL);
  before = gtk_adjustment_get_value (adjustment) / gtk_adjustment_get_upper (adjustment);

  mg_test_switch_language (app, "da");
  mg_test_settle (NULL);
  /* The view was built again: its scroller is a new one. */
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "title-1"),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  /* About the same share of the page read, whatever the new text’s length. */
  g_assert_cmpfloat (ABS (gtk_adjustment_get_value (adjustment) / gtk_adjustment_get_upper (adjustment) - before), <, 0.1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  mg_test_switch_language (app, "en");
  mg_test_window_destroy (window);
}

static void
test_choice_kept (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  g_autofree char *kept = NULL;
  g_autoptr(GVariant) state = NULL;

  mg_test_switch_language (app, "nl");
  kept = g_settings_get_string (settings, "language");
  g_assert_cmpstr (kept, ==, "nl");
  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "language");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "nl");

  /* A choice made elsewhere (another instance) applies here too. */
  g_settings_set_string (settings, "language", "sv");
  mg_test_settle (NULL);
  g_assert_cmpstr (mg_i18n_get_language (), ==, "sv");

  mg_test_switch_language (app, "");
  g_assert_cmpstr (mg_i18n_get_language (), ==, "en");
}

static void
test_unknown_language_refused (void)
{
  mg_test_switch_language (app, "en");
  mg_test_switch_language (app, "klingon");
  g_assert_cmpstr (mg_i18n_get_language (), ==, "en");
}

static void
test_switching_leaks_nothing (void)
{
  const char * const *codes = mg_i18n_get_languages ();
  guint n_codes = g_strv_length ((char **) codes);
  MgWindow *window = mg_test_window_new (app, 1000, 700);

  for (guint i = 0; i < 20; i++)
    mg_test_switch_language (app, codes[i % n_codes]);

  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* A switch builds the window's view again: the old one, its menu and the
 * sidebar's titles in the old language must be freed, not kept alive beside
 * their replacements. */
static void
test_switch_frees_what_it_replaces (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  GtkWidget *menu_button = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (sidebar (window)));
  GtkPopover *popover;
  gpointer replaced[5];

  g_assert_nonnull (menu_button);
  /* The menu is made when first opened. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  mg_test_settle (NULL);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (popover);
  replaced[0] = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  /* The titles in the old language, and the list that held them. */
  replaced[1] = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_object_unref (replaced[1]);
  replaced[2] = gtk_single_selection_get_model (selection);
  replaced[3] = popover;
  replaced[4] = gtk_widget_get_ancestor (menu_button, MG_TYPE_MAIN_VIEW);
  for (guint i = 0; i < G_N_ELEMENTS (replaced); i++) {
    g_assert_nonnull (replaced[i]);
    g_object_add_weak_pointer (replaced[i], &replaced[i]);
  }

  /* As when the language is chosen in the menu's own Language submenu:
   * the switch comes while the menu is still open. */
  mg_test_switch_language (app, "nl");
  mg_test_switch_language (app, "en");

  for (guint i = 0; i < G_N_ELEMENTS (replaced); i++) {
    if (replaced[i] != NULL)
      g_test_message ("still alive after the switch: %s %p", G_OBJECT_TYPE_NAME (replaced[i]), replaced[i]);
    g_assert_null (replaced[i]);
  }
  g_assert_true (gtk_widget_get_ancestor (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL),
                                          MG_TYPE_MAIN_VIEW) != NULL);

  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* After a switch the person is where they were, doing what they did: the
 * page, the search and its results, the history, and on a phone the page
 * rather than the contents. */
/* The article's page view, shown or behind a tool. */
static gboolean
is_page_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return MG_IS_PAGE_VIEW (widget);
}

static void
test_switch_keeps_what_the_person_did (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  GtkSearchEntry *entry;
  GtkWidget *results;
  GtkWidget *page_view;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-what-is");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-iron");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = GTK_SEARCH_ENTRY (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "ferritin");
  mg_test_settle (NULL);

  mg_test_switch_language (app, "nl");
  entry = GTK_SEARCH_ENTRY (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (GTK_WIDGET (entry),
                                                                                          GTK_TYPE_SEARCH_BAR))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "ferritin");
  results = gtk_widget_get_ancestor (GTK_WIDGET (entry), MG_TYPE_MAIN_VIEW);
  results = mg_test_find_widget (results, GTK_TYPE_LIST_BOX_ROW, NULL);
  g_assert_nonnull (results);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-iron");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  mg_test_settle (NULL);
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "rls-what-is");
  mg_test_window_destroy (window);

  /* On a phone, the page stays in front of the contents; the article's
   * page stays behind the tool. */
  window = mg_test_window_new (app, 360, 640);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "rls-iron");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "dose-guide");
  mg_test_settle (NULL);
  mg_test_switch_language (app, "sv");
  g_assert_cmpstr (mg_window_get_page_id (window), ==, "tool:dose-guide");
  page_view = mg_test_find (GTK_WIDGET (window), is_page_view, NULL);
  g_assert_nonnull (page_view);
  g_assert_cmpstr (mg_page_view_get_page (MG_PAGE_VIEW (page_view))->id, ==, "rls-iron");
  g_assert_true (adw_navigation_split_view_get_show_content (
    ADW_NAVIGATION_SPLIT_VIEW (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL))));
  g_assert_true (adw_navigation_split_view_get_collapsed (
    ADW_NAVIGATION_SPLIT_VIEW (mg_test_find_widget (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL))));

  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

static GtkSpinButton *
age_field (MgWindow *window)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (window), mg_dose_text_field_title (MG_DOSE_FIELD_AGE));

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (mg_test_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL));
}

static char *
questions_typed (MgWindow *window)
{
  GtkWidget *page = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DOSE_PAGE, NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (mg_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Bad input is not lost to a language switch: an age and questions the
 * dose guide refused stay in their fields on the new view, refused in the
 * new language, not said again; the profile keeps what it had. */
static void
test_switch_keeps_refused_answers (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 800);
  GtkWidget *page;
  GtkSpinButton *age;
  MgDoseProfile *profile;
  GtkWidget *view;
  g_autoptr(GString) questions = g_string_new ("Is it safe?");
  g_autofree char *typed = NULL;
  int first_age, kept_age;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "dose-guide");
  mg_test_settle (NULL);
  page = mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DOSE_PAGE, NULL);
  profile = mg_dose_page_get_profile (MG_DOSE_PAGE (page));
  g_object_get (profile, "age", &first_age, NULL);

  age = age_field (window);
  gtk_editable_set_text (GTK_EDITABLE (age), "forty");
  gtk_spin_button_update (age);
  g_assert_nonnull (g_object_get_data (G_OBJECT (age), "mg-announcement"));
  for (guint i = 0; i <= MG_DOSE_QUESTIONS_MAX; i++)
    g_string_append_c (questions, '?');
  view = mg_test_find_widget (page, GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), questions->str, -1);
  mg_test_run_pending ();
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS), ==, "");

  mg_test_switch_language (app, "nl");
  g_assert_true (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_DOSE_PAGE, NULL) != page);
  age = age_field (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (age)), ==, "forty");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (age), ADW_TYPE_PREFERENCES_ROW), "error"));
  g_assert_null (g_object_get_data (G_OBJECT (age), "mg-announcement"));
  typed = questions_typed (window);
  g_assert_cmpstr (typed, ==, questions->str);
  view = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_null (g_object_get_data (G_OBJECT (view), "mg-announcement"));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (window),
                                        "Te lang voor de samenvatting, waarop hoogstens 400 tekens passen. Tot de "
                                        "vragen korter zijn, staan daarop de laatste vragen die pasten."));
  g_object_get (profile, "age", &kept_age, NULL);
  g_assert_cmpint (kept_age, ==, first_age);
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS), ==, "");

  /* Put right, both are taken as any answer. */
  gtk_editable_set_text (GTK_EDITABLE (age), "41");
  gtk_spin_button_update (age);
  g_assert_false (gtk_widget_has_css_class (gtk_widget_get_ancestor (GTK_WIDGET (age), ADW_TYPE_PREFERENCES_ROW), "error"));
  g_object_get (profile, "age", &kept_age, NULL);
  g_assert_cmpint (kept_age, ==, 41);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Is het veilig?", -1);
  mg_test_run_pending ();
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS), ==, "Is het veilig?");

  g_variant_unref (mg_dose_profile_clear_answers (profile));
  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

static GtkEditable *
dialog_entry (AdwDialog  *dialog,
              const char *title)
{
  return GTK_EDITABLE (mg_test_find_widget (mg_test_find_form_row (GTK_WIDGET (dialog), title), GTK_TYPE_ENTRY, NULL));
}

/* A dialog for a food of the person's own, open while the language
 * switches, comes back in the new language with what was typed, refused
 * again in words of that language, not said again; and what it saves
 * reaches the new checklist. */
static void
test_switch_keeps_own_food_dialog (void)
{
  MgWindow *window = mg_test_window_new (app, 1100, 800);
  AdwDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "food-checklist");
  mg_test_settle (NULL);
  mg_test_activate_action (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_CHECKLIST_PAGE, NULL),
                           "checklist.add-food", NULL);
  dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
  g_assert_true (MG_IS_OWN_FOOD_DIALOG (dialog));
  gtk_editable_set_text (dialog_entry (dialog, "Name"), "Muesli bar");
  gtk_editable_set_text (dialog_entry (dialog, "Magnesium in one portion"), "0");
  mg_test_run_pending ();
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (mg_test_find_form_row (GTK_WIDGET (dialog), "Magnesium in one portion"))), ==,
                   "A food with no magnesium adds nothing: type the amount above zero.");

  mg_test_switch_language (app, "nl");
  dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
  g_assert_true (MG_IS_OWN_FOOD_DIALOG (dialog));
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Eigen voedingsmiddel toevoegen");
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog, "Naam")), ==, "Muesli bar");
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog, "Magnesium per portie")), ==, "0");
  g_assert_true (g_str_has_prefix (mg_form_row_get_subtitle (MG_FORM_ROW (mg_test_find_form_row (GTK_WIDGET (dialog), "Magnesium per portie"))),
                                   "Een voedingsmiddel zonder magnesium telt niet mee"));
  g_assert_true (gtk_widget_has_css_class (mg_test_find_form_row (GTK_WIDGET (dialog), "Magnesium per portie"), "error"));
  g_assert_null (g_object_get_data (G_OBJECT (dialog_entry (dialog, "Magnesium per portie")), "mg-announcement"));
  g_assert_false (mg_own_food_dialog_can_save (MG_OWN_FOOD_DIALOG (dialog)));

  gtk_editable_set_text (dialog_entry (dialog, "Portie"), "1 reep");
  gtk_editable_set_text (dialog_entry (dialog, "Magnesium per portie"), "45");
  mg_test_run_pending ();
  g_assert_true (mg_own_food_dialog_can_save (MG_OWN_FOOD_DIALOG (dialog)));
  mg_test_activate_action (GTK_WIDGET (dialog), "own-food.save", NULL);
  mg_test_settle (NULL);
  g_assert_nonnull (mg_test_find_label (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_CHECKLIST_PAGE, NULL),
                                        "Muesli bar"));

  mg_test_window_destroy (window);
  mg_test_switch_language (app, "");
}

/* The own-food dialog's title wraps rather than being cut off: Dutch, the
 * longest, at twice the text size on a phone; on one line where it fits. */
static void
test_own_food_title_whole (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  const struct { int width; double scale; gboolean wrapped; } cases[] = {
    { 360, 2.0, TRUE },
    { 1200, 1.0, FALSE },
  };

  mg_test_switch_language (app, "nl");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    MgWindow *window;
    AdwDialog *dialog;
    GtkWidget *title;

    g_settings_set_double (settings, "text-scale", cases[i].scale);
    window = mg_test_window_new (app, cases[i].width, 800);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tool", "s", "food-checklist");
    mg_test_settle (NULL);
    mg_test_activate_action (mg_test_find_widget (GTK_WIDGET (window), MG_TYPE_CHECKLIST_PAGE, NULL),
                             "checklist.add-food", NULL);
    dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));
    title = mg_test_find_label (GTK_WIDGET (dialog), "Eigen voedingsmiddel toevoegen");
    g_assert_nonnull (title);
    g_assert_true (mg_test_widget_inside (title, GTK_WIDGET (window)));
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
    g_assert_cmpint (pango_layout_is_wrapped (gtk_label_get_layout (GTK_LABEL (title))), ==, cases[i].wrapped);
    mg_test_close_dialog (dialog);
    mg_test_window_destroy (window);
  }
  g_settings_reset (settings, "text-scale");
  mg_test_switch_language (app, "");
}

/* The label of the menu's item for @action, as the opened menu has it. */
static char *
menu_label (GMenuModel *menu,
            const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++) {
    g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
    g_autofree char *item_action = NULL;
    char *label = NULL;

    if (section != NULL && (label = menu_label (section, action)) != NULL)
      return label;
    if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
        g_str_equal (item_action, action) &&
        g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
      return label;
  }

  return NULL;
}

/* The main menu, made when first opened, speaks the current language
 * whenever it is opened: before and after it was first made. */
static void
test_menu_follows_language (void)
{
  MgWindow *window = mg_test_window_new (app, 1000, 700);
  const char * const *codes = mg_i18n_get_languages ();

  for (guint i = 0; codes[i] != NULL; i++) {
    g_autofree char *label = NULL;
    GtkMenuButton *button;

    mg_test_switch_language (app, codes[i]);
    /* A new view, whose menu is made only when first opened. */
    button = GTK_MENU_BUTTON (mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL));
    g_assert_null (gtk_menu_button_get_popover (button));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-primary-menu", NULL);
    mg_test_settle (NULL);
    g_assert_nonnull (gtk_menu_button_get_popover (button));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
    label = menu_label (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button))),
                        "app.preferences");
    g_assert_cmpstr (label, ==, _("_Preferences"));
    if (!g_str_equal (codes[i], "en"))
      g_assert_cmpstr (label, !=, "_Preferences");
    /* Closed and drawn so before the next language rebuilds the menu. */
    gtk_menu_button_popdown (button);
    mg_test_settle (NULL);
  }

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

  g_test_add_func ("/language-switch/each-language", test_switch_each_language);
  g_test_add_func ("/language-switch/keeps-what-the-person-did", test_switch_keeps_what_the_person_did);
  g_test_add_func ("/language-switch/keeps-refused-answers", test_switch_keeps_refused_answers);
  g_test_add_func ("/language-switch/keeps-own-food-dialog", test_switch_keeps_own_food_dialog);
  g_test_add_func ("/language-switch/own-food-title-whole", test_own_food_title_whole);
  g_test_add_func ("/language-switch/scroll-position", test_scroll_position_kept);
  g_test_add_func ("/language-switch/choice-kept", test_choice_kept);
  g_test_add_func ("/language-switch/unknown", test_unknown_language_refused);
  g_test_add_func ("/language-switch/no-leaks", test_switching_leaks_nothing);
  g_test_add_func ("/language-switch/frees-what-it-replaces", test_switch_frees_what_it_replaces);
  g_test_add_func ("/language-switch/menu-follows-language", test_menu_follows_language);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
