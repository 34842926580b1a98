/* fuzz-catalog.c: the message catalogue reader, mg_catalog_new_from_bytes (),
 * fed damaged .mo files: tables and strings that point past the end, lengths
 * that wrap, text that is not UTF-8 and Plural-Forms headers that are not
 * expressions. A catalogue it refuses must say why; one it reads must answer
 * every lookup with a string inside the file or the English one, for any
 * count.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-catalog"

#include "config.h"

#include <string.h>

#include "mg-catalog.h"
#include "mg-fuzz.h"

static void
check_inside (GBytes     *bytes,
              const char *text,
              const char *english)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_nonnull (text);
  if (text == english)
    return;
  g_assert_true (text >= data && text < data + size);
  g_assert_nonnull (memchr (text, '\0', (gsize) (data + size - text)));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const gulong counts[] = { 0, 1, 2, 3, 5, 11, 21, 101, 1000001, G_MAXULONG };
  const char *one = "%d day", *other = "%d days", *previous = "Previous", *may = "May";
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCatalog) catalog = mg_catalog_new_from_bytes (bytes, &error);

  if (catalog == NULL) {
    g_assert_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID);
    return 0;
  }
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    check_inside (bytes, mg_catalog_lookup_plural (catalog, one, other, counts[i]),
                  counts[i] == 1 ? one : other);
  check_inside (bytes, mg_catalog_lookup (catalog, NULL, previous), previous);
  check_inside (bytes, mg_catalog_lookup (catalog, "month name in a date", may), may);

  return 0;
}
