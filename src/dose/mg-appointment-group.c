/* mg-appointment-group.c: the dose guide's notes for the appointment
 *
 * What the NHS's “prepare for your appointment” asks a person to bring:
 * the product, why they consider magnesium and since when, their
 * questions. Each note is a property of the dose profile, so it is kept in
 * the settings and cleared and restored with the answers; none of them
 * changes the result. Questions that would not fit on the one-page summary
 * are refused in words and stay in the field, to be shortened, while the
 * profile keeps the last ones that fit: nothing the person typed is cut
 * away behind their back.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-appointment-group"

#include "config.h"

#include "mg-appointment-group.h"
#include "mg-field-error.h"
#include "mg-form-row.h"
#include "mg-i18n.h"

/* How far back the years go, from this one. */
#define N_YEARS 100

struct _MgAppointmentGroup {
  AdwBin          parent_instance;

  GtkLabel       *heading;
  AdwEntryRow    *product_row;
  GtkCheckButton *restless_check;
  GtkCheckButton *back_pain_check;
  GtkCheckButton *cramps_check;
  GtkCheckButton *other_check;
  AdwEntryRow    *other_reason_row;
  MgFormRow      *since_row;
  GtkDropDown    *month_dropdown;
  GtkDropDown    *year_dropdown;
  GtkTextView    *questions_view;
  GtkLabel       *questions_hint;

  MgDoseProfile  *profile;
  guint           this_year;
  guint           this_month;
  gboolean        showing;           /* the fields show the profile, no person typed */
  gboolean        restoring;         /* refused questions come back after a rebuild */
};

G_DEFINE_FINAL_TYPE (MgAppointmentGroup, mg_appointment_group, ADW_TYPE_BIN)

/* The month the dropdowns show, as the "since" note keeps it; %NULL
 * until both a month and a year are chosen. */
static char *
chosen_since (MgAppointmentGroup *self,
              guint              *year,
              guint              *month)
{
  guint month_index = gtk_drop_down_get_selected (self->month_dropdown);
  guint year_index = gtk_drop_down_get_selected (self->year_dropdown);

  if (month_index == 0 || month_index == GTK_INVALID_LIST_POSITION ||
      year_index == 0 || year_index == GTK_INVALID_LIST_POSITION)
    return NULL;

  *month = month_index;
  *year = self->this_year - (year_index - 1);
  return g_strdup_printf ("%04u-%02u", *year, *month);
}

static void
show_since (MgAppointmentGroup *self)
{
  guint year = 0, month = 0;
  gboolean given = mg_dose_since_parse (mg_dose_profile_get_note (self->profile, MG_DOSE_NOTE_SINCE), &year, &month);

  /* A year the list does not hold, as after the clock went back, shows as none chosen. */
  if (given && (year > self->this_year || year + N_YEARS < self->this_year))
    given = FALSE;
  self->showing = TRUE;
  gtk_drop_down_set_selected (self->month_dropdown, given ? month : 0);
  gtk_drop_down_set_selected (self->year_dropdown, given ? self->this_year - year + 1 : 0);
  self->showing = FALSE;
  mg_field_error_clear (self->since_row, GTK_WIDGET (self->month_dropdown), _("The month the complaints began"));
}

static void
since_chosen_cb (MgAppointmentGroup *self)
{
  guint year, month;
  g_autofree char *since = NULL;

  if (self->showing || self->profile == NULL)
    return;

  since = chosen_since (self, &year, &month);
  if (since != NULL && (year > self->this_year || (year == self->this_year && month > self->this_month))) {
    mg_field_error_show (self->since_row, GTK_WIDGET (self->month_dropdown),
                         _("That month is still to come. Choose this month or one before it."), TRUE);
    return;
  }

  mg_field_error_clear (self->since_row, GTK_WIDGET (self->month_dropdown), _("The month the complaints began"));
  g_object_set (self->profile, "since", since != NULL ? since : "", NULL);
}

/* The profile changed the note, as "Start over" and its undo do. */
static void
since_changed_cb (MgAppointmentGroup *self)
{
  guint year, month;
  g_autofree char *since = chosen_since (self, &year, &month);

  if (g_strcmp0 (mg_dose_profile_get_note (self->profile, MG_DOSE_NOTE_SINCE), since != NULL ? since : "") != 0)
    show_since (self);
}

static char *
questions_text (MgAppointmentGroup *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->questions_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Why @text would not fit on the summary, or %NULL. */
static char *
questions_refusal (const char *text)
{
  guint lines = 1;

  for (const char *c = text; *c != '\0'; c++)
    lines += *c == '\n';
  if (g_utf8_strlen (text, -1) > MG_DOSE_QUESTIONS_MAX)
    return g_strdup_printf (mg_i18n_ngettext ("Too long for the summary, which holds at most %u character. Until "
                                              "the questions are shorter, it shows the last ones that fit.",
                                              "Too long for the summary, which holds at most %u characters. Until "
                                              "the questions are shorter, it shows the last ones that fit.",
                                              MG_DOSE_QUESTIONS_MAX),
                            MG_DOSE_QUESTIONS_MAX);
  if (lines > MG_DOSE_QUESTIONS_MAX_LINES)
    return g_strdup_printf (mg_i18n_ngettext ("Too many lines for the summary, which holds at most %u line. Until "
                                              "there are fewer, it shows the last questions that fit.",
                                              "Too many lines for the summary, which holds at most %u lines. Until "
                                              "there are fewer, it shows the last questions that fit.",
                                              MG_DOSE_QUESTIONS_MAX_LINES),
                            MG_DOSE_QUESTIONS_MAX_LINES);

  return NULL;
}

/* Under the questions: their limit, or why they are refused, which a
 * screen reader hears once, when it is new, and again with the field. */
static void
show_questions_hint (MgAppointmentGroup *self,
                     const char         *refusal)
{
  GtkWidget *hint = GTK_WIDGET (self->questions_hint);
  gboolean new_refusal = refusal != NULL && g_strcmp0 (refusal, gtk_label_get_label (self->questions_hint)) != 0;

  if (refusal == NULL) {
    g_autofree char *limit = g_strdup_printf (mg_i18n_ngettext ("At most %u character.", "At most %u characters.",
                                                                MG_DOSE_QUESTIONS_MAX),
                                              MG_DOSE_QUESTIONS_MAX);

    gtk_label_set_label (self->questions_hint, limit);
    gtk_widget_remove_css_class (hint, "error");
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self->questions_view), GTK_ACCESSIBLE_STATE_INVALID);
    return;
  }

  gtk_label_set_label (self->questions_hint, refusal);
  gtk_widget_remove_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->questions_view), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  if (new_refusal && !self->restoring)
    mg_announce (GTK_WIDGET (self->questions_view), refusal, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
questions_typed_cb (MgAppointmentGroup *self)
{
  g_autofree char *text = questions_text (self);
  g_autofree char *refusal = questions_refusal (text);

  if (self->showing || self->profile == NULL)
    return;

  show_questions_hint (self, refusal);
  if (refusal == NULL)
    g_object_set (self->profile, "questions", text, NULL);
}

static void
questions_changed_cb (MgAppointmentGroup *self)
{
  g_autofree char *text = questions_text (self);
  const char *questions = mg_dose_profile_get_note (self->profile, MG_DOSE_NOTE_QUESTIONS);

  if (g_str_equal (text, questions))
    return;

  self->showing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->questions_view), questions, -1);
  self->showing = FALSE;
  show_questions_hint (self, NULL);
}

/* A name fits on one line of the summary: the entry takes no more. */
static void
bind_entry (MgAppointmentGroup *self,
            AdwEntryRow        *row,
            const char         *property,
            guint               max_chars)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (GTK_IS_TEXT (text))
    gtk_text_set_max_length (GTK_TEXT (text), (int) max_chars);
  /* Its title, once: libadwaita 1.7 names the row by its title and by the
   * field, which its title names too. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
  g_object_bind_property (self->profile, property, row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/**
 * mg_appointment_group_bind:
 * @profile: where the notes are kept
 *
 * Shows the notes of @profile and gives it the person's; once.
 */
void
mg_appointment_group_bind (MgAppointmentGroup *self,
                           MgDoseProfile      *profile)
{
  GtkCheckButton *checks[] = { self->restless_check, self->back_pain_check, self->cramps_check, self->other_check };

  G_STATIC_ASSERT (G_N_ELEMENTS (checks) == MG_N_DOSE_REASONS);
  g_return_if_fail (MG_IS_APPOINTMENT_GROUP (self));
  g_return_if_fail (MG_IS_DOSE_PROFILE (profile));
  g_return_if_fail (self->profile == NULL);

  self->profile = g_object_ref (profile);
  bind_entry (self, self->product_row, "product-name", MG_DOSE_PRODUCT_NAME_MAX);
  bind_entry (self, self->other_reason_row, "other-reason", MG_DOSE_OTHER_REASON_MAX);
  for (guint i = 0; i < MG_N_DOSE_REASONS; i++)
    mg_dose_profile_bind_flag (profile, "reasons", MG_DOSE_REASON_BIT (i), checks[i], "active");
  show_since (self);
  questions_changed_cb (self);
  g_signal_connect_object (profile, "notify::since", G_CALLBACK (since_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (profile, "notify::questions", G_CALLBACK (questions_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
fill_years (MgAppointmentGroup *self)
{
  GtkStringList *years = GTK_STRING_LIST (gtk_drop_down_get_model (self->year_dropdown));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* Translators: shown in place of a year while none is chosen */
  g_ptr_array_add (names, g_strdup (C_("since when", "Year")));
  for (guint i = 0; i <= N_YEARS; i++)
    g_ptr_array_add (names, g_strdup_printf ("%u", self->this_year - i));
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (years, 0, g_list_model_get_n_items (G_LIST_MODEL (years)),
                          (const char * const *) names->pdata);
}

static void
fill_months (MgAppointmentGroup *self)
{
  GtkStringList *months = GTK_STRING_LIST (gtk_drop_down_get_model (self->month_dropdown));

  /* Translators: shown in place of a month while none is chosen */
  gtk_string_list_append (months, C_("since when", "Month"));
  for (guint month = 1; month <= 12; month++)
    gtk_string_list_append (months, mg_i18n_get_month_name (month));
}

/**
 * mg_appointment_group_dup_refused_questions:
 *
 * Returns: (transfer full) (nullable): the questions in the field where
 *   they were refused, which the profile therefore does not keep; %NULL
 *   when the field shows the profile's
 */
char *
mg_appointment_group_dup_refused_questions (MgAppointmentGroup *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MG_IS_APPOINTMENT_GROUP (self), NULL);

  if (self->profile == NULL)
    return NULL;

  text = questions_text (self);
  if (g_str_equal (text, mg_dose_profile_get_note (self->profile, MG_DOSE_NOTE_QUESTIONS)))
    return NULL;

  return g_steal_pointer (&text);
}

/**
 * mg_appointment_group_restore_questions:
 * @questions: what mg_appointment_group_dup_refused_questions () gave
 *
 * Puts questions the person typed back in the field, as on the view a
 * language switch replaced: refused again, now in the new language, and
 * not announced again, as nothing new happened.
 */
void
mg_appointment_group_restore_questions (MgAppointmentGroup *self,
                                        const char         *questions)
{
  g_return_if_fail (MG_IS_APPOINTMENT_GROUP (self));
  g_return_if_fail (questions != NULL);

  self->restoring = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->questions_view), questions, -1);
  self->restoring = FALSE;
}

/**
 * mg_appointment_group_set_today:
 * @today: the day a month after which is still to come
 *
 * For tests, which must not depend on the day they run.
 */
void
mg_appointment_group_set_today (MgAppointmentGroup *self,
                                GDateTime          *today)
{
  g_return_if_fail (MG_IS_APPOINTMENT_GROUP (self));
  g_return_if_fail (today != NULL);

  self->this_year = (guint) g_date_time_get_year (today);
  self->this_month = (guint) g_date_time_get_month (today);
  self->showing = TRUE;
  fill_years (self);
  self->showing = FALSE;
  if (self->profile != NULL)
    show_since (self);
}

static void
mg_appointment_group_dispose (GObject *object)
{
  MgAppointmentGroup *self = MG_APPOINTMENT_GROUP (object);

  g_clear_object (&self->profile);

  G_OBJECT_CLASS (mg_appointment_group_parent_class)->dispose (object);
}

static void
mg_appointment_group_class_init (MgAppointmentGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_appointment_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-appointment-group.ui");
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, heading);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, product_row);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, restless_check);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, back_pain_check);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, cramps_check);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, other_check);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, other_reason_row);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, since_row);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, questions_view);
  gtk_widget_class_bind_template_child (widget_class, MgAppointmentGroup, questions_hint);

  g_type_ensure (MG_TYPE_FORM_ROW);
}

static void
mg_appointment_group_init (MgAppointmentGroup *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  fill_months (self);
  mg_appointment_group_set_today (self, now);
  show_questions_hint (self, NULL);
  g_signal_connect_object (self->month_dropdown, "notify::selected", G_CALLBACK (since_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->year_dropdown, "notify::selected", G_CALLBACK (since_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->questions_view), "changed",
                           G_CALLBACK (questions_typed_cb), self, G_CONNECT_SWAPPED);
}
