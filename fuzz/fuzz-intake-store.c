/* fuzz-intake-store.c: the intake store reading its file, whatever is in it.
 * It must show what it can read, set aside what it cannot, byte for byte,
 * and, once a person ticks a food, write a file that gives back every day
 * it showed.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-intake-store"

#include "config.h"

#include <string.h>

#include "mg-foods.h"
#include "mg-fuzz.h"
#include "mg-intake-store.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"

/* The clock of every input, made at the first. */
#define CLOCK_START "2026-11-22T12:00:00Z"

static MgTestClock *test_clock;

static MgIntakeStore *
open_store (void)
{
  return mg_test_store_open (mg_fuzz_get_directory (), test_clock);
}

/* Every day the week chart and the checklist could show, as the store
 * gives them: food ids mapped to half servings. */
static GPtrArray *
read_days (MgIntakeStore *store,
           GStrv          days)
{
  GPtrArray *contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  for (guint i = 0; days[i] != NULL; i++) {
    GHashTable *day = mg_intake_store_dup_day (store, days[i]);
    GHashTableIter iter;
    gpointer id, halves;

    g_hash_table_iter_init (&iter, day);
    while (g_hash_table_iter_next (&iter, &id, &halves)) {
      g_assert_cmpuint (GPOINTER_TO_UINT (halves), >, 0);
      g_assert_cmpuint (GPOINTER_TO_UINT (halves), <=, 2 * MG_FOOD_MAX_SERVINGS);
      g_assert_cmpfloat (mg_intake_store_get_servings (store, days[i], id), ==,
                         GPOINTER_TO_UINT (halves) / 2.0);
    }
    g_assert_cmpuint (mg_intake_store_get_total_mg (store, days[i]), <=,
                      g_hash_table_size (day) * 2 * MG_FOOD_MAX_SERVINGS * 1000);
    g_ptr_array_add (contents, day);
  }

  return contents;
}

static void
assert_same_day (GHashTable *expected,
                 GHashTable *day)
{
  GHashTableIter iter;
  gpointer id, halves;

  g_assert_cmpuint (g_hash_table_size (day), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &id, &halves))
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (day, id)), ==, GPOINTER_TO_UINT (halves));
}

/* What could not be read is kept, unchanged, where the store says. */
static void
assert_kept_aside (MgIntakeStore *store,
                   const uint8_t *data,
                   size_t         size)
{
  g_autofree char *kept = NULL;
  gsize length;

  g_assert_nonnull (mg_intake_store_get_set_aside_path (store));
  g_assert_true (g_file_get_contents (mg_intake_store_get_set_aside_path (store), &kept, &length, NULL));
  g_assert_cmpmem (kept, length, data, size);
  g_assert_false (g_file_test (mg_intake_store_get_path (store), G_FILE_TEST_EXISTS));
}

/* Ticks a food today, then reads the file afresh: every day is as it was
 * shown, with the tick. */
static void
assert_save_keeps_days (MgIntakeStore *store,
                        GStrv          days,
                        GPtrArray     *shown)
{
  const char *food_id = mg_foods_get_food (0)->id;
  const char *today = mg_intake_store_get_today (store);
  g_autoptr(MgIntakeStore) reopened = NULL;
  g_autoptr(GPtrArray) read_back = NULL;
  g_autoptr(GError) error = NULL;
  guint last = g_strv_length (days) - 1;

  g_assert_cmpstr (days[last], ==, today);
  mg_intake_store_set_servings (store, today, food_id, 1.5);
  g_assert_true (mg_test_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_hash_table_insert (g_ptr_array_index (shown, last), g_strdup (food_id), GUINT_TO_POINTER (3));

  reopened = open_store ();
  g_assert_cmpint (mg_intake_store_get_problems (reopened), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  read_back = read_days (reopened, days);
  for (guint i = 0; days[i] != NULL; i++)
    assert_same_day (g_ptr_array_index (shown, i), g_ptr_array_index (read_back, i));
}

/* A file of a newer version is shown and never written over: a tick stays
 * in memory, and saving it says why it cannot. */
static void
assert_newer_kept (MgIntakeStore *store,
                   const uint8_t *data,
                   size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *on_disk = NULL;
  gsize length;

  mg_intake_store_set_servings (store, mg_intake_store_get_today (store), mg_foods_get_food (0)->id, 1);
  g_assert_false (mg_test_store_flush (store, &error));
  g_assert_nonnull (error);
  g_assert_true (mg_intake_store_has_unsaved_changes (store));
  g_assert_true (g_file_get_contents (mg_intake_store_get_path (store), &on_disk, &length, NULL));
  g_assert_cmpmem (on_disk, length, data, size);
}

/* Every day the store holds, and today, the oldest first. */
static GStrv
every_day (MgIntakeStore *store)
{
  g_auto(GStrv) days = mg_intake_store_dup_days (store);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *today = mg_intake_store_get_today (store);

  for (guint i = 0; days[i] != NULL; i++) {
    if (strcmp (days[i], today) != 0)
      g_strv_builder_add (builder, days[i]);
  }
  g_strv_builder_add (builder, today);

  return g_strv_builder_end (builder);
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
  g_autoptr(MgIntakeStore) store = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_auto(GStrv) days = NULL;

  ensure_clock ();
  path = g_build_filename (mg_fuzz_get_directory (), MG_INTAKE_STORE_FILE_NAME, NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  store = open_store ();
  days = every_day (store);
  shown = read_days (store, days);

  if (mg_intake_store_get_problems (store) & MG_INTAKE_STORE_PROBLEM_SET_ASIDE) {
    assert_kept_aside (store, data, size);
  } else if (mg_intake_store_get_problems (store) & MG_INTAKE_STORE_PROBLEM_NEWER_VERSION) {
    assert_newer_kept (store, data, size);
    /* What a newer version wrote stays its own: the tick goes with the store. */
    g_assert_true (g_file_set_contents (path, "", 0, NULL));
    g_assert_true (mg_test_store_flush (store, NULL));
  } else {
    assert_save_keeps_days (store, days, shown);
  }

  g_clear_object (&store);
  /* The file monitors' last events, so that they do not pile up. */
  while (g_main_context_iteration (NULL, FALSE));
  mg_fuzz_empty_directory ();

  return 0;
}
