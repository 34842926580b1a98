/* mg-key-file-store.c: a key file kept safe on disk, changes saved in a worker
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-key-file-store"
/* open () flags, struct stat times and fsync () of POSIX.1-2008. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mg-file-save.h"
#include "mg-key-file-store-private.h"

/* How the store keeps a person's records safe (the food checklist's, the
 * symptom diary's; each store says its file's name, header and version).
 *
 * The file is a GKeyFile. Everything in it is kept: the store deletes
 * nothing on the clock's word, keeps groups and keys it does not know, and
 * a group leaves the file only when its owner removes it or its last key.
 *
 * A change (a value set or removed, a group removed) shows at once: it is
 * applied to the view in memory and kept in `pending` until it is on disk. A
 * short while after the last change, a worker thread saves: it looks at the
 * file, reads it again only if someone else changed it since (another
 * instance on another session bus; a single GApplication has one store),
 * replays the pending changes on it and writes the whole file to a temporary
 * file in the same folder, checks every write, fsyncs it, renames it over the
 * old one and fsyncs the folder. A crash, a power cut or a full disk leaves
 * the old file or the new one, never part of one. The main thread never waits
 * on the disk, except at the very end, when GApplication::shutdown flushes
 * what is left.
 *
 * Only a regular file of at most MG_STORE_MAX_FILE_SIZE is read, and it is
 * opened without blocking, so a pipe or a device cannot hang the app. A file
 * that is not the store's (damaged, a NUL byte, a folder, a device, too
 * large) is renamed aside byte for byte, never deleted. A file that cannot be
 * read (no permission, an input/output error) or that a newer version wrote
 * is never written over: the changes wait in memory. When writing fails (no
 * folder, no permission, a full disk), the changes stay pending and on view,
 * the problem is told once, saving is tried again after a while and at the
 * next change, and the problem goes away (and is told again if it comes back)
 * once a save succeeds. */

/* Changes that come in a burst (a double-click, a clear) are saved together. */
#define SAVE_DELAY_MS 300
/* After a failure, how long until the next try without a new change. */
#define RETRY_SECONDS 15

typedef struct {
  char *group;
  char *key;    /* NULL: the change removes the whole group */
  char *value;  /* NULL: the change removes the key */
} Change;

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
  READ_BAD,     /* there, and not the store's: set it aside */
} ReadOutcome;

/* One visit of the worker to the disk. The main thread fills the first part,
 * the worker the rest; neither touches it while the other has it. */
typedef struct {
  const MgKeyFileStoreFormat *format;
  char                 *directory;
  char                 *path;
  char                 *aside_stamp;
  gboolean              first;
  FileStamp             known;
  char                 *base_data;
  gsize                 base_length;
  GPtrArray            *changes;

  ReadOutcome           read;
  MgStoreFailure  read_failure;
  gboolean              newer;
  char                 *aside_path;
  MgStoreFailure  aside_reason;
  gboolean              tried_write;
  gboolean              wrote;
  MgStoreFailure  write_failure;
  GError               *error;
  GKeyFile             *result;
  GKeyFile             *view;    /* a copy of the result, made by the worker for the view */
  FileStamp             stamp;
} Operation;

struct _MgKeyFileStore {
  GObject                parent_instance;

  const MgKeyFileStoreFormat *format;
  char                  *directory;
  char                  *path;
  const MgStoreClock *clock;
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

  GHashTable            *touched;  /* groups changed since the last commit */
  GFileMonitor          *monitor;

  MgStoreProblems  problems;
  MgStoreFailure   failure;
  char                  *set_aside_path;
  MgStoreFailure   set_aside_reason;
};

G_DEFINE_FINAL_TYPE (MgKeyFileStore, mg_key_file_store, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (MgStoreProblems, mg_store_problems,
                     G_DEFINE_ENUM_VALUE (MG_STORE_PROBLEM_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_STORE_PROBLEM_SET_ASIDE, "set-aside"),
                     G_DEFINE_ENUM_VALUE (MG_STORE_PROBLEM_CANNOT_SAVE, "cannot-save"),
                     G_DEFINE_ENUM_VALUE (MG_STORE_PROBLEM_CANNOT_READ, "cannot-read"),
                     G_DEFINE_ENUM_VALUE (MG_STORE_PROBLEM_NEWER_VERSION, "newer-version"))

G_DEFINE_ENUM_TYPE (MgStoreFailure, mg_store_failure,
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_NO_SPACE, "no-space"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_NO_PERMISSION, "no-permission"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_READ_ONLY, "read-only"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_OTHER, "other"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_DAMAGED, "damaged"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_NOT_A_FILE, "not-a-file"),
                    G_DEFINE_ENUM_VALUE (MG_STORE_FAILURE_TOO_LARGE, "too-large"))

enum {
  PROP_0,
  PROP_LOADED,
  PROP_PROBLEMS,
  N_PROPS
};

enum {
  CHANGED,
  GROUP_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
libc_open (const char *path,
           int         flags,
           mode_t      mode)
{
  return open (path, flags, mode);
}

static const MgKeyFileStoreFileOps libc_ops = { libc_open, write, fsync };
/* Set in the main thread, read in the worker's. */
static const MgKeyFileStoreFileOps *file_ops = &libc_ops;

static const MgKeyFileStoreFileOps *
get_file_ops (void)
{
  return g_atomic_pointer_get (&file_ops);
}

void
mg_key_file_store_set_file_ops (const MgKeyFileStoreFileOps *ops)
{
  g_atomic_pointer_set (&file_ops, ops != NULL ? ops : &libc_ops);
}

static void
change_free (Change *change)
{
  g_free (change->group);
  g_free (change->key);
  g_free (change->value);
  g_free (change);
}

static Change *
change_copy (const Change *change)
{
  Change *copy = g_new0 (Change, 1);

  copy->group = g_strdup (change->group);
  copy->key = g_strdup (change->key);
  copy->value = g_strdup (change->value);

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
  g_clear_pointer (&op->view, g_key_file_unref);
  g_free (op);
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

static const MgStoreClock local_clock = {
  local_now, add_glib_timeout, add_glib_timeout_seconds, remove_glib_timeout,
};

/* The words for what errno says went wrong, as a person can act on them. */
static MgStoreFailure
failure_from_errno (int code)
{
  switch (code) {
  case ENOSPC:
  case EDQUOT:
    return MG_STORE_FAILURE_NO_SPACE;
  case EACCES:
  case EPERM:
    return MG_STORE_FAILURE_NO_PERMISSION;
  case EROFS:
    return MG_STORE_FAILURE_READ_ONLY;
  default:
    return MG_STORE_FAILURE_OTHER;
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
is_litter (const char *file_name,
           const char *name)
{
  gsize prefix = strlen (file_name);

  if (name[0] == '.')
    name++;
  if (strncmp (name, file_name, prefix) != 0 || name[prefix] != '.' || strlen (name) != prefix + 7)
    return FALSE;
  for (const char *c = name + prefix + 1; *c != '\0'; c++) {
    if (!g_ascii_isalnum (*c))
      return FALSE;
  }

  return TRUE;
}

static void
remove_litter (const MgKeyFileStoreFormat *format,
               const char                 *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *path = NULL;

    if (!is_litter (format->file_name, name) && g_strcmp0 (name, format->old_lock_file_name) != 0)
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
      op->aside_reason = MG_STORE_FAILURE_NOT_A_FILE;
      return READ_BAD;
    }
    set_errno_error (op, code, "Cannot read", op->path);
    op->read_failure = failure_from_errno (code);
    return READ_FAILED;
  }

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode)) {
    g_close (fd, NULL);
    op->aside_reason = MG_STORE_FAILURE_NOT_A_FILE;
    return READ_BAD;
  }
  if (info.st_size > MG_STORE_MAX_FILE_SIZE) {
    g_close (fd, NULL);
    op->aside_reason = MG_STORE_FAILURE_TOO_LARGE;
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
      op->read_failure = MG_STORE_FAILURE_OTHER;
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
is_newer_version (const MgKeyFileStoreFormat *format,
                  GKeyFile                   *file)
{
  g_autofree char *value = g_key_file_get_value (file, format->header_group, "Version", NULL);
  guint64 version;

  if (value == NULL)
    return FALSE;

  g_strstrip (value);
  return !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT64, &version, NULL) ||
         version > format->version;
}

static GKeyFile *
parse_key_file (const char *contents,
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
  const MgKeyFileStoreFileOps *ops = get_file_ops ();
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

/* Sets or removes one value, or removes a group; a group left without a
 * key goes too. */
static void
apply_change (GKeyFile     *file,
              const Change *change)
{
  g_auto(GStrv) left = NULL;

  if (change->key == NULL) {
    g_key_file_remove_group (file, change->group, NULL);
  } else if (change->value != NULL) {
    g_key_file_set_value (file, change->group, change->key, change->value);
  } else {
    g_key_file_remove_key (file, change->group, change->key, NULL);
    left = g_key_file_get_keys (file, change->group, NULL, NULL);
    if (left != NULL && left[0] == NULL)
      g_key_file_remove_group (file, change->group, NULL);
  }
}

static void
add_header (const MgKeyFileStoreFormat *format,
            GKeyFile                   *file)
{
  if (g_key_file_has_group (file, format->header_group))
    return;

  g_key_file_set_integer (file, format->header_group, "Version", (int) format->version);
  g_key_file_set_comment (file, format->header_group, NULL, format->header_comment, NULL);
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
    remove_litter (op->format, op->directory);

  op->read = read_file (op, &contents, &length);
  if (op->read == READ_MISSING || op->read == READ_BAD)
    op->newer = FALSE;
  if (op->read == READ_OK) {
    base = parse_key_file (contents, length, &error);
    if (base == NULL) {
      g_message ("%s is damaged: %s", op->path, error->message);
      op->read = READ_BAD;
      op->aside_reason = MG_STORE_FAILURE_DAMAGED;
      op->newer = FALSE;
    } else {
      op->newer = is_newer_version (op->format, base);
    }
  }

  /* What the main thread holds stands in for a file that is missing, the
   * same as before, unreadable or set aside: nothing it shows is lost. */
  if (base == NULL) {
    base = parse_key_file (op->base_data, op->base_length, NULL);
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

    add_header (op->format, base);
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
        base = parse_key_file (contents, length, NULL);
      else
        base = parse_key_file (op->base_data, op->base_length, NULL);
      if (base == NULL)
        base = g_key_file_new ();
    }
  }

  op->result = g_steal_pointer (&base);
}

static GKeyFile *copy_key_file (GKeyFile *source);

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Operation *op = task_data;

  run_operation (op);
  /* Copied here, not on the main thread: two years of diary take some
   * 15 million instructions to copy, before the first frame. */
  op->view = copy_key_file (op->result);
  g_task_return_boolean (task, TRUE);
}

static void
set_problem (MgKeyFileStore         *self,
             MgStoreProblems  problem,
             gboolean               on)
{
  MgStoreProblems next = on ? self->problems | problem : self->problems & ~problem;

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

static gboolean
same_group (GKeyFile   *a,
            GKeyFile   *b,
            const char *group)
{
  g_auto(GStrv) keys_a = g_key_file_get_keys (a, group, NULL, NULL);
  g_auto(GStrv) keys_b = g_key_file_get_keys (b, group, NULL, NULL);

  if (keys_a == NULL || keys_b == NULL)
    return keys_a == keys_b;
  if (!g_strv_equal ((const char * const *) keys_a, (const char * const *) keys_b))
    return FALSE;
  for (guint i = 0; keys_a[i] != NULL; i++) {
    g_autofree char *value_a = g_key_file_get_value (a, group, keys_a[i], NULL);
    g_autofree char *value_b = g_key_file_get_value (b, group, keys_a[i], NULL);

    if (g_strcmp0 (value_a, value_b) != 0)
      return FALSE;
  }

  return TRUE;
}

/* Notes in self->touched each group that differs between @before and @after. */
static void
touch_changed_groups (MgKeyFileStore *self,
                      GKeyFile       *before,
                      GKeyFile       *after)
{
  GKeyFile *files[] = { before, after };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++) {
    g_auto(GStrv) groups = g_key_file_get_groups (files[f], NULL);

    for (guint i = 0; groups[i] != NULL; i++) {
      if (!g_hash_table_contains (self->touched, groups[i]) && !same_group (before, after, groups[i]))
        /* cppcheck-suppress leakNoVarFunctionCall ; the set owns its keys (g_free) */
        g_hash_table_add (self->touched, g_strdup (groups[i]));
    }
  }
}

/* Tells each group changed, then that something did. */
static void
emit_changes (MgKeyFileStore *self)
{
  /* The array frees the names: it has the table's free function. */
  g_autoptr(GPtrArray) groups = g_hash_table_steal_all_keys (self->touched);

  for (guint i = 0; i < groups->len; i++)
    g_signal_emit (self, signals[GROUP_CHANGED], 0, g_ptr_array_index (groups, i));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Shows the base with the pending changes on top. */
static void
rebuild_view (MgKeyFileStore *self,
              GKeyFile       *prepared)
{
  GKeyFile *old_view = self->view;
  g_autofree char *first_before = g_key_file_get_start_group (old_view);

  if (prepared != NULL && self->pending->len == 0) {
    self->view = g_key_file_ref (prepared);
  } else {
    self->view = copy_key_file (self->base);
    for (guint i = 0; i < self->pending->len; i++)
      apply_change (self->view, g_ptr_array_index (self->pending, i));
  }

  if (first_before == NULL) {
    /* From nothing, as when the file is first read: every group is new. */
    gsize n_after = 0;
    g_auto(GStrv) groups = g_key_file_get_groups (self->view, &n_after);

    /* The set takes the names; the emptied list is freed alone. */
    for (gsize i = 0; i < n_after; i++)
      g_hash_table_add (self->touched, g_steal_pointer (&groups[i]));
    if (n_after > 0)
      emit_changes (self);
  } else {
    g_autofree char *before = g_key_file_to_data (old_view, NULL, NULL);
    g_autofree char *after = g_key_file_to_data (self->view, NULL, NULL);

    if (g_strcmp0 (before, after) != 0) {
      touch_changed_groups (self, old_view, self->view);
      emit_changes (self);
    }
  }
  g_key_file_unref (old_view);
}

static GDateTime *
clock_now (MgKeyFileStore *self)
{
  return self->clock->now (self->clock_data);
}

static void
clear_timeout (MgKeyFileStore *self,
               guint         *id)
{
  if (*id != 0)
    self->clock->remove_timeout (self->clock_data, *id);
  *id = 0;
}

static void start_operation (MgKeyFileStore *self);

static void
save_cb (gpointer user_data)
{
  MgKeyFileStore *self = user_data;

  self->save_source = 0;
  start_operation (self);
}

static void
retry_cb (gpointer user_data)
{
  MgKeyFileStore *self = user_data;

  self->retry_source = 0;
  start_operation (self);
}

static void
schedule_save (MgKeyFileStore *self)
{
  clear_timeout (self, &self->save_source);
  self->save_source = self->clock->add_timeout (self->clock_data, SAVE_DELAY_MS,
                                                self->format->timeout_save, save_cb, self);
}

static void
schedule_retry (MgKeyFileStore *self)
{
  if (self->retry_source != 0)
    return;
  self->retry_source = self->clock->add_timeout_seconds (self->clock_data, RETRY_SECONDS,
                                                         self->format->timeout_retry,
                                                         retry_cb, self);
}

static void
finish_flushes (MgKeyFileStore *self)
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
new_operation (MgKeyFileStore *self)
{
  Operation *op = g_new0 (Operation, 1);
  g_autoptr(GDateTime) now = clock_now (self);

  op->format = self->format;
  op->directory = g_strdup (self->directory);
  op->path = g_strdup (self->path);
  op->aside_stamp = now != NULL ? g_date_time_format (now, "%Y%m%d-%H%M%S") : g_strdup ("later");
  op->first = !self->loaded;
  /* Until the file is read again, it is the newer version's it was. */
  op->newer = (self->problems & MG_STORE_PROBLEM_NEWER_VERSION) != 0;
  op->known = self->stamp;
  op->base_data = g_key_file_to_data (self->base, &op->base_length, NULL);
  op->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  for (guint i = 0; i < self->pending->len; i++)
    g_ptr_array_add (op->changes, change_copy (g_ptr_array_index (self->pending, i)));

  return op;
}

/* Takes in what the worker found and did. */
static void
finish_operation (MgKeyFileStore *self,
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
  rebuild_view (self, op->view);

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
    self->problems |= MG_STORE_PROBLEM_SET_ASIDE;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
  }
  set_problem (self, MG_STORE_PROBLEM_CANNOT_READ, op->read == READ_FAILED);
  set_problem (self, MG_STORE_PROBLEM_NEWER_VERSION, op->newer);
  if (op->wrote) {
    self->failure = MG_STORE_FAILURE_NONE;
    set_problem (self, MG_STORE_PROBLEM_CANNOT_SAVE, FALSE);
  } else if (failed && self->pending->len > 0) {
    self->failure = op->read == READ_FAILED ? op->read_failure : op->write_failure;
    if (self->failure == MG_STORE_FAILURE_NONE)
      self->failure = MG_STORE_FAILURE_OTHER;
    set_problem (self, MG_STORE_PROBLEM_CANNOT_SAVE, TRUE);
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
  g_autoptr(MgKeyFileStore) self = g_weak_ref_get (ref);
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
start_operation (MgKeyFileStore *self)
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
  g_task_set_name (task, self->format->task_name);
  g_task_set_task_data (task, op, (GDestroyNotify) operation_free);
  g_task_run_in_thread (task, run_in_thread);
}

static void
add_change (MgKeyFileStore *self,
            const char     *group,
            const char     *key,
            const char     *value)
{
  Change *change = g_new0 (Change, 1);

  change->group = g_strdup (group);
  change->key = g_strdup (key);
  change->value = g_strdup (value);
  g_ptr_array_add (self->pending, change);
  apply_change (self->view, change);
  /* cppcheck-suppress leakNoVarFunctionCall ; the set owns its keys (g_free) */
  g_hash_table_add (self->touched, g_strdup (group));
}

static void
reload_cb (gpointer user_data)
{
  MgKeyFileStore *self = user_data;

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
  MgKeyFileStore *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  /* An atomic write arrives as several events: look once they are over. The
   * worker reads the file only if it is not the one last read or written. */
  if (self->reload_source == 0)
    self->reload_source = self->clock->add_timeout (self->clock_data, 50,
                                                    self->format->timeout_reload,
                                                    reload_cb, self);
}

static void
watch_file (MgKeyFileStore *self)
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
mg_key_file_store_dispose (GObject *object)
{
  MgKeyFileStore *self = MG_KEY_FILE_STORE (object);

  clear_timeout (self, &self->reload_source);
  clear_timeout (self, &self->save_source);
  clear_timeout (self, &self->retry_source);
  if (self->monitor != NULL) {
    g_signal_handlers_disconnect_by_data (self->monitor, self);
    g_file_monitor_cancel (self->monitor);
    g_clear_object (&self->monitor);
  }

  G_OBJECT_CLASS (mg_key_file_store_parent_class)->dispose (object);
}

static void
mg_key_file_store_finalize (GObject *object)
{
  MgKeyFileStore *self = MG_KEY_FILE_STORE (object);

  if (self->pending->len > 0)
    g_message ("%u changes to %s were never saved", self->pending->len, self->path);

  g_free (self->directory);
  g_free (self->path);
  g_free (self->set_aside_path);
  g_clear_error (&self->last_error);
  g_clear_pointer (&self->base, g_key_file_unref);
  g_clear_pointer (&self->view, g_key_file_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (mg_key_file_store_parent_class)->finalize (object);
}

static void
mg_key_file_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MgKeyFileStore *self = MG_KEY_FILE_STORE (object);

  switch (prop_id) {
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
mg_key_file_store_class_init (MgKeyFileStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_key_file_store_dispose;
  object_class->finalize = mg_key_file_store_finalize;
  object_class->get_property = mg_key_file_store_get_property;

  /* Whether the file has been looked at once: until then the view is empty. */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The problems there are now; notified when one comes or goes, and for
   * every file set aside. */
  properties[PROP_PROBLEMS] =
    g_param_spec_flags ("problems", NULL, NULL,
                        MG_TYPE_STORE_PROBLEMS,
                        MG_STORE_PROBLEM_NONE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* One group changed, here or in another instance's file; emitted for each
   * group before "changed". */
  signals[GROUP_CHANGED] = g_signal_new ("group-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1,
                                         G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  /* Something changed: once for each commit and each file read anew. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_key_file_store_init (MgKeyFileStore *self)
{
  self->clock = &local_clock;
  self->base = g_key_file_new ();
  self->view = g_key_file_new ();
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->flushes);
}

/**
 * mg_store_clock_get_local:
 *
 * Returns: (transfer none): the local time, with GLib's timeouts
 */
const MgStoreClock *
mg_store_clock_get_local (void)
{
  return &local_clock;
}

/**
 * mg_key_file_store_new:
 * @format: the file's name, header and version, and the names of the
 *   timeouts; it must outlive the store
 * @directory: where the file lives
 * @clock: (nullable): what tells the time and wakes the store; %NULL for
 *   the local time and GLib's timeouts. It must outlive the store.
 * @clock_data: what @clock's functions get first
 *
 * Starts reading the file in a worker thread; the view is empty until
 * #MgKeyFileStore:loaded is %TRUE. Changes made before then are kept.
 */
MgKeyFileStore *
mg_key_file_store_new (const MgKeyFileStoreFormat *format,
                       const char                 *directory,
                       const MgStoreClock         *clock,
                       gpointer                    clock_data)
{
  MgKeyFileStore *self;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (MG_TYPE_KEY_FILE_STORE, NULL);
  self->format = format;
  self->directory = g_strdup (directory);
  self->path = g_build_filename (self->directory, format->file_name, NULL);
  if (clock != NULL) {
    self->clock = clock;
    self->clock_data = clock_data;
  }

  start_operation (self);
  watch_file (self);

  return self;
}

const char *
mg_key_file_store_get_path (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), NULL);

  return self->path;
}

gboolean
mg_key_file_store_get_loaded (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), FALSE);

  return self->loaded;
}

/**
 * mg_key_file_store_dup_groups:
 *
 * Returns: (transfer full): every group in the view, the header's too, in
 * the file's order
 */
GStrv
mg_key_file_store_dup_groups (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), NULL);

  return g_key_file_get_groups (self->view, NULL);
}

/**
 * mg_key_file_store_dup_keys:
 *
 * Returns: (transfer full) (nullable): the keys of @group; %NULL when there
 * is no such group
 */
GStrv
mg_key_file_store_dup_keys (MgKeyFileStore *self,
                            const char     *group)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), NULL);
  g_return_val_if_fail (group != NULL, NULL);

  return g_key_file_get_keys (self->view, group, NULL, NULL);
}

gboolean
mg_key_file_store_has_group (MgKeyFileStore *self,
                             const char     *group)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  return g_key_file_has_group (self->view, group);
}

/**
 * mg_key_file_store_dup_value:
 *
 * Returns: (transfer full) (nullable): the value as the file has it, with
 * no escapes undone
 */
char *
mg_key_file_store_dup_value (MgKeyFileStore *self,
                             const char     *group,
                             const char     *key)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), NULL);
  g_return_val_if_fail (group != NULL && key != NULL, NULL);

  return g_key_file_get_value (self->view, group, key, NULL);
}

/**
 * mg_key_file_store_set_value:
 * @value: (nullable): one line, as the file will have it; %NULL removes the
 *   key, and the group with its last key
 *
 * Shows the change at once; it is told and saved at the next
 * mg_key_file_store_commit().
 */
void
mg_key_file_store_set_value (MgKeyFileStore *self,
                             const char     *group,
                             const char     *key,
                             const char     *value)
{
  g_return_if_fail (MG_IS_KEY_FILE_STORE (self));
  g_return_if_fail (group != NULL && *group != '\0' && key != NULL && *key != '\0');
  g_return_if_fail (value == NULL || strpbrk (value, "\r\n") == NULL);

  add_change (self, group, key, value);
}

/* Removes @group and every key in it, at the next commit. */
void
mg_key_file_store_remove_group (MgKeyFileStore *self,
                                const char     *group)
{
  g_return_if_fail (MG_IS_KEY_FILE_STORE (self));
  g_return_if_fail (group != NULL && *group != '\0');

  add_change (self, group, NULL, NULL);
}

/**
 * mg_key_file_store_commit:
 *
 * After one or more changes: tells them (#MgKeyFileStore::group-changed for
 * each group, then #MgKeyFileStore::changed once) and saves them soon, in
 * one save.
 */
void
mg_key_file_store_commit (MgKeyFileStore *self)
{
  g_return_if_fail (MG_IS_KEY_FILE_STORE (self));

  emit_changes (self);
  if (!self->busy)
    schedule_save (self);
}

/**
 * mg_key_file_store_has_unsaved_changes:
 *
 * Returns: whether changes are shown that are not on disk yet
 */
gboolean
mg_key_file_store_has_unsaved_changes (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), FALSE);

  return self->pending->len > 0;
}

/**
 * mg_key_file_store_flush_async:
 *
 * Saves the pending changes now, in the worker, and calls back when none is
 * left or when saving failed. It also waits for the first read.
 */
void
mg_key_file_store_flush_async (MgKeyFileStore       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MG_IS_KEY_FILE_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mg_key_file_store_flush_async);

  if (self->loaded && !self->busy && self->pending->len == 0) {
    g_task_return_boolean (task, TRUE);
    return;
  }

  g_queue_push_tail (&self->flushes, g_steal_pointer (&task));
  start_operation (self);
}

gboolean
mg_key_file_store_flush_finish (MgKeyFileStore  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
flush_now (MgKeyFileStore  *self,
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
 * mg_key_file_store_flush_sync:
 *
 * Saves the pending changes in the calling thread, once the worker is done:
 * for the end of the app, when nothing is left to draw.
 */
gboolean
mg_key_file_store_flush_sync (MgKeyFileStore  *self,
                            GError        **error)
{
  gboolean saved;

  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), FALSE);

  /* The worker's reference may be the last: keep the store while it ends. */
  g_object_ref (self);
  saved = flush_now (self, error);
  g_object_unref (self);

  return saved;
}

/* Whether the worker has a visit to the disk that the main context has not
 * taken back yet. */
gboolean
mg_key_file_store_is_busy (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), FALSE);

  return self->busy;
}

/**
 * mg_key_file_store_get_problems:
 *
 * Returns: what stands between the person’s records and the disk now
 */
MgStoreProblems
mg_key_file_store_get_problems (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), MG_STORE_PROBLEM_NONE);

  return self->problems;
}

/**
 * mg_key_file_store_get_failure:
 *
 * Returns: why the file cannot be read or saved, while it cannot
 */
MgStoreFailure
mg_key_file_store_get_failure (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), MG_STORE_FAILURE_NONE);

  return self->failure;
}

/**
 * mg_key_file_store_get_set_aside_path:
 *
 * Returns: (nullable): where the last file that was not the store's was kept
 */
const char *
mg_key_file_store_get_set_aside_path (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), NULL);

  return self->set_aside_path;
}

/**
 * mg_key_file_store_get_set_aside_reason:
 *
 * Returns: why the last file was set aside: damaged, not a file or too large
 */
MgStoreFailure
mg_key_file_store_get_set_aside_reason (MgKeyFileStore *self)
{
  g_return_val_if_fail (MG_IS_KEY_FILE_STORE (self), MG_STORE_FAILURE_NONE);

  return self->set_aside_reason;
}
