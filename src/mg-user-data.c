/* mg-user-data.c: everything the app keeps about the person, deleted at
 * once and brought back on request
 *
 * The food checklist's days and the foods the person added to it, the
 * symptom diary and the dose guide's answers. What is deleted is kept in memory until the backup is freed,
 * so that an Undo puts it back; the stores save both ways as they always
 * do. The interface language, the text size and the country whose advice
 * the dose guide follows are settings of the app, not data about the
 * person, and stay.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-user-data"

#include "config.h"

#include "mg-user-data.h"

typedef struct {
  char       *day;
  GHashTable *halves_by_id;
} CheckedDay;

struct _MgUserDataBackup {
  MgIntakeStore *checklist;
  GArray        *days;      /* of CheckedDay */
  MgOwnFoods    *own_foods;
  gboolean       own_foods_deleted;
  MgDiaryStore  *diary;
  gboolean       diary_deleted;
  MgDoseProfile *profile;
  GVariant      *answers;
};

static void
checked_day_clear (gpointer data)
{
  CheckedDay *day = data;

  g_free (day->day);
  g_hash_table_unref (day->halves_by_id);
}

/**
 * mg_user_data_dup_folder:
 *
 * Returns: the folder the checklist and the diary are kept in, under the
 *   user's data folder (inside a Flatpak, the app's own)
 */
char *
mg_user_data_dup_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "magnesium-guide", NULL);
}

/**
 * mg_user_data_delete_all:
 * @checklist: (nullable): the food checklist's store
 * @own_foods: (nullable): the foods the person added to the checklist
 * @diary: (nullable): the symptom diary's store
 * @profile: (nullable): the dose guide's answers
 *
 * Deletes every day of the checklist, the person's own foods, every day
 * of the diary and every answer of the dose guide.
 *
 * Returns: (transfer full): what was deleted, for mg_user_data_restore ()
 */
MgUserDataBackup *
mg_user_data_delete_all (MgIntakeStore *checklist,
                         MgOwnFoods    *own_foods,
                         MgDiaryStore  *diary,
                         MgDoseProfile *profile)
{
  MgUserDataBackup *backup = g_new0 (MgUserDataBackup, 1);

  g_return_val_if_fail (checklist == NULL || MG_IS_INTAKE_STORE (checklist), backup);
  g_return_val_if_fail (own_foods == NULL || MG_IS_OWN_FOODS (own_foods), backup);
  g_return_val_if_fail (diary == NULL || MG_IS_DIARY_STORE (diary), backup);
  g_return_val_if_fail (profile == NULL || MG_IS_DOSE_PROFILE (profile), backup);

  backup->days = g_array_new (FALSE, FALSE, sizeof (CheckedDay));
  g_array_set_clear_func (backup->days, checked_day_clear);
  if (checklist != NULL) {
    g_auto(GStrv) days = mg_intake_store_dup_days (checklist);

    backup->checklist = g_object_ref (checklist);
    for (guint i = 0; days[i] != NULL; i++) {
      CheckedDay day = { g_strdup (days[i]), mg_intake_store_dup_day (checklist, days[i]) };

      g_array_append_val (backup->days, day);
      mg_intake_store_clear_day (checklist, days[i]);
    }
  }
  if (own_foods != NULL) {
    backup->own_foods = g_object_ref (own_foods);
    mg_own_foods_delete_all (own_foods);
    backup->own_foods_deleted = mg_own_foods_get_can_undo_delete (own_foods);
  }
  if (diary != NULL) {
    backup->diary = g_object_ref (diary);
    mg_diary_store_delete_all (diary);
    backup->diary_deleted = mg_diary_store_get_can_undo_delete (diary);
  }
  if (profile != NULL) {
    backup->profile = g_object_ref (profile);
    backup->answers = mg_dose_profile_clear_answers (profile);
  }

  return backup;
}

/**
 * mg_user_data_restore:
 *
 * Puts back what @backup holds. A day ticked or recorded since the
 * deletion keeps what was entered since.
 */
void
mg_user_data_restore (MgUserDataBackup *backup)
{
  g_return_if_fail (backup != NULL);

  for (guint i = 0; i < backup->days->len; i++) {
    CheckedDay *day = &g_array_index (backup->days, CheckedDay, i);
    g_autoptr(GHashTable) now = mg_intake_store_dup_day (backup->checklist, day->day);

    if (g_hash_table_size (now) == 0)
      mg_intake_store_merge_day (backup->checklist, day->day, day->halves_by_id);
  }
  g_array_set_size (backup->days, 0);
  if (backup->own_foods_deleted && mg_own_foods_get_can_undo_delete (backup->own_foods))
    mg_own_foods_undo_delete (backup->own_foods);
  backup->own_foods_deleted = FALSE;
  if (backup->diary_deleted && mg_diary_store_get_can_undo_delete (backup->diary))
    mg_diary_store_undo_delete (backup->diary);
  backup->diary_deleted = FALSE;
  if (backup->answers != NULL)
    mg_dose_profile_restore_answers (backup->profile, backup->answers);
  g_clear_pointer (&backup->answers, g_variant_unref);
}

/**
 * mg_user_data_backup_free:
 *
 * Frees @backup: what it held can no longer come back.
 */
void
mg_user_data_backup_free (MgUserDataBackup *backup)
{
  if (backup == NULL)
    return;

  if (backup->diary_deleted && mg_diary_store_get_can_undo_delete (backup->diary))
    mg_diary_store_forget_deleted (backup->diary);
  if (backup->own_foods_deleted && mg_own_foods_get_can_undo_delete (backup->own_foods))
    mg_own_foods_forget_deleted (backup->own_foods);
  g_clear_object (&backup->own_foods);
  g_clear_pointer (&backup->days, g_array_unref);
  g_clear_pointer (&backup->answers, g_variant_unref);
  g_clear_object (&backup->checklist);
  g_clear_object (&backup->diary);
  g_clear_object (&backup->profile);
  g_free (backup);
}
