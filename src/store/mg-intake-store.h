/* mg-intake-store.h: the foods ticked each day, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mg-key-file-store.h"

G_BEGIN_DECLS

/* The name of the file in the store’s directory. */
#define MG_INTAKE_STORE_FILE_NAME "food-checklist.ini"

/* A file larger than this is not a checklist: it is set aside unread. Ten
 * years of days take about 300 KB. */
#define MG_INTAKE_STORE_MAX_FILE_SIZE MG_STORE_MAX_FILE_SIZE

/* What stands between the person’s ticks and the disk, now. Each flag is
 * notified when it comes and when it goes. */
typedef enum {
  MG_INTAKE_STORE_PROBLEM_NONE          = 0,
  /* A file that was no checklist was renamed aside (see get_set_aside_path). */
  MG_INTAKE_STORE_PROBLEM_SET_ASIDE     = 1 << 0,
  /* The last save failed (see get_failure); the changes wait in memory. */
  MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE   = 1 << 1,
  /* The file is there but cannot be read: nothing is written over it. */
  MG_INTAKE_STORE_PROBLEM_CANNOT_READ   = 1 << 2,
  /* The file was written by a newer version: shown, never written over. */
  MG_INTAKE_STORE_PROBLEM_NEWER_VERSION = 1 << 3,
} MgIntakeStoreProblems;

#define MG_TYPE_INTAKE_STORE_PROBLEMS (mg_intake_store_problems_get_type ())
GType mg_intake_store_problems_get_type (void) G_GNUC_CONST;

/* Why reading, saving or the file itself failed, in words a person can act on. */
typedef enum {
  MG_INTAKE_STORE_FAILURE_NONE,
  MG_INTAKE_STORE_FAILURE_NO_SPACE,       /* the disk or the quota is full */
  MG_INTAKE_STORE_FAILURE_NO_PERMISSION,  /* the folder or file may not be read or written */
  MG_INTAKE_STORE_FAILURE_READ_ONLY,      /* the file system is read-only */
  MG_INTAKE_STORE_FAILURE_OTHER,          /* an input/output error or something rarer */
  MG_INTAKE_STORE_FAILURE_DAMAGED,        /* set aside: not a checklist file */
  MG_INTAKE_STORE_FAILURE_NOT_A_FILE,     /* set aside: a folder, device, pipe, ... */
  MG_INTAKE_STORE_FAILURE_TOO_LARGE,      /* set aside: larger than MG_INTAKE_STORE_MAX_FILE_SIZE */
} MgIntakeStoreFailure;

#define MG_TYPE_INTAKE_STORE_FAILURE (mg_intake_store_failure_get_type ())
GType mg_intake_store_failure_get_type (void) G_GNUC_CONST;

/* What tells the store the time and wakes it a while later: see MgStoreClock. */
typedef MgStoreClock MgIntakeStoreClock;

#define MG_TYPE_INTAKE_STORE (mg_intake_store_get_type ())

G_DECLARE_FINAL_TYPE (MgIntakeStore, mg_intake_store, MG, INTAKE_STORE, GObject)

MgIntakeStore         *mg_intake_store_new            (const char         *directory);
MgIntakeStore         *mg_intake_store_new_with_clock (const char               *directory,
                                                       const MgIntakeStoreClock *clock,
                                                       gpointer                  clock_data);
MgIntakeStore         *mg_intake_store_dup_default    (void);
MgIntakeStore         *mg_intake_store_peek_default   (void);

const char            *mg_intake_store_get_path       (MgIntakeStore      *self);
gboolean               mg_intake_store_get_loaded     (MgIntakeStore      *self);
const char            *mg_intake_store_get_today      (MgIntakeStore      *self);
GStrv                  mg_intake_store_dup_last_days  (MgIntakeStore      *self,
                                                       guint               n_days);
GStrv                  mg_intake_store_dup_days       (MgIntakeStore      *self);

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

gboolean               mg_intake_store_has_unsaved_changes (MgIntakeStore *self);
void                   mg_intake_store_flush_async    (MgIntakeStore       *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean               mg_intake_store_flush_finish   (MgIntakeStore       *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
gboolean               mg_intake_store_flush_sync     (MgIntakeStore       *self,
                                                       GError             **error);

MgIntakeStoreProblems  mg_intake_store_get_problems   (MgIntakeStore      *self);
MgIntakeStoreFailure   mg_intake_store_get_failure    (MgIntakeStore      *self);
const char            *mg_intake_store_get_set_aside_path (MgIntakeStore  *self);
MgIntakeStoreFailure   mg_intake_store_get_set_aside_reason (MgIntakeStore *self);

G_END_DECLS
