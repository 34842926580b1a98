/* test-diary-result.c: the diary's result in words, chart and table, and
 * its exports for the doctor, on made-up diaries whose answers are known
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-date.h"
#include "mg-diary-chart.h"
#include "mg-diary-csv.h"
#include "mg-diary-result.h"
#include "mg-diary-store.h"
#include "mg-i18n.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"
#include "mg-test-utils.h"

#define START "2026-09-01"
#define RESOURCE_PATH "/io/github/mgguide/MagnesiumGuide"

static MgApplication *app;

typedef struct {
  char          *dir;
  MgTestClock   *clock;
  MgDiaryStore  *store;
  GtkWidget     *window;
  GtkWidget     *result;
} Fixture;

/* Sorted: 5 5 5 6 6 6 6 | 6 6 7 7 7 8 8: median 6, middle half 6 to 7. */
static const int usual[MG_TRIAL_BASELINE_DAYS] = { 6, 7, 5, 6, 8, 6, 7, 5, 6, 7, 6, 5, 8, 6 };

/* A restless legs diary: the usual baseline, then 5 each day of magnesium
 * weeks 1 to 4 and @late on the first @late_days of weeks 5 to 8. Sleep is
 * 7 throughout; every day of the first week has a side note. */
static void
fill_diary (Fixture *fixture,
            int      late,
            guint    late_days)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  guint days = MG_TRIAL_BASELINE_DAYS + 28 + late_days;

  g_assert_true (mg_trial_plan_start (plan, START, TRUE));
  mg_diary_store_set_tracks (fixture->store, MG_DIARY_TRACKS_RESTLESS_LEGS);
  for (guint i = 0; i < days; i++) {
    g_autofree char *day = mg_date_add_days (START, (int) i);
    g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new (day);
    int score = i < MG_TRIAL_BASELINE_DAYS ? usual[i] : i < MG_TRIAL_BASELINE_DAYS + 28 ? 5 : late;

    mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, score);
    mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 7);
    if (i < 7)
      g_assert_true (mg_diary_entry_set_note (entry, "Late night, \"busy\" day", NULL));
    mg_diary_store_set_entry (fixture->store, entry);
  }
  mg_diary_store_set_plan (fixture->store, plan);
  mg_test_settle (fixture->window);
}

static void
show_result (Fixture *fixture,
             int      width,
             int      height)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  fixture->window = adw_application_window_new (GTK_APPLICATION (app));
  fixture->result = mg_diary_result_new (fixture->store);
  gtk_widget_set_margin_top (fixture->result, 18);
  gtk_widget_set_margin_bottom (fixture->result, 18);
  gtk_widget_set_margin_start (fixture->result, 12);
  gtk_widget_set_margin_end (fixture->result, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), fixture->result);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (fixture->window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_present (GTK_WINDOW (fixture->window));
  mg_test_wait_for_size (fixture->window, width);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mg-diary-result-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = mg_test_clock_new ("2026-12-06T12:00:00");
  fixture->store = mg_diary_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (), fixture->clock);
  mg_test_file_store_wait_loaded (mg_diary_store_get_file (fixture->store));
  show_result (fixture, 1200, 800);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (path, name, NULL);

    g_assert_cmpint (g_unlink (child), ==, 0);
  }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mg_test_close_window (fixture->window, fixture->result);
  g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (fixture->store), NULL));
  g_assert_finalize_object (fixture->store);
  remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
  mg_test_switch_language (NULL, "en");
}

static GtkWidget *
find_chart (Fixture *fixture)
{
  GtkWidget *chart = mg_test_find_widget (fixture->result, MG_TYPE_DIARY_CHART, NULL);

  g_assert_nonnull (chart);
  return chart;
}

static void
assert_says (Fixture    *fixture,
             const char *words)
{
  if (mg_test_find_label (fixture->result, words) == NULL)
    g_error ("No label says “%s”", words);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  GtkWidget *csv;

  assert_says (fixture, "Once you start the plan, your scores appear here as a chart and a table, phase by phase.");
  g_assert_null (mg_test_find_label (fixture->result, "What Else Can Explain a Change"));

  /* A plan without a day recorded: nothing to export yet. */
  g_assert_true (mg_trial_plan_start (plan, START, TRUE));
  mg_diary_store_set_plan (fixture->store, plan);
  mg_test_settle (fixture->window);
  csv = mg_test_find_action_button (fixture->result, "diary-result.save-csv");
  g_assert_nonnull (csv);
  g_assert_true (gtk_widget_get_mapped (csv));
  g_assert_false (gtk_widget_get_sensitive (csv));

  /* It follows the store. */
  fill_diary (fixture, 4, 28);
  g_assert_null (mg_test_find_label (fixture->result, "Once you start the plan, your scores appear here as a "
                                                      "chart and a table, phase by phase."));
  assert_says (fixture, "Restless legs");
  assert_says (fixture, "Sleep");
  g_assert_null (mg_test_find_label (fixture->result, "Back pain"));
  g_assert_true (gtk_widget_get_sensitive (csv));
}

typedef struct {
  int         late;
  guint       late_days;
  const char *legs;
} VerdictCase;

static const VerdictCase verdict_cases[] = {
  { 4, 28, "Restless legs: 6 of 10 before magnesium, 4 of 10 in weeks 5 to 8. On half of the days before "
           "magnesium your score was between 6 and 7: your usual ups and downs. The score of weeks 5 to 8 is "
           "lower than your usual ups and downs: a bigger change than your scores made by themselves before. "
           "For restless legs, a lower score means they bothered you less." },
  { 7, 28, "Restless legs: 6 of 10 before magnesium, 7 of 10 in weeks 5 to 8. On half of the days before "
           "magnesium your score was between 6 and 7: your usual ups and downs. The score of weeks 5 to 8 is "
           "within your usual ups and downs: no bigger a change than your scores made by themselves before. "
           "For restless legs, a lower score means they bothered you less." },
  { 9, 28, "Restless legs: 6 of 10 before magnesium, 9 of 10 in weeks 5 to 8. On half of the days before "
           "magnesium your score was between 6 and 7: your usual ups and downs. The score of weeks 5 to 8 is "
           "higher than your usual ups and downs: a bigger change than your scores made by themselves before. "
           "For restless legs, a lower score means they bothered you less." },
  { 4, 19, "There are too few days with a score to compare yet. It needs 1 more day with a score in weeks 5 "
           "to 8 of magnesium. For restless legs, a lower score means they bothered you less." },
  { 4, 0, "There are too few days with a score to compare yet. It needs 20 more days with a score in weeks 5 "
          "to 8 of magnesium. For restless legs, a lower score means they bothered you less." },
};

static void
test_words (Fixture       *fixture,
            gconstpointer  data)
{
  const VerdictCase *verdict = data;

  fill_diary (fixture, verdict->late, verdict->late_days);
  assert_says (fixture, verdict->legs);
  /* Sleep, 7 every day: the same as ever, and higher is better. */
  if (verdict->late_days == 28)
    assert_says (fixture, "Sleep: 7 of 10 before magnesium, 7 of 10 in weeks 5 to 8. On at least half of the days "
                          "before magnesium your score was 7: your usual ups and downs. The score of "
                          "weeks 5 to 8 is within your usual ups and downs: no bigger a change than your "
                          "scores made by themselves before. For sleep, a higher score means you slept better.");
  assert_says (fixture, "What Else Can Explain a Change");
}

/* Before the baseline is full, both halves are counted. */
static void
test_words_baseline_short (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();

  g_assert_true (mg_trial_plan_start (plan, START, FALSE));
  for (guint i = 0; i < 4; i++) {
    g_autofree char *day = mg_date_add_days (START, (int) i);
    g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new (day);

    mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, 3);
    mg_diary_store_set_entry (fixture->store, entry);
  }
  mg_diary_store_set_plan (fixture->store, plan);
  mg_test_settle (fixture->window);

  assert_says (fixture, "There are too few days with a score to compare yet. The comparison needs 6 more days "
                        "with a score before magnesium. It needs 20 more days with a score in weeks 5 to 8 of "
                        "magnesium. For back pain, a lower score means less pain.");
  /* Not tracked, but scored: shown. */
  assert_says (fixture, "Back pain");
}

static void
show_view (Fixture    *fixture,
           const char *view)
{
  GtkWidget *toggle = mg_test_find_widget (fixture->result, ADW_TYPE_TOGGLE_GROUP, NULL);

  adw_toggle_group_set_active_name (ADW_TOGGLE_GROUP (toggle), view);
  mg_test_settle (fixture->window);
}

static GtkGrid *
table (Fixture *fixture)
{
  GtkWidget *grid = mg_test_find_widget (fixture->result, GTK_TYPE_GRID, "diary-week-table");

  g_assert_nonnull (grid);
  return GTK_GRID (grid);
}

static const char *
cell_text (Fixture *fixture,
           int      column,
           int      row)
{
  GtkWidget *cell = gtk_grid_get_child_at (table (fixture), column, row);

  g_assert_true (GTK_IS_LABEL (cell));
  return gtk_label_get_text (GTK_LABEL (cell));
}

/* The row of week @week, under its phase's line. */
static int
row_of_week (Fixture *fixture,
             guint    week)
{
  g_autofree char *number = g_strdup_printf ("%u", week);

  for (int row = 1; row < 100; row++) {
    GtkWidget *cell = gtk_grid_get_child_at (table (fixture), 0, row);

    if (cell != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (cell)), number) == 0)
      return row;
  }
  g_error ("No row for week %u", week);
}

static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *const header[] = { "Week", "Restless legs", "Sleep", "Days recorded" };
  int row;

  fill_diary (fixture, 4, 25);
  g_assert_true (gtk_widget_get_mapped (find_chart (fixture)));
  g_assert_null (mg_test_find_widget (fixture->result, GTK_TYPE_GRID, "diary-week-table"));
  show_view (fixture, "table");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table (fixture))));
  g_assert_null (mg_test_find_widget (fixture->result, MG_TYPE_DIARY_CHART, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    g_assert_cmpstr (cell_text (fixture, (int) i, 0), ==, header[i]);
  /* Each phase a line above its weeks. */
  g_assert_cmpstr (cell_text (fixture, 0, 1), ==, "Before magnesium");
  g_assert_cmpint (row_of_week (fixture, 1), ==, 2);
  g_assert_cmpstr (cell_text (fixture, 0, row_of_week (fixture, 3) - 1), ==, "With magnesium");
  g_assert_cmpstr (cell_text (fixture, 0, row_of_week (fixture, 11) - 1), ==, "After stopping");
  /* Week 1: 6 7 5 6 8 6 7, median 6; week 2: 5 6 7 6 5 8 6, median 6. */
  row = row_of_week (fixture, 1);
  g_assert_cmpstr (cell_text (fixture, 1, row), ==, "6");
  g_assert_cmpstr (cell_text (fixture, 2, row), ==, "7");
  g_assert_cmpstr (cell_text (fixture, 3, row), ==, "7");
  g_assert_cmpstr (cell_text (fixture, 1, row_of_week (fixture, 3)), ==, "5");
  /* Week 10 had 4 days of the 7 (25 of weeks 5 to 8). */
  row = row_of_week (fixture, 10);
  g_assert_cmpstr (cell_text (fixture, 1, row), ==, "4");
  g_assert_cmpstr (cell_text (fixture, 3, row), ==, "4");
  /* The two weeks after stopping: nothing yet. */
  row = row_of_week (fixture, 12);
  g_assert_cmpstr (cell_text (fixture, 1, row), ==, "–");
  g_assert_cmpstr (cell_text (fixture, 3, row), ==, "0");
  g_assert_null (gtk_grid_get_child_at (table (fixture), 0, row + 1));
}

/* A half is written with the language's decimal sign. */
/* Presses @keyval where the scroller's own shortcuts take it. */
static void
press_in_scroller (GtkWidget *scroller,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (scroller);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
      continue;
    for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++) {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval) {
        g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, scroller,
                                                     gtk_shortcut_get_arguments (shortcut)));
        return;
      }
    }
  }
  g_error ("No shortcut for %s", gdk_keyval_name (keyval));
}

/* At 200 % on a phone the table is wider than the window: a Tab stop, and
 * the arrow keys, Home and End reach every column. Wide, it is no stop. */
static void
test_table_keyboard (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GtkCssProvider) large = gtk_css_provider_new ();
  GtkWidget *scroller;
  GtkAdjustment *adjustment;
  double end;

  mg_test_close_window (fixture->window, fixture->result);
  gtk_css_provider_load_from_string (large, "window { font-size: 200%; }");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  show_result (fixture, 360, 640);
  fill_diary (fixture, 4, 25);
  show_view (fixture, "table");
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (table (fixture)), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_true (gtk_widget_get_focusable (scroller));
  g_assert_true (gtk_widget_grab_focus (scroller));

  press_in_scroller (scroller, GDK_KEY_Right);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  press_in_scroller (scroller, GDK_KEY_End);
  end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), end, 0.5);
  press_in_scroller (scroller, GDK_KEY_Left);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <, end);
  press_in_scroller (scroller, GDK_KEY_Home);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), 0, 0.5);

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large));
  mg_test_settle (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  mg_test_wait_for_size (fixture->window, 1200);
  mg_test_settle (fixture->window);
  g_assert_false (gtk_widget_get_focusable (scroller));
}

static void
test_table_decimal (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  static const int scores[] = { 3, 4 };

  mg_test_switch_language (NULL, "nl");
  g_assert_true (mg_trial_plan_start (plan, START, FALSE));
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++) {
    g_autofree char *day = mg_date_add_days (START, (int) i);
    g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new (day);

    mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, scores[i]);
    mg_diary_store_set_entry (fixture->store, entry);
  }
  mg_diary_store_set_tracks (fixture->store, MG_DIARY_TRACKS_BACK_PAIN);
  mg_diary_store_set_plan (fixture->store, plan);
  mg_test_settle (fixture->window);

  show_view (fixture, "table");
  g_assert_cmpstr (cell_text (fixture, 1, row_of_week (fixture, 1)), ==, "3,5");
  show_view (fixture, "chart");
  g_assert_nonnull (strstr (mg_diary_chart_get_description (MG_DIARY_CHART (find_chart (fixture))), "3,5"));
}

static void
test_description (Fixture       *fixture,
                  gconstpointer  data)
{
  MgDiaryChart *chart;
  g_auto(GStrv) lines = NULL;

  fill_diary (fixture, 4, 1);
  chart = MG_DIARY_CHART (find_chart (fixture));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Restless legs, week by week");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       mg_diary_chart_get_description (chart));
  lines = g_strsplit (mg_diary_chart_get_description (chart), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 12);
  g_assert_cmpstr (lines[0], ==, "Week 1, Before magnesium: median 6 of 10, from 7 days");
  g_assert_cmpstr (lines[2], ==, "Week 3, With magnesium: median 5 of 10, from 7 days");
  g_assert_cmpstr (lines[6], ==, "Week 7, With magnesium: median 4 of 10, from 1 day");
  g_assert_cmpstr (lines[7], ==, "Week 8, With magnesium: no scores");
  g_assert_cmpstr (lines[11], ==, "Week 12, After stopping: no scores");
}

/* libadwaita 1.7 measures an alert dialog's heading on one line before it
 * wraps it, and GTK warns of that with a heading wider than the dialog, as
 * test-dose-page.c explains: while such a dialog is open, that warning
 * alone is written and not fatal. */
static gboolean allow_heading_warning;

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++) {
    if (g_str_equal (fields[i].key, "MESSAGE"))
      message = fields[i].value;
  }
  if (allow_heading_warning && (level & G_LOG_LEVEL_WARNING) && message != NULL &&
      g_str_has_prefix (message, "Trying to measure GtkLabel ") && strstr (message, " but it needs at least ") != NULL)
    return g_log_writer_standard_streams (level, fields, n_fields, user_data);

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static char *
temp_path (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = temp_path (fixture, "symptom-diary.csv");
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(MgTrialPlan) plan = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  fill_diary (fixture, 4, 28);
  plan = mg_diary_store_dup_plan (fixture->store);
  entries = mg_diary_store_dup_entries (fixture->store);
  expected = mg_diary_to_csv (plan, entries);

  g_assert_true (gtk_widget_activate_action (fixture->result, "diary-result.export-csv", "s", path));
  mg_test_settle (fixture->window);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_true (g_str_has_prefix (contents, "date,"));
  /* The note's comma and quotes are kept inside one field. */
  g_assert_nonnull (strstr (contents, "\"Late night, \"\"busy\"\" day\""));
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* A folder that cannot be written to: a message in words, the diary kept. */
static void
test_export_csv_fails (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "symptom-diary.csv", NULL);
  AdwDialog *dialog;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  fill_diary (fixture, 4, 28);
  before = mg_diary_store_dup_entries (fixture->store);
  allow_heading_warning = TRUE;
  g_assert_true (gtk_widget_activate_action (fixture->result, "diary-result.export-csv", "s", path));
  dialog = mg_test_wait_for_dialog (fixture->window);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "The Diary Could Not Be Exported");
  g_assert_cmpuint (strlen (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog))), >, 20);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = mg_diary_store_dup_entries (fixture->store);
  g_assert_cmpuint (after->len, ==, before->len);
  mg_test_close_dialog (dialog);
  allow_heading_warning = FALSE;
}

static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++) {
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* As test-reading.c reads a PDF: one space between words. */
static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* One page. */
  g_assert_null (strchr (g_strstrip (out), '\f'));

  return squeeze (out);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the PDF: %s", part, text);
}

static void
test_summary_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = temp_path (fixture, "summary.pdf");
  g_autofree char *text = NULL;
  g_autofree char *disclaimer = NULL;

  fill_diary (fixture, 4, 25);
  g_assert_true (gtk_widget_activate_action (fixture->result, "diary-result.export-pdf", "s", path));
  mg_test_settle (fixture->window);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window)));
  text = pdf_text (path);
  assert_contains (text, "Symptom Diary: a Summary for Your Doctor");
  assert_contains (text, "Restless legs: 6 of 10 before magnesium, 4 of 10 in weeks 5 to 8.");
  assert_contains (text, "What Else Can Explain a Change");
  /* The weekly table, a line a week, in columns. */
  assert_contains (text, "Week Phase Restless legs Sleep Days recorded");
  assert_contains (text, "1 Before magnesium 6 7 7");
  assert_contains (text, "3 With magnesium 5 7 7");
  assert_contains (text, "10 With magnesium 4 7 4");
  assert_contains (text, "12 After stopping – – 0");
  /* The chart's key. */
  assert_contains (text, "Weekly median");
  if (g_getenv ("MG_SCREENSHOT_DIR") != NULL) {
    g_autofree char *kept = g_build_filename (g_getenv ("MG_SCREENSHOT_DIR"), "diary-summary.pdf", NULL);
    g_autofree char *pdf = NULL;
    gsize length;

    g_assert_cmpint (g_mkdir_with_parents (g_getenv ("MG_SCREENSHOT_DIR"), 0755), ==, 0);
    g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
    g_assert_true (g_file_set_contents (kept, pdf, (gssize) length, NULL));
  }
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* Seen before it is printed or saved, as the PDF has it. */
static void
test_summary_preview (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "screenshots", "diary-result-preview-360.png", NULL);
  GtkWidget *print;
  AdwDialog *dialog;
  GtkWidget *picture;

  mg_test_close_window (fixture->window, fixture->result);
  show_result (fixture, 360, 640);
  fill_diary (fixture, 4, 25);
  print = mg_test_find_action_button (fixture->result, "diary-result.print");
  g_assert_nonnull (print);
  g_assert_true (gtk_widget_get_sensitive (print));
  mg_test_activate (print);
  dialog = mg_test_wait_for_dialog (fixture->window);
  g_assert_cmpstr (adw_dialog_get_title (dialog), ==, "Symptom Diary: a Summary for Your Doctor");
  picture = mg_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_PICTURE, "summary-preview");
  g_assert_nonnull (picture);
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, "The summary as it will be printed");
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (gtk_picture_get_paintable (GTK_PICTURE (picture))), ==, 1190);
  g_assert_nonnull (mg_test_find_label (GTK_WIDGET (dialog), "Print…"));
  mg_test_save_png (fixture->window, png);
  mg_test_close_dialog (dialog);
}

static void
test_summary_pdf_fails (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "summary.pdf", NULL);
  AdwDialog *dialog;

  fill_diary (fixture, 4, 28);
  allow_heading_warning = TRUE;
  g_assert_true (gtk_widget_activate_action (fixture->result, "diary-result.export-pdf", "s", path));
  dialog = mg_test_wait_for_dialog (fixture->window);
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "The Summary Could Not Be Saved");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  mg_test_close_dialog (dialog);
  allow_heading_warning = FALSE;
}

typedef struct {
  const char *language;
  int         width;
  int         height;
  gboolean    dark;
  gboolean    large;
  const char *view;
} ShotCase;

static const ShotCase shot_cases[] = {
  { "en", 360, 640, FALSE, FALSE, "chart" },
  { "en", 1200, 800, FALSE, FALSE, "chart" },
  { "en", 360, 640, TRUE, TRUE, "chart" },
  { "en", 360, 640, FALSE, FALSE, "table" },
  { "nl", 360, 640, FALSE, TRUE, "chart" },
  { "nl", 1200, 800, TRUE, FALSE, "chart" },
  { "sv", 360, 640, TRUE, FALSE, "table" },
  { "sv", 1200, 800, FALSE, TRUE, "chart" },
  { "da", 360, 640, FALSE, FALSE, "chart" },
  { "da", 1200, 800, TRUE, FALSE, "table" },
};

/* Saved under the build directory to be looked at; each asserts that the
 * chart fits the width. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const ShotCase *shot = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GtkCssProvider) large = gtk_css_provider_new ();
  g_autofree char *name = g_strdup_printf ("diary-result-%s-%dx%d-%s%s-%s.png", shot->language, shot->width,
                                           shot->height, shot->large ? "200" : "100",
                                           shot->dark ? "-dark" : "", shot->view);
  g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "screenshots", name, NULL);
  graphene_rect_t bounds;

  /* Texts are taken when the widget is made, as after a language switch. */
  mg_test_close_window (fixture->window, fixture->result);
  mg_test_switch_language (NULL, shot->language);
  gtk_css_provider_load_from_string (large, "window { font-size: 200%; }");
  if (shot->large)
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large),
                                                GTK_STYLE_PROVIDER_PRIORITY_USER);
  adw_style_manager_set_color_scheme (style, shot->dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
  show_result (fixture, shot->width, shot->height);
  fill_diary (fixture, 4, 25);
  show_view (fixture, shot->view);
  mg_test_save_png (fixture->window, png);

  if (g_str_equal (shot->view, "chart")) {
    g_assert_true (gtk_widget_compute_bounds (find_chart (fixture), fixture->window, &bounds));
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, shot->width);
  }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large));
}

static void
add_test (const char    *path,
          gconstpointer  data,
          void         (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  int status;

  mg_test_init (&argc, &argv);
  adw_init ();
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  app = mg_test_application_new ();

  add_test ("/diary-result/empty", NULL, test_empty);
  for (guint i = 0; i < G_N_ELEMENTS (verdict_cases); i++) {
    g_autofree char *path = g_strdup_printf ("/diary-result/words/%d-%u", verdict_cases[i].late,
                                             verdict_cases[i].late_days);

    add_test (path, &verdict_cases[i], test_words);
  }
  add_test ("/diary-result/words/baseline-short", NULL, test_words_baseline_short);
  add_test ("/diary-result/table", NULL, test_table);
  add_test ("/diary-result/table-decimal", NULL, test_table_decimal);
  add_test ("/diary-result/table-keyboard", NULL, test_table_keyboard);
  add_test ("/diary-result/description", NULL, test_description);
  add_test ("/diary-result/export-csv", NULL, test_export_csv);
  add_test ("/diary-result/export-csv-fails", NULL, test_export_csv_fails);
  add_test ("/diary-result/summary-pdf", NULL, test_summary_pdf);
  add_test ("/diary-result/summary-pdf-fails", NULL, test_summary_pdf_fails);
  add_test ("/diary-result/summary-preview", NULL, test_summary_preview);
  for (guint i = 0; i < G_N_ELEMENTS (shot_cases); i++) {
    const ShotCase *shot = &shot_cases[i];
    g_autofree char *path = g_strdup_printf ("/diary-result/screenshot/%s-%d-%s%s%s", shot->language, shot->width,
                                             shot->view, shot->dark ? "-dark" : "", shot->large ? "-200" : "");

    add_test (path, shot, test_screenshot);
  }

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
