/* test-diary-store.c: the diary on disk, and that nothing is lost
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* fsync () of POSIX.1-2008. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mg-date.h"
#include "mg-diary-store-private.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"

typedef struct {
  char        *dir;
  MgTestClock *clock;
} Fixture;

/* What the file calls fail with, as in test-intake-store.c. */
static struct {
  const char *deny_path;  /* open () of it fails with EACCES */
  gboolean    disk_full;  /* write () fails with ENOSPC */
} fs;

static int
test_open (const char *path,
           int         flags,
           mode_t      mode)
{
  if (fs.deny_path != NULL && strcmp (path, fs.deny_path) == 0) {
    errno = EACCES;
    return -1;
  }
  return open (path, flags, mode);
}

static ssize_t
test_write (int         fd,
            const void *buffer,
            size_t      count)
{
  if (fs.disk_full) {
    errno = ENOSPC;
    return -1;
  }
  return write (fd, buffer, count);
}

static const MgKeyFileStoreFileOps test_ops = { test_open, test_write, fsync };

static MgDiaryStore *
open_store (Fixture *fixture)
{
  MgDiaryStore *store = mg_diary_store_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                       fixture->clock);

  mg_test_file_store_wait_loaded (mg_diary_store_get_file (store));
  return store;
}

static gboolean
flush_store (MgDiaryStore  *store,
             GError       **error)
{
  return mg_test_file_store_flush (mg_diary_store_get_file (store), error);
}

/* Saves what is pending, checks that it was saved and lets the store go. */
static void
close_store (MgDiaryStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (flush_store (store, &error));
  g_assert_no_error (error);
  g_assert_false (mg_key_file_store_has_unsaved_changes (mg_diary_store_get_file (store)));
  g_assert_finalize_object (store);
}

static char *
data_path (Fixture *fixture)
{
  return g_build_filename (fixture->dir, MG_DIARY_STORE_FILE_NAME, NULL);
}

static void
write_data (Fixture    *fixture,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = data_path (fixture);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (path, name, NULL);

    g_assert_cmpint (g_remove (child), ==, 0);
  }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mg-diary-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
  memset (&fs, 0, sizeof fs);
  mg_key_file_store_set_file_ops (&test_ops);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mg_key_file_store_set_file_ops (NULL);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

static MgDiaryEntry *
full_entry (const char *day)
{
  MgDiaryEntry *entry = mg_diary_entry_new (day);

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, 6);
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 0);
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, 10);
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES, 300);
  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_DIARRHOEA, TRUE);
  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS, TRUE);
  g_assert_true (mg_diary_entry_set_note (entry, "søvn \\n \"dårlig\"; [kaffe] = # 100%", NULL));

  return entry;
}

static void
assert_entry (MgDiaryStore       *store,
              const MgDiaryEntry *expected)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_store_dup_entry (store, expected->day);

  g_assert_cmpstr (entry->note, ==, expected->note);
  g_assert_true (mg_diary_entry_equal (entry, expected));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MgDiaryStore *store = open_store (fixture);
  g_autoptr(MgDiaryEntry) full = full_entry ("2026-11-22");
  g_autoptr(MgDiaryEntry) sparse = mg_diary_entry_new ("2026-11-20");
  g_autoptr(MgDiaryEntry) empty = NULL;
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  g_autoptr(MgTrialPlan) read_plan = NULL;
  g_autofree char *path = data_path (fixture);
  g_auto(GStrv) days = NULL;
  GStatBuf info;

  g_assert_cmpint (mg_diary_store_get_tracks (store), ==, MG_DIARY_TRACKS_NONE);
  g_assert_false (mg_trial_plan_is_started (read_plan = mg_diary_store_dup_plan (store)));
  g_clear_pointer (&read_plan, mg_trial_plan_free);
  empty = mg_diary_store_dup_entry (store, "2026-11-22");
  g_assert_true (mg_diary_entry_is_empty (empty));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mg_diary_store_set_tracks (store, MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);
  mg_diary_store_set_entry (store, full);
  mg_diary_entry_set_magnesium (sparse, MG_DIARY_TAKEN_NO, 0);
  mg_diary_store_set_entry (store, sparse);
  g_assert_true (mg_trial_plan_start (plan, "2026-11-01", TRUE));
  g_assert_true (mg_trial_plan_pause (plan, "2026-11-10"));
  mg_diary_store_set_plan (store, plan);
  assert_entry (store, full);
  close_store (store);

  /* Health data: for the person's eyes only. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  g_assert_cmpint (mg_diary_store_get_tracks (store), ==,
                   MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN);
  assert_entry (store, full);
  assert_entry (store, sparse);
  read_plan = mg_diary_store_dup_plan (store);
  g_assert_true (mg_trial_plan_equal (read_plan, plan));
  days = mg_diary_store_dup_days (store);
  g_assert_cmpuint (g_strv_length (days), ==, 2);
  g_assert_cmpstr (days[0], ==, "2026-11-20");

  /* An empty entry takes the day away. */
  mg_diary_store_set_entry (store, empty);
  g_clear_pointer (&days, g_strfreev);
  days = mg_diary_store_dup_days (store);
  g_assert_cmpuint (g_strv_length (days), ==, 1);
  close_store (store);
}

static void
count_cb (gpointer  instance,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

static void
day_changed_cb (MgDiaryStore *store,
                const char   *day,
                GPtrArray    *days)
{
  g_ptr_array_add (days, g_strdup (day));
}

/* A view hears which day changed, and the plan and the choice of symptoms. */
static void
test_signals (Fixture       *fixture,
              gconstpointer  data)
{
  MgDiaryStore *store = open_store (fixture);
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-21");
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  guint plans = 0, tracks = 0, changes = 0;

  g_signal_connect (store, "day-changed", G_CALLBACK (day_changed_cb), days);
  g_signal_connect (store, "notify::plan", G_CALLBACK (count_cb), &plans);
  g_signal_connect (store, "notify::tracks", G_CALLBACK (count_cb), &tracks);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changes);

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 7);
  mg_diary_store_set_entry (store, entry);
  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (days, 0), ==, "2026-11-21");
  g_assert_cmpuint (changes, ==, 1);
  /* The same again changes nothing. */
  mg_diary_store_set_entry (store, entry);
  g_assert_cmpuint (changes, ==, 1);

  g_assert_true (mg_trial_plan_start (plan, "2026-11-21", FALSE));
  g_object_set (store, "plan", plan, NULL);
  g_assert_cmpuint (plans, ==, 1);
  g_object_set (store, "plan", plan, NULL);
  g_assert_cmpuint (plans, ==, 1);
  mg_diary_store_set_tracks (store, MG_DIARY_TRACKS_BACK_PAIN);
  mg_diary_store_set_tracks (store, MG_DIARY_TRACKS_BACK_PAIN);
  g_assert_cmpuint (tracks, ==, 1);
  g_assert_cmpuint (days->len, ==, 1);
  close_store (store);
}

/* Not a diary: set aside byte for byte, told, and the new diary saved. */
static void
test_corrupt_set_aside (Fixture       *fixture,
                        gconstpointer  data)
{
  const char garbage[] = "[2026-11-22\nsleep=5\n\x01\x02 not a key file";
  g_autofree char *path = data_path (fixture);
  g_autofree char *kept = NULL;
  g_autoptr(MgDiaryEntry) entry = full_entry ("2026-11-22");
  gsize length;
  MgDiaryStore *store;

  write_data (fixture, garbage, sizeof garbage - 1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_SET_ASIDE);
  g_assert_cmpint (mg_key_file_store_get_set_aside_reason (mg_diary_store_get_file (store)), ==, MG_STORE_FAILURE_DAMAGED);
  g_assert_true (g_file_get_contents (mg_key_file_store_get_set_aside_path (mg_diary_store_get_file (store)), &kept, &length, NULL));
  g_assert_cmpmem (kept, length, garbage, sizeof garbage - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mg_diary_store_set_entry (store, entry);
  close_store (store);
  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  assert_entry (store, entry);
  close_store (store);
}

/* A full disk: the old file stays whole, the person is told, the entry
 * is kept and saved once there is space. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MgDiaryEntry) first = full_entry ("2026-11-21");
  g_autoptr(MgDiaryEntry) second = full_entry ("2026-11-22");
  MgDiaryStore *store = open_store (fixture);
  guint notified = 0;

  mg_diary_store_set_entry (store, first);
  g_assert_true (flush_store (store, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_signal_connect (mg_diary_store_get_file (store), "notify::problems", G_CALLBACK (count_cb), &notified);

  fs.disk_full = TRUE;
  mg_diary_store_set_entry (store, second);
  g_assert_false (flush_store (store, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_key_file_store_get_failure (mg_diary_store_get_file (store)), ==, MG_STORE_FAILURE_NO_SPACE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  assert_entry (store, second);
  g_clear_error (&error);
  g_assert_false (mg_key_file_store_flush_sync (mg_diary_store_get_file (store), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  fs.disk_full = FALSE;
  g_assert_true (flush_store (store, NULL));
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  g_assert_cmpuint (notified, ==, 2);
  close_store (store);

  store = open_store (fixture);
  assert_entry (store, first);
  assert_entry (store, second);
  close_store (store);
}

/* A file that cannot be read is not set aside and never written over. */
static void
test_cannot_read (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  const char contents[] = "[2026-11-21]\nsleep=3\n";
  g_autofree char *after = NULL;
  g_autoptr(MgDiaryEntry) entry = full_entry ("2026-11-22");
  g_autoptr(MgDiaryEntry) old = NULL;
  MgDiaryStore *store;

  write_data (fixture, contents, -1);
  fs.deny_path = path;
  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_CANNOT_READ);
  g_assert_null (mg_key_file_store_get_set_aside_path (mg_diary_store_get_file (store)));

  mg_diary_store_set_entry (store, entry);
  g_assert_false (flush_store (store, NULL));
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==,
                    MG_STORE_PROBLEM_CANNOT_READ | MG_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_key_file_store_get_failure (mg_diary_store_get_file (store)), ==, MG_STORE_FAILURE_NO_PERMISSION);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  fs.deny_path = NULL;
  g_assert_true (flush_store (store, NULL));
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  old = mg_diary_store_dup_entry (store, "2026-11-21");
  g_assert_cmpint (old->scores[MG_DIARY_SYMPTOM_SLEEP], ==, 3);
  assert_entry (store, entry);
  close_store (store);
}

/* A newer version's file is shown and never written over. */
static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  const char newer[] = "[Symptom Diary]\nVersion=2\n[2026-11-22]\nsleep=5\nmood=3\n";
  g_autofree char *path = data_path (fixture);
  g_autofree char *after = NULL;
  g_autoptr(MgDiaryEntry) entry = NULL;
  MgDiaryStore *store;

  write_data (fixture, newer, -1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NEWER_VERSION);
  entry = mg_diary_store_dup_entry (store, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_SLEEP], ==, 5);
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 6);
  mg_diary_store_set_entry (store, entry);
  g_assert_false (flush_store (store, NULL));
  assert_entry (store, entry);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  g_assert_finalize_object (store);
}

/* Values this version cannot read are shown as not given and kept until
 * the person sets them; keys it does not know are kept; a plan it cannot
 * read is no plan, and stays in the file. */
static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  const char file[] = "[Symptom Diary]\nVersion=1\n"
                      "[Trial]\nStart=2026-02-30\n"
                      "[2026-11-22]\nsleep=11\nback_pain= 4\r\nmagnesium=maybe\nmood=3\n"
                      "note=\x01\n";
  g_autoptr(MgDiaryEntry) entry = NULL;
  g_autoptr(MgTrialPlan) plan = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = data_path (fixture);
  MgDiaryStore *store;

  write_data (fixture, file, -1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  entry = mg_diary_store_dup_entry (store, "2026-11-22");
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_SLEEP], ==, MG_DIARY_SCORE_UNSET);
  g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_BACK_PAIN], ==, 4);
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_UNKNOWN);
  g_assert_cmpstr (entry->note, ==, "");
  plan = mg_diary_store_dup_plan (store);
  g_assert_false (mg_trial_plan_is_started (plan));

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, 2);
  mg_diary_store_set_entry (store, entry);
  close_store (store);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "sleep=11\n"));
  g_assert_nonnull (strstr (after, "magnesium=maybe\n"));
  g_assert_nonnull (strstr (after, "mood=3\n"));
  g_assert_nonnull (strstr (after, "restless_legs=2\n"));
  g_assert_nonnull (strstr (after, "Start=2026-02-30\n"));

  /* Setting no plan takes the unreadable one away, as a new plan would. */
  store = open_store (fixture);
  mg_diary_store_set_plan (store, plan);
  close_store (store);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_null (strstr (after, "[Trial]"));
}

/* Writes @n_days days up to @last, each with a score. */
static void
write_history (Fixture    *fixture,
               const char *last,
               guint       n_days)
{
  g_autoptr(GString) contents = g_string_new ("[Symptom Diary]\nVersion=1\n");

  for (guint i = 0; i < n_days; i++) {
    g_autofree char *day = mg_date_add_days (last, -(int) i);

    g_string_append_printf (contents, "[%s]\nrestless_legs=%u\nnote=day %u\n", day, i % 11, i);
  }
  write_data (fixture, contents->str, (gssize) contents->len);
}

static guint
count_days (MgDiaryStore *store)
{
  g_auto(GStrv) days = mg_diary_store_dup_days (store);

  return g_strv_length (days);
}

/* The clock years ahead, then back to 1972: no day is ever lost. */
static void
test_clock_jumps (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) ahead = full_entry ("2031-06-01");
  g_autoptr(MgDiaryEntry) back = full_entry ("1972-03-03");
  MgDiaryStore *store;

  write_history (fixture, "2026-11-22", 60);
  mg_test_clock_set (fixture->clock, "2031-06-01T09:00:00");
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 60);
  mg_diary_store_set_entry (store, ahead);
  close_store (store);

  mg_test_clock_set (fixture->clock, "1972-03-03T09:00:00");
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 61);
  mg_diary_store_set_entry (store, back);
  close_store (store);

  mg_test_clock_set (fixture->clock, "2026-11-23T09:00:00");
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 62);
  assert_entry (store, ahead);
  assert_entry (store, back);
  close_store (store);
}

/* Two years of days load, and one change saves them all. */
static void
test_two_years (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) today = full_entry ("2026-11-22");
  g_autoptr(GPtrArray) entries = NULL;
  MgDiaryEntry *oldest;
  MgDiaryStore *store;

  write_history (fixture, "2026-11-21", 2 * 366);
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 2 * 366);
  mg_diary_store_set_entry (store, today);
  close_store (store);

  store = open_store (fixture);
  entries = mg_diary_store_dup_entries (store);
  g_assert_cmpuint (entries->len, ==, 2 * 366 + 1);
  oldest = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (oldest->day, ==, "2024-11-20");
  g_assert_cmpstr (oldest->note, ==, "day 731");
  g_assert_cmpint (oldest->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, 731 % 11);
  assert_entry (store, today);
  close_store (store);
}

/* One call deletes everything; until the view lets go, it can be undone. */
static void
test_delete_all (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) entry = full_entry ("2026-11-20");
  g_autoptr(MgDiaryEntry) since = full_entry ("2026-11-22");
  g_autoptr(MgTrialPlan) plan = mg_trial_plan_new ();
  g_autoptr(MgTrialPlan) read_plan = NULL;
  g_autofree char *path = data_path (fixture);
  g_autofree char *on_disk = NULL;
  MgDiaryStore *store = open_store (fixture);
  guint undo_notified = 0;

  write_history (fixture, "2026-11-19", 20);
  close_store (store);
  store = open_store (fixture);
  g_signal_connect (store, "notify::can-undo-delete", G_CALLBACK (count_cb), &undo_notified);
  mg_diary_store_set_entry (store, entry);
  g_assert_true (mg_trial_plan_start (plan, "2026-11-01", FALSE));
  mg_diary_store_set_plan (store, plan);
  mg_diary_store_set_tracks (store, MG_DIARY_TRACKS_RESTLESS_LEGS);
  g_assert_true (flush_store (store, NULL));

  mg_diary_store_delete_all (store);
  g_assert_true (mg_diary_store_get_can_undo_delete (store));
  g_assert_cmpuint (undo_notified, ==, 1);
  g_assert_cmpuint (count_days (store), ==, 0);
  g_assert_cmpint (mg_diary_store_get_tracks (store), ==, MG_DIARY_TRACKS_NONE);
  read_plan = mg_diary_store_dup_plan (store);
  g_assert_false (mg_trial_plan_is_started (read_plan));
  g_assert_true (flush_store (store, NULL));
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_null (strstr (on_disk, "[20"));
  g_assert_null (strstr (on_disk, "Trial"));

  /* A day recorded since the delete is kept over the one undone. */
  mg_diary_entry_set_score (since, MG_DIARY_SYMPTOM_SLEEP, 9);
  mg_diary_store_set_entry (store, since);
  mg_diary_store_undo_delete (store);
  g_assert_false (mg_diary_store_get_can_undo_delete (store));
  g_assert_cmpuint (undo_notified, ==, 2);
  g_assert_cmpuint (count_days (store), ==, 22);
  assert_entry (store, entry);
  assert_entry (store, since);
  g_clear_pointer (&read_plan, mg_trial_plan_free);
  read_plan = mg_diary_store_dup_plan (store);
  g_assert_true (mg_trial_plan_equal (read_plan, plan));
  g_assert_cmpint (mg_diary_store_get_tracks (store), ==, MG_DIARY_TRACKS_RESTLESS_LEGS);
  close_store (store);

  /* Once the undo is forgotten, the delete is for good. */
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 22);
  mg_diary_store_delete_all (store);
  mg_diary_store_forget_deleted (store);
  g_assert_false (mg_diary_store_get_can_undo_delete (store));
  close_store (store);
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 0);
  close_store (store);
}

/* One diary for the process, in the user's data directory, beside the
 * checklist; the application finds it at quit to save its last changes.
 * In a child process whose data directory is the fixture's. */
static void
test_default (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MgDiaryEntry) entry = full_entry ("2026-11-22");
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_auto(GStrv) envp = NULL;
  MgDiaryStore *store;
  MgDiaryStore *again;

  if (g_test_subprocess ()) {
    path = g_build_filename (g_get_user_data_dir (), "magnesium-guide", MG_DIARY_STORE_FILE_NAME, NULL);
    g_assert_null (mg_diary_store_peek_default ());
    store = mg_diary_store_dup_default ();
    again = mg_diary_store_dup_default ();
    g_assert_true (store == again);
    g_object_unref (again);
    g_assert_true (mg_diary_store_peek_default () == store);
    g_assert_cmpstr (mg_key_file_store_get_path (mg_diary_store_get_file (store)), ==, path);
    mg_diary_store_set_entry (store, entry);
    g_assert_true (mg_key_file_store_flush_sync (mg_diary_store_get_file (store), NULL));
    g_assert_finalize_object (store);
    g_assert_null (mg_diary_store_peek_default ());
    return;
  }

  envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_test_trap_subprocess_with_envp (NULL, (const char * const *) envp, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  folder = g_build_filename (fixture->dir, "magnesium-guide", NULL);
  path = g_build_filename (folder, MG_DIARY_STORE_FILE_NAME, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The writer of the crash test: saves whole entries for ever, until killed. */
static int
write_for_ever (const char *dir)
{
  g_autoptr(MgDiaryStore) store = mg_diary_store_new (dir);

  for (guint round = 0; ; round++) {
    for (guint i = 0; i < 60; i++) {
      g_autofree char *day = mg_date_add_days ("2026-01-01", (int) i);
      g_autoptr(MgDiaryEntry) entry = full_entry (day);

      mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, (int) (round % 11));
      mg_diary_store_set_entry (store, entry);
    }
    g_assert_true (mg_key_file_store_flush_sync (mg_diary_store_get_file (store), NULL));
    /* Tells the test that saving has begun. */
    if (round == 0 && (fputs ("saving\n", stdout) == EOF || fflush (stdout) != 0))
      return 1;
  }

  return 0;
}

/* Every day of the file was written by the same round: a whole file. */
static void
check_whole_file (gpointer data)
{
  Fixture *fixture = data;
  MgDiaryStore *store = mg_diary_store_new (fixture->dir);
  g_autoptr(GPtrArray) entries = NULL;
  int first;

  mg_test_file_store_wait_loaded (mg_diary_store_get_file (store));
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_diary_store_get_file (store)), ==, MG_STORE_PROBLEM_NONE);
  entries = mg_diary_store_dup_entries (store);
  g_assert_cmpuint (entries->len, ==, 60);
  first = ((MgDiaryEntry *) g_ptr_array_index (entries, 0))->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS];
  for (guint i = 0; i < entries->len; i++) {
    const MgDiaryEntry *entry = g_ptr_array_index (entries, i);

    g_assert_cmpint (entry->scores[MG_DIARY_SYMPTOM_RESTLESS_LEGS], ==, first);
  }
  g_assert_finalize_object (store);
}

/* As the checklist's: a process that saves without pause is killed 40
 * times at random moments; the file is the old one or the new one, whole. */
static void
test_crash_mid_save (Fixture       *fixture,
                     gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  fixture->dir = mg_test_store_real_dir ("mg-diary-crash");

  if (!mg_test_store_kill_writers (fixture->dir, MG_DIARY_STORE_FILE_NAME, 40, 2211, check_whole_file, fixture))
    g_test_incomplete ("none of the kills landed in the middle of a save");
}

static void
add_test (const char *name,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write-for-ever"))
    return write_for_ever (argv[2]);

  g_test_init (&argc, &argv, NULL);

  add_test ("/diary-store/round-trip", test_round_trip);
  add_test ("/diary-store/signals", test_signals);
  add_test ("/diary-store/corrupt-set-aside", test_corrupt_set_aside);
  add_test ("/diary-store/disk-full", test_disk_full);
  add_test ("/diary-store/cannot-read", test_cannot_read);
  add_test ("/diary-store/newer-version", test_newer_version);
  add_test ("/diary-store/unknown-kept", test_unknown_kept);
  add_test ("/diary-store/clock-jumps", test_clock_jumps);
  add_test ("/diary-store/two-years", test_two_years);
  add_test ("/diary-store/delete-all", test_delete_all);
  add_test ("/diary-store/default", test_default);
  add_test ("/diary-store/crash-mid-save", test_crash_mid_save);

  return g_test_run ();
}
