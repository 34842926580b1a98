/* mg-checklist-page.c: the food checklist, today’s magnesium from food
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-checklist-page"

#include "config.h"

#include <string.h>


#include "mg-checklist-page.h"
#include "mg-date.h"
#include "mg-dose-profile.h"
#include "mg-field-error.h"
#include "mg-foods.h"
#include "mg-i18n.h"
#include "mg-number.h"
#include "mg-own-food-dialog.h"
#include "mg-own-foods.h"
#include "mg-search.h"
#include "mg-week-chart.h"

#define CHART_DAYS 7

/* The person's own foods come after the table's groups, in a group of
 * their own. */
#define OWN_GROUP MG_N_FOOD_GROUPS
#define N_GROUPS (MG_N_FOOD_GROUPS + 1)

typedef struct {
  MgChecklistPage *page;
  const MgFood    *food;      /* the table's food, or NULL for the person's own */
  MgOwnFood       *own;       /* the person's food, with the figure of the day shown */
  MgFormRow       *row;
  GtkCheckButton  *check;
  GtkSpinButton   *spin;
  GtkWidget       *edit;      /* a food of the person's own: "Edit <food>" */
  GtkStack        *amount;    /* the servings and the subtotal when ticked;
                               * as large unticked, so the row keeps its height */
  GtkLabel        *subtotal;
  MgNumber         refusal;   /* servings typed and refused; VALID when none */
  double           kept;      /* the servings kept meanwhile */
} FoodRow;

struct _MgChecklistPage {
  AdwBin                 parent_instance;

  AdwToastOverlay       *toast_overlay;
  GtkLabel              *title_label;
  GtkLabel              *summary_title;
  GtkLabel              *date_label;
  GtkLabel              *total_label;
  GtkLevelBar           *level_bar;
  GtkLabel              *progress_label;
  GtkButton             *today_button;
  GtkMenuButton         *day_button;
  GtkCalendar           *calendar;
  GtkSearchEntry        *filter_entry;
  GtkButton             *clear_button;
  GtkLabel              *clear_label;
  GtkBox                *groups_box;
  GtkBox                *own_group;
  AdwStatusPage         *no_match;
  GtkLabel              *week_title;
  MgWeekChart           *week_chart;
  GtkLabel              *week_legend;
  GtkLabel              *sources_label;

  MgIntakeStore         *store;
  MgDoseProfile         *profile;
  FoodRow               *rows;
  MgOwnFoods            *own_foods;
  GPtrArray             *own_rows;  /* of FoodRow, in the order of their names */
  GtkWidget             *groups[N_GROUPS];      /* a heading and its list */
  GtkLabel              *group_titles[N_GROUPS];
  GtkListBox            *group_lists[N_GROUPS];
  GtkButton             *add_button;
  char                  *undo_food_id;  /* the own food deleted last, for its Undo */
  AdwToast              *undo_food_toast;
  guint                  n_shown;  /* the foods the filter shows */
  guint                  reference_mg;
  guint                  total_mg;  /* today's, which the dose guide counts */
  char                  *day;       /* the day shown; NULL: today, whichever it is */
  char                  *undo_day;
  GHashTable            *undo_foods;
  AdwToast              *undo_toast;
  AdwToast              *lasting_toast;  /* the storage problem there is now */
  char                  *lasting_text;
  char                  *set_aside_shown;
  AdwToast              *own_lasting_toast;  /* the problem of the own foods' file now */
  const char            *own_lasting_text;
  char                  *own_set_aside_shown;
  gboolean               syncing;
  guint                  homogeneity_tick;
};

G_DEFINE_FINAL_TYPE (MgChecklistPage, mg_checklist_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_OWN_FOODS,
  PROP_REFERENCE_INTAKE,
  PROP_TOTAL_MG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void apply_filter (MgChecklistPage *self);
static void sync_from_store (MgChecklistPage *self);
static void set_own_row_texts (FoodRow *row);

static char *
format_mg (guint mg)
{
  /* Translators: an amount of magnesium in milligrams, as in “245 mg” */
  return g_strdup_printf (_("%u mg"), mg);
}

/* “1”, “1.5” or “1,5”, as the interface language writes it. */
static char *
format_servings (double servings)
{
  guint halves = (guint) (servings * 2 + 0.5);

  return mg_i18n_format_decimal (halves / 2.0, halves % 2);
}

static guint
round_mg (double mg)
{
  return (guint) (mg + 0.5);
}

static char *
fold_for_search (const char *text)
{
  char *folded = mg_search_fold (text, NULL);

  g_strstrip (folded);
  return folded;
}

static const char *
row_id (const FoodRow *row)
{
  return row->food != NULL ? row->food->id : row->own->id;
}

static const char *
row_name (const FoodRow *row)
{
  return row->food != NULL ? mg_food_get_name (row->food) : row->own->name;
}

static guint
row_group (const FoodRow *row)
{
  return row->food != NULL ? (guint) row->food->group : OWN_GROUP;
}

static double
row_mg (const FoodRow *row,
        double         servings)
{
  return row->food != NULL ? mg_food_get_mg (row->food, servings) : row->own->mg * servings;
}

/* The table's foods, then the person's. */
static FoodRow *
nth_row (MgChecklistPage *self,
         guint            i)
{
  return i < mg_foods_get_n_foods () ? &self->rows[i] :
         g_ptr_array_index (self->own_rows, i - mg_foods_get_n_foods ());
}

/* The day whose foods the page shows and ticks. */
static const char *
shown_day (MgChecklistPage *self)
{
  return self->day != NULL ? self->day : mg_intake_store_get_today (self->store);
}

static gboolean
showing_today (MgChecklistPage *self)
{
  return self->day == NULL;
}

static void
store_servings (FoodRow *row,
                double   servings)
{
  MgChecklistPage *self = row->page;

  if (self->syncing)
    return;

  mg_intake_store_set_servings (self->store, shown_day (self), row_id (row), servings);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  FoodRow        *row)
{
  gboolean eaten = gtk_check_button_get_active (check);

  store_servings (row, eaten ? gtk_spin_button_get_value (row->spin) : 0);
}

static void
servings_changed_cb (GtkSpinButton *spin,
                     FoodRow       *row)
{
  if (gtk_check_button_get_active (row->check))
    store_servings (row, gtk_spin_button_get_value (spin));
}

/* Whole or half servings, as the store keeps them. */
static const MgNumberRules servings_rules = {
  .decimals = 1,
  .lower = 0.5,
  .upper = MG_FOOD_MAX_SERVINGS,
  .step = 0.5,
};

static char *
food_details (const MgFood *food)
{
  /* Translators: under a food’s name: %1$u is the serving’s weight in grams,
   * %2$s the serving as a household measure (“half a cup”), %3$u the mg of
   * magnesium in one serving */
  return g_strdup_printf (_("%1$u g · %2$s · %3$u mg a serving"),
                          food->serving_g, mg_food_get_measure (food), food->mg);
}

/* “1 bar, 40 g · 45 mg a portion”: the person's own words, and the figure
 * of the day shown. */
static char *
own_food_details (const MgOwnFood *food)
{
  g_autofree char *number = mg_i18n_format_decimal (food->mg, food->mg != (guint) food->mg ? 1 : 0);
  /* Translators: an amount of magnesium, as in “45 mg” or “12.5 mg” */
  g_autofree char *mg = g_strdup_printf (_("%s mg"), number);

  if (food->hidden)
    /* Translators: under the name of a food the person added and then
     * deleted, on a day it was ticked: %1$s is the portion in the person's
     * words (“1 bar, 40 g”), %2$s its magnesium (“45 mg”) */
    return g_strdup_printf (_("%1$s · %2$s a portion · deleted, still counted on this day"),
                            food->portion, mg);

  /* Translators: under the name of a food the person added: %1$s is the
   * portion in the person's words (“1 bar, 40 g”), %2$s its magnesium (“45 mg”) */
  return g_strdup_printf (_("%1$s · %2$s a portion"), food->portion, mg);
}

static char *
row_details (const FoodRow *row)
{
  return row->food != NULL ? food_details (row->food) : own_food_details (row->own);
}

static gboolean
is_refused (const FoodRow *row)
{
  return row->refusal.problem != MG_NUMBER_VALID;
}

static char *
refusal_text (const FoodRow *row)
{
  g_autofree char *lower = format_servings (servings_rules.lower);
  g_autofree char *upper = format_servings (servings_rules.upper);
  char *reason = mg_number_explain (&row->refusal, &servings_rules);

  /* Translators: the fewest and the most servings a food takes */
  return reason != NULL ? reason : g_strdup_printf (_("Enter whole or half servings from %1$s to %2$s."),
                                                    lower, upper);
}

static void
show_refusal (FoodRow  *row,
              gboolean  announce)
{
  g_autofree char *reason = refusal_text (row);

  mg_field_error_show (row->row, GTK_WIDGET (row->spin), reason, announce);
}

static void
clear_refusal (FoodRow *row)
{
  g_autofree char *details = row_details (row);

  if (!is_refused (row))
    return;

  row->refusal.problem = MG_NUMBER_VALID;
  mg_field_error_clear (row->row, GTK_WIDGET (row->spin), details);
}

/* The spin button writes the interface language’s decimal separator. What
 * was typed and refused stays, to be corrected, until the servings change
 * another way. */
static gboolean
servings_output_cb (GtkSpinButton *spin,
                    FoodRow       *row)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autofree char *text = NULL;

  if (is_refused (row)) {
    if (gtk_adjustment_get_value (adjustment) == row->kept)
      return TRUE;
    clear_refusal (row);
  }

  text = format_servings (gtk_adjustment_get_value (adjustment));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Reads servings as mg-number.c explains; refused ones keep the servings
 * before them, with the update policy set to if-valid. */
static int
servings_input_cb (GtkSpinButton *spin,
                   double        *new_value,
                   FoodRow       *row)
{
  MgNumber number;
  gboolean news;

  *new_value = gtk_spin_button_get_value (spin);
  if (mg_number_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), &servings_rules, &number) == MG_NUMBER_VALID) {
    clear_refusal (row);
    *new_value = number.value;
    return TRUE;
  }

  /* Said once for each new mistake, not again when the focus leaves it. */
  news = !is_refused (row) || row->refusal.problem != number.problem ||
         !g_str_equal (row->refusal.number, number.number);
  if (!is_refused (row))
    row->kept = *new_value;
  row->refusal = number;
  show_refusal (row, news);

  return GTK_INPUT_ERROR;
}

/* The wheel scrolls the page, as a person scrolling the list means: it
 * never changes the servings under the pointer. The keys and the buttons
 * still do. */
static void
ignore_wheel (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
      gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
  }
}

static GtkWidget *
new_amount (FoodRow *row)
{
  /* The subtotal under the servings leaves the name room on a phone. */
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  row->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0.5, MG_FOOD_MAX_SERVINGS, 0.5));
  gtk_spin_button_set_snap_to_ticks (row->spin, TRUE);
  /* Numeric mode only lets the system locale’s decimal point in. */
  gtk_spin_button_set_numeric (row->spin, FALSE);
  gtk_spin_button_set_update_policy (row->spin, GTK_UPDATE_IF_VALID);
  gtk_spin_button_set_value (row->spin, 1);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->spin), 3);
  gtk_widget_set_halign (GTK_WIDGET (row->spin), GTK_ALIGN_END);
  ignore_wheel (GTK_WIDGET (row->spin));
  g_signal_connect (row->spin, "output", G_CALLBACK (servings_output_cb), row);
  g_signal_connect (row->spin, "input", G_CALLBACK (servings_input_cb), row);
  g_signal_connect (row->spin, "value-changed", G_CALLBACK (servings_changed_cb), row);

  row->subtotal = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->subtotal, 1);
  /* On one line where there is room; at twice the text size on a phone,
   * "2 portioner · 160 mg" alone is wider than the row can give. */
  gtk_label_set_wrap (row->subtotal, TRUE);
  gtk_label_set_wrap_mode (row->subtotal, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (row->subtotal, GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (GTK_WIDGET (row->subtotal), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (row->subtotal), "caption");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->spin));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->subtotal));
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  /* As wide ticked or not: the name wraps the same, and the row puts the
   * servings beside the name or under it the same. As high, while beside
   * the name: the row keeps its height and nothing below moves. Under the
   * name (on a phone at large text) only as high as the page shown: an
   * unticked food has no empty line, and ticking one opens the line below
   * its name, where nothing above it moves (see update_homogeneity ()).
   * The empty page holds nothing that could take a click. */
  row->amount = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (row->amount, TRUE);
  gtk_stack_set_vhomogeneous (row->amount, TRUE);
  gtk_stack_add_named (row->amount, gtk_box_new (GTK_ORIENTATION_VERTICAL, 0), "none");
  gtk_stack_add_named (row->amount, box, "servings");
  gtk_stack_set_visible_child_name (row->amount, "none");
  gtk_widget_set_valign (GTK_WIDGET (row->amount), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (row->amount), "servings");

  return GTK_WIDGET (row->amount);
}

static void edit_clicked_cb (GtkButton *button,
                             FoodRow   *row);

static void
add_food_row (MgChecklistPage *self,
              FoodRow         *row)
{
  GtkWidget *control;

  row->row = MG_FORM_ROW (mg_form_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);

  row->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (row->check), GTK_ALIGN_CENTER);
  g_signal_connect (row->check, "toggled", G_CALLBACK (check_toggled_cb), row);

  mg_form_row_set_prefix (row->row, GTK_WIDGET (row->check));
  control = new_amount (row);
  if (row->own != NULL) {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    /* A food deleted, shown on a day that counts it, is no longer edited. */
    row->edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
    gtk_widget_set_valign (row->edit, GTK_ALIGN_CENTER);
    gtk_widget_set_visible (row->edit, !row->own->hidden);
    gtk_widget_add_css_class (row->edit, "flat");
    g_signal_connect (row->edit, "clicked", G_CALLBACK (edit_clicked_cb), row);
    gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (box), control);
    gtk_box_append (GTK_BOX (box), row->edit);
    control = box;
  }
  mg_form_row_set_control (row->row, control);
  mg_form_row_set_activatable_widget (row->row, GTK_WIDGET (row->check));
  /* One Tab stop a food: the check box, named by the row's title and
   * saying whether it is ticked; a click anywhere on the row still ticks
   * it. The servings are a stop of their own once shown. */
  gtk_widget_set_focusable (GTK_WIDGET (row->row), FALSE);
  g_object_set_data (G_OBJECT (row->row), "mg-food-row", row);
  gtk_list_box_append (self->group_lists[row_group (row)], GTK_WIDGET (row->row));
}

/* A food group: a heading a screen reader lists with the page's others,
 * over a list it names. */
static void
add_group (MgChecklistPage *self,
           MgFoodGroup      group)
{
  GtkWidget *box = group == OWN_GROUP ? GTK_WIDGET (self->own_group) : gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (title, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), list);
  if (group != OWN_GROUP)
    gtk_box_append (self->groups_box, box);

  self->groups[group] = box;
  self->group_titles[group] = GTK_LABEL (title);
  self->group_lists[group] = GTK_LIST_BOX (list);
}

/* The person's foods in the order of their names, as the store gives them. */
static int
compare_own_rows (GtkListBoxRow *a,
                  GtkListBoxRow *b,
                  gpointer       data)
{
  FoodRow *row_a = g_object_get_data (G_OBJECT (a), "mg-food-row");
  FoodRow *row_b = g_object_get_data (G_OBJECT (b), "mg-food-row");
  int order = g_utf8_collate (row_a->own->name, row_b->own->name);

  return order != 0 ? order : strcmp (row_a->own->id, row_b->own->id);
}

static void
build_rows (MgChecklistPage *self)
{
  self->rows = g_new0 (FoodRow, mg_foods_get_n_foods ());

  for (guint group = 0; group < N_GROUPS; group++)
    add_group (self, group);
  gtk_list_box_set_sort_func (self->group_lists[OWN_GROUP], compare_own_rows, NULL, NULL);

  for (guint i = 0; i < mg_foods_get_n_foods (); i++) {
    self->rows[i].page = self;
    self->rows[i].food = mg_foods_get_food (i);
    add_food_row (self, &self->rows[i]);
  }
}

/* “1 serving · 78 mg” under the servings: what the number counts, and
 * what it adds up to. */
static char *
subtotal_text (const FoodRow *row,
               double         servings)
{
  g_autofree char *amount = format_servings (servings);
  g_autofree char *mg = format_mg (round_mg (row_mg (row, servings)));
  gboolean one = servings > 0.75 && servings < 1.25;

  /* Translators: under the servings of a ticked food: %1$s is the number of
   * servings, whole or half (“1”, “1.5”), %2$s its magnesium (“78 mg”).
   * The singular is for exactly one serving; half servings take the plural */
  return g_strdup_printf (mg_i18n_ngettext ("%1$s serving · %2$s", "%1$s servings · %2$s", one ? 1 : 2),
                          amount, mg);
}

static void
sync_row (FoodRow    *row,
          GHashTable *day)
{
  guint halves = GPOINTER_TO_UINT (g_hash_table_lookup (day, row_id (row)));
  double servings = halves > 0 ? halves / 2.0 : gtk_spin_button_get_value (row->spin);
  g_autofree char *subtotal = subtotal_text (row, servings);
  g_autofree char *text = format_servings (servings);

  gtk_check_button_set_active (row->check, halves > 0);
  gtk_spin_button_set_value (row->spin, servings);
  /* The language may have changed the decimal separator, not the value. */
  if (!is_refused (row) && g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (row->spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->spin), text);
  gtk_label_set_text (row->subtotal, subtotal);
  gtk_stack_set_visible_child_name (row->amount, halves > 0 ? "servings" : "none");
}

/* A day's magnesium from the table's foods and the person's own, each
 * own food at the figure it had that day. */
static guint
day_total (MgChecklistPage *self,
           const char      *day)
{
  g_autoptr(GHashTable) halves = mg_intake_store_dup_day (self->store, day);

  return round_mg (mg_foods_sum_mg (halves) + mg_own_foods_sum_mg (self->own_foods, day, halves));
}

static void
update_summary (MgChecklistPage *self)
{
  guint shown_mg = day_total (self, shown_day (self));
  guint percent = (shown_mg * 100 + self->reference_mg / 2) / self->reference_mg;
  const char *title = showing_today (self) ? _("Magnesium from food today") : _("Magnesium from food on this day");
  g_autofree char *total = format_mg (shown_mg);
  g_autofree char *date = mg_i18n_format_date (shown_day (self));
  g_autofree char *progress = NULL;
  g_autofree char *legend = NULL;

  /* Translators: under the level bar of today’s total: %1$u is a percentage,
   * %2$u the person’s reference intake in mg; “%%” writes a percent sign */
  progress = g_strdup_printf (_("%1$u %% of your reference intake of %2$u mg a day"),
                              percent, self->reference_mg);
  /* Translators: the key to the week chart; %u is the reference intake in mg */
  legend = g_strdup_printf (_("Bars: magnesium from food each day. Dashed line: your reference "
                              "intake of %u mg a day."), self->reference_mg);

  gtk_label_set_text (self->summary_title, title);
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->date_label, date);
  gtk_level_bar_set_value (self->level_bar, MIN (shown_mg, self->reference_mg));
  gtk_label_set_text (self->progress_label, progress);
  gtk_label_set_text (self->week_legend, legend);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, progress,
                                  -1);
}

static void
update_chart (MgChecklistPage *self)
{
  g_auto(GStrv) days = mg_intake_store_dup_last_days (self->store, CHART_DAYS);
  guint totals[CHART_DAYS];

  for (guint i = 0; i < CHART_DAYS; i++)
    totals[i] = day_total (self, days[i]);

  mg_week_chart_set_days (self->week_chart, (const char * const *) days, totals, CHART_DAYS);
}

static void
set_total (MgChecklistPage *self,
           guint            total_mg)
{
  gboolean changed = self->total_mg != total_mg;

  self->total_mg = total_mg;
  update_summary (self);
  /* The dose guide counts today's food with the product. */
  mg_dose_profile_set_food_mg (self->profile, total_mg);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_MG]);
}

/* The day bar: no day after today, and the way back to it. */
static void
update_day_bar (MgChecklistPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.next-day", !showing_today (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.today", !showing_today (self));
  gtk_widget_set_visible (GTK_WIDGET (self->today_button), !showing_today (self));
  gtk_label_set_text_with_mnemonic (self->clear_label,
                                    showing_today (self) ? _("_Clear Today") : _("_Clear This Day"));
}

/* Shows the day as the store has it: after a change here, in another
 * window, or at midnight. */
static void
sync_from_store (MgChecklistPage *self)
{
  const char *today = mg_intake_store_get_today (self->store);
  g_autoptr(GHashTable) day = mg_intake_store_dup_day (self->store, shown_day (self));

  /* Midnight made the day shown today again. */
  if (g_strcmp0 (self->day, today) == 0)
    g_clear_pointer (&self->day, g_free);

  self->syncing = TRUE;
  for (guint i = 0; i < mg_foods_get_n_foods (); i++)
    sync_row (&self->rows[i], day);
  for (guint i = 0; i < self->own_rows->len; i++) {
    FoodRow *row = g_ptr_array_index (self->own_rows, i);
    MgOwnFood *own = mg_own_foods_dup_food (self->own_foods, row->own->id, shown_day (self));

    /* The figure of the day shown, which an edit may have changed from a day on. */
    if (own != NULL && own->mg != row->own->mg) {
      g_autofree char *details = NULL;

      row->own->mg = own->mg;
      details = row_details (row);
      if (!is_refused (row))
        mg_form_row_set_subtitle (row->row, details);
    }
    mg_own_food_free (own);
    sync_row (row, day);
  }
  self->syncing = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.clear-day",
                                 g_hash_table_size (day) > 0);
  update_day_bar (self);
  set_total (self, day_total (self, today));
  update_chart (self);
  /* A deleted food of the person's shows on the days that count it. */
  apply_filter (self);
}

/**
 * mg_checklist_page_show_day:
 * @day: (nullable): a day as YYYY-MM-DD, or %NULL for today
 *
 * Shows @day's foods to tick or correct. A day after today is refused:
 * today is shown, and the person told.
 *
 * Returns: whether @day is shown
 */
gboolean
mg_checklist_page_show_day (MgChecklistPage *self,
                            const char      *day)
{
  const char *today;

  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), FALSE);

  today = mg_intake_store_get_today (self->store);
  if (day != NULL && !mg_date_parse_iso (day, NULL))
    return FALSE;
  if (day != NULL && strcmp (day, today) > 0) {
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("That day has not come yet")));
    return FALSE;
  }

  g_free (self->day);
  self->day = day != NULL && strcmp (day, today) != 0 ? g_strdup (day) : NULL;
  sync_from_store (self);
  return TRUE;
}

/* The person went to @day: a screen reader says where they are, as the
 * focus stays on the arrows or the calendar. */
static void
go_to_day (MgChecklistPage *self,
           const char      *day)
{
  g_autofree char *date = NULL;

  if (!mg_checklist_page_show_day (self, day))
    return;
  date = mg_i18n_format_date (shown_day (self));
  mg_announce (GTK_WIDGET (self), date, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/**
 * mg_checklist_page_get_day:
 *
 * Returns: the day shown, as YYYY-MM-DD
 */
const char *
mg_checklist_page_get_day (MgChecklistPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), NULL);

  return shown_day (self);
}

static void
go_by_days (MgChecklistPage *self,
            int              days)
{
  g_autofree char *day = mg_date_add_days (shown_day (self), days);

  if (day != NULL)
    go_to_day (self, day);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  go_by_days (MG_CHECKLIST_PAGE (widget), -1);
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go_by_days (MG_CHECKLIST_PAGE (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  go_to_day (MG_CHECKLIST_PAGE (widget), NULL);
}

static void
show_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go_to_day (MG_CHECKLIST_PAGE (widget), g_variant_get_string (parameter, NULL));
}

/* The calendar opens on the day shown. */
static void
day_popover_show_cb (MgChecklistPage *self)
{
  GDate date;
  g_autoptr(GDateTime) day = NULL;

  if (!mg_date_parse_iso (shown_day (self), &date))
    return;
  day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, day);
}

static void
calendar_day_selected_cb (MgChecklistPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  if (g_strcmp0 (day, shown_day (self)) == 0)
    return;
  go_to_day (self, day);
  if (g_strcmp0 (day, shown_day (self)) == 0)
    gtk_menu_button_popdown (self->day_button);
}

static void
chart_day_activated_cb (MgChecklistPage *self,
                        const char      *day)
{
  go_to_day (self, day);
}

static void
store_changed_cb (MgChecklistPage *self)
{
  sync_from_store (self);
}

/* The person's reference intake from the dose guide's answers; while they
 * give none, an adult's in the same reference values. */
static void
apply_reference (MgChecklistPage *self)
{
  guint reference_mg = mg_dose_profile_get_reference_intake (self->profile);

  if (reference_mg == 0)
    reference_mg = mg_dose_profile_get_adult_reference_intake (self->profile);
  if (self->reference_mg == reference_mg)
    return;

  self->reference_mg = reference_mg;
  /* Blue on the way, green from the reference intake on. */
  gtk_level_bar_set_max_value (self->level_bar, reference_mg);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH, reference_mg - 0.5);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL, reference_mg);
  mg_week_chart_set_reference_intake (self->week_chart, reference_mg);
  /* Set at construction, it comes before the store: the first sync shows it. */
  if (self->store != NULL)
    update_summary (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_INTAKE]);
}

/* A food shows when the filter is in its name or its group's: “nut” finds
 * almonds and cashews as well as peanuts. */
static const char *
group_name (guint group)
{
  return group == OWN_GROUP ? _("Your Foods") : mg_food_group_get_name (group);
}

static gboolean
food_matches (const FoodRow *row,
              const char    *needle)
{
  g_autofree char *name = fold_for_search (row_name (row));
  g_autofree char *group = NULL;

  if (strstr (name, needle) != NULL)
    return TRUE;

  group = fold_for_search (group_name (row_group (row)));
  return strstr (group, needle) != NULL;
}

static void
apply_filter (MgChecklistPage *self)
{
  const char *filter = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  g_autofree char *needle = fold_for_search (filter);
  gboolean shown[N_GROUPS] = { FALSE };
  guint n_rows = mg_foods_get_n_foods () + self->own_rows->len;

  self->n_shown = 0;
  for (guint i = 0; i < n_rows; i++) {
    FoodRow *row = nth_row (self, i);
    gboolean match = food_matches (row, needle);

    /* A deleted food of the person's only on a day that counts it. */
    if (row->own != NULL && row->own->hidden && !gtk_check_button_get_active (row->check))
      match = FALSE;
    gtk_widget_set_visible (GTK_WIDGET (row->row), match);
    shown[row_group (row)] |= match;
    self->n_shown += match;
  }

  for (guint group = 0; group < N_GROUPS; group++)
    gtk_widget_set_visible (self->groups[group], shown[group]);
  gtk_widget_set_visible (GTK_WIDGET (self->no_match), self->n_shown == 0);
}

/* A person typing hears how many foods are left, as sighted people see. */
static void
filter_changed_cb (MgChecklistPage *self)
{
  g_autofree char *message = NULL;

  apply_filter (self);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)) == '\0')
    return;

  if (self->n_shown == 0)
    message = g_strdup (_("No matching foods"));
  else
    /* Translators: said by a screen reader as the person types in the filter */
    message = g_strdup_printf (mg_i18n_ngettext ("%u food shown", "%u foods shown", self->n_shown),
                               self->n_shown);
  mg_announce (GTK_WIDGET (self->filter_entry), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
forget_undo (MgChecklistPage *self)
{
  g_clear_pointer (&self->undo_day, g_free);
  g_clear_pointer (&self->undo_foods, g_hash_table_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo-clear", FALSE);
}

static void
undo_toast_dismissed_cb (MgChecklistPage *self,
                         AdwToast        *toast)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

static void
clear_day_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (widget);
  const char *day = shown_day (self);
  g_autoptr(GHashTable) foods = mg_intake_store_dup_day (self->store, day);
  g_autofree char *message = NULL;

  if (g_hash_table_size (foods) == 0)
    return;

  forget_undo (self);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  self->undo_day = g_strdup (day);
  self->undo_foods = g_steal_pointer (&foods);
  gtk_widget_action_set_enabled (widget, "checklist.undo-clear", TRUE);
  mg_intake_store_clear_day (self->store, day);

  if (showing_today (self)) {
    message = g_strdup (_("Today’s foods cleared"));
  } else {
    g_autofree char *date = mg_i18n_format_date (day);

    /* Translators: a message after the foods of a past day were unticked; %s is a date */
    message = g_strdup_printf (_("Foods of %s cleared"), date);
  }
  self->undo_toast = adw_toast_new (message);
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "checklist.undo-clear");
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, self->undo_toast);
}

static void
undo_clear_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (widget);

  if (self->undo_foods == NULL)
    return;

  mg_intake_store_merge_day (self->store, self->undo_day, self->undo_foods);
  forget_undo (self);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
focus_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (MG_CHECKLIST_PAGE (widget)->filter_entry));
}

/* A storage problem stays on screen while it lasts, or until the person
 * dismisses it. */
static AdwToast *
show_problem (MgChecklistPage *self,
              const char      *text,
              guint            timeout)
{
  GtkWidget *label = gtk_label_new (text);
  AdwToast *toast = adw_toast_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A toast is as wide as its title wants: this keeps it within a phone. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  adw_toast_set_custom_title (toast, label);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return toast;
}

static void
set_aside_text (MgChecklistPage *self)
{
  g_autofree char *name = g_path_get_basename (mg_intake_store_get_set_aside_path (self->store));
  g_autofree char *text = NULL;

  switch (mg_intake_store_get_set_aside_reason (self->store)) {
  case MG_INTAKE_STORE_FAILURE_NOT_A_FILE:
    /* Translators: %s is the name under which the app kept what it found, in its data folder */
    text = g_strdup_printf (_("Where the saved checklist should be there was something that is not a "
                              "file. It was kept as “%s”, and a new checklist was started."), name);
    break;
  case MG_INTAKE_STORE_FAILURE_TOO_LARGE:
    /* Translators: %s is the name of the file, kept in the app’s data folder */
    text = g_strdup_printf (_("The saved checklist was too large to be a checklist. It was kept as "
                              "“%s”, and a new checklist was started."), name);
    break;
  default:
    /* Translators: %s is the name of the damaged file, kept in the app’s data folder */
    text = g_strdup_printf (_("The saved checklist was damaged and could not be read. It was kept "
                              "as “%s”, and a new checklist was started."), name);
  }

  show_problem (self, text, 0);
}

/* What keeps the ticks from the disk now, in words that say what to do. */
static const char *
lasting_problem_text (MgChecklistPage *self)
{
  MgIntakeStoreProblems problems = mg_intake_store_get_problems (self->store);

  if ((problems & MG_INTAKE_STORE_PROBLEM_CANNOT_READ) != 0)
    return _("The saved checklist cannot be read: Magnesium Guide is not allowed to open it. It is "
             "left as it is. New ticks are kept while the app is open and saved once the file can "
             "be read.");
  if ((problems & MG_INTAKE_STORE_PROBLEM_NEWER_VERSION) != 0)
    return _("The saved checklist comes from a newer version of Magnesium Guide. It is shown but not "
             "changed, so new ticks are not saved. Update Magnesium Guide to keep them.");
  if ((problems & MG_INTAKE_STORE_PROBLEM_CANNOT_SAVE) == 0)
    return NULL;

  switch (mg_intake_store_get_failure (self->store)) {
  case MG_INTAKE_STORE_FAILURE_NO_SPACE:
    return _("The checklist cannot be saved because the disk is full. Your ticks are kept and saved "
             "as soon as there is space again.");
  case MG_INTAKE_STORE_FAILURE_NO_PERMISSION:
    return _("The checklist cannot be saved because Magnesium Guide is not allowed to write to its "
             "folder. Your ticks are kept while the app is open, and saving is tried again.");
  case MG_INTAKE_STORE_FAILURE_READ_ONLY:
    return _("The checklist cannot be saved because the disk is read-only. Your ticks are kept while "
             "the app is open, and saving is tried again.");
  default:
    return _("The checklist cannot be saved just now. Your ticks are kept while the app is open, "
             "and saving is tried again.");
  }
}

static void
lasting_toast_dismissed_cb (MgChecklistPage *self,
                            AdwToast        *toast)
{
  if (self->lasting_toast == toast)
    self->lasting_toast = NULL;
}

static void
show_problems (MgChecklistPage *self)
{
  const char *path = mg_intake_store_get_set_aside_path (self->store);
  const char *text = lasting_problem_text (self);

  if (path != NULL && g_strcmp0 (path, self->set_aside_shown) != 0) {
    g_free (self->set_aside_shown);
    self->set_aside_shown = g_strdup (path);
    set_aside_text (self);
  }

  if (g_strcmp0 (text, self->lasting_text) == 0)
    return;

  if (self->lasting_toast != NULL)
    adw_toast_dismiss (self->lasting_toast);
  self->lasting_toast = NULL;

  if (text != NULL) {
    self->lasting_toast = show_problem (self, text, 0);
    g_signal_connect_object (self->lasting_toast, "dismissed",
                             G_CALLBACK (lasting_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  } else if (self->lasting_text != NULL) {
    show_problem (self, _("The checklist is saved again."), 5);
  }
  g_free (self->lasting_text);
  self->lasting_text = g_strdup (text);
}

static void
set_own_row_texts (FoodRow *row)
{
  g_autofree char *details = own_food_details (row->own);
  /* Translators: what a screen reader says for the number of servings; %s is a food */
  g_autofree char *servings = g_strdup_printf (_("Servings of %s"), row->own->name);
  /* Translators: the button that changes or deletes a food the person
   * added; %s is its name, as the person wrote it */
  g_autofree char *edit = g_strdup_printf (_("Edit %s"), row->own->name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), row->own->name);
  mg_form_row_set_subtitle (row->row, details);
  gtk_widget_set_tooltip_text (row->edit, edit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin), GTK_ACCESSIBLE_PROPERTY_LABEL, servings, -1);
}

static void
own_lasting_toast_dismissed_cb (MgChecklistPage *self,
                                AdwToast        *toast)
{
  if (self->own_lasting_toast == toast)
    self->own_lasting_toast = NULL;
}

/* What keeps the person's own foods from the disk now, in words, as for
 * the ticks; a file set aside is told once. */
static const char *
own_problem_text (MgStoreProblems problems)
{
  if ((problems & MG_STORE_PROBLEM_CANNOT_READ) != 0)
    return _("Your own foods cannot be read: Magnesium Guide is not allowed to open their file. It is "
             "left as it is. Foods added now are kept while the app is open.");
  if ((problems & MG_STORE_PROBLEM_NEWER_VERSION) != 0)
    return _("Your own foods come from a newer version of Magnesium Guide. They are shown but not "
             "changed, so new foods are not saved. Update Magnesium Guide to keep them.");
  if ((problems & MG_STORE_PROBLEM_CANNOT_SAVE) != 0)
    return _("Your own foods cannot be saved just now. They are kept while the app is open, and "
             "saving is tried again.");
  return NULL;
}

static void
show_own_problems (MgChecklistPage *self)
{
  MgKeyFileStore *file = mg_own_foods_get_file (self->own_foods);
  const char *path = mg_key_file_store_get_set_aside_path (file);
  const char *text = own_problem_text (mg_key_file_store_get_problems (file));

  if (path != NULL && g_strcmp0 (path, self->own_set_aside_shown) != 0) {
    g_autofree char *name = g_path_get_basename (path);
    g_autofree char *message = NULL;

    g_free (self->own_set_aside_shown);
    self->own_set_aside_shown = g_strdup (path);
    /* Translators: %s is the name under which the app kept what it found, in its data folder */
    message = g_strdup_printf (_("The saved list of your own foods could not be read. It was kept as "
                                 "“%s”, and a new list was started."), name);
    show_problem (self, message, 0);
  }

  if (text == self->own_lasting_text)
    return;
  if (self->own_lasting_toast != NULL)
    adw_toast_dismiss (self->own_lasting_toast);
  self->own_lasting_toast = NULL;
  if (text != NULL) {
    self->own_lasting_toast = show_problem (self, text, 0);
    g_signal_connect_object (self->own_lasting_toast, "dismissed",
                             G_CALLBACK (own_lasting_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  } else if (self->own_lasting_text != NULL) {
    show_problem (self, _("Your own foods are saved again."), 5);
  }
  self->own_lasting_text = text;
}

static void
set_row_texts (FoodRow *row)
{
  const MgFood *food = row->food;
  const char *name = mg_food_get_name (food);
  g_autofree char *details = food_details (food);
  g_autofree char *servings = NULL;
  g_autofree char *source = NULL;

  /* Translators: what a screen reader says for the number of servings; %s is a food */
  servings = g_strdup_printf (_("Servings of %s"), name);
  /* Translators: a tooltip; %s is a citation such as “USDA FoodData Central 170401” */
  source = g_strdup_printf (_("Source: %s"), food->source);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), name);
  mg_form_row_set_subtitle (row->row, details);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->row), source);
  /* The check box is named by the row's title, which the row relates to
   * it: a label of its own as well would be read twice. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, servings,
                                  -1);
}

/* The texts made from the foods table and the chart's length; the rest of
 * the page's words are in its template. */
static void
set_texts (MgChecklistPage *self)
{
  g_autofree char *week_title = g_strdup_printf (mg_i18n_ngettext ("Last %u Day", "Last %u Days",
                                                           CHART_DAYS), CHART_DAYS);

  gtk_label_set_text (self->week_title, week_title);
  for (guint group = 0; group < N_GROUPS; group++)
    gtk_label_set_text (self->group_titles[group], group_name (group));
  for (guint i = 0; i < mg_foods_get_n_foods (); i++)
    set_row_texts (&self->rows[i]);
}

static void
own_row_free (gpointer data)
{
  FoodRow *row = data;

  mg_own_food_free (row->own);
  g_free (row);
}

/* The person's foods as the store has them now, the deleted ones too: they
 * show on the days that count them. Made again when they change, which a
 * tick never does. */
static void
build_own_rows (MgChecklistPage *self)
{
  g_autoptr(GPtrArray) foods = mg_own_foods_dup_foods (self->own_foods, shown_day (self));

  for (guint i = 0; i < self->own_rows->len; i++) {
    FoodRow *row = g_ptr_array_index (self->own_rows, i);

    gtk_list_box_remove (self->group_lists[OWN_GROUP], GTK_WIDGET (row->row));
  }
  g_ptr_array_set_size (self->own_rows, 0);

  for (guint i = 0; i < foods->len; i++) {
    FoodRow *row = g_new0 (FoodRow, 1);

    row->page = self;
    row->own = g_steal_pointer (&g_ptr_array_index (foods, i));
    add_food_row (self, row);
    set_own_row_texts (row);
    g_ptr_array_add (self->own_rows, row);
  }
}

static void
own_foods_changed_cb (MgChecklistPage *self)
{
  build_own_rows (self);
  sync_from_store (self);
}

static FoodRow *
find_own_row (MgChecklistPage *self,
              const char      *id)
{
  for (guint i = 0; id != NULL && i < self->own_rows->len; i++) {
    FoodRow *row = g_ptr_array_index (self->own_rows, i);

    if (g_str_equal (row->own->id, id))
      return row;
  }

  return NULL;
}

static void
forget_food_undo (MgChecklistPage *self)
{
  g_clear_pointer (&self->undo_food_id, g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo-delete-food", FALSE);
}

static void
undo_food_toast_dismissed_cb (MgChecklistPage *self,
                              AdwToast        *toast)
{
  if (self->undo_food_toast == toast)
    self->undo_food_toast = NULL;
}

/* A deleted food is hidden, not gone: the toast brings it back. */
static void
dialog_deleted_cb (MgChecklistPage *self,
                   const char      *id)
{
  g_autoptr(MgOwnFood) food = mg_own_foods_dup_food (self->own_foods, id, NULL);
  g_autofree char *message = NULL;

  if (food == NULL)
    return;

  if (self->undo_food_toast != NULL)
    adw_toast_dismiss (self->undo_food_toast);
  g_free (self->undo_food_id);
  self->undo_food_id = g_strdup (id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo-delete-food", TRUE);

  /* Translators: a message after a food the person added was deleted; %s
   * is its name as the person wrote it, in your language's quotation marks */
  message = g_strdup_printf (_("“%s” deleted"), food->name);
  self->undo_food_toast = adw_toast_new (message);
  /* The name is the person's text, never markup. */
  adw_toast_set_use_markup (self->undo_food_toast, FALSE);
  adw_toast_set_button_label (self->undo_food_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_food_toast, "checklist.undo-delete-food");
  adw_toast_set_priority (self->undo_food_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_food_toast, "dismissed",
                           G_CALLBACK (undo_food_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, self->undo_food_toast);
}

static void
dialog_saved_cb (MgChecklistPage *self,
                 const char      *id)
{
  /* A food added is one to tick: the filter must not hide it. */
  if (find_own_row (self, id) != NULL && !gtk_widget_get_visible (GTK_WIDGET (find_own_row (self, id)->row)))
    mg_checklist_page_set_filter (self, "");
}

/* The focus goes back to the food changed or added, which was made again,
 * or else to the button that adds one. */
static void
dialog_closed_cb (MgChecklistPage *self,
                  AdwDialog       *dialog)
{
  FoodRow *row = find_own_row (self, mg_own_food_dialog_get_id (MG_OWN_FOOD_DIALOG (dialog)));

  if (row != NULL && gtk_widget_get_visible (row->edit) && gtk_widget_get_visible (GTK_WIDGET (row->row)))
    gtk_widget_grab_focus (row->edit);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static void
open_dialog (MgChecklistPage *self,
             const char      *id,
             GVariant        *typed)
{
  AdwDialog *dialog = mg_own_food_dialog_new (self->own_foods, id, mg_intake_store_get_today (self->store));

  if (typed != NULL)
    mg_own_food_dialog_restore_typed (MG_OWN_FOOD_DIALOG (dialog), typed);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (dialog_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (dialog_closed_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
edit_clicked_cb (GtkButton *button,
                 FoodRow   *row)
{
  open_dialog (row->page, row->own->id, NULL);
}

static void
add_food_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_dialog (MG_CHECKLIST_PAGE (widget), NULL, NULL);
}

static void
undo_delete_food_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (widget);
  g_autofree char *id = g_strdup (self->undo_food_id);

  if (id == NULL)
    return;

  forget_food_undo (self);
  if (self->undo_food_toast != NULL)
    adw_toast_dismiss (self->undo_food_toast);
  mg_own_foods_set_hidden (self->own_foods, id, FALSE);
}

static void
mg_checklist_page_constructed (GObject *object)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (object);

  G_OBJECT_CLASS (mg_checklist_page_parent_class)->constructed (object);

  if (self->store == NULL)
    self->store = mg_intake_store_dup_default ();
  if (self->own_foods == NULL)
    self->own_foods = mg_own_foods_dup_default ();
  g_assert (MG_IS_DOSE_PROFILE (self->profile));

  build_rows (self);
  build_own_rows (self);
  apply_reference (self);
  g_signal_connect_object (self->profile, "notify::reference-intake", G_CALLBACK (apply_reference),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile, "notify::adult-reference-intake", G_CALLBACK (apply_reference),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::today", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::problems", G_CALLBACK (show_problems),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->own_foods, "changed", G_CALLBACK (own_foods_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (mg_own_foods_get_file (self->own_foods), "notify::problems",
                           G_CALLBACK (show_own_problems), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->week_chart, "day-activated", G_CALLBACK (chart_day_activated_cb),
                           self, G_CONNECT_SWAPPED);

  set_texts (self);
  sync_from_store (self);
  apply_filter (self);
  show_problems (self);
  show_own_problems (self);
}

static gboolean
row_wants_homogeneous (const FoodRow *row)
{
  return !mg_form_row_get_stacked (row->row);
}

/* Whether a row puts its servings under the name is known once it has
 * its width, which the servings' height does not change: the next frame
 * gives each row the height it then needs. */
static gboolean
update_homogeneity (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       data)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (widget);

  self->homogeneity_tick = 0;
  for (guint i = 0; i < mg_foods_get_n_foods () + self->own_rows->len; i++) {
    FoodRow *row = nth_row (self, i);

    if (gtk_stack_get_vhomogeneous (row->amount) != row_wants_homogeneous (row))
      gtk_stack_set_vhomogeneous (row->amount, row_wants_homogeneous (row));
  }

  return G_SOURCE_REMOVE;
}

/* The page lays its one child out itself, without AdwBin's layout
 * manager, to see after it how its rows were laid out. */
static void
mg_checklist_page_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
mg_checklist_page_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
mg_checklist_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);

  if (self->homogeneity_tick != 0)
    return;
  for (guint i = 0; i < mg_foods_get_n_foods () + self->own_rows->len; i++) {
    FoodRow *row = nth_row (self, i);

    if (gtk_widget_get_mapped (GTK_WIDGET (row->row)) &&
        gtk_stack_get_vhomogeneous (row->amount) != row_wants_homogeneous (row)) {
      self->homogeneity_tick = gtk_widget_add_tick_callback (widget, update_homogeneity, NULL, NULL);
      return;
    }
  }
}

static void
mg_checklist_page_dispose (GObject *object)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (object);

  if (self->homogeneity_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->homogeneity_tick);
  self->homogeneity_tick = 0;

  /* AdwBin unparents the template’s only child itself. */
  self->undo_toast = NULL;
  self->undo_food_toast = NULL;
  self->lasting_toast = NULL;
  self->own_lasting_toast = NULL;
  g_clear_pointer (&self->undo_food_id, g_free);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->undo_day, g_free);
  g_clear_pointer (&self->undo_foods, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->own_foods);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (mg_checklist_page_parent_class)->dispose (object);
}

static void
mg_checklist_page_finalize (GObject *object)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (object);

  g_free (self->rows);
  g_clear_pointer (&self->own_rows, g_ptr_array_unref);
  g_free (self->lasting_text);
  g_free (self->set_aside_shown);
  g_free (self->own_set_aside_shown);

  G_OBJECT_CLASS (mg_checklist_page_parent_class)->finalize (object);
}

static void
mg_checklist_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (object);

  switch (prop_id) {
  case PROP_STORE:
    g_value_set_object (value, self->store);
    break;
  case PROP_PROFILE:
    g_value_set_object (value, self->profile);
    break;
  case PROP_OWN_FOODS:
    g_value_set_object (value, self->own_foods);
    break;
  case PROP_REFERENCE_INTAKE:
    g_value_set_uint (value, self->reference_mg);
    break;
  case PROP_TOTAL_MG:
    g_value_set_uint (value, self->total_mg);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_checklist_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MgChecklistPage *self = MG_CHECKLIST_PAGE (object);

  switch (prop_id) {
  case PROP_STORE:
    self->store = g_value_dup_object (value);
    break;
  case PROP_PROFILE:
    self->profile = g_value_dup_object (value);
    break;
  case PROP_OWN_FOODS:
    self->own_foods = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_checklist_page_class_init (MgChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_checklist_page_constructed;
  object_class->dispose = mg_checklist_page_dispose;
  object_class->finalize = mg_checklist_page_finalize;
  object_class->get_property = mg_checklist_page_get_property;
  object_class->set_property = mg_checklist_page_set_property;
  widget_class->measure = mg_checklist_page_measure;
  widget_class->get_request_mode = mg_checklist_page_get_request_mode;
  widget_class->size_allocate = mg_checklist_page_size_allocate;

  /* Where the days are kept; the default store when none is given. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MG_TYPE_INTAKE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The dose guide’s answers: the reference intake comes from them, and
   * today’s food goes to them. */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         MG_TYPE_DOSE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The foods the person added; the default ones when none are given. */
  properties[PROP_OWN_FOODS] =
    g_param_spec_object ("own-foods", NULL, NULL,
                         MG_TYPE_OWN_FOODS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What today is measured against, mg a day: the profile’s reference
   * intake, or an adult’s while the profile gives none. */
  properties[PROP_REFERENCE_INTAKE] =
    g_param_spec_uint ("reference-intake", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Today’s magnesium from the ticked foods, in mg. */
  properties[PROP_TOTAL_MG] =
    g_param_spec_uint ("total-mg", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/mg-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, summary_title);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, level_bar);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, own_group);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, no_match);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, week_title);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, week_chart);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, week_legend);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, sources_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, today_button);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, day_button);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, clear_label);
  gtk_widget_class_bind_template_child (widget_class, MgChecklistPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "checklist.clear-day", NULL, clear_day_action);
  gtk_widget_class_install_action (widget_class, "checklist.previous-day", NULL, previous_day_action);
  gtk_widget_class_install_action (widget_class, "checklist.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "checklist.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "checklist.show-day", "s", show_day_action);
  gtk_widget_class_install_action (widget_class, "checklist.undo-clear", NULL, undo_clear_action);
  gtk_widget_class_install_action (widget_class, "checklist.add-food", NULL, add_food_action);
  gtk_widget_class_install_action (widget_class, "checklist.undo-delete-food", NULL,
                                   undo_delete_food_action);
  gtk_widget_class_install_action (widget_class, "checklist.focus-filter", NULL,
                                   focus_filter_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "checklist.focus-filter", NULL);

  g_type_ensure (MG_TYPE_WEEK_CHART);
}

static void
mg_checklist_page_init (MgChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_search_entry_set_key_capture_widget (self->filter_entry, GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo-clear", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.undo-delete-food", FALSE);
  self->own_rows = g_ptr_array_new_with_free_func (own_row_free);
}

/**
 * mg_checklist_page_new:
 * @profile: the dose guide’s answers
 *
 * Returns: the checklist, with the days kept in the user’s data directory
 */
GtkWidget *
mg_checklist_page_new (MgDoseProfile *profile)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);

  return g_object_new (MG_TYPE_CHECKLIST_PAGE, "profile", profile, NULL);
}

GtkWidget *
mg_checklist_page_new_with_store (MgDoseProfile *profile,
                                  MgIntakeStore *store)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);
  g_return_val_if_fail (MG_IS_INTAKE_STORE (store), NULL);

  return g_object_new (MG_TYPE_CHECKLIST_PAGE, "profile", profile, "store", store, NULL);
}

/**
 * mg_checklist_page_new_with_stores:
 * @own_foods: the foods the person added, kept elsewhere than the default
 */
GtkWidget *
mg_checklist_page_new_with_stores (MgDoseProfile *profile,
                                   MgIntakeStore *store,
                                   MgOwnFoods    *own_foods)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);
  g_return_val_if_fail (MG_IS_INTAKE_STORE (store), NULL);
  g_return_val_if_fail (MG_IS_OWN_FOODS (own_foods), NULL);

  return g_object_new (MG_TYPE_CHECKLIST_PAGE, "profile", profile, "store", store,
                       "own-foods", own_foods, NULL);
}

guint
mg_checklist_page_get_reference_intake (MgChecklistPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), 0);

  return self->reference_mg;
}

guint
mg_checklist_page_get_total_mg (MgChecklistPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), 0);

  return self->total_mg;
}

/**
 * mg_checklist_page_get_filter:
 *
 * Returns: what the person typed in the filter, for a page made again in
 *   another language to show the same foods
 */
const char *
mg_checklist_page_get_filter (MgChecklistPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
}

/**
 * mg_checklist_page_set_filter:
 *
 * Shows the foods @filter matches, as if the person had typed it, at once.
 */
void
mg_checklist_page_set_filter (MgChecklistPage *self,
                              const char      *filter)
{
  g_return_if_fail (MG_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (filter != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), filter);
  apply_filter (self);
}

MgIntakeStore *
mg_checklist_page_get_store (MgChecklistPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKLIST_PAGE (self), NULL);

  return self->store;
}

/**
 * mg_checklist_page_reopen_own_food:
 * @id: (nullable): the food the dialog changed, or %NULL while adding one
 * @typed: what mg_own_food_dialog_dup_typed () gave
 *
 * Opens the dialog for a food of the person's own again, with what its
 * fields held, as on the page a language switch replaced.
 */
void
mg_checklist_page_reopen_own_food (MgChecklistPage *self,
                                   const char      *id,
                                   GVariant        *typed)
{
  g_return_if_fail (MG_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (typed != NULL);

  open_dialog (self, id, typed);
}
