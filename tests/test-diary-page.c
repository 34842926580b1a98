/* test-diary-page.c: the symptom diary, driven as a person would
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "mg-diary-page.h"
#include "mg-diary-result.h"
#include "mg-diary-store-private.h"
#include "mg-form-row.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"
#include "mg-test-utils.h"
#include "mg-user-data.h"

#define ONE_DAY (G_TIME_SPAN_DAY)

typedef struct {
  char          *dir;
  MgTestClock   *clock;
  GSettings     *settings;
  MgDoseProfile *profile;
  MgDiaryStore  *store;
  MgDiaryPage   *page;
  GtkWidget     *window;
} Fixture;

static void
open_page (Fixture *fixture)
{
  fixture->page = MG_DIARY_PAGE (mg_diary_page_new_with_store (fixture->profile, fixture->store,
                                                               mg_test_clock_get_store_clock (),
                                                               fixture->clock));
  /* An AdwWindow, which shows the page's dialogs inside it. */
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 900);
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  mg_test_wait_for_size (fixture->window, 600);
}

static void
close_page (Fixture *fixture)
{
  mg_test_close_window (fixture->window, fixture->page);
  fixture->window = NULL;
  fixture->page = NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  fixture->settings = g_settings_new_with_backend ("io.github.mgguide.MagnesiumGuide", backend);
  fixture->profile = mg_dose_profile_new (fixture->settings);
  fixture->dir = g_strdup_printf ("%s/diary-page-%u", g_get_user_data_dir (), counter++);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
  fixture->store = mg_diary_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                  fixture->clock);
  mg_test_file_store_wait_loaded (mg_diary_store_get_file (fixture->store));
  if (GPOINTER_TO_INT (data) != MG_DIARY_TRACKS_NONE)
    mg_diary_store_set_tracks (fixture->store, GPOINTER_TO_INT (data));
  open_page (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (fixture->window != NULL)
    close_page (fixture);
  g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (fixture->store), &error));
  g_assert_no_error (error);
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->profile);
  g_clear_object (&fixture->settings);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

static gpointer
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->page), MG_TYPE_DIARY_PAGE, id);

  g_assert_nonnull (object);
  return object;
}

static gboolean
shown (Fixture    *fixture,
       const char *id)
{
  return gtk_widget_is_visible (child (fixture, id));
}

/* A person moving a score's slider to @value, by pointer, touch or key. */
static void
give_score (Fixture    *fixture,
            const char *scale,
            double      value)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (child (fixture, scale), "change-value", GTK_SCROLL_JUMP, value, &handled);
  mg_test_run_pending ();
}

static MgDiaryEntry *
entry_of (Fixture    *fixture,
          const char *day)
{
  return mg_diary_store_dup_entry (fixture->store, day);
}

static const char *
label_text (Fixture    *fixture,
            const char *id)
{
  return gtk_label_get_text (child (fixture, id));
}

static const char *
row_title (Fixture    *fixture,
           const char *id)
{
  return adw_preferences_row_get_title (child (fixture, id));
}

/* Whether the next day can be shown, as its button says. */
static gboolean
next_day_enabled (Fixture *fixture)
{
  mg_test_run_pending ();
  return gtk_widget_get_sensitive (child (fixture, "next_button"));
}

static AdwDialog *
wait_for_dialog (Fixture *fixture)
{
  for (guint frame = 0; frame < 200; frame++) {
    AdwDialog *dialog = adw_window_get_visible_dialog (ADW_WINDOW (fixture->window));

    mg_test_settle (fixture->window);
    if (dialog != NULL && gtk_widget_get_mapped (adw_dialog_get_child (dialog)))
      return dialog;
  }
  g_error ("No dialog was shown");
}

/* Opens the dialog of @action and gives @response, as a person's click. */
static void
answer_dialog (Fixture    *fixture,
               const char *action,
               const char *response)
{
  AdwDialog *dialog;

  mg_test_activate_action (GTK_WIDGET (fixture->page), action, NULL);
  dialog = wait_for_dialog (fixture);
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_true (adw_alert_dialog_has_response (ADW_ALERT_DIALOG (dialog), response));
  g_signal_emit_by_name (dialog, "response", response);
  mg_test_close_dialog (dialog);
}

/* The first time, the diary asks what to track, and only that. */
static void
test_tracks (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_true (shown (fixture, "tracks_group"));
  g_assert_false (shown (fixture, "diary_box"));

  g_assert_true (shown (fixture, "tracks_heading"));

  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.set-tracks", "restless-legs");
  g_assert_cmpint (mg_diary_store_get_tracks (fixture->store), ==, MG_DIARY_TRACKS_RESTLESS_LEGS);
  g_assert_false (shown (fixture, "tracks_group"));
  g_assert_false (shown (fixture, "tracks_heading"));
  g_assert_true (shown (fixture, "diary_box"));
  g_assert_true (shown (fixture, "restless_legs_row"));
  g_assert_true (shown (fixture, "sleep_row"));
  g_assert_false (shown (fixture, "back_pain_row"));

  /* Changed later, in the page's settings. */
  adw_combo_row_set_selected (child (fixture, "tracks_row"), 2);
  mg_test_run_pending ();
  g_assert_cmpint (mg_diary_store_get_tracks (fixture->store), ==,
                   MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);
  g_assert_true (shown (fixture, "back_pain_row"));
  adw_combo_row_set_selected (child (fixture, "tracks_row"), 1);
  mg_test_run_pending ();
  g_assert_false (shown (fixture, "restless_legs_row"));
  g_assert_true (shown (fixture, "back_pain_row"));
}

/* Today's entry, every question, and what a screen reader and the eye get. */
static void
test_entry (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) entry = NULL;
  guint supplement_mg = 0;

  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-22");
  g_assert_true (g_str_has_prefix (label_text (fixture, "day_label"), "Today, "));
  g_assert_false (next_day_enabled (fixture));

  /* Not recorded is not 0: the clear button is off, the value a dash. */
  g_assert_cmpstr (label_text (fixture, "sleep_value"), ==, "–");
  g_assert_false (gtk_widget_get_sensitive (child (fixture, "sleep_clear")));
  /* 0 on a score not recorded is still given, though the slider does not move. */
  give_score (fixture, "sleep_scale", 0);
  give_score (fixture, "restless_legs_scale", 6);
  give_score (fixture, "back_pain_scale", 14);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_SLEEP], ==, 0);
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 6);
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_BACK_PAIN], ==, 10);
  g_assert_cmpstr (label_text (fixture, "restless_legs_value"), ==, "6");
  g_assert_cmpstr (label_text (fixture, "sleep_value"), ==, "0");
  g_assert_true (gtk_widget_get_sensitive (child (fixture, "sleep_clear")));

  g_signal_emit_by_name (child (fixture, "sleep_clear"), "clicked");
  mg_test_run_pending ();
  g_clear_pointer (&entry, mg_diary_entry_free);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_SLEEP], ==, MG_DIARY_SCORE_UNSET);
  g_assert_cmpstr (label_text (fixture, "sleep_value"), ==, "–");

  /* Magnesium: yes fills in the product's amount from the dose guide. */
  g_settings_set_int (fixture->settings, "dose-age", 50);
  g_settings_set_string (fixture->settings, "dose-age-unit", "years");
  g_settings_set_string (fixture->settings, "dose-sex", "female");
  g_settings_set_strv (fixture->settings, "dose-answered", (const char *[]) { "age", "sex", NULL });
  g_settings_set_string (fixture->settings, "dose-form", "citrate");
  g_settings_set_string (fixture->settings, "dose-amount-kind", "elemental");
  g_settings_set_double (fixture->settings, "dose-amount", 150);
  g_settings_set_double (fixture->settings, "dose-tablets", 2);
  mg_test_run_pending ();
  g_object_get (fixture->profile, "supplement-mg", &supplement_mg, NULL);
  g_assert_cmpuint (supplement_mg, ==, 300);
  g_assert_false (shown (fixture, "amount_row"));
  g_signal_emit_by_name (child (fixture, "taken_yes"), "clicked");
  mg_test_run_pending ();
  g_clear_pointer (&entry, mg_diary_entry_free);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_YES);
  g_assert_cmpuint (entry->mg, ==, 300);
  g_assert_true (shown (fixture, "amount_row"));
  gtk_spin_button_set_value (child (fixture, "amount_spin"), 250);
  mg_test_run_pending ();
  g_clear_pointer (&entry, mg_diary_entry_free);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpuint (entry->mg, ==, 250);

  /* A side effect: the guide's advice, with the way to its page. */
  g_assert_false (shown (fixture, "side_effects_advice"));
  adw_switch_row_set_active (child (fixture, "diarrhoea_row"), TRUE);
  mg_test_run_pending ();
  g_assert_true (shown (fixture, "side_effects_advice"));
  g_assert_cmpstr (gtk_actionable_get_action_name (child (fixture, "side_effects_advice")), ==, "win.show-page");
  gtk_editable_set_text (child (fixture, "note_row"), "Late dinner");
  mg_test_run_pending ();
  g_clear_pointer (&entry, mg_diary_entry_free);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->side_effects, ==, MG_DIARY_SIDE_EFFECT_DIARRHOEA);
  g_assert_cmpstr (entry->note, ==, "Late dinner");

  /* No is no amount. */
  g_signal_emit_by_name (child (fixture, "taken_no"), "clicked");
  mg_test_run_pending ();
  g_clear_pointer (&entry, mg_diary_entry_free);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_NO);
  g_assert_cmpuint (entry->mg, ==, 0);
  g_assert_false (shown (fixture, "amount_row"));

  /* A page made again (as in another language) shows what was recorded. */
  close_page (fixture);
  open_page (fixture);
  g_assert_cmpstr (label_text (fixture, "restless_legs_value"), ==, "6");
  g_assert_cmpstr (label_text (fixture, "back_pain_value"), ==, "10");
  g_assert_true (gtk_toggle_button_get_active (child (fixture, "taken_no")));
  g_assert_true (adw_switch_row_get_active (child (fixture, "diarrhoea_row")));
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "note_row")), ==, "Late dinner");
}

/* Yesterday filled in later, a past day corrected; never a day to come. */
static void
test_past_day (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) yesterday = NULL;
  g_autoptr(MgDiaryEntry) today = NULL;
  g_autoptr(GDateTime) future = NULL;

  g_assert_false (adw_banner_get_revealed (child (fixture, "today_banner")));
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.previous-day", NULL);
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-21");
  g_assert_false (g_str_has_prefix (label_text (fixture, "day_label"), "Today"));
  g_assert_true (next_day_enabled (fixture));
  /* Today has nothing yet: offered quietly, on this page only. */
  g_assert_true (adw_banner_get_revealed (child (fixture, "today_banner")));

  give_score (fixture, "restless_legs_scale", 3);
  yesterday = entry_of (fixture, "2026-11-21");
  today = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (yesterday->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 3);
  g_assert_true (mg_diary_entry_is_empty (today));

  /* Corrected: the same day, another score. */
  give_score (fixture, "restless_legs_scale", 4);
  g_clear_pointer (&yesterday, mg_diary_entry_free);
  yesterday = entry_of (fixture, "2026-11-21");
  g_assert_cmpint (yesterday->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 4);

  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.go-today", NULL);
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-22");
  g_assert_false (adw_banner_get_revealed (child (fixture, "today_banner")));
  g_assert_cmpstr (label_text (fixture, "restless_legs_value"), ==, "–");

  /* The calendar goes back a week; a day to come is refused, in words. */
  mg_diary_page_set_day (fixture->page, "2026-11-15");
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-15");
  give_score (fixture, "sleep_scale", 7);
  future = g_date_time_new_local (2026, 11, 23, 12, 0, 0);
  gtk_calendar_select_day (child (fixture, "calendar"), future);
  mg_test_run_pending ();
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-15");
  mg_diary_page_set_day (fixture->page, "2026-11-23");
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-15");
  g_assert_cmpstr (label_text (fixture, "sleep_value"), ==, "7");
  g_clear_pointer (&yesterday, mg_diary_entry_free);
  yesterday = entry_of (fixture, "2026-11-15");
  g_assert_cmpint (yesterday->scores[MG_DIARY_SYMPTOM_SLEEP], ==, 7);

  /* Midnight: the day shown stays; the next day may now be shown. */
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.go-today", NULL);
  mg_test_clock_jump (fixture->clock, "2026-11-23T08:00:00");
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-22");
  g_assert_true (next_day_enabled (fixture));
  g_assert_true (adw_banner_get_revealed (child (fixture, "today_banner")));
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.next-day", NULL);
  g_assert_cmpstr (mg_diary_page_get_day (fixture->page), ==, "2026-11-23");
}

/* The plan: start (after the dose guide and who should be careful), the
 * phases day by day on the clock, pause, resume, stop and its undo. */
static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MgTrialPlan) plan = NULL;

  g_assert_true (shown (fixture, "start_button"));
  g_assert_true (shown (fixture, "dose_link_row"));
  g_assert_true (shown (fixture, "careful_link_row"));
  g_assert_false (shown (fixture, "status_row"));

  /* Cancelled: nothing starts. */
  answer_dialog (fixture, "diary.start-plan", "cancel");
  plan = mg_diary_store_dup_plan (fixture->store);
  g_assert_false (mg_trial_plan_is_started (plan));
  g_clear_pointer (&plan, mg_trial_plan_free);

  answer_dialog (fixture, "diary.start-plan", "start");
  plan = mg_diary_store_dup_plan (fixture->store);
  g_assert_true (mg_trial_plan_is_started (plan));
  g_assert_true (mg_trial_plan_get_washout (plan));
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: recording without magnesium");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (fixture, "status_row")), ==,
                   "Day 1 of 14, 14 days left in this phase");
  g_assert_false (shown (fixture, "start_button"));
  g_assert_false (shown (fixture, "dose_link_row"));
  g_assert_true (shown (fixture, "pause_button"));
  g_assert_true (shown (fixture, "stop_button"));

  mg_test_clock_jump (fixture->clock, "2026-11-25T12:00:00");
  g_assert_cmpstr (adw_action_row_get_subtitle (child (fixture, "status_row")), ==,
                   "Day 4 of 14, 11 days left in this phase");

  /* Paused days do not count. */
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.pause-plan", NULL);
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "The plan is paused");
  g_assert_true (shown (fixture, "resume_button"));
  g_assert_false (shown (fixture, "pause_button"));
  mg_test_clock_jump (fixture->clock, "2026-11-28T12:00:00");
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.resume-plan", NULL);
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: recording without magnesium");
  g_assert_false (shown (fixture, "resume_button"));

  /* Into the magnesium weeks, the washout, and the end. */
  mg_test_clock_jump (fixture->clock, "2026-12-12T12:00:00");
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: taking magnesium");
  mg_test_clock_jump (fixture->clock, "2027-02-06T12:00:00");
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: recording without magnesium again");

  /* Stopped, and brought back. */
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.stop-plan", NULL);
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "You stopped the plan");
  g_assert_true (shown (fixture, "start_button"));
  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.undo", NULL);
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: recording without magnesium again");

  mg_test_clock_jump (fixture->clock, "2027-03-01T12:00:00");
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "The plan is complete");
  g_assert_true (shown (fixture, "start_button"));
}

/* Everything deleted at once, after a question, and brought back by Undo. */
static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) entry = NULL;
  g_auto(GStrv) days = NULL;

  give_score (fixture, "restless_legs_scale", 5);
  answer_dialog (fixture, "diary.start-plan", "start");

  answer_dialog (fixture, "diary.delete-all", "cancel");
  days = mg_diary_store_dup_days (fixture->store);
  g_assert_cmpuint (g_strv_length (days), ==, 1);
  g_clear_pointer (&days, g_strfreev);

  answer_dialog (fixture, "diary.delete-all", "delete");
  days = mg_diary_store_dup_days (fixture->store);
  g_assert_cmpuint (g_strv_length (days), ==, 0);
  g_clear_pointer (&days, g_strfreev);
  g_assert_cmpint (mg_diary_store_get_tracks (fixture->store), ==, MG_DIARY_TRACKS_NONE);
  g_assert_true (shown (fixture, "tracks_group"));
  g_assert_true (mg_diary_store_get_can_undo_delete (fixture->store));

  mg_test_activate_action (GTK_WIDGET (fixture->page), "diary.undo", NULL);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 5);
  g_assert_cmpint (mg_diary_store_get_tracks (fixture->store), ==, MG_DIARY_TRACKS_RESTLESS_LEGS);
  g_assert_cmpstr (row_title (fixture, "status_row"), ==, "Now: recording without magnesium");
  g_assert_cmpstr (label_text (fixture, "restless_legs_value"), ==, "5");
  g_assert_false (mg_diary_store_get_can_undo_delete (fixture->store));

  /* Deleted again, and the page closed: it cannot come back. */
  answer_dialog (fixture, "diary.delete-all", "delete");
  g_assert_true (mg_diary_store_get_can_undo_delete (fixture->store));
  close_page (fixture);
  g_assert_false (mg_diary_store_get_can_undo_delete (fixture->store));
}

/* Deleted from Preferences → Your Data while the page shows, then the page
 * closed (a language switch builds a new one): Preferences' Undo still
 * brings the diary back, since the page forgets only what it deleted. */
static void
test_delete_elsewhere (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MgUserDataBackup) backup = NULL;
  g_autoptr(MgDiaryEntry) entry = NULL;
  g_auto(GStrv) days = NULL;

  give_score (fixture, "restless_legs_scale", 4);
  backup = mg_user_data_delete_all (NULL, NULL, fixture->store, NULL);
  g_assert_true (shown (fixture, "tracks_group"));
  close_page (fixture);
  g_assert_true (mg_diary_store_get_can_undo_delete (fixture->store));

  mg_user_data_restore (backup);
  entry = entry_of (fixture, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 4);
  g_assert_cmpint (mg_diary_store_get_tracks (fixture->store), ==, MG_DIARY_TRACKS_RESTLESS_LEGS);
  days = mg_diary_store_dup_days (fixture->store);
  g_assert_cmpuint (g_strv_length (days), ==, 1);
}

/* Under the entry and the plan, the result of the page's own diary, with
 * its heading. */
static void
test_result (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *slot = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->page), MG_TYPE_DIARY_PAGE,
                                                               "result_slot"));

  g_assert_true (MG_IS_DIARY_RESULT (gtk_widget_get_first_child (slot)));
  g_assert_true (gtk_widget_get_mapped (gtk_widget_get_first_child (slot)));
}

int
main (int    argc,
      char **argv)
{
  mg_test_init (&argc, &argv);

#define ADD(path, tracks, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (tracks), fixture_set_up, func, fixture_tear_down)

  ADD ("/diary-page/tracks", MG_DIARY_TRACKS_NONE, test_tracks);
  ADD ("/diary-page/entry", MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN, test_entry);
  ADD ("/diary-page/past-day", MG_DIARY_TRACKS_RESTLESS_LEGS, test_past_day);
  ADD ("/diary-page/plan", MG_DIARY_TRACKS_RESTLESS_LEGS, test_plan);
  ADD ("/diary-page/delete", MG_DIARY_TRACKS_RESTLESS_LEGS, test_delete);
  ADD ("/diary-page/delete-elsewhere", MG_DIARY_TRACKS_RESTLESS_LEGS, test_delete_elsewhere);
  ADD ("/diary-page/result", MG_DIARY_TRACKS_RESTLESS_LEGS, test_result);

  return g_test_run ();
}
