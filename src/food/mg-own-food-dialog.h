/* mg-own-food-dialog.h: a food of the person's own, added or changed
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-own-foods.h"

G_BEGIN_DECLS

#define MG_TYPE_OWN_FOOD_DIALOG (mg_own_food_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MgOwnFoodDialog, mg_own_food_dialog, MG, OWN_FOOD_DIALOG, AdwDialog)

AdwDialog  *mg_own_food_dialog_new           (MgOwnFoods      *foods,
                                              const char      *id,
                                              const char      *today);
const char *mg_own_food_dialog_get_id        (MgOwnFoodDialog *self);
gboolean    mg_own_food_dialog_can_save      (MgOwnFoodDialog *self);
GVariant   *mg_own_food_dialog_dup_typed     (MgOwnFoodDialog *self);
void        mg_own_food_dialog_restore_typed (MgOwnFoodDialog *self,
                                              GVariant        *typed);

G_END_DECLS
