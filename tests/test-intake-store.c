/* test-intake-store.c: the days on disk, and that nothing is lost
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "mg-foods.h"
#include "mg-intake-store.h"
#include "mg-test-clock.h"

typedef struct {
  char        *dir;
  MgTestClock *clock;
} Fixture;

static MgIntakeStore *
open_store (Fixture *fixture)
{
  return mg_intake_store_new_with_clock (fixture->dir, mg_test_clock_now, fixture->clock);
}

static char *
data_path (Fixture *fixture)
{
  return g_build_filename (fixture->dir, MG_INTAKE_STORE_FILE_NAME, NULL);
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

    if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
      remove_tree (child);
    else
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

  fixture->dir = g_dir_make_tmp ("mg-intake-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

/* For an event sure to come (a file monitor’s), each iteration of the main
 * context waits for one source: the bound is on their number, not on time. */
static void
wait_for_flag (gboolean *flag)
{
  for (guint i = 0; i < 10000 && !*flag; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static void
set_flag_cb (gpointer  instance,
             gpointer  data_or_pspec,
             gboolean *flag)
{
  *flag = TRUE;
}

static void
count_cb (gpointer  instance,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  g_autofree char *path = data_path (fixture);
  g_autoptr(GHashTable) day = NULL;
  GStatBuf info;

  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-22");
  g_assert_cmpstr (mg_intake_store_get_path (store), ==, path);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  /* Nothing is written before there is something to keep. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mg_intake_store_set_servings (store, "2026-11-22", "pumpkin-seeds", 1.5);
  mg_intake_store_set_servings (store, "2026-11-22", "spinach", 1);
  mg_intake_store_set_servings (store, "2026-11-22", "tuna", 0.5);
  mg_intake_store_set_servings (store, "2026-11-21", "banana", 2);
  mg_intake_store_set_servings (store, "2026-11-22", "tuna", 0);
  g_assert_finalize_object (store);

  /* Health data: for the person’s eyes only. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "pumpkin-seeds"), ==, 1.5);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "spinach"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "tuna"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-21", "banana"), ==, 2);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 234 + 78);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-21"), ==, 64);

  day = mg_intake_store_dup_day (store, "2026-11-22");
  g_assert_cmpuint (g_hash_table_size (day), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (day, "pumpkin-seeds")), ==, 3);
  g_assert_finalize_object (store);
}

static void
test_servings_rounded (Fixture       *fixture,
                       gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);

  /* Only half servings exist: whatever a caller passes is rounded to one. */
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1.3);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 1.5);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", MG_FOOD_MAX_SERVINGS);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==,
                     MG_FOOD_MAX_SERVINGS);
  g_assert_finalize_object (store);
}

static void
test_last_days (Fixture       *fixture,
                gconstpointer  data)
{
  MgIntakeStore *store;
  g_auto(GStrv) days = NULL;

  mg_test_clock_set (fixture->clock, "2026-03-02T08:00:00");
  store = open_store (fixture);
  days = mg_intake_store_dup_last_days (store, 7);

  g_assert_cmpuint (g_strv_length (days), ==, 7);
  g_assert_cmpstr (days[0], ==, "2026-02-24");
  g_assert_cmpstr (days[4], ==, "2026-02-28");
  g_assert_cmpstr (days[5], ==, "2026-03-01");
  g_assert_cmpstr (days[6], ==, "2026-03-02");
  g_assert_finalize_object (store);
}

static void
test_midnight (Fixture       *fixture,
               gconstpointer  data)
{
  MgIntakeStore *store;
  gboolean rolled = FALSE;

  /* 23:59:59.8 local is 22:59 UTC: the day is the local one. */
  mg_test_clock_set (fixture->clock, "2026-11-22T23:59:59.800");
  store = open_store (fixture);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-22");
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);
  g_signal_connect (store, "notify::today", G_CALLBACK (set_flag_cb), &rolled);

  /* The store wakes at midnight by itself. */
  mg_test_clock_jump (fixture->clock, "2026-11-23T00:00:00.100", store);
  g_assert_true (rolled);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-23");

  /* A new day starts empty; the day before is kept. */
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-23"), ==, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  g_assert_finalize_object (store);

  /* 00:30 local is still the day before in UTC. */
  mg_test_clock_set (fixture->clock, "2026-11-24T00:30:00");
  store = open_store (fixture);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-24");
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  g_assert_finalize_object (store);
}

static void
test_retention (Fixture       *fixture,
                gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);

  mg_intake_store_set_servings (store, "2026-11-22", "banana", 1);
  g_assert_finalize_object (store);

  /* Ninety days on, the day is still there, even after a save. */
  mg_test_clock_set (fixture->clock, "2027-02-20T09:00:00");
  store = open_store (fixture);
  mg_intake_store_set_servings (store, "2027-02-20", "kale", 1);
  g_assert_finalize_object (store);
  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "banana"), ==, 1);
  g_assert_finalize_object (store);

  /* A day later, the next save drops it, and only it. */
  mg_test_clock_set (fixture->clock, "2027-02-21T09:00:00");
  store = open_store (fixture);
  mg_intake_store_set_servings (store, "2027-02-21", "kale", 1);
  g_assert_finalize_object (store);
  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "banana"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2027-02-20", "kale"), ==, 1);
  g_assert_finalize_object (store);
}

static void
check_set_aside (MgIntakeStore *store,
                 const char    *original,
                 gsize          length)
{
  const char *aside = mg_intake_store_get_set_aside_path (store);
  g_autofree char *contents = NULL;
  gsize aside_length;

  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, mg_intake_store_get_path (store)));
  g_assert_true (g_file_get_contents (aside, &contents, &aside_length, NULL));
  g_assert_cmpmem (contents, aside_length, original, length);
}

static void
test_corrupt_set_aside (Fixture       *fixture,
                        gconstpointer  data)
{
  const char damaged[] = "[2026-11-22]\npumpkin-seeds=1\n[broken\n\x01\x02";
  MgIntakeStore *store;

  write_data (fixture, damaged, sizeof damaged);
  store = open_store (fixture);

  /* It starts, keeps the bad file aside with every byte, and starts afresh. */
  check_set_aside (store, damaged, sizeof damaged);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_finalize_object (store);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 74);
  g_assert_finalize_object (store);
}

static void
test_second_corrupt_kept_too (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) asides = g_ptr_array_new_with_free_func (g_free);

  /* The same second, twice: the first damaged file is not overwritten. */
  for (guint i = 0; i < 2; i++) {
    g_autofree char *damaged = g_strdup_printf ("[unclosed %u", i);
    MgIntakeStore *store;

    write_data (fixture, damaged, -1);
    store = open_store (fixture);
    check_set_aside (store, damaged, strlen (damaged));
    g_ptr_array_add (asides, g_strdup (mg_intake_store_get_set_aside_path (store)));
    g_assert_finalize_object (store);
  }

  g_assert_cmpstr (g_ptr_array_index (asides, 0), !=, g_ptr_array_index (asides, 1));
}

static void
test_unreadable_set_aside (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  MgIntakeStore *store;

  /* Something that is no file at all, where the file should be. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
  g_assert_true (g_file_test (mg_intake_store_get_set_aside_path (store), G_FILE_TEST_IS_DIR));

  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (store);
}

static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  const char newer[] =
    "[Food Checklist]\nVersion=2\nUnits=metric\n"
    "[2026-11-22]\nquinoa=2\nbanana=1\nspinach=lots\nkale=-1\nmilk=99\nmilk-2=nan\n"
    "[Settings]\nColour=green\n";
  const struct { const char *group, *key, *value; } kept[] = {
    { "2026-11-22", "quinoa", "2" }, { "2026-11-22", "spinach", "lots" },
    { "2026-11-22", "banana", "1.5" }, { "Settings", "Colour", "green" },
    { "Food Checklist", "Version", "2" }, { "Food Checklist", "Units", "metric" },
  };
  MgIntakeStore *store;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = data_path (fixture);

  write_data (fixture, newer, -1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);

  /* What this version cannot use counts for nothing... */
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 32);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "spinach"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "banana", 1.5);
  g_assert_finalize_object (store);

  /* ...and is kept as it was, for the version that wrote it. */
  g_assert_true (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++) {
    g_autofree char *value = g_key_file_get_value (file, kept[i].group, kept[i].key, NULL);

    g_assert_cmpstr (value, ==, kept[i].value);
  }
}

static char *
sample_file (Fixture *fixture)
{
  MgIntakeStore *store = open_store (fixture);
  g_autofree char *path = data_path (fixture);
  char *contents = NULL;

  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const MgFood *food = mg_foods_get_food (i);

    mg_intake_store_set_servings (store, "2026-11-22", food->id, (i % 4 + 1) / 2.0);
    mg_intake_store_set_servings (store, "2026-11-20", food->id, 1);
  }
  g_assert_finalize_object (store);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_remove (path), ==, 0);

  return contents;
}

/* Random bytes, truncated and mangled files: never a crash, never a wrong
 * number, and the store always goes on. */
static void
test_fuzz (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *sample = sample_file (fixture);
  gsize sample_length = strlen (sample);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint round = 0; round < 300; round++) {
    g_autofree char *input = g_malloc (MAX (sample_length, 1024));
    gsize length;
    MgIntakeStore *store;
    g_autoptr(GHashTable) day = NULL;
    g_auto(GStrv) days = NULL;

    switch (round % 3) {
    case 0:  /* noise */
      length = (gsize) g_rand_int_range (rand, 0, 1024);
      for (gsize i = 0; i < length; i++)
        input[i] = (char) g_rand_int_range (rand, 0, 256);
      break;
    case 1:  /* cut short, as a torn write would */
      length = (gsize) g_rand_int_range (rand, 0, (gint32) sample_length);
      memcpy (input, sample, length);
      break;
    default:  /* a few bytes changed */
      length = sample_length;
      memcpy (input, sample, length);
      for (guint i = 0; i < 4; i++)
        input[g_rand_int_range (rand, 0, (gint32) length)] = (char) g_rand_int_range (rand, 0, 256);
    }

    write_data (fixture, input, (gssize) length);
    store = open_store (fixture);
    g_assert_cmpuint (mg_intake_store_get_problems (store), <=, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);

    days = mg_intake_store_dup_last_days (store, 7);
    for (guint i = 0; days[i] != NULL; i++)
      g_assert_cmpuint (mg_intake_store_get_total_mg (store, days[i]), <=, 20 * 156 * 24);
    day = mg_intake_store_dup_day (store, "2026-11-22");
    g_assert_cmpuint (g_hash_table_size (day), <=, mg_foods_get_n_foods ());

    mg_intake_store_set_servings (store, "2026-11-22", "lentils", 2.5);
    g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "lentils"), ==, 2.5);
    g_assert_finalize_object (store);

    remove_tree (fixture->dir);
    g_assert_cmpint (g_mkdir (fixture->dir, 0700), ==, 0);
  }
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "a-file", NULL);
  g_autofree char *inside = g_build_filename (blocker, "magnesium-guide", NULL);
  MgIntakeStore *store;
  guint notified = 0;

  /* A directory that cannot be made, as root too: its parent is a file. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  store = mg_intake_store_new_with_clock (inside, mg_test_clock_now, fixture->clock);
  g_signal_connect (store, "notify::problems", G_CALLBACK (count_cb), &notified);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);

  /* It keeps working for the session, and says so once. */
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 2);
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 0.5);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 40 + 148);
  g_assert_finalize_object (store);
}

static void
test_disk_lost_and_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *away = g_strconcat (fixture->dir, ".away", NULL);
  MgIntakeStore *store = open_store (fixture);

  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);

  /* The directory goes away under the running store, as a full or gone
   * disk would: the changes wait in memory... */
  g_assert_cmpint (g_rename (fixture->dir, away), ==, 0);
  g_assert_true (g_file_set_contents (fixture->dir, "", 0, NULL));
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80 + 74);

  /* ...and are all saved at the next change once it is back. */
  g_assert_cmpint (g_remove (fixture->dir), ==, 0);
  g_assert_cmpint (g_rename (away, fixture->dir), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "peanuts", 1);
  g_assert_finalize_object (store);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80 + 74 + 63);
  g_assert_finalize_object (store);
}

static void
test_two_stores (Fixture       *fixture,
                 gconstpointer  data)
{
  MgIntakeStore *first = open_store (fixture);
  MgIntakeStore *second = open_store (fixture);
  MgIntakeStore *third;
  gboolean second_saw = FALSE;

  mg_intake_store_set_servings (first, "2026-11-22", "pumpkin-seeds", 1);
  mg_intake_store_set_servings (second, "2026-11-22", "spinach", 1);
  mg_intake_store_set_servings (first, "2026-11-22", "almonds", 1);
  mg_intake_store_clear_day (second, "2026-11-21");

  /* Each save adds to what the other saved. */
  g_assert_cmpuint (mg_intake_store_get_total_mg (first, "2026-11-22"), ==, 156 + 78 + 80);
  third = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_total_mg (third, "2026-11-22"), ==, 156 + 78 + 80);
  g_assert_finalize_object (third);

  /* And the other window shows it without a change of its own. */
  g_signal_connect (second, "changed", G_CALLBACK (set_flag_cb), &second_saw);
  mg_intake_store_set_servings (first, "2026-11-22", "banana", 1);
  wait_for_flag (&second_saw);
  g_assert_cmpfloat (mg_intake_store_get_servings (second, "2026-11-22", "banana"), ==, 1);

  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

static void
test_clear_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  g_autoptr(GHashTable) before = NULL;
  guint changes = 0;

  mg_intake_store_set_servings (store, "2026-11-22", "kale", 3);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1);
  mg_intake_store_set_servings (store, "2026-11-21", "milk", 1);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changes);

  before = mg_intake_store_dup_day (store, "2026-11-22");
  mg_intake_store_clear_day (store, "2026-11-22");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-21"), ==, 24);

  mg_intake_store_merge_day (store, "2026-11-22", before);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 21 + 24);
  g_assert_finalize_object (store);

  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "kale"), ==, 3);
  g_assert_finalize_object (store);
}

/* The writer of the crash test: saves whole days for ever, until killed. */
static int
write_for_ever (const char *dir)
{
  g_autoptr(MgIntakeStore) store = mg_intake_store_new (dir);
  g_autoptr(GHashTable) day = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint round = 0; ; round++) {
    for (guint i = 0; i < mg_foods_get_n_foods (); i++)
      g_hash_table_insert (day, (gpointer) mg_foods_get_food (i)->id,
                           GUINT_TO_POINTER (round % 20 + 1));
    mg_intake_store_merge_day (store, mg_intake_store_get_today (store), day);
    /* Tells the test that saving has begun: a kill from now on lands in
     * the saving loop, not in the start of the process. */
    if (round == 0) {
      fputs ("saving\n", stdout);
      fflush (stdout);
    }
  }

  return 0;
}

/* Whether a save was cut off: GLib’s atomic write left its new file behind. */
static gboolean
has_torn_write (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL) {
    if (g_str_has_prefix (name, MG_INTAKE_STORE_FILE_NAME ".") &&
        strlen (name) == strlen (MG_INTAKE_STORE_FILE_NAME ".XXXXXX"))
      return TRUE;
  }

  return FALSE;
}

static void
check_whole_day (Fixture *fixture)
{
  MgIntakeStore *store = mg_intake_store_new (fixture->dir);
  g_autoptr(GHashTable) day = mg_intake_store_dup_day (store, mg_intake_store_get_today (store));
  gpointer first = g_hash_table_lookup (day, mg_foods_get_food (0)->id);
  GHashTableIter iter;
  gpointer halves;

  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (g_hash_table_size (day), ==, mg_foods_get_n_foods ());
  g_hash_table_iter_init (&iter, day);
  while (g_hash_table_iter_next (&iter, NULL, &halves))
    g_assert_true (halves == first);
  g_assert_finalize_object (store);
}

/* Kills a process that saves without pause, at random moments, 40 times:
 * the file is the old one or the new one, whole, every time. Each kill comes 0-40 ms after the
 * writer has begun saving, where nearly all its time goes to writing and
 * fsync; a run in which no kill tore a save is reported as incomplete. */
static void
test_crash_mid_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1122);
  g_autofree char *on_disk = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ?
                                               g_getenv ("G_TEST_BUILDDIR") : ".",
                                               "mg-crash-XXXXXX", NULL);
  gboolean torn = FALSE;
  guint round;

  g_assert_nonnull (self_path);

  /* Saves to memory (a tmpfs /tmp) end too fast for a kill to land in one:
   * this test saves where a save is a real write and fsync, in the build
   * directory. */
  g_assert_nonnull (g_mkdtemp (on_disk));
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  fixture->dir = g_steal_pointer (&on_disk);

  for (round = 0; round < 40; round++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(GSubprocess) writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                      self_path, "--write-for-ever", fixture->dir,
                                                      NULL);
    g_autoptr(GDataInputStream) output = NULL;
    g_autofree char *line = NULL;

    g_assert_no_error (error);
    output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));
    line = g_data_input_stream_read_line (output, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (line, ==, "saving");
    g_usleep ((gulong) g_rand_int_range (rand, 0, 40 * 1000));
    g_subprocess_force_exit (writer);
    g_subprocess_wait (writer, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (g_subprocess_get_if_exited (writer));

    check_whole_day (fixture);
    torn = torn || has_torn_write (fixture);
  }

  g_test_message ("%u kills", round);
  if (!torn)
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

  add_test ("/intake-store/round-trip", test_round_trip);
  add_test ("/intake-store/servings-rounded", test_servings_rounded);
  add_test ("/intake-store/last-days", test_last_days);
  add_test ("/intake-store/midnight", test_midnight);
  add_test ("/intake-store/retention", test_retention);
  add_test ("/intake-store/corrupt-set-aside", test_corrupt_set_aside);
  add_test ("/intake-store/second-corrupt-kept-too", test_second_corrupt_kept_too);
  add_test ("/intake-store/unreadable-set-aside", test_unreadable_set_aside);
  add_test ("/intake-store/unknown-kept", test_unknown_kept);
  add_test ("/intake-store/fuzz", test_fuzz);
  add_test ("/intake-store/unwritable", test_unwritable);
  add_test ("/intake-store/disk-lost-and-back", test_disk_lost_and_back);
  add_test ("/intake-store/two-stores", test_two_stores);
  add_test ("/intake-store/clear-and-undo", test_clear_and_undo);
  add_test ("/intake-store/crash-mid-save", test_crash_mid_save);

  return g_test_run ();
}
