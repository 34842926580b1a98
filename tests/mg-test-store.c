/* mg-test-store.c: waiting for the intake store's worker, without a clock
 *
 * The store reads and writes in a worker thread and hands the result to the
 * main context. These wait for that hand-over, however long the worker takes
 * on a loaded machine or under valgrind: each blocks in the main context until
 * the store's own callback has run, and no wall-clock time is involved.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* open (), write () and fsync () of POSIX.1-2008. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mg-test-clock.h"
#include "mg-intake-store-private.h"
#include "mg-test-store.h"

typedef struct {
  gboolean  done;
  gboolean  saved;
  GError   *error;
} Flush;

/* Opens the store in @directory with a test clock and waits for its first read. */
MgIntakeStore *
mg_test_store_open (const char *directory,
                    gpointer    clock)
{
  MgIntakeStore *store = mg_intake_store_new_with_clock (directory, mg_test_clock_get_store_clock (),
                                                        clock);

  mg_test_store_wait_loaded (store);
  return store;
}

void
mg_test_store_wait_loaded (MgIntakeStore *store)
{
  while (!mg_intake_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
}

/* Waits until the worker's visit to the disk, if one is under way (a save a
 * test clock's timeout started), is over and taken in. */
void
mg_test_store_wait_idle (MgIntakeStore *store)
{
  while (mg_intake_store_is_busy (store))
    g_main_context_iteration (NULL, TRUE);
}

static void
flushed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Flush *flush = user_data;

  flush->saved = mg_intake_store_flush_finish (MG_INTAKE_STORE (object), result, &flush->error);
  flush->done = TRUE;
}

/* Saves the pending changes now and waits until the worker says how it went. */
gboolean
mg_test_store_flush (MgIntakeStore  *store,
                     GError        **error)
{
  Flush flush = { FALSE, FALSE, NULL };

  mg_intake_store_flush_async (store, NULL, flushed_cb, &flush);
  while (!flush.done)
    g_main_context_iteration (NULL, TRUE);

  if (flush.error != NULL)
    g_propagate_error (error, flush.error);
  return flush.saved;
}

void
mg_test_file_store_wait_loaded (MgKeyFileStore *store)
{
  while (!mg_key_file_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
}

static void
file_store_flushed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  Flush *flush = user_data;

  flush->saved = mg_key_file_store_flush_finish (MG_KEY_FILE_STORE (object), result, &flush->error);
  flush->done = TRUE;
}

/* Saves the pending changes now and waits until the worker says how it went. */
gboolean
mg_test_file_store_flush (MgKeyFileStore  *store,
                          GError         **error)
{
  Flush flush = { FALSE, FALSE, NULL };

  mg_key_file_store_flush_async (store, NULL, file_store_flushed_cb, &flush);
  while (!flush.done)
    g_main_context_iteration (NULL, TRUE);

  if (flush.error != NULL)
    g_propagate_error (error, flush.error);
  return flush.saved;
}

/* Writes @contents as the file @name in @directory, as another program
 * or a damaged disk would have left it. */
void
mg_test_write_file (const char *directory,
                    const char *name,
                    const char *contents,
                    gssize      length)
{
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Removes @path, a folder of files such as a test's own data folder. */
void
mg_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (path, name, NULL);

    g_assert_cmpint (g_remove (child), ==, 0);
  }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* A disk that takes as long to sync as the test wants: the worker's fsync
 * waits until the test lets it go. Were it called on the main thread, it
 * notes that and returns at once, so a test fails instead of hanging. */
static struct {
  GMutex   lock;
  GCond    cond;
  gboolean holding;
  gboolean in_fsync;
  gboolean on_main_thread;
  GThread *main_thread;
} held_disk;

static int
plain_open (const char *path,
            int         flags,
            mode_t      mode)
{
  return open (path, flags, mode);
}

static int
held_fsync (int fd)
{
  if (g_thread_self () == held_disk.main_thread) {
    held_disk.on_main_thread = TRUE;
    return fsync (fd);
  }

  g_mutex_lock (&held_disk.lock);
  held_disk.in_fsync = TRUE;
  g_cond_broadcast (&held_disk.cond);
  while (held_disk.holding)
    g_cond_wait (&held_disk.cond, &held_disk.lock);
  held_disk.in_fsync = FALSE;
  g_mutex_unlock (&held_disk.lock);

  return fsync (fd);
}

static const MgIntakeStoreFileOps held_ops = { plain_open, write, held_fsync };

/* From now on the store's saves stop inside fsync until mg_test_disk_release (). */
void
mg_test_disk_hold (void)
{
  held_disk.main_thread = g_thread_self ();
  held_disk.on_main_thread = FALSE;
  held_disk.holding = TRUE;
  mg_intake_store_set_file_ops (&held_ops);
}

/* Waits until a worker is inside fsync. Returns %FALSE if fsync ran on the
 * main thread instead. */
gboolean
mg_test_disk_wait_held (void)
{
  g_mutex_lock (&held_disk.lock);
  while (!held_disk.in_fsync && !held_disk.on_main_thread)
    g_cond_wait (&held_disk.cond, &held_disk.lock);
  g_mutex_unlock (&held_disk.lock);

  return !held_disk.on_main_thread;
}

/* Lets the worker held inside fsync go on; it must still be there. The
 * store keeps the held disk's calls until the test puts in others. */
void
mg_test_disk_release (void)
{
  g_mutex_lock (&held_disk.lock);
  g_assert_true (held_disk.in_fsync);
  held_disk.holding = FALSE;
  g_cond_broadcast (&held_disk.cond);
  g_mutex_unlock (&held_disk.lock);
}

gboolean
mg_test_disk_synced_on_main_thread (void)
{
  return held_disk.on_main_thread;
}

/**
 * mg_test_store_real_dir:
 * @prefix: the start of the folder's name
 *
 * Saves to memory (a tmpfs /tmp) end too fast for a kill to land in one:
 * a new folder in the build directory, where a save is a real write and
 * fsync.
 *
 * Returns: (transfer full): the folder's path
 */
char *
mg_test_store_real_dir (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                 template, NULL);

  g_assert_nonnull (g_mkdtemp (path));
  return path;
}

/* A temporary file a killed save left beside @file_name. */
static gboolean
has_torn_write (const char *directory,
                const char *file_name)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  g_autofree char *prefix = g_strconcat (".", file_name, ".", NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    if (g_str_has_prefix (name, prefix) && strlen (name) == strlen (prefix) + strlen ("XXXXXX"))
      return TRUE;
  }

  return FALSE;
}

/**
 * mg_test_store_kill_writers:
 * @directory: where the writer saves
 * @file_name: the store's file name in @directory
 * @rounds: how many writers to kill
 * @seed: for the moments of the kills
 * @check: asserts that the file is whole, the old one or the new one
 * @data: for @check
 *
 * Starts this test program with `--write-for-ever DIRECTORY`, which prints
 * "saving" and saves without pause, and kills it 0–40 ms after, @rounds
 * times; after each kill, before any store opens the folder (which clears
 * what a crash left), notes whether a save was torn, then calls @check.
 *
 * Returns: whether any kill landed in the middle of a save
 */
gboolean
mg_test_store_kill_writers (const char       *directory,
                            const char       *file_name,
                            guint             rounds,
                            guint32           seed,
                            MgTestStoreCheck  check,
                            gpointer          data)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  gboolean torn = FALSE;

  g_assert_nonnull (self_path);
  for (guint round = 0; round < rounds; round++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(GSubprocess) writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                                      self_path, "--write-for-ever", directory, NULL);
    g_autoptr(GDataInputStream) output = NULL;
    g_autofree char *line = NULL;

    g_assert_no_error (error);
    output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (writer));
    line = g_data_input_stream_read_line (output, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (line, ==, "saving");
    g_usleep ((gulong) g_rand_int_range (rand, 0, 40 * 1000));
    g_subprocess_force_exit (writer);
    g_subprocess_wait (writer, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (g_subprocess_get_if_exited (writer));

    torn = has_torn_write (directory, file_name) || torn;
    check (data);
  }

  g_test_message ("%u kills", rounds);
  return torn;
}
