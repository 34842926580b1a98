/* mg-own-food-dialog.c: a food of the person's own, added or changed
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-own-food-dialog"

#include "config.h"

#include "mg-field-error.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-number.h"
#include "mg-own-food-dialog.h"

/* The name, the portion and the magnesium in it, read as the dose page
 * reads its numbers (mg-number.c) and refused next to the field in words
 * (mg-field-error.c). Save stays off until all three are right. A figure
 * above what a portion of the richest food in the checklist holds is
 * possible and only questioned; one above what 100 g of it hold is no
 * food's, and refused (see MG_OWN_FOOD_MAX_MG). */

typedef enum {
  FIELD_NAME,
  FIELD_PORTION,
  FIELD_MG,
  N_FIELDS
} Field;

struct _MgOwnFoodDialog {
  AdwDialog    parent_instance;

  GtkLabel    *title_label;
  MgFormRow   *name_row;
  GtkEntry    *name_entry;
  MgFormRow   *portion_row;
  GtkEntry    *portion_entry;
  MgFormRow   *mg_row;
  GtkEntry    *mg_entry;
  GtkWidget   *edit_note;
  GtkWidget   *delete_button;

  MgOwnFoods  *foods;
  char        *id;      /* the food changed; NULL while adding one */
  char        *today;
  double       mg;      /* the figure read, while valid */
  char        *said[N_FIELDS];  /* what each field says now; NULL: nothing wrong */
  gboolean     valid[N_FIELDS];
  gboolean     touched[N_FIELDS];
  gboolean     restoring;  /* what was typed comes back after a language switch */
};

G_DEFINE_FINAL_TYPE (MgOwnFoodDialog, mg_own_food_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The dose page's rules for an amount in mg, which may follow it, with
 * room above the bound so that a figure too high is told as such, not as
 * out of range. */
static void
get_mg_rules (MgNumberRules *rules)
{
  *rules = (MgNumberRules) {
    /* The unit the field shows after it, in the dialog's template. */
    .unit = _("mg"),
    .decimals = 1,
    .lower = 0,
    .upper = 1e6,
    .step = 0,
  };
}

static char *
format_mg (double mg)
{
  g_autofree char *number = mg_i18n_format_decimal (mg, mg != (guint) mg ? 1 : 0);

  /* Translators: an amount of magnesium, as in “45 mg” or “12.5 mg” */
  return g_strdup_printf (_("%s mg"), number);
}

static MgFormRow *
field_row (MgOwnFoodDialog *self,
           Field            field)
{
  switch (field) {
  case FIELD_NAME:
    return self->name_row;
  case FIELD_PORTION:
    return self->portion_row;
  case FIELD_MG:
  default:
    return self->mg_row;
  }
}

static GtkWidget *
field_entry (MgOwnFoodDialog *self,
             Field            field)
{
  GtkEntry *const entries[N_FIELDS] = { self->name_entry, self->portion_entry, self->mg_entry };

  return GTK_WIDGET (entries[field]);
}

static char *
field_subtitle (Field field)
{
  switch (field) {
  case FIELD_PORTION:
    /* Translators: under the portion field; an example of what to type, in
     * your language's words and quotation marks */
    return g_strdup (_("As on the package, such as “1 bar, 40 g”"));
  case FIELD_MG:
    return g_strdup (_("From the label or a food table"));
  case FIELD_NAME:
  case N_FIELDS:
  default:
    return NULL;
  }
}

/* Says @reason next to the field, once a new reason: refused, or only
 * questioned as a @warning. */
static void
say (MgOwnFoodDialog *self,
     Field            field,
     char            *reason,
     gboolean         warning)
{
  MgFormRow *row = field_row (self, field);
  GtkWidget *entry = field_entry (self, field);
  g_autofree char *owned = reason;
  gboolean news = g_strcmp0 (owned, self->said[field]) != 0;

  if (!news)
    return;
  g_free (self->said[field]);
  self->said[field] = g_strdup (owned);

  gtk_widget_remove_css_class (GTK_WIDGET (row), "warning");
  if (owned == NULL) {
    g_autofree char *subtitle = field_subtitle (field);

    mg_field_error_clear (row, entry, subtitle);
  } else if (warning) {
    mg_field_error_clear (row, entry, owned);
    gtk_widget_add_css_class (GTK_WIDGET (row), "warning");
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, owned, -1);
    if (!self->restoring)
      mg_announce (entry, owned, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  } else {
    mg_field_error_show (row, entry, owned, !self->restoring);
  }
}

static void
check_text (MgOwnFoodDialog *self,
            Field            field,
            guint            max_chars)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (field_entry (self, field)));
  g_autofree char *clean = mg_own_food_normalize_text (text, max_chars);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *reason = NULL;

  self->valid[field] = clean != NULL;
  if (clean != NULL || !self->touched[field])
    reason = NULL;
  else if (*stripped == '\0' && field == FIELD_NAME)
    reason = g_strdup (_("Type a name for the food."));
  else if (*stripped == '\0')
    reason = g_strdup (_("Type the portion the magnesium figure is for."));
  else if (field == FIELD_NAME)
    /* Translators: %u is the most characters a food's name can have */
    reason = g_strdup_printf (mg_i18n_ngettext ("A name can have at most %u character.",
                                                "A name can have at most %u characters.", max_chars),
                              max_chars);
  else
    /* Translators: %u is the most characters a portion can have */
    reason = g_strdup_printf (mg_i18n_ngettext ("A portion can have at most %u character.",
                                                "A portion can have at most %u characters.", max_chars),
                              max_chars);

  say (self, field, reason, FALSE);
}

static void
check_mg (MgOwnFoodDialog *self)
{
  MgNumberRules mg_rules;
  MgNumber number;
  char *reason = NULL;
  gboolean warning = FALSE;

  get_mg_rules (&mg_rules);
  mg_number_parse (gtk_editable_get_text (GTK_EDITABLE (self->mg_entry)), &mg_rules, &number);
  self->valid[FIELD_MG] = FALSE;

  switch (number.problem) {
  case MG_NUMBER_VALID:
    if (number.value <= 0) {
      reason = g_strdup (_("A food with no magnesium adds nothing: type the amount above zero."));
    } else if (number.value > MG_OWN_FOOD_MAX_MG) {
      g_autofree char *typed = format_mg (number.value);
      g_autofree char *richest = format_mg (MG_OWN_FOOD_RICHEST_MG);
      g_autofree char *bound = format_mg (MG_OWN_FOOD_MAX_MG);

      /* Translators: %1$s is the amount typed (“700 mg”), %2$s the most a
       * portion of the richest food holds (“156 mg”), %3$s the most this
       * field takes (“600 mg”) */
      reason = g_strdup_printf (_("No food holds %1$s in a portion: the richest in the checklist, "
                                  "pumpkin seeds, have %2$s in a small handful. Check the figure: "
                                  "at most %3$s. Count a supplement in the dose guide instead."),
                                typed, richest, bound);
    } else {
      self->valid[FIELD_MG] = TRUE;
      self->mg = number.value;
      if (number.value > MG_OWN_FOOD_HIGH_MG) {
        g_autofree char *richest = format_mg (MG_OWN_FOOD_RICHEST_MG);

        warning = TRUE;
        /* Translators: %s is the most magnesium a portion of any food in the
         * checklist holds (“156 mg”). A warning: the figure is kept */
        reason = g_strdup_printf (_("That is more than a portion of any food in the checklist "
                                    "holds (%s at most). Check that it is the figure for one portion."),
                                  richest);
      }
    }
    break;
  case MG_NUMBER_EMPTY:
    if (self->touched[FIELD_MG])
      reason = g_strdup (_("Type the magnesium in one portion, from the label or a food table."));
    break;
  case MG_NUMBER_SIGNED:
    reason = g_strdup (_("A food with no magnesium adds nothing: type the amount above zero."));
    break;
  case MG_NUMBER_NOT_A_NUMBER:
  case MG_NUMBER_AMBIGUOUS:
  case MG_NUMBER_TOO_PRECISE:
  case MG_NUMBER_OUT_OF_RANGE:
  default:
    reason = mg_number_explain (&number, &mg_rules);
    if (reason == NULL)
      reason = g_strdup (_("Type the magnesium in one portion, from the label or a food table."));
  }

  say (self, FIELD_MG, reason, warning);
}

static void
update (MgOwnFoodDialog *self)
{
  check_text (self, FIELD_NAME, MG_OWN_FOOD_MAX_NAME);
  check_text (self, FIELD_PORTION, MG_OWN_FOOD_MAX_PORTION);
  check_mg (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "own-food.save",
                                 self->valid[FIELD_NAME] && self->valid[FIELD_PORTION] &&
                                 self->valid[FIELD_MG]);
}

static void
field_changed_cb (MgOwnFoodDialog *self,
                  GtkEditable     *entry)
{
  for (Field field = 0; field < N_FIELDS; field++) {
    if (field_entry (self, field) == GTK_WIDGET (entry))
      self->touched[field] = TRUE;
  }
  update (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgOwnFoodDialog *self = MG_OWN_FOOD_DIALOG (widget);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  const char *portion = gtk_editable_get_text (GTK_EDITABLE (self->portion_entry));

  update (self);
  if (!self->valid[FIELD_NAME] || !self->valid[FIELD_PORTION] || !self->valid[FIELD_MG])
    return;

  if (self->id == NULL) {
    self->id = mg_own_foods_add (self->foods, name, portion, self->mg);
    if (self->id == NULL)
      return;
  } else if (!mg_own_foods_edit (self->foods, self->id, name, portion, self->mg, self->today)) {
    return;
  }

  g_signal_emit (self, signals[SAVED], 0, self->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MgOwnFoodDialog *self = MG_OWN_FOOD_DIALOG (widget);

  if (self->id == NULL)
    return;

  mg_own_foods_set_hidden (self->foods, self->id, TRUE);
  g_signal_emit (self, signals[DELETED], 0, self->id);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
mg_own_food_dialog_dispose (GObject *object)
{
  MgOwnFoodDialog *self = MG_OWN_FOOD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_OWN_FOOD_DIALOG);
  g_clear_object (&self->foods);

  G_OBJECT_CLASS (mg_own_food_dialog_parent_class)->dispose (object);
}

static void
mg_own_food_dialog_finalize (GObject *object)
{
  MgOwnFoodDialog *self = MG_OWN_FOOD_DIALOG (object);

  g_free (self->id);
  g_free (self->today);
  for (Field field = 0; field < N_FIELDS; field++)
    g_free (self->said[field]);

  G_OBJECT_CLASS (mg_own_food_dialog_parent_class)->finalize (object);
}

static void
mg_own_food_dialog_class_init (MgOwnFoodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_own_food_dialog_dispose;
  object_class->finalize = mg_own_food_dialog_finalize;

  /* The food was kept: its id. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The food was hidden as deleted, for the page to offer an undo: its id. */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MG_TYPE_FORM_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-own-food-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, portion_row);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, portion_entry);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, mg_row);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, mg_entry);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, edit_note);
  gtk_widget_class_bind_template_child (widget_class, MgOwnFoodDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "own-food.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "own-food.delete", NULL, delete_action);
}

static void
mg_own_food_dialog_init (MgOwnFoodDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_bind_property (self, "title", self->title_label, "label", G_BINDING_SYNC_CREATE);
}

/**
 * mg_own_food_dialog_new:
 * @foods: where the food is kept
 * @id: (nullable): the food to change, or %NULL to add one
 * @today: the day a new magnesium figure counts from
 *
 * Returns: (transfer floating): the dialog, to present
 */
AdwDialog *
mg_own_food_dialog_new (MgOwnFoods *foods,
                        const char *id,
                        const char *today)
{
  MgOwnFoodDialog *self;
  g_autoptr(MgOwnFood) food = NULL;

  g_return_val_if_fail (MG_IS_OWN_FOODS (foods), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (id != NULL)
    food = mg_own_foods_dup_food (foods, id, today);

  self = g_object_new (MG_TYPE_OWN_FOOD_DIALOG, NULL);
  self->foods = g_object_ref (foods);
  self->today = g_strdup (today);

  if (food != NULL) {
    g_autofree char *mg = mg_i18n_format_decimal (food->mg, food->mg != (guint) food->mg ? 1 : 0);

    self->id = g_strdup (food->id);
    adw_dialog_set_title (ADW_DIALOG (self), _("Edit Your Food"));
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), food->name);
    gtk_editable_set_text (GTK_EDITABLE (self->portion_entry), food->portion);
    gtk_editable_set_text (GTK_EDITABLE (self->mg_entry), mg);
    gtk_widget_set_visible (self->edit_note, TRUE);
    gtk_widget_set_visible (self->delete_button, TRUE);
  } else {
    adw_dialog_set_title (ADW_DIALOG (self), _("Add Your Own Food"));
  }

  /* The subtitles in the current language, and Save off until it can save. */
  for (Field field = 0; field < N_FIELDS; field++) {
    g_autofree char *subtitle = field_subtitle (field);

    mg_form_row_set_subtitle (field_row (self, field), subtitle);
  }
  update (self);

  return ADW_DIALOG (self);
}

/**
 * mg_own_food_dialog_get_id:
 *
 * Returns: (nullable): the food changed, or the one added once saved
 */
const char *
mg_own_food_dialog_get_id (MgOwnFoodDialog *self)
{
  g_return_val_if_fail (MG_IS_OWN_FOOD_DIALOG (self), NULL);

  return self->id;
}

/**
 * mg_own_food_dialog_dup_typed:
 *
 * What the fields hold, typed or not yet checked, for a dialog that
 * replaces this one after a language switch.
 *
 * Returns: (transfer full): the fields' texts, for
 *   mg_own_food_dialog_restore_typed ()
 */
GVariant *
mg_own_food_dialog_dup_typed (MgOwnFoodDialog *self)
{
  g_return_val_if_fail (MG_IS_OWN_FOOD_DIALOG (self), NULL);

  return g_variant_ref_sink (g_variant_new ("(sbsbsb)",
                                            gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                            self->touched[FIELD_NAME],
                                            gtk_editable_get_text (GTK_EDITABLE (self->portion_entry)),
                                            self->touched[FIELD_PORTION],
                                            gtk_editable_get_text (GTK_EDITABLE (self->mg_entry)),
                                            self->touched[FIELD_MG]));
}

/**
 * mg_own_food_dialog_restore_typed:
 * @typed: what mg_own_food_dialog_dup_typed () gave
 *
 * Puts the texts back in the fields, checked again in the current
 * language; what is refused is shown but not announced again.
 */
void
mg_own_food_dialog_restore_typed (MgOwnFoodDialog *self,
                                  GVariant        *typed)
{
  const char *texts[N_FIELDS];
  gboolean touched[N_FIELDS];

  g_return_if_fail (MG_IS_OWN_FOOD_DIALOG (self));
  g_return_if_fail (g_variant_is_of_type (typed, G_VARIANT_TYPE ("(sbsbsb)")));

  g_variant_get (typed, "(&sb&sb&sb)", &texts[FIELD_NAME], &touched[FIELD_NAME],
                 &texts[FIELD_PORTION], &touched[FIELD_PORTION], &texts[FIELD_MG], &touched[FIELD_MG]);
  self->restoring = TRUE;
  for (Field field = 0; field < N_FIELDS; field++) {
    gtk_editable_set_text (GTK_EDITABLE (field_entry (self, field)), texts[field]);
    self->touched[field] = touched[field];
  }
  update (self);
  self->restoring = FALSE;
}

gboolean
mg_own_food_dialog_can_save (MgOwnFoodDialog *self)
{
  g_return_val_if_fail (MG_IS_OWN_FOOD_DIALOG (self), FALSE);

  return gtk_widget_is_sensitive (GTK_WIDGET (self)) &&
         self->valid[FIELD_NAME] && self->valid[FIELD_PORTION] && self->valid[FIELD_MG];
}
