/* test-file-save.c: a file written whole or not at all, and what a person
 * is told when it cannot be
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mg-file-save.h"

#define NO_SPACE_TEXT "The disk is full. Free some space or choose another place, then save again."
#define NO_PERMISSION_TEXT "You cannot save files in this folder. Choose another folder, such as Documents, " \
                           "and save again."
#define FAILED_TEXT "The file could not be written in this folder. Choose another folder and save again."

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mg-file-save-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_chmod (fixture->dir, 0700);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

    g_assert_cmpint (g_file_test (child, G_FILE_TEST_IS_DIR) ? g_rmdir (child) : g_unlink (child), ==, 0);
  }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

/* Bytes that look like no other test's: a PDF-sized file. */
static GBytes *
pattern (gsize length)
{
  guint8 *data = g_malloc (length);

  for (gsize i = 0; i < length; i++)
    data[i] = (guint8) (i * 7 + i / 251);

  return g_bytes_new_take (data, length);
}

/* The names in the folder, sorted and joined by spaces: what is left. */
static char *
listing (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_contents (const char *path,
                 GBytes     *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) actual = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  actual = g_bytes_new_take (g_steal_pointer (&data), length);
  g_assert_true (g_bytes_equal (actual, expected));
}

/* Refused for that reason, with those words, and only @left in @folder. */
static void
assert_refused (const GError *error,
                MgSaveError   code,
                const char   *text,
                const char   *folder,
                const char   *left)
{
  g_autofree char *names = listing (folder);

  g_assert_error (error, MG_SAVE_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, text);
  g_assert_cmpstr (names, ==, left);
}

static void
write_old (const char *path,
           GBytes     *old)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (old, NULL), (gssize) g_bytes_get_size (old), &error);
  g_assert_no_error (error);
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GBytes) contents = pattern (100000);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  mode_t mask = umask (022);
  struct stat info;

  umask (mask);
  g_assert_true (mg_file_save (path, contents, &error));
  g_assert_no_error (error);

  assert_contents (path, contents);
  left = listing (fixture->dir);
  g_assert_cmpstr (left, ==, "summary.pdf");
  /* A saved document, for the person to open and share: not private. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0666 & ~mask);
}

static void
test_replaces_whole (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GBytes) old = pattern (300000);
  g_autoptr(GBytes) contents = g_bytes_new_static ("%PDF-1.5 short", 14);
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  write_old (path, old);
  g_assert_true (mg_file_save (path, contents, &error));
  g_assert_no_error (error);

  assert_contents (path, contents);
  left = listing (fixture->dir);
  g_assert_cmpstr (left, ==, "summary.pdf");
}

/* The process may write at most 4 KiB into any file: each write beyond
 * fails (EFBIG) as it would on a full disk (ENOSPC), part-way through. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GBytes) old = g_bytes_new_static ("the summary saved last week", 27);
  g_autoptr(GBytes) contents = pattern (64 * 1024);
  g_autoptr(GError) error = NULL;
  struct rlimit saved, limit;
  void (*handler) (int);
  gboolean ok;

  write_old (path, old);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 4096;
  /* Ignored, the signal a write beyond the limit raises lets it fail. */
  handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_true (handler != SIG_ERR);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  ok = mg_file_save (path, contents, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_true (signal (SIGXFSZ, handler) != SIG_ERR);

  g_assert_false (ok);
  /* The old file is untouched and no part of the new one is left. */
  assert_refused (error, MG_SAVE_ERROR_NO_SPACE, NO_SPACE_TEXT, fixture->dir, "summary.pdf");
  assert_contents (path, old);
}

/* /sys takes no new file, not even root's: read-only in a container, and
 * sysfs cannot make one anywhere. */
static void
test_no_permission_system (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GBytes) contents = pattern (1000);
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR)) {
    g_test_skip ("no /sys on this system");
    return;
  }

  g_assert_false (mg_file_save ("/sys/kernel/summary.pdf", contents, &error));
  g_assert_error (error, MG_SAVE_ERROR, MG_SAVE_ERROR_NO_PERMISSION);
  g_assert_cmpstr (error->message, ==, NO_PERMISSION_TEXT);
  g_assert_false (g_file_test ("/sys/kernel/summary.pdf", G_FILE_TEST_EXISTS));
}

/* A folder the person may not write to; root may write anywhere. */
static void
test_no_permission_folder (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GBytes) contents = pattern (1000);
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0) {
    g_test_skip ("root may write into a read-only folder");
    return;
  }

  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  g_assert_false (mg_file_save (path, contents, &error));
  assert_refused (error, MG_SAVE_ERROR_NO_PERMISSION, NO_PERMISSION_TEXT, fixture->dir, "");
}

static void
test_folder_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone", "summary.pdf", NULL);
  g_autoptr(GBytes) contents = pattern (1000);
  g_autoptr(GError) error = NULL;

  g_assert_false (mg_file_save (path, contents, &error));
  g_assert_error (error, MG_SAVE_ERROR, MG_SAVE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, FAILED_TEXT);
}

/* The rename fails after the whole file was written: it is deleted. */
static void
test_onto_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autoptr(GBytes) contents = pattern (1000);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  write_old (inside, contents);
  g_assert_false (mg_file_save (path, contents, &error));
  assert_refused (error, MG_SAVE_ERROR_FAILED, FAILED_TEXT, fixture->dir, "summary.pdf");
  g_assert_cmpint (g_unlink (inside), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/file-save/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("new-file", test_new_file);
  ADD ("replaces-whole", test_replaces_whole);
  ADD ("disk-full", test_disk_full);
  ADD ("no-permission-system", test_no_permission_system);
  ADD ("no-permission-folder", test_no_permission_folder);
  ADD ("folder-missing", test_folder_missing);
  ADD ("onto-folder", test_onto_folder);

#undef ADD

  return g_test_run ();
}
