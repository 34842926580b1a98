/* test-date.c: reading and writing YYYY-MM-DD dates
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-date.h"

static void
test_valid (void)
{
  const char *dates[] = { "2026-11-22", "2024-02-29", "0001-01-01", "9999-12-31" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++) {
    GDate date;
    g_autofree char *written = NULL;

    g_assert_true (mg_date_parse_iso (dates[i], &date));
    g_assert_true (mg_date_parse_iso (dates[i], NULL));
    written = mg_date_to_iso (&date);
    g_assert_cmpstr (written, ==, dates[i]);
  }
}

/* Anything that would not read back as written is refused. */
static void
test_refused (void)
{
  const char *texts[] = {
    "", "2026", "2026-11", "2026-11-2", "2026-1-22", " 2026-11-22", "2026-11-22 ",
    "+202-11-22", " 202-11-22", "2026/11/22", "22-11-2026", "2026-11-22x", "2026-00-10",
    "2026-13-01", "2026-11-31", "2025-02-29", "0000-01-01", "２０２６-11-22", "2026-1１-22",
  };

  g_assert_false (mg_date_parse_iso (NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++) {
    GDate date;

    g_test_message ("“%s”", texts[i]);
    g_assert_false (mg_date_parse_iso (texts[i], &date));
  }
}

static void
test_add_days (void)
{
  const struct { const char *from; int days; const char *to; } cases[] = {
    { "2026-11-22", 0, "2026-11-22" },
    { "2026-11-22", 9, "2026-12-01" },
    { "2026-12-31", 1, "2027-01-01" },
    { "2024-03-01", -1, "2024-02-29" },
    { "2026-11-22", -365, "2025-11-22" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autofree char *to = mg_date_add_days (cases[i].from, cases[i].days);

    g_assert_cmpstr (to, ==, cases[i].to);
  }
  g_assert_null (mg_date_add_days ("2026-02-30", 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/valid", test_valid);
  g_test_add_func ("/date/refused", test_refused);
  g_test_add_func ("/date/add-days", test_add_days);

  return g_test_run ();
}
