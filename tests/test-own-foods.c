/* test-own-foods.c: the foods a person adds, on disk, and that no past day
 * changes its total on its own
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mg-own-foods.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"

typedef struct {
  char        *dir;
  MgTestClock *clock;
} Fixture;

static MgOwnFoods *
open_foods (Fixture *fixture)
{
  MgOwnFoods *foods = mg_own_foods_new_with_clock (fixture->dir, mg_test_clock_get_store_clock (),
                                                   fixture->clock);

  mg_test_file_store_wait_loaded (mg_own_foods_get_file (foods));
  return foods;
}

static void
close_foods (MgOwnFoods *foods)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (foods), &error));
  g_assert_no_error (error);
  g_assert_false (mg_key_file_store_has_unsaved_changes (mg_own_foods_get_file (foods)));
  g_assert_finalize_object (foods);
}

static char *
data_path (Fixture *fixture)
{
  return g_build_filename (fixture->dir, MG_OWN_FOODS_FILE_NAME, NULL);
}

static void
write_data (Fixture    *fixture,
            const char *contents,
            gssize      length)
{
  mg_test_write_file (fixture->dir, MG_OWN_FOODS_FILE_NAME, contents, length);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mg-own-foods-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mg_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

static GHashTable *
day_with (const char *id,
          guint       halves)
{
  GHashTable *day = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_insert (day, g_strdup (id), GUINT_TO_POINTER (halves));
  g_hash_table_insert (day, g_strdup ("spinach"), GUINT_TO_POINTER (2));
  return day;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Added, read back after a restart as the person typed it, in the order
 * of the names. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MgOwnFoods *foods = open_foods (fixture);
  g_autofree char *bar = mg_own_foods_add (foods, "  Muesli bar <b>&amp;</b>\n", "1 bar, 40 g", 45);
  g_autofree char *water = mg_own_foods_add (foods, "Åkervatten", "1 glass, 200 ml", 12.5);
  g_autoptr(GPtrArray) list = NULL;
  MgOwnFood *food;

  g_assert_true (mg_own_food_id_is_own (bar));
  g_assert_true (mg_own_food_id_is_own (water));
  g_assert_cmpstr (bar, !=, water);
  close_foods (foods);

  foods = open_foods (fixture);
  list = mg_own_foods_dup_foods (foods, "2026-11-22");
  g_assert_cmpuint (list->len, ==, 2);
  food = g_ptr_array_index (list, 0);
  g_assert_cmpstr (food->id, ==, bar);
  g_assert_cmpstr (food->name, ==, "Muesli bar <b>&amp;</b>");
  g_assert_cmpstr (food->portion, ==, "1 bar, 40 g");
  g_assert_cmpfloat (food->mg, ==, 45);
  g_assert_false (food->hidden);
  food = g_ptr_array_index (list, 1);
  g_assert_cmpstr (food->name, ==, "Åkervatten");
  g_assert_cmpfloat (food->mg, ==, 12.5);
  close_foods (foods);
}

/* What the model refuses: nothing is kept of it. */
static void
test_bounds (Fixture       *fixture,
             gconstpointer  data)
{
  MgOwnFoods *foods = open_foods (fixture);
  g_autofree char *long_name = g_strnfill (MG_OWN_FOOD_MAX_NAME + 1, 'a');
  g_autofree char *longest_name = g_strnfill (MG_OWN_FOOD_MAX_NAME, 'a');
  g_autofree char *long_portion = g_strnfill (MG_OWN_FOOD_MAX_PORTION + 1, 'b');
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_null (mg_own_foods_add (foods, "Bar", "1 bar", 0));
  g_assert_null (mg_own_foods_add (foods, "Bar", "1 bar", -5));
  g_assert_null (mg_own_foods_add (foods, "Bar", "1 bar", MG_OWN_FOOD_MAX_MG + 0.1));
  g_assert_null (mg_own_foods_add (foods, "   ", "1 bar", 40));
  g_assert_null (mg_own_foods_add (foods, "Bar", "", 40));
  g_assert_null (mg_own_foods_add (foods, long_name, "1 bar", 40));
  g_assert_null (mg_own_foods_add (foods, "Bar", long_portion, 40));
  g_assert_null (mg_own_foods_add (foods, "Bar\xff", "1 bar", 40));
  list = mg_own_foods_dup_foods (foods, NULL);
  g_assert_cmpuint (list->len, ==, 0);

  /* The limits themselves are taken. */
  id = mg_own_foods_add (foods, longest_name, "1 bar", MG_OWN_FOOD_MAX_MG);
  g_assert_nonnull (id);
  g_assert_false (mg_own_foods_edit (foods, id, "Bar", "1 bar", 0, "2026-11-22"));
  g_assert_false (mg_own_foods_edit (foods, "own-00000000", "Bar", "1 bar", 10, "2026-11-22"));
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-22"), ==, MG_OWN_FOOD_MAX_MG);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, "spinach", "2026-11-22"), ==, 0);
  close_foods (foods);
}

/* A new figure counts from the day of the change: the days before keep
 * theirs, after a restart too. */
static void
test_edit_keeps_past (Fixture       *fixture,
                      gconstpointer  data)
{
  MgOwnFoods *foods = open_foods (fixture);
  g_autofree char *id = mg_own_foods_add (foods, "Bar", "1 bar", 40);
  g_autoptr(GHashTable) day = day_with (id, 3);
  g_autoptr(MgOwnFood) food = NULL;

  g_assert_true (mg_own_foods_edit (foods, id, "Oat bar", "1 bar, 40 g", 50, "2026-11-22"));
  g_assert_true (mg_own_foods_edit (foods, id, "Oat bar", "1 bar, 40 g", 60, "2026-11-25"));
  close_foods (foods);

  foods = open_foods (fixture);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-01"), ==, 40);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-21"), ==, 40);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-22"), ==, 50);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-24"), ==, 50);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-25"), ==, 60);
  /* Only the own food counts here: 1.5 portions. */
  g_assert_cmpfloat (mg_own_foods_sum_mg (foods, "2026-11-21", day), ==, 60);
  g_assert_cmpfloat (mg_own_foods_sum_mg (foods, "2026-11-22", day), ==, 75);
  food = mg_own_foods_dup_food (foods, id, NULL);
  g_assert_cmpstr (food->name, ==, "Oat bar");
  g_assert_cmpfloat (food->mg, ==, 60);

  /* A second change on the same day replaces that day's figure, and one
   * from an earlier day applies to the days after it too. */
  g_assert_true (mg_own_foods_edit (foods, id, "Oat bar", "1 bar, 40 g", 55, "2026-11-22"));
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-21"), ==, 40);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-25"), ==, 55);
  /* A name alone changes no figure. */
  g_assert_true (mg_own_foods_edit (foods, id, "Oat bar, plain", "1 bar, 40 g", 55, "2026-11-26"));
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-21"), ==, 40);
  close_foods (foods);
}

/* Deleted is hidden: still counted on the days that ticked it; undone. */
static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  MgOwnFoods *foods = open_foods (fixture);
  g_autofree char *id = mg_own_foods_add (foods, "Bar", "1 bar", 40);
  g_autoptr(GHashTable) day = day_with (id, 2);
  g_autoptr(MgOwnFood) food = NULL;
  guint changed = 0;

  g_signal_connect_swapped (foods, "changed", G_CALLBACK (count_cb), &changed);
  mg_own_foods_set_hidden (foods, id, TRUE);
  g_assert_cmpuint (changed, ==, 1);
  close_foods (foods);

  foods = open_foods (fixture);
  food = mg_own_foods_dup_food (foods, id, "2026-11-22");
  g_assert_true (food->hidden);
  g_assert_cmpfloat (mg_own_foods_sum_mg (foods, "2026-11-22", day), ==, 40);
  mg_own_foods_set_hidden (foods, id, FALSE);
  g_clear_pointer (&food, mg_own_food_free);
  food = mg_own_foods_dup_food (foods, id, "2026-11-22");
  g_assert_false (food->hidden);
  close_foods (foods);
}

/* Delete all takes hidden and unreadable foods too; undo brings them back
 * beside those added since. */
static void
test_delete_all (Fixture       *fixture,
                 gconstpointer  data)
{
  MgOwnFoods *foods;
  g_autofree char *id = NULL;
  g_autofree char *since = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = data_path (fixture);
  g_autoptr(GPtrArray) list = NULL;

  write_data (fixture, "[Own Foods]\nVersion=1\n[own-0000000a]\nname=Bar\nportion=1 bar\nmg=40\n"
                       "[own-0000000b]\nname=Odd\nportion=1\nmg=lots\n", -1);
  foods = open_foods (fixture);
  mg_own_foods_delete_all (foods);
  g_assert_true (mg_own_foods_get_can_undo_delete (foods));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = mg_own_foods_dup_foods (foods, NULL);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (foods), NULL));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "own-"));

  since = mg_own_foods_add (foods, "Water", "1 glass", 10);
  mg_own_foods_undo_delete (foods);
  g_assert_false (mg_own_foods_get_can_undo_delete (foods));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = mg_own_foods_dup_foods (foods, NULL);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, "own-0000000a", "2026-11-22"), ==, 40);
  close_foods (foods);

  /* The unreadable one came back as it was. */
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "mg=lots"));
  g_assert_nonnull (strstr (contents, since));

  foods = open_foods (fixture);
  mg_own_foods_delete_all (foods);
  mg_own_foods_forget_deleted (foods);
  g_assert_false (mg_own_foods_get_can_undo_delete (foods));
  close_foods (foods);
}

/* A damaged file is set aside, kept byte for byte, and a new list starts. */
static void
test_damaged_set_aside (Fixture       *fixture,
                        gconstpointer  data)
{
  const char garbage[] = "[own-1\nname=Bar\n\x01\x02 not a key file";
  g_autofree char *path = data_path (fixture);
  g_autofree char *kept = NULL;
  g_autofree char *id = NULL;
  gsize length;
  MgOwnFoods *foods;
  MgKeyFileStore *file;

  write_data (fixture, garbage, sizeof garbage - 1);
  foods = open_foods (fixture);
  file = mg_own_foods_get_file (foods);
  g_assert_cmpuint (mg_key_file_store_get_problems (file), ==, MG_STORE_PROBLEM_SET_ASIDE);
  g_assert_cmpint (mg_key_file_store_get_set_aside_reason (file), ==, MG_STORE_FAILURE_DAMAGED);
  g_assert_true (g_file_get_contents (mg_key_file_store_get_set_aside_path (file), &kept, &length, NULL));
  g_assert_cmpmem (kept, length, garbage, sizeof garbage - 1);

  id = mg_own_foods_add (foods, "Bar", "1 bar", 40);
  close_foods (foods);
  foods = open_foods (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_own_foods_get_file (foods)), ==, MG_STORE_PROBLEM_NONE);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, id, "2026-11-22"), ==, 40);
  close_foods (foods);
}

/* A newer version's file is shown and never written over. */
static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  const char newer[] = "[Own Foods]\nVersion=2\n[own-0000000a]\nname=Bar\nportion=1 bar\nmg=40\nfibre=3\n";
  g_autofree char *path = data_path (fixture);
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  MgOwnFoods *foods;

  write_data (fixture, newer, -1);
  foods = open_foods (fixture);
  g_assert_cmpuint (mg_key_file_store_get_problems (mg_own_foods_get_file (foods)), ==, MG_STORE_PROBLEM_NEWER_VERSION);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, "own-0000000a", "2026-11-22"), ==, 40);
  g_free (mg_own_foods_add (foods, "Water", "1 glass", 10));
  g_assert_false (mg_test_file_store_flush (mg_own_foods_get_file (foods), NULL));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  g_assert_finalize_object (foods);
}

/* Foods this version cannot read are not listed, count nothing, and stay
 * in the file as they are. */
static void
test_unreadable_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *long_name = g_strnfill (MG_OWN_FOOD_MAX_NAME + 1, 'a');
  g_autofree char *file = g_strdup_printf ("[Own Foods]\nVersion=1\n"
                                           "[own-00000001]\nname=%s\nportion=1\nmg=40\n"
                                           "[own-00000002]\nname=Zero\nportion=1\nmg=0\n"
                                           "[own-00000003]\nname=Huge\nportion=1\nmg=1e9\n"
                                           "[own-00000004]\nname=Bad change\nportion=1\nmg=40\nmg_from=2026-13-01:50\n"
                                           "[own-zz]\nname=Bad id\nportion=1\nmg=40\n"
                                           "[own-00000005]\nname= Good \nportion=1 bar\nmg= 40 \n"
                                           "mg_from=2026-11-20:50;garbage\n"
                                           "[own-00000006]\nname=Fine\nportion=1 bar\nmg=40\n"
                                           "mg_from=2026-11-20:50\nhidden=maybe\n",
                                           long_name);
  g_autofree char *path = data_path (fixture);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *id = NULL;
  MgOwnFoods *foods;

  write_data (fixture, file, -1);
  foods = open_foods (fixture);
  list = mg_own_foods_dup_foods (foods, "2026-11-22");
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((MgOwnFood *) g_ptr_array_index (list, 0))->name, ==, "Fine");
  g_assert_cmpfloat (((MgOwnFood *) g_ptr_array_index (list, 0))->mg, ==, 50);
  g_assert_false (((MgOwnFood *) g_ptr_array_index (list, 0))->hidden);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, "own-00000002", "2026-11-22"), ==, 0);
  g_assert_cmpfloat (mg_own_foods_get_mg (foods, "own-00000003", "2026-11-22"), ==, 0);
  g_free (mg_own_foods_add (foods, "Water", "1 glass", 10));
  close_foods (foods);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "mg=1e9"));
  g_assert_nonnull (strstr (after, "2026-13-01:50"));
  g_assert_nonnull (strstr (after, long_name));
}

/* One default list for the process, as the pages of every window share,
 * alive when no page holds it: a language switch makes the page again. */
static void
test_default (Fixture       *fixture,
              gconstpointer  data)
{
  MgOwnFoods *foods;
  MgOwnFoods *again;
  g_autofree char *id = NULL;

  g_assert_null (mg_own_foods_peek_default ());
  foods = mg_own_foods_dup_default ();
  mg_test_file_store_wait_loaded (mg_own_foods_get_file (foods));
  id = mg_own_foods_add (foods, "Bar", "1 bar", 40);
  g_object_unref (foods);

  again = mg_own_foods_dup_default ();
  g_assert_true (again == foods);
  g_assert_true (mg_own_foods_peek_default () == again);
  g_assert_cmpfloat (mg_own_foods_get_mg (again, id, "2026-11-22"), ==, 40);
  g_assert_true (mg_test_file_store_flush (mg_own_foods_get_file (again), NULL));
  g_object_unref (again);
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
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_test ("/own-foods/round-trip", test_round_trip);
  add_test ("/own-foods/bounds", test_bounds);
  add_test ("/own-foods/edit-keeps-past", test_edit_keeps_past);
  add_test ("/own-foods/delete-undo", test_delete_undo);
  add_test ("/own-foods/delete-all", test_delete_all);
  add_test ("/own-foods/damaged-set-aside", test_damaged_set_aside);
  add_test ("/own-foods/newer-version", test_newer_version);
  add_test ("/own-foods/unreadable-kept", test_unreadable_kept);
  add_test ("/own-foods/default", test_default);

  return g_test_run ();
}
