/* mg-diary-store.c: the symptom diary and the trial plan, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-store"

#include "config.h"

#include <string.h>

#include "mg-date.h"
#include "mg-diary-store-private.h"

/* The diary is a key file, kept as safely as the food checklist, by the same
 * MgKeyFileStore: read in a worker, saved a moment after a change through a
 * temporary file, fsync and rename, retried, flushed at quit, a damaged file
 * set aside and told, an unreadable or newer one never written over. Years
 * of days are a few hundred kilobytes; no day is ever dropped on the clock's
 * word.
 *
 *   [Symptom Diary]          Version=1
 *   [Settings]               tracks=restless-legs;back-pain
 *   [Trial]                  Start=2026-01-01, Washout=true, Pauses=..., Stopped=...
 *   [2026-01-02]             restless_legs=6, sleep=4, back_pain=3,
 *                            magnesium=yes, magnesium_mg=300,
 *                            side_effects=diarrhoea;nausea, note=...
 *
 * A day's values that this version cannot read are shown as not given and
 * left in the file as they are, until the person sets that value again;
 * keys it does not know are kept. */

#define SETTINGS_GROUP "Settings"
#define TRIAL_GROUP "Trial"

static const MgKeyFileStoreFormat format = {
  .file_name = MG_DIARY_STORE_FILE_NAME,
  .header_group = "Symptom Diary",
  .header_comment = " Magnesium Guide: the symptom diary and the trial plan",
  .version = 1,
  .task_name = "[mg] diary store disk visit",
  .timeout_save = MG_DIARY_STORE_TIMEOUT_SAVE,
  .timeout_retry = MG_DIARY_STORE_TIMEOUT_RETRY,
  .timeout_reload = MG_DIARY_STORE_TIMEOUT_RELOAD,
};

/* The values of a day, in the order entry_values () gives them. */
enum {
  FIELD_RESTLESS_LEGS,
  FIELD_SLEEP,
  FIELD_BACK_PAIN,
  FIELD_MAGNESIUM,
  FIELD_MAGNESIUM_MG,
  FIELD_SIDE_EFFECTS,
  FIELD_NOTE,
  N_FIELDS
};

static const char *const field_keys[N_FIELDS] = {
  "restless_legs", "sleep", "back_pain", "magnesium", "magnesium_mg", "side_effects", "note",
};

static const struct {
  MgDiarySideEffects  effect;
  const char         *name;
} side_effect_names[] = {
  { MG_DIARY_SIDE_EFFECT_DIARRHOEA, "diarrhoea" },
  { MG_DIARY_SIDE_EFFECT_NAUSEA, "nausea" },
  { MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS, "stomach-cramps" },
};

static const struct {
  MgDiaryTracks  tracks;
  const char    *name;
} track_names[] = {
  { MG_DIARY_TRACKS_RESTLESS_LEGS, "restless-legs" },
  { MG_DIARY_TRACKS_BACK_PAIN, "back-pain" },
};

/* The choices of what to track, in the order the diary page and
 * Preferences offer them (their names are in their templates). */
static const struct {
  const char    *id;
  MgDiaryTracks  tracks;
} track_choices[] = {
  { "restless-legs", MG_DIARY_TRACKS_RESTLESS_LEGS },
  { "back-pain", MG_DIARY_TRACKS_BACK_PAIN },
  { "both", MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN },
};

/* What delete-all took, until the view lets go of its undo. */
typedef struct {
  GPtrArray     *entries;
  MgTrialPlan   *plan;
  MgDiaryTracks  tracks;
} Deleted;

struct _MgDiaryStore {
  GObject         parent_instance;

  MgKeyFileStore *store;
  Deleted        *deleted;
};

G_DEFINE_FINAL_TYPE (MgDiaryStore, mg_diary_store, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (MgDiaryTracks, mg_diary_tracks,
                     G_DEFINE_ENUM_VALUE (MG_DIARY_TRACKS_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_DIARY_TRACKS_RESTLESS_LEGS, "restless-legs"),
                     G_DEFINE_ENUM_VALUE (MG_DIARY_TRACKS_BACK_PAIN, "back-pain"))

enum {
  PROP_0,
  PROP_TRACKS,
  PROP_PLAN,
  PROP_CAN_UNDO_DELETE,
  N_PROPS
};

enum {
  DAY_CHANGED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static MgDiaryStore *default_store;

static void
deleted_free (Deleted *deleted)
{
  g_ptr_array_unref (deleted->entries);
  mg_trial_plan_free (deleted->plan);
  g_free (deleted);
}

static gboolean
is_day (const char *group)
{
  return mg_date_parse_iso (group, NULL);
}

/* A value as this version reads it: spaces and a "\r" at the ends do not count. */
static char *
dup_clean_value (MgDiaryStore *self,
                 const char   *group,
                 const char   *key)
{
  char *value = mg_key_file_store_dup_value (self->store, group, key);

  return value != NULL ? g_strstrip (value) : NULL;
}

static gboolean
parse_number (const char *value,
              guint64     max,
              guint64    *number)
{
  return value != NULL && g_ascii_string_to_unsigned (value, 10, 0, max, number, NULL);
}

static MgDiarySideEffects
parse_side_effects (const char *value)
{
  g_auto(GStrv) names = g_strsplit (value != NULL ? value : "", ";", 0);
  MgDiarySideEffects effects = MG_DIARY_SIDE_EFFECT_NONE;

  for (guint i = 0; names[i] != NULL; i++) {
    for (guint j = 0; j < G_N_ELEMENTS (side_effect_names); j++) {
      if (strcmp (g_strstrip (names[i]), side_effect_names[j].name) == 0)
        effects |= side_effect_names[j].effect;
    }
  }

  return effects;
}

static MgDiaryTaken
parse_taken (const char *value)
{
  if (g_strcmp0 (value, "yes") == 0)
    return MG_DIARY_TAKEN_YES;
  if (g_strcmp0 (value, "no") == 0)
    return MG_DIARY_TAKEN_NO;

  return MG_DIARY_TAKEN_UNKNOWN;
}

/* Fills @entry from what the file holds for its day. */
static void
read_entry (MgDiaryStore *self,
            MgDiaryEntry *entry)
{
  char *values[N_FIELDS];
  char *note = NULL;
  guint64 number;

  for (guint f = 0; f < N_FIELDS; f++)
    values[f] = dup_clean_value (self, entry->day, field_keys[f]);

  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++) {
    if (parse_number (values[FIELD_RESTLESS_LEGS + s], MG_DIARY_SCORE_MAX, &number))
      entry->scores[s] = (int) number;
  }
  if (!parse_number (values[FIELD_MAGNESIUM_MG], MG_DIARY_MAX_MG, &number))
    number = 0;
  mg_diary_entry_set_magnesium (entry, parse_taken (values[FIELD_MAGNESIUM]), (guint) number);
  entry->side_effects = parse_side_effects (values[FIELD_SIDE_EFFECTS]);
  /* A note this version would not keep is shown as none, and stays in the
   * file until the person writes another. */
  if (values[FIELD_NOTE] != NULL)
    note = mg_diary_note_normalize (values[FIELD_NOTE], NULL);
  if (note != NULL) {
    g_free (entry->note);
    entry->note = note;
  }

  for (guint f = 0; f < N_FIELDS; f++)
    g_free (values[f]);
}

/* The values the file keeps for @entry; NULL for a value not given. */
static void
entry_values (const MgDiaryEntry *entry,
              char               *values[N_FIELDS])
{
  g_autoptr(GString) effects = g_string_new (NULL);

  for (guint s = 0; s < MG_DIARY_N_SYMPTOMS; s++) {
    values[FIELD_RESTLESS_LEGS + s] = entry->scores[s] != MG_DIARY_SCORE_UNSET ?
                                      g_strdup_printf ("%d", entry->scores[s]) : NULL;
  }
  values[FIELD_MAGNESIUM] = entry->taken == MG_DIARY_TAKEN_UNKNOWN ? NULL :
                            g_strdup (entry->taken == MG_DIARY_TAKEN_YES ? "yes" : "no");
  values[FIELD_MAGNESIUM_MG] = entry->mg > 0 ? g_strdup_printf ("%u", entry->mg) : NULL;
  for (guint j = 0; j < G_N_ELEMENTS (side_effect_names); j++) {
    if ((entry->side_effects & side_effect_names[j].effect) != 0)
      g_string_append_printf (effects, "%s%s", effects->len > 0 ? ";" : "", side_effect_names[j].name);
  }
  values[FIELD_SIDE_EFFECTS] = effects->len > 0 ? g_strdup (effects->str) : NULL;
  values[FIELD_NOTE] = *entry->note != '\0' ? g_strdup (entry->note) : NULL;
}

static void
store_changed_cb (MgDiaryStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
group_changed_cb (MgDiaryStore *self,
                  const char   *group)
{
  if (is_day (group))
    g_signal_emit (self, signals[DAY_CHANGED], 0, group);
  else if (strcmp (group, TRIAL_GROUP) == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  else if (strcmp (group, SETTINGS_GROUP) == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACKS]);
}

static void
mg_diary_store_dispose (GObject *object)
{
  MgDiaryStore *self = MG_DIARY_STORE (object);

  if (self->store != NULL) {
    /* A save under way keeps the shared store until it is done. */
    g_signal_handlers_disconnect_by_data (self->store, self);
    g_clear_object (&self->store);
  }
  g_clear_pointer (&self->deleted, deleted_free);

  G_OBJECT_CLASS (mg_diary_store_parent_class)->dispose (object);
}

static void
mg_diary_store_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgDiaryStore *self = MG_DIARY_STORE (object);

  switch (prop_id) {
  case PROP_TRACKS:
    g_value_set_flags (value, mg_diary_store_get_tracks (self));
    break;
  case PROP_PLAN:
    g_value_take_boxed (value, mg_diary_store_dup_plan (self));
    break;
  case PROP_CAN_UNDO_DELETE:
    g_value_set_boolean (value, mg_diary_store_get_can_undo_delete (self));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_diary_store_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MgDiaryStore *self = MG_DIARY_STORE (object);

  switch (prop_id) {
  case PROP_TRACKS:
    mg_diary_store_set_tracks (self, g_value_get_flags (value));
    break;
  case PROP_PLAN:
    mg_diary_store_set_plan (self, g_value_get_boxed (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_diary_store_class_init (MgDiaryStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_diary_store_dispose;
  object_class->get_property = mg_diary_store_get_property;
  object_class->set_property = mg_diary_store_set_property;

  /* What the person records. */
  properties[PROP_TRACKS] =
    g_param_spec_flags ("tracks", NULL, NULL,
                        MG_TYPE_DIARY_TRACKS,
                        MG_DIARY_TRACKS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The trial plan, a copy; one without a start when there is none. */
  properties[PROP_PLAN] =
    g_param_spec_boxed ("plan", NULL, NULL,
                        MG_TYPE_TRIAL_PLAN,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether mg_diary_store_undo_delete() can bring the diary back. */
  properties[PROP_CAN_UNDO_DELETE] =
    g_param_spec_boolean ("can-undo-delete", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* One day's entry changed, here or in another instance's file. */
  signals[DAY_CHANGED] = g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  /* Anything changed; after the day-changed signals and notifications it brings. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_diary_store_init (MgDiaryStore *self)
{
}

/**
 * mg_diary_store_new_with_clock:
 * @directory: (nullable): where the file lives; %NULL for the user's data
 *   directory, beside the food checklist
 * @clock: (nullable): what tells the time and wakes the store; %NULL for
 *   the local time and GLib's timeouts. It must outlive the store.
 * @clock_data: what @clock's functions get first
 *
 * Starts reading the file in a worker thread; the diary is empty until
 * mg_diary_store_get_file() is loaded. Changes made before then are kept.
 */
MgDiaryStore *
mg_diary_store_new_with_clock (const char         *directory,
                               const MgStoreClock *clock,
                               gpointer            clock_data)
{
  MgDiaryStore *self = g_object_new (MG_TYPE_DIARY_STORE, NULL);
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);

  self->store = mg_key_file_store_new (&format, directory != NULL ? directory : data_dir,
                                       clock, clock_data);
  g_signal_connect_swapped (self->store, "group-changed", G_CALLBACK (group_changed_cb), self);
  g_signal_connect_swapped (self->store, "changed", G_CALLBACK (store_changed_cb), self);

  return self;
}

MgDiaryStore *
mg_diary_store_new (const char *directory)
{
  return mg_diary_store_new_with_clock (directory, NULL, NULL);
}

/**
 * mg_diary_store_dup_default:
 *
 * Returns: (transfer full): the diary in the user's data directory, one for
 * all the windows of this process
 */
MgDiaryStore *
mg_diary_store_dup_default (void)
{
  if (default_store != NULL)
    return g_object_ref (default_store);

  default_store = mg_diary_store_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (default_store), (gpointer *) &default_store);

  return default_store;
}

MgDiaryTracks
mg_diary_store_get_tracks (MgDiaryStore *self)
{
  g_autofree char *value = NULL;
  g_auto(GStrv) names = NULL;
  MgDiaryTracks tracks = MG_DIARY_TRACKS_NONE;

  g_return_val_if_fail (MG_IS_DIARY_STORE (self), MG_DIARY_TRACKS_NONE);

  value = dup_clean_value (self, SETTINGS_GROUP, "tracks");
  names = g_strsplit (value != NULL ? value : "", ";", 0);
  for (guint i = 0; names[i] != NULL; i++) {
    for (guint j = 0; j < G_N_ELEMENTS (track_names); j++) {
      if (strcmp (g_strstrip (names[i]), track_names[j].name) == 0)
        tracks |= track_names[j].tracks;
    }
  }

  return tracks;
}

guint
mg_diary_tracks_choice_get_n (void)
{
  return G_N_ELEMENTS (track_choices);
}

MgDiaryTracks
mg_diary_tracks_choice_get (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (track_choices), MG_DIARY_TRACKS_NONE);

  return track_choices[position].tracks;
}

/**
 * mg_diary_tracks_choice_find:
 *
 * Returns: the position of @tracks among the choices, or G_MAXUINT where
 *   none is chosen yet (MG_DIARY_TRACKS_NONE)
 */
guint
mg_diary_tracks_choice_find (MgDiaryTracks tracks)
{
  for (guint i = 0; i < G_N_ELEMENTS (track_choices); i++) {
    if (track_choices[i].tracks == tracks)
      return i;
  }
  return G_MAXUINT;
}

/**
 * mg_diary_tracks_choice_from_id:
 *
 * Returns: the position of the choice called @id (“restless-legs”,
 *   “back-pain”, “both”), or G_MAXUINT where there is none
 */
guint
mg_diary_tracks_choice_from_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (track_choices); i++) {
    if (g_strcmp0 (track_choices[i].id, id) == 0)
      return i;
  }
  return G_MAXUINT;
}

/**
 * mg_diary_store_set_tracks:
 *
 * Sets what the person records: restless legs (with sleep), back pain or
 * both. The days recorded stay as they are.
 */
void
mg_diary_store_set_tracks (MgDiaryStore  *self,
                           MgDiaryTracks  tracks)
{
  g_autoptr(GString) value = g_string_new (NULL);

  g_return_if_fail (MG_IS_DIARY_STORE (self));
  g_return_if_fail ((tracks & ~(MG_DIARY_TRACKS_RESTLESS_LEGS | MG_DIARY_TRACKS_BACK_PAIN)) == 0);

  if (tracks == mg_diary_store_get_tracks (self))
    return;

  for (guint j = 0; j < G_N_ELEMENTS (track_names); j++) {
    if ((tracks & track_names[j].tracks) != 0)
      g_string_append_printf (value, "%s%s", value->len > 0 ? ";" : "", track_names[j].name);
  }
  mg_key_file_store_set_value (self->store, SETTINGS_GROUP, "tracks",
                               value->len > 0 ? value->str : NULL);
  mg_key_file_store_commit (self->store);
}

/**
 * mg_diary_store_dup_entry:
 * @day: YYYY-MM-DD
 *
 * Returns: (transfer full): what was recorded on @day; an empty entry when
 * nothing was
 */
MgDiaryEntry *
mg_diary_store_dup_entry (MgDiaryStore *self,
                          const char   *day)
{
  MgDiaryEntry *entry;

  g_return_val_if_fail (MG_IS_DIARY_STORE (self), NULL);
  g_return_val_if_fail (is_day (day), NULL);

  entry = mg_diary_entry_new (day);
  read_entry (self, entry);

  return entry;
}

/* Writes the values of @entry that differ from those of @before: a value
 * this version could not read stays until the person changes it. */
static void
write_entry (MgDiaryStore       *self,
             const MgDiaryEntry *before,
             const MgDiaryEntry *entry)
{
  char *old_values[N_FIELDS], *new_values[N_FIELDS];

  entry_values (before, old_values);
  entry_values (entry, new_values);
  for (guint f = 0; f < N_FIELDS; f++) {
    if (g_strcmp0 (old_values[f], new_values[f]) != 0)
      mg_key_file_store_set_value (self->store, entry->day, field_keys[f], new_values[f]);
    g_free (old_values[f]);
    g_free (new_values[f]);
  }
}

/**
 * mg_diary_store_set_entry:
 *
 * Records @entry for its day, at once; it is saved shortly after. An empty
 * entry takes the day's values away.
 */
void
mg_diary_store_set_entry (MgDiaryStore       *self,
                          const MgDiaryEntry *entry)
{
  g_autoptr(MgDiaryEntry) before = NULL;

  g_return_if_fail (MG_IS_DIARY_STORE (self));
  g_return_if_fail (entry != NULL && mg_diary_entry_is_valid (entry));

  before = mg_diary_store_dup_entry (self, entry->day);
  if (mg_diary_entry_equal (before, entry))
    return;

  write_entry (self, before, entry);
  mg_key_file_store_commit (self->store);
}

/* Takes the whole day away, values this version does not know included. */
void
mg_diary_store_clear_day (MgDiaryStore *self,
                          const char   *day)
{
  g_return_if_fail (MG_IS_DIARY_STORE (self));
  g_return_if_fail (is_day (day));

  if (!mg_key_file_store_has_group (self->store, day))
    return;

  mg_key_file_store_remove_group (self->store, day);
  mg_key_file_store_commit (self->store);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * mg_diary_store_dup_days:
 *
 * Returns: (transfer full): every day with something recorded, the oldest first
 */
GStrv
mg_diary_store_dup_days (MgDiaryStore *self)
{
  g_auto(GStrv) groups = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MG_IS_DIARY_STORE (self), NULL);

  groups = mg_key_file_store_dup_groups (self->store);
  for (guint i = 0; groups[i] != NULL; i++) {
    if (is_day (groups[i]))
      g_ptr_array_add (days, groups[i]);
  }
  g_ptr_array_sort (days, compare_days);
  for (guint i = 0; i < days->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (days, i));

  return g_strv_builder_end (builder);
}

/**
 * mg_diary_store_dup_entries:
 *
 * Returns: (transfer full) (element-type MgDiaryEntry): every day's entry,
 * the oldest first, for MgDiaryStats and the CSV export
 */
GPtrArray *
mg_diary_store_dup_entries (MgDiaryStore *self)
{
  g_auto(GStrv) days = NULL;
  GPtrArray *entries;

  g_return_val_if_fail (MG_IS_DIARY_STORE (self), NULL);

  days = mg_diary_store_dup_days (self);
  entries = g_ptr_array_new_full (g_strv_length (days), (GDestroyNotify) mg_diary_entry_free);
  for (guint i = 0; days[i] != NULL; i++)
    g_ptr_array_add (entries, mg_diary_store_dup_entry (self, days[i]));

  return entries;
}

/**
 * mg_diary_store_dup_plan:
 *
 * Returns: (transfer full): the trial plan; one without a start when there
 * is none, or when the file's plan cannot be read (it stays in the file
 * until a new plan is set)
 */
MgTrialPlan *
mg_diary_store_dup_plan (MgDiaryStore *self)
{
  char *values[MG_TRIAL_PLAN_N_KEYS];
  MgTrialPlan *plan;

  g_return_val_if_fail (MG_IS_DIARY_STORE (self), NULL);

  for (guint k = 0; k < MG_TRIAL_PLAN_N_KEYS; k++)
    values[k] = dup_clean_value (self, TRIAL_GROUP, mg_trial_plan_keys[k]);
  plan = mg_trial_plan_new_from_values ((const char * const *) values);
  for (guint k = 0; k < MG_TRIAL_PLAN_N_KEYS; k++)
    g_free (values[k]);

  return plan != NULL ? plan : mg_trial_plan_new ();
}

/**
 * mg_diary_store_set_plan:
 *
 * Keeps @plan (start, pause, resume, stop are the plan's own functions on a
 * copy from mg_diary_store_dup_plan()); one without a start removes it.
 */
void
mg_diary_store_set_plan (MgDiaryStore      *self,
                         const MgTrialPlan *plan)
{
  g_autoptr(MgTrialPlan) before = NULL;

  g_return_if_fail (MG_IS_DIARY_STORE (self));
  g_return_if_fail (plan != NULL);

  /* Setting no plan also clears a plan in the file that could not be read. */
  before = mg_diary_store_dup_plan (self);
  if (mg_trial_plan_equal (before, plan) &&
      (mg_trial_plan_is_started (plan) || !mg_key_file_store_has_group (self->store, TRIAL_GROUP)))
    return;

  for (guint k = 0; k < MG_TRIAL_PLAN_N_KEYS; k++) {
    g_autofree char *value = mg_trial_plan_dup_value (plan, k);

    mg_key_file_store_set_value (self->store, TRIAL_GROUP, mg_trial_plan_keys[k], value);
  }
  mg_key_file_store_commit (self->store);
}

/**
 * mg_diary_store_delete_all:
 *
 * Deletes every day, the plan and the choice of what is tracked, in one
 * save. What was deleted stays in memory, and only there, until
 * mg_diary_store_forget_deleted() or the end of the store, so that the view
 * can offer to undo it.
 */
void
mg_diary_store_delete_all (MgDiaryStore *self)
{
  g_auto(GStrv) groups = NULL;
  Deleted *deleted;

  g_return_if_fail (MG_IS_DIARY_STORE (self));

  deleted = g_new0 (Deleted, 1);
  deleted->entries = mg_diary_store_dup_entries (self);
  deleted->plan = mg_diary_store_dup_plan (self);
  deleted->tracks = mg_diary_store_get_tracks (self);
  g_clear_pointer (&self->deleted, deleted_free);
  self->deleted = deleted;

  groups = mg_key_file_store_dup_groups (self->store);
  for (guint i = 0; groups[i] != NULL; i++) {
    if (strcmp (groups[i], format.header_group) != 0)
      mg_key_file_store_remove_group (self->store, groups[i]);
  }
  g_object_freeze_notify (G_OBJECT (self));
  mg_key_file_store_commit (self->store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
mg_diary_store_get_can_undo_delete (MgDiaryStore *self)
{
  g_return_val_if_fail (MG_IS_DIARY_STORE (self), FALSE);

  return self->deleted != NULL;
}

/**
 * mg_diary_store_undo_delete:
 *
 * Brings back what mg_diary_store_delete_all() deleted, in one save. Days
 * recorded since are kept; a day recorded both before and since is the
 * one recorded since.
 */
void
mg_diary_store_undo_delete (MgDiaryStore *self)
{
  g_autoptr(MgTrialPlan) plan = NULL;
  Deleted *deleted;

  g_return_if_fail (MG_IS_DIARY_STORE (self));
  g_return_if_fail (self->deleted != NULL);

  deleted = g_steal_pointer (&self->deleted);
  for (guint i = 0; i < deleted->entries->len; i++) {
    const MgDiaryEntry *entry = g_ptr_array_index (deleted->entries, i);
    g_autoptr(MgDiaryEntry) now = mg_diary_store_dup_entry (self, entry->day);

    if (mg_diary_entry_is_empty (now))
      write_entry (self, now, entry);
  }
  plan = mg_diary_store_dup_plan (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (!mg_trial_plan_is_started (plan))
    mg_diary_store_set_plan (self, deleted->plan);
  if (mg_diary_store_get_tracks (self) == MG_DIARY_TRACKS_NONE)
    mg_diary_store_set_tracks (self, deleted->tracks);
  mg_key_file_store_commit (self->store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
  g_object_thaw_notify (G_OBJECT (self));
  deleted_free (deleted);
}

/* Lets go of what delete-all took: from now on it is gone. */
void
mg_diary_store_forget_deleted (MgDiaryStore *self)
{
  g_return_if_fail (MG_IS_DIARY_STORE (self));

  if (self->deleted == NULL)
    return;

  g_clear_pointer (&self->deleted, deleted_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
}

/**
 * mg_diary_store_get_file:
 *
 * Returns: (transfer none): the store of the file, for what a view shows
 * and does about the disk: #MgKeyFileStore:loaded, #MgKeyFileStore:problems
 * and the failure behind them, the file set aside, and the flush at quit
 */
/**
 * mg_diary_store_peek_default:
 *
 * Returns: (transfer none) (nullable): the diary in the user's data
 * directory, if a view opened it: what the application flushes at quit
 */
MgDiaryStore *
mg_diary_store_peek_default (void)
{
  return default_store;
}

MgKeyFileStore *
mg_diary_store_get_file (MgDiaryStore *self)
{
  g_return_val_if_fail (MG_IS_DIARY_STORE (self), NULL);

  return self->store;
}
