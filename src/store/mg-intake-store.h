/* mg-intake-store.h: the foods ticked each day, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Days older than this, counted back from today, are dropped at the next save. */
#define MG_INTAKE_STORE_RETENTION_DAYS 90

/* The name of the file in the store’s directory. */
#define MG_INTAKE_STORE_FILE_NAME "food-checklist.ini"

typedef enum {
  MG_INTAKE_STORE_PROBLEM_NONE        = 0,
  MG_INTAKE_STORE_PROBLEM_SET_ASIDE   = 1 << 0,
  MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE = 1 << 1,
} MgIntakeStoreProblems;

#define MG_TYPE_INTAKE_STORE_PROBLEMS (mg_intake_store_problems_get_type ())
GType mg_intake_store_problems_get_type (void) G_GNUC_CONST;

/* Returns the time now, in the time zone whose midnight starts a new day. */
typedef GDateTime *(*MgIntakeStoreClock) (gpointer user_data);

#define MG_TYPE_INTAKE_STORE (mg_intake_store_get_type ())

G_DECLARE_FINAL_TYPE (MgIntakeStore, mg_intake_store, MG, INTAKE_STORE, GObject)

MgIntakeStore         *mg_intake_store_new            (const char         *directory);
MgIntakeStore         *mg_intake_store_new_with_clock (const char         *directory,
                                                       MgIntakeStoreClock  clock,
                                                       gpointer            clock_data);
MgIntakeStore         *mg_intake_store_dup_default    (void);

const char            *mg_intake_store_get_path       (MgIntakeStore      *self);
const char            *mg_intake_store_get_today      (MgIntakeStore      *self);
GStrv                  mg_intake_store_dup_last_days  (MgIntakeStore      *self,
                                                       guint               n_days);

double                 mg_intake_store_get_servings   (MgIntakeStore      *self,
                                                       const char         *day,
                                                       const char         *food_id);
void                   mg_intake_store_set_servings   (MgIntakeStore      *self,
                                                       const char         *day,
                                                       const char         *food_id,
                                                       double              servings);
GHashTable            *mg_intake_store_dup_day        (MgIntakeStore      *self,
                                                       const char         *day);
void                   mg_intake_store_merge_day      (MgIntakeStore      *self,
                                                       const char         *day,
                                                       GHashTable         *halves_by_id);
void                   mg_intake_store_clear_day      (MgIntakeStore      *self,
                                                       const char         *day);
guint                  mg_intake_store_get_total_mg   (MgIntakeStore      *self,
                                                       const char         *day);

MgIntakeStoreProblems  mg_intake_store_get_problems   (MgIntakeStore      *self);
const char            *mg_intake_store_get_set_aside_path (MgIntakeStore  *self);

G_END_DECLS
