/* mg-diary-store.h: the symptom diary and the trial plan, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mg-diary-entry.h"
#include "mg-key-file-store.h"
#include "mg-trial-plan.h"

G_BEGIN_DECLS

/* The name of the file, beside the food checklist's. */
#define MG_DIARY_STORE_FILE_NAME "symptom-diary.ini"

/* What the person records, chosen once: the diary asks for these scores
 * (and for sleep with restless legs). */
typedef enum {
  MG_DIARY_TRACKS_NONE          = 0,
  MG_DIARY_TRACKS_RESTLESS_LEGS = 1 << 0,
  MG_DIARY_TRACKS_BACK_PAIN     = 1 << 1,
} MgDiaryTracks;

#define MG_TYPE_DIARY_TRACKS (mg_diary_tracks_get_type ())
GType mg_diary_tracks_get_type (void) G_GNUC_CONST;

/* The choices a person has (restless legs, back pain, both), in the order
 * the diary page and Preferences list them. */
guint         mg_diary_tracks_choice_get_n    (void);
MgDiaryTracks mg_diary_tracks_choice_get      (guint          position);
guint         mg_diary_tracks_choice_find     (MgDiaryTracks  tracks);
guint         mg_diary_tracks_choice_from_id  (const char    *id);

#define MG_TYPE_DIARY_STORE (mg_diary_store_get_type ())

G_DECLARE_FINAL_TYPE (MgDiaryStore, mg_diary_store, MG, DIARY_STORE, GObject)

MgDiaryStore    *mg_diary_store_new            (const char          *directory);
MgDiaryStore    *mg_diary_store_new_with_clock (const char          *directory,
                                                const MgStoreClock  *clock,
                                                gpointer             clock_data);
MgDiaryStore    *mg_diary_store_dup_default    (void);
MgDiaryStore    *mg_diary_store_peek_default   (void);

MgKeyFileStore  *mg_diary_store_get_file       (MgDiaryStore        *self);

MgDiaryTracks    mg_diary_store_get_tracks     (MgDiaryStore        *self);
void             mg_diary_store_set_tracks     (MgDiaryStore        *self,
                                                MgDiaryTracks        tracks);

MgDiaryEntry    *mg_diary_store_dup_entry      (MgDiaryStore        *self,
                                                const char          *day);
void             mg_diary_store_set_entry      (MgDiaryStore        *self,
                                                const MgDiaryEntry  *entry);
void             mg_diary_store_clear_day      (MgDiaryStore        *self,
                                                const char          *day);
GStrv            mg_diary_store_dup_days       (MgDiaryStore        *self);
GPtrArray       *mg_diary_store_dup_entries    (MgDiaryStore        *self);

MgTrialPlan     *mg_diary_store_dup_plan       (MgDiaryStore        *self);
void             mg_diary_store_set_plan       (MgDiaryStore        *self,
                                                const MgTrialPlan   *plan);

void             mg_diary_store_delete_all     (MgDiaryStore        *self);
gboolean         mg_diary_store_get_can_undo_delete (MgDiaryStore   *self);
void             mg_diary_store_undo_delete    (MgDiaryStore        *self);
void             mg_diary_store_forget_deleted (MgDiaryStore        *self);

G_END_DECLS
