/* test-diary-entry.c: one day of the symptom diary, and the rule for notes
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mg-diary-entry.h"

static void
test_new_is_empty (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

  g_assert_cmpstr (entry->day, ==, "2026-11-22");
  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    g_assert_cmpint (mg_diary_entry_get_score (entry, s), ==, MG_DIARY_SCORE_UNSET);
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_UNKNOWN);
  g_assert_cmpstr (entry->note, ==, "");
  g_assert_true (mg_diary_entry_is_empty (entry));
}

/* A score of 0 is a score: the day is no longer empty. */
static void
test_zero_is_not_unset (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, 0);
  g_assert_cmpint (mg_diary_entry_get_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN), ==, 0);
  g_assert_false (mg_diary_entry_is_empty (entry));
  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_BACK_PAIN, MG_DIARY_SCORE_UNSET);
  g_assert_true (mg_diary_entry_is_empty (entry));
}

static void
test_scores_in_range (void)
{
  g_assert_true (mg_diary_score_is_valid (0));
  g_assert_true (mg_diary_score_is_valid (10));
  g_assert_true (mg_diary_score_is_valid (MG_DIARY_SCORE_UNSET));
  g_assert_false (mg_diary_score_is_valid (11));
  g_assert_false (mg_diary_score_is_valid (-2));
}

static void
test_score_out_of_range_refused (void)
{
  if (g_test_subprocess ()) {
    g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

    mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_SLEEP, 11);
    return;
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*mg_diary_score_is_valid*");
}

/* The amount is kept only with a yes. */
static void
test_magnesium (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES, 300);
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_YES);
  g_assert_cmpuint (entry->mg, ==, 300);
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_NO, 300);
  g_assert_cmpint (entry->taken, ==, MG_DIARY_TAKEN_NO);
  g_assert_cmpuint (entry->mg, ==, 0);
  g_assert_false (mg_diary_entry_is_empty (entry));
}

static void
test_side_effects (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_NAUSEA, TRUE);
  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_DIARRHOEA, TRUE);
  g_assert_cmpint (entry->side_effects, ==, MG_DIARY_SIDE_EFFECT_NAUSEA | MG_DIARY_SIDE_EFFECT_DIARRHOEA);
  mg_diary_entry_set_side_effect (entry, MG_DIARY_SIDE_EFFECT_NAUSEA, FALSE);
  g_assert_cmpint (entry->side_effects, ==, MG_DIARY_SIDE_EFFECT_DIARRHOEA);
}

static void
test_copy_equal (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");
  g_autoptr(MgDiaryEntry) copy = NULL;

  mg_diary_entry_set_score (entry, MG_DIARY_SYMPTOM_RESTLESS_LEGS, 6);
  g_assert_true (mg_diary_entry_set_note (entry, "late coffee", NULL));
  copy = mg_diary_entry_copy (entry);
  g_assert_true (mg_diary_entry_equal (entry, copy));
  g_assert_true (copy->note != entry->note);
  g_assert_true (mg_diary_entry_set_note (copy, "no coffee", NULL));
  g_assert_false (mg_diary_entry_equal (entry, copy));
}

/* Line breaks and tabs become spaces, other control characters go, the
 * ends are trimmed, and the text is composed (NFC). */
static void
test_note_normalized (void)
{
  const struct { const char *typed; const char *kept; } cases[] = {
    { "", "" },
    { "  walked  ", "walked" },
    { "bad night\nwoke at 3", "bad night woke at 3" },
    { "a\r\nb\tc", "a  b c" },
    { "bell\a and \x1b[31mcolour", "bell and [31mcolour" },
    { "line\xe2\x80\xa8sep", "line sep" },
    { "cafe\xcc\x81", "caf\xc3\xa9" },
    { "\xe2\x80\x8d\xf0\x9f\x98\xb4", "\xe2\x80\x8d\xf0\x9f\x98\xb4" },
    { "s\xc3\xb8vn og \"r\xc3\xb8\x67\", kaffe", "s\xc3\xb8vn og \"r\xc3\xb8\x67\", kaffe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autoptr(GError) error = NULL;
    g_autofree char *kept = mg_diary_note_normalize (cases[i].typed, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (kept, ==, cases[i].kept);
  }
}

/* A note that breaks the rule is refused whole and the entry keeps its own. */
static void
test_note_refused (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) longest = g_string_new (NULL);

  g_assert_true (mg_diary_entry_set_note (entry, "kept", NULL));

  g_assert_false (mg_diary_entry_set_note (entry, "bad \xff byte", &error));
  g_assert_error (error, MG_DIARY_ENTRY_ERROR, MG_DIARY_ENTRY_ERROR_NOT_UTF8);
  g_assert_cmpstr (entry->note, ==, "kept");
  g_clear_error (&error);

  /* The limit is in characters: 200 two-byte letters fit, 201 do not. */
  for (guint i = 0; i < MG_DIARY_NOTE_MAX_CHARS; i++)
    g_string_append (longest, "\xc3\xa5");
  g_assert_true (mg_diary_entry_set_note (entry, longest->str, &error));
  g_assert_no_error (error);
  g_string_append (longest, "x");
  g_assert_false (mg_diary_entry_set_note (entry, longest->str, &error));
  g_assert_error (error, MG_DIARY_ENTRY_ERROR, MG_DIARY_ENTRY_ERROR_NOTE_TOO_LONG);
  g_assert_cmpuint (g_utf8_strlen (entry->note, -1), ==, MG_DIARY_NOTE_MAX_CHARS);
  g_clear_error (&error);

  /* Spaces at the ends do not count against the limit. */
  g_string_truncate (longest, longest->len - 1);
  g_string_prepend (longest, "   ");
  g_string_append (longest, "\n\n");
  g_assert_true (mg_diary_entry_set_note (entry, longest->str, &error));
  g_assert_no_error (error);
}

/* A field changed by hand, not through a setter, makes the entry invalid. */
static void
test_valid (void)
{
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new ("2026-11-22");

  g_assert_true (mg_diary_entry_is_valid (entry));
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES, MG_DIARY_MAX_MG);
  g_assert_true (mg_diary_entry_set_note (entry, "fine", NULL));
  g_assert_true (mg_diary_entry_is_valid (entry));

  entry->scores[MG_DIARY_SYMPTOM_SLEEP] = 11;
  g_assert_false (mg_diary_entry_is_valid (entry));
  entry->scores[MG_DIARY_SYMPTOM_SLEEP] = MG_DIARY_SCORE_UNSET;
  entry->taken = MG_DIARY_TAKEN_NO;
  g_assert_false (mg_diary_entry_is_valid (entry));
  entry->mg = 0;
  g_assert_true (mg_diary_entry_is_valid (entry));
  g_free (entry->note);
  entry->note = g_strdup (" line\nbreak");
  g_assert_false (mg_diary_entry_is_valid (entry));
  g_free (entry->note);
  entry->note = g_strdup ("");
  entry->side_effects = 1 << 5;
  g_assert_false (mg_diary_entry_is_valid (entry));
  entry->side_effects = MG_DIARY_SIDE_EFFECT_NONE;
  entry->day[4] = '/';
  g_assert_false (mg_diary_entry_is_valid (entry));
}

static void
test_symptom_keys (void)
{
  g_assert_cmpstr (mg_diary_symptom_to_key (MG_DIARY_SYMPTOM_RESTLESS_LEGS), ==, "restless_legs");
  g_assert_cmpstr (mg_diary_symptom_to_key (MG_DIARY_SYMPTOM_SLEEP), ==, "sleep");
  g_assert_cmpstr (mg_diary_symptom_to_key (MG_DIARY_SYMPTOM_BACK_PAIN), ==, "back_pain");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-entry/new-is-empty", test_new_is_empty);
  g_test_add_func ("/diary-entry/zero-is-not-unset", test_zero_is_not_unset);
  g_test_add_func ("/diary-entry/scores-in-range", test_scores_in_range);
  g_test_add_func ("/diary-entry/score-out-of-range-refused", test_score_out_of_range_refused);
  g_test_add_func ("/diary-entry/magnesium", test_magnesium);
  g_test_add_func ("/diary-entry/side-effects", test_side_effects);
  g_test_add_func ("/diary-entry/copy-equal", test_copy_equal);
  g_test_add_func ("/diary-entry/note-normalized", test_note_normalized);
  g_test_add_func ("/diary-entry/note-refused", test_note_refused);
  g_test_add_func ("/diary-entry/valid", test_valid);
  g_test_add_func ("/diary-entry/symptom-keys", test_symptom_keys);

  return g_test_run ();
}
