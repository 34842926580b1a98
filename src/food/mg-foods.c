/* mg-foods.c: the magnesium-rich foods of the checklist, as data
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-foods"

#include "config.h"

#include "mg-i18n.h"

#include "mg-foods.h"

#define NIH "NIH Office of Dietary Supplements, Magnesium fact sheet, table 2"

/* Every food of section 2 of the project’s magnesium facts, which covers the
 * food lists of the source articles (leafy greens, nuts and seeds, mackerel and
 * tuna, beans and lentils, avocado, banana, low-fat dairy, whole grains).
 * Where the facts give a choice:
 * - milk: NIH gives 24–27 mg a cup; the lower value, so a total never
 *   promises more than the food gave;
 * - chia seeds: NIH’s 111 mg, the figure the facts name, though newer USDA data
 *   gives about 95;
 * - tuna, marked “verify”: 27 mg/100 g (USDA) × 85 g = 23 mg, checked;
 * - chard, mackerel, dark chocolate, lentils, kale: USDA’s mg/100 g times the
 *   serving, rounded (chocolate from an ounce, 28.35 g: 64.6 mg).
 * Grouped as the checklist shows them, in the order of MgFoodGroup. */
static const MgFood foods[] = {
  /* Translators: a food in the checklist; “boiled” is how it was cooked */
  { "spinach", MG_FOOD_GROUP_VEGETABLES, NC_("food", "Spinach, boiled"),
    /* Translators: a household measure of a serving, shown after its weight in grams */
    NC_("household measure", "half a cup"), 90, 78, NIH },
  /* Translators: a food in the checklist: the leafy vegetable Beta vulgaris */
  { "swiss-chard", MG_FOOD_GROUP_VEGETABLES, NC_("food", "Swiss chard, boiled"),
    NC_("household measure", "1 cup"), 175, 150, "USDA FoodData Central 170401" },
  /* Translators: a food in the checklist: curly kale, not cooked */
  { "kale", MG_FOOD_GROUP_VEGETABLES, NC_("food", "Kale, raw"),
    NC_("household measure", "1 cup, chopped"), 21, 7, "USDA SR Legacy 11233" },
  /* Translators: a food in the checklist */
  /* NIH's 100 g: a small baked potato is about 138 g (finding 19). */
  { "potato", MG_FOOD_GROUP_VEGETABLES, NC_("food", "Potato, baked with skin"),
    /* Translators: a household measure: 100 g is less than a small potato */
    NC_("household measure", "two thirds of a small potato"), 100, 43, NIH },

  /* Translators: a food in the checklist */
  { "pumpkin-seeds", MG_FOOD_GROUP_NUTS_AND_SEEDS, NC_("food", "Pumpkin seeds, roasted"),
    NC_("household measure", "a small handful"), 28, 156, NIH },
  /* Translators: a food in the checklist */
  /* USDA's current 335 mg/100 g, not NIH's older 111 mg (finding 23). */
  { "chia-seeds", MG_FOOD_GROUP_NUTS_AND_SEEDS, NC_("food", "Chia seeds"),
    NC_("household measure", "about 2 tablespoons"), 28, 95, "USDA SR Legacy 12006" },
  /* Translators: a food in the checklist: roasted without oil */
  { "almonds", MG_FOOD_GROUP_NUTS_AND_SEEDS, NC_("food", "Almonds, dry roasted"),
    NC_("household measure", "about 23 almonds"), 28, 80, NIH },
  /* Translators: a food in the checklist: roasted without oil */
  { "cashews", MG_FOOD_GROUP_NUTS_AND_SEEDS, NC_("food", "Cashews, dry roasted"),
    NC_("household measure", "about 18 cashews"), 28, 74, NIH },
  /* Translators: a food in the checklist: roasted in oil */
  { "peanuts", MG_FOOD_GROUP_NUTS_AND_SEEDS, NC_("food", "Peanuts, oil roasted"),
    NC_("household measure", "a quarter cup"), 36, 63, NIH },

  /* Translators: a food in the checklist. USDA's "cooked" here is cooked
     with dry heat (grilled or baked); name it with the same word as the
     article's list of foods does. Atlantic mackerel: other kinds, and
     smoked mackerel, hold less. */
  { "mackerel", MG_FOOD_GROUP_FISH, NC_("food", "Atlantic mackerel, cooked"),
    NC_("household measure", "a small fillet"), 85, 82, "USDA FoodData Central 175120" },
  /* Translators: a food in the checklist: farmed Atlantic salmon, cooked
     with dry heat; the same word as in the article's list of foods */
  { "salmon", MG_FOOD_GROUP_FISH, NC_("food", "Salmon, farmed, cooked"),
    NC_("household measure", "a small fillet"), 85, 26, NIH },
  /* Translators: a food in the checklist: light (skipjack) tuna from a can, in water */
  { "tuna", MG_FOOD_GROUP_FISH, NC_("food", "Tuna, canned in water"),
    NC_("household measure", "1 small can, drained"), 85, 23,
    "USDA SR Legacy, tuna, light, canned in water, drained: 27 mg/100 g" },

  /* Translators: a food in the checklist */
  { "black-beans", MG_FOOD_GROUP_LEGUMES, NC_("food", "Black beans, cooked"),
    NC_("household measure", "half a cup"), 86, 60, NIH },
  /* Translators: a food in the checklist: young soybeans */
  { "edamame", MG_FOOD_GROUP_LEGUMES, NC_("food", "Edamame, cooked"),
    NC_("household measure", "half a cup, shelled"), 78, 50, NIH },
  /* Translators: a food in the checklist */
  { "lentils", MG_FOOD_GROUP_LEGUMES, NC_("food", "Lentils, boiled"),
    NC_("household measure", "half a cup"), 99, 36, "USDA FoodData Central 172421" },
  /* Translators: a food in the checklist */
  { "kidney-beans", MG_FOOD_GROUP_LEGUMES, NC_("food", "Kidney beans, canned"),
    NC_("household measure", "half a cup"), 128, 35, NIH },

  /* Translators: a food in the checklist */
  { "banana", MG_FOOD_GROUP_FRUIT, NC_("food", "Banana"),
    NC_("household measure", "1 medium banana"), 118, 32, NIH },
  /* Translators: a food in the checklist */
  { "avocado", MG_FOOD_GROUP_FRUIT, NC_("food", "Avocado"),
    NC_("household measure", "half a cup, cubed"), 75, 22, NIH },

  /* Translators: a food in the checklist. "Low fat" is USDA's low-fat
     yoghurt, about 1.5 % fat: semi-skimmed, not skimmed (in Dutch
     "halfvol", not "mager"); the same word as in the article's list. */
  { "yoghurt", MG_FOOD_GROUP_DAIRY, NC_("food", "Yoghurt, plain, low fat"),
    /* Translators: a household measure: an 8-ounce (227 g) pot of yoghurt, not a cup */
    NC_("household measure", "1 pot"), 227, 42, NIH },
  /* Translators: a food in the checklist: cow’s milk */
  /* A US cup: a Dutch or Nordic glass holds about 200 ml (finding 21). */
  { "milk", MG_FOOD_GROUP_DAIRY, NC_("food", "Milk"),
    /* Translators: a household measure: 244 g, more than an ordinary glass */
    NC_("household measure", "1 large glass"), 244, 24, NIH },

  /* Translators: a food in the checklist */
  { "brown-rice", MG_FOOD_GROUP_GRAINS, NC_("food", "Brown rice, cooked"),
    NC_("household measure", "half a cup"), 98, 42, NIH },
  /* Translators: a food in the checklist: oat porridge from a packet */
  { "oatmeal", MG_FOOD_GROUP_GRAINS, NC_("food", "Instant oatmeal"),
    /* Translators: a household measure; the grams are the dry oats in it */
    NC_("household measure", "1 packet, weighed dry"), 28, 36, NIH },
  /* Translators: a food in the checklist: wholemeal bread */
  { "whole-wheat-bread", MG_FOOD_GROUP_GRAINS, NC_("food", "Whole-wheat bread"),
    NC_("household measure", "1 slice"), 32, 23, NIH },

  /* Translators: a food in the checklist: chocolate with 70 to 85 percent cocoa */
  { "dark-chocolate", MG_FOOD_GROUP_OTHER, NC_("food", "Dark chocolate, 70–85 %"),
    NC_("household measure", "a quarter of a 100 g bar"), 25, 57, "USDA SR Legacy 19904: 228 mg/100 g" },
};

static const char * const group_names[MG_N_FOOD_GROUPS] = {
  [MG_FOOD_GROUP_VEGETABLES] = NC_("food group", "Vegetables"),
  [MG_FOOD_GROUP_NUTS_AND_SEEDS] = NC_("food group", "Nuts and Seeds"),
  [MG_FOOD_GROUP_FISH] = NC_("food group", "Fish"),
  [MG_FOOD_GROUP_LEGUMES] = NC_("food group", "Legumes"),
  [MG_FOOD_GROUP_FRUIT] = NC_("food group", "Fruit"),
  [MG_FOOD_GROUP_DAIRY] = NC_("food group", "Dairy"),
  [MG_FOOD_GROUP_GRAINS] = NC_("food group", "Grains"),
  /* Translators: the food group of what fits no other, here dark chocolate */
  [MG_FOOD_GROUP_OTHER] = NC_("food group", "Other"),
};

guint
mg_foods_get_n_foods (void)
{
  return G_N_ELEMENTS (foods);
}

const MgFood *
mg_foods_get_food (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (foods), NULL);

  return &foods[index];
}

/**
 * mg_foods_lookup:
 *
 * Returns: (nullable): the food with this id, or %NULL for one this version
 * does not know (a newer version may have written it)
 */
const MgFood *
mg_foods_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (foods); i++) {
    if (g_str_equal (foods[i].id, id))
      return &foods[i];
  }

  return NULL;
}

/**
 * mg_foods_sum_mg:
 * @halves_by_id: food ids mapped to GUINT_TO_POINTER (servings × 2)
 *
 * Returns: the magnesium of all these servings, in mg; foods this version
 * does not know count for nothing
 */
double
mg_foods_sum_mg (GHashTable *halves_by_id)
{
  GHashTableIter iter;
  gpointer id, halves;
  double total = 0;

  g_return_val_if_fail (halves_by_id != NULL, 0);

  g_hash_table_iter_init (&iter, halves_by_id);
  while (g_hash_table_iter_next (&iter, &id, &halves)) {
    const MgFood *food = mg_foods_lookup (id);

    if (food != NULL)
      total += mg_food_get_mg (food, GPOINTER_TO_UINT (halves) / 2.0);
  }

  return total;
}

const char *
mg_food_get_name (const MgFood *food)
{
  g_return_val_if_fail (food != NULL, NULL);

  return mg_i18n_pgettext ("food", food->name);
}

const char *
mg_food_get_measure (const MgFood *food)
{
  g_return_val_if_fail (food != NULL, NULL);

  return mg_i18n_pgettext ("household measure", food->measure);
}

double
mg_food_get_mg (const MgFood *food,
                double        servings)
{
  g_return_val_if_fail (food != NULL, 0);

  return servings * food->mg;
}

const char *
mg_food_group_get_name (MgFoodGroup group)
{
  g_return_val_if_fail (group < MG_N_FOOD_GROUPS, NULL);

  return mg_i18n_pgettext ("food group", group_names[group]);
}
