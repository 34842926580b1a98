/* mg-intake-store.c: the foods ticked each day, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-intake-store"

#include "config.h"

#include <string.h>

#include "mg-date.h"
#include "mg-foods.h"
#include "mg-intake-store-private.h"
#include "mg-key-file-store-private.h"

/* The checklist is a key file with a group per day ("2026-11-22") that maps
 * food ids to servings. Keeping it safe (reading off the main thread, the
 * set-aside, the saves in a worker, the retries, the problems) is
 * MgKeyFileStore's; this store knows the foods, the servings and the day
 * that today is. Every day a person ever ticked is kept: the store deletes
 * nothing on the clock's word, and a day leaves the file only when the
 * person clears it. */

static const MgKeyFileStoreFormat format = {
  .file_name = MG_INTAKE_STORE_FILE_NAME,
  .header_group = "Food Checklist",
  .header_comment = " Magnesium Guide: the foods ticked each day, in servings",
  .version = 1,
  /* Earlier versions locked the folder with this file; it is removed. */
  .old_lock_file_name = "food-checklist.lock",
  .task_name = "[mg] intake store disk visit",
  .timeout_save = MG_INTAKE_STORE_TIMEOUT_SAVE,
  .timeout_retry = MG_INTAKE_STORE_TIMEOUT_RETRY,
  .timeout_reload = MG_INTAKE_STORE_TIMEOUT_RELOAD,
};

/* The checklist's problems and failures are the shared store's, value for value. */
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_PROBLEM_SET_ASIDE == (int) MG_STORE_PROBLEM_SET_ASIDE);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE == (int) MG_STORE_PROBLEM_CANNOT_SAVE);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_PROBLEM_CANNOT_READ == (int) MG_STORE_PROBLEM_CANNOT_READ);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_PROBLEM_NEWER_VERSION == (int) MG_STORE_PROBLEM_NEWER_VERSION);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_NO_SPACE == (int) MG_STORE_FAILURE_NO_SPACE);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_NO_PERMISSION == (int) MG_STORE_FAILURE_NO_PERMISSION);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_READ_ONLY == (int) MG_STORE_FAILURE_READ_ONLY);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_OTHER == (int) MG_STORE_FAILURE_OTHER);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_DAMAGED == (int) MG_STORE_FAILURE_DAMAGED);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_NOT_A_FILE == (int) MG_STORE_FAILURE_NOT_A_FILE);
G_STATIC_ASSERT ((int) MG_INTAKE_STORE_FAILURE_TOO_LARGE == (int) MG_STORE_FAILURE_TOO_LARGE);

struct _MgIntakeStore {
  GObject             parent_instance;

  MgKeyFileStore     *store;
  const MgStoreClock *clock;
  gpointer            clock_data;

  char               *today;
  guint               day_source;
};

G_DEFINE_FINAL_TYPE (MgIntakeStore, mg_intake_store, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (MgIntakeStoreProblems, mg_intake_store_problems,
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_SET_ASIDE, "set-aside"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE, "cannot-save"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_CANNOT_READ, "cannot-read"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_NEWER_VERSION, "newer-version"))

G_DEFINE_ENUM_TYPE (MgIntakeStoreFailure, mg_intake_store_failure,
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NO_SPACE, "no-space"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NO_PERMISSION, "no-permission"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_READ_ONLY, "read-only"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_OTHER, "other"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_DAMAGED, "damaged"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_NOT_A_FILE, "not-a-file"),
                    G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_FAILURE_TOO_LARGE, "too-large"))

enum {
  PROP_0,
  PROP_TODAY,
  PROP_LOADED,
  PROP_PROBLEMS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static MgIntakeStore *default_store;

void
mg_intake_store_set_file_ops (const MgIntakeStoreFileOps *ops)
{
  mg_key_file_store_set_file_ops (ops);
}

static gboolean
is_day_key (const char *key)
{
  return mg_date_parse_iso (key, NULL);
}

static gboolean
is_food_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *c = id; *c != '\0'; c++) {
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && *c != '-')
      return FALSE;
  }

  return TRUE;
}

/* Servings as the file writes them: "1", "1.5", whatever the locale. */
static char *
format_halves (guint halves)
{
  return g_strdup_printf (halves % 2 != 0 ? "%u.5" : "%u", halves / 2);
}

/* 0 for anything that is not a number of servings this version accepts. */
static guint
parse_halves (const char *value)
{
  char *end = NULL;
  double servings;

  if (value == NULL)
    return 0;

  servings = g_ascii_strtod (value, &end);
  /* GKeyFile takes a "\r" at a line's end for part of the line break when
   * it reads a file it wrote, one each time: read the value as it will be
   * read after the next save, or a save would change what the day holds. */
  while (end != value && *end == '\r')
    end++;
  if (end == value || *end != '\0' || !(servings > 0) || servings > MG_FOOD_MAX_SERVINGS)
    return 0;

  return (guint) (servings * 2 + 0.5);
}

/* 0 removes the food, and the day with its last food. */
static void
set_halves (MgIntakeStore *self,
            const char    *day,
            const char    *food_id,
            guint          halves)
{
  g_autofree char *value = halves > 0 ? format_halves (halves) : NULL;

  mg_key_file_store_set_value (self->store, day, food_id, value);
}

static guint
halves_from_servings (double servings)
{
  return (guint) (CLAMP (servings, 0, MG_FOOD_MAX_SERVINGS) * 2 + 0.5);
}

static GDateTime *
clock_now (MgIntakeStore *self)
{
  return self->clock->now (self->clock_data);
}

static void
clear_timeout (MgIntakeStore *self,
               guint         *id)
{
  if (*id != 0)
    self->clock->remove_timeout (self->clock_data, *id);
  *id = 0;
}

static void
update_today (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = clock_now (self);
  g_autofree char *today = NULL;

  /* Past the year 9999 GLib has no time to give: keep the day there is. */
  if (now == NULL) {
    if (self->today == NULL)
      self->today = g_strdup ("9999-12-31");
    return;
  }

  today = g_date_time_format (now, "%Y-%m-%d");
  if (today == NULL || g_strcmp0 (today, self->today) == 0)
    return;

  g_free (self->today);
  self->today = g_steal_pointer (&today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void schedule_day_check (MgIntakeStore *self);

static void
day_check_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->day_source = 0;
  update_today (self);
  schedule_day_check (self);
}

/* How long until the next midnight, in ms; a minute if the clock cannot say. */
static guint
ms_to_midnight (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = clock_now (self);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;

  if (now == NULL)
    return 60 * 1000;
  midnight = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                              g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                              0, 0, 0);
  if (midnight != NULL)
    next = g_date_time_add_days (midnight, 1);
  if (next == NULL)
    return 60 * 1000;

  return (guint) CLAMP (g_date_time_difference (next, now) / 1000 + 1, 1, 60 * 1000);
}

/* Wakes at the next midnight, and at least every minute: timeouts do not
 * count the time a computer sleeps, nor follow a clock that was set. */
static void
schedule_day_check (MgIntakeStore *self)
{
  self->day_source = self->clock->add_timeout (self->clock_data, ms_to_midnight (self),
                                               MG_INTAKE_STORE_TIMEOUT_DAY_CHECK,
                                               day_check_cb, self);
}

static void
store_changed_cb (MgIntakeStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
store_notify_cb (MgIntakeStore *self,
                 GParamSpec    *pspec)
{
  if (g_strcmp0 (pspec->name, "loaded") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  else if (g_strcmp0 (pspec->name, "problems") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

static void
mg_intake_store_dispose (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  clear_timeout (self, &self->day_source);
  if (self->store != NULL) {
    /* A save under way keeps the shared store until it is done. */
    g_signal_handlers_disconnect_by_data (self->store, self);
    g_clear_object (&self->store);
  }

  G_OBJECT_CLASS (mg_intake_store_parent_class)->dispose (object);
}

static void
mg_intake_store_finalize (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  g_free (self->today);

  G_OBJECT_CLASS (mg_intake_store_parent_class)->finalize (object);
}

static void
mg_intake_store_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  switch (prop_id) {
  case PROP_TODAY:
    g_value_set_string (value, self->today);
    break;
  case PROP_LOADED:
    g_value_set_boolean (value, mg_key_file_store_get_loaded (self->store));
    break;
  case PROP_PROBLEMS:
    g_value_set_flags (value, mg_key_file_store_get_problems (self->store));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_intake_store_class_init (MgIntakeStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_intake_store_dispose;
  object_class->finalize = mg_intake_store_finalize;
  object_class->get_property = mg_intake_store_get_property;

  /* The day the checklist shows, as YYYY-MM-DD: it changes at local midnight. */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the file has been looked at once: until then the days are empty. */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The problems there are now; notified when one comes or goes, and for
   * every file set aside. */
  properties[PROP_PROBLEMS] =
    g_param_spec_flags ("problems", NULL, NULL,
                        MG_TYPE_INTAKE_STORE_PROBLEMS,
                        MG_INTAKE_STORE_PROBLEM_NONE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any day changed: here, or in another instance's file. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_intake_store_init (MgIntakeStore *self)
{
  self->clock = mg_store_clock_get_local ();
}

/**
 * mg_intake_store_new_with_clock:
 * @directory: (nullable): where the file lives; %NULL for the user’s data
 *   directory (inside a Flatpak, its own one)
 * @clock: (nullable): what tells the time and wakes the store; %NULL for
 *   the local time and GLib's timeouts. It must outlive the store.
 * @clock_data: what @clock's functions get first
 *
 * Starts reading the file in a worker thread; the days are empty until
 * #MgIntakeStore:loaded is %TRUE. Changes made before then are kept.
 */
MgIntakeStore *
mg_intake_store_new_with_clock (const char               *directory,
                                const MgIntakeStoreClock *clock,
                                gpointer                  clock_data)
{
  MgIntakeStore *self = g_object_new (MG_TYPE_INTAKE_STORE, NULL);
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);

  if (clock != NULL) {
    self->clock = clock;
    self->clock_data = clock_data;
  }

  update_today (self);
  self->store = mg_key_file_store_new (&format, directory != NULL ? directory : data_dir,
                                       self->clock, self->clock_data);
  g_signal_connect_swapped (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  g_signal_connect_swapped (self->store, "notify", G_CALLBACK (store_notify_cb), self);
  schedule_day_check (self);

  return self;
}

MgIntakeStore *
mg_intake_store_new (const char *directory)
{
  return mg_intake_store_new_with_clock (directory, NULL, NULL);
}

/**
 * mg_intake_store_dup_default:
 *
 * Returns: (transfer full): the store in the user’s data directory, one for
 * all the windows of this process
 */
MgIntakeStore *
mg_intake_store_dup_default (void)
{
  if (default_store != NULL)
    return g_object_ref (default_store);

  default_store = mg_intake_store_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (default_store), (gpointer *) &default_store);

  return default_store;
}

/**
 * mg_intake_store_peek_default:
 *
 * Returns: (transfer none) (nullable): the store in the user’s data
 * directory, if a window opened it
 */
MgIntakeStore *
mg_intake_store_peek_default (void)
{
  return default_store;
}

const char *
mg_intake_store_get_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return mg_key_file_store_get_path (self->store);
}

gboolean
mg_intake_store_get_loaded (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return mg_key_file_store_get_loaded (self->store);
}

const char *
mg_intake_store_get_today (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->today;
}

/**
 * mg_intake_store_dup_last_days:
 *
 * Returns: (transfer full): the keys of the last @n_days days, the oldest
 * first and today last
 */
GStrv
mg_intake_store_dup_last_days (MgIntakeStore *self,
                               guint          n_days)
{
  g_autoptr(GStrvBuilder) days = g_strv_builder_new ();

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);
  g_return_val_if_fail (n_days <= 366, NULL);

  for (guint i = 0; i < n_days; i++) {
    char *day = mg_date_add_days (self->today, (int) i - (int) n_days + 1);

    /* Before the year 1 there are no days to show. */
    if (day != NULL)
      g_strv_builder_take (days, day);
  }

  return g_strv_builder_end (days);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * mg_intake_store_dup_days:
 *
 * Returns: (transfer full): every day with a food on it, the oldest first
 */
GStrv
mg_intake_store_dup_days (MgIntakeStore *self)
{
  g_auto(GStrv) groups = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  groups = mg_key_file_store_dup_groups (self->store);
  for (guint i = 0; groups[i] != NULL; i++) {
    if (is_day_key (groups[i]))
      g_ptr_array_add (days, groups[i]);
  }
  g_ptr_array_sort (days, compare_days);
  for (guint i = 0; i < days->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (days, i));

  return g_strv_builder_end (builder);
}

double
mg_intake_store_get_servings (MgIntakeStore *self,
                              const char    *day,
                              const char    *food_id)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), 0);
  g_return_val_if_fail (is_day_key (day), 0);
  g_return_val_if_fail (is_food_id (food_id), 0);

  value = mg_key_file_store_dup_value (self->store, day, food_id);

  return parse_halves (value) / 2.0;
}

/**
 * mg_intake_store_set_servings:
 * @servings: from 0 (not eaten) to MG_FOOD_MAX_SERVINGS, in half servings
 *
 * Sets what a person ate of one food on @day: it shows at once and is saved
 * shortly after.
 */
void
mg_intake_store_set_servings (MgIntakeStore *self,
                              const char    *day,
                              const char    *food_id,
                              double         servings)
{
  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));
  g_return_if_fail (is_food_id (food_id));
  g_return_if_fail (servings >= 0 && servings <= MG_FOOD_MAX_SERVINGS);

  set_halves (self, day, food_id, halves_from_servings (servings));
  mg_key_file_store_commit (self->store);
}

/**
 * mg_intake_store_dup_day:
 *
 * Returns: (transfer full): the foods eaten on @day, their ids mapped to
 * GUINT_TO_POINTER (servings × 2)
 */
GHashTable *
mg_intake_store_dup_day (MgIntakeStore *self,
                         const char    *day)
{
  GHashTable *halves_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) keys = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), halves_by_id);
  g_return_val_if_fail (is_day_key (day), halves_by_id);

  keys = mg_key_file_store_dup_keys (self->store, day);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++) {
    g_autofree char *value = mg_key_file_store_dup_value (self->store, day, keys[i]);
    guint halves = parse_halves (value);

    if (halves > 0 && is_food_id (keys[i]))
      g_hash_table_insert (halves_by_id, g_strdup (keys[i]), GUINT_TO_POINTER (halves));
  }

  return halves_by_id;
}

/**
 * mg_intake_store_merge_day:
 * @halves_by_id: food ids mapped to GUINT_TO_POINTER (servings × 2), as
 *   mg_intake_store_dup_day() returns them
 *
 * Sets these foods on @day, in one save, leaving the others as they are:
 * what undoes mg_intake_store_clear_day().
 */
void
mg_intake_store_merge_day (MgIntakeStore *self,
                           const char    *day,
                           GHashTable    *halves_by_id)
{
  GHashTableIter iter;
  gpointer id, halves;

  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));
  g_return_if_fail (halves_by_id != NULL);

  g_hash_table_iter_init (&iter, halves_by_id);
  while (g_hash_table_iter_next (&iter, &id, &halves)) {
    if (is_food_id (id) && GPOINTER_TO_UINT (halves) <= MG_FOOD_MAX_SERVINGS * 2)
      set_halves (self, day, id, GPOINTER_TO_UINT (halves));
  }
  mg_key_file_store_commit (self->store);
}

void
mg_intake_store_clear_day (MgIntakeStore *self,
                           const char    *day)
{
  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));

  mg_key_file_store_remove_group (self->store, day);
  mg_key_file_store_commit (self->store);
}

/**
 * mg_intake_store_get_total_mg:
 *
 * Returns: the magnesium of the foods eaten on @day, in mg, rounded
 */
guint
mg_intake_store_get_total_mg (MgIntakeStore *self,
                              const char    *day)
{
  g_autoptr(GHashTable) halves_by_id = NULL;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), 0);
  g_return_val_if_fail (is_day_key (day), 0);

  halves_by_id = mg_intake_store_dup_day (self, day);

  return (guint) (mg_foods_sum_mg (halves_by_id) + 0.5);
}

/**
 * mg_intake_store_has_unsaved_changes:
 *
 * Returns: whether changes are shown that are not on disk yet
 */
gboolean
mg_intake_store_has_unsaved_changes (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return mg_key_file_store_has_unsaved_changes (self->store);
}

static void
flushed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (mg_key_file_store_flush_finish (MG_KEY_FILE_STORE (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * mg_intake_store_flush_async:
 *
 * Saves the pending changes now, in the worker, and calls back when none is
 * left or when saving failed. It also waits for the first read.
 */
void
mg_intake_store_flush_async (MgIntakeStore       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (MG_IS_INTAKE_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mg_intake_store_flush_async);
  mg_key_file_store_flush_async (self->store, cancellable, flushed_cb, task);
}

gboolean
mg_intake_store_flush_finish (MgIntakeStore  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * mg_intake_store_flush_sync:
 *
 * Saves the pending changes in the calling thread, once the worker is done:
 * for the end of the app, when nothing is left to draw.
 */
gboolean
mg_intake_store_flush_sync (MgIntakeStore  *self,
                            GError        **error)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return mg_key_file_store_flush_sync (self->store, error);
}

/* Whether the worker has a visit to the disk that the main context has not
 * taken back yet. */
gboolean
mg_intake_store_is_busy (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), FALSE);

  return mg_key_file_store_is_busy (self->store);
}

/**
 * mg_intake_store_get_problems:
 *
 * Returns: what stands between the person’s ticks and the disk now
 */
MgIntakeStoreProblems
mg_intake_store_get_problems (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_PROBLEM_NONE);

  return (MgIntakeStoreProblems) mg_key_file_store_get_problems (self->store);
}

/**
 * mg_intake_store_get_failure:
 *
 * Returns: why the file cannot be read or saved, while it cannot
 */
MgIntakeStoreFailure
mg_intake_store_get_failure (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_FAILURE_NONE);

  return (MgIntakeStoreFailure) mg_key_file_store_get_failure (self->store);
}

/**
 * mg_intake_store_get_set_aside_path:
 *
 * Returns: (nullable): where the last file that was no checklist was kept
 */
const char *
mg_intake_store_get_set_aside_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return mg_key_file_store_get_set_aside_path (self->store);
}

/**
 * mg_intake_store_get_set_aside_reason:
 *
 * Returns: why the last file was set aside: damaged, not a file or too large
 */
MgIntakeStoreFailure
mg_intake_store_get_set_aside_reason (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_FAILURE_NONE);

  return (MgIntakeStoreFailure) mg_key_file_store_get_set_aside_reason (self->store);
}
