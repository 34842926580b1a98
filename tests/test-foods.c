/* test-foods.c: the food table and its totals
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-foods.h"

/* Section 2 of the project’s magnesium facts: serving and mg of every food. */
static const struct {
  const char *id;
  guint       serving_g;
  guint       mg;
} facts[] = {
  { "pumpkin-seeds", 28, 156 }, { "chia-seeds", 28, 95 }, { "almonds", 28, 80 },
  { "spinach", 90, 78 }, { "cashews", 28, 74 }, { "peanuts", 36, 63 },
  { "black-beans", 86, 60 }, { "edamame", 78, 50 }, { "potato", 100, 43 },
  { "brown-rice", 98, 42 }, { "yoghurt", 227, 42 }, { "oatmeal", 28, 36 },
  { "kidney-beans", 128, 35 }, { "banana", 118, 32 }, { "salmon", 85, 26 },
  { "milk", 244, 24 }, { "whole-wheat-bread", 32, 23 }, { "avocado", 75, 22 },
  { "swiss-chard", 175, 150 }, { "mackerel", 85, 82 }, { "dark-chocolate", 25, 57 },
  { "lentils", 99, 36 }, { "tuna", 85, 23 }, { "kale", 21, 7 },
};

static void
test_every_fact (void)
{
  g_assert_cmpuint (mg_foods_get_n_foods (), ==, G_N_ELEMENTS (facts));

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++) {
    const MgFood *food = mg_foods_lookup (facts[i].id);

    g_test_message ("%s", facts[i].id);
    g_assert_nonnull (food);
    g_assert_cmpuint (food->serving_g, ==, facts[i].serving_g);
    g_assert_cmpuint (food->mg, ==, facts[i].mg);
  }
}

static gboolean
is_key (const char *id)
{
  for (const char *c = id; *c != '\0'; c++) {
    if (!g_ascii_islower (*c) && *c != '-')
      return FALSE;
  }

  return *id != '\0';
}

static void
test_sane (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const MgFood *food = mg_foods_get_food (i);

    g_assert_true (is_key (food->id));
    g_assert_true (g_hash_table_add (ids, (gpointer) food->id));
    g_assert_true (mg_foods_lookup (food->id) == food);
    g_assert_cmpstr (mg_food_get_name (food), ==, food->name);
    g_assert_cmpuint (strlen (food->name), >, 3);
    g_assert_cmpuint (strlen (mg_food_get_measure (food)), >, 3);
    g_assert_cmpuint (strlen (food->source), >, 10);
    g_assert_cmpuint (food->serving_g, >, 0);
    g_assert_cmpuint (food->mg, >, 0);
    /* Pumpkin seeds are the richest food, at about 560 mg per 100 g: more is a typo. */
    g_assert_cmpuint (food->mg * 100 / food->serving_g, <=, 600);
  }

  g_assert_null (mg_foods_lookup ("no-such-food"));
}

static void
test_groups (void)
{
  guint count[MG_N_FOOD_GROUPS] = { 0 };
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  MgFoodGroup previous = 0;

  /* The table lists each group in one run, in the order the checklist shows. */
  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const MgFood *food = mg_foods_get_food (i);

    g_assert_cmpint (food->group, >=, previous);
    g_assert_cmpint (food->group, <, MG_N_FOOD_GROUPS);
    previous = food->group;
    count[food->group]++;
  }

  for (guint group = 0; group < MG_N_FOOD_GROUPS; group++) {
    g_assert_cmpuint (count[group], >, 0);
    g_assert_true (g_hash_table_add (names, (gpointer) mg_food_group_get_name (group)));
  }

  g_assert_cmpstr (mg_food_group_get_name (MG_FOOD_GROUP_NUTS_AND_SEEDS), ==, "Nuts and Seeds");
  g_assert_cmpint (mg_foods_lookup ("tuna")->group, ==, MG_FOOD_GROUP_FISH);
  g_assert_cmpint (mg_foods_lookup ("lentils")->group, ==, MG_FOOD_GROUP_LEGUMES);
  g_assert_cmpint (mg_foods_lookup ("swiss-chard")->group, ==, MG_FOOD_GROUP_VEGETABLES);
}

static void
test_totals (void)
{
  g_autoptr(GHashTable) day = g_hash_table_new (g_str_hash, g_str_equal);
  const MgFood *seeds = mg_foods_lookup ("pumpkin-seeds");

  g_assert_cmpfloat (mg_foods_sum_mg (day), ==, 0);
  g_assert_cmpfloat (mg_food_get_mg (seeds, 0.5), ==, 78);
  g_assert_cmpfloat (mg_food_get_mg (seeds, 2), ==, 312);

  g_hash_table_insert (day, (gpointer) "pumpkin-seeds", GUINT_TO_POINTER (3));   /* 1½ × 156 */
  g_hash_table_insert (day, (gpointer) "spinach", GUINT_TO_POINTER (2));         /* 1 × 78 */
  g_hash_table_insert (day, (gpointer) "tuna", GUINT_TO_POINTER (1));            /* ½ × 23 */
  g_assert_cmpfloat_with_epsilon (mg_foods_sum_mg (day), 234 + 78 + 11.5, 1e-9);

  /* A food a newer version wrote counts for nothing, but does no harm. */
  g_hash_table_insert (day, (gpointer) "quinoa", GUINT_TO_POINTER (4));
  g_assert_cmpfloat_with_epsilon (mg_foods_sum_mg (day), 323.5, 1e-9);

  /* Every food, at every number of half servings. */
  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const MgFood *food = mg_foods_get_food (i);

    for (guint halves = 0; halves <= MG_FOOD_MAX_SERVINGS * 2; halves++) {
      double servings = halves / 2.0;

      g_assert_cmpfloat_with_epsilon (mg_food_get_mg (food, servings), food->mg * servings, 1e-9);
    }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/foods/every-fact", test_every_fact);
  g_test_add_func ("/foods/sane", test_sane);
  g_test_add_func ("/foods/groups", test_groups);
  g_test_add_func ("/foods/totals", test_totals);

  return g_test_run ();
}
