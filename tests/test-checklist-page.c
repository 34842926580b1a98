/* test-checklist-page.c: the food checklist, driven as a person would
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "mg-checklist-page.h"
#include "mg-intake-store-private.h"
#include "mg-foods.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-own-food-dialog.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"
#include "mg-test-utils.h"
#include "mg-week-chart.h"

typedef struct {
  char            *dir;
  MgTestClock     *clock;
  MgDoseProfile   *profile;
  MgIntakeStore   *store;
  MgOwnFoods      *own_foods;
  MgChecklistPage *page;
  GtkWidget       *window;
} Fixture;

/* A page on a store in this run’s private data directory, in a window. */
static void
open_page (Fixture *fixture,
           int      width)
{
  fixture->store = mg_test_store_open (fixture->dir, fixture->clock);
  fixture->own_foods = mg_own_foods_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                    fixture->clock);
  mg_test_file_store_wait_loaded (mg_own_foods_get_file (fixture->own_foods));
  fixture->page = MG_CHECKLIST_PAGE (mg_checklist_page_new_with_stores (fixture->profile, fixture->store,
                                                                        fixture->own_foods));
  fixture->window = mg_test_show_in_window (GTK_WIDGET (fixture->page), NULL, width, 800);
}

/* As the window does when the language changes: the page made again, in
 * @code, on the same store and answers, with the filter carried over. */
static void
reopen_in_language (Fixture    *fixture,
                    const char *code)
{
  g_autofree char *filter = g_strdup (mg_checklist_page_get_filter (fixture->page));
  int width = gtk_widget_get_width (fixture->window);

  mg_test_switch_language (NULL, code);
  mg_test_close_window (fixture->window, fixture->page);
  fixture->page = MG_CHECKLIST_PAGE (mg_checklist_page_new_with_stores (fixture->profile, fixture->store,
                                                                        fixture->own_foods));
  mg_checklist_page_set_filter (fixture->page, filter);
  fixture->window = mg_test_show_in_window (GTK_WIDGET (fixture->page), NULL, width > 0 ? width : 600, 800);
}

/* Closes the window, saves what the page changed; nothing may keep the
 * page or the store alive. */
static void
close_page (Fixture *fixture)
{
  mg_test_close_window (fixture->window, fixture->page);
  if (mg_test_store_flush (fixture->store, NULL))
    g_assert_false (mg_intake_store_has_unsaved_changes (fixture->store));
  else
    g_assert_true (mg_intake_store_get_problems (fixture->store) & MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_finalize_object (fixture->store);
  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (fixture->own_foods), NULL));
  g_assert_finalize_object (fixture->own_foods);
  fixture->page = NULL;
  fixture->store = NULL;
  fixture->own_foods = NULL;
  fixture->window = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend ("io.github.mgguide.MagnesiumGuide", backend);

  fixture->profile = mg_dose_profile_new (settings);
  fixture->dir = g_strdup_printf ("%s/checklist-%u", g_get_user_data_dir (), counter++);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
  open_page (fixture, GPOINTER_TO_INT (data) > 0 ? GPOINTER_TO_INT (data) : 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_page (fixture);
  g_assert_finalize_object (fixture->profile);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

static GtkWidget *
food_row (Fixture    *fixture,
          const char *id)
{
  GtkWidget *title = mg_test_find_label (GTK_WIDGET (fixture->page),
                                         mg_food_get_name (mg_foods_lookup (id)));

  return title != NULL ? gtk_widget_get_ancestor (title, MG_TYPE_FORM_ROW) : NULL;
}

static GtkCheckButton *
food_check (Fixture    *fixture,
            const char *id)
{
  GtkWidget *row = food_row (fixture, id);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (mg_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL));
}

static GtkSpinButton *
food_servings (Fixture    *fixture,
               const char *id)
{
  return GTK_SPIN_BUTTON (mg_test_find_widget (food_row (fixture, id), GTK_TYPE_SPIN_BUTTON, NULL));
}

/* What the row says under its servings: the unit and the magnesium. */
static const char *
food_subtotal (Fixture    *fixture,
               const char *id)
{
  GtkWidget *label = mg_test_find_widget (food_row (fixture, id), GTK_TYPE_LABEL, "caption");

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static const char *
servings_text (Fixture    *fixture,
               const char *id)
{
  return gtk_editable_get_text (GTK_EDITABLE (food_servings (fixture, id)));
}

static MgWeekChart *
week_chart (Fixture *fixture)
{
  return MG_WEEK_CHART (mg_test_find_widget (GTK_WIDGET (fixture->page), MG_TYPE_WEEK_CHART, NULL));
}

/* Ticks a food as a click on its row would. */
static void
tick (Fixture    *fixture,
      const char *id)
{
  g_signal_emit_by_name (food_row (fixture, id), "activate");
  mg_test_run_pending ();
}

/* Types into the servings field and presses Enter, as a person would:
 * Enter in its text commits what was typed. */
static void
type_servings (Fixture    *fixture,
               const char *id,
               const char *text)
{
  GtkSpinButton *spin = food_servings (fixture, id);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  g_signal_emit_by_name (mg_test_find_widget (GTK_WIDGET (spin), GTK_TYPE_TEXT, NULL), "activate");
  mg_test_run_pending ();
}

static const char *
label_text (Fixture    *fixture,
            const char *css_class)
{
  GtkWidget *label = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, css_class);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkLevelBar *
level_bar (Fixture *fixture)
{
  return GTK_LEVEL_BAR (mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LEVEL_BAR, NULL));
}

static void
assert_total (Fixture *fixture,
              guint    total)
{
  g_autofree char *text = g_strdup_printf ("%u mg", total);

  g_assert_cmpuint (mg_checklist_page_get_total_mg (fixture->page), ==, total);
  g_assert_cmpstr (label_text (fixture, "numeric"), ==, text);
  g_assert_cmpfloat (gtk_level_bar_get_value (level_bar (fixture)), ==,
                     MIN (total, mg_checklist_page_get_reference_intake (fixture->page)));
}

static void
count_cb (gpointer  object,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

static void
test_tick_and_servings (Fixture       *fixture,
                        gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect (fixture->page, "notify::total-mg", G_CALLBACK (count_cb), &notified);
  assert_total (fixture, 0);
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "pumpkin-seeds")));
  /* The servings show once a food is ticked. */
  g_assert_null (food_servings (fixture, "pumpkin-seeds"));

  tick (fixture, "pumpkin-seeds");
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "pumpkin-seeds")));
  g_assert_nonnull (food_servings (fixture, "pumpkin-seeds"));
  g_assert_cmpstr (food_subtotal (fixture, "pumpkin-seeds"), ==, "1 serving · 156 mg");
  assert_total (fixture, 156);

  /* Up a half serving, as the Up key does. */
  gtk_spin_button_spin (food_servings (fixture, "pumpkin-seeds"), GTK_SPIN_STEP_FORWARD, 0);
  mg_test_settle (fixture->window);
  g_assert_cmpstr (servings_text (fixture, "pumpkin-seeds"), ==, "1.5");
  g_assert_cmpstr (food_subtotal (fixture, "pumpkin-seeds"), ==, "1.5 servings · 234 mg");
  assert_total (fixture, 234);

  tick (fixture, "spinach");
  tick (fixture, "tuna");
  /* Typed servings count; 2.5 × 23 mg = 57.5 mg. (English reads no decimal
   * comma: see test_typed_servings.) */
  type_servings (fixture, "tuna", "2.5");
  g_assert_cmpfloat (gtk_spin_button_get_value (food_servings (fixture, "tuna")), ==, 2.5);
  g_assert_cmpstr (food_subtotal (fixture, "tuna"), ==, "2.5 servings · 58 mg");
  assert_total (fixture, 370);
  /* Past the reference intake, the bar is full. */
  g_assert_cmpfloat (gtk_level_bar_get_value (level_bar (fixture)), ==, 310);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (level_bar (fixture)), ==, 310);

  /* Unticking takes the food out of the total. */
  tick (fixture, "spinach");
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "spinach")));
  assert_total (fixture, 292);
  g_assert_cmpuint (notified, ==, 6);

  /* What the store keeps is what the page shows. */
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->store, "2026-11-22", "pumpkin-seeds"),
                     ==, 1.5);
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-22"), ==, 292);
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  tick (fixture, "almonds");
  gtk_spin_button_spin (food_servings (fixture, "almonds"), GTK_SPIN_STEP_FORWARD, 0);
  tick (fixture, "milk");
  mg_test_settle (fixture->window);
  close_page (fixture);

  open_page (fixture, 900);
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "almonds")));
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "milk")));
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "banana")));
  g_assert_cmpstr (servings_text (fixture, "almonds"), ==, "1.5");
  assert_total (fixture, 120 + 24);
}

static void
test_clear_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *clear = mg_test_find_action_button (page, "checklist.clear-day");
  GtkWidget *undo;

  g_assert_false (gtk_widget_is_sensitive (clear));
  tick (fixture, "banana");
  tick (fixture, "avocado");
  g_assert_true (gtk_widget_is_sensitive (clear));

  /* The toast’s 5 s timer runs only when the main context does: nothing
   * here runs it before Undo, however slow the machine. */
  mg_test_activate (clear);
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "banana")));
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "avocado")));
  assert_total (fixture, 0);
  g_assert_false (gtk_widget_is_sensitive (clear));
  g_assert_nonnull (mg_test_find_label (fixture->window, "Today’s foods cleared"));

  undo = mg_test_find_action_button (fixture->window, "checklist.undo-clear");
  g_assert_nonnull (undo);
  mg_test_activate (undo);
  mg_test_settle (fixture->window);
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "banana")));
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "avocado")));
  assert_total (fixture, 54);
  g_assert_null (mg_test_find_label (fixture->window, "Today’s foods cleared"));

  /* Undone once is undone: the data on disk is back too. */
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-22"), ==, 54);
}

static void
set_filter (Fixture    *fixture,
            const char *text)
{
  GtkWidget *entry = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, NULL);

  /* The filter follows at once, not after a pause in typing. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  mg_test_settle (fixture->window);
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);

  set_filter (fixture, "CHARD");
  g_assert_nonnull (food_row (fixture, "swiss-chard"));
  g_assert_null (food_row (fixture, "spinach"));
  g_assert_nonnull (mg_test_find_label (page, "Vegetables"));
  g_assert_null (mg_test_find_label (page, "Fish"));
  g_assert_null (mg_test_find_label (page, "No Matching Foods"));

  /* Letters of a Turkish keyboard, accents and spaces around count for nothing. */
  set_filter (fixture, " SPİNACH ");
  g_assert_nonnull (food_row (fixture, "spinach"));
  set_filter (fixture, "spınach");
  g_assert_nonnull (food_row (fixture, "spinach"));
  g_assert_null (food_row (fixture, "swiss-chard"));

  set_filter (fixture, "seeds");
  g_assert_nonnull (food_row (fixture, "pumpkin-seeds"));
  g_assert_nonnull (food_row (fixture, "chia-seeds"));
  g_assert_null (food_row (fixture, "spinach"));

  /* The group's name counts: “nut” finds almonds and cashews, which are
   * nuts without saying so, and peanuts, which say so. */
  set_filter (fixture, "nut");
  /* …and a screen reader hears how many. */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (mg_test_find_widget (page, GTK_TYPE_SEARCH_ENTRY, NULL)),
                                      "mg-announcement"), ==, "5 foods shown");
  g_assert_nonnull (food_row (fixture, "almonds"));
  g_assert_nonnull (food_row (fixture, "cashews"));
  g_assert_nonnull (food_row (fixture, "peanuts"));
  g_assert_null (food_row (fixture, "spinach"));

  set_filter (fixture, "quinoa");
  g_assert_nonnull (mg_test_find_label (page, "No Matching Foods"));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (mg_test_find_widget (page, GTK_TYPE_SEARCH_ENTRY, NULL)),
                                      "mg-announcement"), ==, "No matching foods");
  g_assert_null (mg_test_find_label (page, "Vegetables"));

  set_filter (fixture, "");
  for (guint i = 0; i < mg_foods_get_n_foods (); i++)
    g_assert_nonnull (food_row (fixture, mg_foods_get_food (i)->id));
  g_assert_null (mg_test_find_label (page, "No Matching Foods"));
}

static double
profile_food_mg (Fixture *fixture)
{
  double food_mg;

  g_object_get (fixture->profile, "food-mg", &food_mg, NULL);
  return food_mg;
}

static void
test_reference_intake (Fixture       *fixture,
                       gconstpointer  data)
{
  MgWeekChart *chart = week_chart (fixture);
  guint notified = 0;

  /* The dose guide's answers as they start: a woman of 30, NIH values in English. */
  g_assert_cmpuint (mg_checklist_page_get_reference_intake (fixture->page), ==, 310);
  g_assert_cmpuint (mg_week_chart_get_reference_intake (chart), ==, 310);

  /* A man of 45: 320 mg at 45, then 420 mg as a man. */
  g_signal_connect (fixture->page, "notify::reference-intake", G_CALLBACK (count_cb), &notified);
  /* Until the person gives age and sex, the guide has no intake of theirs. */
  mg_dose_profile_answer (fixture->profile, MG_DOSE_ANSWERED_ALL);
  g_object_set (fixture->profile, "age", 45, NULL);
  g_object_set (fixture->profile, "sex", MG_SEX_MALE, NULL);
  g_object_set (fixture->profile, "sex", MG_SEX_MALE, NULL);
  g_assert_cmpuint (notified, ==, 2);

  tick (fixture, "mackerel");
  /* Today's food goes to the dose guide. */
  g_assert_cmpfloat (profile_food_mg (fixture), ==, 82);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (level_bar (fixture)), ==, 420);
  g_assert_cmpuint (mg_week_chart_get_reference_intake (chart), ==, 420);
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page),
                                        "20 % of your reference intake of 420 mg a day"));
  g_assert_true (g_str_has_prefix (mg_week_chart_get_description (chart),
                                   "Your reference intake: 420 mg a day.\n"));
  /* Today is the chart’s last day. */
  g_assert_true (g_str_has_suffix (mg_week_chart_get_description (chart),
                                   "Sunday 22 November 2026: 82 mg"));

  /* Answers the dose guide refuses give no reference intake: an adult's
   * in the same reference values stands in. */
  g_object_set (fixture->profile, "age", 0, NULL);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (fixture->profile), ==, 0);
  g_assert_cmpuint (mg_checklist_page_get_reference_intake (fixture->page), ==, 310);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (level_bar (fixture)), ==, 310);
  g_assert_cmpuint (notified, ==, 3);
}

static void
test_default_store (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "magnesium-guide",
                                                MG_INTAKE_STORE_FILE_NAME, NULL);
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend ("io.github.mgguide.MagnesiumGuide", backend);
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  GtkWidget *first = g_object_ref_sink (mg_checklist_page_new (profile));
  GtkWidget *second = g_object_ref_sink (mg_checklist_page_new (profile));
  MgIntakeStore *store = mg_checklist_page_get_store (MG_CHECKLIST_PAGE (first));

  /* The user’s data directory (in a Flatpak, the app’s own), one store for
   * every window of the process. */
  g_assert_cmpstr (mg_intake_store_get_path (store), ==, expected);
  g_assert_true (mg_checklist_page_get_store (MG_CHECKLIST_PAGE (second)) == store);
  /* Its first read holds it until the worker is done. */
  mg_test_store_wait_loaded (store);

  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_assert_finalize_object (first);
  g_assert_nonnull (store);
  g_assert_finalize_object (second);
  g_assert_null (store);
}

static void
test_week_chart (Fixture       *fixture,
                 gconstpointer  data)
{
  MgWeekChart *chart = week_chart (fixture);
  g_auto(GStrv) lines = NULL;

  mg_intake_store_set_servings (fixture->store, "2026-11-16", "kale", 2);
  mg_intake_store_set_servings (fixture->store, "2026-11-15", "kale", 2);  /* a day too early */
  mg_intake_store_set_servings (fixture->store, "2026-11-20", "lentils", 1);
  tick (fixture, "potato");

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Magnesium from food on the last 7 days");
  lines = g_strsplit (mg_week_chart_get_description (chart), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 8);
  g_assert_cmpstr (lines[1], ==, "Monday 16 November 2026: 14 mg");
  g_assert_cmpstr (lines[2], ==, "Tuesday 17 November 2026: 0 mg");
  g_assert_cmpstr (lines[5], ==, "Friday 20 November 2026: 36 mg");
  g_assert_cmpstr (lines[7], ==, "Sunday 22 November 2026: 43 mg");
}

static void
test_midnight (Fixture       *fixture,
               gconstpointer  data)
{
  tick (fixture, "cashews");
  close_page (fixture);
  mg_test_clock_set (fixture->clock, "2026-11-22T23:59:59.700");
  open_page (fixture, 900);
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "cashews")));

  /* At midnight the list starts a new, empty day by itself. */
  mg_test_clock_jump (fixture->clock, "2026-11-23T00:00:00.100");
  g_assert_cmpstr (mg_intake_store_get_today (fixture->store), ==, "2026-11-23");
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "cashews")));
  assert_total (fixture, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-22"), ==, 74);
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *action)
{
  GtkWidget *button = mg_test_find_action_button (GTK_WIDGET (fixture->page), action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
assert_day_shown (Fixture    *fixture,
                  const char *day,
                  const char *date,
                  const char *title)
{
  g_assert_cmpstr (mg_checklist_page_get_day (fixture->page), ==, day);
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page), date));
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (fixture->page), title));
}

/* Any day can be filled in or corrected, from the arrows, the calendar or
 * a bar of the week chart; never a day to come. Today's total, which the
 * dose guide counts, stays today's. */
static void
test_any_day (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *today_button = mg_test_find_action_button (page, "checklist.today");
  GtkCalendar *calendar = GTK_CALENDAR (gtk_widget_get_template_child (page, MG_TYPE_CHECKLIST_PAGE, "calendar"));
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 11, 20, 12, 0, 0);

  tick (fixture, "cashews");
  assert_day_shown (fixture, "2026-11-22", "22 November 2026", "Magnesium from food today");
  g_assert_false (gtk_widget_get_visible (today_button));
  g_assert_false (action_enabled (fixture, "checklist.next-day"));

  /* Yesterday, empty, ticked on its own. */
  mg_test_activate_action (page, "checklist.previous-day", NULL);
  assert_day_shown (fixture, "2026-11-21", "21 November 2026", "Magnesium from food on this day");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (page), "mg-announcement"), ==, "21 November 2026");
  g_assert_true (gtk_widget_get_visible (today_button));
  g_assert_true (action_enabled (fixture, "checklist.next-day"));
  g_assert_false (gtk_check_button_get_active (food_check (fixture, "cashews")));
  g_assert_cmpstr (label_text (fixture, "numeric"), ==, "0 mg");
  tick (fixture, "spinach");
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->store, "2026-11-21", "spinach"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->store, "2026-11-22", "spinach"), ==, 0);
  g_assert_cmpuint (mg_checklist_page_get_total_mg (fixture->page), ==, 74);
  g_assert_cmpstr (label_text (fixture, "numeric"), ==, "78 mg");

  /* Cleared, that day only, and back with Undo. */
  mg_test_activate_action (page, "checklist.clear-day", NULL);
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-21"), ==, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-22"), ==, 74);
  g_assert_nonnull (mg_test_find_label (page, "Foods of 21 November 2026 cleared"));
  mg_test_activate_action (page, "checklist.undo-clear", NULL);
  g_assert_cmpuint (mg_intake_store_get_total_mg (fixture->store, "2026-11-21"), ==, 78);

  /* A day to come is refused, with the reason. */
  g_assert_false (mg_checklist_page_show_day (fixture->page, "2026-11-23"));
  g_assert_cmpstr (mg_checklist_page_get_day (fixture->page), ==, "2026-11-21");
  g_assert_nonnull (mg_test_find_label (page, "That day has not come yet"));

  /* The calendar and the week chart's bars go to their day. */
  gtk_calendar_select_day (calendar, chosen);
  mg_test_run_pending ();
  assert_day_shown (fixture, "2026-11-20", "20 November 2026", "Magnesium from food on this day");
  g_signal_emit_by_name (mg_test_find_widget (page, MG_TYPE_WEEK_CHART, NULL), "day-activated", "2026-11-18");
  assert_day_shown (fixture, "2026-11-18", "18 November 2026", "Magnesium from food on this day");

  /* Next Day walks back up to today, and no further. */
  for (guint i = 0; i < 4; i++)
    mg_test_activate_action (page, "checklist.next-day", NULL);
  assert_day_shown (fixture, "2026-11-22", "22 November 2026", "Magnesium from food today");
  g_assert_false (action_enabled (fixture, "checklist.next-day"));
  g_assert_false (gtk_widget_get_visible (today_button));
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "cashews")));

  /* Today from a past day, in one step. */
  mg_test_activate_action (page, "checklist.previous-day", NULL);
  mg_test_activate_action (page, "checklist.today", NULL);
  assert_day_shown (fixture, "2026-11-22", "22 November 2026", "Magnesium from food today");
}

/* A past day shown stays shown at midnight; today shown follows the new
 * day. */
static void
test_any_day_at_midnight (Fixture       *fixture,
                          gconstpointer  data)
{
  close_page (fixture);
  mg_test_clock_set (fixture->clock, "2026-11-22T23:59:59.700");
  open_page (fixture, 900);
  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.previous-day", NULL);
  mg_test_clock_jump (fixture->clock, "2026-11-23T00:00:00.100");
  g_assert_cmpstr (mg_checklist_page_get_day (fixture->page), ==, "2026-11-21");
  g_assert_true (action_enabled (fixture, "checklist.next-day"));
  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.next-day", NULL);
  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.next-day", NULL);
  g_assert_cmpstr (mg_checklist_page_get_day (fixture->page), ==, "2026-11-23");
  g_assert_false (action_enabled (fixture, "checklist.next-day"));
}

static guint
count_labels (GtkWidget  *root,
              const char *prefix)
{
  guint count = GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
                g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_labels (child, prefix);

  return count;
}

static void
test_cannot_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "checklist-cannot-save-360.png", NULL);
  g_autofree char *blocker = NULL;

  close_page (fixture);
  /* Its parent is a file: the directory can never be made. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  blocker = g_build_filename (fixture->dir, "file", NULL);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_free (fixture->dir);
  fixture->dir = g_build_filename (blocker, "data", NULL);
  open_page (fixture, 360);

  g_assert_cmpuint (count_labels (fixture->window, "The checklist cannot be saved"), ==, 0);
  tick (fixture, "chia-seeds");
  g_assert_false (mg_test_store_flush (fixture->store, NULL));
  tick (fixture, "edamame");
  g_assert_false (mg_test_store_flush (fixture->store, NULL));
  mg_test_settle (fixture->window);

  /* It says so once, whole on a phone, and keeps working. */
  g_assert_cmpuint (count_labels (fixture->window, "The checklist cannot be saved"), ==, 1);
  /* Edamame 50 mg, chia seeds 95 mg (USDA's current value). */
  assert_total (fixture, 145);
  mg_test_save_png (fixture->window, png);
}

static void
test_damaged_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, MG_INTAKE_STORE_FILE_NAME, NULL);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "checklist-damaged-360.png", NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  close_page (fixture);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "[2026-11-22\nnot a checklist", -1, NULL));
  open_page (fixture, 360);
  mg_test_settle (fixture->window);

  g_assert_cmpuint (count_labels (fixture->window, "The saved checklist was damaged"), ==, 1);
  name = g_path_get_basename (mg_intake_store_get_set_aside_path (fixture->store));
  text = g_strdup_printf ("The saved checklist was damaged and could not be read. It was kept as "
                          "“%s”, and a new checklist was started.", name);
  /* Whole on a phone, the file’s name too. */
  label = mg_test_find_label (fixture->window, text);
  g_assert_true (mg_test_widget_inside (label, fixture->window));
  mg_test_save_png (fixture->window, png);
  assert_total (fixture, 0);
  tick (fixture, "black-beans");
  assert_total (fixture, 60);
}

static void
test_new_language_keeps_values (Fixture       *fixture,
                                gconstpointer  data)
{
  tick (fixture, "oatmeal");
  type_servings (fixture, "oatmeal", "1.5");
  /* A word in both the English and the Dutch name (“Instant havermout”). */
  set_filter (fixture, "instant");

  /* As the app does: the language, then the page made again. */
  reopen_in_language (fixture, "nl");
  mg_test_settle (fixture->window);

  /* Dutch words and a decimal comma, but the same values: the language
   * never chooses the country (a woman of 30, US values: 310 mg). */
  g_assert_cmpuint (mg_checklist_page_get_reference_intake (fixture->page), ==, 310);
  g_assert_cmpstr (servings_text (fixture, "oatmeal"), ==, "1,5");
  g_assert_true (gtk_check_button_get_active (food_check (fixture, "oatmeal")));
  g_assert_null (food_row (fixture, "banana"));
  g_assert_cmpuint (mg_checklist_page_get_total_mg (fixture->page), ==, 54);
  /* The texts this page gained follow the switch: its H1, the unit under
   * the servings, the filter's count as a screen reader hears it. */
  g_assert_cmpstr (label_text (fixture, "title-1"), ==, "Voedingschecklist");
  g_assert_cmpstr (food_subtotal (fixture, "oatmeal"), ==, "1,5 porties · 54 mg");
  set_filter (fixture, "noten");
  g_assert_nonnull (food_row (fixture, "almonds"));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (mg_test_find_widget (GTK_WIDGET (fixture->page),
                                                                     GTK_TYPE_SEARCH_ENTRY, NULL)),
                                      "mg-announcement"), ==, "5 voedingsmiddelen getoond");
  set_filter (fixture, "instant");

  /* Reference values the person chose stay whatever the language: EFSA's
   * 350 mg for a man. */
  mg_dose_profile_answer (fixture->profile, MG_DOSE_ANSWERED_ALL);
  g_object_set (fixture->profile, "reference-set", MG_REFERENCE_SET_EFSA, "sex", MG_SEX_MALE, NULL);
  reopen_in_language (fixture, "en");
  g_assert_cmpuint (mg_checklist_page_get_reference_intake (fixture->page), ==, 350);
  g_assert_cmpstr (servings_text (fixture, "oatmeal"), ==, "1.5");
}

/* Half servings as the store keeps them for today. */
static guint
stored_halves (Fixture    *fixture,
               const char *id)
{
  g_autoptr(GHashTable) day = mg_intake_store_dup_day (fixture->store,
                                                        mg_intake_store_get_today (fixture->store));

  return GPOINTER_TO_UINT (g_hash_table_lookup (day, id));
}

/* Refused servings keep the servings before them, in view and in the
 * store; what was typed stays to be corrected, with the reason where the
 * food's details were, marked invalid for a screen reader. */
static void
assert_servings_refused (Fixture    *fixture,
                         const char *id,
                         const char *typed,
                         double      kept,
                         const char *reason)
{
  GtkWidget *row = food_row (fixture, id);
  GtkSpinButton *spin = food_servings (fixture, id);

  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, kept);
  g_assert_cmpuint (stored_halves (fixture, id), ==, (guint) (kept * 2));
  g_assert_cmpstr (servings_text (fixture, id), ==, typed);
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (row)), ==, reason);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  gtk_test_accessible_assert_state (spin, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (spin, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason);
}

static void
assert_servings_accepted (Fixture    *fixture,
                          const char *id,
                          double      servings,
                          const char *details)
{
  GtkWidget *row = food_row (fixture, id);
  GtkSpinButton *spin = food_servings (fixture, id);

  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, servings);
  g_assert_cmpuint (stored_halves (fixture, id), ==, (guint) (servings * 2));
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (row)), ==, details);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID));
}

static void
test_typed_servings (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *details = "85 g · 1 small can, drained · 23 mg a serving";
  const struct {
    const char *typed;
    const char *reason;
  } refused[] = {
    { "", "Enter whole or half servings from 0.5 to 10." },
    { "abc", "Type the number in digits, with a decimal separator as in 12.5." },
    { "7 servings", "Type the number in digits, with a decimal separator as in 12.5." },
    { "-3", "Enter whole or half servings from 0.5 to 10." },
    { "0", "Enter whole or half servings from 0.5 to 10." },
    { "1.3", "Enter whole or half servings from 0.5 to 10." },
    { "11", "Enter whole or half servings from 0.5 to 10." },
    { "1e308", "Type the number in digits, with a decimal separator as in 12.5." },
    { "1,000", "Enter whole or half servings from 0.5 to 10." },
    { "2,5", "Type the number in digits, with a decimal separator as in 12.5." },
    { "1.25", "Type the number with at most 1 decimal place." },
  };

  tick (fixture, "tuna");
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (food_row (fixture, "tuna"))), ==, details);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++) {
    type_servings (fixture, "tuna", refused[i].typed);
    assert_servings_refused (fixture, "tuna", refused[i].typed, 1, refused[i].reason);
    assert_total (fixture, 23);
  }

  type_servings (fixture, "tuna", "2.5");
  assert_servings_accepted (fixture, "tuna", 2.5, details);
  assert_total (fixture, 58);

  /* Dutch reads the decimal comma; the reason is in the language. */
  reopen_in_language (fixture, "nl");
  type_servings (fixture, "tuna", "1,5");
  g_assert_cmpfloat (gtk_spin_button_get_value (food_servings (fixture, "tuna")), ==, 1.5);
  type_servings (fixture, "tuna", "1.000");
  assert_servings_refused (fixture, "tuna", "1.000", 1.5,
                           "‘1.000’ kan 1 of 1000 betekenen: typ het getal dat u bedoelt zonder "
                           "scheidingsteken voor duizendtallen.");
  reopen_in_language (fixture, "en");
  type_servings (fixture, "tuna", "1.000");
  assert_servings_refused (fixture, "tuna", "1.000", 1.5,
                           "“1.000” could mean 1 or 1000: type the one you mean without a thousands separator.");

  /* A step of the arrows starts from the servings kept. */
  gtk_spin_button_spin (food_servings (fixture, "tuna"), GTK_SPIN_STEP_FORWARD, 0);
  mg_test_run_pending ();
  assert_servings_accepted (fixture, "tuna", 2, details);
  g_assert_cmpstr (servings_text (fixture, "tuna"), ==, "2");
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *entry = mg_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *check = GTK_WIDGET (food_check (fixture, "peanuts"));
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.focus-filter", NULL);
  mg_test_settle (fixture->window);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_is_ancestor (focus, entry));

  /* Every control says what it is, once: the check box by the row's
   * title it relates to, with no label of its own to be read as well. */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (check),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* The button's name is what it shows, without the mnemonic's underscore:
   * GTK names it from its label, so it has no name of its own to be read
   * twice (tests/test-a11y-tree.py hears it over AT-SPI). */
  {
    GtkWidget *clear = mg_test_find_action_button (GTK_WIDGET (fixture->page), "checklist.clear-day");
    GtkWidget *label = mg_test_find_widget (clear, GTK_TYPE_LABEL, NULL);

    g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL));
    g_assert_true (gtk_label_get_use_underline (GTK_LABEL (label)));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Clear Today");
  }
  tick (fixture, "peanuts");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (food_servings (fixture, "peanuts")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Servings of Peanuts, oil roasted");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (level_bar (fixture)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Magnesium from food today");
  /* A food is one Tab stop, its check box, and its servings another once
   * shown: Tab from one food's check box goes to the next food's. */
  g_assert_true (gtk_widget_get_focusable (check));
  g_assert_false (gtk_widget_get_focusable (food_row (fixture, "peanuts")));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (food_check (fixture, "spinach"))));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) ==
                 GTK_WIDGET (food_check (fixture, "swiss-chard")));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (food_servings (fixture, "peanuts"))));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)),
                                         GTK_WIDGET (food_servings (fixture, "peanuts"))));
}

/* Everything a person uses lies within the window’s width. */
static void
assert_fits_width (GtkWidget *widget,
                   GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window) + 0.5);
}

/* The chart takes its colours from the theme: the dark one too. */
static void
save_dark_png (Fixture *fixture,
               int      width)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *name = g_strdup_printf ("checklist-%d-dark.png", width);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  mg_test_settle (fixture->window);
  mg_test_save_png (fixture->window, png);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  mg_test_settle (fixture->window);
}

static void
test_fits (Fixture       *fixture,
           gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *scroller = mg_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL);
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  for (guint i = 0; i < mg_foods_get_n_foods (); i += 3)
    tick (fixture, mg_foods_get_food (i)->id);
  tick (fixture, "tuna");
  type_servings (fixture, "tuna", "10");
  mg_test_settle (fixture->window);

  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const char *id = mg_foods_get_food (i)->id;
    GtkSpinButton *spin = food_servings (fixture, id);

    assert_fits_width (GTK_WIDGET (food_check (fixture, id)), fixture->window);
    if (spin != NULL)
      assert_fits_width (GTK_WIDGET (spin), fixture->window);
  }
  assert_fits_width (mg_test_find_action_button (page, "checklist.clear-day"), fixture->window);
  assert_fits_width (GTK_WIDGET (week_chart (fixture)), fixture->window);

  /* For a person to look at: the page from top to bottom, in the build tree. */
  for (guint i = 0; i < 4; i++) {
    g_autofree char *name = g_strdup_printf ("checklist-%d-%u.png", width, i);
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, name, NULL);

    gtk_adjustment_set_value (scroll, i * gtk_adjustment_get_upper (scroll) / 4);
    mg_test_settle (fixture->window);
    mg_test_save_png (fixture->window, png);
  }
  save_dark_png (fixture, width);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *frames = user_data;

  (*frames)++;
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* While the disk holds the save, the window keeps drawing frames and
 * taking ticks: the main thread never waits for the disk. */
static void
test_slow_disk (Fixture       *fixture,
                gconstpointer  data)
{
  guint frames = 0;
  guint tick_id;

  mg_test_disk_hold ();

  tick (fixture, "almonds");
  mg_intake_store_flush_async (fixture->store, NULL, NULL, NULL);
  g_assert_true (mg_test_disk_wait_held ());

  /* Ten frames drawn while the worker is inside fsync. */
  tick_id = gtk_widget_add_tick_callback (fixture->window, count_frame_cb, &frames, NULL);
  while (frames < 10)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (fixture->window, tick_id);
  tick (fixture, "cashews");
  assert_total (fixture, 80 + 74);

  mg_test_disk_release ();

  g_assert_true (mg_test_store_flush (fixture->store, NULL));
  g_assert_false (mg_test_disk_synced_on_main_thread ());
  mg_intake_store_set_file_ops (NULL);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->store, "2026-11-22", "cashews"), ==, 1);
}

static void
assert_heading (GtkWidget  *label,
                const char *text,
                int         level)
{
  g_autofree char *expected = g_strdup_printf ("%d", level);
  g_autofree char *wrong = NULL;

  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, text);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_ROLE_HEADING);
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, level);
  if (wrong != NULL)
    g_error ("“%s” is not a heading of level %s: %s", text, expected, wrong);
}

/* The page has its H1, as the dose guide does; the food groups are
 * headings under it, and each names its list. */
static void
test_headings (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *vegetables = mg_test_find_label (page, "Vegetables");

  assert_heading (mg_test_find_widget (page, GTK_TYPE_LABEL, "title-1"), "Food Checklist", 1);
  assert_heading (mg_test_find_label (page, "Magnesium from food today"), "Magnesium from food today", 2);
  assert_heading (vegetables, "Vegetables", 2);
  assert_heading (mg_test_find_label (page, "Nuts and Seeds"), "Nuts and Seeds", 2);
  assert_heading (mg_test_find_label (page, "Last 7 Days"), "Last 7 Days", 2);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (gtk_widget_get_next_sibling (vegetables)),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

/* Ticking shows the servings inside the row's height: nothing below moves. */
static void
test_row_height (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *ids[] = { "spinach", "pumpkin-seeds", "tuna", "peanuts" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++) {
    GtkWidget *row = food_row (fixture, ids[i]);
    GtkWidget *next = gtk_widget_get_next_sibling (row);
    int before = gtk_widget_get_height (row);
    graphene_rect_t servings, box;

    tick (fixture, ids[i]);
    mg_test_settle (fixture->window);
    g_assert_cmpint (gtk_widget_get_height (row), ==, before);
    if (next != NULL)
      g_assert_cmpint (gtk_widget_get_height (next), >, 0);

    /* The servings are centred in the row, well inside its edges. */
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (food_servings (fixture, ids[i])), row, &servings));
    g_assert_true (gtk_widget_compute_bounds (row, row, &box));
    g_assert_cmpfloat (servings.origin.y, >=, 6);
    g_assert_cmpfloat (servings.origin.y + servings.size.height, <=, box.size.height - 6);
  }
}

/* The wheel over a servings field scrolls the page: nothing in the field
 * takes it. */
static void
test_wheel_scrolls (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *spin;
  g_autoptr(GListModel) controllers = NULL;
  guint n_scroll = 0;

  tick (fixture, "spinach");
  spin = GTK_WIDGET (food_servings (fixture, "spinach"));
  controllers = gtk_widget_observe_controllers (spin);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller)) {
      n_scroll++;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_NONE);
    }
  }
  /* GTK's spin button has one: the test is of that one. */
  g_assert_cmpuint (n_scroll, >, 0);
}

typedef struct {
  GArray *texts;   /* graphene_rect_t */
  GArray *dashes;  /* graphene_rect_t */
} ChartInk;

/* Where the chart drew its numbers and the dashes of its line. */
static void
collect_ink (GskRenderNode *node,
             float          dx,
             float          dy,
             ChartInk      *ink)
{
  graphene_rect_t bounds;

  gsk_render_node_get_bounds (node, &bounds);
  graphene_rect_offset (&bounds, dx, dy);

  switch ((int) gsk_render_node_get_node_type (node)) {
  case GSK_CONTAINER_NODE:
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      collect_ink (gsk_container_node_get_child (node, i), dx, dy, ink);
    break;
  case GSK_TRANSFORM_NODE: {
    float tx, ty;

    g_assert_cmpint (gsk_transform_get_category (gsk_transform_node_get_transform (node)), >=,
                     GSK_TRANSFORM_CATEGORY_2D_TRANSLATE);
    gsk_transform_to_translate (gsk_transform_node_get_transform (node), &tx, &ty);
    collect_ink (gsk_transform_node_get_child (node), dx + tx, dy + ty, ink);
    break;
  }
  case GSK_ROUNDED_CLIP_NODE:
    collect_ink (gsk_rounded_clip_node_get_child (node), dx, dy, ink);
    break;
  case GSK_CLIP_NODE:
    collect_ink (gsk_clip_node_get_child (node), dx, dy, ink);
    break;
  case GSK_TEXT_NODE:
    g_array_append_val (ink->texts, bounds);
    break;
  case GSK_COLOR_NODE:
    if (bounds.size.height == 2)
      g_array_append_val (ink->dashes, bounds);
    break;
  default:
    break;
  }
}

/* A total close to the reference intake is read in full: the dashed line
 * leaves a gap around its number (314 against 350 mg, as the review saw). */
static void
test_chart_line_clear (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *days[] = { "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20",
                         "2026-11-21", "2026-11-22" };
  const guint totals[] = { 330, 350, 340, 0, 290, 362, 314 };
  MgWeekChart *chart = week_chart (fixture);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  ChartInk ink = { g_array_new (FALSE, FALSE, sizeof (graphene_rect_t)),
                   g_array_new (FALSE, FALSE, sizeof (graphene_rect_t)) };
  guint crossing_row = 0;

  mg_week_chart_set_reference_intake (chart, 350);
  mg_week_chart_set_days (chart, days, totals, G_N_ELEMENTS (days));
  mg_test_settle (fixture->window);
  mg_test_wait_for_draw (fixture->window);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (chart)),
                          gtk_widget_get_height (GTK_WIDGET (chart)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  collect_ink (node, 0, 0, &ink);

  /* 7 numbers and 7 days; a line of dashes. */
  g_assert_cmpuint (ink.texts->len, ==, 14);
  g_assert_cmpuint (ink.dashes->len, >, 10);
  for (guint i = 0; i < ink.texts->len; i++) {
    graphene_rect_t *text = &g_array_index (ink.texts, graphene_rect_t, i);
    graphene_rect_t *first = &g_array_index (ink.dashes, graphene_rect_t, 0);

    /* Numbers the line runs through the height of, if it ran on. */
    crossing_row += first->origin.y + 2 > text->origin.y && first->origin.y < text->origin.y + text->size.height;
    for (guint j = 0; j < ink.dashes->len; j++)
      g_assert_false (graphene_rect_intersection (text, &g_array_index (ink.dashes, graphene_rect_t, j), NULL));
  }
  /* The case the test is for: some numbers sit at the line's height. */
  g_assert_cmpuint (crossing_row, >, 0);

  g_array_unref (ink.texts);
  g_array_unref (ink.dashes);
}

/* The dialog of the person's own food the page presented: in a window of
 * its own, as the test's window is no AdwApplicationWindow. */
static MgOwnFoodDialog *
own_food_dialog (void)
{
  for (guint frame = 0; frame < 100; frame++) {
    g_autoptr(GList) windows = gtk_window_list_toplevels ();

    for (GList *l = windows; l != NULL; l = l->next) {
      GtkWidget *dialog = mg_test_find_widget (l->data, MG_TYPE_OWN_FOOD_DIALOG, NULL);

      if (dialog != NULL && gtk_widget_get_mapped (dialog))
        return MG_OWN_FOOD_DIALOG (dialog);
    }
    mg_test_settle (NULL);
  }

  g_assert_not_reached ();
}


static void
type_in (MgOwnFoodDialog *dialog,
         const char      *title,
         const char      *text)
{
  GtkWidget *entry = mg_test_find_widget (mg_test_find_form_row (GTK_WIDGET (dialog), title), GTK_TYPE_ENTRY, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  mg_test_run_pending ();
}

static GtkWidget *
save_button (MgOwnFoodDialog *dialog)
{
  GtkWidget *button = mg_test_find_action_button (GTK_WIDGET (dialog), "own-food.save");

  g_assert_nonnull (button);
  return button;
}

/* What the row under @title says: its hint, or why the figure was refused. */
static const char *
row_says (MgOwnFoodDialog *dialog,
          const char      *title)
{
  return mg_form_row_get_subtitle (MG_FORM_ROW (mg_test_find_form_row (GTK_WIDGET (dialog), title)));
}

/* Fills the dialog in and clicks Save, as a person would. */
static void
fill_and_save (MgOwnFoodDialog *dialog,
               const char      *name,
               const char      *portion,
               const char      *mg)
{
  g_object_ref (dialog);
  type_in (dialog, "Name", name);
  type_in (dialog, "Portion", portion);
  type_in (dialog, "Magnesium in one portion", mg);
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));
  g_signal_emit_by_name (save_button (dialog), "clicked");
  mg_test_settle (NULL);
  g_assert_finalize_object (dialog);
}

/* The week chart's line for a day, as a screen reader reads it. */
static char *
chart_line (Fixture *fixture,
            guint    line)
{
  g_auto(GStrv) lines = g_strsplit (mg_week_chart_get_description (week_chart (fixture)), "\n", -1);

  g_assert_cmpuint (line, <, g_strv_length (lines));
  return g_strdup (lines[line]);
}

static GtkWidget *
own_row (Fixture    *fixture,
         const char *name)
{
  GtkWidget *title = mg_test_find_label (GTK_WIDGET (fixture->page), name);

  return title != NULL ? gtk_widget_get_ancestor (title, MG_TYPE_FORM_ROW) : NULL;
}

static void
tick_own (Fixture    *fixture,
          const char *name)
{
  g_signal_emit_by_name (own_row (fixture, name), "activate");
  mg_test_run_pending ();
}

static char *
only_own_food_id (Fixture *fixture)
{
  g_autoptr(GPtrArray) foods = mg_own_foods_dup_foods (fixture->own_foods, NULL);

  g_assert_cmpuint (foods->len, ==, 1);
  return g_strdup (((MgOwnFood *) g_ptr_array_index (foods, 0))->id);
}

/* Added through the dialog: listed under Your Foods, ticked like the
 * others, counted in the day's total, the chart and the comparison, found
 * by the filter by its name and its group's. */
static void
test_own_food_add (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *id = NULL;
  g_autofree char *today = NULL;
  GtkWidget *heading = mg_test_find_label (GTK_WIDGET (fixture->page), "Your Foods");
  GtkWidget *edit;

  /* No heading over no foods. */
  g_assert_true (heading == NULL || !gtk_widget_is_visible (heading));
  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.add-food", NULL);
  fill_and_save (own_food_dialog (), "Muesli bar <b>", "1 bar, 40 g", "45");

  g_assert_nonnull (own_row (fixture, "Muesli bar <b>"));
  g_assert_true (gtk_widget_is_visible (mg_test_find_label (GTK_WIDGET (fixture->page), "Your Foods")));
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (own_row (fixture, "Muesli bar <b>"))), ==,
                   "1 bar, 40 g · 45 mg a portion");
  /* The edit button is named for the food, as a person reads it. */
  edit = mg_test_find_widget (own_row (fixture, "Muesli bar <b>"), GTK_TYPE_BUTTON, "flat");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Edit Muesli bar <b>");

  tick (fixture, "spinach");
  tick_own (fixture, "Muesli bar <b>");
  assert_total (fixture, 78 + 45);
  id = only_own_food_id (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->store, "2026-11-22", id), ==, 1);
  today = chart_line (fixture, 7);
  g_assert_cmpstr (today, ==, "Sunday 22 November 2026: 123 mg");

  mg_checklist_page_set_filter (fixture->page, "muesli");
  g_assert_true (gtk_widget_get_visible (own_row (fixture, "Muesli bar <b>")));
  g_assert_false (food_row (fixture, "spinach") != NULL && gtk_widget_is_visible (food_row (fixture, "spinach")));
  mg_checklist_page_set_filter (fixture->page, "your foods");
  g_assert_true (gtk_widget_get_visible (own_row (fixture, "Muesli bar <b>")));
  mg_checklist_page_set_filter (fixture->page, "");

  /* Kept, and counted after a restart. */
  close_page (fixture);
  open_page (fixture, 900);
  assert_total (fixture, 78 + 45);
}

/* Refused: said next to the field, Save off; a high figure only questioned. */
static void
test_own_food_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *long_name = g_strnfill (MG_OWN_FOOD_MAX_NAME + 1, 'x');
  g_autoptr(GPtrArray) foods = NULL;
  MgOwnFoodDialog *dialog;
  const char *mg = "Magnesium in one portion";

  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.add-food", NULL);
  dialog = own_food_dialog ();
  /* Nothing said before the person typed; Save off. */
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_cmpstr (row_says (dialog, mg), ==, "From the label or a food table");

  type_in (dialog, "Name", "Bar");
  type_in (dialog, "Portion", "1 bar");
  type_in (dialog, mg, "0");
  g_assert_cmpstr (row_says (dialog, mg), ==, "A food with no magnesium adds nothing: type the amount above zero.");
  g_assert_true (gtk_widget_has_css_class (mg_test_find_form_row (GTK_WIDGET (dialog), mg), "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, mg, "-5");
  g_assert_cmpstr (row_says (dialog, mg), ==, "A food with no magnesium adds nothing: type the amount above zero.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, mg, "lots");
  g_assert_cmpstr (row_says (dialog, mg), ==, "Type the number in digits, with a decimal separator as in 12.5.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  /* A thousand, however written, is more than a portion of any food holds. */
  type_in (dialog, mg, "1,000");
  g_assert_true (gtk_widget_has_css_class (mg_test_find_form_row (GTK_WIDGET (dialog), mg), "error"));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, mg, "700");
  g_assert_cmpstr (row_says (dialog, mg), ==,
                   "No food holds 700 mg in a portion: the richest in the checklist, pumpkin seeds, have "
                   "156 mg in a small handful. Check the figure: at most 600 mg. Count a supplement in "
                   "the dose guide instead.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, mg, "");
  g_assert_cmpstr (row_says (dialog, mg), ==, "Type the magnesium in one portion, from the label or a food table.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));

  /* High but possible: questioned, and Save stays on. */
  type_in (dialog, mg, "200 mg");
  g_assert_cmpstr (row_says (dialog, mg), ==, "That is more than a portion of any food in the checklist holds "
                   "(156 mg at most). Check that it is the figure for one portion.");
  g_assert_false (gtk_widget_has_css_class (mg_test_find_form_row (GTK_WIDGET (dialog), mg), "error"));
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, mg, "12.5");
  g_assert_cmpstr (row_says (dialog, mg), ==, "From the label or a food table");
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));

  /* The name: too long, or none; what was typed stays to be corrected. */
  type_in (dialog, "Name", long_name);
  g_assert_cmpstr (row_says (dialog, "Name"), ==, "A name can have at most 60 characters.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mg_test_find_widget (mg_test_find_form_row (GTK_WIDGET (dialog), "Name"),
                                                                            GTK_TYPE_ENTRY, NULL))), ==, long_name);
  type_in (dialog, "Name", "  ");
  g_assert_cmpstr (row_says (dialog, "Name"), ==, "Type a name for the food.");
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  type_in (dialog, "Portion", "");
  g_assert_cmpstr (row_says (dialog, "Portion"), ==, "Type the portion the magnesium figure is for.");

  /* Closed, it keeps nothing. */
  g_object_ref (dialog);
  adw_dialog_close (ADW_DIALOG (dialog));
  mg_test_settle (NULL);
  g_assert_finalize_object (dialog);
  foods = mg_own_foods_dup_foods (fixture->own_foods, NULL);
  g_assert_cmpuint (foods->len, ==, 0);
}

/* Deleted: gone from the list, a toast to undo it; a past day that ticked
 * it keeps its total and shows it. */
static void
test_own_food_delete_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *id = mg_own_foods_add (fixture->own_foods, "Muesli bar", "1 bar, 40 g", 45);
  g_autoptr(MgOwnFood) food = NULL;
  g_autofree char *yesterday = NULL;
  GtkWidget *edit;
  MgOwnFoodDialog *dialog;

  mg_test_settle (fixture->window);
  g_assert_true (mg_checklist_page_show_day (fixture->page, "2026-11-21"));
  tick_own (fixture, "Muesli bar");
  tick (fixture, "spinach");
  g_assert_true (mg_checklist_page_show_day (fixture->page, NULL));

  edit = mg_test_find_widget (own_row (fixture, "Muesli bar"), GTK_TYPE_BUTTON, "flat");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (edit), ==, "Edit Muesli bar");
  g_signal_emit_by_name (edit, "clicked");
  dialog = own_food_dialog ();
  g_object_ref (dialog);
  mg_test_activate_action (GTK_WIDGET (dialog), "own-food.delete", NULL);
  mg_test_settle (NULL);
  g_assert_finalize_object (dialog);

  /* Not listed today; yesterday still counts it, and shows it. */
  g_assert_false (own_row (fixture, "Muesli bar") != NULL && gtk_widget_is_visible (own_row (fixture, "Muesli bar")));
  yesterday = chart_line (fixture, 6);
  g_assert_cmpstr (yesterday, ==, "Saturday 21 November 2026: 123 mg");
  g_assert_true (mg_checklist_page_show_day (fixture->page, "2026-11-21"));
  g_assert_true (gtk_widget_is_visible (own_row (fixture, "Muesli bar")));
  g_assert_cmpstr (label_text (fixture, "numeric"), ==, "123 mg");
  g_assert_true (mg_checklist_page_show_day (fixture->page, NULL));

  mg_test_activate_action (GTK_WIDGET (fixture->page), "checklist.undo-delete-food", NULL);
  food = mg_own_foods_dup_food (fixture->own_foods, id, NULL);
  g_assert_false (food->hidden);
  g_assert_true (gtk_widget_is_visible (own_row (fixture, "Muesli bar")));
}

/* A new figure counts from today: yesterday keeps the one it counted. */
static void
test_own_food_edit_keeps_past (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *id = mg_own_foods_add (fixture->own_foods, "Muesli bar", "1 bar, 40 g", 45);
  g_autofree char *yesterday = NULL;
  g_autofree char *today = NULL;

  mg_test_settle (fixture->window);
  g_assert_true (mg_checklist_page_show_day (fixture->page, "2026-11-21"));
  tick_own (fixture, "Muesli bar");
  g_assert_true (mg_checklist_page_show_day (fixture->page, NULL));
  tick_own (fixture, "Muesli bar");
  assert_total (fixture, 45);

  g_signal_emit_by_name (mg_test_find_widget (own_row (fixture, "Muesli bar"), GTK_TYPE_BUTTON, "flat"), "clicked");
  fill_and_save (own_food_dialog (), "Oat bar", "1 bar, 40 g", "50");
  assert_total (fixture, 50);
  yesterday = chart_line (fixture, 6);
  today = chart_line (fixture, 7);
  g_assert_cmpstr (yesterday, ==, "Saturday 21 November 2026: 45 mg");
  g_assert_cmpstr (today, ==, "Sunday 22 November 2026: 50 mg");
  g_assert_true (mg_checklist_page_show_day (fixture->page, "2026-11-21"));
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (own_row (fixture, "Oat bar"))), ==,
                   "1 bar, 40 g · 45 mg a portion");
}

/* The foods are the person's: a new language keeps their names as typed. */
static void
test_own_food_language (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *id = mg_own_foods_add (fixture->own_foods, "Muesli bar", "1 bar, 40 g", 45);

  mg_test_settle (fixture->window);
  tick_own (fixture, "Muesli bar");
  reopen_in_language (fixture, "nl");
  g_assert_true (gtk_widget_is_visible (own_row (fixture, "Muesli bar")));
  g_assert_true (gtk_widget_is_visible (mg_test_find_label (GTK_WIDGET (fixture->page), "Uw voedingsmiddelen")));
  g_assert_cmpstr (mg_form_row_get_subtitle (MG_FORM_ROW (own_row (fixture, "Muesli bar"))), ==,
                   "1 bar, 40 g · 45 mg per portie");
  assert_total (fixture, 45);
  reopen_in_language (fixture, "en");
}

/* On a phone at twice the text size the servings go under the name: an
 * unticked food has no empty line there, and ticking one opens it below
 * the name, where nothing above moves. */
static void
test_unticked_no_empty_line (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GtkCssProvider) text_size = gtk_css_provider_new ();
  const char *ids[] = { "spinach", "pumpkin-seeds", "tuna" };

  gtk_widget_add_css_class (fixture->window, "article");
  gtk_css_provider_load_from_string (text_size, ".article { font-size: 200%; }");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  mg_test_settle (fixture->window);
  mg_test_settle (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++) {
    GtkWidget *row = food_row (fixture, ids[i]);
    GtkWidget *check = GTK_WIDGET (food_check (fixture, ids[i]));
    GtkWidget *stack = mg_form_row_get_control (MG_FORM_ROW (row));
    int before = gtk_widget_get_height (row);
    graphene_point_t check_before, check_after;

    g_assert_true (mg_form_row_get_stacked (MG_FORM_ROW (row)));
    g_assert_cmpint (gtk_widget_get_height (stack), ==, 0);
    g_assert_true (gtk_widget_compute_point (check, fixture->window, &GRAPHENE_POINT_INIT (0, 0), &check_before));

    tick (fixture, ids[i]);
    mg_test_settle (fixture->window);
    mg_test_settle (fixture->window);
    g_assert_cmpint (gtk_widget_get_height (row), >, before);
    g_assert_cmpint (gtk_widget_get_height (stack), >, 0);
    g_assert_true (gtk_widget_compute_point (check, fixture->window, &GRAPHENE_POINT_INIT (0, 0), &check_after));
    g_assert_cmpfloat (check_after.y, ==, check_before.y);
  }

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (text_size));
}

static void
add_test (const char *name,
          int         width,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, GINT_TO_POINTER (width), fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  mg_test_init (&argc, &argv);
  adw_init ();
  /* The app's own style, as AdwApplication loads it for the app. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/checklist-page/default-store", test_default_store);
  add_test ("/checklist-page/tick-and-servings", 0, test_tick_and_servings);
  add_test ("/checklist-page/reopen", 0, test_reopen);
  add_test ("/checklist-page/clear-and-undo", 0, test_clear_and_undo);
  add_test ("/checklist-page/filter", 0, test_filter);
  add_test ("/checklist-page/reference-intake", 0, test_reference_intake);
  add_test ("/checklist-page/week-chart", 0, test_week_chart);
  add_test ("/checklist-page/midnight", 0, test_midnight);
  add_test ("/checklist-page/any-day", 0, test_any_day);
  add_test ("/checklist-page/any-day-at-midnight", 0, test_any_day_at_midnight);
  add_test ("/checklist-page/cannot-save", 0, test_cannot_save);
  add_test ("/checklist-page/slow-disk", 0, test_slow_disk);
  add_test ("/checklist-page/damaged-file", 0, test_damaged_file);
  add_test ("/checklist-page/new-language-keeps-values", 0, test_new_language_keeps_values);
  add_test ("/checklist-page/typed-servings", 0, test_typed_servings);
  add_test ("/checklist-page/keyboard", 0, test_keyboard);
  add_test ("/checklist-page/headings", 0, test_headings);
  add_test ("/checklist-page/row-height/360", 360, test_row_height);
  add_test ("/checklist-page/row-height/1000", 1000, test_row_height);
  add_test ("/checklist-page/chart-line-clear", 0, test_chart_line_clear);
  add_test ("/checklist-page/wheel-scrolls", 0, test_wheel_scrolls);
  add_test ("/checklist-page/fits/360", 360, test_fits);
  add_test ("/checklist-page/fits/1000", 1000, test_fits);
  add_test ("/checklist-page/own-food/add", 0, test_own_food_add);
  add_test ("/checklist-page/own-food/refused", 0, test_own_food_refused);
  add_test ("/checklist-page/own-food/delete-undo", 0, test_own_food_delete_undo);
  add_test ("/checklist-page/own-food/edit-keeps-past", 0, test_own_food_edit_keeps_past);
  add_test ("/checklist-page/own-food/language", 0, test_own_food_language);
  add_test ("/checklist-page/unticked-no-empty-line", 360, test_unticked_no_empty_line);

  return g_test_run ();
}
