/* mg-intake-store.c: the foods ticked each day, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-intake-store"
/* open () flags, struct stat times and fsync () of POSIX.1-2008. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mg-date.h"
#include "mg-file-save.h"
#include "mg-foods.h"
#include "mg-intake-store-private.h"

/* How the store keeps the days safe.
 *
 * The file is a GKeyFile with a group per day ("2026-11-22") that maps food
 * ids to servings. Every day a person ever ticked is kept: the store deletes
 * nothing on the clock's word, and a day leaves the file only when the person
 * clears it.
 *
 * A change (a food's servings, a cleared day) shows at once: it is applied to
 * the view in memory and kept in `pending` until it is on disk. A short while
 * after the last change, a worker thread saves: it looks at the file, reads it
 * again only if someone else changed it since (another instance on another
 * session bus; a single GApplication has one store), replays the pending
 * changes on it and writes the whole file to a temporary file in the same
 * folder, checks every write, fsyncs it, renames it over the old one and
 * fsyncs the folder. A crash, a power cut or a full disk leaves the old file
 * or the new one, never part of one. The main thread never waits on the disk,
 * except at the very end, when GApplication::shutdown flushes what is left.
 *
 * Only a regular file of at most MG_INTAKE_STORE_MAX_FILE_SIZE is read, and it
 * is opened without blocking, so a pipe or a device cannot hang the app. A
 * file that is no checklist (damaged, a NUL byte, a folder, a device, too
 * large) is renamed aside byte for byte, never deleted. A file that cannot be
 * read (no permission, an input/output error) or that a newer version wrote
 * is never written over: the changes wait in memory. When writing fails (no
 * folder, no permission, a full disk), the changes stay pending and on view,
 * the problem is told once, saving is tried again after a while and at the
 * next change, and the problem goes away (and is told again if it comes back)
 * once a save succeeds. */

#define HEADER_GROUP "Food Checklist"
#define FORMAT_VERSION 1
/* Earlier versions locked the folder with this file; it is removed. */
#define OLD_LOCK_FILE_NAME "food-checklist.lock"
/* Changes that come in a burst (a double-click, a clear) are saved together. */
#define SAVE_DELAY_MS 300
/* After a failure, how long until the next try without a new change. */
#define RETRY_SECONDS 15

typedef struct {
  char  *day;
  char  *food_id;  /* NULL: the change clears the whole day */
  guint  halves;   /* servings × 2; 0 removes the food */
} Change;

/* What tells whether the file changed since it was last read or written. */
typedef struct {
  gboolean known;
  dev_t    device;
  ino_t    inode;
  off_t    size;
  gint64   mtime_ns;
} FileStamp;

typedef enum {
  READ_MISSING,
  READ_UNCHANGED,
  READ_OK,
  READ_FAILED,  /* there, but not readable: keep away from it */
  READ_BAD,     /* there, and not a checklist: set it aside */
} ReadOutcome;

/* One visit of the worker to the disk. The main thread fills the first part,
 * the worker the rest; neither touches it while the other has it. */
typedef struct {
  char                 *directory;
  char                 *path;
  char                 *aside_stamp;
  gboolean              first;
  FileStamp             known;
  char                 *base_data;
  gsize                 base_length;
  GPtrArray            *changes;

  ReadOutcome           read;
  MgIntakeStoreFailure  read_failure;
  gboolean              newer;
  char                 *aside_path;
  MgIntakeStoreFailure  aside_reason;
  gboolean              tried_write;
  gboolean              wrote;
  MgIntakeStoreFailure  write_failure;
  GError               *error;
  GKeyFile             *result;
  FileStamp             stamp;
} Operation;

struct _MgIntakeStore {
  GObject                parent_instance;

  char                  *directory;
  char                  *path;
  const MgIntakeStoreClock *clock;
  gpointer               clock_data;

  GKeyFile              *base;     /* the file as last read or written */
  FileStamp              stamp;
  GKeyFile              *view;     /* base with the pending changes on top */
  GPtrArray             *pending;  /* of Change, not yet on disk */

  gboolean               loaded;
  gboolean               busy;     /* the worker has an Operation */
  gboolean               reload_wanted;
  guint                  save_source;
  guint                  retry_source;
  guint                  reload_source;
  GQueue                 flushes;  /* of GTask, waiting for pending to be empty */
  GError                *last_error;

  char                  *today;
  guint                  day_source;
  GFileMonitor          *monitor;

  MgIntakeStoreProblems  problems;
  MgIntakeStoreFailure   failure;
  char                  *set_aside_path;
  MgIntakeStoreFailure   set_aside_reason;
};

G_DEFINE_FINAL_TYPE (MgIntakeStore, mg_intake_store, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (MgIntakeStoreProblems, mg_intake_store_problems,
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_SET_ASIDE, "set-aside"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE, "cannot-save"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_CANNOT_READ, "cannot-read"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_NEWER_VERSION, "newer-version"))

G_DEFINE_ENUM_TYPE (MgIntakeStoreFailure, mg_intake_store_failure,
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NO_SPACE, "no-space"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NO_PERMISSION, "no-permission"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_READ_ONLY, "read-only"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_OTHER, "other"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_DAMAGED, "damaged"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NOT_A_FILE, "not-a-file"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_TOO_LARGE, "too-large"))

enum {
  PROP_0,
  PROP_TODAY,
  PROP_LOADED,
  PROP_PROBLEMS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static MgIntakeStore *default_store;

static int
libc_open (const char *path,
           int         flags,
           mode_t      mode)
{
  return open (path, flags, mode);
}

static const MgIntakeStoreFileOps libc_ops = { libc_open, write, fsync };
/* Set in the main thread, read in the worker's. */
static const MgIntakeStoreFileOps *file_ops = &libc_ops;

static const MgIntakeStoreFileOps *
get_file_ops (void)
{
  return g_atomic_pointer_get (&file_ops);
}

void
mg_intake_store_set_file_ops (const MgIntakeStoreFileOps *ops)
{
  g_atomic_pointer_set (&file_ops, ops != NULL ? ops : &libc_ops);
}

static void
change_free (Change *change)
{
  g_free (change->day);
  g_free (change->food_id);
  g_free (change);
}

static Change *
change_copy (const Change *change)
{
  Change *copy = g_new0 (Change, 1);

  copy->day = g_strdup (change->day);
  copy->food_id = g_strdup (change->food_id);
  copy->halves = change->halves;

  return copy;
}

static void
operation_free (Operation *op)
{
  g_free (op->directory);
  g_free (op->path);
  g_free (op->aside_stamp);
  g_free (op->base_data);
  g_clear_pointer (&op->changes, g_ptr_array_unref);
  g_free (op->aside_path);
  g_clear_error (&op->error);
  g_clear_pointer (&op->result, g_key_file_unref);
  g_free (op);
}

static gboolean
is_day_key (const char *key)
{
  return mg_date_parse_iso (key, NULL);
}

static gboolean
is_food_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *c = id; *c != '\0'; c++) {
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
      return FALSE;
  }

  return TRUE;
}

/* Servings as the file writes them: "1", "1.5", whatever the locale. */
static char *
format_halves (guint halves)
{
  return g_strdup_printf (halves % 2 != 0 ? "%u.5" : "%u", halves / 2);
}

/* 0 for anything that is not a number of servings this version accepts. */
static guint
parse_halves (const char *value)
{
  char *end = NULL;
  double servings;

  if (value == NULL)
    return 0;

  servings = g_ascii_strtod (value, &end);
  /* GKeyFile takes a "\r" at a line's end for part of the line break when
   * it reads a file it wrote, one each time: read the value as it will be
   * read after the next save, or a save would change what the day holds. */
  while (end != value && *end == '\r')
    end++;
  if (end == value || *end != '\0' || !(servings > 0) || servings > MG_FOOD_MAX_SERVINGS)
    return 0;

  return (guint) (servings * 2 + 0.5);
}

static guint
halves_from_servings (double servings)
{
  return (guint) (CLAMP (servings, 0, MG_FOOD_MAX_SERVINGS) * 2 + 0.5);
}

static GDateTime *
local_now (gpointer clock_data)
{
  return g_date_time_new_now_local ();
}

static guint
named (guint       source_id,
       const char *name)
{
  g_source_set_name_by_id (source_id, name);
  return source_id;
}

static guint
add_glib_timeout (gpointer         clock_data,
                  guint            interval,
                  const char      *name,
                  GSourceOnceFunc  func,
                  gpointer         data)
{
  return named (g_timeout_add_once (interval, func, data), name);
}

static guint
add_glib_timeout_seconds (gpointer         clock_data,
                          guint            interval,
                          const char      *name,
                          GSourceOnceFunc  func,
                          gpointer         data)
{
  return named (g_timeout_add_seconds_once (interval, func, data), name);
}

static void
remove_glib_timeout (gpointer clock_data,
                     guint    id)
{
  g_source_remove (id);
}

static const MgIntakeStoreClock local_clock = {
  local_now, add_glib_timeout, add_glib_timeout_seconds, remove_glib_timeout,
};

/* The words for what errno says went wrong, as a person can act on them. */
static MgIntakeStoreFailure
failure_from_errno (int code)
{
  switch (code) {
  case ENOSPC:
  case EDQUOT:
    return MG_INTAKE_STORE_FAILURE_NO_SPACE;
  case EACCES:
  case EPERM:
    return MG_INTAKE_STORE_FAILURE_NO_PERMISSION;
  case EROFS:
    return MG_INTAKE_STORE_FAILURE_READ_ONLY;
  default:
    return MG_INTAKE_STORE_FAILURE_OTHER;
  }
}

static void
set_errno_error (Operation  *op,
                 int         code,
                 const char *what,
                 const char *path)
{
  g_clear_error (&op->error);
  g_set_error (&op->error, G_IO_ERROR, g_io_error_from_errno (code),
               "%s %s: %s", what, path, g_strerror (code));
}

static void
stamp_from_stat (FileStamp         *stamp,
                 const struct stat *info)
{
  stamp->known = TRUE;
  stamp->device = info->st_dev;
  stamp->inode = info->st_ino;
  stamp->size = info->st_size;
  stamp->mtime_ns = (gint64) info->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + info->st_mtim.tv_nsec;
}

static gboolean
stamp_equal (const FileStamp *a,
             const FileStamp *b)
{
  return a->known && b->known && a->device == b->device && a->inode == b->inode &&
         a->size == b->size && a->mtime_ns == b->mtime_ns;
}

/* A temporary file of an earlier save that a crash left: the file's name,
 * a dot and the six characters g_mkstemp () puts in place of XXXXXX, with
 * a dot before it (mg_file_replace ()) or without (earlier versions). */
static gboolean
is_litter (const char *name)
{
  gsize prefix = strlen (MG_INTAKE_STORE_FILE_NAME);

  if (name[0] == '.')
    name++;
  if (strncmp (name, MG_INTAKE_STORE_FILE_NAME ".", prefix + 1) != 0 || strlen (name) != prefix + 7)
    return FALSE;
  for (const char *c = name + prefix + 1; *c != '\0'; c++) {
    if (!g_ascii_isalnum (*c))
      return FALSE;
  }

  return TRUE;
}

static void
remove_litter (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *path = NULL;

    if (!is_litter (name) && strcmp (name, OLD_LOCK_FILE_NAME) != 0)
      continue;
    path = g_build_filename (directory, name, NULL);
    if (g_unlink (path) == 0)
      g_debug ("Removed %s, left by an earlier run", path);
  }
}

/* Reads the file, if it changed since op->known, without ever blocking on it:
 * only a regular file, opened non-blocking, up to the size limit. */
static ReadOutcome
read_file (Operation  *op,
           char      **contents,
           gsize      *length)
{
  g_autofree char *buffer = NULL;
  struct stat info;
  gsize size = 0;
  int fd;

  fd = get_file_ops ()->open (op->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0) {
    int code = errno;

    /* ENOTDIR: where the folder should be is a file; saving will say so. */
    if (code == ENOENT || code == ENOTDIR)
      return READ_MISSING;
    if (code == ELOOP || code == ENXIO || code == EISDIR) {
      op->aside_reason = MG_INTAKE_STORE_FAILURE_NOT_A_FILE;
      return READ_BAD;
    }
    set_errno_error (op, code, "Cannot read", op->path);
    op->read_failure = failure_from_errno (code);
    return READ_FAILED;
  }

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode)) {
    g_close (fd, NULL);
    op->aside_reason = MG_INTAKE_STORE_FAILURE_NOT_A_FILE;
    return READ_BAD;
  }
  if (info.st_size > MG_INTAKE_STORE_MAX_FILE_SIZE) {
    g_close (fd, NULL);
    op->aside_reason = MG_INTAKE_STORE_FAILURE_TOO_LARGE;
    return READ_BAD;
  }

  stamp_from_stat (&op->stamp, &info);
  if (stamp_equal (&op->stamp, &op->known)) {
    g_close (fd, NULL);
    return READ_UNCHANGED;
  }

  /* One byte more than the limit tells a file that grew while read. */
  buffer = g_malloc ((gsize) info.st_size + 2);
  for (;;) {
    gssize n = read (fd, buffer + size, (gsize) info.st_size + 1 - size);

    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      int code = errno;

      g_close (fd, NULL);
      set_errno_error (op, code, "Cannot read", op->path);
      op->read_failure = failure_from_errno (code);
      return READ_FAILED;
    }
    if (n == 0)
      break;
    size += (gsize) n;
    if (size > (gsize) info.st_size) {
      g_close (fd, NULL);
      g_set_error (&op->error, G_IO_ERROR, G_IO_ERROR_BUSY, "%s changed while read", op->path);
      op->read_failure = MG_INTAKE_STORE_FAILURE_OTHER;
      return READ_FAILED;
    }
  }
  g_close (fd, NULL);
  buffer[size] = '\0';

  *contents = g_steal_pointer (&buffer);
  *length = size;
  return READ_OK;
}

/* The version the file says it has; files without one are of version 1. */
static gboolean
is_newer_version (GKeyFile *file)
{
  g_autofree char *value = g_key_file_get_value (file, HEADER_GROUP, "Version", NULL);
  guint64 version;

  if (value == NULL)
    return FALSE;

  g_strstrip (value);
  return !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT64, &version, NULL) ||
         version > FORMAT_VERSION;
}

static GKeyFile *
parse_checklist (const char *contents,
                 gsize       length,
                 GError    **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();

  /* GKeyFile stops at a NUL; the bytes after it would be lost at the next
   * save, so a file with one is damaged. */
  if (memchr (contents, '\0', length) != NULL) {
    g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, "a NUL byte inside");
    return NULL;
  }
  if (!g_key_file_load_from_data (file, contents, length, G_KEY_FILE_KEEP_COMMENTS, error))
    return NULL;

  return g_steal_pointer (&file);
}

/* Renames what is at op->path aside, under a name no earlier one has. */
static gboolean
set_aside (Operation *op)
{
  for (guint i = 0; i < 1000; i++) {
    g_autofree char *aside = i == 0 ? g_strdup_printf ("%s.damaged-%s", op->path, op->aside_stamp)
                                    : g_strdup_printf ("%s.damaged-%s-%u", op->path, op->aside_stamp, i);
    GStatBuf info;

    if (g_lstat (aside, &info) == 0)
      continue;

    if (g_rename (op->path, aside) != 0) {
      int code = errno;

      set_errno_error (op, code, "Cannot set aside", op->path);
      op->write_failure = failure_from_errno (code);
      return FALSE;
    }

    g_message ("Set %s aside as %s", op->path, aside);
    op->aside_path = g_steal_pointer (&aside);
    return TRUE;
  }

  return FALSE;
}

/* Writes the whole file beside the old one and renames it into place,
 * through mg_file_replace (), with the calls a test may have put in. */
static gboolean
write_file (Operation  *op,
            const char *data,
            gsize       length)
{
  const MgIntakeStoreFileOps *ops = get_file_ops ();
  MgFileWriteOps write_ops = { ops->write, ops->fsync };
  struct stat info;
  int code;

  if (g_mkdir_with_parents (op->directory, 0700) != 0) {
    code = errno;
    set_errno_error (op, code, "Cannot create", op->directory);
    op->write_failure = failure_from_errno (code);
    return FALSE;
  }

  if (!mg_file_replace (op->path, data, length, 0600, &write_ops, &info, &code)) {
    set_errno_error (op, code, "Cannot save", op->path);
    op->write_failure = failure_from_errno (code);
    return FALSE;
  }

  stamp_from_stat (&op->stamp, &info);
  return TRUE;
}

static void
apply_change (GKeyFile     *file,
              const Change *change)
{
  g_autofree char *value = NULL;

  if (change->food_id == NULL) {
    g_key_file_remove_group (file, change->day, NULL);
  } else if (change->halves == 0) {
    g_auto(GStrv) left = NULL;

    g_key_file_remove_key (file, change->day, change->food_id, NULL);
    left = g_key_file_get_keys (file, change->day, NULL, NULL);
    if (left != NULL && left[0] == NULL)
      g_key_file_remove_group (file, change->day, NULL);
  } else {
    value = format_halves (change->halves);
    g_key_file_set_value (file, change->day, change->food_id, value);
  }
}

static void
add_header (GKeyFile *file)
{
  if (g_key_file_has_group (file, HEADER_GROUP))
    return;

  g_key_file_set_integer (file, HEADER_GROUP, "Version", FORMAT_VERSION);
  g_key_file_set_comment (file, HEADER_GROUP, NULL,
                          " Magnesium Guide: the foods ticked each day, in servings", NULL);
}

/* The worker's visit: runs in a thread of GTask's pool (or, at shutdown, in
 * the main thread). It touches only the Operation. */
static void
run_operation (Operation *op)
{
  g_autofree char *contents = NULL;
  g_autoptr(GKeyFile) base = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (op->first)
    remove_litter (op->directory);

  op->read = read_file (op, &contents, &length);
  if (op->read == READ_MISSING || op->read == READ_BAD)
    op->newer = FALSE;
  if (op->read == READ_OK) {
    base = parse_checklist (contents, length, &error);
    if (base == NULL) {
      g_message ("%s is damaged: %s", op->path, error->message);
      op->read = READ_BAD;
      op->aside_reason = MG_INTAKE_STORE_FAILURE_DAMAGED;
      op->newer = FALSE;
    } else {
      op->newer = is_newer_version (base);
    }
  }

  /* What the main thread holds stands in for a file that is missing, the
   * same as before, unreadable or set aside: nothing it shows is lost. */
  if (base == NULL) {
    base = parse_checklist (op->base_data, op->base_length, NULL);
    if (base == NULL)
      base = g_key_file_new ();
  }

  if (op->read == READ_BAD && !set_aside (op)) {
    op->result = g_steal_pointer (&base);
    return;
  }

  if (op->changes->len > 0 && op->read != READ_FAILED && !op->newer) {
    g_autofree char *data = NULL;
    gsize data_length;

    add_header (base);
    for (guint i = 0; i < op->changes->len; i++)
      apply_change (base, g_ptr_array_index (op->changes, i));
    data = g_key_file_to_data (base, &data_length, NULL);
    op->tried_write = TRUE;
    op->wrote = write_file (op, data, data_length);
    if (!op->wrote) {
      g_message ("%s", op->error->message);
      /* The changes stay pending: the result is the file as it was. */
      g_clear_pointer (&base, g_key_file_unref);
      if (op->read == READ_OK)
        base = parse_checklist (contents, length, NULL);
      else
        base = parse_checklist (op->base_data, op->base_length, NULL);
      if (base == NULL)
        base = g_key_file_new ();
    }
  }

  op->result = g_steal_pointer (&base);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  run_operation (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
set_problem (MgIntakeStore         *self,
             MgIntakeStoreProblems  problem,
             gboolean               on)
{
  MgIntakeStoreProblems next = on ? self->problems | problem : self->problems & ~problem;

  if (next == self->problems)
    return;

  self->problems = next;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

static GKeyFile *
copy_key_file (GKeyFile *source)
{
  GKeyFile *copy = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize length;

  data = g_key_file_to_data (source, &length, NULL);
  /* What GKeyFile writes it reads back; should that ever fail, start empty
   * rather than write something half understood. */
  if (!g_key_file_load_from_data (copy, data, length, G_KEY_FILE_KEEP_COMMENTS, NULL)) {
    g_key_file_unref (copy);
    copy = g_key_file_new ();
  }

  return copy;
}

/* Shows the base with the pending changes on top. */
static void
rebuild_view (MgIntakeStore *self)
{
  g_autofree char *before = g_key_file_to_data (self->view, NULL, NULL);
  g_autofree char *after = NULL;

  g_key_file_unref (self->view);
  self->view = copy_key_file (self->base);
  for (guint i = 0; i < self->pending->len; i++)
    apply_change (self->view, g_ptr_array_index (self->pending, i));

  after = g_key_file_to_data (self->view, NULL, NULL);
  if (g_strcmp0 (before, after) != 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static GDateTime *
clock_now (MgIntakeStore *self)
{
  return self->clock->now (self->clock_data);
}

static void
clear_timeout (MgIntakeStore *self,
               guint         *id)
{
  if (*id != 0)
    self->clock->remove_timeout (self->clock_data, *id);
  *id = 0;
}

static void start_operation (MgIntakeStore *self);

static void
save_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->save_source = 0;
  start_operation (self);
}

static void
retry_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->retry_source = 0;
  start_operation (self);
}

static void
schedule_save (MgIntakeStore *self)
{
  clear_timeout (self, &self->save_source);
  self->save_source = self->clock->add_timeout (self->clock_data, SAVE_DELAY_MS,
                                                MG_INTAKE_STORE_TIMEOUT_SAVE, save_cb, self);
}

static void
schedule_retry (MgIntakeStore *self)
{
  if (self->retry_source != 0)
    return;
  self->retry_source = self->clock->add_timeout_seconds (self->clock_data, RETRY_SECONDS,
                                                         MG_INTAKE_STORE_TIMEOUT_RETRY,
                                                         retry_cb, self);
}

static void
finish_flushes (MgIntakeStore *self)
{
  GTask *task;

  while ((task = g_queue_pop_head (&self->flushes)) != NULL) {
    if (self->pending->len == 0)
      g_task_return_boolean (task, TRUE);
    else
      g_task_return_error (task, g_error_copy (self->last_error));
    g_object_unref (task);
  }
}

static Operation *
new_operation (MgIntakeStore *self)
{
  Operation *op = g_new0 (Operation, 1);
  g_autoptr(GDateTime) now = clock_now (self);

  op->directory = g_strdup (self->directory);
  op->path = g_strdup (self->path);
  op->aside_stamp = now != NULL ? g_date_time_format (now, "%Y%m%d-%H%M%S") : g_strdup ("later");
  op->first = !self->loaded;
  /* Until the file is read again, it is the newer version's it was. */
  op->newer = (self->problems & MG_INTAKE_STORE_PROBLEM_NEWER_VERSION) != 0;
  op->known = self->stamp;
  op->base_data = g_key_file_to_data (self->base, &op->base_length, NULL);
  op->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  for (guint i = 0; i < self->pending->len; i++)
    g_ptr_array_add (op->changes, change_copy (g_ptr_array_index (self->pending, i)));

  return op;
}

/* Takes in what the worker found and did. */
static void
finish_operation (MgIntakeStore *self,
                  Operation     *op)
{
  gboolean failed = op->read == READ_FAILED || op->newer || (op->tried_write && !op->wrote) ||
                    (op->read == READ_BAD && op->aside_path == NULL);
  gboolean was_loaded = self->loaded;

  self->busy = FALSE;
  g_key_file_unref (self->base);
  self->base = g_steal_pointer (&op->result);
  if (op->read != READ_FAILED && (op->read != READ_BAD || op->aside_path != NULL))
    self->stamp = op->stamp;
  if (op->wrote)
    g_ptr_array_remove_range (self->pending, 0, op->changes->len);
  self->loaded = TRUE;
  rebuild_view (self);

  if (op->error != NULL) {
    g_clear_error (&self->last_error);
    self->last_error = g_error_copy (op->error);
  } else if (failed) {
    g_clear_error (&self->last_error);
    self->last_error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                    "%s was written by a newer version", self->path);
  }

  g_object_freeze_notify (G_OBJECT (self));
  if (op->aside_path != NULL) {
    g_free (self->set_aside_path);
    self->set_aside_path = g_steal_pointer (&op->aside_path);
    self->set_aside_reason = op->aside_reason;
    /* Each file set aside is told: notify even if the flag was on. */
    self->problems |= MG_INTAKE_STORE_PROBLEM_SET_ASIDE;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
  }
  set_problem (self, MG_INTAKE_STORE_PROBLEM_CANNOT_READ, op->read == READ_FAILED);
  set_problem (self, MG_INTAKE_STORE_PROBLEM_NEWER_VERSION, op->newer);
  if (op->wrote) {
    self->failure = MG_INTAKE_STORE_FAILURE_NONE;
    set_problem (self, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE, FALSE);
  } else if (failed && self->pending->len > 0) {
    self->failure = op->read == READ_FAILED ? op->read_failure : op->write_failure;
    if (self->failure == MG_INTAKE_STORE_FAILURE_NONE)
      self->failure = MG_INTAKE_STORE_FAILURE_OTHER;
    set_problem (self, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE, TRUE);
  }
  if (!was_loaded)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  g_object_thaw_notify (G_OBJECT (self));

  if (failed) {
    finish_flushes (self);
    if (self->pending->len > 0 || op->read == READ_FAILED)
      schedule_retry (self);
  } else if (self->pending->len > 0 || self->reload_wanted) {
    /* Changes made while the worker was busy, or a reload asked for. */
    if (!g_queue_is_empty (&self->flushes) || self->reload_wanted)
      start_operation (self);
    else
      schedule_save (self);
  } else {
    finish_flushes (self);
  }
}

static void
operation_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(MgIntakeStore) self = g_weak_ref_get (ref);
  Operation *op = g_task_get_task_data (G_TASK (result));

  g_weak_ref_clear (ref);
  g_free (ref);
  /* A visit that only looked at the file does not keep the store alive. */
  if (op->changes->len > 0)
    g_object_unref (self);
  if (self != NULL)
    finish_operation (self, op);
}

static void
start_operation (MgIntakeStore *self)
{
  g_autoptr(GTask) task = NULL;
  Operation *op;
  GWeakRef *ref;

  if (self->busy)
    return;

  clear_timeout (self, &self->save_source);
  clear_timeout (self, &self->retry_source);
  self->reload_wanted = FALSE;
  self->busy = TRUE;

  op = new_operation (self);
  ref = g_new0 (GWeakRef, 1);

  /* The task has no source object: the worker thread lets go of its task
   * a moment after the main thread has taken the result, and the store's
   * last reference must not depend on that moment. A visit with changes to
   * save keeps the store until they are saved, through a reference that
   * goes with the callback. */
  g_weak_ref_init (ref, self);
  if (op->changes->len > 0)
    g_object_ref (self);
  task = g_task_new (NULL, NULL, operation_done_cb, ref);
  g_task_set_source_tag (task, start_operation);
  g_task_set_name (task, "[mg] intake store disk visit");
  g_task_set_task_data (task, op, (GDestroyNotify) operation_free);
  g_task_run_in_thread (task, run_in_thread);
}

static void
add_change (MgIntakeStore *self,
            const char    *day,
            const char    *food_id,
            guint          halves)
{
  Change *change = g_new0 (Change, 1);

  change->day = g_strdup (day);
  change->food_id = g_strdup (food_id);
  change->halves = halves;
  g_ptr_array_add (self->pending, change);
  apply_change (self->view, change);
}

/* After one or more add_change (): show them now and save them soon. */
static void
changes_added (MgIntakeStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
  if (!self->busy)
    schedule_save (self);
}

static void
update_today (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = clock_now (self);
  g_autofree char *today = NULL;

  /* Past the year 9999 GLib has no time to give: keep the day there is. */
  if (now == NULL) {
    if (self->today == NULL)
      self->today = g_strdup ("9999-12-31");
    return;
  }

  today = g_date_time_format (now, "%Y-%m-%d");
  if (today == NULL || g_strcmp0 (today, self->today) == 0)
    return;

  g_free (self->today);
  self->today = g_steal_pointer (&today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void schedule_day_check (MgIntakeStore *self);

static void
day_check_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->day_source = 0;
  update_today (self);
  schedule_day_check (self);
}

/* How long until the next midnight, in ms; a minute if the clock cannot say. */
static guint
ms_to_midnight (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = clock_now (self);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;

  if (now == NULL)
    return 60 * 1000;
  midnight = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                              g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                              0, 0, 0);
  if (midnight != NULL)
    next = g_date_time_add_days (midnight, 1);
  if (next == NULL)
    return 60 * 1000;

  return (guint) CLAMP (g_date_time_difference (next, now) / 1000 + 1, 1, 60 * 1000);
}

/* Wakes at the next midnight, and at least every minute: timeouts do not
 * count the time a computer sleeps, nor follow a clock that was set. */
static void
schedule_day_check (MgIntakeStore *self)
{
  self->day_source = self->clock->add_timeout (self->clock_data, ms_to_midnight (self),
                                               MG_INTAKE_STORE_TIMEOUT_DAY_CHECK,
                                               day_check_cb, self);
}

static void
reload_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->reload_source = 0;
  self->reload_wanted = TRUE;
  start_operation (self);
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data)
{
  MgIntakeStore *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  /* An atomic write arrives as several events: look once they are over. The
   * worker reads the file only if it is not the one last read or written. */
  if (self->reload_source == 0)
    self->reload_source = self->clock->add_timeout (self->clock_data, 50,
                                                    MG_INTAKE_STORE_TIMEOUT_RELOAD,
                                                    reload_cb, self);
}

static void
watch_file (MgIntakeStore *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GError) error = NULL;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL) {
    g_message ("Changes from other instances will show at the next save: %s", error->message);
    return;
  }

  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

static void
mg_intake_store_dispose (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  clear_timeout (self, &self->day_source);
  clear_timeout (self, &self->reload_source);
  clear_timeout (self, &self->save_source);
  clear_timeout (self, &self->retry_source);
  if (self->monitor != NULL) {
    g_signal_handlers_disconnect_by_data (self->monitor, self);
    g_file_monitor_cancel (self->monitor);
    g_clear_object (&self->monitor);
  }

  G_OBJECT_CLASS (mg_intake_store_parent_class)->dispose (object);
}

static void
mg_intake_store_finalize (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  if (self->pending->len > 0)
    g_message ("%u changes to %s were never saved", self->pending->len, self->path);

  g_free (self->directory);
  g_free (self->path);
  g_free (self->today);
  g_free (self->set_aside_path);
  g_clear_error (&self->last_error);
  g_clear_pointer (&self->base, g_key_file_unref);
  g_clear_pointer (&self->view, g_key_file_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_intake_store_parent_class)->finalize (object);
}

static void
mg_intake_store_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  switch (prop_id) {
  case PROP_TODAY:
    g_value_set_string (value, self->today);
    break;
  case PROP_LOADED:
    g_value_set_boolean (value, self->loaded);
    break;
  case PROP_PROBLEMS:
    g_value_set_flags (value, self->problems);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_intake_store_class_init (MgIntakeStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_intake_store_dispose;
  object_class->finalize = mg_intake_store_finalize;
  object_class->get_property = mg_intake_store_get_property;

  /* The day the checklist shows, as YYYY-MM-DD: it changes at local midnight. */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the file has been looked at once: until then the days are empty. */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The problems there are now; notified when one comes or goes, and for
   * every file set aside. */
  properties[PROP_PROBLEMS] =
    g_param_spec_flags ("problems", NULL, NULL,
                        MG_TYPE_INTAKE_STORE_PROBLEMS,
                        MG_INTAKE_STORE_PROBLEM_NONE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any day changed: here, or in another instance's file. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_intake_store_init (MgIntakeStore *self)
{
  self->clock = &local_clock;
  self->base = g_key_file_new ();
  self->view = g_key_file_new ();
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_queue_init (&self->flushes);
}

/**
 * mg_intake_store_new_with_clock:
 * @directory: (nullable): where the file lives; %NULL for the user’s data
 *   directory (inside a Flatpak, its own one)
 * @clock: (nullable): what tells the time and wakes the store; %NULL for
 *   the local time and GLib's timeouts. It must outlive the store.
 * @clock_data: what @clock's functions get first
 *
 * Starts reading the file in a worker thread; the days are empty until
 * #MgIntakeStore:loaded is %TRUE. Changes made before then are kept.
 */
MgIntakeStore *
mg_intake_store_new_with_clock (const char               *directory,
                                const MgIntakeStoreClock *clock,
                                gpointer                  clock_data)
{
  MgIntakeStore *self = g_object_new (MG_TYPE_INTAKE_STORE, NULL);

  if (directory != NULL)
    self->directory = g_strdup (directory);
  else
    self->directory = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);
  self->path = g_build_filename (self->directory, MG_INTAKE_STORE_FILE_NAME, NULL);
  if (clock != NULL) {
    self->clock = clock;
    self->clock_data = clock_data;
  }

  update_today (self);
  start_operation (self);
  watch_file (self);
  schedule_day_check (self);

  return self;
}

MgIntakeStore *
mg_intake_store_new (const char *directory)
{
  return mg_intake_store_new_with_clock (directory, NULL, NULL);
}

/**
 * mg_intake_store_dup_default:
 *
 * Returns: (transfer full): the store in the user’s data directory, one for
 * all the windows of this process
 */
MgIntakeStore *
mg_intake_store_dup_default (void)
{
  if (default_store != NULL)
    return g_object_ref (default_store);

  default_store = mg_intake_store_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (default_store), (gpointer *) &default_store);

  return default_store;
}

/**
 * mg_intake_store_peek_default:
 *
 * Returns: (transfer none) (nullable): the store in the user’s data
 * directory, if a window opened it
 */
MgIntakeStore *
mg_intake_store_peek_default (void)
{
  return default_store;
}

const char *
mg_intake_store_get_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->path;
}

gboolean
mg_intake_store_get_loaded (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return self->loaded;
}

const char *
mg_intake_store_get_today (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->today;
}

/**
 * mg_intake_store_dup_last_days:
 *
 * Returns: (transfer full): the keys of the last @n_days days, the oldest
 * first and today last
 */
GStrv
mg_intake_store_dup_last_days (MgIntakeStore *self,
                               guint          n_days)
{
  g_autoptr(GStrvBuilder) days = g_strv_builder_new ();

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);
  g_return_val_if_fail (n_days <= 366, NULL);

  for (guint i = 0; i < n_days; i++) {
    char *day = mg_date_add_days (self->today, (int) i - (int) n_days + 1);

    /* Before the year 1 there are no days to show. */
    if (day != NULL)
      g_strv_builder_take (days, day);
  }

  return g_strv_builder_end (days);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * mg_intake_store_dup_days:
 *
 * Returns: (transfer full): every day with a food on it, the oldest first
 */
GStrv
mg_intake_store_dup_days (MgIntakeStore *self)
{
  g_auto(GStrv) groups = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  groups = g_key_file_get_groups (self->view, NULL);
  for (guint i = 0; groups[i] != NULL; i++) {
    if (is_day_key (groups[i]))
      g_ptr_array_add (days, groups[i]);
  }
  g_ptr_array_sort (days, compare_days);
  for (guint i = 0; i < days->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (days, i));

  return g_strv_builder_end (builder);
}

double
mg_intake_store_get_servings (MgIntakeStore *self,
                              const char    *day,
                              const char    *food_id)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), 0);
  g_return_val_if_fail (is_day_key (day), 0);
  g_return_val_if_fail (is_food_id (food_id), 0);

  value = g_key_file_get_value (self->view, day, food_id, NULL);

  return parse_halves (value) / 2.0;
}

/**
 * mg_intake_store_set_servings:
 * @servings: from 0 (not eaten) to MG_FOOD_MAX_SERVINGS, in half servings
 *
 * Sets what a person ate of one food on @day: it shows at once and is saved
 * shortly after.
 */
void
mg_intake_store_set_servings (MgIntakeStore *self,
                              const char    *day,
                              const char    *food_id,
                              double         servings)
{
  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));
  g_return_if_fail (is_food_id (food_id));
  g_return_if_fail (servings >= 0 && servings <= MG_FOOD_MAX_SERVINGS);

  add_change (self, day, food_id, halves_from_servings (servings));
  changes_added (self);
}

/**
 * mg_intake_store_dup_day:
 *
 * Returns: (transfer full): the foods eaten on @day, their ids mapped to
 * GUINT_TO_POINTER (servings × 2)
 */
GHashTable *
mg_intake_store_dup_day (MgIntakeStore *self,
                         const char    *day)
{
  GHashTable *halves_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), halves_by_id);
  g_return_val_if_fail (is_day_key (day), halves_by_id);

  keys = g_key_file_get_keys (self->view, day, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++) {
    g_autofree char *value = g_key_file_get_value (self->view, day, keys[i], NULL);
    guint halves = parse_halves (value);

    if (halves > 0 && is_food_id (keys[i]))
      g_hash_table_insert (halves_by_id, g_strdup (keys[i]), GUINT_TO_POINTER (halves));
  }

  return halves_by_id;
}

/**
 * mg_intake_store_merge_day:
 * @halves_by_id: food ids mapped to GUINT_TO_POINTER (servings × 2), as
 *   mg_intake_store_dup_day() returns them
 *
 * Sets these foods on @day, in one save, leaving the others as they are:
 * what undoes mg_intake_store_clear_day().
 */
void
mg_intake_store_merge_day (MgIntakeStore *self,
                           const char    *day,
                           GHashTable    *halves_by_id)
{
  GHashTableIter iter;
  gpointer id, halves;

  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));
  g_return_if_fail (halves_by_id != NULL);

  g_hash_table_iter_init (&iter, halves_by_id);
  while (g_hash_table_iter_next (&iter, &id, &halves)) {
    if (is_food_id (id) && GPOINTER_TO_UINT (halves) <= MG_FOOD_MAX_SERVINGS * 2)
      add_change (self, day, id, GPOINTER_TO_UINT (halves));
  }
  changes_added (self);
}

void
mg_intake_store_clear_day (MgIntakeStore *self,
                           const char    *day)
{
  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));

  add_change (self, day, NULL, 0);
  changes_added (self);
}

/**
 * mg_intake_store_get_total_mg:
 *
 * Returns: the magnesium of the foods eaten on @day, in mg, rounded
 */
guint
mg_intake_store_get_total_mg (MgIntakeStore *self,
                              const char    *day)
{
  g_autoptr(GHashTable) halves_by_id = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), 0);
  g_return_val_if_fail (is_day_key (day), 0);

  halves_by_id = mg_intake_store_dup_day (self, day);

  return (guint) (mg_foods_sum_mg (halves_by_id) + 0.5);
}

/**
 * mg_intake_store_has_unsaved_changes:
 *
 * Returns: whether changes are shown that are not on disk yet
 */
gboolean
mg_intake_store_has_unsaved_changes (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return self->pending->len > 0;
}

/**
 * mg_intake_store_flush_async:
 *
 * Saves the pending changes now, in the worker, and calls back when none is
 * left or when saving failed. It also waits for the first read.
 */
void
mg_intake_store_flush_async (MgIntakeStore       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MG_IS_INTAKE_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mg_intake_store_flush_async);

  if (self->loaded && !self->busy && self->pending->len == 0) {
    g_task_return_boolean (task, TRUE);
    return;
  }

  g_queue_push_tail (&self->flushes, g_steal_pointer (&task));
  start_operation (self);
}

gboolean
mg_intake_store_flush_finish (MgIntakeStore  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
flush_now (MgIntakeStore  *self,
           GError        **error)
{
  Operation *op;

  while (self->busy)
    g_main_context_iteration (NULL, TRUE);

  if (self->pending->len == 0)
    return TRUE;

  self->busy = TRUE;
  op = new_operation (self);
  run_operation (op);
  finish_operation (self, op);
  operation_free (op);
  clear_timeout (self, &self->save_source);
  clear_timeout (self, &self->retry_source);

  if (self->pending->len > 0) {
    g_propagate_error (error, g_error_copy (self->last_error));
    return FALSE;
  }

  return TRUE;
}

/**
 * mg_intake_store_flush_sync:
 *
 * Saves the pending changes in the calling thread, once the worker is done:
 * for the end of the app, when nothing is left to draw.
 */
gboolean
mg_intake_store_flush_sync (MgIntakeStore  *self,
                            GError        **error)
{
  gboolean saved;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  /* The worker's reference may be the last: keep the store while it ends. */
  g_object_ref (self);
  saved = flush_now (self, error);
  g_object_unref (self);

  return saved;
}

/* Whether the worker has a visit to the disk that the main context has not
 * taken back yet. */
gboolean
mg_intake_store_is_busy (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return self->busy;
}

/**
 * mg_intake_store_get_problems:
 *
 * Returns: what stands between the person’s ticks and the disk now
 */
MgIntakeStoreProblems
mg_intake_store_get_problems (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_PROBLEM_NONE);

  return self->problems;
}

/**
 * mg_intake_store_get_failure:
 *
 * Returns: why the file cannot be read or saved, while it cannot
 */
MgIntakeStoreFailure
mg_intake_store_get_failure (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_FAILURE_NONE);

  return self->failure;
}

/**
 * mg_intake_store_get_set_aside_path:
 *
 * Returns: (nullable): where the last file that was no checklist was kept
 */
const char *
mg_intake_store_get_set_aside_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->set_aside_path;
}

/**
 * mg_intake_store_get_set_aside_reason:
 *
 * Returns: why the last file was set aside: damaged, not a file or too large
 */
MgIntakeStoreFailure
mg_intake_store_get_set_aside_reason (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_FAILURE_NONE);

  return self->set_aside_reason;
}
