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

#include <math.h>
#include <string.h>

#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-appointment-group.h"
#include "mg-dose-profile.h"
#include "mg-dose-summary.h"
#include "mg-dose-text.h"
#include "mg-field-error.h"
#include "mg-i18n.h"
#include "mg-number.h"
#include "mg-export.h"
#include "mg-pdf-export.h"

struct _MgDosePage {
  AdwBin               parent_instance;

  AdwToastOverlay     *toasts;
  GtkWidget           *verdict_banner;
  GtkImage            *verdict_icon;
  GtkBox              *verdict_lines;
  GtkWidget           *verdict_text;         /* the banner's line under the verdict */
  GPtrArray           *verdict_points;       /* the banner's reasons, unowned labels */
  GtkWidget           *verdict_more;         /* on a phone: how many more reasons the card has */
  gboolean             narrow;               /* one column: the banner keeps to fewer lines */
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  AdwPreferencesGroup *person_group;
  AdwPreferencesGroup *medicines_group;
  AdwPreferencesGroup *food_group;
  GtkLabel            *person_heading;
  GtkLabel            *medicines_heading;
  GtkLabel            *product_heading;
  GtkLabel            *other_heading;
  GtkLabel            *food_heading;
  AdwComboRow         *reference_row;
  MgFormRow           *age_row;
  GtkSpinButton       *age_spin;
  GtkDropDown         *age_unit_dropdown;
  AdwActionRow        *sex_row;
  AdwToggleGroup      *sex_toggles;
  AdwToggle           *female_toggle;
  AdwToggle           *male_toggle;
  AdwSwitchRow        *pregnant_row;
  AdwSwitchRow        *breastfeeding_row;
  AdwSwitchRow        *kidney_row;
  AdwSwitchRow        *bleeding_row;
  AdwSwitchRow        *heart_row;
  AdwSwitchRow        *myasthenia_row;
  AdwComboRow         *amount_kind_row;
  MgFormRow           *amount_row;
  GtkSpinButton       *amount_spin;
  AdwActionRow        *form_row;
  MgFormRow           *tablets_row;
  GtkSpinButton       *tablets_spin;
  AdwSwitchRow        *intravenous_row;
  MgFormRow           *antacid_row;
  GtkSpinButton       *antacid_spin;
  MgFormRow           *laxative_row;
  GtkSpinButton       *laxative_spin;
  MgFormRow           *multivitamin_row;
  GtkSpinButton       *multivitamin_spin;
  MgFormRow           *water_row;
  GtkSpinButton       *water_spin;
  MgFormRow           *food_row;
  GtkSpinButton       *food_spin;
  GtkWidget           *result_card;
  GtkLabel            *result_heading;
  GtkBox              *result_body;
  GtkButton           *summary_button;
  MgAppointmentGroup  *appointment_group;

  MgFormRow           *medicine_rows[MG_N_MEDICINES];
  GtkWidget           *medicine_switches[MG_N_MEDICINES];

  MgDoseProfile       *profile;
  MgDoseText          *text;
  char                *verdict_said;         /* the verdict last shown, to announce a change */
  gboolean             showing_sex;          /* the toggles show the profile, no person chose */
  GBinding            *chooser_bindings[3];  /* one for each of choosers[] */
  /* Per number field: what was typed and refused (VALID when nothing is),
   * and the value kept meanwhile, which the profile keeps too. */
  MgNumber             refusals[8];
  double               kept[8];
  gboolean             restoring;  /* refused answers come back after a rebuild */
};

G_DEFINE_FINAL_TYPE (MgDosePage, mg_dose_page, ADW_TYPE_BIN)

static gboolean spin_output_cb (GtkSpinButton *spin,
                                MgDosePage    *self);
static gboolean age_answered   (MgDosePage    *self);

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
  { MG_DOSE_FIELD_SEX, MEMBER (sex_row), MEMBER (sex_toggles) },
  { MG_DOSE_FIELD_PREGNANT, MEMBER (pregnant_row), 0 },
  { MG_DOSE_FIELD_BREASTFEEDING, MEMBER (breastfeeding_row), 0 },
  { MG_DOSE_FIELD_KIDNEY_DISEASE, MEMBER (kidney_row), 0 },
  { MG_DOSE_FIELD_BLEEDING_DISORDER, MEMBER (bleeding_row), 0 },
  { MG_DOSE_FIELD_HEART_CONDUCTION, MEMBER (heart_row), 0 },
  { MG_DOSE_FIELD_MYASTHENIA_GRAVIS, MEMBER (myasthenia_row), 0 },
  { MG_DOSE_FIELD_AMOUNT_KIND, MEMBER (amount_kind_row), 0 },
  { MG_DOSE_FIELD_AMOUNT, MEMBER (amount_row), MEMBER (amount_spin) },
  { MG_DOSE_FIELD_FORM, MEMBER (form_row), 0 },
  { MG_DOSE_FIELD_TABLETS, MEMBER (tablets_row), MEMBER (tablets_spin) },
  { MG_DOSE_FIELD_INTRAVENOUS, MEMBER (intravenous_row), 0 },
  { MG_DOSE_FIELD_ANTACID, MEMBER (antacid_row), MEMBER (antacid_spin) },
  { MG_DOSE_FIELD_LAXATIVE, MEMBER (laxative_row), MEMBER (laxative_spin) },
  { MG_DOSE_FIELD_MULTIVITAMIN, MEMBER (multivitamin_row), MEMBER (multivitamin_spin) },
  { MG_DOSE_FIELD_WATER, MEMBER (water_row), MEMBER (water_spin) },
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
  { MG_DOSE_FIELD_ANTACID, MEMBER (antacid_row), MEMBER (antacid_spin), "mg" },
  { MG_DOSE_FIELD_LAXATIVE, MEMBER (laxative_row), MEMBER (laxative_spin), "mg" },
  { MG_DOSE_FIELD_MULTIVITAMIN, MEMBER (multivitamin_row), MEMBER (multivitamin_spin), "mg" },
  { MG_DOSE_FIELD_WATER, MEMBER (water_row), MEMBER (water_spin), "mg" },
  { MG_DOSE_FIELD_FOOD, MEMBER (food_row), MEMBER (food_spin), "mg" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (number_fields) == G_N_ELEMENTS (((MgDosePage *) NULL)->refusals));

/* The drop-downs and the profile's answer each chooses. */
static const struct {
  gsize         chooser;
  MgDoseChoice  choice;
  const char   *property;
} choosers[] = {
  { MEMBER (reference_row), MG_DOSE_CHOICE_COUNTRY, "country" },
  { MEMBER (age_unit_dropdown), MG_DOSE_CHOICE_AGE_UNIT, "age-unit" },
  { MEMBER (amount_kind_row), MG_DOSE_CHOICE_AMOUNT_KIND, "amount-kind" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (choosers) == G_N_ELEMENTS (((MgDosePage *) NULL)->chooser_bindings));

/* The switch rows and spin buttons and the answer each gives. */
static const struct {
  gsize       control;
  const char *control_property;
  const char *property;
} answers[] = {
  { MEMBER (pregnant_row), "active", "pregnant" },
  { MEMBER (breastfeeding_row), "active", "breastfeeding" },
  { MEMBER (kidney_row), "active", "kidney-disease" },
  { MEMBER (bleeding_row), "active", "bleeding-disorder" },
  { MEMBER (heart_row), "active", "heart-conduction" },
  { MEMBER (myasthenia_row), "active", "myasthenia-gravis" },
  { MEMBER (intravenous_row), "active", "intravenous" },
  { MEMBER (age_spin), "value", "age" },
  { MEMBER (amount_spin), "value", "amount" },
  { MEMBER (tablets_spin), "value", "tablets" },
  { MEMBER (antacid_spin), "value", "antacid-mg" },
  { MEMBER (laxative_spin), "value", "laxative-mg" },
  { MEMBER (multivitamin_spin), "value", "multivitamin-mg" },
  { MEMBER (water_spin), "value", "water-mg" },
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

  gtk_widget_add_css_class (title, "dose-secondary");
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
point_label (const char *point)
{
  /* Translators: a point in a list, as in “• You have kidney disease…” */
  g_autofree char *line = g_strdup_printf (_("• %s"), point);

  return text_label (line, NULL);
}

static GtkWidget *
notice_widget (const char *icon_name,
               const char *css_class,
               const char *title,
               const char *text,
               GPtrArray  *points)
{
  GtkWidget *box = vertical_box (6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *heading = heading_label (title, "heading");

  /* The icon beside the heading only: the text and its points have the
   * card's whole width, where a long word ("syraneutraliserande" at
   * 200 % on a phone) fits whole. */
  gtk_box_append (GTK_BOX (header), decoration (icon_name, css_class));
  gtk_widget_add_css_class (heading, css_class);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), text_label (text, NULL));
  for (guint i = 0; points != NULL && i < points->len; i++)
    gtk_box_append (GTK_BOX (box), point_label (g_ptr_array_index (points, i)));

  return box;
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

      gtk_widget_add_css_class (label, "dose-secondary");
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

/* The verdict's style: amber wherever a professional should be asked first,
 * green only where nothing calls for it. */
static void
verdict_style (const MgDoseText  *text,
               const char       **icon_name,
               const char       **css_class)
{
  MgVerdict verdict = text->result.verdict;

  *icon_name = verdict_styles[verdict].icon_name;
  *css_class = verdict_styles[verdict].css_class;
  if (text->result.cautions != 0 && (verdict == MG_VERDICT_WITHIN_LIMIT || verdict == MG_VERDICT_NO_PRODUCT)) {
    *icon_name = verdict_styles[MG_VERDICT_SEE_DOCTOR].icon_name;
    *css_class = verdict_styles[MG_VERDICT_SEE_DOCTOR].css_class;
  }
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

#define BANNER_CHARS 30
/* On a phone, the reasons the banner shows before it leaves the others to
 * the card: with more, at twice the text size, the form was out of view. */
#define BANNER_NARROW_POINTS 2

/* Wide, the banner says every reason; on a phone the first ones, and how
 * many more the result card below has. */
static void
update_banner_length (MgDosePage *self)
{
  guint n, hidden;

  /* Not while the page goes. */
  if (self->verdict_points == NULL)
    return;

  n = self->verdict_points->len;
  hidden = self->narrow && n > BANNER_NARROW_POINTS ? n - BANNER_NARROW_POINTS : 0;

  for (guint i = 0; i < n; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->verdict_points, i), i < n - hidden);
  if (self->verdict_text != NULL)
    gtk_widget_set_visible (self->verdict_text, !self->narrow);
  if (self->verdict_more == NULL)
    return;

  gtk_widget_set_visible (self->verdict_more, hidden > 0);
  if (hidden > 0) {
    /* Translators: at the end of the verdict on a phone; %u is a number of
     * reasons to talk to a professional that the result further down lists */
    g_autofree char *more = g_strdup_printf (mg_i18n_ngettext ("And %u more reason, under “Your Result” below.",
                                                       "And %u more reasons, under “Your Result” below.",
                                                       hidden),
                                             hidden);

    gtk_label_set_label (GTK_LABEL (self->verdict_more), more);
  }
}

/* The banner says what the card's first notice says, without the details;
 * a change of verdict is announced, as a person would otherwise not know. */
static void
show_banner (MgDosePage *self,
             const char *icon_name,
             const char *css_class,
             const char *title,
             const char *text,
             GPtrArray  *points)
{
  static const char * const styles[] = { "accent", "success", "warning", "error" };
  GtkWidget *title_label = heading_label (title, "heading");
  g_autoptr(GString) said = g_string_new (title);

  clear_box (self->verdict_lines);
  g_ptr_array_set_size (self->verdict_points, 0);
  self->verdict_more = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (self->verdict_banner, styles[i]);
  gtk_widget_add_css_class (self->verdict_banner, css_class);
  gtk_image_set_from_icon_name (self->verdict_icon, icon_name);
  gtk_box_append (self->verdict_lines, title_label);
  self->verdict_text = text_label (text, NULL);
  /* Wrapped to the result column, which the banner is as wide as. */
  gtk_label_set_max_width_chars (GTK_LABEL (title_label), BANNER_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (self->verdict_text), BANNER_CHARS);
  gtk_box_append (self->verdict_lines, self->verdict_text);
  g_string_append_printf (said, "\n%s", text);
  for (guint i = 0; points != NULL && i < points->len; i++) {
    const char *point = g_ptr_array_index (points, i);

    GtkWidget *line = point_label (point);

    gtk_label_set_max_width_chars (GTK_LABEL (line), BANNER_CHARS);
    gtk_box_append (self->verdict_lines, line);
    g_ptr_array_add (self->verdict_points, line);
    g_string_append_printf (said, "\n%s", point);
  }
  self->verdict_more = text_label ("", NULL);
  gtk_label_set_max_width_chars (GTK_LABEL (self->verdict_more), BANNER_CHARS);
  gtk_box_append (self->verdict_lines, self->verdict_more);
  update_banner_length (self);

  if (g_strcmp0 (self->verdict_said, said->str) == 0)
    return;
  if (self->verdict_said != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    mg_announce (self->verdict_banner, said->str, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  g_free (self->verdict_said);
  self->verdict_said = g_string_free (g_steal_pointer (&said), FALSE);
}

/* On a phone the banner keeps the verdict and every reason to ask a
 * professional; the figures are on the card. */
static void
narrow_cb (MgDosePage *self)
{
  self->narrow = TRUE;
  gtk_widget_remove_css_class (self->verdict_banner, "over-result");
  update_banner_length (self);
}

static void
wide_cb (MgDosePage *self)
{
  self->narrow = FALSE;
  gtk_widget_add_css_class (self->verdict_banner, "over-result");
  update_banner_length (self);
}

/* Both on the card and in the banner: a notice that waits for an answer is
 * neutral, as nothing is wrong yet. */
static void
show_notice (MgDosePage *self,
             const char *title,
             const char *text)
{
  const char *icon_name = "dialog-information-symbolic";

  gtk_box_append (self->result_body, notice_widget (icon_name, "accent", title, text, NULL));
  show_banner (self, icon_name, "accent", title, text, NULL);
}

static void
enable_summary (MgDosePage *self,
                gboolean    complete)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.print", complete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.save-pdf", complete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dose.export-pdf", complete);
}

/* The question the result waits for, or MG_N_DOSE_FIELDS. */
static MgDoseField
unanswered_field (MgDosePage *self)
{
  switch (mg_dose_profile_get_unanswered (self->profile)) {
  case MG_DOSE_UNANSWERED_AGE:
    return MG_DOSE_FIELD_AGE;
  case MG_DOSE_UNANSWERED_SEX:
    return MG_DOSE_FIELD_SEX;
  case MG_DOSE_UNANSWERED_NONE:
  default:
    return MG_N_DOSE_FIELDS;
  }
}

static void
render_result (MgDosePage *self)
{
  const MgDoseText *text = self->text;
  const char *verdict_icon, *verdict_class;
  int refused = first_refused (self);
  MgDoseField unanswered = unanswered_field (self);
  g_autoptr(GPtrArray) points = g_ptr_array_new ();

  clear_box (self->result_body);

  /* The summary for the doctor only from a complete result: it would tell
   * the doctor the number before, or nothing at all. */
  enable_summary (self, refused < 0 && text->refusal == NULL && unanswered == MG_N_DOSE_FIELDS);
  if (unanswered != MG_N_DOSE_FIELDS) {
    show_notice (self, mg_dose_text_unanswered_title (unanswered), mg_dose_text_unanswered (unanswered));
    return;
  }
  if (refused >= 0) {
    g_autofree char *waiting = mg_dose_text_waiting (number_fields[refused].field);

    show_notice (self, mg_dose_text_waiting_title (), waiting);
    return;
  }

  if (text->refusal != NULL) {
    show_notice (self, mg_dose_text_heading (MG_DOSE_HEADING_REFUSED), text->refusal);
    for (guint i = MG_DOSE_FIGURE_COUNTRY; i <= MG_DOSE_FIGURE_LIMIT && text->figures[i].value != NULL; i++)
      gtk_box_append (self->result_body, figure_widget (&text->figures[i]));
    return;
  }

  verdict_style (text, &verdict_icon, &verdict_class);
  /* In view at every size, so in few words: the figures and each reason. */
  show_banner (self, verdict_icon, verdict_class, text->verdict_title,
               text->verdict_figures != NULL ? text->verdict_figures : text->verdict_text, text->caution_reasons);
  g_ptr_array_extend (points, text->cautions, NULL, NULL);
  g_ptr_array_extend (points, text->verdict_points, NULL, NULL);
  gtk_box_append (self->result_body, notice_widget (verdict_icon, verdict_class, text->verdict_title,
                                                    text->verdict_text, points));
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++)
    gtk_box_append (self->result_body, figure_widget (&text->figures[i]));
  if (text->interactions->len > 0)
    gtk_box_append (self->result_body, section_widget (mg_dose_text_heading (MG_DOSE_HEADING_INTERACTIONS),
                                                       text->interactions, TRUE));
  gtk_box_append (self->result_body, section_widget (mg_dose_text_heading (MG_DOSE_HEADING_SOURCES),
                                                     text->sources, FALSE));
}

static void
show_form (MgDosePage *self,
           MgForm      form)
{
  g_autofree char *choice = mg_dose_text_form_choice (form);

  adw_action_row_set_subtitle (self->form_row, choice);
}

/* Neither toggle is on until the person says. */
static void
show_sex (MgDosePage *self,
          guint       answered,
          MgSex       sex)
{
  self->showing_sex = TRUE;
  adw_toggle_group_set_active (self->sex_toggles,
                               (answered & MG_DOSE_ANSWERED_SEX) ? (guint) sex : GTK_INVALID_LIST_POSITION);
  self->showing_sex = FALSE;
}

static void
sex_chosen_cb (MgDosePage *self)
{
  guint active = adw_toggle_group_get_active (self->sex_toggles);

  if (self->showing_sex || active >= MG_N_SEXES)
    return;

  g_object_set (self->profile, "sex", active, NULL);
  mg_dose_profile_answer (self->profile, MG_DOSE_ANSWERED_SEX);
}

static void
update (MgDosePage *self)
{
  MgDoseInput input;
  guint answered;
  gboolean female;

  mg_dose_profile_get_input (self->profile, &input);
  g_object_get (self->profile, "answered", &answered, NULL);
  g_clear_pointer (&self->text, mg_dose_text_free);
  self->text = mg_dose_text_new (&input);

  show_sex (self, answered, input.sex);
  female = input.sex == MG_SEX_FEMALE && (answered & MG_DOSE_ANSWERED_SEX);
  gtk_widget_set_visible (GTK_WIDGET (self->pregnant_row), female);
  gtk_widget_set_visible (GTK_WIDGET (self->breastfeeding_row), female);
  /* An age not given shows as no age. */
  spin_output_cb (self->age_spin, self);
  show_form (self, input.form);
  render_result (self);
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

  mg_field_error_show (MG_FORM_ROW (WIDGET_AT (self, number_fields[index].row)),
                       WIDGET_AT (self, number_fields[index].spin), reason, announce);
}

static void
clear_refusal (MgDosePage *self,
               guint       index)
{
  if (!is_refused (self, index))
    return;

  self->refusals[index].problem = MG_NUMBER_VALID;
  mg_field_error_clear (MG_FORM_ROW (WIDGET_AT (self, number_fields[index].row)),
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
  show_refusal (self, index, news && !self->restoring);
  /* The profile keeps the value before, so it tells no change: the result
   * is told here that it waits. */
  update (self);
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++) {
    if (!g_ascii_isspace (*text))
      return FALSE;
  }

  return TRUE;
}

static gboolean
age_answered (MgDosePage *self)
{
  guint answered;

  g_object_get (self->profile, "answered", &answered, NULL);

  return (answered & MG_DOSE_ANSWERED_AGE) != 0;
}

/* The age, typed or stepped, is the person's answer, even where it is the
 * number the empty field stood for; the age comes first so that no result
 * is shown for the one before. */
static void
answer_age (MgDosePage *self,
            double      age)
{
  g_object_set (self->profile, "age", (int) age, NULL);
  mg_dose_profile_answer (self->profile, MG_DOSE_ANSWERED_AGE);
}

/* The profile, bound to the field, tells its own changes with the same
 * value; a different one is the person's. */
static void
age_changed_cb (MgDosePage    *self,
                GtkSpinButton *spin)
{
  int age;

  g_object_get (self->profile, "age", &age, NULL);
  if (!age_answered (self) && gtk_spin_button_get_value (spin) != age)
    answer_age (self, gtk_spin_button_get_value (spin));
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

  if (spin == self->age_spin && !age_answered (self))
    text = g_strdup ("");
  else
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
  /* An empty age, not yet given, stays empty: no answer is no mistake. */
  if (spin == self->age_spin && !age_answered (self) && is_blank (gtk_editable_get_text (GTK_EDITABLE (spin))))
    return TRUE;
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
  if (spin == self->age_spin && !age_answered (self))
    answer_age (self, number.value);

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
                                 NULL, mg_dose_choice_transform_selected,
                                 GUINT_TO_POINTER (choosers[chooser].choice), NULL);
}

/* Hidden, not gone: the mark keeps its room, so the names do not move. */
static gboolean
selected_to_opacity (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  g_value_set_double (to_value, g_value_get_boolean (from_value) ? 1 : 0);
  return TRUE;
}

/* A choice in a drop-down's list: its whole name, wrapped rather than cut,
 * with what it means under it where the name alone may not say, and the
 * mark of the chosen one. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *lines = vertical_box (2);
  GtkWidget *title = text_label ("", NULL);
  GtkWidget *detail = text_label ("", "caption");
  GtkWidget *mark = decoration ("object-select-symbolic", "dose-choice-mark");

  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
  gtk_widget_add_css_class (detail, "dose-secondary");
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (lines), title);
  gtk_box_append (GTK_BOX (lines), detail);
  gtk_box_append (GTK_BOX (row), lines);
  gtk_box_append (GTK_BOX (row), mark);
  g_object_bind_property_full (item, "selected", mark, "opacity", G_BINDING_SYNC_CREATE,
                               selected_to_opacity, NULL, NULL, NULL);
  gtk_list_item_set_child (item, row);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  choice)
{
  GtkWidget *lines = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_first_child (lines);
  GtkWidget *detail = gtk_widget_get_next_sibling (title);
  const char *name = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *meaning = mg_dose_text_choice_detail (GPOINTER_TO_UINT (choice), gtk_list_item_get_position (item));

  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (detail), meaning != NULL ? meaning : "");
  gtk_widget_set_visible (detail, meaning != NULL);
  /* Read as a person sees it: the name, then what it means. */
  gtk_list_item_set_accessible_label (item, name);
  gtk_list_item_set_accessible_description (item, meaning != NULL ? meaning : "");
}

static GtkListItemFactory *
choice_list_factory (MgDoseChoice choice)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), GUINT_TO_POINTER (choice));

  return factory;
}

static void
set_list_factories (MgDosePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++) {
    GtkWidget *widget = WIDGET_AT (self, choosers[i].chooser);
    g_autoptr(GtkListItemFactory) factory = choice_list_factory (choosers[i].choice);

    if (ADW_IS_COMBO_ROW (widget))
      adw_combo_row_set_list_factory (ADW_COMBO_ROW (widget), factory);
    else
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (widget), factory);
  }
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

/* A question's row: a number's is an MgFormRow, whose field goes under its
 * title on a narrow screen, any other an AdwActionRow. */
static void
set_row_subtitle (GtkWidget  *row,
                  const char *subtitle)
{
  if (MG_IS_FORM_ROW (row))
    mg_form_row_set_subtitle (MG_FORM_ROW (row), subtitle);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
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
      set_row_subtitle (row, subtitle);
    gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  }
  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++) {
    MgDoseField field = mg_dose_text_other_field (i);
    g_autofree char *subtitle = mg_dose_text_other_subtitle (i);

    for (guint j = 0; j < G_N_ELEMENTS (field_rows); j++) {
      if (field_rows[j].field == field)
        set_row_subtitle (WIDGET_AT (self, field_rows[j].row), subtitle);
    }
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->age_unit_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit of the age"), -1);
}

static void
set_sex_texts (MgDosePage *self)
{
  adw_toggle_set_label (self->female_toggle, mg_dose_text_choice (MG_DOSE_CHOICE_SEX, MG_SEX_FEMALE));
  adw_toggle_set_label (self->male_toggle, mg_dose_text_choice (MG_DOSE_CHOICE_SEX, MG_SEX_MALE));
}

static void
set_medicine_texts (MgDosePage *self)
{
  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    const char *name = mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, i);
    g_autofree char *examples = mg_dose_text_medicine_examples (i);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->medicine_rows[i]), name);
    mg_form_row_set_subtitle (self->medicine_rows[i], examples);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->medicine_switches[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
  }
}

/* The names the form shares with the summary for the doctor, and the
 * choices the model lists; the page's other words are in its template. */
static void
set_texts (MgDosePage *self)
{
  set_field_texts (self);
  set_sex_texts (self);
  set_medicine_texts (self);
  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++)
    fill_choices (self, i);
  gtk_label_set_label (self->result_heading, mg_dose_text_heading (MG_DOSE_HEADING_RESULT));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mg_dose_text_heading (MG_DOSE_HEADING_RESULT), -1);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    spin_output_cb (GTK_SPIN_BUTTON (WIDGET_AT (self, number_fields[i].spin)), self);
}

/* A medicine's switch goes under its name where the name's longest word
 * ("Calciumantagonisten" at 200 % on a phone) would not fit beside it:
 * an AdwSwitchRow broke the word instead. One Tab stop a medicine, the
 * switch; a click anywhere on the row still flips it. */
static void
add_medicine_rows (MgDosePage *self)
{
  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    GtkWidget *row = mg_form_row_new ();
    GtkWidget *toggle = gtk_switch_new ();

    gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
    mg_form_row_set_control (MG_FORM_ROW (row), toggle);
    mg_form_row_set_activatable_widget (MG_FORM_ROW (row), toggle);
    gtk_widget_set_focusable (row, FALSE);
    adw_preferences_group_add (self->medicines_group, row);
    self->medicine_rows[i] = MG_FORM_ROW (row);
    self->medicine_switches[i] = toggle;
  }
}

static GtkWindow *
parent_window (MgDosePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso_date = g_date_time_format (now, "%Y-%m-%d");

  return mg_i18n_format_date (iso_date);
}

static void
draw_summary (gpointer  user_data,
              cairo_t  *cr,
              double    width,
              double    height,
              guint     page)
{
  MgDosePage *self = user_data;
  g_autofree char *date = today ();

  mg_dose_summary_draw_page (self->profile, date, mg_disclaimer_get_full_text (), cr, width, height, page);
}

static guint
count_summary_pages (gpointer  user_data,
                     cairo_t  *cr,
                     double    width,
                     double    height)
{
  MgDosePage *self = user_data;
  g_autofree char *date = today ();

  return mg_dose_summary_get_n_pages (self->profile, date, mg_disclaimer_get_full_text (), cr, width, height);
}

/* The pages are counted on the paper the person chose. */
static void
begin_print_cb (MgDosePage        *self,
                GtkPrintContext   *context,
                GtkPrintOperation *operation)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) count_summary_pages (self, gtk_print_context_get_cairo_context (context),
                                                              gtk_print_context_get_width (context),
                                                              gtk_print_context_get_height (context)));
}

static void
draw_page_cb (MgDosePage        *self,
              GtkPrintContext   *context,
              int                page_nr,
              GtkPrintOperation *operation)
{
  draw_summary (self, gtk_print_context_get_cairo_context (context),
                gtk_print_context_get_width (context), gtk_print_context_get_height (context), (guint) page_nr);
}

static GtkPrintOperation *
summary_operation (MgDosePage *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  mg_print_operation_set_title (operation, mg_dose_text_heading (MG_DOSE_HEADING_SUMMARY));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, G_CONNECT_SWAPPED);

  return operation;
}

static void
print_summary (MgDosePage *self)
{
  g_autoptr(GtkPrintOperation) operation = summary_operation (self);

  mg_print_in_dialog (GTK_WIDGET (self), operation, _("The Summary Could Not Be Printed"));
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
  const char *path = g_variant_get_string (parameter, NULL);

  /* Whole or not at all; the error says in plain words what to do. */
  if (!mg_pdf_export (operation, parent_window (self), path, &error))
    mg_show_error (widget, _("The Summary Could Not Be Saved"), error->message);
  else
    mg_tell_saved (widget, self->toasts, _("Summary saved"), path, _("The Summary Could Not Be Opened"));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  /* The summary's title names the file, as a saved document is named. */
  g_autofree char *name = g_strdup_printf ("%s.pdf", mg_dose_text_heading (MG_DOSE_HEADING_SUMMARY));
  MgSaveChoice choice = {
    .title = _("Save Summary as PDF"),
    .initial_name = name,
    .filter_name = _("PDF documents"),
    .mime_type = "application/pdf",
    .action = "dose.export-pdf",
    .error_heading = _("The Summary Could Not Be Saved"),
  };

  mg_choose_save_file (widget, &choice);
}

static void
print_summary_cb (GtkWidget *widget)
{
  print_summary (MG_DOSE_PAGE (widget));
}

/* The summary is seen before it is printed or saved. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgPreview preview = {
    .title = mg_dose_text_heading (MG_DOSE_HEADING_SUMMARY),
    .draw = draw_summary,
    .count_pages = count_summary_pages,
    .draw_data = widget,
    .print = print_summary_cb,
    .save_action = "dose.save-pdf",
  };

  mg_present_preview (widget, &preview);
}

static void
form_toggled_cb (MgDosePage     *self,
                 GtkCheckButton *check)
{
  if (!gtk_check_button_get_active (check))
    return;

  g_object_set (self->profile, "form", GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "form")), NULL);
  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_DIALOG)));
}

/* "Not on the list" stays whatever is searched: it is the way out. */
static gboolean
form_matches (GtkListBoxRow *row,
              gpointer       user_data)
{
  g_autofree char *search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (user_data)), -1);
  g_autofree char *title = g_utf8_casefold (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
  g_autofree char *stripped = g_strstrip (g_strdup (search));

  return gtk_list_box_row_get_index (row) == MG_FORM_UNKNOWN || strstr (title, stripped) != NULL;
}

static GtkWidget *
form_choice_row (MgDosePage     *self,
                 MgForm          form,
                 MgForm          chosen,
                 GtkCheckButton *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mg_dose_text_choice (MG_DOSE_CHOICE_FORM, form));
  if (form != MG_FORM_UNKNOWN) {
    g_autofree char *share = mg_dose_text_form_share (form);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), share);
  }
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), form == chosen);
  g_object_set_data (G_OBJECT (check), "form", GUINT_TO_POINTER (form));
  g_signal_connect_object (check, "toggled", G_CALLBACK (form_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

/* Every form in full, with its share of magnesium, searchable: a dialog,
 * a bottom sheet on a phone. */
static void
choose_form_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MgDosePage *self = MG_DOSE_PAGE (widget);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *clamp = adw_clamp_new ();
  AdwDialog *dialog;
  GtkWidget *first = NULL;
  guint chosen;

  g_object_get (self->profile, "form", &chosen, NULL);

  gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (search), _("Search forms"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search forms"), -1);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  gtk_widget_set_margin_bottom (search, 6);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  for (guint i = 0; i < MG_N_FORMS; i++) {
    GtkWidget *row = form_choice_row (self, i, chosen, first != NULL ? GTK_CHECK_BUTTON (
                                        adw_action_row_get_activatable_widget (ADW_ACTION_ROW (first))) : NULL);

    gtk_list_box_append (GTK_LIST_BOX (list), row);
    first = first != NULL ? first : row;
  }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), form_matches, search, NULL);
  g_signal_connect_object (search, "search-changed", G_CALLBACK (gtk_list_box_invalidate_filter), list,
                           G_CONNECT_SWAPPED);

  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  g_object_set (clamp, "margin-top", 6, "margin-bottom", 12, "margin-start", 12, "margin-end", 12, NULL);
  dialog = mg_sheet_new (mg_dose_text_field_title (MG_DOSE_FIELD_FORM), 480, 640, search, clamp, NULL);
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), GTK_WIDGET (dialog));
  adw_dialog_set_focus (dialog, search);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
undo_start_over_cb (MgDosePage *self,
                    AdwToast   *toast)
{
  mg_dose_profile_restore_answers (self->profile, g_object_get_data (G_OBJECT (toast), "answers"));
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDosePage *self = MG_DOSE_PAGE (widget);
  GVariant *kept = mg_dose_profile_clear_answers (self->profile);
  AdwToast *toast;

  toast = adw_toast_new (_("Answers cleared"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "answers", kept, (GDestroyNotify) g_variant_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_start_over_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toasts, toast);
  mg_announce (GTK_WIDGET (self), _("Answers cleared"), GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* The wheel scrolls the page over a number field, unless the person is in
 * the field: scrolling past must not change an answer. */
static gboolean
field_scroll_cb (GtkEventControllerScroll *controller,
                 double                    dx,
                 double                    dy,
                 MgDosePage               *self)
{
  GtkWidget *field = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double step = 1;

  if (gtk_widget_get_state_flags (field) & GTK_STATE_FLAG_FOCUS_WITHIN)
    return GDK_EVENT_PROPAGATE;

  /* As GtkScrolledWindow steps for a notch of the wheel. */
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);

  return GDK_EVENT_STOP;
}

static void
guard_from_wheel (MgDosePage *self,
                  GtkWidget  *field)
{
  GtkEventController *controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (field_scroll_cb), self, 0);
  gtk_widget_add_controller (field, controller);
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

/* The key of number field @index in mg_dose_page_dup_refused ()'s dictionary. */
static char *
refused_key (guint index)
{
  return g_strdup_printf ("field-%d", (int) number_fields[index].field);
}

/**
 * mg_dose_page_dup_refused:
 *
 * What the person typed and the form refused, which only its fields hold:
 * the profile keeps the answers before. For the page that replaces this
 * one after a language switch, so that nothing typed is lost.
 *
 * Returns: (transfer full) (nullable): the refused texts by field, for
 *   mg_dose_page_restore_refused (); %NULL when nothing is refused
 */
GVariant *
mg_dose_page_dup_refused (MgDosePage *self)
{
  g_auto(GVariantBuilder) refused = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  g_autofree char *questions = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (MG_IS_DOSE_PAGE (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++) {
    g_autofree char *key = NULL;

    if (!is_refused (self, i))
      continue;
    key = refused_key (i);
    g_variant_builder_add (&refused, "{ss}", key,
                           gtk_editable_get_text (GTK_EDITABLE (WIDGET_AT (self, number_fields[i].spin))));
    any = TRUE;
  }

  questions = mg_appointment_group_dup_refused_questions (self->appointment_group);
  if (questions != NULL) {
    g_variant_builder_add (&refused, "{ss}", "questions", questions);
    any = TRUE;
  }

  return any ? g_variant_ref_sink (g_variant_builder_end (&refused)) : NULL;
}

/**
 * mg_dose_page_restore_refused:
 * @refused: what mg_dose_page_dup_refused () gave
 *
 * Puts what was typed and refused back in the fields, read again as the
 * person typed it: refused, in the current language, without announcing
 * it again.
 */
void
mg_dose_page_restore_refused (MgDosePage *self,
                              GVariant   *refused)
{
  const char *questions;

  g_return_if_fail (MG_IS_DOSE_PAGE (self));
  g_return_if_fail (g_variant_is_of_type (refused, G_VARIANT_TYPE ("a{ss}")));

  self->restoring = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++) {
    g_autofree char *key = refused_key (i);
    GtkSpinButton *spin = GTK_SPIN_BUTTON (WIDGET_AT (self, number_fields[i].spin));
    const char *typed;

    if (!g_variant_lookup (refused, key, "&s", &typed))
      continue;
    gtk_editable_set_text (GTK_EDITABLE (spin), typed);
    gtk_spin_button_update (spin);
  }
  self->restoring = FALSE;

  if (g_variant_lookup (refused, "questions", "&s", &questions))
    mg_appointment_group_restore_questions (self->appointment_group, questions);
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
    mg_dose_profile_bind_flag (self->profile, "medicines", MG_MEDICINE_BIT (i), self->medicine_switches[i], "active");
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
  mg_appointment_group_bind (self->appointment_group, self->profile);
  update (self);
}

static void
mg_dose_page_dispose (GObject *object)
{
  MgDosePage *self = MG_DOSE_PAGE (object);

  g_clear_object (&self->profile);
  g_clear_pointer (&self->text, mg_dose_text_free);
  g_clear_pointer (&self->verdict_said, g_free);
  g_clear_pointer (&self->verdict_points, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, toasts);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, verdict_banner);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, verdict_lines);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, person_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, medicines_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_group);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, person_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, medicines_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, product_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, other_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, reference_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, age_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, sex_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, sex_toggles);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, female_toggle);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, male_toggle);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, pregnant_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, breastfeeding_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, kidney_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, bleeding_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, heart_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, myasthenia_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_kind_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, form_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, tablets_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, tablets_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, intravenous_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, antacid_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, antacid_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, laxative_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, laxative_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, multivitamin_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, multivitamin_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, water_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, water_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_row);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, food_spin);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_card);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, result_body);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, summary_button);
  gtk_widget_class_bind_template_child (widget_class, MgDosePage, appointment_group);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_cb);
  gtk_widget_class_bind_template_callback (widget_class, sex_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, wide_cb);

  gtk_widget_class_install_action (widget_class, "dose.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "dose.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "dose.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "dose.choose-form", NULL, choose_form_action);
  gtk_widget_class_install_action (widget_class, "dose.start-over", NULL, start_over_action);

  g_type_ensure (MG_TYPE_FORM_ROW);
  g_type_ensure (MG_TYPE_APPOINTMENT_GROUP);
}

/* The page's title heads it, the groups' headings come under it; a row with
 * a number is one Tab stop, its field's. */
static void
set_outline (MgDosePage *self)
{
  GtkLabel *headings[] = { self->person_heading, self->medicines_heading, self->product_heading,
                           self->other_heading, self->food_heading };

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (headings[i]), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    gtk_widget_set_focusable (WIDGET_AT (self, number_fields[i].row), FALSE);
}

static void
mg_dose_page_init (MgDosePage *self)
{
  self->verdict_points = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_medicine_rows (self);
  set_list_factories (self);
  set_outline (self);
  for (guint i = 0; i < G_N_ELEMENTS (number_fields); i++)
    guard_from_wheel (self, WIDGET_AT (self, number_fields[i].spin));
  g_signal_connect_object (self->age_spin, "value-changed", G_CALLBACK (age_changed_cb), self, G_CONNECT_SWAPPED);
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
