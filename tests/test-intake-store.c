/* test-intake-store.c: the days on disk, and that nothing is lost
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* mkfifo (), symlink (), lstat () and fsync () of POSIX.1-2008. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mg-date.h"
#include "mg-foods.h"
#include "mg-intake-store-private.h"
#include "mg-test-clock.h"
#include "mg-test-store.h"

/* The store's timeouts, which the test clock runs when it is moved. */
#define SAVE MG_INTAKE_STORE_TIMEOUT_SAVE
#define RETRY MG_INTAKE_STORE_TIMEOUT_RETRY
#define RELOAD MG_INTAKE_STORE_TIMEOUT_RELOAD

typedef struct {
  char        *dir;
  MgTestClock *clock;
} Fixture;

static MgIntakeStore *
open_store (Fixture *fixture)
{
  return mg_test_store_open (fixture->dir, fixture->clock);
}

/* Saves what is pending, checks that it was saved and lets the store go. */
static void
close_store (MgIntakeStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (mg_test_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (mg_intake_store_has_unsaved_changes (store));
  g_assert_finalize_object (store);
}

/* What the file calls fail with, and when, for the tests that play a full
 * disk, a permission root would not meet, or a slow disk. */
static struct {
  const char *deny_path;  /* open () of it fails with EACCES */
  gboolean    disk_full;  /* write () fails with ENOSPC */
  guint       fsyncs;
} fs;

static int
test_open (const char *path,
           int         flags,
           mode_t      mode)
{
  if (fs.deny_path != NULL && strcmp (path, fs.deny_path) == 0) {
    errno = EACCES;
    return -1;
  }
  return open (path, flags, mode);
}

static ssize_t
test_write (int         fd,
            const void *buffer,
            size_t      count)
{
  if (fs.disk_full) {
    errno = ENOSPC;
    return -1;
  }
  return write (fd, buffer, count);
}

static int
test_fsync (int fd)
{
  fs.fsyncs++;
  return fsync (fd);
}

static const MgIntakeStoreFileOps test_ops = { test_open, test_write, test_fsync };

static char *
data_path (Fixture *fixture)
{
  return g_build_filename (fixture->dir, MG_INTAKE_STORE_FILE_NAME, NULL);
}

static void
write_data (Fixture    *fixture,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = data_path (fixture);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (path, name, NULL);

    if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
      remove_tree (child);
    else
      g_assert_cmpint (g_remove (child), ==, 0);
  }

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mg-intake-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = mg_test_clock_new ("2026-11-22T12:00:00");
  memset (&fs, 0, sizeof fs);
  mg_intake_store_set_file_ops (&test_ops);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mg_intake_store_set_file_ops (NULL);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_clear_pointer (&fixture->clock, mg_test_clock_free);
}

static void
set_flag_cb (gpointer  instance,
             gpointer  data_or_pspec,
             gboolean *flag)
{
  *flag = TRUE;
}

static void
count_cb (gpointer  instance,
          gpointer  pspec,
          guint    *count)
{
  (*count)++;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  g_autofree char *path = data_path (fixture);
  g_autoptr(GHashTable) day = NULL;
  GStatBuf info;

  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-22");
  g_assert_cmpstr (mg_intake_store_get_path (store), ==, path);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  /* Nothing is written before there is something to keep. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mg_intake_store_set_servings (store, "2026-11-22", "pumpkin-seeds", 1.5);
  mg_intake_store_set_servings (store, "2026-11-22", "spinach", 1);
  mg_intake_store_set_servings (store, "2026-11-22", "tuna", 0.5);
  mg_intake_store_set_servings (store, "2026-11-21", "banana", 2);
  mg_intake_store_set_servings (store, "2026-11-22", "tuna", 0);
  close_store (store);

  /* Health data: for the person’s eyes only. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "pumpkin-seeds"), ==, 1.5);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "spinach"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "tuna"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-21", "banana"), ==, 2);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 234 + 78);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-21"), ==, 64);

  day = mg_intake_store_dup_day (store, "2026-11-22");
  g_assert_cmpuint (g_hash_table_size (day), ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (day, "pumpkin-seeds")), ==, 3);
  close_store (store);
}

static void
test_servings_rounded (Fixture       *fixture,
                       gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);

  /* Only half servings exist: whatever a caller passes is rounded to one. */
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1.3);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 1.5);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", MG_FOOD_MAX_SERVINGS);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==,
                     MG_FOOD_MAX_SERVINGS);
  close_store (store);
}

static void
test_last_days (Fixture       *fixture,
                gconstpointer  data)
{
  MgIntakeStore *store;
  g_auto(GStrv) days = NULL;

  mg_test_clock_set (fixture->clock, "2026-03-02T08:00:00");
  store = open_store (fixture);
  days = mg_intake_store_dup_last_days (store, 7);

  g_assert_cmpuint (g_strv_length (days), ==, 7);
  g_assert_cmpstr (days[0], ==, "2026-02-24");
  g_assert_cmpstr (days[4], ==, "2026-02-28");
  g_assert_cmpstr (days[5], ==, "2026-03-01");
  g_assert_cmpstr (days[6], ==, "2026-03-02");
  close_store (store);
}

static void
test_midnight (Fixture       *fixture,
               gconstpointer  data)
{
  MgIntakeStore *store;
  gboolean rolled = FALSE;

  /* 23:59:59.8 local is 22:59 UTC: the day is the local one. */
  mg_test_clock_set (fixture->clock, "2026-11-22T23:59:59.800");
  store = open_store (fixture);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-22");
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);
  g_signal_connect (store, "notify::today", G_CALLBACK (set_flag_cb), &rolled);

  /* The store wakes at midnight by itself. */
  mg_test_clock_jump (fixture->clock, "2026-11-23T00:00:00.100");
  g_assert_true (rolled);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-23");

  /* A new day starts empty; the day before is kept. */
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-23"), ==, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  close_store (store);

  /* 00:30 local is still the day before in UTC. */
  mg_test_clock_set (fixture->clock, "2026-11-24T00:30:00");
  store = open_store (fixture);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "2026-11-24");
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  close_store (store);
}

static void check_set_aside (MgIntakeStore *store,
                             const char    *original,
                             gsize          length);

/* Writes a file of @n_days days before @last, each with one food. */
static void
write_history (Fixture    *fixture,
               const char *last,
               guint       n_days)
{
  g_autoptr(GString) contents = g_string_new ("[Food Checklist]\nVersion=1\n");

  for (guint i = 0; i < n_days; i++) {
    g_autofree char *day = mg_date_add_days (last, -(int) i);

    g_string_append_printf (contents, "[%s]\nspinach=1\n", day);
  }
  write_data (fixture, contents->str, (gssize) contents->len);
}

static guint
count_days (MgIntakeStore *store)
{
  g_auto(GStrv) days = mg_intake_store_dup_days (store);

  return g_strv_length (days);
}

/* The clock a year ahead, then back, then in 1972: no day is ever lost. */
static void
test_clock_jumps (Fixture       *fixture,
                  gconstpointer  data)
{
  MgIntakeStore *store;

  write_history (fixture, "2026-11-22", 60);
  mg_test_clock_set (fixture->clock, "2027-12-06T09:00:00");
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 60);
  mg_intake_store_set_servings (store, mg_intake_store_get_today (store), "kale", 1);
  close_store (store);

  mg_test_clock_set (fixture->clock, "1972-03-03T09:00:00");
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 61);
  mg_intake_store_set_servings (store, "1972-03-03", "kale", 1);
  close_store (store);

  mg_test_clock_set (fixture->clock, "2026-11-23T09:00:00");
  store = open_store (fixture);
  mg_intake_store_set_servings (store, "2026-11-23", "kale", 1);
  close_store (store);
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 63);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-09-24", "spinach"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "1972-03-03", "kale"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2027-12-06", "kale"), ==, 1);
  close_store (store);
}

/* Ten years of days stay, and a tick saves them all. */
static void
test_years (Fixture       *fixture,
            gconstpointer  data)
{
  MgIntakeStore *store;

  write_history (fixture, "2026-11-22", 3650);
  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 3650);
  mg_intake_store_set_servings (store, "2026-11-22", "kale", 1);
  close_store (store);

  store = open_store (fixture);
  g_assert_cmpuint (count_days (store), ==, 3650);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2016-11-25"), ==, 78);
  close_store (store);
}

static GDateTime *
no_time_cb (gpointer user_data)
{
  return NULL;
}

/* Past 9999-12-31 GLib has no time: the store keeps its day and goes on,
 * with no critical (the tests make criticals fatal). */
static void
test_no_time (Fixture       *fixture,
              gconstpointer  data)
{
  MgIntakeStoreClock no_time = *mg_test_clock_get_store_clock ();
  MgIntakeStore *store;

  /* Its timeouts are still the test clock's. */
  no_time.now = no_time_cb;
  store = mg_intake_store_new_with_clock (fixture->dir, &no_time, fixture->clock);
  mg_test_store_wait_loaded (store);
  g_assert_cmpstr (mg_intake_store_get_today (store), ==, "9999-12-31");
  mg_intake_store_set_servings (store, mg_intake_store_get_today (store), "kale", 1);
  close_store (store);
}

static guint
count_litter (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL) {
    if (g_str_has_prefix (name, "." MG_INTAKE_STORE_FILE_NAME ".") &&
        strlen (name) == strlen ("." MG_INTAKE_STORE_FILE_NAME ".XXXXXX"))
      n++;
  }

  return n;
}

/* A full disk: the old file stays whole, no temporary file is left, the
 * person is told, the tick is kept and saved once there is space; a second
 * full disk is told again. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  MgIntakeStore *store = open_store (fixture);
  guint notified = 0;

  mg_intake_store_set_servings (store, "2026-11-22", "spinach", 1);
  g_assert_true (mg_test_store_flush (store, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_signal_connect (store, "notify::problems", G_CALLBACK (count_cb), &notified);

  fs.disk_full = TRUE;
  mg_intake_store_set_servings (store, "2026-11-22", "swiss-chard", 1);
  g_assert_false (mg_test_store_flush (store, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_intake_store_get_failure (store), ==, MG_INTAKE_STORE_FAILURE_NO_SPACE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_litter (fixture), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "swiss-chard"), ==, 1);

  /* Space again: the next try saves, and the problem goes. */
  fs.disk_full = FALSE;
  g_assert_true (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (notified, ==, 2);

  /* Full a second time: told again. At the end, the quit's own flush says
   * it could not save. */
  fs.disk_full = TRUE;
  mg_intake_store_set_servings (store, "2026-11-22", "spinach", 1.5);
  g_assert_false (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (notified, ==, 3);
  g_clear_error (&error);
  g_assert_false (mg_intake_store_flush_sync (store, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  fs.disk_full = FALSE;
  g_assert_true (mg_intake_store_flush_sync (store, NULL));
  g_assert_finalize_object (store);

  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "swiss-chard"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "spinach"), ==, 1.5);
  close_store (store);
}

/* The file is there and may not be read: it is not called damaged, not set
 * aside and never written over; once it can be read, the ticks join it. */
static void
test_cannot_read (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  const char contents[] = "[2026-11-21]\nalmonds=1\n";
  g_autofree char *after = NULL;
  MgIntakeStore *store;

  write_data (fixture, contents, -1);
  fs.deny_path = path;
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_READ);
  g_assert_null (mg_intake_store_get_set_aside_path (store));

  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_false (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==,
                    MG_INTAKE_STORE_PROBLEM_CANNOT_READ | MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_intake_store_get_failure (store), ==, MG_INTAKE_STORE_FAILURE_NO_PERMISSION);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  fs.deny_path = NULL;
  g_assert_true (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-21"), ==, 80);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 74);
  close_store (store);
}

static void
check_set_aside_as (Fixture              *fixture,
                    MgIntakeStoreFailure  reason)
{
  MgIntakeStore *store = open_store (fixture);
  g_autofree char *path = data_path (fixture);
  GStatBuf info;

  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
  g_assert_cmpint (mg_intake_store_get_set_aside_reason (store), ==, reason);
  g_assert_cmpint (g_lstat (mg_intake_store_get_set_aside_path (store), &info), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  close_store (store);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK));
}

/* A pipe where the file should be: read without blocking, set aside. */
static void
test_fifo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  check_set_aside_as (fixture, MG_INTAKE_STORE_FAILURE_NOT_A_FILE);
}

/* A link to a device that never ends: the link is set aside, unread. */
static void
test_device (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);

  g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  check_set_aside_as (fixture, MG_INTAKE_STORE_FAILURE_NOT_A_FILE);
}

/* A file past the size limit (sparse: it takes no disk) is set aside unread. */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  int fd = g_open (path, O_WRONLY | O_CREAT, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, MG_INTAKE_STORE_MAX_FILE_SIZE + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  check_set_aside_as (fixture, MG_INTAKE_STORE_FAILURE_TOO_LARGE);
}

/* A NUL inside a value: damaged, and kept aside with the bytes after it. */
static void
test_nul (Fixture       *fixture,
          gconstpointer  data)
{
  const char damaged[] = "[2026-11-22]\nalmonds=2\0hidden\n";
  MgIntakeStore *store;

  write_data (fixture, damaged, sizeof damaged - 1);
  store = open_store (fixture);
  check_set_aside (store, damaged, sizeof damaged - 1);
  g_assert_cmpint (mg_intake_store_get_set_aside_reason (store), ==, MG_INTAKE_STORE_FAILURE_DAMAGED);
  close_store (store);
}

/* A newer version's file is shown, never written over. */
static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  const char newer[] = "[Food Checklist]\nVersion=2\n[2026-11-22]\nalmonds=1\n";
  g_autofree char *path = data_path (fixture);
  g_autofree char *after = NULL;
  MgIntakeStore *store;

  write_data (fixture, newer, -1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NEWER_VERSION);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_false (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80 + 74);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, newer);
  g_assert_finalize_object (store);
}

/* Temporary files a crash left, and the old lock file, go at the start;
 * files set aside stay. */
static void
test_litter_removed (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *names[] = { MG_INTAKE_STORE_FILE_NAME ".Ab12Cd", "." MG_INTAKE_STORE_FILE_NAME ".zzzzzz",
                          "food-checklist.lock" };
  g_autofree char *kept = g_build_filename (fixture->dir, MG_INTAKE_STORE_FILE_NAME ".damaged-20261122-120000", NULL);
  MgIntakeStore *store;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
    g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);

    g_assert_true (g_file_set_contents (path, "[2026", -1, NULL));
  }
  g_assert_true (g_file_set_contents (kept, "[2026", -1, NULL));

  store = open_store (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
    g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);

    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  close_store (store);
}

/* Changes show at once and are saved later, in the worker: the main
 * thread never waits for the disk. While the worker's fsync is held, the
 * main context keeps turning and the store keeps taking changes. */
static gboolean
count_idle_cb (gpointer user_data)
{
  guint *turns = user_data;

  (*turns)++;
  return G_SOURCE_CONTINUE;
}

static void
test_never_blocks (Fixture       *fixture,
                   gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  guint turns = 0;
  guint idle;

  mg_test_disk_hold ();
  mg_intake_store_set_servings (store, "2026-11-22", "kale", 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "kale"), ==, 1);
  mg_intake_store_flush_async (store, NULL, NULL, NULL);

  /* The worker is now inside fsync, and stays there until let go. */
  g_assert_true (mg_test_disk_wait_held ());

  idle = g_idle_add (count_idle_cb, &turns);
  while (turns < 100)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (idle);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1);
  g_assert_true (mg_intake_store_has_unsaved_changes (store));

  mg_test_disk_release ();

  mg_intake_store_set_file_ops (&test_ops);
  close_store (store);
  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "kale"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 1);
  close_store (store);
}

/* A burst of ticks is one save, with one fsync of the file. */
static void
test_burst_one_save (Fixture       *fixture,
                     gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);

  for (guint i = 0; i < mg_foods_get_n_foods (); i++)
    mg_intake_store_set_servings (store, "2026-11-22", mg_foods_get_food (i)->id, 1);
  g_assert_cmpuint (fs.fsyncs, ==, 0);
  close_store (store);
  g_assert_cmpuint (fs.fsyncs, ==, 1);
}

/* A tick is saved by itself, 300 ms after the last tick of a burst, and
 * not before. */
static void
test_save_after_delay (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  MgIntakeStore *store = open_store (fixture);

  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, SAVE), ==, -1);
  mg_intake_store_set_servings (store, "2026-11-22", "kale", 1);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, SAVE), ==, 300 * G_TIME_SPAN_MILLISECOND);

  /* Each tick puts the save off again. */
  mg_test_clock_advance (fixture->clock, 200 * G_TIME_SPAN_MILLISECOND);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1);
  mg_test_clock_advance (fixture->clock, 299 * G_TIME_SPAN_MILLISECOND);
  g_assert_false (mg_intake_store_is_busy (store));
  g_assert_cmpuint (fs.fsyncs, ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  mg_test_clock_advance (fixture->clock, 1 * G_TIME_SPAN_MILLISECOND);
  g_assert_true (mg_intake_store_is_busy (store));
  mg_test_store_wait_idle (store);
  g_assert_false (mg_intake_store_has_unsaved_changes (store));
  g_assert_cmpuint (fs.fsyncs, ==, 1);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, SAVE), ==, -1);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, RETRY), ==, -1);
  close_store (store);
  g_assert_cmpuint (fs.fsyncs, ==, 1);

  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "kale"), ==, 1);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 1);
  close_store (store);
}

/* A save that failed is tried again 15 s later with no new tick, told once
 * while it keeps failing, and saved once there is space. */
static void
test_retry (Fixture       *fixture,
            gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  guint notified = 0;

  g_signal_connect (store, "notify::problems", G_CALLBACK (count_cb), &notified);
  fs.disk_full = TRUE;
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);
  mg_test_clock_advance (fixture->clock, 300 * G_TIME_SPAN_MILLISECOND);
  mg_test_store_wait_idle (store);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_intake_store_get_failure (store), ==, MG_INTAKE_STORE_FAILURE_NO_SPACE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, RETRY), ==, 15 * G_TIME_SPAN_SECOND);

  /* Still full: tried, not told again, and to be tried again. */
  mg_test_clock_advance (fixture->clock, 15 * G_TIME_SPAN_SECOND);
  g_assert_true (mg_intake_store_is_busy (store));
  mg_test_store_wait_idle (store);
  g_assert_true (mg_intake_store_has_unsaved_changes (store));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, RETRY), ==, 15 * G_TIME_SPAN_SECOND);

  /* Space again: the next try saves, and the problem goes. */
  fs.disk_full = FALSE;
  mg_test_clock_advance (fixture->clock, 15 * G_TIME_SPAN_SECOND - 1);
  g_assert_false (mg_intake_store_is_busy (store));
  mg_test_clock_advance (fixture->clock, 1);
  mg_test_store_wait_idle (store);
  g_assert_false (mg_intake_store_has_unsaved_changes (store));
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (mg_test_clock_due_in (fixture->clock, RETRY), ==, -1);
  close_store (store);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80);
  close_store (store);
}

static void
check_set_aside (MgIntakeStore *store,
                 const char    *original,
                 gsize          length)
{
  const char *aside = mg_intake_store_get_set_aside_path (store);
  g_autofree char *contents = NULL;
  gsize aside_length;

  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, mg_intake_store_get_path (store)));
  g_assert_true (g_file_get_contents (aside, &contents, &aside_length, NULL));
  g_assert_cmpmem (contents, aside_length, original, length);
}

static void
test_corrupt_set_aside (Fixture       *fixture,
                        gconstpointer  data)
{
  const char damaged[] = "[2026-11-22]\npumpkin-seeds=1\n[broken\n\x01\x02";
  MgIntakeStore *store;

  write_data (fixture, damaged, sizeof damaged);
  store = open_store (fixture);

  /* It starts, keeps the bad file aside with every byte, and starts afresh. */
  check_set_aside (store, damaged, sizeof damaged);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  close_store (store);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 74);
  close_store (store);
}

static void
test_second_corrupt_kept_too (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) asides = g_ptr_array_new_with_free_func (g_free);

  /* The same second, twice: the first damaged file is not overwritten. */
  for (guint i = 0; i < 2; i++) {
    g_autofree char *damaged = g_strdup_printf ("[unclosed %u", i);
    MgIntakeStore *store;

    write_data (fixture, damaged, -1);
    store = open_store (fixture);
    check_set_aside (store, damaged, strlen (damaged));
    g_ptr_array_add (asides, g_strdup (mg_intake_store_get_set_aside_path (store)));
    close_store (store);
  }

  g_assert_cmpstr (g_ptr_array_index (asides, 0), !=, g_ptr_array_index (asides, 1));
}

static void
test_unreadable_set_aside (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = data_path (fixture);
  MgIntakeStore *store;

  /* Something that is no file at all, where the file should be. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
  g_assert_true (g_file_test (mg_intake_store_get_set_aside_path (store), G_FILE_TEST_IS_DIR));

  g_assert_cmpint (mg_intake_store_get_set_aside_reason (store), ==, MG_INTAKE_STORE_FAILURE_NOT_A_FILE);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_true (mg_test_store_flush (store, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  close_store (store);
}

static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  const char newer[] =
    "[Food Checklist]\nVersion=1\nUnits=metric\n"
    "[2026-11-22]\nquinoa=2\nbanana=1\nspinach=lots\nkale=-1\nmilk=99\nmilk-2=nan\n"
    "[Settings]\nColour=green\n";
  const struct { const char *group, *key, *value; } kept[] = {
    { "2026-11-22", "quinoa", "2" }, { "2026-11-22", "spinach", "lots" },
    { "2026-11-22", "banana", "1.5" }, { "Settings", "Colour", "green" },
    { "Food Checklist", "Version", "1" }, { "Food Checklist", "Units", "metric" },
  };
  MgIntakeStore *store;
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = data_path (fixture);

  write_data (fixture, newer, -1);
  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);

  /* What this version cannot use counts for nothing... */
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 32);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "spinach"), ==, 0);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "milk"), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "banana", 1.5);
  close_store (store);

  /* ...and is kept as it was, for the version that wrote it. */
  g_assert_true (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++) {
    g_autofree char *value = g_key_file_get_value (file, kept[i].group, kept[i].key, NULL);

    g_assert_cmpstr (value, ==, kept[i].value);
  }
}

static char *
sample_file (Fixture *fixture)
{
  MgIntakeStore *store = open_store (fixture);
  g_autofree char *path = data_path (fixture);
  char *contents = NULL;

  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    const MgFood *food = mg_foods_get_food (i);

    mg_intake_store_set_servings (store, "2026-11-22", food->id, (i % 4 + 1) / 2.0);
    mg_intake_store_set_servings (store, "2026-11-20", food->id, 1);
  }
  close_store (store);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_remove (path), ==, 0);

  return contents;
}

/* Random bytes, truncated and mangled files: never a crash, never a wrong
 * number, and the store always goes on. */
static void
test_fuzz (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *sample = sample_file (fixture);
  gsize sample_length = strlen (sample);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint round = 0; round < 300; round++) {
    g_autofree char *input = g_malloc (MAX (sample_length, 1024));
    gsize length;
    MgIntakeStore *store;
    g_autoptr(GHashTable) day = NULL;
    g_auto(GStrv) days = NULL;

    switch (round % 3) {
    case 0:  /* noise */
      length = (gsize) g_rand_int_range (rand, 0, 1024);
      for (gsize i = 0; i < length; i++)
        input[i] = (char) g_rand_int_range (rand, 0, 256);
      break;
    case 1:  /* cut short, as a torn write would */
      length = (gsize) g_rand_int_range (rand, 0, (gint32) sample_length);
      memcpy (input, sample, length);
      break;
    default:  /* a few bytes changed */
      length = sample_length;
      memcpy (input, sample, length);
      for (guint i = 0; i < 4; i++)
        input[g_rand_int_range (rand, 0, (gint32) length)] = (char) g_rand_int_range (rand, 0, 256);
    }

    write_data (fixture, input, (gssize) length);
    store = open_store (fixture);
    g_assert_cmpuint (mg_intake_store_get_problems (store) & ~(MG_INTAKE_STORE_PROBLEM_SET_ASIDE |
                                                               MG_INTAKE_STORE_PROBLEM_NEWER_VERSION), ==, 0);

    days = mg_intake_store_dup_last_days (store, 7);
    for (guint i = 0; days[i] != NULL; i++)
      g_assert_cmpuint (mg_intake_store_get_total_mg (store, days[i]), <=, 20 * 156 * 24);
    day = mg_intake_store_dup_day (store, "2026-11-22");
    g_assert_cmpuint (g_hash_table_size (day), <=, mg_foods_get_n_foods ());

    mg_intake_store_set_servings (store, "2026-11-22", "lentils", 2.5);
    g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "lentils"), ==, 2.5);
    /* A mangled "Version=1" may read as a newer version: that file is kept. */
    if (mg_intake_store_get_problems (store) & MG_INTAKE_STORE_PROBLEM_NEWER_VERSION) {
      g_assert_false (mg_test_store_flush (store, NULL));
      g_assert_finalize_object (store);
    } else {
      close_store (store);
    }

    remove_tree (fixture->dir);
    g_assert_cmpint (g_mkdir (fixture->dir, 0700), ==, 0);
  }
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "a-file", NULL);
  g_autofree char *inside = g_build_filename (blocker, "magnesium-guide", NULL);
  g_autoptr(GError) error = NULL;
  MgIntakeStore *store;
  guint notified = 0;

  /* A directory that cannot be made, as root too: its parent is a file. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  store = mg_test_store_open (inside, fixture->clock);
  g_signal_connect (store, "notify::problems", G_CALLBACK (count_cb), &notified);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);

  /* It keeps working for the session, and says so once. */
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);
  g_assert_false (mg_test_store_flush (store, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpint (mg_intake_store_get_failure (store), ==, MG_INTAKE_STORE_FAILURE_OTHER);
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 2);
  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 0.5);
  g_assert_false (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 40 + 148);
  g_assert_true (mg_intake_store_has_unsaved_changes (store));
  g_assert_false (mg_intake_store_flush_sync (store, NULL));
  g_assert_finalize_object (store);
}

static void
test_disk_lost_and_back (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *away = g_strconcat (fixture->dir, ".away", NULL);
  MgIntakeStore *store = open_store (fixture);

  mg_intake_store_set_servings (store, "2026-11-22", "almonds", 1);

  /* The directory goes away under the running store, as a full or gone
   * disk would: the changes wait in memory... */
  g_assert_cmpint (g_rename (fixture->dir, away), ==, 0);
  g_assert_true (g_file_set_contents (fixture->dir, "", 0, NULL));
  mg_intake_store_set_servings (store, "2026-11-22", "cashews", 1);
  g_assert_false (mg_test_store_flush (store, NULL));
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80 + 74);

  /* ...and are all saved at the next change once it is back. */
  g_assert_cmpint (g_remove (fixture->dir), ==, 0);
  g_assert_cmpint (g_rename (away, fixture->dir), ==, 0);
  mg_intake_store_set_servings (store, "2026-11-22", "peanuts", 1);
  close_store (store);

  store = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 80 + 74 + 63);
  close_store (store);
}

static void
test_two_stores (Fixture       *fixture,
                 gconstpointer  data)
{
  MgIntakeStore *first = open_store (fixture);
  MgIntakeStore *second = open_store (fixture);
  MgIntakeStore *third;
  gboolean second_saw = FALSE;

  mg_intake_store_set_servings (first, "2026-11-22", "pumpkin-seeds", 1);
  mg_intake_store_set_servings (second, "2026-11-22", "spinach", 1);
  mg_intake_store_set_servings (first, "2026-11-22", "almonds", 1);
  mg_intake_store_clear_day (second, "2026-11-21");

  /* Each save adds to what the other saved. */
  g_assert_true (mg_test_store_flush (first, NULL));
  g_assert_true (mg_test_store_flush (second, NULL));
  g_assert_cmpuint (mg_intake_store_get_total_mg (second, "2026-11-22"), ==, 156 + 78 + 80);
  third = open_store (fixture);
  g_assert_cmpuint (mg_intake_store_get_total_mg (third, "2026-11-22"), ==, 156 + 78 + 80);
  close_store (third);

  /* And the other window shows it without a change of its own. */
  g_signal_connect (second, "changed", G_CALLBACK (set_flag_cb), &second_saw);
  mg_intake_store_set_servings (first, "2026-11-22", "banana", 1);
  g_assert_true (mg_test_store_flush (first, NULL));
  /* The file monitor tells the second store, which looks a moment later,
   * once the events of the save are over; it reads in its worker. Each
   * iteration of the main context waits for an event sure to come: the
   * bound is on their number, not on time. */
  for (guint i = 0; i < 10000 && !second_saw; i++) {
    if (mg_test_clock_due_in (fixture->clock, RELOAD) >= 0)
      mg_test_clock_advance (fixture->clock, 50 * 1000);
    else
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_true (second_saw);
  g_assert_cmpfloat (mg_intake_store_get_servings (second, "2026-11-22", "banana"), ==, 1);

  close_store (first);
  close_store (second);
}

static void
test_clear_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  MgIntakeStore *store = open_store (fixture);
  g_autoptr(GHashTable) before = NULL;
  guint changes = 0;

  mg_intake_store_set_servings (store, "2026-11-22", "kale", 3);
  mg_intake_store_set_servings (store, "2026-11-22", "milk", 1);
  mg_intake_store_set_servings (store, "2026-11-21", "milk", 1);
  g_signal_connect (store, "changed", G_CALLBACK (count_cb), &changes);

  before = mg_intake_store_dup_day (store, "2026-11-22");
  mg_intake_store_clear_day (store, "2026-11-22");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 0);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-21"), ==, 24);

  mg_intake_store_merge_day (store, "2026-11-22", before);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (mg_intake_store_get_total_mg (store, "2026-11-22"), ==, 21 + 24);
  close_store (store);

  store = open_store (fixture);
  g_assert_cmpfloat (mg_intake_store_get_servings (store, "2026-11-22", "kale"), ==, 3);
  close_store (store);
}

/* The writer of the crash test: saves whole days for ever, until killed. */
static int
write_for_ever (const char *dir)
{
  g_autoptr(MgIntakeStore) store = mg_intake_store_new (dir);
  g_autoptr(GHashTable) day = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint round = 0; ; round++) {
    for (guint i = 0; i < mg_foods_get_n_foods (); i++)
      g_hash_table_insert (day, (gpointer) mg_foods_get_food (i)->id,
                           GUINT_TO_POINTER (round % 20 + 1));
    mg_intake_store_merge_day (store, mg_intake_store_get_today (store), day);
    g_assert_true (mg_intake_store_flush_sync (store, NULL));
    /* Tells the test that saving has begun: a kill from now on lands in
     * the saving loop, not in the start of the process. */
    if (round == 0) {
      fputs ("saving\n", stdout);
      fflush (stdout);
    }
  }

  return 0;
}

static void
check_whole_day (gpointer data)
{
  Fixture *fixture = data;
  MgIntakeStore *store = mg_intake_store_new (fixture->dir);
  g_autoptr(GHashTable) day = NULL;
  gpointer first;
  GHashTableIter iter;
  gpointer halves;

  mg_test_store_wait_loaded (store);
  day = mg_intake_store_dup_day (store, mg_intake_store_get_today (store));
  first = g_hash_table_lookup (day, mg_foods_get_food (0)->id);
  g_assert_cmpuint (mg_intake_store_get_problems (store), ==, MG_INTAKE_STORE_PROBLEM_NONE);
  g_assert_cmpuint (g_hash_table_size (day), ==, mg_foods_get_n_foods ());
  g_hash_table_iter_init (&iter, day);
  while (g_hash_table_iter_next (&iter, NULL, &halves))
    g_assert_true (halves == first);
  close_store (store);
}

/* Kills a process that saves without pause, at random moments, 40 times:
 * the file is the old one or the new one, whole, every time. Each kill comes 0-40 ms after the
 * writer has begun saving, where nearly all its time goes to writing and
 * fsync; a run in which no kill tore a save is reported as incomplete. */
static void
test_crash_mid_save (Fixture       *fixture,
                     gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  fixture->dir = mg_test_store_real_dir ("mg-crash");

  if (!mg_test_store_kill_writers (fixture->dir, MG_INTAKE_STORE_FILE_NAME, 40, 1122, check_whole_day, fixture))
    g_test_incomplete ("none of the kills landed in the middle of a save");
}

static void
add_test (const char *name,
          void (*test) (Fixture *, gconstpointer))
{
  g_test_add (name, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write-for-ever"))
    return write_for_ever (argv[2]);

  g_test_init (&argc, &argv, NULL);

  add_test ("/intake-store/round-trip", test_round_trip);
  add_test ("/intake-store/servings-rounded", test_servings_rounded);
  add_test ("/intake-store/last-days", test_last_days);
  add_test ("/intake-store/midnight", test_midnight);
  add_test ("/intake-store/clock-jumps", test_clock_jumps);
  add_test ("/intake-store/years", test_years);
  add_test ("/intake-store/no-time", test_no_time);
  add_test ("/intake-store/disk-full", test_disk_full);
  add_test ("/intake-store/cannot-read", test_cannot_read);
  add_test ("/intake-store/fifo", test_fifo);
  add_test ("/intake-store/device", test_device);
  add_test ("/intake-store/too-large", test_too_large);
  add_test ("/intake-store/nul", test_nul);
  add_test ("/intake-store/newer-version", test_newer_version);
  add_test ("/intake-store/litter-removed", test_litter_removed);
  add_test ("/intake-store/never-blocks", test_never_blocks);
  add_test ("/intake-store/burst-one-save", test_burst_one_save);
  add_test ("/intake-store/save-after-delay", test_save_after_delay);
  add_test ("/intake-store/retry", test_retry);
  add_test ("/intake-store/corrupt-set-aside", test_corrupt_set_aside);
  add_test ("/intake-store/second-corrupt-kept-too", test_second_corrupt_kept_too);
  add_test ("/intake-store/unreadable-set-aside", test_unreadable_set_aside);
  add_test ("/intake-store/unknown-kept", test_unknown_kept);
  add_test ("/intake-store/fuzz", test_fuzz);
  add_test ("/intake-store/unwritable", test_unwritable);
  add_test ("/intake-store/disk-lost-and-back", test_disk_lost_and_back);
  add_test ("/intake-store/two-stores", test_two_stores);
  add_test ("/intake-store/clear-and-undo", test_clear_and_undo);
  add_test ("/intake-store/crash-mid-save", test_crash_mid_save);

  return g_test_run ();
}
