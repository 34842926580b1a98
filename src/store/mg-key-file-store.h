/* mg-key-file-store.h: a key file kept safe on disk, changes saved in a worker
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file larger than this is not the store's: it is set aside unread. Ten
 * years of checklist days take about 300 KB. */
#define MG_STORE_MAX_FILE_SIZE (16 * 1024 * 1024)

/* What stands between the person's records and the disk, now. Each flag is
 * notified when it comes and when it goes. */
typedef enum {
  MG_STORE_PROBLEM_NONE          = 0,
  /* A file that was not the store's was renamed aside (see get_set_aside_path). */
  MG_STORE_PROBLEM_SET_ASIDE     = 1 << 0,
  /* The last save failed (see get_failure); the changes wait in memory. */
  MG_STORE_PROBLEM_CANNOT_SAVE   = 1 << 1,
  /* The file is there but cannot be read: nothing is written over it. */
  MG_STORE_PROBLEM_CANNOT_READ   = 1 << 2,
  /* The file was written by a newer version: shown, never written over. */
  MG_STORE_PROBLEM_NEWER_VERSION = 1 << 3,
} MgStoreProblems;

#define MG_TYPE_STORE_PROBLEMS (mg_store_problems_get_type ())
GType mg_store_problems_get_type (void) G_GNUC_CONST;

/* Why reading, saving or the file itself failed, in words a person can act on. */
typedef enum {
  MG_STORE_FAILURE_NONE,
  MG_STORE_FAILURE_NO_SPACE,       /* the disk or the quota is full */
  MG_STORE_FAILURE_NO_PERMISSION,  /* the folder or file may not be read or written */
  MG_STORE_FAILURE_READ_ONLY,      /* the file system is read-only */
  MG_STORE_FAILURE_OTHER,          /* an input/output error or something rarer */
  MG_STORE_FAILURE_DAMAGED,        /* set aside: not the store's file */
  MG_STORE_FAILURE_NOT_A_FILE,     /* set aside: a folder, device, pipe, ... */
  MG_STORE_FAILURE_TOO_LARGE,      /* set aside: larger than MG_STORE_MAX_FILE_SIZE */
} MgStoreFailure;

#define MG_TYPE_STORE_FAILURE (mg_store_failure_get_type ())
GType mg_store_failure_get_type (void) G_GNUC_CONST;

/* What tells a store the time and wakes it a while later. The stores' own
 * clock is the local time, with GLib's timeouts, which follow the machine's
 * monotonic time; a test puts in a clock that it moves, so that it never
 * waits on the wall clock. Each function gets the clock's data first. */
typedef struct {
  /* The time now, in the time zone whose midnight starts a new day, or
   * %NULL when the clock says something GLib cannot hold (past year 9999). */
  GDateTime *(*now)                 (gpointer         clock_data);
  /* Calls @func once, @interval ms from now (as g_timeout_add_once ()), and
   * returns an id other than 0 for remove_timeout (). */
  guint      (*add_timeout)         (gpointer         clock_data,
                                     guint            interval,
                                     const char      *name,
                                     GSourceOnceFunc  func,
                                     gpointer         data);
  /* The same, @interval s from now, at a whole second where the clock can
   * wake several timeouts together (as g_timeout_add_seconds_once ()). */
  guint      (*add_timeout_seconds) (gpointer         clock_data,
                                     guint            interval,
                                     const char      *name,
                                     GSourceOnceFunc  func,
                                     gpointer         data);
  /* Stops a timeout that has not run yet. */
  void       (*remove_timeout)      (gpointer         clock_data,
                                     guint            id);
} MgStoreClock;

const MgStoreClock *mg_store_clock_get_local (void);

/* What makes one store's file its own. Static data: it must outlive the store. */
typedef struct {
  const char *file_name;           /* in the store's directory */
  const char *header_group;        /* holds "Version" */
  const char *header_comment;      /* written above the header, with a leading space */
  guint       version;             /* a file of a higher one is never written over */
  const char *old_lock_file_name;  /* nullable: removed at the first read */
  const char *task_name;           /* of the worker's GTask */
  const char *timeout_save;        /* the names the clock is given */
  const char *timeout_retry;
  const char *timeout_reload;
} MgKeyFileStoreFormat;

#define MG_TYPE_KEY_FILE_STORE (mg_key_file_store_get_type ())

G_DECLARE_FINAL_TYPE (MgKeyFileStore, mg_key_file_store, MG, KEY_FILE_STORE, GObject)

MgKeyFileStore  *mg_key_file_store_new          (const MgKeyFileStoreFormat *format,
                                                 const char                 *directory,
                                                 const MgStoreClock         *clock,
                                                 gpointer                    clock_data);

const char      *mg_key_file_store_get_path     (MgKeyFileStore *self);
gboolean         mg_key_file_store_get_loaded   (MgKeyFileStore *self);

GStrv            mg_key_file_store_dup_groups   (MgKeyFileStore *self);
GStrv            mg_key_file_store_dup_keys     (MgKeyFileStore *self,
                                                 const char     *group);
gboolean         mg_key_file_store_has_group    (MgKeyFileStore *self,
                                                 const char     *group);
char            *mg_key_file_store_dup_value    (MgKeyFileStore *self,
                                                 const char     *group,
                                                 const char     *key);
void             mg_key_file_store_set_value    (MgKeyFileStore *self,
                                                 const char     *group,
                                                 const char     *key,
                                                 const char     *value);
void             mg_key_file_store_remove_group (MgKeyFileStore *self,
                                                 const char     *group);
void             mg_key_file_store_commit       (MgKeyFileStore *self);

gboolean         mg_key_file_store_has_unsaved_changes (MgKeyFileStore *self);
void             mg_key_file_store_flush_async  (MgKeyFileStore      *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean         mg_key_file_store_flush_finish (MgKeyFileStore      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
gboolean         mg_key_file_store_flush_sync   (MgKeyFileStore      *self,
                                                 GError             **error);
gboolean         mg_key_file_store_is_busy      (MgKeyFileStore      *self);

MgStoreProblems  mg_key_file_store_get_problems (MgKeyFileStore *self);
MgStoreFailure   mg_key_file_store_get_failure  (MgKeyFileStore *self);
const char      *mg_key_file_store_get_set_aside_path   (MgKeyFileStore *self);
MgStoreFailure   mg_key_file_store_get_set_aside_reason (MgKeyFileStore *self);

G_END_DECLS
