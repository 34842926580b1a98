/* fuzz-diary-store.c: the diary store reading its file, whatever is in it.
 * It must show what it can read, within range, set aside what it cannot,
 * byte for byte, and, once the person records a day, write a file that
 * gives back every day, the plan and the symptoms it showed.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-diary-store"

#include "config.h"

#include <string.h>

#include "mg-diary-store.h"
#include "mg-fuzz.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"

#define TODAY "2026-11-22"

/* The clock of every input, made at the first. */
#define CLOCK_START TODAY "T12:00:00Z"

static MgTestClock *test_clock;

static MgDiaryStore *
open_store (void)
{
  MgDiaryStore *store = mg_diary_store_new_with_clock (mg_fuzz_get_directory (),
                                                       mg_test_clock_get_store_clock (), test_clock);

  mg_test_file_store_wait_loaded (mg_diary_store_get_file (store));
  return store;
}

/* Every entry the store shows keeps the entry's rules. */
static GPtrArray *
read_entries (MgDiaryStore *store)
{
  GPtrArray *entries = mg_diary_store_dup_entries (store);

  for (guint i = 0; i < entries->len; i++)
    g_assert_true (mg_diary_entry_is_valid (g_ptr_array_index (entries, i)));

  return entries;
}

static void
assert_kept_aside (MgDiaryStore  *store,
                   const uint8_t *data,
                   size_t         size)
{
  MgKeyFileStore *file = mg_diary_store_get_file (store);
  g_autofree char *kept = NULL;
  gsize length;

  g_assert_nonnull (mg_key_file_store_get_set_aside_path (file));
  g_assert_true (g_file_get_contents (mg_key_file_store_get_set_aside_path (file), &kept, &length, NULL));
  g_assert_cmpmem (kept, length, data, size);
  g_assert_false (g_file_test (mg_key_file_store_get_path (file), G_FILE_TEST_EXISTS));
}

/* Records today, then reads the file afresh: all is as it was shown. */
static void
assert_save_keeps_all (MgDiaryStore *store,
                       GPtrArray    *shown)
{
  g_autoptr(MgDiaryEntry) today = mg_diary_store_dup_entry (store, TODAY);
  g_autoptr(MgTrialPlan) plan = mg_diary_store_dup_plan (store);
  MgDiaryTracks tracks = mg_diary_store_get_tracks (store);
  g_autoptr(GHashTable) by_day = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(MgDiaryStore) reopened = NULL;
  g_autoptr(GPtrArray) read_back = NULL;
  g_autoptr(MgTrialPlan) read_plan = NULL;
  g_autoptr(GError) error = NULL;

  mg_diary_entry_set_score (today, MG_DIARY_SYMPTOM_SLEEP,
                            (mg_diary_entry_get_score (today, MG_DIARY_SYMPTOM_SLEEP) + 2) % 11);
  mg_diary_store_set_entry (store, today);
  g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (store), &error));
  g_assert_no_error (error);
  for (guint i = 0; i < shown->len; i++) {
    MgDiaryEntry *entry = g_ptr_array_index (shown, i);

    g_hash_table_insert (by_day, entry->day, entry);
  }
  g_hash_table_insert (by_day, today->day, today);

  reopened = open_store ();
  g_assert_cmpint (mg_key_file_store_get_problems (mg_diary_store_get_file (reopened)), ==,
                   MG_STORE_PROBLEM_NONE);
  read_back = read_entries (reopened);
  g_assert_cmpuint (read_back->len, ==, g_hash_table_size (by_day));
  for (guint i = 0; i < read_back->len; i++) {
    const MgDiaryEntry *entry = g_ptr_array_index (read_back, i);

    g_assert_true (mg_diary_entry_equal (entry, g_hash_table_lookup (by_day, entry->day)));
  }
  read_plan = mg_diary_store_dup_plan (reopened);
  g_assert_true (mg_trial_plan_equal (plan, read_plan));
  g_assert_cmpint (mg_diary_store_get_tracks (reopened), ==, tracks);
}

static void
ensure_clock (void)
{
  if (test_clock == NULL)
    test_clock = mg_test_clock_new (CLOCK_START);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = NULL;
  g_autoptr(MgDiaryStore) store = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  MgStoreProblems problems;

  ensure_clock ();
  path = g_build_filename (mg_fuzz_get_directory (), MG_DIARY_STORE_FILE_NAME, NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  store = open_store ();
  shown = read_entries (store);
  problems = mg_key_file_store_get_problems (mg_diary_store_get_file (store));

  if (problems & MG_STORE_PROBLEM_SET_ASIDE) {
    assert_kept_aside (store, data, size);
  } else if (problems & MG_STORE_PROBLEM_NEWER_VERSION) {
    g_autofree char *on_disk = NULL;
    gsize length;

    mg_diary_store_set_tracks (store, MG_DIARY_TRACKS_BACK_PAIN ^ mg_diary_store_get_tracks (store));
    g_assert_false (mg_test_file_store_flush (mg_diary_store_get_file (store), NULL));
    g_assert_true (g_file_get_contents (path, &on_disk, &length, NULL));
    g_assert_cmpmem (on_disk, length, data, size);
    /* What a newer version wrote stays its own: the change goes with the store. */
    g_assert_true (g_file_set_contents (path, "", 0, NULL));
    g_assert_true (mg_test_file_store_flush (mg_diary_store_get_file (store), NULL));
  } else {
    assert_save_keeps_all (store, shown);
  }

  g_clear_object (&store);
  /* The file monitors' last events, so that they do not pile up. */
  while (g_main_context_iteration (NULL, FALSE));
  mg_fuzz_empty_directory ();

  return 0;
}
