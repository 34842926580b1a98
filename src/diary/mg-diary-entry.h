/* mg-diary-entry.h: one day of the symptom diary
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The scores the diary asks for, each on the 0 to 10 numeric rating scale. */
typedef enum {
  MG_DIARY_SYMPTOM_RESTLESS_LEGS,  /* how much they bothered you this evening and night */
  MG_DIARY_SYMPTOM_SLEEP,          /* how well you slept: higher is better */
  MG_DIARY_SYMPTOM_BACK_PAIN,      /* average pain today */
  MG_DIARY_N_SYMPTOMS
} MgDiarySymptom;

#define MG_TYPE_DIARY_SYMPTOM (mg_diary_symptom_get_type ())
GType mg_diary_symptom_get_type (void) G_GNUC_CONST;

/* A score not given; 0 is a score. */
#define MG_DIARY_SCORE_UNSET (-1)
#define MG_DIARY_SCORE_MAX   10

typedef enum {
  MG_DIARY_TAKEN_UNKNOWN,
  MG_DIARY_TAKEN_NO,
  MG_DIARY_TAKEN_YES,
} MgDiaryTaken;

#define MG_TYPE_DIARY_TAKEN (mg_diary_taken_get_type ())
GType mg_diary_taken_get_type (void) G_GNUC_CONST;

/* An amount above this is a typing error, not a day's supplement. */
#define MG_DIARY_MAX_MG 5000

typedef enum {
  MG_DIARY_SIDE_EFFECT_NONE           = 0,
  MG_DIARY_SIDE_EFFECT_DIARRHOEA      = 1 << 0,
  MG_DIARY_SIDE_EFFECT_NAUSEA         = 1 << 1,
  MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS = 1 << 2,
} MgDiarySideEffects;

#define MG_DIARY_SIDE_EFFECT_ALL (MG_DIARY_SIDE_EFFECT_DIARRHOEA | MG_DIARY_SIDE_EFFECT_NAUSEA | \
                                  MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS)

#define MG_TYPE_DIARY_SIDE_EFFECTS (mg_diary_side_effects_get_type ())
GType mg_diary_side_effects_get_type (void) G_GNUC_CONST;

/* The longest note, in characters (not bytes). */
#define MG_DIARY_NOTE_MAX_CHARS 200

#define MG_DIARY_ENTRY_ERROR (mg_diary_entry_error_quark ())
GQuark mg_diary_entry_error_quark (void);

typedef enum {
  MG_DIARY_ENTRY_ERROR_NOT_UTF8,      /* the note is not UTF-8 text */
  MG_DIARY_ENTRY_ERROR_NOTE_TOO_LONG,  /* longer than MG_DIARY_NOTE_MAX_CHARS */
} MgDiaryEntryError;

/* A plain struct: a view reads the fields; it changes them through the
 * setters, which keep every value in range. */
typedef struct {
  char                day[11];                      /* YYYY-MM-DD */
  int                 scores[MG_DIARY_N_SYMPTOMS];  /* 0-10, or MG_DIARY_SCORE_UNSET */
  MgDiaryTaken        taken;
  guint               mg;                           /* elemental mg, 0 = not given; only with YES */
  MgDiarySideEffects  side_effects;
  char               *note;                         /* never NULL; "" for none */
} MgDiaryEntry;

#define MG_TYPE_DIARY_ENTRY (mg_diary_entry_get_type ())
GType         mg_diary_entry_get_type       (void) G_GNUC_CONST;

MgDiaryEntry *mg_diary_entry_new            (const char          *day);
MgDiaryEntry *mg_diary_entry_copy           (const MgDiaryEntry  *entry);
void          mg_diary_entry_free           (MgDiaryEntry        *entry);
gboolean      mg_diary_entry_equal          (const MgDiaryEntry  *a,
                                             const MgDiaryEntry  *b);
gboolean      mg_diary_entry_is_empty       (const MgDiaryEntry  *entry);
gboolean      mg_diary_entry_is_valid       (const MgDiaryEntry  *entry);

int           mg_diary_entry_get_score      (const MgDiaryEntry  *entry,
                                             MgDiarySymptom       symptom);
void          mg_diary_entry_set_score      (MgDiaryEntry        *entry,
                                             MgDiarySymptom       symptom,
                                             int                  score);
void          mg_diary_entry_set_magnesium  (MgDiaryEntry        *entry,
                                             MgDiaryTaken         taken,
                                             guint                mg);
void          mg_diary_entry_set_side_effect (MgDiaryEntry       *entry,
                                              MgDiarySideEffects  effect,
                                              gboolean            had);
gboolean      mg_diary_entry_set_note       (MgDiaryEntry        *entry,
                                             const char          *note,
                                             GError             **error);

char         *mg_diary_note_normalize       (const char          *text,
                                             GError             **error);
gboolean      mg_diary_score_is_valid       (int                  score);
const char   *mg_diary_symptom_to_key       (MgDiarySymptom       symptom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgDiaryEntry, mg_diary_entry_free)

G_END_DECLS
