/* mg-own-foods.h: the foods a person adds to the checklist, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mg-key-file-store.h"

G_BEGIN_DECLS

/* The name of the file, beside the food checklist's. */
#define MG_OWN_FOODS_FILE_NAME "own-foods.ini"

/* The longest name and portion a food takes, in characters. */
#define MG_OWN_FOOD_MAX_NAME 60
#define MG_OWN_FOOD_MAX_PORTION 40

/* Magnesium in one portion, mg. The richest food per portion in the
 * project's food table is pumpkin seeds, 156 mg in 28 g (Swiss chard
 * follows with 150 mg a cup): more than that is possible (a larger
 * portion, an enriched product) but worth a second look. 100 g of pumpkin
 * seeds, the richest food per gram, hold about 557 mg: a portion above
 * MG_OWN_FOOD_MAX_MG is no food's, more likely a typing slip or a
 * supplement, which the dose guide counts. */
#define MG_OWN_FOOD_HIGH_MG 160
#define MG_OWN_FOOD_MAX_MG 600
#define MG_OWN_FOOD_RICHEST_MG 156

/* One food as the person entered it. */
typedef struct {
  char     *id;       /* "own-" and 8 hex digits: the key in the intake store */
  char     *name;     /* the person's text, never translated */
  char     *portion;  /* the person's text, such as "1 bar, 40 g" */
  double    mg;       /* magnesium in one portion on the day asked for */
  gboolean  hidden;   /* deleted: no longer listed, still counted where ticked */
} MgOwnFood;

void       mg_own_food_free (MgOwnFood *food);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgOwnFood, mg_own_food_free)

gboolean   mg_own_food_id_is_own (const char *id);
char      *mg_own_food_normalize_text (const char *text,
                                       guint       max_chars);

#define MG_TYPE_OWN_FOODS (mg_own_foods_get_type ())

G_DECLARE_FINAL_TYPE (MgOwnFoods, mg_own_foods, MG, OWN_FOODS, GObject)

MgOwnFoods     *mg_own_foods_new            (const char          *directory);
MgOwnFoods     *mg_own_foods_new_with_clock (const char          *directory,
                                             const MgStoreClock  *clock,
                                             gpointer             clock_data);
MgOwnFoods     *mg_own_foods_dup_default    (void);
MgOwnFoods     *mg_own_foods_peek_default   (void);

MgKeyFileStore *mg_own_foods_get_file       (MgOwnFoods          *self);

GPtrArray      *mg_own_foods_dup_foods      (MgOwnFoods          *self,
                                             const char          *day);
MgOwnFood      *mg_own_foods_dup_food       (MgOwnFoods          *self,
                                             const char          *id,
                                             const char          *day);
char           *mg_own_foods_add            (MgOwnFoods          *self,
                                             const char          *name,
                                             const char          *portion,
                                             double               mg);
gboolean        mg_own_foods_edit           (MgOwnFoods          *self,
                                             const char          *id,
                                             const char          *name,
                                             const char          *portion,
                                             double               mg,
                                             const char          *from_day);
void            mg_own_foods_set_hidden     (MgOwnFoods          *self,
                                             const char          *id,
                                             gboolean             hidden);
double          mg_own_foods_get_mg         (MgOwnFoods          *self,
                                             const char          *id,
                                             const char          *day);
double          mg_own_foods_sum_mg         (MgOwnFoods          *self,
                                             const char          *day,
                                             GHashTable          *halves_by_id);

void            mg_own_foods_delete_all     (MgOwnFoods          *self);
gboolean        mg_own_foods_get_can_undo_delete (MgOwnFoods     *self);
void            mg_own_foods_undo_delete    (MgOwnFoods          *self);
void            mg_own_foods_forget_deleted (MgOwnFoods          *self);

G_END_DECLS
