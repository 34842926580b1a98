/* test-user-data.c: deleting everything kept about the person, and Undo
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_SETTINGS_ENABLE_BACKEND

#include "config.h"

#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "mg-test-clock.h"
#include "mg-test-store.h"
#include "mg-user-data.h"

#define SCHEMA_ID "io.github.mgguide.MagnesiumGuide"

typedef struct {
  char          *dir;
  MgTestClock   *clock;
  MgIntakeStore *checklist;
  MgOwnFoods    *own_foods;
  char          *own_id;
  MgDiaryStore  *diary;
  GSettings     *settings;
  MgDoseProfile *profile;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-21");

  fixture->dir = g_dir_make_tmp ("mg-user-data-XXXXXX", NULL);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
  fixture->checklist = mg_intake_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                       fixture->clock);
  mg_test_store_wait_loaded (fixture->checklist);
  fixture->own_foods = mg_own_foods_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                    fixture->clock);
  mg_test_file_store_wait_loaded (mg_own_foods_get_file (fixture->own_foods));
  fixture->diary = mg_diary_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (), fixture->clock);
  mg_test_file_store_wait_loaded (mg_diary_store_get_file (fixture->diary));
  fixture->settings = g_settings_new_with_backend (SCHEMA_ID, backend);
  fixture->profile = mg_dose_profile_new (fixture->settings);

  mg_intake_store_set_servings (fixture->checklist, "2026-11-21", "spinach", 1);
  mg_intake_store_set_servings (fixture->checklist, "2026-11-22", "cashews", 2);
  fixture->own_id = mg_own_foods_add (fixture->own_foods, "Muesli bar", "1 bar, 40 g", 45);
  mg_intake_store_set_servings (fixture->checklist, "2026-11-21", fixture->own_id, 1);
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, 6);
  mg_diary_store_set_entry (fixture->diary, entry);
  g_settings_set_int (fixture->settings, "dose-age", 58);
  g_settings_set_strv (fixture->settings, "dose-answered", (const char *[]) { "age", "sex", NULL });
  g_settings_set_string (fixture->settings, "dose-country", "se");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_true (mg_test_store_flush (fixture->checklist, NULL));
  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (fixture->own_foods), NULL));
  g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (fixture->diary), NULL));
  g_clear_object (&fixture->own_foods);
  g_clear_pointer (&fixture->own_id, g_free);
  g_clear_object (&fixture->profile);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->diary);
  g_clear_object (&fixture->checklist);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

    g_unlink (path);
  }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  mg_test_clock_free (fixture->clock);
}

static void
assert_all_deleted (Fixture *fixture)
{
  g_auto(GStrv) days = mg_intake_store_dup_days (fixture->checklist);
  g_auto(GStrv) diary_days = mg_diary_store_dup_days (fixture->diary);
  g_autoptr(GPtrArray) own_foods = mg_own_foods_dup_foods (fixture->own_foods, NULL);
  g_autofree char *country = g_settings_get_string (fixture->settings, "dose-country");

  g_assert_cmpuint (g_strv_length (days), ==, 0);
  g_assert_cmpuint (g_strv_length (diary_days), ==, 0);
  g_assert_cmpuint (own_foods->len, ==, 0);
  g_assert_null (g_settings_get_user_value (fixture->settings, "dose-age"));
  g_assert_cmpint (mg_dose_profile_get_unanswered (fixture->profile), ==, MG_DOSE_UNANSWERED_AGE);
  /* The advice the person follows is a choice of the app's, not data. */
  g_assert_cmpstr (country, ==, "se");
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MgUserDataBackup) backup = NULL;
  g_autoptr(MgDiaryEntry) entry = NULL;

  backup = mg_user_data_delete_all (fixture->checklist, fixture->own_foods, fixture->diary, fixture->profile);
  assert_all_deleted (fixture);

  /* Undo: everything as it was. */
  mg_user_data_restore (backup);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-21", "spinach"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-22", "cashews"), ==, 2);
  /* The food the person added, and the day that counted it. */
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-21", fixture->own_id), ==, 1);
  g_assert_cmpfloat (mg_own_foods_get_mg (fixture->own_foods, fixture->own_id, "2026-11-21"), ==, 45);
  entry = mg_diary_store_dup_entry (fixture->diary, "2026-11-21");
  g_assert_cmpint (mg_diary_entry_get_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS), ==, 6);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "dose-age"), ==, 58);
  g_assert_cmpint (mg_dose_profile_get_unanswered (fixture->profile), ==, MG_DOSE_UNANSWERED_NONE);
}

/* What was entered after the deletion is kept by the Undo. */
static void
test_undo_keeps_newer (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MgUserDataBackup) backup = NULL;

  backup = mg_user_data_delete_all (fixture->checklist, fixture->own_foods, fixture->diary, fixture->profile);
  mg_intake_store_set_servings (fixture->checklist, "2026-11-22", "almonds", 1);
  mg_user_data_restore (backup);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-22", "almonds"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-22", "cashews"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (fixture->checklist, "2026-11-21", "spinach"), ==, 1);
}

/* Without Undo, the deletion stands, on disk too. */
static void
test_delete_stands (Fixture       *fixture,
                    gconstpointer  data)
{
  MgUserDataBackup *backup = mg_user_data_delete_all (fixture->checklist, fixture->own_foods, fixture->diary, fixture->profile);

  mg_user_data_backup_free (backup);
  g_assert_false (mg_diary_store_get_can_undo_delete (fixture->diary));
  g_assert_false (mg_own_foods_get_can_undo_delete (fixture->own_foods));
  g_assert_true (mg_test_store_flush (fixture->checklist, NULL));
  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (fixture->own_foods), NULL));
  g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (fixture->diary), NULL));
  g_clear_object (&fixture->checklist);
  g_clear_object (&fixture->diary);
  g_clear_object (&fixture->own_foods);
  fixture->own_foods = mg_own_foods_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                    fixture->clock);
  mg_test_file_store_wait_loaded (mg_own_foods_get_file (fixture->own_foods));
  fixture->checklist = mg_intake_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                       fixture->clock);
  mg_test_store_wait_loaded (fixture->checklist);
  fixture->diary = mg_diary_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (), fixture->clock);
  mg_test_file_store_wait_loaded (mg_diary_store_get_file (fixture->diary));
  assert_all_deleted (fixture);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/user-data/delete-and-undo", Fixture, NULL, fixture_set_up, test_delete_and_undo,
              fixture_tear_down);
  g_test_add ("/user-data/undo-keeps-newer", Fixture, NULL, fixture_set_up, test_undo_keeps_newer,
              fixture_tear_down);
  g_test_add ("/user-data/delete-stands", Fixture, NULL, fixture_set_up, test_delete_stands,
              fixture_tear_down);

  return g_test_run ();
}
