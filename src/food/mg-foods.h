/* mg-foods.h: the magnesium-rich foods of the checklist, as data
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MG_FOOD_GROUP_VEGETABLES,
  MG_FOOD_GROUP_NUTS_AND_SEEDS,
  MG_FOOD_GROUP_FISH,
  MG_FOOD_GROUP_LEGUMES,
  MG_FOOD_GROUP_FRUIT,
  MG_FOOD_GROUP_DAIRY,
  MG_FOOD_GROUP_GRAINS,
  MG_FOOD_GROUP_OTHER,
  MG_N_FOOD_GROUPS
} MgFoodGroup;

/* A person can tick half a serving up to this many servings of one food. */
#define MG_FOOD_MAX_SERVINGS 10

/* The name and the measure are untranslated messages: show them with
 * mg_food_get_name () and mg_food_get_measure (). */
typedef struct {
  const char  *id;          /* stable: the key in the intake store */
  MgFoodGroup  group;
  const char  *name;
  const char  *measure;     /* the serving as a household measure */
  guint        serving_g;   /* the serving in grams */
  guint        mg;          /* magnesium per serving */
  const char  *source;      /* a citation: shown as it is, not translated */
} MgFood;

guint         mg_foods_get_n_foods   (void);
const MgFood *mg_foods_get_food      (guint          index);
const MgFood *mg_foods_lookup        (const char    *id);
double        mg_foods_sum_mg        (GHashTable    *halves_by_id);

const char   *mg_food_get_name       (const MgFood  *food);
const char   *mg_food_get_measure    (const MgFood  *food);
double        mg_food_get_mg         (const MgFood  *food,
                                      double         servings);

const char   *mg_food_group_get_name (MgFoodGroup    group);

G_END_DECLS
