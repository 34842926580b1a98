/* mg-dose-page.c: the interactive dose guide
 *
 * A form about the person and their product, and a card with the result
 * that follows every change. The form is bound to the dose profile, which
 * keeps the answers; the words come from mg-dose-text.c, so that the page
 * and the printed summary say the same.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-dose-page"

#include "config.h"


#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-dose-profile.h"
#include "mg-dose-summary.h"
#include "mg-dose-text.h"
#include "mg-field-error.h"
#include "mg-fold-box.h"
#include "mg-i18n.h"
#include "mg-number.h"
#include "mg-pdf-export.h"

/* Space between the sticky result card and the edges of the view. */
#define STICKY_MARGIN 12

struct _MgDosePage {
  AdwBin               parent_instance;

  GtkScrolledWindow   *scroller;
  AdwClamp            *clamp;
  GtkLabel            *title_label;
  GtkLabel            *intro_label;
  MgFoldBox           *columns;
  AdwPreferencesGroup *reference_group;
  AdwPreferencesGroup *person_group;
  AdwPreferencesGroup *medicines_group;
  AdwPreferencesGroup *product_group;
  AdwPreferencesGroup *food_group;
  AdwComboRow         *reference_row;
  AdwActionRow        *age_row;
  GtkSpinButton       *age_spin;
  GtkDropDown         *age_unit_dropdown;
  AdwComboRow         *sex_row;
  AdwActionRow        *pregnant_row;
  GtkSwitch           *pregnant_switch;
  AdwActionRow        *breastfeeding_row;
  GtkSwitch           *breastfeeding_switch;
  AdwActionRow        *kidney_row;
  GtkSwitch           *kidney_switch;
  AdwActionRow        *bleeding_row;
  GtkSwitch           *bleeding_switch;
  AdwComboRow         *amount_kind_row;
  AdwActionRow        *amount_row;
  GtkSpinButton       *amount_spin;
  AdwComboRow         *form_row;
  AdwActionRow        *tablets_row;
  GtkSpinButton       *tablets_spin;
  AdwActionRow        *intravenous_row;
  GtkSwitch           *intravenous_switch;
  AdwActionRow        *food_row;
  GtkSpinButton       *food_spin;
  GtkWidget           *result_card;
  GtkLabel            *result_heading;
  GtkBox              *result_body;
  GtkButton           *print_button;
  AdwButtonContent    *print_content;
  GtkButton           *save_button;
  AdwButtonContent    *save_content;

  AdwActionRow        *medicine_rows[MG_N_MEDICINES];
  GtkSwitch           *medicine_switches[MG_N_MEDICINES];

  MgDoseProfile       *profile;
  MgDoseText          *text;
  GBinding            *chooser_bindings[5];  /* one for each of choosers[] */
  /* Per number field: what was typed and refused (VALID when nothing is),
   * and the value kept meanwhile, which the profile keeps too. */
  MgNumber             refusals[4];
  double               kept[4];
};

G_DEFINE_FINAL_TYPE (MgDosePage, mg_dose_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MEMBER(name) G_STRUCT_OFFSET (MgDosePage, name)
#define WIDGET_AT(self, offset) G_STRUCT_MEMBER (GtkWidget *, self, offset)

/* Each question: its row and the widget that takes the answer (0: the row). */
static const struct {
  MgDoseField field;
  gsize       row;
  gsize       control;
} field_rows[] = {
  { MG_DOSE_FIELD_REFERENCE_SET, MEMBER (reference_row), 0 },
  { MG_DOSE_FIELD_AGE, MEMBER (age_row), MEMBER (age_spin) },
  { MG_DOSE_FIELD_SEX, MEMBER (sex_row), 0 },
  { MG_DOSE_FIELD_PREGNANT, MEMBER (pregnant_row), MEMBER (pregnant_switch) },
  { MG_DOSE_FIELD_BREASTFEEDING, MEMBER (breastfeeding_row), MEMBER (breastfeeding_switch) },
  { MG_DOSE_FIELD_KIDNEY_DISEASE, MEMBER (kidney_row), MEMBER (kidney_switch) },
  { MG_DOSE_FIELD_BLEEDING_DISORDER, MEMBER (bleeding_row), MEMBER (bleeding_switch) },
  { MG_DOSE_FIELD_AMOUNT_KIND, MEMBER (amount_kind_row), 0 },
  { MG_DOSE_FIELD_AMOUNT, MEMBER (amount_row), MEMBER (amount_spin) },
  { MG_DOSE_FIELD_FORM, MEMBER (form_row), 0 },
  { MG_DOSE_FIELD_TABLETS, MEMBER (tablets_row), MEMBER (tablets_spin) },
  { MG_DOSE_FIELD_INTRAVENOUS, MEMBER (intravenous_row), MEMBER (intravenous_switch) },
  { MG_DOSE_FIELD_FOOD, MEMBER (food_row), MEMBER (food_spin) },
};

/* The fields that take a typed number, in the order of the form, and the
 * unit each shows, which may follow the number. */
static const struct {
  MgDoseField field;
  gsize       row;
  gsize       spin;
  const char *unit;
} number_fields[] = {
  { MG_DOSE_FIELD_AGE, MEMBER (age_row), MEMBER (age_spin), NULL },
  { MG_DOSE_FIELD_AMOUNT, MEMBER (amount_row), MEMBER (amount_spin), "mg" },
  { MG_DOSE_FIELD_TABLETS, MEMBER (tablets_row), MEMBER (tablets_spin), NULL },
  { MG_DOSE_FIELD_FOOD, MEMBER (food_row), MEMBER (food_spin), "mg" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (number_fields) == G_N_ELEMENTS (((MgDosePage *) NULL)->refusals));

/* The drop-downs and the profile's answer each chooses. */
static const struct {
  gsize         chooser;
  MgDoseChoice  choice;
  const char   *property;
} choosers[] = {
  { MEMBER (reference_row), MG_DOSE_CHOICE_REFERENCE_SET, "reference-set" },
  { MEMBER (age_unit_dropdown), MG_DOSE_CHOICE_AGE_UNIT, "age-unit" },
  { MEMBER (sex_row), MG_DOSE_CHOICE_SEX, "sex" },
  { MEMBER (amount_kind_row), MG_DOSE_CHOICE_AMOUNT_KIND, "amount-kind" },
  { MEMBER (form_row), MG_DOSE_CHOICE_FORM, "form" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (choosers) == G_N_ELEMENTS (((MgDosePage *) NULL)->chooser_bindings));

/* The switches and spin buttons and the answer each gives. */
static const struct {
  gsize       control;
  const char *control_property;
  const char *property;
} answers[] = {
  { MEMBER (pregnant_switch), "active", "pregnant" },
  { MEMBER (breastfeeding_switch), "active", "breastfeeding" },
  { MEMBER (kidney_switch), "active", "kidney-disease" },
  { MEMBER (bleeding_switch), "active", "bleeding-disorder" },
  { MEMBER (intravenous_switch), "active", "intravenous" },
  { MEMBER (age_spin), "value", "age" },
  { MEMBER (amount_spin), "value", "amount" },
  { MEMBER (tablets_spin), "value", "tablets" },
  { MEMBER (food_spin), "value", "food-mg" },
};

static GtkWidget *
new_label (const char        *text,
           const char        *css_class,
           GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", role,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  return new_label (text, css_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static GtkWidget *
heading_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = new_label (text, css_class, GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);

  return label;
}

static GtkWidget *
vertical_box (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

static GtkWidget *
figure_widget (const MgDoseFigure *figure)
{
  GtkWidget *box = vertical_box (2);
  GtkWidget *title = text_label (figure->title, "caption-heading");

  gtk_widget_add_css_class (title, "dimmed");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), text_label (figure->value, "title-4"));
  gtk_box_append (GTK_BOX (box), text_label (figure->detail, "caption"));

  return box;
}

/* An icon that only repeats what the text says. */
static GtkWidget *
decoration (const char *icon_name,
            const char *css_class)
{
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "valign", GTK_ALIGN_START,
                                   NULL);

  gtk_widget_add_css_class (image, css_class);

  return image;
}

static GtkWidget *
notice_widget (const char *icon_name,
               const char *css_class,
               const char *title,
               const char *text,
               GPtrArray  *points)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *box = vertical_box (6);

  gtk_box_append (GTK_BOX (row), decoration (icon_name, css_class));
  gtk_box_append (GTK_BOX (box), heading_label (title, "heading"));
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), css_class);
  gtk_box_append (GTK_BOX (box), text_label (text, NULL));
  for (guint i = 0; points != NULL && i < points->len; i++) {
    /* Translators: a point in a list, as in “• You have kidney disease…” */
    g_autofree char *point = g_strdup_printf (_("• %s"), (char *) g_ptr_array_index (points, i));

    gtk_box_append (GTK_BOX (box), text_label (point, NULL));
  }
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (row), box);

  return row;
}

static const struct {
  const char *icon_name;
  const char *css_class;
} verdict_styles[] = {
  [MG_VERDICT_NO_PRODUCT] = { "dialog-information-symbolic", "accent" },
  [MG_VERDICT_WITHIN_LIMIT] = { "emblem-ok-symbolic", "success" },
  [MG_VERDICT_ABOVE_LIMIT] = { "dialog-warning-symbolic", "error" },
  [MG_VERDICT_SEE_DOCTOR] = { "dialog-warning-symbolic", "warning" },
};

static GtkWidget *
section_widget (const char *title,
                GPtrArray  *lines,
                gboolean    with_labels)
{
  GtkWidget *box = vertical_box (8);

  gtk_box_append (GTK_BOX (box), heading_label (title, "heading"));
  for (guint i = 0; i < lines->len; i++) {
    if (with_labels) {
      const MgDoseTextLine *line = g_ptr_array_index (lines, i);
      GtkWidget *item = vertical_box (2);

      gtk_box_append (GTK_BOX (item), text_label (line->label, "caption-heading"));
      gtk_box_append (GTK_BOX (item), text_label (line->text, NULL));
      gtk_box_append (GTK_BOX (box), item);
    } else {
      GtkWidget *label = text_label (g_ptr_array_index (lines, i), "caption");

      gtk_widget_add_css_class (label, "dimmed");
      gtk_box_append (GTK_BOX (box), label);
    }
  }

  return box;
}

static gboolean
is_refused (MgDosePage *self,
            guint       index)
{
  return self->refusals[index].problem != MG_NUMBER_VALID;
}

/* The first field that holds a number that was refused, or -1. */
static int
first_refused (MgDosePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++) {
    if (is_refused (self, i))
      return (int) i;
  }

  return -1;
}

static void
render_result (MgDosePage *self)
{
  const MgDoseText *text = self->text;
  const char *verdict_icon = verdict_styles[text->result.verdict].icon_name;
  const char *verdict_class = verdict_styles[text->result.verdict].css_class;
  int refused = first_refused (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->result_body))) != NULL)
    gtk_box_remove (self->result_body, child);

  /* Nor the summary: it would tell the doctor the number before. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.print", refused < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.save-pdf", refused < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.export-pdf", refused < 0);
  if (refused >= 0) {
    g_autofree char *waiting = mg_dose_text_waiting (number_fields[refused].field);

    gtk_box_append (self->result_body,
                    notice_widget ("dialog-warning-symbolic", "warning",
                                   mg_dose_text_waiting_title (), waiting, NULL));
    return;
  }

  if (text->refusal != NULL) {
    gtk_box_append (self->result_body,
                    notice_widget ("dialog-error-symbolic", "error",
                                   mg_dose_text_heading (MG_DOSE_HEADING_REFUSED), text->refusal, NULL));
    return;
  }

  gtk_box_append (self->result_body, notice_widget (verdict_icon, verdict_class, text->verdict_title,
                                                    text->verdict_text, text->verdict_points));
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++)
    gtk_box_append (self->result_body, figure_widget (&text->figures[i]));
  if (text->interactions->len > 0)
    gtk_box_append (self->result_body, section_widget (mg_dose_text_heading (MG_DOSE_HEADING_INTERACTIONS),
                                                       text->interactions, TRUE));
  gtk_box_append (self->result_body, section_widget (mg_dose_text_heading (MG_DOSE_HEADING_SOURCES),
                                                     text->sources, FALSE));
}

/* Wide, the result card stays in view while the form scrolls: its top at
 * the top of the view, or, when it is taller than the view, its end at the
 * end of the view. */
static void
update_side_offset (MgDosePage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double room = gtk_adjustment_get_page_size (adjustment) - 2 * STICKY_MARGIN;
  int card_height;
  double overhang;
  graphene_point_t top;

  /* Measured rather than read from the last allocation, which may predate
   * the card's new content; before its first allocation there is
   * nothing to keep in view yet. */
  if (gtk_widget_get_width (self->result_card) == 0)
    return;
  gtk_widget_measure (self->result_card, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (self->result_card),
                      &card_height, NULL, NULL, NULL);
  overhang = MAX (0, card_height - room);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->columns), GTK_WIDGET (self->clamp),
                                 &GRAPHENE_POINT_INIT (0, 0), &top))
    return;

  mg_fold_box_set_side_offset (self->columns,
                               (int) (gtk_adjustment_get_value (adjustment) - top.y + STICKY_MARGIN - overhang));
}

static void
update (MgDosePage *self)
{
  MgDoseInput input;
  gboolean female;

  mg_dose_profile_get_input (self->profile, &input);
  g_clear_pointer (&self->text, mg_dose_text_free);
  self->text = mg_dose_text_new (&input);

  female = input.sex == MG_SEX_FEMALE;
  gtk_widget_set_visible (GTK_WIDGET (self->pregnant_row), female);
  gtk_widget_set_visible (GTK_WIDGET (self->breastfeeding_row), female);
  render_result (self);
  update_side_offset (self);
}

static guint
number_field_of (MgDosePage    *self,
                 GtkSpinButton *spin)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++) {
    if (WIDGET_AT (self, number_fields[i].spin) == GTK_WIDGET (spin))
      return i;
  }

  g_assert_not_reached ();
}

static void
number_rules (MgDosePage    *self,
              guint          index,
              MgNumberRules *rules)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (WIDGET_AT (self, number_fields[index].spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);

  *rules = (MgNumberRules) {
    .unit = number_fields[index].unit,
    .decimals = gtk_spin_button_get_digits (spin),
    .lower = gtk_adjustment_get_lower (adjustment),
    .upper = gtk_adjustment_get_upper (adjustment),
  };
}

/* Why the field's number was refused, and what it takes. */
static char *
refusal_text (MgDosePage *self,
              guint       index)
{
  MgNumberRules rules;
  char *reason;

  number_rules (self, index, &rules);
  reason = mg_number_explain (&self->refusals[index], &rules);

  return reason != NULL ? reason : mg_dose_text_range (number_fields[index].field, rules.lower,
                                                       rules.upper, rules.decimals);
}

static void
show_refusal (MgDosePage *self,
              guint       index,
              gboolean    announce)
{
  g_autofree char *reason = refusal_text (self, index);

  mg_field_error_show (ADW_ACTION_ROW (WIDGET_AT (self, number_fields[index].row)),
                       WIDGET_AT (self, number_fields[index].spin), reason, announce);
}

static void
clear_refusal (MgDosePage *self,
               guint       index)
{
  if (!is_refused (self, index))
    return;

  self->refusals[index].problem = MG_NUMBER_VALID;
  mg_field_error_clear (ADW_ACTION_ROW (WIDGET_AT (self, number_fields[index].row)),
                        WIDGET_AT (self, number_fields[index].spin),
                        mg_dose_text_field_subtitle (number_fields[index].field));
}

static void
refuse (MgDosePage     *self,
        guint           index,
        const MgNumber *number)
{
  /* Said once for each new mistake, not again when the focus leaves it. */
  gboolean news = !is_refused (self, index) || self->refusals[index].problem != number->problem ||
                  !g_str_equal (self->refusals[index].number, number->number);

  if (!is_refused (self, index))
    self->kept[index] = gtk_spin_button_get_value (GTK_SPIN_BUTTON (WIDGET_AT (self, number_fields[index].spin)));
  self->refusals[index] = *number;
  show_refusal (self, index, news);
  /* The profile keeps the value before, so it tells no change: the result
   * is told here that it waits. */
  update (self);
}

/* Numbers with a decimal separator as the interface language writes it,
 * whatever the system's locale. What was typed and refused stays, to be
 * corrected, until the value changes another way. */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                MgDosePage    *self)
{
  guint index = number_field_of (self, spin);
  g_autofree char *text = NULL;

  if (is_refused (self, index)) {
    if (gtk_spin_button_get_value (spin) == self->kept[index])
      return TRUE;
    clear_refusal (self, index);
    /* The profile may have told its change before the field showed it. */
    update (self);
  }

  text = mg_dose_text_decimal (gtk_spin_button_get_value (spin), gtk_spin_button_get_digits (spin));
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

/* Reads what was typed as mg-number.c explains. A refused number keeps the
 * value before it, in the field and the profile (so in the settings): the
 * .ui sets each field's update policy to if-valid, as GTK otherwise goes
 * on with *new_value. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value,
               MgDosePage    *self)
{
  guint index = number_field_of (self, spin);
  MgNumberRules rules;
  MgNumber number;

  number_rules (self, index, &rules);
  *new_value = gtk_spin_button_get_value (spin);
  if (mg_number_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), &rules, &number) != MG_NUMBER_VALID) {
    refuse (self, index, &number);
    return GTK_INPUT_ERROR;
  }

  /* The same value as before changes nothing, so the result is told here. */
  if (is_refused (self, index)) {
    clear_refusal (self, index);
    if (number.value == *new_value)
      update (self);
  }
  *new_value = number.value;

  return TRUE;
}

/* An empty list selects nothing, which is no answer. */
static gboolean
selected_to_answer (GBinding     *binding,
                    const GValue *from_value,
                    GValue       *to_value,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from_value);

  if (selected >= mg_dose_choice_get_n (GPOINTER_TO_UINT (user_data)))
    return FALSE;

  g_value_set_uint (to_value, selected);
  return TRUE;
}

static void
bind_chooser (MgDosePage *self,
              guint       chooser)
{
  self->chooser_bindings[chooser] =
    g_object_bind_property_full (self->profile, choosers[chooser].property,
                                 WIDGET_AT (self, choosers[chooser].chooser), "selected",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 NULL, selected_to_answer,
                                 GUINT_TO_POINTER (choosers[chooser].choice), NULL);
}

/* The choices in the current language. Refilling the list is not the
 * person choosing, so the drop-down is bound again once it is full. */
static void
fill_choices (MgDosePage *self,
              guint       chooser)
{
  GtkWidget *widget = WIDGET_AT (self, choosers[chooser].chooser);
  MgDoseChoice choice = choosers[chooser].choice;
  guint n_choices = mg_dose_choice_get_n (choice);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) model = NULL;

  /* Forms show their share of magnesium, which helps to tell them apart. */
  for (guint i = 0; i < n_choices; i++)
    g_ptr_array_add (labels, choice == MG_DOSE_CHOICE_FORM ? mg_dose_text_form_choice (i)
                                                           : g_strdup (mg_dose_text_choice (choice, i)));
  g_ptr_array_add (labels, NULL);

  if (self->chooser_bindings[chooser] != NULL)
    g_binding_unbind (g_steal_pointer (&self->chooser_bindings[chooser]));
  g_object_get (widget, "model", &model, NULL);
  gtk_string_list_splice (GTK_STRING_LIST (model), 0, g_list_model_get_n_items (model),
                          (const char * const *) labels->pdata);
  bind_chooser (self, chooser);
}

static void
set_field_texts (MgDosePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++) {
    GtkWidget *row = WIDGET_AT (self, field_rows[i].row);
    GtkWidget *control = field_rows[i].control != 0 ? WIDGET_AT (self, field_rows[i].control) : row;
    const char *title = mg_dose_text_field_title (field_rows[i].field);
    const char *subtitle = mg_dose_text_field_subtitle (field_rows[i].field);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    if (subtitle != NULL)
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->age_unit_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit of the age"), -1);
}

static void
set_medicine_texts (MgDosePage *self)
{
  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    const char *name = mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, i);
    g_autofree char *examples = mg_dose_text_medicine_examples (i);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->medicine_rows[i]), name);
    adw_action_row_set_subtitle (self->medicine_rows[i], examples != NULL ? examples : "");
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->medicine_switches[i]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
}

static void
set_group_texts (MgDosePage *self)
{
  adw_preferences_group_set_description (self->reference_group,
                                         _("Until you choose, these follow the language of the app."));
  adw_preferences_group_set_title (self->person_group, _("About You"));
  adw_preferences_group_set_title (self->medicines_group, _("Medicines You Take"));
  adw_preferences_group_set_description (self->medicines_group,
                                         _("Switch on each kind of medicine you take."));
  adw_preferences_group_set_title (self->product_group, _("Your Magnesium Product"));
  adw_preferences_group_set_description (self->product_group,
                                         _("The elemental magnesium on the label is the most reliable "
                                           "figure: water in a salt can halve its share of magnesium."));
  /* Translators: the title of a group of questions about food */
  adw_preferences_group_set_title (self->food_group, _("Food"));
}

static void
set_button_texts (MgDosePage *self)
{
  const char *print = _("Print a summary for your doctor");
  const char *save = _("Save a summary for your doctor as a PDF file");

  adw_button_content_set_label (self->print_content, _("_Print…"));
  adw_button_content_set_label (self->save_content, _("Save as P_DF…"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->print_button), print);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), save);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->print_button), GTK_ACCESSIBLE_PROPERTY_LABEL, print, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL, save, -1);
}

/* Every text of the form in the current language; the answers stay. */
static void
set_texts (MgDosePage *self)
{
  gtk_label_set_label (self->title_label, mg_dose_page_get_title (self));
  gtk_label_set_label (self->intro_label,
                       _("Answer a few questions to see how much magnesium a person like you needs, the "
                         "upper limit for supplements, and how your product compares. These are "
                         "reference values with their sources, not a prescription."));
  set_group_texts (self);
  set_field_texts (self);
  set_medicine_texts (self);
  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++)
    fill_choices (self, i);
  gtk_label_set_label (self->result_heading, mg_dose_text_heading (MG_DOSE_HEADING_RESULT));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mg_dose_text_heading (MG_DOSE_HEADING_RESULT), -1);
  set_button_texts (self);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++) {
    spin_output_cb (GTK_SPIN_BUTTON (WIDGET_AT (self, number_fields[i].spin)), self);
    if (is_refused (self, i))
      show_refusal (self, i, FALSE);
  }
}

/**
 * mg_dose_page_retranslate:
 *
 * Sets every text of the page in the current language, keeping what the
 * person entered.
 */
void
mg_dose_page_retranslate (MgDosePage *self)
{
  g_return_if_fail (MG_IS_DOSE_PAGE (self));

  set_texts (self);
  update (self);
}

static void
add_medicine_rows (MgDosePage *self)
{
  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    GtkWidget *toggle = g_object_new (GTK_TYPE_SWITCH, "valign", GTK_ALIGN_CENTER, NULL);
    GtkWidget *row = adw_action_row_new ();

    adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
    adw_preferences_group_add (self->medicines_group, row);
    self->medicine_rows[i] = ADW_ACTION_ROW (row);
    self->medicine_switches[i] = GTK_SWITCH (toggle);
  }
}

static GtkWindow *
parent_window (MgDosePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (MgDosePage *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso_date = g_date_time_format (now, "%Y-%m-%d");

  return mg_i18n_format_date (iso_date);
}

static void
draw_page_cb (MgDosePage        *self,
              GtkPrintContext   *context,
              int                page_nr,
              GtkPrintOperation *operation)
{
  g_autofree char *date = today ();

  mg_dose_summary_draw (self->profile, date, mg_disclaimer_get_full_text (),
                        gtk_print_context_get_cairo_context (context),
                        gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context));
}

static GtkPrintOperation *
summary_operation (MgDosePage *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_print_operation_set_job_name (operation, mg_dose_text_heading (MG_DOSE_HEADING_SUMMARY));
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, G_CONNECT_SWAPPED);

  return operation;
}

static void
print_done_cb (MgDosePage              *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  show_error (self, _("The Summary Could Not Be Printed"), error != NULL ? error->message : "");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgDosePage *self = MG_DOSE_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = summary_operation (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent_window (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("The Summary Could Not Be Printed"), error->message);
}

/* Writes the summary without asking anything: for "Save as PDF" and the tests. */
static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDosePage *self = MG_DOSE_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = summary_operation (self);
  g_autoptr(GError) error = NULL;

  /* Whole or not at all; the error says in plain words what to do. */
  if (!mg_pdf_export (operation, parent_window (self), g_variant_get_string (parameter, NULL), &error))
    show_error (self, _("The Summary Could Not Be Saved"), error->message);
}

static void
save_response_cb (MgDosePage      *self,
                  int              response,
                  GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT) {
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    path = file != NULL ? g_file_get_path (file) : NULL;
    if (path != NULL)
      gtk_widget_activate_action (GTK_WIDGET (self), "dose.export-pdf", "s", path);
    else
      show_error (self, _("The Summary Could Not Be Saved"), _("Choose a folder on this computer."));
  }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MgDosePage *self = MG_DOSE_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Summary as PDF"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the name offered for the saved summary; keep the .pdf */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("magnesium-summary.pdf"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

const char *
mg_dose_page_get_title (MgDosePage *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PAGE (self), NULL);

  return mg_dose_text_heading (MG_DOSE_HEADING_GUIDE);
}

/**
 * mg_dose_page_get_profile:
 *
 * Returns: (transfer none): the answers the page shows
 */
MgDoseProfile *
mg_dose_page_get_profile (MgDosePage *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PAGE (self), NULL);

  return self->profile;
}

static gboolean
has_medicine (GBinding     *binding,
              const GValue *from_value,
              GValue       *to_value,
              gpointer      user_data)
{
  g_value_set_boolean (to_value, (g_value_get_uint (from_value) & GPOINTER_TO_UINT (user_data)) != 0);
  return TRUE;
}

static gboolean
with_medicine (GBinding     *binding,
               const GValue *from_value,
               GValue       *to_value,
               gpointer      user_data)
{
  g_autoptr(GObject) profile = g_binding_dup_source (binding);
  guint bit = GPOINTER_TO_UINT (user_data);
  guint medicines;

  g_object_get (profile, "medicines", &medicines, NULL);
  g_value_set_uint (to_value, g_value_get_boolean (from_value) ? medicines | bit : medicines & ~bit);
  return TRUE;
}

/* The form shows the profile's answers and gives it the person's. */
static void
bind_profile (MgDosePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    g_object_bind_property (self->profile, answers[i].property,
                            WIDGET_AT (self, answers[i].control), answers[i].control_property,
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  for (guint i = 0; i < MG_N_MEDICINES; i++)
    g_object_bind_property_full (self->profile, "medicines", self->medicine_switches[i], "active",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 has_medicine, with_medicine, GUINT_TO_POINTER (MG_MEDICINE_BIT (i)), NULL);
  g_signal_connect_object (self->profile, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

static void
mg_dose_page_constructed (GObject *object)
{
  MgDosePage *self = MG_DOSE_PAGE (object);

  G_OBJECT_CLASS (mg_dose_page_parent_class)->constructed (object);

  g_assert (MG_IS_DOSE_PROFILE (self->profile));
  set_texts (self);
  bind_profile (self);
  update (self);
}

static void
mg_dose_page_dispose (GObject *object)
{
  MgDosePage *self = MG_DOSE_PAGE (object);

  g_clear_object (&self->profile);
  g_clear_pointer (&self->text, mg_dose_text_free);

  G_OBJECT_CLASS (mg_dose_page_parent_class)->dispose (object);
}

static void
mg_dose_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MgDosePage *self = MG_DOSE_PAGE (object);

  switch (prop_id) {
  case PROP_PROFILE:
    g_value_set_object (value, self->profile);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_dose_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MgDosePage *self = MG_DOSE_PAGE (object);

  switch (prop_id) {
  case PROP_PROFILE:
    self->profile = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_dose_page_class_init (MgDosePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_dose_page_constructed;
  object_class->dispose = mg_dose_page_dispose;
  object_class->get_property = mg_dose_page_get_property;
  object_class->set_property = mg_dose_page_set_property;

  /* The answers, shared with the food checklist. */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         MG_TYPE_DOSE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-dose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, clamp);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, columns);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, reference_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, person_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, medicines_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, product_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, reference_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, sex_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, pregnant_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, pregnant_switch);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, breastfeeding_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, breastfeeding_switch);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, kidney_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, kidney_switch);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, bleeding_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, bleeding_switch);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_kind_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, form_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, tablets_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, tablets_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, intravenous_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, intravenous_switch);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_card);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_body);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, print_button);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, print_content);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, save_button);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, save_content);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);

  gtk_widget_class_install_action (widget_class, "dose.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "dose.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "dose.export-pdf", "s", export_pdf_action);

  g_type_ensure (MG_TYPE_FOLD_BOX);
}

static void
mg_dose_page_init (MgDosePage *self)
{
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  add_medicine_rows (self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (update_side_offset), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (update_side_offset), self, G_CONNECT_SWAPPED);
}

/**
 * mg_dose_page_new:
 * @profile: the answers to show and change
 *
 * Returns: the dose guide for @profile
 */
GtkWidget *
mg_dose_page_new (MgDoseProfile *profile)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);

  return g_object_new (MG_TYPE_DOSE_PAGE, "profile", profile, NULL);
}
