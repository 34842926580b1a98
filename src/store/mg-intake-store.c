/* mg-intake-store.c: the foods ticked each day, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-intake-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>

#include "mg-date.h"
#include "mg-foods.h"
#include "mg-intake-store.h"

/* How the store keeps the days safe.
 *
 * The file is a GKeyFile with a group per day ("2026-11-22") that maps food
 * ids to servings. It is always written whole, with g_file_set_contents_full
 * (CONSISTENT | DURABLE): a new file is written, flushed to disk and renamed
 * over the old one, so a crash, a power cut or a full disk leaves either the
 * old or the new file, never part of one.
 *
 * Every change (a food’s servings, a cleared day) is kept in `pending` until it
 * is on disk. To save, the store takes an flock on a lock file beside the data,
 * reads the file again, replays its pending changes on what it read, writes
 * and lets go. So two windows or instances only ever add their changes to each
 * other’s; when both change the same food of the same day, the last one wins.
 * A GFileMonitor reloads the file when another instance wrote it. What the
 * store shows is always the file as last read with the pending changes on top.
 *
 * A file that cannot be read or parsed is renamed aside, never deleted; the
 * store goes on from what it read last (nothing, at start) and reports
 * SET_ASIDE once. If the file cannot even be renamed, the store does not write
 * over it. When writing fails (no directory, no permission, a full disk), the
 * changes stay pending and on view, the store reports CANNOT_SAVE once and
 * tries again at the next change: nothing is lost for the session.
 *
 * A day starts at midnight in the clock’s time zone (the local one). Days more
 * than MG_INTAKE_STORE_RETENTION_DAYS before today are dropped at the next
 * save: the week chart needs seven, the rest lets a person look back. */

#define HEADER_GROUP "Food Checklist"
#define FORMAT_VERSION 1
#define LOCK_FILE_NAME "food-checklist.lock"
/* Another instance holds the lock for one read and one write; past this, go
 * on without it rather than freeze the window. */
#define LOCK_TRIES 100
#define LOCK_WAIT_USEC (20 * 1000)

typedef struct {
  char  *day;
  char  *food_id;  /* NULL: the change clears the whole day */
  guint  halves;   /* servings × 2; 0 removes the food */
} Change;

struct _MgIntakeStore {
  GObject                parent_instance;

  char                  *directory;
  char                  *path;
  char                  *lock_path;
  MgIntakeStoreClock     clock;
  gpointer               clock_data;

  GKeyFile              *base;     /* the file as last read */
  GKeyFile              *view;     /* base with the pending changes replayed */
  GPtrArray             *pending;  /* of Change, not yet on disk */

  char                  *today;
  guint                  day_source;
  GFileMonitor          *monitor;
  guint                  reload_source;

  MgIntakeStoreProblems  problems;
  char                  *set_aside_path;
};

G_DEFINE_FINAL_TYPE (MgIntakeStore, mg_intake_store, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (MgIntakeStoreProblems, mg_intake_store_problems,
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_SET_ASIDE, "set-aside"),
                     G_DEFINE_ENUM_VALUE (MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE, "cannot-save"))

enum {
  PROP_0,
  PROP_TODAY,
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

static void
change_free (Change *change)
{
  g_free (change->day);
  g_free (change->food_id);
  g_free (change);
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

static guint
halves_from_servings (double servings)
{
  return (guint) (CLAMP (servings, 0, MG_FOOD_MAX_SERVINGS) * 2 + 0.5);
}

static GDateTime *
local_now (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static void
report (MgIntakeStore         *self,
        MgIntakeStoreProblems  problem)
{
  if ((self->problems & problem) != 0)
    return;

  self->problems |= problem;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

/* Returns a file descriptor that holds the lock, or -1 to go on without. */
static int
lock_directory (MgIntakeStore *self)
{
  int fd;

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    return -1;

  fd = g_open (self->lock_path, O_RDWR | O_CREAT, 0600);
  if (fd < 0)
    return -1;

  for (guint i = 0; i < LOCK_TRIES; i++) {
    if (flock (fd, LOCK_EX | LOCK_NB) == 0)
      return fd;
    g_usleep (LOCK_WAIT_USEC);
  }

  g_message ("%s stays locked; saving without the lock", self->lock_path);
  g_close (fd, NULL);
  return -1;
}

static void
unlock_directory (int fd)
{
  if (fd >= 0)
    g_close (fd, NULL);
}

/* Renames the unreadable file aside, under a name no earlier one has. */
static gboolean
set_aside (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = self->clock (self->clock_data);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 0; i < 1000; i++) {
    g_autofree char *aside = i == 0 ? g_strdup_printf ("%s.damaged-%s", self->path, stamp)
                                    : g_strdup_printf ("%s.damaged-%s-%u", self->path, stamp, i);

    if (g_file_test (aside, G_FILE_TEST_EXISTS))
      continue;

    if (g_rename (self->path, aside) != 0) {
      g_message ("Cannot set %s aside: %s", self->path, g_strerror (errno));
      return FALSE;
    }

    g_message ("Set the unreadable %s aside as %s", self->path, aside);
    g_free (self->set_aside_path);
    self->set_aside_path = g_steal_pointer (&aside);
    report (self, MG_INTAKE_STORE_PROBLEM_SET_ASIDE);
    return TRUE;
  }

  return FALSE;
}

/* Reads the file into base. Returns whether the file may be written. */
static gboolean
read_base (MgIntakeStore *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (self->path, &contents, &length, &error)) {
    if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
      g_key_file_unref (self->base);
      self->base = g_steal_pointer (&file);
      return TRUE;
    }
    g_message ("Cannot read %s: %s", self->path, error->message);
    return set_aside (self);
  }

  if (!g_key_file_load_from_data (file, contents, length, G_KEY_FILE_KEEP_COMMENTS, &error)) {
    g_message ("%s is damaged: %s", self->path, error->message);
    return set_aside (self);
  }

  g_key_file_unref (self->base);
  self->base = g_steal_pointer (&file);
  return TRUE;
}

static gboolean
write_file (MgIntakeStore *self,
            GKeyFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (g_mkdir_with_parents (self->directory, 0700) != 0) {
    g_message ("Cannot create %s: %s", self->directory, g_strerror (errno));
    return FALSE;
  }

  data = g_key_file_to_data (file, &length, NULL);
  if (!g_file_set_contents_full (self->path, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error)) {
    g_message ("Cannot save %s: %s", self->path, error->message);
    return FALSE;
  }

  return TRUE;
}

static GKeyFile *
copy_key_file (GKeyFile *source)
{
  GKeyFile *copy = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize length;

  data = g_key_file_to_data (source, &length, NULL);
  /* What GKeyFile writes it reads back; should that ever fail, start empty
   * rather than write something half understood. */
  if (!g_key_file_load_from_data (copy, data, length, G_KEY_FILE_KEEP_COMMENTS, NULL)) {
    g_key_file_unref (copy);
    copy = g_key_file_new ();
  }

  return copy;
}

static void
apply_change (GKeyFile     *file,
              const Change *change)
{
  g_autofree char *value = NULL;

  if (change->food_id == NULL) {
    g_key_file_remove_group (file, change->day, NULL);
  } else if (change->halves == 0) {
    g_auto(GStrv) left = NULL;

    g_key_file_remove_key (file, change->day, change->food_id, NULL);
    left = g_key_file_get_keys (file, change->day, NULL, NULL);
    if (left != NULL && left[0] == NULL)
      g_key_file_remove_group (file, change->day, NULL);
  } else {
    value = format_halves (change->halves);
    g_key_file_set_value (file, change->day, change->food_id, value);
  }
}

static void
drop_old_days (MgIntakeStore *self,
               GKeyFile      *file)
{
  g_autofree char *oldest = mg_date_add_days (self->today, -MG_INTAKE_STORE_RETENTION_DAYS);
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);

  for (guint i = 0; groups[i] != NULL; i++) {
    if (is_day_key (groups[i]) && strcmp (groups[i], oldest) < 0)
      g_key_file_remove_group (file, groups[i], NULL);
  }
}

/* The base with the pending changes on top: what the store shows and saves. */
static GKeyFile *
replay (MgIntakeStore *self)
{
  GKeyFile *file = copy_key_file (self->base);

  if (!g_key_file_has_group (file, HEADER_GROUP)) {
    g_key_file_set_integer (file, HEADER_GROUP, "Version", FORMAT_VERSION);
    g_key_file_set_comment (file, HEADER_GROUP, NULL,
                            " Magnesium Guide: the foods ticked each day, in servings", NULL);
  }

  for (guint i = 0; i < self->pending->len; i++)
    apply_change (file, g_ptr_array_index (self->pending, i));
  drop_old_days (self, file);

  return file;
}

static void
show (MgIntakeStore *self,
      GKeyFile      *next)
{
  g_autofree char *before = self->view != NULL ? g_key_file_to_data (self->view, NULL, NULL) : NULL;
  g_autofree char *after = g_key_file_to_data (next, NULL, NULL);

  g_clear_pointer (&self->view, g_key_file_unref);
  self->view = next;

  if (g_strcmp0 (before, after) != 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Reads the file under the lock, saves the pending changes on top of it and
 * shows the result. */
static void
sync_with_disk (MgIntakeStore *self)
{
  int lock = lock_directory (self);
  gboolean writable = read_base (self);
  GKeyFile *next = replay (self);

  if (self->pending->len > 0) {
    if (writable && write_file (self, next)) {
      g_ptr_array_set_size (self->pending, 0);
      g_key_file_unref (self->base);
      self->base = copy_key_file (next);
    } else {
      report (self, MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE);
    }
  }

  unlock_directory (lock);
  show (self, next);
}

static void
add_change (MgIntakeStore *self,
            const char    *day,
            const char    *food_id,
            guint          halves)
{
  Change *change = g_new0 (Change, 1);

  change->day = g_strdup (day);
  change->food_id = g_strdup (food_id);
  change->halves = halves;
  g_ptr_array_add (self->pending, change);
}

static void
update_today (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = self->clock (self->clock_data);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (g_strcmp0 (today, self->today) == 0)
    return;

  g_free (self->today);
  self->today = g_steal_pointer (&today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

static void schedule_day_check (MgIntakeStore *self);

static gboolean
day_check_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->day_source = 0;
  update_today (self);
  schedule_day_check (self);

  return G_SOURCE_REMOVE;
}

/* Wakes at the next midnight, and at least every minute: timeouts do not
 * count the time a computer sleeps, nor follow a clock that was set. */
static void
schedule_day_check (MgIntakeStore *self)
{
  g_autoptr(GDateTime) now = self->clock (self->clock_data);
  g_autoptr(GDateTime) midnight = g_date_time_new (g_date_time_get_timezone (now),
                                                   g_date_time_get_year (now),
                                                   g_date_time_get_month (now),
                                                   g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);
  GTimeSpan wait_ms = g_date_time_difference (next, now) / 1000 + 1;

  self->day_source = g_timeout_add ((guint) CLAMP (wait_ms, 1, 60 * 1000), day_check_cb, self);
  g_source_set_name_by_id (self->day_source, "[mg] intake store day check");
}

static gboolean
reload_cb (gpointer user_data)
{
  MgIntakeStore *self = user_data;

  self->reload_source = 0;
  sync_with_disk (self);

  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data)
{
  MgIntakeStore *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_CHANGED || event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  /* An atomic write arrives as several events: read once they are over. */
  if (self->reload_source == 0) {
    self->reload_source = g_timeout_add (50, reload_cb, self);
    g_source_set_name_by_id (self->reload_source, "[mg] intake store reload");
  }
}

static void
watch_file (MgIntakeStore *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GError) error = NULL;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL) {
    g_message ("Changes from other windows will show at the next save: %s", error->message);
    return;
  }

  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

static void
mg_intake_store_dispose (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  g_clear_handle_id (&self->day_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitor != NULL) {
    g_signal_handlers_disconnect_by_data (self->monitor, self);
    g_file_monitor_cancel (self->monitor);
    g_clear_object (&self->monitor);
  }

  G_OBJECT_CLASS (mg_intake_store_parent_class)->dispose (object);
}

static void
mg_intake_store_finalize (GObject *object)
{
  MgIntakeStore *self = MG_INTAKE_STORE (object);

  g_free (self->directory);
  g_free (self->path);
  g_free (self->lock_path);
  g_free (self->today);
  g_free (self->set_aside_path);
  g_clear_pointer (&self->base, g_key_file_unref);
  g_clear_pointer (&self->view, g_key_file_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

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
  case PROP_PROBLEMS:
    g_value_set_flags (value, self->problems);
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
  /* Every problem met so far: each is added, and notified, once. */
  properties[PROP_PROBLEMS] =
    g_param_spec_flags ("problems", NULL, NULL,
                        MG_TYPE_INTAKE_STORE_PROBLEMS,
                        MG_INTAKE_STORE_PROBLEM_NONE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any day changed: here, or in another window or instance. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_intake_store_init (MgIntakeStore *self)
{
  self->clock = local_now;
  self->base = g_key_file_new ();
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
}

/**
 * mg_intake_store_new_with_clock:
 * @directory: (nullable): where the file lives; %NULL for the user’s data
 *   directory (inside a Flatpak, its own one)
 * @clock: (nullable): what tells the time; %NULL for the local time
 *
 * Loads the file, setting a damaged one aside.
 */
MgIntakeStore *
mg_intake_store_new_with_clock (const char         *directory,
                                MgIntakeStoreClock  clock,
                                gpointer            clock_data)
{
  MgIntakeStore *self = g_object_new (MG_TYPE_INTAKE_STORE, NULL);

  if (directory != NULL)
    self->directory = g_strdup (directory);
  else
    self->directory = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);
  self->path = g_build_filename (self->directory, MG_INTAKE_STORE_FILE_NAME, NULL);
  self->lock_path = g_build_filename (self->directory, LOCK_FILE_NAME, NULL);
  if (clock != NULL) {
    self->clock = clock;
    self->clock_data = clock_data;
  }

  update_today (self);
  sync_with_disk (self);
  watch_file (self);
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

const char *
mg_intake_store_get_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->path;
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
  GStrv days;

  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);
  g_return_val_if_fail (n_days <= 366, NULL);

  days = g_new0 (char *, n_days + 1);
  for (guint i = 0; i < n_days; i++)
    days[i] = mg_date_add_days (self->today, (int) i - (int) n_days + 1);

  return days;
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

  value = g_key_file_get_value (self->view, day, food_id, NULL);

  return parse_halves (value) / 2.0;
}

/**
 * mg_intake_store_set_servings:
 * @servings: from 0 (not eaten) to MG_FOOD_MAX_SERVINGS, in half servings
 *
 * Sets and saves at once what a person ate of one food on @day.
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

  add_change (self, day, food_id, halves_from_servings (servings));
  sync_with_disk (self);
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

  keys = g_key_file_get_keys (self->view, day, NULL, NULL);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++) {
    g_autofree char *value = g_key_file_get_value (self->view, day, keys[i], NULL);
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
      add_change (self, day, id, GPOINTER_TO_UINT (halves));
  }
  sync_with_disk (self);
}

void
mg_intake_store_clear_day (MgIntakeStore *self,
                           const char    *day)
{
  g_return_if_fail (MG_IS_INTAKE_STORE (self));
  g_return_if_fail (is_day_key (day));

  add_change (self, day, NULL, 0);
  sync_with_disk (self);
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

MgIntakeStoreProblems
mg_intake_store_get_problems (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), MG_INTAKE_STORE_PROBLEM_NONE);

  return self->problems;
}

/**
 * mg_intake_store_get_set_aside_path:
 *
 * Returns: (nullable): where the damaged file was kept, if one was
 */
const char *
mg_intake_store_get_set_aside_path (MgIntakeStore *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_STORE (self), NULL);

  return self->set_aside_path;
}
