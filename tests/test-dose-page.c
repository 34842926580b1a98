/* test-dose-page.c: the dose guide page, driven as a person would, and its
 * summary for the doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <glib/gstdio.h>
#include <math.h>

#include "mg-appointment-group.h"
#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-dose.h"
#include "mg-dose-summary.h"
#include "mg-dose-text.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-test-utils.h"

static MgApplication *app;

typedef struct {
  GSettings     *settings;
  MgDoseProfile *profile;
  GtkWidget     *window;
  MgDosePage    *page;
} Fixture;

static void
assert_setting (Fixture    *fixture,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (fixture->settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
open_page (Fixture *fixture,
           int      width,
           int      height)
{
  fixture->page = MG_DOSE_PAGE (mg_dose_page_new (fixture->profile));
  fixture->window = mg_test_show_in_window (GTK_WIDGET (fixture->page), GTK_APPLICATION (app),
                                            width, height);
}

/* Closes the window; nothing may keep the page alive. */
static void
close_page (Fixture *fixture)
{
  mg_test_close_window (fixture->window, fixture->page);
  fixture->page = NULL;
  fixture->window = NULL;
}

/* As the app does: the language, then a new page on the same answers; the
 * dose profile is not told, as the language has no say in the values. */
static void
switch_language (Fixture    *fixture,
                 const char *code)
{
  int width = gtk_widget_get_width (fixture->window);
  int height = gtk_widget_get_height (fixture->window);

  mg_test_switch_language (NULL, code);
  close_page (fixture);
  open_page (fixture, width > 0 ? width : 1200, height > 0 ? height : 800);
}

static guint
reference_intake (Fixture *fixture)
{
  return mg_dose_profile_get_reference_intake (fixture->profile);
}

static guint
upper_limit (Fixture *fixture)
{
  guint limit;

  g_object_get (fixture->profile, "upper-limit", &limit, NULL);
  return limit;
}

static MgVerdict
get_verdict (Fixture *fixture)
{
  guint verdict;

  g_object_get (fixture->profile, "verdict", &verdict, NULL);
  return verdict;
}

/* Added to a test's width: it starts as after a fresh install, with no
 * answer. The others start as a person who gave the age and sex that the
 * form starts with: a woman of 30. */
#define FRESH 0x10000

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data) & ~FRESH;

  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  g_assert_true (mg_i18n_set_language ("en"));
  fixture->settings = g_settings_new_with_backend ("io.github.mgguide.MagnesiumGuide", backend);
  if (!(GPOINTER_TO_INT (data) & FRESH))
    g_settings_set_strv (fixture->settings, "dose-answered", (const char *[]) { "age", "sex", NULL });
  fixture->profile = mg_dose_profile_new (fixture->settings);
  open_page (fixture, width > 0 ? width : 1100, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->page != NULL)
    close_page (fixture);
  g_assert_finalize_object (fixture->profile);
  g_clear_object (&fixture->settings);
  g_assert_true (mg_i18n_set_language ("en"));
}

static GtkWidget *
control (Fixture    *fixture,
         const char *title,
         GType       type)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), title);
  GtkWidget *widget;

  g_assert_nonnull (row);
  widget = mg_test_find_widget (row, type, NULL);
  g_assert_nonnull (widget);

  return widget;
}

static void
set_spin (Fixture    *fixture,
          const char *title,
          double      value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (control (fixture, title, GTK_TYPE_SPIN_BUTTON)), value);
  mg_test_run_pending ();
}

static AdwToggleGroup *
toggles_of (Fixture    *fixture,
            const char *title)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), title);
  GtkWidget *group;

  g_assert_nonnull (row);
  group = mg_test_find_widget (row, ADW_TYPE_TOGGLE_GROUP, NULL);
  g_assert_nonnull (group);

  return ADW_TOGGLE_GROUP (group);
}

/* Clicks a toggle by the text a person sees on it. */
static void
choose_toggle (Fixture    *fixture,
               GtkWidget  *row,
               const char *choice)
{
  AdwToggleGroup *group = ADW_TOGGLE_GROUP (mg_test_find_widget (row, ADW_TYPE_TOGGLE_GROUP, NULL));
  GtkWidget *label = mg_test_find_label (GTK_WIDGET (group), choice);

  g_assert_nonnull (label);
  mg_test_activate (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON));
  mg_test_run_pending ();
  g_assert_cmpstr (adw_toggle_get_label (adw_toggle_group_get_toggle (group, adw_toggle_group_get_active (group))),
                   ==, choice);
}

/* Chooses in a combo row, or among toggles, by the text a person sees. */
static void
choose (Fixture    *fixture,
        const char *title,
        const char *choice)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), title);
  GListModel *model;

  g_assert_nonnull (row);
  if (!ADW_IS_COMBO_ROW (row)) {
    choose_toggle (fixture, row, choice);
    return;
  }
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++) {
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), choice)) {
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      mg_test_run_pending ();
      return;
    }
  }
  g_error ("“%s” offers no “%s”", title, choice);
}

/* Activates a row with a switch, as a click on the row does; the switch
 * flips at the end of its animation, which the tests turn off, so at once
 * or, were they on, a few frames later. */
static void
toggle (Fixture    *fixture,
        const char *title)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), title);
  GtkSwitch *inner = GTK_SWITCH (mg_test_find_widget (row, GTK_TYPE_SWITCH, NULL));
  gboolean was_active = gtk_switch_get_active (inner);

  g_assert_true (gtk_widget_activate (row));
  mg_test_run_pending ();
  for (guint frame = 0; frame < 10 && gtk_switch_get_active (inner) == was_active; frame++)
    mg_test_settle (fixture->window);
  g_assert_cmpint (gtk_switch_get_active (inner), !=, was_active);
}

/* The dialog the page has open, wherever libadwaita shows it. */
static AdwDialog *
open_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++) {
    g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
    GtkWidget *dialog = mg_test_find_widget (window, ADW_TYPE_DIALOG, NULL);

    if (dialog != NULL && gtk_widget_get_mapped (dialog))
      return ADW_DIALOG (dialog);
  }

  return NULL;
}

static void
close_dialog (AdwDialog *dialog)
{
  g_assert_true (adw_dialog_close (dialog));
  for (guint frame = 0; frame < 10 && open_dialog () != NULL; frame++)
    mg_test_settle (NULL);
  g_assert_null (open_dialog ());
}

/* Chooses the form of magnesium as a person does: the row opens a list,
 * a row of the list chooses and closes it. */
static void
choose_form (Fixture    *fixture,
             const char *name)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), "Form of magnesium");
  AdwDialog *dialog;
  GtkWidget *choice;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  mg_test_settle (NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  choice = mg_test_find_row (GTK_WIDGET (dialog), name);
  g_assert_nonnull (choice);
  g_assert_true (gtk_widget_activate (choice));
  for (guint frame = 0; frame < 10 && open_dialog () != NULL; frame++)
    mg_test_settle (NULL);
  g_assert_null (open_dialog ());
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static GtkWidget *
result_card (Fixture *fixture)
{
  GtkWidget *card = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BOX, "dose-result");

  g_assert_nonnull (card);

  return card;
}

static GtkOrientation
columns (Fixture *fixture)
{
  GtkWidget *box = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BOX, "dose-columns");

  g_assert_nonnull (box);

  return gtk_orientable_get_orientation (GTK_ORIENTABLE (box));
}

static GtkWidget *
verdict_banner (Fixture *fixture)
{
  GtkWidget *banner = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BOX, "dose-verdict");

  g_assert_nonnull (banner);

  return banner;
}

static char *
banner_text (Fixture *fixture)
{
  GString *text = g_string_new (NULL);

  collect_labels (verdict_banner (fixture), text);

  return g_string_free (text, FALSE);
}

/* What a person reads on the result card. */
static char *
card_text (Fixture *fixture)
{
  GString *text = g_string_new (NULL);

  collect_labels (result_card (fixture), text);

  return g_string_free (text, FALSE);
}

static void
assert_card_says (Fixture    *fixture,
                  const char *expected)
{
  g_autofree char *text = card_text (fixture);

  if (strstr (text, expected) == NULL)
    g_test_message ("The result card does not say “%s”; it says:\n%s", expected, text);
  g_assert_nonnull (strstr (text, expected));
}

static void
assert_card_silent (Fixture    *fixture,
                    const char *unexpected)
{
  g_autofree char *text = card_text (fixture);

  if (strstr (text, unexpected) != NULL)
    g_test_message ("The result card should not say “%s”; it says:\n%s", unexpected, text);
  g_assert_null (strstr (text, unexpected));
}


/* U6: a first visit shows no result for a person nobody entered; the age,
 * then the sex where the values differ, bring it. */
static void
test_empty_start (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *summary = mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print");
  GtkSpinButton *age = GTK_SPIN_BUTTON (control (fixture, "Age", GTK_TYPE_SPIN_BUTTON));
  AdwToggleGroup *sex = toggles_of (fixture, "Sex");
  g_autofree char *banner = banner_text (fixture);

  assert_card_says (fixture, "Enter your age to see your values");
  g_assert_nonnull (strstr (banner, "Enter your age to see your values"));
  assert_card_silent (fixture, "mg a day");
  assert_card_silent (fixture, "Female");
  g_assert_true (gtk_widget_has_css_class (verdict_banner (fixture), "accent"));
  g_assert_false (gtk_widget_get_sensitive (summary));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (age)), ==, "");
  g_assert_cmpuint (adw_toggle_group_get_active (sex), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (mg_test_find_row (GTK_WIDGET (fixture->page), "Pregnant"));
  g_assert_cmpuint (reference_intake (fixture), ==, 0);
  if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
    g_autofree char *wide = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), "dose-empty-start.png", NULL);
    g_autofree char *narrow = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), "dose-empty-start-360.png", NULL);

    mg_test_save_png (fixture->window, wide);
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
    mg_test_wait_for_size (fixture->window, 360);
    mg_test_save_png (fixture->window, narrow);
  }

  /* Leaving the empty field is no mistake, and no answer. */
  gtk_spin_button_update (age);
  mg_test_run_pending ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (age)), ==, "");
  assert_card_says (fixture, "Enter your age to see your values");
  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-answered"));

  /* 30, the number the form starts from, typed, is an answer; for an
   * adult the sex is asked too. */
  gtk_editable_set_text (GTK_EDITABLE (age), "30");
  gtk_spin_button_update (age);
  mg_test_run_pending ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (age)), ==, "30");
  assert_card_says (fixture, "Choose your sex to see your values");
  assert_card_silent (fixture, "mg a day");
  g_assert_false (gtk_widget_get_sensitive (summary));

  choose (fixture, "Sex", "Female");
  assert_card_says (fixture, "310 mg a day");
  assert_card_says (fixture, "Female, 19 to 30 years");
  g_assert_true (gtk_widget_get_sensitive (summary));
  g_assert_nonnull (mg_test_find_row (GTK_WIDGET (fixture->page), "Pregnant"));
  g_assert_cmpuint (reference_intake (fixture), ==, 310);
}

/* A child's values are the same for girls and boys: the age is enough. */
static void
test_child_needs_no_sex (Fixture       *fixture,
                         gconstpointer  data)
{
  set_spin (fixture, "Age", 5);
  assert_card_says (fixture, "130 mg a day");
  assert_card_silent (fixture, "Choose your sex");
  g_assert_cmpuint (adw_toggle_group_get_active (toggles_of (fixture, "Sex")), ==, GTK_INVALID_LIST_POSITION);
  /* Growing up, the question comes back. */
  set_spin (fixture, "Age", 15);
  assert_card_says (fixture, "Choose your sex to see your values");
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *reference = mg_test_find_row (GTK_WIDGET (fixture->page), "Country");

  /* English: the NIH's values, for a woman of 30. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (reference)), ==, MG_COUNTRY_UNITED_STATES);
  assert_card_says (fixture, "Your Result");
  assert_card_says (fixture, "310 mg a day");
  assert_card_says (fixture, "Female, 19 to 30 years");
  assert_card_says (fixture, "350 mg a day");
  assert_card_says (fixture, "No product entered");
  g_assert_cmpuint (reference_intake (fixture), ==, 310);
  g_assert_cmpstr (mg_dose_page_get_title (fixture->page), ==, "Dose Guide");
}

/* Opening the guide, or showing it in another language, is not answering:
 * it once wrote every key with its default. */
static void
test_opening_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) sex = NULL;
  g_auto(GStrv) keys = NULL;

  switch_language (fixture, "nl");
  switch_language (fixture, "en");
  g_object_get (fixture->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++) {
    g_autoptr(GVariant) value = g_settings_get_user_value (fixture->settings, keys[i]);

    if (value != NULL)
      g_error ("Opening the dose guide wrote %s", keys[i]);
  }
  /* Answering is. */
  choose (fixture, "Sex", "Male");
  sex = g_settings_get_user_value (fixture->settings, "dose-sex");
  g_assert_nonnull (sex);
  g_assert_cmpstr (g_variant_get_string (sex, NULL), ==, "male");
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_form_drives_result (Fixture       *fixture,
                         gconstpointer  data)
{
  guint intake_notifications = 0;

  g_signal_connect_swapped (fixture->profile, "notify::reference-intake", G_CALLBACK (count_cb),
                            &intake_notifications);

  set_spin (fixture, "Age", 45);
  choose (fixture, "Sex", "Male");
  assert_card_says (fixture, "420 mg a day");
  assert_card_says (fixture, "Male, 31 years and older");
  g_assert_cmpuint (reference_intake (fixture), ==, 420);
  g_assert_cmpuint (intake_notifications, ==, 2);  /* 310 → 320 at 45, → 420 as a man */
  /* Pregnancy questions are only asked where they can apply. */
  g_assert_null (mg_test_find_row (GTK_WIDGET (fixture->page), "Pregnant"));

  set_spin (fixture, "Amount per tablet", 400);
  assert_card_says (fixture, "Above the upper limit");
  assert_card_says (fixture, "400 mg of elemental magnesium a day from your product is more than the upper limit of 350 mg.");
  assert_card_says (fixture, "diarrhoea");

  set_spin (fixture, "Tablets a day", 0.5);
  assert_card_says (fixture, "Within the upper limit");
  assert_card_says (fixture, "200 mg a day");

  choose (fixture, "The label gives", "Weight of the magnesium salt");
  assert_card_says (fixture, "choose the form of magnesium");
  choose_form (fixture, "Magnesium oxide");
  assert_card_says (fixture, "121 mg a day");
  assert_card_says (fixture, "400 mg of salt per tablet × 60.3\u00a0% magnesium × 0.5 tablets a day");
  assert_card_says (fixture, "Magnesium oxide: little is absorbed");
  /* The product never changes the reference intake. */
  g_assert_cmpuint (intake_notifications, ==, 2);
}

static void
test_reference_set_changes_figures (Fixture       *fixture,
                                    gconstpointer  data)
{
  guint notifications = 0;

  g_signal_connect_swapped (fixture->profile, "notify::reference-intake", G_CALLBACK (count_cb), &notifications);
  set_spin (fixture, "Amount per tablet", 300);
  assert_card_says (fixture, "Within the upper limit");
  assert_card_says (fixture, "US recommended dietary allowance (National Academies, via NIH)");

  choose (fixture, "Country", "Netherlands");
  assert_card_says (fixture, "300 mg a day");
  assert_card_says (fixture, "EU adequate intake (EFSA)");
  assert_card_says (fixture, "250 mg a day");
  assert_card_says (fixture, "Above the upper limit");
  assert_card_silent (fixture, "via NIH");
  g_assert_cmpuint (reference_intake (fixture), ==, 300);
  g_assert_cmpuint (notifications, ==, 1);

  choose (fixture, "Country", "Sweden");
  assert_card_says (fixture, "Nordic adequate intake (NNR 2023)");
  assert_card_says (fixture, "Nordic Nutrition Recommendations 2023");
  /* Same figure as EFSA for a woman of 30: no change to tell. */
  g_assert_cmpuint (notifications, ==, 1);
}

static void
test_medicine_shows_interaction (Fixture       *fixture,
                                 gconstpointer  data)
{
  assert_card_silent (fixture, "Your Medicines and Magnesium");

  toggle (fixture, "Bisphosphonates");
  assert_card_says (fixture, "Your Medicines and Magnesium");
  assert_card_says (fixture, "Bisphosphonates");
  assert_card_says (fixture, "Keep at least 4 hours between this medicine and magnesium.");
  assert_card_says (fixture, "Follow your medicine’s leaflet.");

  toggle (fixture, "Quinolone antibiotics");
  assert_card_says (fixture, "Take this medicine at least 2 hours before magnesium, or at least 6 hours after it.");

  toggle (fixture, "Bisphosphonates");
  assert_card_silent (fixture, "Keep at least 4 hours");
  assert_card_says (fixture, "Quinolone antibiotics");
}

static void
test_doctor_first (Fixture       *fixture,
                   gconstpointer  data)
{
  set_spin (fixture, "Amount per tablet", 100);
  toggle (fixture, "Kidney disease");
  assert_card_says (fixture, "Talk to your doctor before taking magnesium");
  assert_card_says (fixture, "You have kidney disease");

  toggle (fixture, "Kidney disease");
  toggle (fixture, "Pregnant");
  toggle (fixture, "Given by drip into a vein");
  assert_card_says (fixture, "Intravenous magnesium in pregnancy or when breastfeeding is given only under medical care.");
}

static void
test_refuses_contradictions (Fixture       *fixture,
                             gconstpointer  data)
{
  set_spin (fixture, "Age", 5);
  toggle (fixture, "Breastfeeding");
  assert_card_says (fixture, "Check Your Answers");
  /* NIH gives no figure for pregnancy or breastfeeding below 14 (finding 15). */
  assert_card_says (fixture, "There are no reference values for pregnancy or breastfeeding below the age of 14 years.");
  assert_card_silent (fixture, "mg a day");
  /* A refused profile has no reference intake, rather than a wrong one. */
  g_assert_cmpuint (reference_intake (fixture), ==, 0);

  toggle (fixture, "Breastfeeding");
  set_spin (fixture, "Age", 130);
  assert_card_says (fixture, "An age over 120 years is not possible. Check the age.");

  set_spin (fixture, "Age", 30);
  set_spin (fixture, "Amount per tablet", 15000);
  assert_card_says (fixture, "The amount per tablet is more than any tablet holds.");
  /* A slip in the product leaves the person's reference intake alone. */
  g_assert_cmpuint (reference_intake (fixture), ==, 310);
}

static void
test_food (Fixture       *fixture,
           gconstpointer  data)
{
  GtkSpinButton *food = GTK_SPIN_BUTTON (control (fixture, "Magnesium from food today", GTK_TYPE_SPIN_BUTTON));
  guint notifications = 0;

  MgDoseProfile *profile = fixture->profile;
  double food_mg;

  g_signal_connect_swapped (profile, "notify::food-mg", G_CALLBACK (count_cb), &notifications);

  /* Filled in from the food checklist... */
  mg_dose_profile_set_food_mg (profile, 155);
  mg_test_run_pending ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (food), ==, 155);
  assert_card_says (fixture, "Food and magnesium products together: 155 mg a day, 50\u00a0% of the reference intake.");
  g_assert_cmpuint (notifications, ==, 1);
  mg_dose_profile_set_food_mg (profile, 155);
  g_assert_cmpuint (notifications, ==, 1);

  /* ...and still the person's to change. */
  gtk_spin_button_set_value (food, 200);
  mg_test_run_pending ();
  g_object_get (profile, "food-mg", &food_mg, NULL);
  g_assert_cmpfloat (food_mg, ==, 200);
  g_assert_cmpuint (notifications, ==, 2);
  /* Food never counts towards the upper limit. */
  set_spin (fixture, "Amount per tablet", 350);
  assert_card_says (fixture, "Within the upper limit");
}

static void
test_kept_in_settings (Fixture       *fixture,
                       gconstpointer  data)
{
  set_spin (fixture, "Age", 62);
  choose (fixture, "Country", "Sweden");
  toggle (fixture, "Proton pump inhibitors for over a year");
  choose (fixture, "The label gives", "Weight of the magnesium salt");
  choose_form (fixture, "Magnesium citrate (trimagnesium)");
  set_spin (fixture, "Amount per tablet", 1000);
  set_spin (fixture, "Tablets a day", 1.5);
  close_page (fixture);

  /* A new start: a new profile reads the answers back from the settings. */
  g_assert_finalize_object (fixture->profile);
  fixture->profile = mg_dose_profile_new (fixture->settings);
  open_page (fixture, 1100, 900);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (control (fixture, "Age", GTK_TYPE_SPIN_BUTTON))), ==, 62);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (control (fixture, "Proton pump inhibitors for over a year", GTK_TYPE_SWITCH))));
  assert_card_says (fixture, "Nordic adequate intake (NNR 2023)");
  assert_card_says (fixture, "1000 mg of salt per tablet × 16.2\u00a0% magnesium × 1.5 tablets a day");
  assert_card_says (fixture, "243 mg a day");
}

/* The country comes from the system's region (LANG=C here: the United
 * States), never from the language of the app: a switch of language keeps
 * the values and the verdict (issue 16, U5). */
/* The other magnesium a person takes is asked, each question named for a
 * screen reader, and counted against the limit with the product. */
static void
test_other_products_counted (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *products[] = { "Antacids", "Laxatives", "Multivitamins", "Magnesium-enriched water" };

  for (guint i = 0; i < G_N_ELEMENTS (products); i++) {
    GtkWidget *spin = control (fixture, products[i], GTK_TYPE_SPIN_BUTTON);

    g_assert_true (gtk_widget_get_visible (spin));
    gtk_test_accessible_assert_property (spin, GTK_ACCESSIBLE_PROPERTY_LABEL, products[i]);
  }
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (mg_test_find_row (GTK_WIDGET (fixture->page), "Laxatives"))),
                   ==, "Magnesium a day in mg; 0 if you take none. 1,000 mg of magnesium oxide holds about 603 mg "
                       "of magnesium.");

  set_spin (fixture, "Amount per tablet", 150);
  assert_card_says (fixture, "Within the upper limit");
  set_spin (fixture, "Laxatives", 603);
  set_spin (fixture, "Magnesium-enriched water", 50);
  assert_card_says (fixture, "Above the upper limit");
  assert_card_says (fixture, "803 mg of elemental magnesium a day from your product and the other products together "
                             "is more than the upper limit of 350 mg.");
  assert_card_says (fixture, "Laxatives: 603 mg a day");
  assert_card_says (fixture, "Magnesium-enriched water: 50 mg a day");
  assert_card_says (fixture, "stop taking magnesium and get medical help");
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "dose-laxative-mg"), ==, 603);
  g_assert_cmpuint (get_verdict (fixture), ==, MG_VERDICT_ABOVE_LIMIT);

  /* A typed slip is refused and loses nothing. */
  gtk_editable_set_text (GTK_EDITABLE (control (fixture, "Antacids", GTK_TYPE_SPIN_BUTTON)), "abc");
  gtk_spin_button_update (GTK_SPIN_BUTTON (control (fixture, "Antacids", GTK_TYPE_SPIN_BUTTON)));
  assert_card_says (fixture, "Correct the answer to “Antacids” to see your result.");
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "dose-laxative-mg"), ==, 603);
}

/* The medicines the review asked for, and who should not take magnesium. */
static void
test_new_medicines_and_reasons (Fixture       *fixture,
                                gconstpointer  data)
{
  set_spin (fixture, "Amount per tablet", 200);
  toggle (fixture, "Gabapentin");
  assert_card_says (fixture, "Take this medicine at least 2 hours after magnesium.");
  toggle (fixture, "Moxifloxacin");
  assert_card_says (fixture, "Take this medicine at least 4 hours before magnesium, or at least 8 hours after it.");
  toggle (fixture, "Another medicine");
  assert_card_says (fixture, "Ask your pharmacist whether your medicine and magnesium affect each other");
  assert_card_says (fixture, "Within the upper limit, but check with a professional first");

  toggle (fixture, "Heart rhythm problem");
  assert_card_says (fixture, "Talk to your doctor before taking magnesium");
  assert_card_says (fixture, "You have a heart conduction problem or a slow heartbeat");
  toggle (fixture, "Myasthenia gravis");
  assert_card_says (fixture, "You have myasthenia gravis");
  g_assert_true (g_settings_get_boolean (fixture->settings, "dose-heart-conduction"));
}

static GtkWidget *
number_field (Fixture     *fixture,
              MgDoseField  field)
{
  return control (fixture, mg_dose_text_field_title (field), GTK_TYPE_SPIN_BUTTON);
}

static void
test_language_keeps_country (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *country = mg_test_find_row (GTK_WIDGET (fixture->page), "Country");
  GtkSpinButton *tablets, *age, *amount;

/* Each switch makes a new page: find its rows again, by their names in
 * that language. */
#define FIND_AGAIN() \
  G_STMT_START { \
    country = mg_test_find_row (GTK_WIDGET (fixture->page), mg_dose_text_field_title (MG_DOSE_FIELD_REFERENCE_SET)); \
    tablets = GTK_SPIN_BUTTON (number_field (fixture, MG_DOSE_FIELD_TABLETS)); \
    age = GTK_SPIN_BUTTON (number_field (fixture, MG_DOSE_FIELD_AGE)); \
  } G_STMT_END

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (country)), ==, MG_COUNTRY_UNITED_STATES);
  switch_language (fixture, "sv");
  FIND_AGAIN ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (country)), ==, MG_COUNTRY_UNITED_STATES);
  switch_language (fixture, "en");
  FIND_AGAIN ();
  amount = GTK_SPIN_BUTTON (number_field (fixture, MG_DOSE_FIELD_AMOUNT));

  gtk_spin_button_set_value (tablets, 1.5);
  gtk_spin_button_set_value (age, 40);
  gtk_spin_button_set_value (amount, 200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tablets)), ==, "1.5");
  /* Once the person answers, the country they were shown is kept. */
  assert_setting (fixture, "dose-country", "us");
  g_assert_cmpuint (get_verdict (fixture), ==, MG_VERDICT_WITHIN_LIMIT);

  /* Numbers take the language's decimal separator; what was entered, the
   * values (350 mg, not EFSA's 250) and the verdict stay. */
  switch_language (fixture, "nl");
  FIND_AGAIN ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (country)), ==, MG_COUNTRY_UNITED_STATES);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tablets)), ==, "1,5");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (age), ==, 40);
  g_assert_cmpuint (reference_intake (fixture), ==, 320);
  g_assert_cmpuint (upper_limit (fixture), ==, 350);
  g_assert_cmpuint (get_verdict (fixture), ==, MG_VERDICT_WITHIN_LIMIT);
  assert_card_says (fixture, "Verenigde Staten");

  /* A comma or a point: both read as the decimal separator. */
  gtk_editable_set_text (GTK_EDITABLE (tablets), "2,5");
  gtk_spin_button_update (tablets);
  g_assert_cmpfloat (gtk_spin_button_get_value (tablets), ==, 2.5);

  /* A country the person chooses stays too, and brings its values. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (country), MG_COUNTRY_NETHERLANDS);
  g_assert_cmpuint (upper_limit (fixture), ==, 250);
  switch_language (fixture, "da");
  FIND_AGAIN ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (country)), ==, MG_COUNTRY_NETHERLANDS);
  g_assert_cmpuint (upper_limit (fixture), ==, 250);
  g_assert_cmpfloat (gtk_spin_button_get_value (tablets), ==, 2.5);
  switch_language (fixture, "en");
}
#undef FIND_AGAIN


/* Types into a number field and presses Enter, as a person would: Enter
 * in its text commits what was typed. */
static void
type_number (Fixture     *fixture,
             MgDoseField  field,
             const char  *text)
{
  GtkWidget *spin = number_field (fixture, field);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  g_signal_emit_by_name (mg_test_find_widget (spin, GTK_TYPE_TEXT, NULL), "activate");
  mg_test_run_pending ();
}

/* What the profile kept in the settings it is bound to. */
static double
kept_number (Fixture    *fixture,
             const char *key)
{
  g_autoptr(GVariant) value = g_settings_get_value (fixture->settings, key);

  return g_variant_is_of_type (value, G_VARIANT_TYPE_INT32) ? g_variant_get_int32 (value)
                                                             : g_variant_get_double (value);
}

/* The field kept its value, in view and in the settings, shows what was
 * typed to be corrected, says why next to it, is marked invalid for a
 * screen reader, and the result waits instead of judging the old value. */
static void
assert_refused (Fixture     *fixture,
                MgDoseField  field,
                const char  *key,
                const char  *typed,
                double       kept,
                const char  *reason)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), mg_dose_text_field_title (field));
  GtkWidget *spin = number_field (fixture, field);
  g_autofree char *waiting = mg_dose_text_waiting (field);

  g_test_message ("“%s” refused: %s", typed, mg_form_row_get_subtitle (MG_FORM_ROW (row)));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, kept);
  g_assert_cmpfloat (kept_number (fixture, key), ==, kept);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, typed);
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (row)), ==, reason);
  g_assert_true (gtk_widget_has_css_class (spin, "error"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  gtk_test_accessible_assert_state (spin, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason);
  assert_card_says (fixture, mg_dose_text_waiting_title ());
  assert_card_says (fixture, waiting);
  assert_card_silent (fixture, "upper limit");
  g_assert_false (gtk_widget_get_sensitive (mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print")));
}

static void
assert_accepted (Fixture     *fixture,
                 MgDoseField  field,
                 const char  *key,
                 double       value)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), mg_dose_text_field_title (field));
  GtkWidget *spin = number_field (fixture, field);
  const char *subtitle = mg_dose_text_field_subtitle (field);

  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, value);
  g_assert_cmpfloat (kept_number (fixture, key), ==, value);
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (row)), ==, subtitle != NULL ? subtitle : "");
  g_assert_false (gtk_widget_has_css_class (spin, "error"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID));
  assert_card_silent (fixture, mg_dose_text_waiting_title ());
  g_assert_true (gtk_widget_get_sensitive (mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print")));
}

static void
test_typed_numbers (Fixture       *fixture,
                    gconstpointer  data)
{
  const struct {
    const char *typed;
    const char *reason;
  } refused[] = {
    /* “1.000” is one thousand to a Dutch or German reader. */
    { "1.000", "“1.000” could mean 1 or 1000: type the one you mean without a thousands separator." },
    { "1.000 mg", "“1.000” could mean 1 or 1000: type the one you mean without a thousands separator." },
    { "", "Enter an amount between 0 and 20000 mg." },
    { " ", "Enter an amount between 0 and 20000 mg." },
    { "-5", "Enter an amount between 0 and 20000 mg." },
    { "20001", "Enter an amount between 0 and 20000 mg." },
    { "12,5", "Type the number in digits, with a decimal separator as in 12.5." },
    { "1 000,5", "Type the number in digits, with a decimal separator as in 12.5." },
    { "10^9", "Type the number in digits, with a decimal separator as in 12.5." },
    { "0x1p10", "Type the number in digits, with a decimal separator as in 12.5." },
    { "1e3", "Type the number in digits, with a decimal separator as in 12.5." },
    { "inf", "Type the number in digits, with a decimal separator as in 12.5." },
    { "nan", "Type the number in digits, with a decimal separator as in 12.5." },
    { "abc", "Type the number in digits, with a decimal separator as in 12.5." },
    { "250\n500", "Type the number in digits, with a decimal separator as in 12.5." },
    { "12.25", "Type the number with at most 1 decimal place." },
  };
  const struct {
    const char *typed;
    double      value;
  } accepted[] = {
    { "1,000", 1000 },
    { "300", 300 },
    { "1 000", 1000 },
    { "1\u00a0000", 1000 },
    { "\u0663\u0660\u0660", 300 },
    { "\uff13\uff10\uff10", 300 },
    { "200 mg", 200 },
    { "12.5", 12.5 },
  };

  set_spin (fixture, "Amount per tablet", 250);
  assert_card_says (fixture, "Within the upper limit");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++) {
    type_number (fixture, MG_DOSE_FIELD_AMOUNT, refused[i].typed);
    assert_refused (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", refused[i].typed, 250, refused[i].reason);
  }

  /* The English thousands separator, never taken for a decimal comma. */
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1,000");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 1000);
  assert_card_says (fixture, "Above the upper limit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number_field (fixture, MG_DOSE_FIELD_AMOUNT))), ==, "1000");

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++) {
    type_number (fixture, MG_DOSE_FIELD_AMOUNT, "abc");
    type_number (fixture, MG_DOSE_FIELD_AMOUNT, accepted[i].typed);
    assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", accepted[i].value);
  }

  /* Typing the value kept before brings the result back too. */
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "");
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "12.5");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 12.5);
  assert_card_says (fixture, "Within the upper limit");

  /* The other number fields, each with its own range. */
  type_number (fixture, MG_DOSE_FIELD_TABLETS, "1,5");
  assert_refused (fixture, MG_DOSE_FIELD_TABLETS, "dose-tablets", "1,5", 1,
                  "Type the number in digits, with a decimal separator as in 12.5.");
  type_number (fixture, MG_DOSE_FIELD_TABLETS, "51");
  assert_refused (fixture, MG_DOSE_FIELD_TABLETS, "dose-tablets", "51", 1,
                  "Enter a number of tablets between 0 and 50.");
  type_number (fixture, MG_DOSE_FIELD_TABLETS, "0.25");
  assert_accepted (fixture, MG_DOSE_FIELD_TABLETS, "dose-tablets", 0.25);
  type_number (fixture, MG_DOSE_FIELD_AGE, "");
  assert_refused (fixture, MG_DOSE_FIELD_AGE, "dose-age", "", 30, "Enter an age between 0 and 150.");
  type_number (fixture, MG_DOSE_FIELD_AGE, "30.5");
  assert_refused (fixture, MG_DOSE_FIELD_AGE, "dose-age", "30.5", 30, "Type a whole number in digits.");

  /* A step of the arrows starts from the value kept. */
  gtk_spin_button_spin (GTK_SPIN_BUTTON (number_field (fixture, MG_DOSE_FIELD_AGE)), GTK_SPIN_STEP_FORWARD, 0);
  mg_test_run_pending ();
  assert_accepted (fixture, MG_DOSE_FIELD_AGE, "dose-age", 31);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number_field (fixture, MG_DOSE_FIELD_AGE))), ==, "31");
}

/* In Dutch the point separates thousands and the comma decimals; a point
 * before three digits is refused, as C reads it as a decimal point. The
 * refusal follows a change of language. */
static void
test_typed_numbers_dutch (Fixture       *fixture,
                          gconstpointer  data)
{
  set_spin (fixture, "Amount per tablet", 250);
  switch_language (fixture, "nl");

  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "12,5");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 12.5);
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1.000,5");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 1000.5);
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "12.5");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 12.5);
  type_number (fixture, MG_DOSE_FIELD_TABLETS, "0,25");
  assert_accepted (fixture, MG_DOSE_FIELD_TABLETS, "dose-tablets", 0.25);
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1.000");
  assert_refused (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", "1.000", 12.5,
                  "‘1.000’ kan 1 of 1000 betekenen: typ het getal dat u bedoelt zonder scheidingsteken "
                  "voor duizendtallen.");
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1,000");
  assert_refused (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", "1,000", 12.5,
                  "‘1,000’ kan 1 of 1000 betekenen: typ het getal dat u bedoelt zonder scheidingsteken "
                  "voor duizendtallen.");

  /* In English, the same slip gets its reason in English. */
  switch_language (fixture, "en");
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1.000");
  assert_refused (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", "1.000", 12.5,
                  "“1.000” could mean 1 or 1000: type the one you mean without a thousands separator.");
  type_number (fixture, MG_DOSE_FIELD_AMOUNT, "1000");
  assert_accepted (fixture, MG_DOSE_FIELD_AMOUNT, "dose-amount", 1000);
}

/* The schema offers every id the model has, and nothing the model lacks. */
static void
test_schema_choices (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) forms = NULL;
  g_autoptr(GSettingsSchemaKey) sets = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) choices = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  forms = g_settings_schema_get_key (schema, "dose-form");
  sets = g_settings_schema_get_key (schema, "dose-country");
  for (MgForm form = 0; form < MG_N_FORMS; form++) {
    g_autoptr(GVariant) id = g_variant_new_string (mg_form_get_info (form)->id);

    g_assert_true (g_settings_schema_key_range_check (forms, id));
  }
  range = g_settings_schema_key_get_range (forms);
  g_variant_get (range, "(&sv)", NULL, &choices);
  g_assert_cmpuint (g_variant_n_children (choices), ==, MG_N_FORMS);
  for (MgCountry country = 0; country < MG_N_COUNTRIES; country++) {
    g_autoptr(GVariant) id = g_variant_new_string (mg_country_get_info (country)->id);

    g_assert_true (g_settings_schema_key_range_check (sets, id));
  }
}

static char *
collapse_spaces (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static void
assert_pdf_says (const char *pdf_text,
                 const char *expected)
{
  g_autofree char *flat_text = collapse_spaces (pdf_text);
  g_autofree char *flat_expected = collapse_spaces (expected);

  if (strstr (flat_text, flat_expected) == NULL)
    g_test_message ("The summary does not say “%s”; it says:\n%s", flat_expected, flat_text);
  g_assert_nonnull (strstr (flat_text, flat_expected));
}

static char *
local_date (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso_date = g_date_time_format (now, "%Y-%m-%d");

  return mg_i18n_format_date (iso_date);
}

/* The text of the PDF at @path, or %NULL, the test skipped, without pdftotext. */
static char *
pdf_to_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *pdf_text = NULL;
  int status;

  if (pdftotext == NULL) {
    g_test_skip ("pdftotext (poppler-utils) is not installed: the summary's text is not checked");
    return NULL;
  }

  g_assert_true (g_spawn_sync (NULL, (char *[]) { pdftotext, (char *) "-layout", (char *) path, (char *) "-", NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, &pdf_text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return pdf_text;
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "dose-summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *pdf_text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date_before = NULL;
  g_autofree char *date_after = NULL;
  g_autofree char *flat_text = NULL;
  gsize length;

  set_spin (fixture, "Age", 67);
  choose (fixture, "Sex", "Male");
  toggle (fixture, "Bleeding disorder");
  toggle (fixture, "Tetracycline antibiotics");
  set_spin (fixture, "Amount per tablet", 375);
  set_spin (fixture, "Magnesium from food today", 180);

  g_unlink (path);
  /* The summary is dated with the local clock: midnight may come between. */
  date_before = local_date ();
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.export-pdf", "s", path);
  date_after = local_date ();

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Whole: cairo writes the end-of-file marker last (the PDF holds NULs). */
  while (length > 0 && g_ascii_isspace (contents[length - 1]))
    length--;
  g_assert_cmpmem (contents + length - 5, 5, "%%EOF", 5);

  pdf_text = pdf_to_text (path);
  if (pdf_text == NULL)
    return;

  /* One page. */
  g_assert_null (strchr (g_strstrip (pdf_text), '\f'));
  /* The inputs, */
  assert_pdf_says (pdf_text, "Magnesium: a Summary for Your Doctor");
  assert_pdf_says (pdf_text, "Your Answers");
  assert_pdf_says (pdf_text, "Age 67 years");
  assert_pdf_says (pdf_text, "Sex Male");
  assert_pdf_says (pdf_text, "Bleeding disorder Yes");
  assert_pdf_says (pdf_text, "Medicines Tetracycline antibiotics");
  assert_pdf_says (pdf_text, "Amount per tablet 375 mg");
  assert_pdf_says (pdf_text, "Magnesium from food today 180 mg");
  assert_pdf_says (pdf_text, "Country United States");
  assert_pdf_says (pdf_text, "Reference values: NIH (United States)");
  /* the results, the interactions and the sources, */
  assert_pdf_says (pdf_text, "Reference intake 420 mg a day");
  assert_pdf_says (pdf_text, "Upper limit for supplements 350 mg a day");
  assert_pdf_says (pdf_text, "Your product 375 mg a day");
  assert_pdf_says (pdf_text, "Talk to your doctor before taking magnesium");
  assert_pdf_says (pdf_text, "You have a bleeding disorder");
  assert_pdf_says (pdf_text, "Take this medicine at least 3 hours before magnesium, or at least 6 hours after it.");
  assert_pdf_says (pdf_text, "NIH Office of Dietary Supplements");
  /* the date and the disclaimer. */
  flat_text = collapse_spaces (pdf_text);
  if (strstr (flat_text, date_before) == NULL)
    assert_pdf_says (pdf_text, date_after);
  assert_pdf_says (pdf_text, mg_disclaimer_get_full_text ());
}

/* Every widget that Tab, Shift+Tab and the arrow keys reach from the first. */
static GHashTable *
keyboard_reachable (GtkWidget *window)
{
  const GtkDirectionType moves[] = { GTK_DIR_TAB_FORWARD, GTK_DIR_TAB_BACKWARD, GTK_DIR_DOWN, GTK_DIR_UP };
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();

  gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_ptr_array_add (queue, gtk_root_get_focus (GTK_ROOT (window)));
  g_hash_table_add (seen, queue->pdata[0]);

  for (guint i = 0; i < queue->len; i++) {
    for (guint m = 0; m < G_N_ELEMENTS (moves); m++) {
      GtkWidget *focus;

      gtk_widget_grab_focus (queue->pdata[i]);
      gtk_widget_child_focus (window, moves[m]);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && g_hash_table_add (seen, focus))
        g_ptr_array_add (queue, focus);
    }
  }

  return seen;
}

/* Focus on the control, inside it (a spin button's text), or on a row that
 * works it when activated. */
static gboolean
reaches (GHashTable *seen,
         GtkWidget  *target)
{
  GHashTableIter iter;
  gpointer focus;

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &focus, NULL)) {
    if (focus == target || gtk_widget_is_ancestor (focus, target))
      return TRUE;
    if (ADW_IS_ACTION_ROW (focus) && adw_action_row_get_activatable_widget (focus) == target)
      return TRUE;
    if (MG_IS_FORM_ROW (focus) && mg_form_row_get_activatable_widget (focus) == target)
      return TRUE;
  }

  return FALSE;
}

static void
check_labelled (GtkWidget  *widget,
                const char *label)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  g_assert_null (error);
}

static void
test_keyboard_and_labels (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *switch_rows[] = { "Pregnant", "Kidney disease", "Bisphosphonates", "Given by drip into a vein" };
  const char *spin_rows[] = { "Age", "Amount per tablet", "Tablets a day", "Magnesium from food today" };
  const char *combo_rows[] = { "Country", "The label gives", "Form of magnesium" };
  AdwToggleGroup *sex = toggles_of (fixture, "Sex");
  GtkWidget *summary = mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print");
  GtkWidget *start_over = mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.start-over");
  g_autoptr(GHashTable) seen = keyboard_reachable (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (spin_rows); i++) {
    GtkWidget *spin = control (fixture, spin_rows[i], GTK_TYPE_SPIN_BUTTON);

    check_labelled (spin, spin_rows[i]);
    g_assert_true (reaches (seen, spin));
  }
  for (guint i = 0; i < G_N_ELEMENTS (switch_rows); i++) {
    GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), switch_rows[i]);
    GtkWidget *inner = mg_test_find_widget (row, GTK_TYPE_SWITCH, NULL);
    /* One control, one Tab stop: an AdwSwitchRow is its switch; a
     * medicine's row (an MgFormRow) is not, its switch is. */
    GtkWidget *stop = ADW_IS_SWITCH_ROW (row) ? row : inner;
    GtkWidget *other = stop == row ? inner : row;

    g_assert_true (ADW_IS_SWITCH_ROW (row) || MG_IS_FORM_ROW (row));
    g_assert_nonnull (inner);
    g_assert_false (g_hash_table_contains (seen, other));
    check_labelled (stop, switch_rows[i]);
    g_assert_true (reaches (seen, stop));
  }
  for (guint i = 0; i < G_N_ELEMENTS (combo_rows); i++) {
    GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), combo_rows[i]);

    check_labelled (row, combo_rows[i]);
    g_assert_true (reaches (seen, row));
  }
  /* The sex: a group named by its row, a toggle named by its text. */
  check_labelled (GTK_WIDGET (sex), "Sex");
  g_assert_true (reaches (seen, GTK_WIDGET (sex)));
  check_labelled (control (fixture, "Age", GTK_TYPE_DROP_DOWN), "Unit of the age");
  g_assert_true (reaches (seen, control (fixture, "Age", GTK_TYPE_DROP_DOWN)));
  g_assert_true (reaches (seen, summary));
  g_assert_true (reaches (seen, start_over));
}

/* Tab from the start meets every question before the summary's button. */
static void
test_focus_order (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *age = control (fixture, "Age", GTK_TYPE_SPIN_BUTTON);
  GtkWidget *food = control (fixture, "Magnesium from food today", GTK_TYPE_SPIN_BUTTON);
  GtkWidget *summary = mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print");
  int age_at = -1, food_at = -1, summary_at = -1;

  gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD);
  for (int stop = 0; stop < 200 && summary_at < 0; stop++) {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

    if (age_at < 0 && focus != NULL && (focus == age || gtk_widget_is_ancestor (focus, age)))
      age_at = stop;
    if (food_at < 0 && focus != NULL && (focus == food || gtk_widget_is_ancestor (focus, food)))
      food_at = stop;
    if (focus == summary)
      summary_at = stop;
    gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD);
  }
  g_test_message ("Tab stops: Age %d, Food %d, Summary %d", age_at, food_at, summary_at);
  g_assert_cmpint (age_at, >=, 0);
  g_assert_cmpint (food_at, >, age_at);
  g_assert_cmpint (summary_at, >, food_at);
}

static void
save_shot (Fixture    *fixture,
           const char *name)
{
  const char *dir = g_getenv ("MG_SCREENSHOT_DIR");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, file, NULL);
  mg_test_save_png (fixture->window, path);
  g_test_message ("saved %s", path);
}

static void
scroll_to (Fixture *fixture,
           double   fraction)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                                                    MG_TYPE_DOSE_PAGE,
                                                                                    "scroller"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, fraction * (gtk_adjustment_get_upper (adjustment) -
                                                    gtk_adjustment_get_page_size (adjustment)));
  mg_test_settle (fixture->window);
}

static void
fill_example (Fixture *fixture)
{
  set_spin (fixture, "Age", 52);
  toggle (fixture, "Proton pump inhibitors for over a year");
  toggle (fixture, "Bisphosphonates");
  set_spin (fixture, "Amount per tablet", 200);
  set_spin (fixture, "Tablets a day", 2);
  set_spin (fixture, "Magnesium from food today", 140);
}

static void
assert_banner_in_view (Fixture *fixture)
{
  GtkWidget *banner = verdict_banner (fixture);

  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_true (mg_test_widget_inside (banner, fixture->window));
}

static void
test_wide (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *card = result_card (fixture);
  GtkWidget *age = control (fixture, "Age", GTK_TYPE_SPIN_BUTTON);
  graphene_rect_t card_bounds, age_bounds;
  g_autofree char *banner = NULL;

  fill_example (fixture);
  scroll_to (fixture, 0);
  save_shot (fixture, "dose-wide");

  /* The card stands beside the form. */
  g_assert_cmpint (columns (fixture), ==, GTK_ORIENTATION_HORIZONTAL);
  g_assert_true (gtk_widget_compute_bounds (card, fixture->window, &card_bounds));
  g_assert_true (gtk_widget_compute_bounds (age, fixture->window, &age_bounds));
  g_assert_cmpfloat (card_bounds.origin.x, >, age_bounds.origin.x + age_bounds.size.width);
  g_assert_cmpfloat (card_bounds.origin.x + card_bounds.size.width, <=, gtk_widget_get_width (fixture->window));

  /* Scrolled down the form, the verdict stays in view, and says it. */
  scroll_to (fixture, 1.0);
  save_shot (fixture, "dose-wide-scrolled");
  assert_banner_in_view (fixture);
  banner = banner_text (fixture);
  g_assert_nonnull (strstr (banner, "Above the upper limit"));
  g_assert_nonnull (strstr (banner, "Your product: 400 mg a day. Upper limit: 350 mg a day."));
  g_assert_nonnull (strstr (banner, "You take a medicine that interacts with magnesium"));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *card = result_card (fixture);
  GtkWidget *food = control (fixture, "Magnesium from food today", GTK_TYPE_SPIN_BUTTON);
  graphene_rect_t card_bounds, food_bounds;

  fill_example (fixture);
  scroll_to (fixture, 0);
  save_shot (fixture, "dose-narrow");

  /* The card comes below the form, and nothing is wider than a phone. */
  g_assert_cmpint (columns (fixture), ==, GTK_ORIENTATION_VERTICAL);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, 360);
  g_assert_true (gtk_widget_compute_bounds (card, fixture->window, &card_bounds));
  g_assert_true (gtk_widget_compute_bounds (food, fixture->window, &food_bounds));
  g_assert_cmpfloat (card_bounds.origin.y, >, food_bounds.origin.y);
  g_assert_cmpfloat (card_bounds.origin.x, >=, 0);
  g_assert_cmpfloat (card_bounds.origin.x + card_bounds.size.width, <=, gtk_widget_get_width (fixture->window));
  g_assert_true (food_bounds.origin.x + food_bounds.size.width <= gtk_widget_get_width (fixture->window));

  scroll_to (fixture, 0.55);
  save_shot (fixture, "dose-narrow-form");
  /* Deep in the form, the verdict is still in view. */
  assert_banner_in_view (fixture);
  scroll_to (fixture, 1.0);
  save_shot (fixture, "dose-narrow-result");
}

/* Every row of the form a person can see has a place and is drawn, and a
 * click on it reaches it and nothing else. */
static void
assert_rows_live (Fixture *fixture)
{
  const char *titles[] = { "Age", "Kidney disease", "Amount per tablet", "Form of magnesium",
                           "Magnesium from food today" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++) {
    GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), titles[i]);
    graphene_rect_t bounds;
    graphene_point_t centre;
    GtkWidget *picked;

    g_assert_nonnull (row);
    g_assert_true (gtk_widget_get_child_visible (row));
    g_assert_cmpint (gtk_widget_get_width (row), >, 0);
    g_assert_cmpint (gtk_widget_get_height (row), >, 0);
    g_assert_true (gtk_widget_compute_bounds (row, fixture->window, &bounds));
    graphene_rect_get_center (&bounds, &centre);
    if (centre.y < 0 || centre.y >= gtk_widget_get_height (fixture->window))
      continue;
    picked = gtk_widget_pick (fixture->window, centre.x, centre.y, GTK_PICK_DEFAULT);
    g_assert_true (picked == row || (picked != NULL && gtk_widget_is_ancestor (picked, row)) ||
                   gtk_widget_is_ancestor (picked, verdict_banner (fixture)));
    g_assert_true (gtk_widget_is_drawable (picked));
  }
}

/* B1: the guide was blank after a resize while another page was shown, and
 * its invisible switches still took clicks. Each way across the breakpoint,
 * with the guide hidden: shown again, every row is laid out, drawn and
 * reached by a click; hidden, a click reaches none of it. */
static void
test_resize_while_hidden (Fixture       *fixture,
                          gconstpointer  data)
{
  const int widths[] = { 360, 1200, 360 };
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *other = gtk_label_new ("Another page");

  g_object_ref (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), NULL);
  gtk_stack_add_named (GTK_STACK (stack), GTK_WIDGET (fixture->page), "dose");
  gtk_stack_add_named (GTK_STACK (stack), other, "other");
  g_object_unref (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), stack);
  mg_test_settle (fixture->window);
  scroll_to (fixture, 0.3);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++) {
    GtkWidget *picked;

    gtk_stack_set_visible_child (GTK_STACK (stack), other);
    mg_test_settle (fixture->window);
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[i], 800);
    mg_test_wait_for_size (fixture->window, widths[i]);
    picked = gtk_widget_pick (fixture->window, widths[i] / 2.0, 400, GTK_PICK_DEFAULT);
    g_assert_true (picked == NULL || !gtk_widget_is_ancestor (picked, GTK_WIDGET (fixture->page)));

    gtk_stack_set_visible_child (GTK_STACK (stack), GTK_WIDGET (fixture->page));
    mg_test_settle (fixture->window);
    g_assert_cmpint (columns (fixture), ==, widths[i] < 700 ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
    assert_rows_live (fixture);
    scroll_to (fixture, 0.6);
    assert_rows_live (fixture);
  }
  save_shot (fixture, "dose-after-resize-hidden");
}

static double
page_scroll (Fixture *fixture)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                                                    MG_TYPE_DOSE_PAGE,
                                                                                    "scroller"));

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller));
}

/* Turns the mouse wheel a notch down over @widget, with the X server's
 * own pointer, and waits (a bounded number of frames) for the page to
 * take it. */
static void
wheel_over (Fixture   *fixture,
            GtkWidget *widget)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *x = NULL, *y = NULL;
  g_autoptr(GError) error = NULL;
  graphene_rect_t bounds;
  double surface_x, surface_y, before = page_scroll (fixture);
  int status;

  g_assert_true (gtk_widget_compute_bounds (widget, fixture->window, &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &surface_x, &surface_y);
  x = g_strdup_printf ("%d", (int) (surface_x + bounds.origin.x + bounds.size.width / 2));
  y = g_strdup_printf ("%d", (int) (surface_y + bounds.origin.y + bounds.size.height / 2));
  /* No window manager: the window stands at the top left of the screen. */
  g_assert_true (g_spawn_sync (NULL, (char *[]) { xdotool, (char *) "mousemove", x, y, (char *) "click",
                                                  (char *) "5", NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (guint frame = 0; frame < 50 && page_scroll (fixture) == before; frame++)
    mg_test_settle (fixture->window);
}

/* B3: the wheel over a number field scrolled no page and changed the age
 * and the dose. Now it scrolls the page, and the answers stay. */
static void
test_wheel_changes_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *fields[] = { "Age", "Amount per tablet", "Tablets a day", "Magnesium from food today" };
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL || g_getenv ("DISPLAY") == NULL) {
    g_test_skip ("no X display with xdotool: the wheel cannot be turned");
    return;
  }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  mg_test_wait_for_size (fixture->window, 360);
  fill_example (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++) {
    GtkWidget *spin = control (fixture, fields[i], GTK_TYPE_SPIN_BUTTON);
    double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
    g_autoptr(GVariant) kept = NULL;
    double before;
    graphene_rect_t bounds;

    /* The field in view, in the upper half, with room to scroll on. */
    scroll_to (fixture, 0);
    g_assert_true (gtk_widget_compute_bounds (spin, GTK_WIDGET (fixture->page), &bounds));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
                                gtk_widget_get_template_child (GTK_WIDGET (fixture->page), MG_TYPE_DOSE_PAGE,
                                                               "scroller"))),
                              bounds.origin.y - 150);
    mg_test_settle (fixture->window);
    before = page_scroll (fixture);
    wheel_over (fixture, spin);

    g_test_message ("%s: %g, page %g → %g", fields[i], gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)),
                    before, page_scroll (fixture));
    g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, value);
    g_assert_cmpfloat (page_scroll (fixture), >, before);
  }
  g_assert_cmpint (g_settings_get_int (fixture->settings, "dose-age"), ==, 52);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "dose-amount"), ==, 200);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "dose-tablets"), ==, 2);
}

/* U1 + U13: within the limit is amber, with every reason, where a
 * professional should be asked first; green only where none is. */
static guint
count_points (const char *text)
{
  guint n = 0;

  for (const char *p = strstr (text, "• "); p != NULL; p = strstr (p + 1, "• "))
    n++;

  return n;
}

/* On a phone the banner gives the first reasons and says how many more the
 * card has, so that the form stays in view; wide, it gives every reason. A
 * screen reader hears them all either way. */
static void
test_banner_on_a_phone (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *wide = NULL, *narrow = NULL, *narrow_nl = NULL;

  set_spin (fixture, "Amount per tablet", 200);
  set_spin (fixture, "Tablets a day", 1);
  /* A girl of 16, pregnant and breastfeeding, on a diuretic: four reasons. */
  set_spin (fixture, "Age", 16);
  toggle (fixture, "Pregnant");
  toggle (fixture, "Breastfeeding");
  toggle (fixture, "Loop or thiazide diuretics");
  wide = banner_text (fixture);
  g_assert_cmpuint (count_points (wide), >=, 3);
  g_assert_null (strstr (wide, "more reason"));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  mg_test_wait_for_size (fixture->window, 360);
  narrow = banner_text (fixture);
  g_assert_cmpuint (count_points (narrow), ==, 2);
  {
    guint hidden = count_points (wide) - 2;
    g_autofree char *more = g_strdup_printf (hidden == 1 ? "And %u more reason, under “Your Result” below."
                                                         : "And %u more reasons, under “Your Result” below.",
                                             hidden);

    g_assert_nonnull (strstr (narrow, more));
  }
  save_shot (fixture, "dose-banner-360");

  /* In the language of the page, and every reason again once wide. */
  switch_language (fixture, "nl");
  narrow_nl = banner_text (fixture);
  g_assert_cmpuint (count_points (narrow_nl), ==, 2);
  g_assert_null (strstr (narrow_nl, "more reasons"));
  switch_language (fixture, "en");
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  mg_test_wait_for_size (fixture->window, 1200);
  g_clear_pointer (&wide, g_free);
  wide = banner_text (fixture);
  g_assert_cmpuint (count_points (wide), >=, 3);
  g_assert_null (strstr (wide, "more reason"));
}

static void
test_verdict_reasons (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *plain = NULL, *pregnant = NULL, *child = NULL;

  set_spin (fixture, "Amount per tablet", 200);
  set_spin (fixture, "Tablets a day", 1);
  plain = banner_text (fixture);
  g_assert_nonnull (strstr (plain, "Within the upper limit\n"));
  g_assert_true (gtk_widget_has_css_class (verdict_banner (fixture), "success"));

  toggle (fixture, "Pregnant");
  pregnant = banner_text (fixture);
  g_assert_nonnull (strstr (pregnant, "Within the upper limit, but check with a professional first"));
  g_assert_nonnull (strstr (pregnant, "• You are pregnant."));
  assert_card_says (fixture, "You are pregnant: check with your midwife or doctor before taking magnesium.");
  g_assert_true (gtk_widget_has_css_class (verdict_banner (fixture), "warning"));
  g_assert_false (gtk_widget_has_css_class (verdict_banner (fixture), "success"));
  toggle (fixture, "Loop or thiazide diuretics");
  assert_card_says (fixture, "You take a medicine that interacts with magnesium");
  toggle (fixture, "Pregnant");

  /* A baby: someone gives it. */
  choose (fixture, "Sex", "Male");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (control (fixture, "Age", GTK_TYPE_DROP_DOWN)), MG_AGE_MONTHS);
  set_spin (fixture, "Age", 6);
  child = banner_text (fixture);
  g_assert_nonnull (strstr (child, "Talk to a doctor before giving magnesium to a child"));
  g_assert_null (strstr (child, "before taking magnesium\n"));
  /* No "%" alone on a line: the space before it does not break. */
  assert_card_silent (fixture, " %");
}

/* B4: every form in full with its share, searchable, with a way out. */
static void
test_form_dialog (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), "Form of magnesium");
  AdwDialog *dialog;
  GtkWidget *search, *citrate;
  guint shown = 0;

  g_assert_true (gtk_widget_activate (row));
  mg_test_settle (NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  citrate = mg_test_find_row (GTK_WIDGET (dialog), "Magnesium citrate (monomagnesium)");
  g_assert_nonnull (citrate);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (citrate)), ==, "11.3\u00a0% magnesium");
  g_assert_nonnull (mg_test_find_row (GTK_WIDGET (dialog), "Not on the list / Don’t know"));

  search = mg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "CITRATE");
  /* The search entry waits a moment before it tells; say it at once. */
  g_signal_emit_by_name (search, "search-changed");
  mg_test_settle (NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (citrate)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    shown += gtk_widget_get_child_visible (child) && gtk_widget_get_visible (child) &&
             gtk_widget_get_mapped (child);
  /* Two citrates and the way out. */
  g_assert_cmpuint (shown, ==, 3);

  g_assert_true (gtk_widget_activate (citrate));
  for (guint frame = 0; frame < 10 && open_dialog () != NULL; frame++)
    mg_test_settle (NULL);
  g_assert_null (open_dialog ());
  assert_setting (fixture, "dose-form", mg_dose_choice_get_id (MG_DOSE_CHOICE_FORM, MG_FORM_CITRATE_MONOMAGNESIUM));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Magnesium citrate (monomagnesium), 11.3\u00a0%");
}

/* U6: Start over clears every answer, and Undo brings them back. */
static void
test_start_over (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *undo;

  choose (fixture, "Country", "Netherlands");
  fill_example (fixture);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.start-over", NULL);
  mg_test_settle (fixture->window);

  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-age"));
  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-medicines"));
  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-amount"));
  /* Which advice is no answer about the person. */
  assert_setting (fixture, "dose-country", "nl");
  /* As at the first visit: no result until the person answers again. */
  assert_card_says (fixture, "Enter your age to see your values");
  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-answered"));
  g_assert_false (gtk_widget_get_sensitive (mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print")));

  /* The toast offers Undo. */
  undo = mg_test_find_label (GTK_WIDGET (fixture->page), "Undo");
  g_assert_nonnull (undo);
  mg_test_activate (gtk_widget_get_ancestor (undo, GTK_TYPE_BUTTON));
  mg_test_settle (fixture->window);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "dose-age"), ==, 52);
  g_assert_cmpfloat (g_settings_get_double (fixture->settings, "dose-amount"), ==, 200);
  assert_card_says (fixture, "Bisphosphonates");
  assert_card_silent (fixture, "Enter your age");
  g_assert_cmpuint (adw_toggle_group_get_active (toggles_of (fixture, "Sex")), ==, MG_SEX_FEMALE);
}

/* What a person sees, at a phone's size and a desktop's, at 100 % and 200 %
 * text, light and dark, with the verdict amber for a pregnant woman: looked
 * at by a person, and checked here for what can be measured. */
static void
test_looks (Fixture       *fixture,
            gconstpointer  data)
{
  const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  const double scales[] = { 1.0, 2.0 };
  g_autoptr(GtkCssProvider) text_size = gtk_css_provider_new ();
  const char *languages[] = { "en", "sv" };

  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  toggle (fixture, "Pregnant");
  set_spin (fixture, "Amount per tablet", 150);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    switch_language (fixture, languages[l]);
    for (guint dark = 0; dark < 2; dark++) {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint s = 0; s < G_N_ELEMENTS (scales); s++) {
        /* As the app sets its text size (mg-application.c). */
        g_autofree char *css = g_strdup_printf (".article { font-size: %d%%; }", (int) (scales[s] * 100));

        gtk_css_provider_load_from_string (text_size, css);
        for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
          g_autofree char *name = g_strdup_printf ("dose-%s-%dx%d-%d-%s", languages[l], sizes[i].width,
                                                   sizes[i].height, (int) (scales[s] * 100),
                                                   dark ? "dark" : "light");
          GtkWidget *age = control (fixture, mg_dose_text_field_title (MG_DOSE_FIELD_AGE), GTK_TYPE_SPIN_BUTTON);

          gtk_window_set_default_size (GTK_WINDOW (fixture->window), sizes[i].width, sizes[i].height);
          mg_test_wait_for_size (fixture->window, sizes[i].width);
          scroll_to (fixture, 0);
          save_shot (fixture, name);
          /* Nothing wider than the window, and the verdict in view. */
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, sizes[i].width);
          g_assert_true (gtk_widget_compute_bounds (age, fixture->window, &(graphene_rect_t) { 0 }));
          assert_banner_in_view (fixture);
        }
      }
    }
  }
  switch_language (fixture, "en");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size));
}

/* The new questions and the result they give, looked at in English and
 * Dutch, on a phone and a desktop, at 100 % and 200 % text: the other
 * products' group scrolled into view, then the result. */
static void
test_new_questions_look (Fixture       *fixture,
                         gconstpointer  data)
{
  const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  const int scales[] = { 100, 200 };
  const char *languages[] = { "en", "nl" };
  g_autoptr(GtkCssProvider) text_size = gtk_css_provider_new ();

  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  set_spin (fixture, "Amount per tablet", 150);
  set_spin (fixture, "Laxatives", 603);
  toggle (fixture, "Gabapentin");
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    switch_language (fixture, languages[l]);
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++) {
      g_autofree char *css = g_strdup_printf (".article { font-size: %d%%; }", scales[s]);

      gtk_css_provider_load_from_string (text_size, css);
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
        g_autofree char *other = g_strdup_printf ("dose-other-%s-%dx%d-%d", languages[l], sizes[i].width,
                                                  sizes[i].height, scales[s]);
        g_autofree char *result = g_strdup_printf ("dose-result-%s-%dx%d-%d", languages[l], sizes[i].width,
                                                   sizes[i].height, scales[s]);
        GtkWidget *water = control (fixture, mg_dose_text_field_title (MG_DOSE_FIELD_WATER), GTK_TYPE_SPIN_BUTTON);

        gtk_window_set_default_size (GTK_WINDOW (fixture->window), sizes[i].width, sizes[i].height);
        mg_test_wait_for_size (fixture->window, sizes[i].width);
        scroll_to (fixture, 0);
        g_assert_true (gtk_widget_grab_focus (water));
        mg_test_settle (fixture->window);
        save_shot (fixture, other);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, sizes[i].width);
        g_assert_true (gtk_widget_compute_bounds (water, fixture->window, &(graphene_rect_t) { 0 }));
        /* Wide, the result stands beside the top of the form; narrow, under it. */
        scroll_to (fixture, sizes[i].width > 780 ? 0 : 1);
        save_shot (fixture, result);
        assert_banner_in_view (fixture);
      }
    }
  }
  switch_language (fixture, "en");
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size));
}

/* B4: what the label gives, in full, at a phone's width in every language:
 * a short name without "(best)", what it means under it, nothing cut. */
static void
test_label_choices (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *languages[] = { "sv", "da", "nl", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    GtkWidget *row, *popover;
    g_autofree char *name = g_strdup_printf ("dose-label-gives-360-%s.png", languages[l]);
    g_autofree char *path = NULL;

    switch_language (fixture, languages[l]);
    row = mg_test_find_row (GTK_WIDGET (fixture->page), mg_dose_text_field_title (MG_DOSE_FIELD_AMOUNT_KIND));
    g_assert_nonnull (row);
    /* In view first, as a person would scroll to it: the questions above
     * it push it below the fold of a phone. */
    g_assert_true (gtk_widget_grab_focus (row));
    mg_test_settle (fixture->window);
    g_assert_true (gtk_widget_activate (row));
    mg_test_settle (fixture->window);
    popover = mg_test_find_widget (row, GTK_TYPE_POPOVER, NULL);
    g_assert_nonnull (popover);
    g_assert_true (gtk_widget_get_mapped (popover));
    for (guint kind = 0; kind < MG_N_AMOUNT_KINDS; kind++) {
      const char *choice = mg_dose_text_choice (MG_DOSE_CHOICE_AMOUNT_KIND, kind);
      const char *meaning = mg_dose_text_choice_detail (MG_DOSE_CHOICE_AMOUNT_KIND, kind);
      GtkWidget *title = mg_test_find_label (popover, choice);
      GtkWidget *detail = mg_test_find_label (popover, meaning);

      g_test_message ("%s: %s / %s", languages[l], choice, meaning);
      g_assert_null (strchr (choice, '('));
      g_assert_nonnull (title);
      g_assert_nonnull (detail);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (detail))));
      g_assert_true (mg_test_widget_inside (title, popover));
      g_assert_true (mg_test_widget_inside (detail, popover));
    }
    if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
      path = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), name, NULL);
      mg_test_save_png (popover, path);
    }
    gtk_popover_popdown (GTK_POPOVER (popover));
    mg_test_settle (fixture->window);
  }
}

/* The new texts follow a live change of language, as every other does. */
static void
test_texts_follow_language (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *form;
  g_autofree char *banner = NULL;

  toggle (fixture, "Pregnant");
  switch_language (fixture, "nl");
  form = mg_test_find_row (GTK_WIDGET (fixture->page), "Vorm van magnesium");
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page), "Samenvatting voor uw arts…"));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page), "Opnieuw beginnen"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (form)), ==, "Niet in de lijst / Weet ik niet");
  banner = banner_text (fixture);
  g_assert_nonnull (strstr (banner, "• U bent zwanger."));
  switch_language (fixture, "en");
  form = mg_test_find_row (GTK_WIDGET (fixture->page), "Form of magnesium");
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page), "Summary for Your Doctor…"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (form)), ==, "Not on the list / Don’t know");
}

/* B11 + U12: no summary from answers that are not complete; the summary is
 * seen in the app before it is printed or saved. */
static void
test_summary_preview (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *summary = mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print");
  AdwDialog *dialog;
  GtkWidget *picture;

  choose (fixture, "The label gives", "Weight of the magnesium salt");
  set_spin (fixture, "Amount per tablet", 500);
  g_assert_false (gtk_widget_get_sensitive (summary));
  /* U4: the missing form is asked for, neutrally, and what does not
   * depend on it stays. */
  assert_card_says (fixture, "Reference intake");
  assert_card_says (fixture, "310 mg a day");
  assert_card_says (fixture, "350 mg a day");
  g_assert_true (gtk_widget_has_css_class (verdict_banner (fixture), "accent"));
  choose_form (fixture, "Magnesium oxide");
  g_assert_true (gtk_widget_get_sensitive (summary));

  mg_test_activate (summary);
  mg_test_settle (NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Magnesium: a Summary for Your Doctor");
  picture = mg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_PICTURE, NULL);
  g_assert_nonnull (picture);
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (dialog), "Print…"));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (dialog), "Save as PDF…"));
  if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
    g_autofree char *path = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), "dose-summary-preview.png", NULL);

    mg_test_save_png (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (dialog))), path);
  }
  close_dialog (dialog);
}

/* libadwaita 1.7 measures a message dialog's heading on one line, narrower
 * than a long heading needs, before it wraps it, and GTK warns of that
 * (with any heading longer than the dialog is wide: "The Summary Could Not
 * Be Saved" is). The dialog shows right, so while one is open that warning
 * alone is written and not fatal; every other message goes as always. */
static gboolean allow_heading_warning;

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++) {
    if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
      domain = fields[i].value;
    else if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  }

  if (allow_heading_warning && (level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && g_str_has_prefix (message, "Trying to measure GtkLabel ") &&
      strstr (message, " but it needs at least ") != NULL)
    return g_log_writer_standard_streams (level, fields, n_fields, user_data);

  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* A folder that takes no file (/sys, even for root): the person is told
 * why in plain words and what to do, and nothing is left there. */
static void
test_export_pdf_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *path = "/sys/kernel/dose-summary.pdf";
  AdwDialog *dialog;

  if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR)) {
    g_test_skip ("no /sys on this system");
    return;
  }

  allow_heading_warning = TRUE;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.export-pdf", "s", path);
  mg_test_settle (NULL);
  dialog = open_dialog ();
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "The Summary Could Not Be Saved");
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), ==,
                   "You cannot save files in this folder. Choose another folder, such as Documents, "
                   "and save again.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  close_dialog (dialog);
  allow_heading_warning = FALSE;
}

/* The notes for the appointment: the group, on the page, by the names a
 * person sees. Today is fixed, so that no test depends on the day it runs. */
static MgAppointmentGroup *
appointment_group (Fixture *fixture)
{
  GtkWidget *group = mg_test_find_widget (GTK_WIDGET (fixture->page), MG_TYPE_APPOINTMENT_GROUP, NULL);
  g_autoptr(GDateTime) today = g_date_time_new_utc (2026, 3, 15, 12, 0, 0);

  g_assert_nonnull (group);
  mg_appointment_group_set_today (MG_APPOINTMENT_GROUP (group), today);
  return MG_APPOINTMENT_GROUP (group);
}

static void
type_in_row (Fixture    *fixture,
             const char *title,
             const char *text)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), title);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  mg_test_run_pending ();
}

static void
check_row (Fixture    *fixture,
           const char *title)
{
  GtkWidget *check = control (fixture, title, GTK_TYPE_CHECK_BUTTON);

  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  mg_test_activate (check);
  mg_test_settle (fixture->window);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

/* The month by its index (1 is January), the year by its number. */
static void
choose_since (Fixture *fixture,
              guint    month,
              guint    year)
{
  GtkWidget *row = mg_test_find_row (GTK_WIDGET (fixture->page), "Since");
  GtkWidget *month_dropdown = mg_test_find_widget (row, GTK_TYPE_DROP_DOWN, NULL);
  GtkWidget *year_dropdown = gtk_widget_get_next_sibling (month_dropdown);
  GListModel *years = gtk_drop_down_get_model (GTK_DROP_DOWN (year_dropdown));
  g_autofree char *wanted = g_strdup_printf ("%u", year);

  for (guint i = 0; i < g_list_model_get_n_items (years); i++) {
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (years), i), wanted))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (year_dropdown), i);
  }
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years),
                                               gtk_drop_down_get_selected (GTK_DROP_DOWN (year_dropdown))),
                   ==, wanted);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (month_dropdown), month);
  mg_test_run_pending ();
}

static GtkTextBuffer *
questions_buffer (Fixture *fixture)
{
  GtkWidget *view = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW, NULL);

  g_assert_nonnull (view);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static void
type_questions (Fixture    *fixture,
                const char *text)
{
  gtk_text_buffer_set_text (questions_buffer (fixture), text, -1);
  mg_test_run_pending ();
}

static const char *
note (Fixture    *fixture,
      MgDoseNote  which)
{
  return mg_dose_profile_get_note (fixture->profile, which);
}

/* The summary saved as a PDF at @path, as text, one page; %NULL, the test
 * skipped, without pdftotext. */
static char *
exported_summary (Fixture    *fixture,
                  const char *path)
{
  char *pdf_text;

  g_unlink (path);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.export-pdf", "s", path);
  pdf_text = pdf_to_text (path);
  if (pdf_text != NULL)
    g_assert_null (strchr (g_strstrip (pdf_text), '\f'));

  return pdf_text;
}

#define QUESTIONS "Can I take it with my blood pressure tablets?\nShould my magnesium level be tested first?"

static void
fill_appointment (Fixture *fixture)
{
  appointment_group (fixture);
  type_in_row (fixture, "Product name", "Magnesium <b>Forte</b> & Co");
  check_row (fixture, "Restless legs");
  check_row (fixture, "Another reason");
  type_in_row (fixture, "The other reason", "Night cramps in the feet");
  choose_since (fixture, 9, 2024);
  type_questions (fixture, QUESTIONS);
}

/* Issue 21.4: the notes go into the profile, so into the settings, and
 * onto the summary, the person's words as typed; they change no result. */
static void
test_appointment (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "dose-appointment.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *setting = NULL;
  MgVerdict verdict;

  fill_example (fixture);
  choose_form (fixture, "Magnesium citrate (trimagnesium)");
  verdict = get_verdict (fixture);
  fill_appointment (fixture);

  g_assert_cmpuint (get_verdict (fixture), ==, verdict);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_PRODUCT_NAME), ==, "Magnesium <b>Forte</b> & Co");
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_OTHER_REASON), ==, "Night cramps in the feet");
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_SINCE), ==, "2024-09");
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, QUESTIONS);
  g_assert_cmpuint (mg_dose_profile_get_reasons (fixture->profile), ==,
                    MG_DOSE_REASON_BIT (MG_DOSE_REASON_RESTLESS_LEGS) | MG_DOSE_REASON_BIT (MG_DOSE_REASON_OTHER));
  setting = g_settings_get_string (fixture->settings, "dose-appointment-questions");
  g_assert_cmpstr (setting, ==, QUESTIONS);

  pdf_text = exported_summary (fixture, path);
  if (pdf_text == NULL)
    return;
  assert_pdf_says (pdf_text, "For the Appointment");
  /* Markup characters are the person's text, shown as typed. */
  assert_pdf_says (pdf_text, "Product Magnesium <b>Forte</b> & Co");
  assert_pdf_says (pdf_text, "Magnesium citrate (trimagnesium)");
  assert_pdf_says (pdf_text, "Reasons Restless legs");
  assert_pdf_says (pdf_text, "Night cramps in the feet");
  assert_pdf_says (pdf_text, "Since September 2024");
  assert_pdf_says (pdf_text, "Questions Can I take it with my blood pressure tablets?");
  assert_pdf_says (pdf_text, "Should my magnesium level be tested first?");
  g_unlink (path);
}

/* Nothing noted, nothing said: no heading, no empty lines. */
static void
test_appointment_omitted (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "dose-no-appointment.pdf", NULL);
  g_autofree char *pdf_text = NULL;

  fill_example (fixture);
  appointment_group (fixture);
  choose_since (fixture, 9, 2024);
  type_questions (fixture, "Why?");
  /* A month without a year is no month. */
  choose_since (fixture, 0, 2024);
  type_questions (fixture, "");
  pdf_text = exported_summary (fixture, path);
  if (pdf_text == NULL)
    return;
  g_assert_null (strstr (pdf_text, "For the Appointment"));
  g_assert_null (strstr (pdf_text, "Since"));
  g_assert_null (strstr (pdf_text, "Reasons"));
  g_unlink (path);
}

/* Bad input: a month still to come, questions longer than the summary
 * holds. Each is refused in words, said to a screen reader, and the
 * summary keeps what was there; nothing typed is taken away. */
static void
test_appointment_refusals (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *since_row;
  GtkWidget *month;
  GtkWidget *hint;
  GtkWidget *view;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *typed = NULL;
  GtkTextIter start, end;

  appointment_group (fixture);
  choose_since (fixture, 2, 2026);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_SINCE), ==, "2026-02");
  choose_since (fixture, 5, 2026);
  since_row = mg_test_find_row (GTK_WIDGET (fixture->page), "Since");
  month = mg_test_find_widget (since_row, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_true (gtk_widget_has_css_class (since_row, "error"));
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (since_row)), ==,
                   "That month is still to come. Choose this month or one before it.");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (month), "mg-announcement"), ==,
                   "That month is still to come. Choose this month or one before it.");
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_SINCE), ==, "2026-02");
  choose_since (fixture, 3, 2026);
  g_assert_false (gtk_widget_has_css_class (since_row, "error"));
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_SINCE), ==, "2026-03");

  view = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW, NULL);
  hint = mg_test_find_label (GTK_WIDGET (fixture->page), "At most 400 characters.");
  g_assert_nonnull (hint);
  type_questions (fixture, "Is it safe?");
  for (guint i = 0; i <= MG_DOSE_QUESTIONS_MAX; i++)
    g_string_append_c (long_text, 'x');
  /* Typed, or pasted, at the end. */
  gtk_text_buffer_get_end_iter (questions_buffer (fixture), &end);
  gtk_text_buffer_insert (questions_buffer (fixture), &end, long_text->str, -1);
  mg_test_run_pending ();
  g_assert_true (gtk_widget_has_css_class (hint, "error"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (hint)),
                                   "Too long for the summary, which holds at most 400 characters."));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (view), "mg-announcement"), ==, gtk_label_get_label (GTK_LABEL (hint)));
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, "Is it safe?");
  /* What was typed stays in the field, to be shortened. */
  gtk_text_buffer_get_bounds (questions_buffer (fixture), &start, &end);
  typed = gtk_text_buffer_get_text (questions_buffer (fixture), &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (typed, "Is it safe?"));
  g_assert_true (g_str_has_suffix (typed, long_text->str));

  type_questions (fixture, "1\n2\n3\n4\n5\n6\n7\n8");
  gtk_text_buffer_get_end_iter (questions_buffer (fixture), &end);
  gtk_text_buffer_insert (questions_buffer (fixture), &end, "\n9", -1);
  mg_test_run_pending ();
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (hint)),
                                   "Too many lines for the summary, which holds at most 8 lines."));
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, "1\n2\n3\n4\n5\n6\n7\n8");
  /* Both refusals at once, looked at on a phone. */
  choose_since (fixture, 5, 2026);
  if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
    mg_test_wait_for_size (fixture->window, 360);
    g_assert_true (gtk_widget_grab_focus (view));
    mg_test_settle (fixture->window);
    save_shot (fixture, "dose-appointment-refused-en-360x640-100");
  }
  choose_since (fixture, 3, 2026);
  type_questions (fixture, "1\n2\n3\n4\n5\n6\n7\n8");
  g_assert_false (gtk_widget_has_css_class (hint, "error"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (hint)), ==, "At most 400 characters.");
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, "1\n2\n3\n4\n5\n6\n7\n8");

  /* A name takes one line of the summary: the field takes no more. */
  type_in_row (fixture, "Product name", long_text->str);
  g_assert_cmpuint (strlen (note (fixture, MG_DOSE_NOTE_PRODUCT_NAME)), ==, MG_DOSE_PRODUCT_NAME_MAX);
}

/* A new language makes a new page: the notes are still there, and
 * "Start over" clears them with the answers, Undo brings them back. */
static void
test_appointment_kept (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *undo;
  g_autofree char *questions = NULL;
  GtkTextIter start, end;

  fill_appointment (fixture);
  switch_language (fixture, "nl");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mg_test_find_row (GTK_WIDGET (fixture->page), "Productnaam"))), ==,
                   "Magnesium <b>Forte</b> & Co");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (control (fixture, "Rusteloze benen",
                                                                         GTK_TYPE_CHECK_BUTTON))));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (control (fixture, "Sinds", GTK_TYPE_DROP_DOWN))), ==, 9);
  gtk_text_buffer_get_bounds (questions_buffer (fixture), &start, &end);
  questions = gtk_text_buffer_get_text (questions_buffer (fixture), &start, &end, FALSE);
  g_assert_cmpstr (questions, ==, QUESTIONS);
  switch_language (fixture, "en");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.start-over", NULL);
  mg_test_settle (fixture->window);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mg_test_find_row (GTK_WIDGET (fixture->page), "Product name"))), ==,
                   "");
  undo = mg_test_find_label (GTK_WIDGET (fixture->page), "Undo");
  mg_test_activate (gtk_widget_get_ancestor (undo, GTK_TYPE_BUTTON));
  mg_test_settle (fixture->window);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, QUESTIONS);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_SINCE), ==, "2024-09");
}

/* Every note at its limit, in wide letters, with three medicines and two
 * cautions: one page still, in each language, on the smaller of A4 and US
 * Letter less margins. (With nine medicines or more it takes more pages:
 * /dose-page/summary-pages.) */
static void
test_appointment_fits (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *languages[] = { "en", "nl", "sv", "da" };
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) questions = g_string_new (NULL);
  guint line_length = MG_DOSE_QUESTIONS_MAX / MG_DOSE_QUESTIONS_MAX_LINES;

  for (guint i = 0; i < MG_DOSE_PRODUCT_NAME_MAX; i++)
    g_string_append (name, i % 8 == 7 ? " " : "W");
  for (guint i = 0; i < MG_DOSE_QUESTIONS_MAX; i++)
    g_string_append (questions, i % line_length == line_length - 1 ? "\n" : i % 8 == 7 ? " " : "W");
  g_string_truncate (questions, questions->len - 1);
  set_spin (fixture, "Age", 67);
  toggle (fixture, "Bleeding disorder");
  toggle (fixture, "Kidney disease");
  g_object_set (fixture->profile, "medicines", MG_MEDICINE_BIT (3) - 1,
                "product-name", name->str, "other-reason", name->str, "since", "2024-09",
                "questions", questions->str, "reasons", MG_DOSE_REASON_BIT (MG_N_DOSE_REASONS) - 1, NULL);
  g_assert_cmpstr (note (fixture, MG_DOSE_NOTE_QUESTIONS), ==, questions->str);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    g_autofree char *date = NULL;
    cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
    cairo_t *cr = cairo_create (surface);

    g_assert_true (mg_i18n_set_language (languages[l]));
    date = mg_i18n_format_date ("2026-09-30");
    g_assert_true (mg_dose_summary_draw (fixture->profile, date, mg_disclaimer_get_full_text (), cr, 540, 720));
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

/* Every medicine and every note at its limit: more than one page can hold.
 * The summary goes on to a second page, numbered, with nothing cut off:
 * every medicine, the last question and the disclaimer are in the PDF, and
 * the preview shows each page. */
static void
test_summary_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "dose-summary-pages.pdf", NULL);
  g_autoptr(GString) questions = g_string_new (NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *date = local_date ();
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint line_length = MG_DOSE_QUESTIONS_MAX / MG_DOSE_QUESTIONS_MAX_LINES;
  guint n_pages;
  AdwDialog *dialog;
  GtkWidget *picture;
  guint n_pictures = 0;

  for (guint i = 0; i < MG_DOSE_QUESTIONS_MAX - 12; i++)
    g_string_append (questions, i % line_length == line_length - 1 ? "\n" : i % 8 == 7 ? " " : "W");
  g_string_append (questions, " Last words.");
  set_spin (fixture, "Age", 67);
  toggle (fixture, "Bleeding disorder");
  g_object_set (fixture->profile, "medicines", MG_MEDICINE_BIT (MG_N_MEDICINES) - 1,
                "product-name", "Magnesium Forte", "since", "2024-09", "questions", questions->str,
                "reasons", MG_DOSE_REASON_BIT (MG_N_DOSE_REASONS) - 1, NULL);
  mg_test_settle (fixture->window);

  n_pages = mg_dose_summary_get_n_pages (fixture->profile, date, mg_disclaimer_get_full_text (), cr, 540, 720);
  g_assert_cmpuint (n_pages, >, 1);
  g_assert_false (mg_dose_summary_draw (fixture->profile, date, mg_disclaimer_get_full_text (), cr, 540, 720));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  mg_test_activate (mg_test_find_action_button (GTK_WIDGET (fixture->page), "dose.print"));
  mg_test_settle (NULL);
  dialog = open_dialog ();
  g_assert_nonnull (dialog);
  for (picture = mg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_PICTURE, NULL); picture != NULL;
       picture = gtk_widget_get_next_sibling (picture))
    n_pictures++;
  g_assert_cmpuint (n_pictures, >, 1);
  if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
    g_autofree char *shot = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), "dose-summary-pages.png", NULL);

    mg_test_save_png (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (dialog))), shot);
  }
  close_dialog (dialog);

  g_unlink (path);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.export-pdf", "s", path);
  pdf_text = pdf_to_text (path);
  if (pdf_text == NULL)
    return;
  g_assert_nonnull (strchr (g_strstrip (pdf_text), '\f'));
  assert_pdf_says (pdf_text, "Page 1 of");
  for (guint m = 0; m < MG_N_MEDICINES; m++)
    assert_pdf_says (pdf_text, mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, m));
  assert_pdf_says (pdf_text, "Last words.");
  assert_pdf_says (pdf_text, "Talk to your doctor or pharmacist");
}

/* The group and the summary, looked at in the four languages, on a phone
 * and a desktop, at 100 % and 200 % text. */
static void
test_appointment_looks (Fixture       *fixture,
                        gconstpointer  data)
{
  const struct { int width, height; } sizes[] = { { 360, 640 }, { 1200, 800 } };
  const int scales[] = { 100, 200 };
  const char *languages[] = { "en", "nl", "sv", "da" };
  g_autoptr(GtkCssProvider) text_size = gtk_css_provider_new ();

  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  fill_example (fixture);
  choose_form (fixture, "Magnesium citrate (trimagnesium)");
  fill_appointment (fixture);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++) {
    switch_language (fixture, languages[l]);
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++) {
      g_autofree char *css = g_strdup_printf (".article { font-size: %d%%; }", scales[s]);

      gtk_css_provider_load_from_string (text_size, css);
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
        g_autofree char *name = g_strdup_printf ("dose-appointment-%s-%dx%d-%d", languages[l], sizes[i].width,
                                                 sizes[i].height, scales[s]);
        GtkWidget *view = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW, NULL);

        gtk_window_set_default_size (GTK_WINDOW (fixture->window), sizes[i].width, sizes[i].height);
        mg_test_wait_for_size (fixture->window, sizes[i].width);
        scroll_to (fixture, 0);
        g_assert_true (gtk_widget_grab_focus (view));
        mg_test_settle (fixture->window);
        save_shot (fixture, name);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, sizes[i].width);
      }
    }
    if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
      g_autofree char *file = g_strdup_printf ("dose-appointment-preview-%s.png", languages[l]);
      g_autofree char *path = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), file, NULL);
      AdwDialog *dialog;

      gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dose.print", NULL);
      mg_test_settle (NULL);
      dialog = open_dialog ();
      g_assert_nonnull (dialog);
      mg_test_save_png (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (dialog))), path);
      close_dialog (dialog);
    }
  }
  switch_language (fixture, "en");
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();

#define ADD(path, func, width) \
  g_test_add ("/dose-page/" path, Fixture, GINT_TO_POINTER (width), fixture_set_up, func, fixture_tear_down)

  ADD ("defaults", test_defaults, 0);
  ADD ("empty-start", test_empty_start, FRESH);
  ADD ("child-needs-no-sex", test_child_needs_no_sex, FRESH);
  ADD ("opening-writes-nothing", test_opening_writes_nothing, FRESH);
  ADD ("form-drives-result", test_form_drives_result, 0);
  ADD ("reference-set-changes-figures", test_reference_set_changes_figures, 0);
  ADD ("medicine-shows-interaction", test_medicine_shows_interaction, 0);
  ADD ("other-products-counted", test_other_products_counted, 0);
  ADD ("new-medicines-and-reasons", test_new_medicines_and_reasons, 0);
  ADD ("new-questions-look", test_new_questions_look, 0);
  ADD ("doctor-first", test_doctor_first, 0);
  ADD ("refuses-contradictions", test_refuses_contradictions, 0);
  ADD ("food", test_food, 0);
  ADD ("kept-in-settings", test_kept_in_settings, 0);
  ADD ("language-keeps-country", test_language_keeps_country, 0);
  ADD ("typed-numbers", test_typed_numbers, 0);
  ADD ("typed-numbers-dutch", test_typed_numbers_dutch, 0);
  ADD ("export-pdf", test_export_pdf, 0);
  ADD ("summary-pages", test_summary_pages, 0);
  ADD ("export-pdf-refused", test_export_pdf_refused, 0);
  ADD ("keyboard-and-labels", test_keyboard_and_labels, 0);
  ADD ("wide", test_wide, 1200);
  ADD ("narrow", test_narrow, 360);
  ADD ("focus-order", test_focus_order, 0);
  ADD ("resize-while-hidden", test_resize_while_hidden, 1200);
  ADD ("wheel-changes-nothing", test_wheel_changes_nothing, 0);
  ADD ("verdict-reasons", test_verdict_reasons, 0);
  ADD ("banner-on-a-phone", test_banner_on_a_phone, 1200);
  ADD ("form-dialog", test_form_dialog, 0);
  ADD ("start-over", test_start_over, 0);
  ADD ("summary-preview", test_summary_preview, 0);
  ADD ("texts-follow-language", test_texts_follow_language, 0);
  ADD ("appointment", test_appointment, 0);
  ADD ("appointment-omitted", test_appointment_omitted, 0);
  ADD ("appointment-refusals", test_appointment_refusals, 0);
  ADD ("appointment-kept", test_appointment_kept, 0);
  ADD ("appointment-fits", test_appointment_fits, 0);
  ADD ("appointment-looks", test_appointment_looks, 0);
  ADD ("looks", test_looks, 0);
  ADD ("label-choices", test_label_choices, 360);
  g_test_add_func ("/dose-page/schema-choices", test_schema_choices);

#undef ADD

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
