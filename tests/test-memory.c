/* test-memory.c: giving freed memory back once the app settles
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mg-memory.h"
#include "mg-test-clock.h"

/* GCC and Clang both say so when AddressSanitizer is on. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* Whether the release can be seen in the process's memory. */
#if defined(HAVE_MALLOC_TRIM) && !defined(UNDER_ASAN)
#define CAN_SEE_RELEASE 1
#endif

/* As if that much time passed: the release’s timeout runs if it came due. */
static void
pass_ms (guint milliseconds)
{
  mg_test_run_timeouts (NULL, milliseconds * (GTimeSpan) 1000);
}

/* A burst of changes is released once, after the last of them. */
static void
test_once_after_the_last_change (void)
{
  guint before = mg_memory_get_n_releases ();

  for (guint i = 0; i < 5; i++) {
    mg_memory_release_when_settled ();
    pass_ms (MG_MEMORY_SETTLE_MS / 4);
  }
  g_assert_cmpuint (mg_memory_get_n_releases (), ==, before);

  pass_ms (MG_MEMORY_SETTLE_MS + 250);
  g_assert_cmpuint (mg_memory_get_n_releases (), ==, before + 1);

  pass_ms (MG_MEMORY_SETTLE_MS + 250);
  g_assert_cmpuint (mg_memory_get_n_releases (), ==, before + 1);
}

#ifdef CAN_SEE_RELEASE
static guint64
private_dirty_kib (void)
{
  g_autofree char *contents = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/smaps_rollup", &contents, NULL, NULL));
  line = strstr (contents, "\nPrivate_Dirty:");
  g_assert_nonnull (line);

  return g_ascii_strtoull (line + strlen ("\nPrivate_Dirty:"), NULL, 10);
}
#endif

/* Memory freed in the middle of the heap, between blocks still in use,
 * goes back to the system when the app settles. */
static void
test_freed_memory_goes_back (void)
{
#if !defined(HAVE_MALLOC_TRIM)
  g_test_skip ("This C library cannot give freed memory back early");
#elif defined(UNDER_ASAN)
  g_test_skip ("AddressSanitizer keeps freed memory in its own quarantine");
#else
  /* Below glibc's mmap threshold, so that they come from the heap. */
  enum { BLOCK = 64 * 1024, N_BLOCKS = 512 };
  g_autofree gpointer *blocks = g_new (gpointer, N_BLOCKS);
  g_autofree gpointer *pins = g_new (gpointer, N_BLOCKS);
  guint64 used, freed, released;

  /* Each block followed by a small one that stays: freed, the blocks
   * leave holes that the heap cannot give back by shrinking. */
  for (guint i = 0; i < N_BLOCKS; i++) {
    blocks[i] = memset (g_malloc (BLOCK), 0x5a, BLOCK);
    pins[i] = g_malloc (BLOCK / 4);
  }
  used = private_dirty_kib ();

  for (guint i = 0; i < N_BLOCKS; i++)
    g_free (blocks[i]);
  freed = private_dirty_kib ();

  mg_memory_release_when_settled ();
  pass_ms (MG_MEMORY_SETTLE_MS + 250);
  released = private_dirty_kib ();

  g_test_message ("private dirty: %" G_GUINT64_FORMAT " KiB in use, %" G_GUINT64_FORMAT
                  " KiB freed, %" G_GUINT64_FORMAT " KiB released", used, freed, released);
  /* 32 MiB were freed: at least half of it must have gone back. */
  g_assert_cmpuint (freed + 16 * 1024, >, used);
  g_assert_cmpuint (released + 16 * 1024, <, freed);

  for (guint i = 0; i < N_BLOCKS; i++)
    g_free (pins[i]);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/memory/once-after-the-last-change", test_once_after_the_last_change);
  g_test_add_func ("/memory/freed-memory-goes-back", test_freed_memory_goes_back);

  return g_test_run ();
}
