/* mg-own-foods.c: the foods a person adds to the checklist, kept safe on disk
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-own-foods"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-date.h"
#include "mg-own-foods.h"

/* Kept as the symptom diary is, by the same MgKeyFileStore: read in a
 * worker, saved a moment after a change, a damaged file set aside and told,
 * an unreadable or newer one never written over.
 *
 *   [Own Foods]      Version=1
 *   [own-1a2b3c4d]   name=Muesli bar, portion=1 bar, 40 g, mg=45,
 *                    mg_from=2026-12-01:50;2026-12-09:48, hidden=true
 *
 * A person's past days never change their totals on their own:
 * - a change of the magnesium applies from the day it is made on: "mg" is
 *   the figure of every day before the first change, "mg_from" each
 *   change's day and figure. A day ticked counts the figure of that day;
 * - a deleted food is hidden, not removed: the days that ticked it still
 *   count it, and the checklist shows it on those days;
 * - only deleting all data removes foods, with the days that ticked them.
 * A food this version cannot read is not listed and counts nothing; it
 * stays in the file as it is. */

#define HEADER_GROUP "Own Foods"
#define ID_PREFIX "own-"

static const MgKeyFileStoreFormat format = {
  .file_name = MG_OWN_FOODS_FILE_NAME,
  .header_group = HEADER_GROUP,
  .header_comment = " Magnesium Guide: the foods the person added to the checklist",
  .version = 1,
  .task_name = "[mg] own foods disk visit",
  .timeout_save = "[mg] own foods save",
  .timeout_retry = "[mg] own foods retry",
  .timeout_reload = "[mg] own foods reload",
};

enum { N_FOOD_KEYS = 5 };
static const char *const food_keys[N_FOOD_KEYS] = { "name", "portion", "mg", "mg_from", "hidden" };

/* What delete-all took, group by group, until the view lets go of its undo. */
typedef struct {
  char  *group;
  char **values;  /* as food_keys, NULL where there was none */
} DeletedFood;

struct _MgOwnFoods {
  GObject         parent_instance;

  MgKeyFileStore *store;
  GArray         *deleted;  /* of DeletedFood; NULL when nothing can come back */
};

G_DEFINE_FINAL_TYPE (MgOwnFoods, mg_own_foods, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO_DELETE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static MgOwnFoods *default_foods;

void
mg_own_food_free (MgOwnFood *food)
{
  if (food == NULL)
    return;

  g_free (food->id);
  g_free (food->name);
  g_free (food->portion);
  g_free (food);
}

gboolean
mg_own_food_id_is_own (const char *id)
{
  if (id == NULL || !g_str_has_prefix (id, ID_PREFIX) || strlen (id) != strlen (ID_PREFIX) + 8)
    return FALSE;

  for (const char *c = id + strlen (ID_PREFIX); *c != '\0'; c++) {
    if (!g_ascii_isdigit (*c) && !(*c >= 'a' && *c <= 'f'))
      return FALSE;
  }

  return TRUE;
}

/**
 * mg_own_food_normalize_text:
 * @max_chars: the most characters it may have
 *
 * Returns: (nullable): @text on one line, spaces at the ends taken away, or
 *   %NULL when that leaves nothing, more than @max_chars characters, or
 *   text that is not UTF-8
 */
char *
mg_own_food_normalize_text (const char *text,
                            guint       max_chars)
{
  g_autofree char *clean = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  clean = g_strdup (text);
  for (char *c = clean; *c != '\0'; c++) {
    if (*c == '\n' || *c == '\r' || *c == '\t')
      *c = ' ';
  }
  g_strstrip (clean);
  if (*clean == '\0' || g_utf8_strlen (clean, -1) > max_chars)
    return NULL;

  return g_steal_pointer (&clean);
}

static gboolean
mg_is_valid (double mg)
{
  return mg > 0 && mg <= MG_OWN_FOOD_MAX_MG;
}

static gboolean
parse_mg (const char *text,
          double     *mg)
{
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0')
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !mg_is_valid (value))
    return FALSE;

  *mg = value;
  return TRUE;
}

static char *
format_mg_value (double mg)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* One decimal at most, as the dialog takes it. */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", mg));
}

static char *
dup_value (MgOwnFoods *self,
           const char *id,
           const char *key)
{
  char *value = mg_key_file_store_dup_value (self->store, id, key);

  return value != NULL ? g_strstrip (value) : NULL;
}

/* The figure of @day, or FALSE when the food's figures cannot be read. */
static gboolean
read_mg (MgOwnFoods *self,
         const char *id,
         const char *day,
         double     *mg)
{
  g_autofree char *base = dup_value (self, id, "mg");
  g_autofree char *changes = dup_value (self, id, "mg_from");
  g_auto(GStrv) parts = NULL;
  double value;

  if (!parse_mg (base, &value))
    return FALSE;

  parts = g_strsplit (changes != NULL ? changes : "", ";", 0);
  for (guint i = 0; parts[i] != NULL; i++) {
    char *colon = strchr (parts[i], ':');
    double changed;

    if (*g_strstrip (parts[i]) == '\0')
      continue;
    if (colon == NULL)
      return FALSE;
    *colon = '\0';
    if (!mg_date_parse_iso (parts[i], NULL) || !parse_mg (colon + 1, &changed))
      return FALSE;
    /* The changes are in the order of their days: the last one up to
     * @day is the figure of @day. */
    if (day == NULL || strcmp (parts[i], day) <= 0)
      value = changed;
  }

  *mg = value;
  return TRUE;
}

static MgOwnFood *
read_food (MgOwnFoods *self,
           const char *id,
           const char *day)
{
  g_autofree char *name = NULL;
  g_autofree char *portion = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *raw_name = NULL;
  g_autofree char *raw_portion = NULL;
  MgOwnFood *food;
  double mg;

  if (!mg_own_food_id_is_own (id))
    return NULL;
  raw_name = mg_key_file_store_dup_value (self->store, id, "name");
  raw_portion = mg_key_file_store_dup_value (self->store, id, "portion");
  name = mg_own_food_normalize_text (raw_name, MG_OWN_FOOD_MAX_NAME);
  portion = mg_own_food_normalize_text (raw_portion, MG_OWN_FOOD_MAX_PORTION);
  if (name == NULL || portion == NULL || !read_mg (self, id, day, &mg))
    return NULL;

  hidden = dup_value (self, id, "hidden");
  food = g_new0 (MgOwnFood, 1);
  food->id = g_strdup (id);
  food->name = g_steal_pointer (&name);
  food->portion = g_steal_pointer (&portion);
  food->mg = mg;
  food->hidden = g_strcmp0 (hidden, "true") == 0;

  return food;
}

static void
store_changed_cb (MgOwnFoods *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
deleted_food_clear (gpointer data)
{
  DeletedFood *food = data;

  g_free (food->group);
  g_strfreev (food->values);
}

static void
mg_own_foods_dispose (GObject *object)
{
  MgOwnFoods *self = MG_OWN_FOODS (object);

  if (self->store != NULL) {
    /* A save under way keeps the shared store until it is done. */
    g_signal_handlers_disconnect_by_data (self->store, self);
    g_clear_object (&self->store);
  }
  g_clear_pointer (&self->deleted, g_array_unref);

  G_OBJECT_CLASS (mg_own_foods_parent_class)->dispose (object);
}

static void
mg_own_foods_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MgOwnFoods *self = MG_OWN_FOODS (object);

  switch (prop_id) {
  case PROP_CAN_UNDO_DELETE:
    g_value_set_boolean (value, mg_own_foods_get_can_undo_delete (self));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_own_foods_class_init (MgOwnFoodsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_own_foods_dispose;
  object_class->get_property = mg_own_foods_get_property;

  /* Whether mg_own_foods_undo_delete() can bring the foods back. */
  properties[PROP_CAN_UNDO_DELETE] =
    g_param_spec_boolean ("can-undo-delete", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A food was added, changed, hidden or shown, here or in another
   * instance's file. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mg_own_foods_init (MgOwnFoods *self)
{
}

/**
 * mg_own_foods_new_with_clock:
 * @directory: (nullable): where the file lives; %NULL for the user's data
 *   directory, beside the food checklist
 * @clock: (nullable): what tells the time and wakes the store; %NULL for
 *   the local time and GLib's timeouts. It must outlive the foods.
 *
 * Starts reading the file in a worker thread; there are no foods until
 * mg_own_foods_get_file() is loaded. Foods added before then are kept.
 */
MgOwnFoods *
mg_own_foods_new_with_clock (const char         *directory,
                             const MgStoreClock *clock,
                             gpointer            clock_data)
{
  MgOwnFoods *self = g_object_new (MG_TYPE_OWN_FOODS, NULL);
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);

  self->store = mg_key_file_store_new (&format, directory != NULL ? directory : data_dir,
                                       clock, clock_data);
  g_signal_connect_swapped (self->store, "changed", G_CALLBACK (store_changed_cb), self);

  return self;
}

MgOwnFoods *
mg_own_foods_new (const char *directory)
{
  return mg_own_foods_new_with_clock (directory, NULL, NULL);
}

/**
 * mg_own_foods_dup_default:
 *
 * Returns: (transfer full): the foods in the user's data directory, one
 * list for all the windows of this process. It lives as long as the
 * process: a language switch makes the checklist page again, and a change
 * not yet saved must not go with the old page. The application saves it
 * at quit.
 */
MgOwnFoods *
mg_own_foods_dup_default (void)
{
  if (default_foods == NULL)
    default_foods = mg_own_foods_new (NULL);

  return g_object_ref (default_foods);
}

/**
 * mg_own_foods_peek_default:
 *
 * Returns: (transfer none) (nullable): the default foods, if something
 * opened them: what the application flushes at quit
 */
MgOwnFoods *
mg_own_foods_peek_default (void)
{
  return default_foods;
}

MgKeyFileStore *
mg_own_foods_get_file (MgOwnFoods *self)
{
  g_return_val_if_fail (MG_IS_OWN_FOODS (self), NULL);

  return self->store;
}

static int
compare_foods (gconstpointer a,
               gconstpointer b)
{
  const MgOwnFood *food_a = *(MgOwnFood * const *) a;
  const MgOwnFood *food_b = *(MgOwnFood * const *) b;
  int order = g_utf8_collate (food_a->name, food_b->name);

  return order != 0 ? order : strcmp (food_a->id, food_b->id);
}

/**
 * mg_own_foods_dup_foods:
 * @day: (nullable): the day whose figures to give, YYYY-MM-DD; %NULL for
 *   the latest
 *
 * Returns: (transfer full) (element-type MgOwnFood): every food this
 *   version can read, hidden ones included, in the order of their names
 */
GPtrArray *
mg_own_foods_dup_foods (MgOwnFoods *self,
                        const char *day)
{
  g_auto(GStrv) groups = NULL;
  GPtrArray *foods;

  g_return_val_if_fail (MG_IS_OWN_FOODS (self), NULL);

  foods = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_own_food_free);
  groups = mg_key_file_store_dup_groups (self->store);
  for (guint i = 0; groups[i] != NULL; i++) {
    MgOwnFood *food = read_food (self, groups[i], day);

    if (food != NULL)
      g_ptr_array_add (foods, food);
  }
  g_ptr_array_sort (foods, compare_foods);

  return foods;
}

/**
 * mg_own_foods_dup_food:
 *
 * Returns: (transfer full) (nullable): the food, with its figure of @day,
 *   or %NULL when there is none this version can read
 */
MgOwnFood *
mg_own_foods_dup_food (MgOwnFoods *self,
                       const char *id,
                       const char *day)
{
  g_return_val_if_fail (MG_IS_OWN_FOODS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return read_food (self, id, day);
}

static gboolean
texts_are_valid (const char *name,
                 const char *portion)
{
  g_autofree char *clean_name = mg_own_food_normalize_text (name, MG_OWN_FOOD_MAX_NAME);
  g_autofree char *clean_portion = mg_own_food_normalize_text (portion, MG_OWN_FOOD_MAX_PORTION);

  return clean_name != NULL && clean_portion != NULL;
}

static void
set_texts (MgOwnFoods *self,
           const char *id,
           const char *name,
           const char *portion)
{
  g_autofree char *clean_name = mg_own_food_normalize_text (name, MG_OWN_FOOD_MAX_NAME);
  g_autofree char *clean_portion = mg_own_food_normalize_text (portion, MG_OWN_FOOD_MAX_PORTION);

  mg_key_file_store_set_value (self->store, id, "name", clean_name);
  mg_key_file_store_set_value (self->store, id, "portion", clean_portion);
}

/**
 * mg_own_foods_add:
 * @name: what the person calls it, at most %MG_OWN_FOOD_MAX_NAME characters
 * @portion: the portion, at most %MG_OWN_FOOD_MAX_PORTION characters
 * @mg: magnesium in one portion, above 0 and at most %MG_OWN_FOOD_MAX_MG
 *
 * Returns: (transfer full) (nullable): the new food's id, or %NULL when
 *   the food was refused
 */
char *
mg_own_foods_add (MgOwnFoods *self,
                  const char *name,
                  const char *portion,
                  double      mg)
{
  g_autofree char *value = NULL;
  char *id = NULL;

  g_return_val_if_fail (MG_IS_OWN_FOODS (self), NULL);

  if (!texts_are_valid (name, portion) || !mg_is_valid (mg))
    return NULL;

  /* A random id: a food never takes the place of one deleted with all data
   * and brought back. */
  do {
    g_free (id);
    id = g_strdup_printf (ID_PREFIX "%08x", g_random_int ());
  } while (mg_key_file_store_has_group (self->store, id));

  value = format_mg_value (mg);
  set_texts (self, id, name, portion);
  mg_key_file_store_set_value (self->store, id, "mg", value);
  mg_key_file_store_commit (self->store);

  return id;
}

/* "mg_from" without the changes from @from_day on, then @from_day's. */
static char *
changes_with (const char *changes,
              const char *from_day,
              double      mg)
{
  g_auto(GStrv) parts = g_strsplit (changes != NULL ? changes : "", ";", 0);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autofree char *figure = format_mg_value (mg);

  for (guint i = 0; parts[i] != NULL; i++) {
    if (*g_strstrip (parts[i]) == '\0' || strncmp (parts[i], from_day, 10) >= 0)
      continue;
    g_string_append_printf (value, "%s%s", value->len > 0 ? ";" : "", parts[i]);
  }
  g_string_append_printf (value, "%s%s:%s", value->len > 0 ? ";" : "", from_day, figure);

  return g_string_free (g_steal_pointer (&value), FALSE);
}

/**
 * mg_own_foods_edit:
 * @from_day: YYYY-MM-DD: the new figure counts from this day on; the days
 *   before it keep the figure they were counted with
 *
 * Returns: whether the food was changed: %FALSE for an unknown food or
 *   values refused as mg_own_foods_add() refuses them
 */
gboolean
mg_own_foods_edit (MgOwnFoods *self,
                   const char *id,
                   const char *name,
                   const char *portion,
                   double      mg,
                   const char *from_day)
{
  g_autoptr(MgOwnFood) before = NULL;
  g_autoptr(MgOwnFood) latest = NULL;
  g_autofree char *changes = NULL;

  g_return_val_if_fail (MG_IS_OWN_FOODS (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (mg_date_parse_iso (from_day, NULL), FALSE);

  before = read_food (self, id, from_day);
  latest = read_food (self, id, NULL);
  if (before == NULL || !texts_are_valid (name, portion) || !mg_is_valid (mg))
    return FALSE;

  set_texts (self, id, name, portion);
  if (round (before->mg * 10) != round (mg * 10) || round (latest->mg * 10) != round (mg * 10)) {
    g_autofree char *old = dup_value (self, id, "mg_from");

    changes = changes_with (old, from_day, mg);
    mg_key_file_store_set_value (self->store, id, "mg_from", changes);
  }
  mg_key_file_store_commit (self->store);

  return TRUE;
}

/**
 * mg_own_foods_set_hidden:
 *
 * Hides the food from the list, as deleted, or brings it back. Days that
 * ticked it still count it either way.
 */
void
mg_own_foods_set_hidden (MgOwnFoods *self,
                         const char *id,
                         gboolean    hidden)
{
  g_autoptr(MgOwnFood) food = NULL;

  g_return_if_fail (MG_IS_OWN_FOODS (self));
  g_return_if_fail (id != NULL);

  food = read_food (self, id, NULL);
  if (food == NULL || food->hidden == hidden)
    return;

  mg_key_file_store_set_value (self->store, id, "hidden", hidden ? "true" : NULL);
  mg_key_file_store_commit (self->store);
}

/**
 * mg_own_foods_get_mg:
 *
 * Returns: the magnesium in one portion of the food on @day, or 0 for a
 *   food there is none of
 */
double
mg_own_foods_get_mg (MgOwnFoods *self,
                     const char *id,
                     const char *day)
{
  double mg;

  g_return_val_if_fail (MG_IS_OWN_FOODS (self), 0);
  g_return_val_if_fail (id != NULL, 0);

  return mg_own_food_id_is_own (id) && read_mg (self, id, day, &mg) ? mg : 0;
}

/**
 * mg_own_foods_sum_mg:
 * @halves_by_id: food ids mapped to GUINT_TO_POINTER (servings × 2), as
 *   the intake store gives a day
 *
 * Returns: the magnesium of the own foods among them on @day, in mg;
 *   other foods count for nothing here
 */
double
mg_own_foods_sum_mg (MgOwnFoods *self,
                     const char *day,
                     GHashTable *halves_by_id)
{
  GHashTableIter iter;
  gpointer id, halves;
  double total = 0;

  g_return_val_if_fail (MG_IS_OWN_FOODS (self), 0);
  g_return_val_if_fail (halves_by_id != NULL, 0);

  g_hash_table_iter_init (&iter, halves_by_id);
  while (g_hash_table_iter_next (&iter, &id, &halves))
    total += mg_own_foods_get_mg (self, id, day) * (GPOINTER_TO_UINT (halves) / 2.0);

  return total;
}

/**
 * mg_own_foods_delete_all:
 *
 * Deletes every food, hidden ones and unreadable ones too, in one save.
 * What was deleted stays in memory, and only there, until
 * mg_own_foods_forget_deleted() or the end of the foods, for an undo.
 */
void
mg_own_foods_delete_all (MgOwnFoods *self)
{
  g_auto(GStrv) groups = NULL;
  GArray *deleted;

  g_return_if_fail (MG_IS_OWN_FOODS (self));

  deleted = g_array_new (FALSE, TRUE, sizeof (DeletedFood));
  g_array_set_clear_func (deleted, deleted_food_clear);
  groups = mg_key_file_store_dup_groups (self->store);
  for (guint i = 0; groups[i] != NULL; i++) {
    DeletedFood food = { g_strdup (groups[i]), g_new0 (char *, N_FOOD_KEYS + 1) };

    if (strcmp (groups[i], HEADER_GROUP) == 0) {
      deleted_food_clear (&food);
      continue;
    }
    for (guint k = 0; k < N_FOOD_KEYS; k++)
      food.values[k] = mg_key_file_store_dup_value (self->store, groups[i], food_keys[k]);
    g_array_append_val (deleted, food);
    mg_key_file_store_remove_group (self->store, groups[i]);
  }
  g_clear_pointer (&self->deleted, g_array_unref);
  self->deleted = deleted;

  mg_key_file_store_commit (self->store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
}

gboolean
mg_own_foods_get_can_undo_delete (MgOwnFoods *self)
{
  g_return_val_if_fail (MG_IS_OWN_FOODS (self), FALSE);

  return self->deleted != NULL;
}

/**
 * mg_own_foods_undo_delete:
 *
 * Brings back what mg_own_foods_delete_all() deleted, in one save; foods
 * added since are kept.
 */
void
mg_own_foods_undo_delete (MgOwnFoods *self)
{
  g_autoptr(GArray) deleted = NULL;

  g_return_if_fail (MG_IS_OWN_FOODS (self));
  g_return_if_fail (self->deleted != NULL);

  deleted = g_steal_pointer (&self->deleted);
  for (guint i = 0; i < deleted->len; i++) {
    DeletedFood *food = &g_array_index (deleted, DeletedFood, i);

    if (mg_key_file_store_has_group (self->store, food->group))
      continue;
    for (guint k = 0; k < G_N_ELEMENTS (food_keys); k++) {
      if (food->values[k] != NULL)
        mg_key_file_store_set_value (self->store, food->group, food_keys[k], food->values[k]);
    }
  }
  mg_key_file_store_commit (self->store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
}

/* Lets go of what delete-all took: from now on it is gone. */
void
mg_own_foods_forget_deleted (MgOwnFoods *self)
{
  g_return_if_fail (MG_IS_OWN_FOODS (self));

  if (self->deleted == NULL)
    return;

  g_clear_pointer (&self->deleted, g_array_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO_DELETE]);
}
