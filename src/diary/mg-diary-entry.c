/* mg-diary-entry.c: one day of the symptom diary
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-entry"

#include "config.h"

#include <string.h>

#include "mg-date.h"
#include "mg-diary-entry.h"

G_DEFINE_QUARK (mg-diary-entry-error-quark, mg_diary_entry_error)

G_DEFINE_BOXED_TYPE (MgDiaryEntry, mg_diary_entry, mg_diary_entry_copy, mg_diary_entry_free)

G_DEFINE_ENUM_TYPE (MgDiarySymptom, mg_diary_symptom,
                    G_DEFINE_ENUM_VALUE (MG_DIARY_SYMPTOM_RESTLESS_LEGS, "restless-legs"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_SYMPTOM_SLEEP, "sleep"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_SYMPTOM_BACK_PAIN, "back-pain"))

G_DEFINE_ENUM_TYPE (MgDiaryTaken, mg_diary_taken,
                    G_DEFINE_ENUM_VALUE (MG_DIARY_TAKEN_UNKNOWN, "unknown"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_TAKEN_NO, "no"),
                    G_DEFINE_ENUM_VALUE (MG_DIARY_TAKEN_YES, "yes"))

G_DEFINE_FLAGS_TYPE (MgDiarySideEffects, mg_diary_side_effects,
                     G_DEFINE_ENUM_VALUE (MG_DIARY_SIDE_EFFECT_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_DIARY_SIDE_EFFECT_DIARRHOEA, "diarrhoea"),
                     G_DEFINE_ENUM_VALUE (MG_DIARY_SIDE_EFFECT_NAUSEA, "nausea"),
                     G_DEFINE_ENUM_VALUE (MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS, "stomach-cramps"))

/* The names the file and the CSV export use; never translated. */
static const char *const symptom_keys[MG_DIARY_N_SYMPTOMS] = {
  "restless_legs", "sleep", "back_pain",
};

const char *
mg_diary_symptom_to_key (MgDiarySymptom symptom)
{
  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, NULL);

  return symptom_keys[symptom];
}

gboolean
mg_diary_score_is_valid (int score)
{
  return score == MG_DIARY_SCORE_UNSET || (score >= 0 && score <= MG_DIARY_SCORE_MAX);
}

/**
 * mg_diary_entry_new:
 * @day: YYYY-MM-DD
 *
 * Returns: (transfer full): an entry for @day with nothing recorded
 */
MgDiaryEntry *
mg_diary_entry_new (const char *day)
{
  MgDiaryEntry *entry;

  g_return_val_if_fail (mg_date_parse_iso (day, NULL), NULL);

  entry = g_new0 (MgDiaryEntry, 1);
  g_strlcpy (entry->day, day, sizeof entry->day);
  for (guint i = 0; i < MG_DIARY_N_SYMPTOMS; i++)
    entry->scores[i] = MG_DIARY_SCORE_UNSET;
  entry->note = g_strdup ("");

  return entry;
}

MgDiaryEntry *
mg_diary_entry_copy (const MgDiaryEntry *entry)
{
  MgDiaryEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->note = g_strdup (entry->note);

  return copy;
}

void
mg_diary_entry_free (MgDiaryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->note);
  g_free (entry);
}

gboolean
mg_diary_entry_equal (const MgDiaryEntry *a,
                      const MgDiaryEntry *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return strcmp (a->day, b->day) == 0 && memcmp (a->scores, b->scores, sizeof a->scores) == 0 &&
         a->taken == b->taken && a->mg == b->mg && a->side_effects == b->side_effects &&
         strcmp (a->note, b->note) == 0;
}

/**
 * mg_diary_entry_is_valid:
 *
 * Returns: whether every field is as the setters would leave it: what a
 * store accepts
 */
gboolean
mg_diary_entry_is_valid (const MgDiaryEntry *entry)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (entry != NULL, FALSE);

  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++) {
    if (!mg_diary_score_is_valid (entry->scores[s]))
      return FALSE;
  }
  if (entry->note == NULL || (note = mg_diary_note_normalize (entry->note, NULL)) == NULL)
    return FALSE;

  return mg_date_parse_iso (entry->day, NULL) && entry->taken <= MG_DIARY_TAKEN_YES &&
         entry->mg <= MG_DIARY_MAX_MG && (entry->mg == 0 || entry->taken == MG_DIARY_TAKEN_YES) &&
         (entry->side_effects & ~MG_DIARY_SIDE_EFFECT_ALL) == 0 && strcmp (note, entry->note) == 0;
}

/* Whether nothing was recorded: such a day is not kept. */
gboolean
mg_diary_entry_is_empty (const MgDiaryEntry *entry)
{
  g_autoptr(MgDiaryEntry) blank = NULL;

  g_return_val_if_fail (entry != NULL, TRUE);

  blank = mg_diary_entry_new (entry->day);
  return mg_diary_entry_equal (entry, blank);
}

int
mg_diary_entry_get_score (const MgDiaryEntry *entry,
                          MgDiarySymptom      symptom)
{
  g_return_val_if_fail (entry != NULL, MG_DIARY_SCORE_UNSET);
  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, MG_DIARY_SCORE_UNSET);

  return entry->scores[symptom];
}

/**
 * mg_diary_entry_set_score:
 * @score: 0 to 10, or MG_DIARY_SCORE_UNSET to take it back
 */
void
mg_diary_entry_set_score (MgDiaryEntry   *entry,
                          MgDiarySymptom  symptom,
                          int             score)
{
  g_return_if_fail (entry != NULL);
  g_return_if_fail (symptom < MG_DIARY_N_SYMPTOMS);
  g_return_if_fail (mg_diary_score_is_valid (score));

  entry->scores[symptom] = score;
}

/**
 * mg_diary_entry_set_magnesium:
 * @mg: the elemental magnesium taken, up to MG_DIARY_MAX_MG; 0 when not
 *   known. Kept only with MG_DIARY_TAKEN_YES.
 */
void
mg_diary_entry_set_magnesium (MgDiaryEntry *entry,
                              MgDiaryTaken  taken,
                              guint         mg)
{
  g_return_if_fail (entry != NULL);
  g_return_if_fail (taken <= MG_DIARY_TAKEN_YES);
  g_return_if_fail (mg <= MG_DIARY_MAX_MG);

  entry->taken = taken;
  entry->mg = taken == MG_DIARY_TAKEN_YES ? mg : 0;
}

void
mg_diary_entry_set_side_effect (MgDiaryEntry       *entry,
                                MgDiarySideEffects  effect,
                                gboolean            had)
{
  g_return_if_fail (entry != NULL);
  g_return_if_fail ((effect & ~MG_DIARY_SIDE_EFFECT_ALL) == 0);

  if (had)
    entry->side_effects |= effect;
  else
    entry->side_effects &= ~effect;
}

/**
 * mg_diary_note_normalize:
 * @text: what the person typed
 *
 * The one rule for notes: UTF-8 only; each line break or tab becomes a
 * space and every other control character is dropped (a note is one line in
 * the file and in the CSV export); it is put in Unicode's composed form (NFC)
 * and stripped of spaces at both ends; then it may have at most
 * MG_DIARY_NOTE_MAX_CHARS characters. A note that breaks the rule is
 * refused, not cut, so that the view can say why and keep the text.
 *
 * Returns: (transfer full) (nullable): the note as kept, or %NULL with @error
 */
char *
mg_diary_note_normalize (const char  *text,
                         GError     **error)
{
  g_autoptr(GString) clean = NULL;
  g_autofree char *composed = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL)) {
    g_set_error_literal (error, MG_DIARY_ENTRY_ERROR, MG_DIARY_ENTRY_ERROR_NOT_UTF8,
                         "The note is not UTF-8 text");
    return NULL;
  }

  clean = g_string_sized_new (strlen (text));
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c)) {
    gunichar ch = g_utf8_get_char (c);

    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == 0x2028 || ch == 0x2029)
      g_string_append_c (clean, ' ');
    else if (g_unichar_type (ch) != G_UNICODE_CONTROL)
      g_string_append_unichar (clean, ch);
  }

  composed = g_utf8_normalize (clean->str, -1, G_NORMALIZE_NFC);
  g_strstrip (composed);
  if (g_utf8_strlen (composed, -1) > MG_DIARY_NOTE_MAX_CHARS) {
    g_set_error (error, MG_DIARY_ENTRY_ERROR, MG_DIARY_ENTRY_ERROR_NOTE_TOO_LONG,
                 "The note is longer than %d characters", MG_DIARY_NOTE_MAX_CHARS);
    return NULL;
  }

  return g_steal_pointer (&composed);
}

/**
 * mg_diary_entry_set_note:
 *
 * Sets the note as mg_diary_note_normalize() keeps it; a note it refuses
 * leaves the entry as it was.
 *
 * Returns: whether the note was taken
 */
gboolean
mg_diary_entry_set_note (MgDiaryEntry  *entry,
                         const char    *note,
                         GError       **error)
{
  char *clean;

  g_return_val_if_fail (entry != NULL, FALSE);

  clean = mg_diary_note_normalize (note != NULL ? note : "", error);
  if (clean == NULL)
    return FALSE;

  g_free (entry->note);
  entry->note = clean;
  return TRUE;
}
