/* mg-diary-page.c: the symptom diary, a day's entry and the trial plan
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-page"

#include "config.h"

#include <math.h>

#include "mg-date.h"
#include "mg-diary-page.h"
#include "mg-diary-result.h"
#include "mg-field-error.h"
#include "mg-form-row.h"
#include "mg-i18n.h"

/* A page for one day at a time. Every change goes to the store at once; the
 * store saves it shortly after, and tells the page of changes from
 * elsewhere (another window, the other instance's file). "Today" is the
 * clock's, the same clock the store is given, so that a test can move it. */

struct _MgDiaryPage {
  AdwBin                 parent_instance;

  AdwToastOverlay       *toast_overlay;
  AdwBanner             *today_banner;
  GtkLabel              *title_label;
  AdwPreferencesGroup   *tracks_group;
  GtkWidget             *diary_box;
  GtkLabel              *day_label;
  GtkMenuButton         *day_button;
  GtkWidget             *next_button;
  GtkCalendar           *calendar;
  GtkWidget             *score_rows[MG_DIARY_N_SYMPTOMS];
  GtkWidget             *questions[MG_DIARY_N_SYMPTOMS];
  GtkWidget             *anchors[MG_DIARY_N_SYMPTOMS];
  GtkScale              *scales[MG_DIARY_N_SYMPTOMS];
  GtkLabel              *values[MG_DIARY_N_SYMPTOMS];
  GtkButton             *clears[MG_DIARY_N_SYMPTOMS];
  GtkWidget             *taken_row;
  GtkToggleButton       *taken_yes;
  GtkToggleButton       *taken_no;
  GtkWidget             *amount_row;
  GtkSpinButton         *amount_spin;
  AdwSwitchRow          *effect_rows[3];
  AdwActionRow          *side_effects_advice;
  AdwEntryRow           *note_row;
  AdwActionRow          *baseline_row;
  AdwActionRow          *magnesium_phase_row;
  AdwSwitchRow          *washout_row;
  AdwActionRow          *status_row;
  AdwActionRow          *dose_link_row;
  AdwActionRow          *careful_link_row;
  GtkWidget             *start_button;
  GtkWidget             *pause_button;
  GtkWidget             *resume_button;
  GtkWidget             *stop_button;
  GtkWidget             *headings[6];
  GtkWidget             *result_slot;
  AdwComboRow           *tracks_row;
  AdwButtonRow          *delete_row;

  MgDiaryStore          *store;
  MgDoseProfile         *profile;
  const MgStoreClock    *clock;
  gpointer               clock_data;
  guint                  midnight_source;
  char                  *today;
  char                  *day;
  MgTrialPlan           *undo_plan;       /* the plan before Stop, while its toast shows */
  AdwToast              *undo_toast;
  gboolean               undo_delete;     /* the toast offers back what this page deleted */
  AdwToast              *lasting_toast;
  char                  *lasting_text;
  char                  *set_aside_shown;
  gboolean               syncing;
};

G_DEFINE_FINAL_TYPE (MgDiaryPage, mg_diary_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PROFILE,
  PROP_CLOCK,
  PROP_CLOCK_DATA,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const MgDiarySideEffects effect_flags[3] = {
  MG_DIARY_SIDE_EFFECT_DIARRHOEA,
  MG_DIARY_SIDE_EFFECT_NAUSEA,
  MG_DIARY_SIDE_EFFECT_STOMACH_CRAMPS,
};

static void sync_day (MgDiaryPage *self);
static void sync_plan (MgDiaryPage *self);

static char *
clock_today (MgDiaryPage *self)
{
  g_autoptr(GDateTime) now = self->clock->now (self->clock_data);
  GDate date;

  /* A clock past year 9999: the last day GLib holds. */
  if (now == NULL)
    return g_strdup ("9999-12-31");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return mg_date_to_iso (&date);
}

static AdwToast *
show_toast (MgDiaryPage *self,
            const char  *text,
            guint        timeout)
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

/* The shown day's entry, to change and give back with store_entry (). */
static MgDiaryEntry *
dup_entry (MgDiaryPage *self)
{
  return mg_diary_store_dup_entry (self->store, self->day);
}

static void
store_entry (MgDiaryPage  *self,
             MgDiaryEntry *entry)
{
  mg_diary_store_set_entry (self->store, entry);
  mg_diary_entry_free (entry);
}

static int
symptom_of_scale (MgDiaryPage *self,
                  GtkRange    *range)
{
  for (int s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    if (GTK_RANGE (self->scales[s]) == range)
      return s;
  g_assert_not_reached ();
}

/* A person's change, by pointer, touch or key: change-value comes even when
 * the slider does not move, so 0 can be given on a score not recorded. */
static gboolean
score_change_value_cb (GtkRange      *range,
                       GtkScrollType  scroll,
                       double         value,
                       MgDiaryPage   *self)
{
  MgDiaryEntry *entry;

  if (self->syncing)
    return FALSE;

  entry = dup_entry (self);
  mg_diary_entry_set_score (entry, symptom_of_scale (self, range),
                            (int) CLAMP (round (value), 0, MG_DIARY_SCORE_MAX));
  store_entry (self, entry);

  return FALSE;
}

static void
score_clear_cb (GtkButton   *button,
                MgDiaryPage *self)
{
  MgDiaryEntry *entry = dup_entry (self);

  for (int s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    if (self->clears[s] == button) {
      mg_diary_entry_set_score (entry, s, MG_DIARY_SCORE_UNSET);
      /* The button goes insensitive: the focus goes to the score. */
      gtk_widget_grab_focus (GTK_WIDGET (self->scales[s]));
    }
  store_entry (self, entry);
}

static void
taken_toggled_cb (MgDiaryPage     *self,
                  GtkToggleButton *button)
{
  MgDiaryEntry *entry;
  guint mg;

  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  entry = dup_entry (self);
  if (button == self->taken_yes) {
    /* Filled in from the product in the dose guide; the person can change it. */
    mg = entry->mg;
    if (mg == 0)
      g_object_get (self->profile, "supplement-mg", &mg, NULL);
    mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES, MIN (mg, MG_DIARY_MAX_MG));
  } else {
    mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_NO, 0);
  }
  store_entry (self, entry);
}

static void
amount_changed_cb (MgDiaryPage *self)
{
  MgDiaryEntry *entry;

  if (self->syncing)
    return;

  entry = dup_entry (self);
  mg_diary_entry_set_magnesium (entry, MG_DIARY_TAKEN_YES,
                                (guint) gtk_spin_button_get_value (self->amount_spin));
  store_entry (self, entry);
}

static void
side_effect_toggled_cb (MgDiaryPage *self)
{
  MgDiaryEntry *entry;

  if (self->syncing)
    return;

  entry = dup_entry (self);
  for (guint i = 0; i < G_N_ELEMENTS (effect_flags); i++)
    mg_diary_entry_set_side_effect (entry, effect_flags[i],
                                    adw_switch_row_get_active (self->effect_rows[i]));
  store_entry (self, entry);
}

static void
note_changed_cb (MgDiaryPage *self)
{
  g_autoptr(GError) error = NULL;
  MgDiaryEntry *entry;

  if (self->syncing)
    return;

  entry = dup_entry (self);
  if (!mg_diary_entry_set_note (entry, gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error)) {
    g_autofree char *text = NULL;

    mg_diary_entry_free (entry);
    if (g_error_matches (error, MG_DIARY_ENTRY_ERROR, MG_DIARY_ENTRY_ERROR_NOTE_TOO_LONG))
      /* Translators: %u is the most characters a note takes */
      text = g_strdup_printf (_("A note takes up to %u characters. The rest was not saved."),
                              MG_DIARY_NOTE_MAX_CHARS);
    else
      text = g_strdup (_("The note could not be saved: it holds characters that are not text."));
    gtk_widget_add_css_class (GTK_WIDGET (self->note_row), "error");
    show_toast (self, text, 5);
    mg_announce (GTK_WIDGET (self->note_row), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
    return;
  }
  gtk_widget_remove_css_class (GTK_WIDGET (self->note_row), "error");
  store_entry (self, entry);
}

static void
sync_score (MgDiaryPage        *self,
            const MgDiaryEntry *entry,
            MgDiarySymptom      s)
{
  int score = mg_diary_entry_get_score (entry, s);
  g_autofree char *value_text = NULL;
  g_autofree char *number = g_strdup_printf ("%d", score);

  gtk_range_set_value (GTK_RANGE (self->scales[s]), MAX (score, 0));
  if (score == MG_DIARY_SCORE_UNSET) {
    gtk_label_set_text (self->values[s], "–");
    value_text = g_strdup (_("Not recorded"));
    gtk_widget_add_css_class (GTK_WIDGET (self->scales[s]), "dimmed");
  } else {
    gtk_label_set_text (self->values[s], number);
    /* Translators: how a screen reader reads a score on the 0 to 10 scale */
    value_text = g_strdup_printf (_("%1$d of %2$d"), score, MG_DIARY_SCORE_MAX);
    gtk_widget_remove_css_class (GTK_WIDGET (self->scales[s]), "dimmed");
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scales[s]),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value_text,
                                  -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clears[s]), score != MG_DIARY_SCORE_UNSET);
}

static void
sync_entry (MgDiaryPage *self)
{
  g_autoptr(MgDiaryEntry) entry = dup_entry (self);
  gboolean any_effect = FALSE;

  self->syncing = TRUE;
  for (int s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    sync_score (self, entry, s);

  gtk_toggle_button_set_active (self->taken_yes, entry->taken == MG_DIARY_TAKEN_YES);
  gtk_toggle_button_set_active (self->taken_no, entry->taken == MG_DIARY_TAKEN_NO);
  gtk_widget_set_visible (self->amount_row, entry->taken == MG_DIARY_TAKEN_YES);
  gtk_spin_button_set_value (self->amount_spin, entry->mg);

  for (guint i = 0; i < G_N_ELEMENTS (effect_flags); i++) {
    gboolean had = (entry->side_effects & effect_flags[i]) != 0;

    adw_switch_row_set_active (self->effect_rows[i], had);
    any_effect |= had;
  }
  gtk_widget_set_visible (GTK_WIDGET (self->side_effects_advice), any_effect);

  /* Not while the person types: the store gives back what they typed. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_row)), entry->note) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), entry->note);
  self->syncing = FALSE;
}

/* The day shown, and whether today waits for an entry. */
static void
sync_day (MgDiaryPage *self)
{
  g_autofree char *date = mg_i18n_format_date (self->day);
  g_autofree char *label = NULL;
  g_autoptr(MgDiaryEntry) today = mg_diary_store_dup_entry (self->store, self->today);
  GDate day;

  if (g_strcmp0 (self->day, self->today) == 0)
    /* Translators: the day the diary shows, when it is today; %s is the date */
    label = g_strdup_printf (_("Today, %s"), date);
  else
    label = g_strdup (date);
  gtk_label_set_text (self->day_label, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.next-day",
                                 g_strcmp0 (self->day, self->today) < 0);
  adw_banner_set_revealed (self->today_banner,
                           mg_diary_store_get_tracks (self->store) != MG_DIARY_TRACKS_NONE &&
                           g_strcmp0 (self->day, self->today) != 0 &&
                           mg_diary_entry_is_empty (today));

  if (mg_date_parse_iso (self->day, &day)) {
    g_autoptr(GDateTime) shown = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                                        g_date_get_day (&day), 12, 0, 0);

    self->syncing = TRUE;
    gtk_calendar_select_day (self->calendar, shown);
    self->syncing = FALSE;
  }

  sync_entry (self);
}

static void
sync_tracks (MgDiaryPage *self)
{
  MgDiaryTracks tracks = mg_diary_store_get_tracks (self->store);
  gboolean legs = (tracks & MG_DIARY_TRACKS_RESTLESS_LEGS) != 0;
  gboolean back = (tracks & MG_DIARY_TRACKS_BACK_PAIN) != 0;

  /* The question with its heading, asked until it is answered. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->tracks_group)), tracks == MG_DIARY_TRACKS_NONE);
  gtk_widget_set_visible (self->diary_box, tracks != MG_DIARY_TRACKS_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->score_rows[MG_DIARY_SYMPTOM_RESTLESS_LEGS]), legs);
  gtk_widget_set_visible (GTK_WIDGET (self->score_rows[MG_DIARY_SYMPTOM_SLEEP]), legs);
  gtk_widget_set_visible (GTK_WIDGET (self->score_rows[MG_DIARY_SYMPTOM_BACK_PAIN]), back);

  self->syncing = TRUE;
  if (tracks != MG_DIARY_TRACKS_NONE)
    adw_combo_row_set_selected (self->tracks_row, mg_diary_tracks_choice_find (tracks));
  self->syncing = FALSE;
}

static void
tracks_selected_cb (MgDiaryPage *self)
{
  guint selected = adw_combo_row_get_selected (self->tracks_row);

  if (self->syncing || selected >= mg_diary_tracks_choice_get_n ())
    return;

  mg_diary_store_set_tracks (self->store, mg_diary_tracks_choice_get (selected));
}

static char *
format_weeks (guint days)
{
  /* Translators: the length of a phase of the trial plan */
  return g_strdup_printf (mg_i18n_ngettext ("%u week", "%u weeks", days / 7), days / 7);
}

/* Where today stands in the plan, in words. */
static void
set_status (MgDiaryPage      *self,
            const MgTrialDay *day)
{
  g_autofree char *days = NULL;
  const char *title = NULL;
  const char *subtitle = NULL;

  if (day->paused) {
    title = _("The plan is paused");
    subtitle = _("Paused days do not count. Resume the plan when you are ready.");
  } else {
    switch (day->phase) {
    case MG_TRIAL_PHASE_BASELINE:
      title = _("Now: recording without magnesium");
      break;
    case MG_TRIAL_PHASE_MAGNESIUM:
      title = _("Now: taking magnesium");
      break;
    case MG_TRIAL_PHASE_WASHOUT:
      title = _("Now: recording without magnesium again");
      break;
    case MG_TRIAL_PHASE_DONE:
      title = _("The plan is complete");
      subtitle = _("You can start a new plan whenever you like.");
      break;
    case MG_TRIAL_PHASE_STOPPED:
      title = _("You stopped the plan");
      subtitle = _("You can start a new plan whenever you like.");
      break;
    case MG_TRIAL_PHASE_NONE:
    default:
      break;
    }
  }
  if (subtitle == NULL && day->phase_days > 0) {
    /* Translators: where today stands in a phase of the trial plan: %1$u is the
     * day of the phase, %2$u the phase's number of days, %3$u the days left */
    days = g_strdup_printf (mg_i18n_ngettext ("Day %1$u of %2$u, %3$u day left in this phase",
                                              "Day %1$u of %2$u, %3$u days left in this phase",
                                              day->days_left),
                            day->day_in_phase, day->phase_days, day->days_left);
    subtitle = days;
  }

  gtk_widget_set_visible (GTK_WIDGET (self->status_row), title != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title != NULL ? title : "");
  adw_action_row_set_subtitle (self->status_row, subtitle != NULL ? subtitle : "");
}

static void
sync_plan (MgDiaryPage *self)
{
  g_autoptr(MgTrialPlan) plan = mg_diary_store_dup_plan (self->store);
  g_autofree char *baseline = format_weeks (MG_TRIAL_BASELINE_DAYS);
  g_autofree char *magnesium = format_weeks (MG_TRIAL_MAGNESIUM_DAYS);
  g_autofree char *washout = format_weeks (MG_TRIAL_WASHOUT_DAYS);
  gboolean started = mg_trial_plan_is_started (plan);
  gboolean running, paused;
  MgTrialDay day;

  mg_trial_plan_get_day (plan, self->today, &day);
  running = started && (day.phase == MG_TRIAL_PHASE_BASELINE || day.phase == MG_TRIAL_PHASE_MAGNESIUM ||
                        day.phase == MG_TRIAL_PHASE_WASHOUT);
  paused = running && mg_trial_plan_is_paused (plan);

  adw_action_row_set_subtitle (self->baseline_row, baseline);
  adw_action_row_set_subtitle (self->magnesium_phase_row, magnesium);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->washout_row), washout);
  self->syncing = TRUE;
  adw_switch_row_set_active (self->washout_row, started ? mg_trial_plan_get_washout (plan) : TRUE);
  self->syncing = FALSE;

  set_status (self, &day);
  gtk_widget_set_visible (GTK_WIDGET (self->dose_link_row), !running);
  gtk_widget_set_visible (GTK_WIDGET (self->careful_link_row), !running);
  gtk_widget_set_visible (self->start_button, !running);
  gtk_widget_set_visible (self->pause_button, running && !paused);
  gtk_widget_set_visible (self->resume_button, paused);
  gtk_widget_set_visible (self->stop_button, running);
}

static void
washout_toggled_cb (MgDiaryPage *self)
{
  g_autoptr(MgTrialPlan) plan = NULL;

  if (self->syncing)
    return;

  plan = mg_diary_store_dup_plan (self->store);
  if (!mg_trial_plan_is_started (plan))
    return;
  mg_trial_plan_set_washout (plan, adw_switch_row_get_active (self->washout_row));
  mg_diary_store_set_plan (self->store, plan);
}

static void
show_day (MgDiaryPage *self,
          const char  *day)
{
  if (g_strcmp0 (self->day, day) == 0)
    return;

  g_free (self->day);
  self->day = g_strdup (day);
  sync_day (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

static void
step_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);
  g_autofree char *day = mg_date_add_days (self->day, g_str_equal (action_name, "diary.next-day") ? 1 : -1);

  if (day != NULL && g_strcmp0 (day, self->today) <= 0)
    show_day (self, day);
}

static void
go_today_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);

  show_day (self, self->today);
}

static void
calendar_day_selected_cb (MgDiaryPage *self)
{
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *day = NULL;
  GDate date;

  if (self->syncing)
    return;

  chosen = gtk_calendar_get_date (self->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (chosen),
                  (GDateMonth) g_date_time_get_month (chosen), (GDateYear) g_date_time_get_year (chosen));
  day = mg_date_to_iso (&date);
  if (g_strcmp0 (day, self->today) > 0) {
    const char *text = _("The diary is for days that have been: choose today or an earlier day.");

    show_toast (self, text, 5);
    mg_announce (GTK_WIDGET (self->calendar), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
    sync_day (self);
    return;
  }
  gtk_popover_popdown (gtk_menu_button_get_popover (self->day_button));
  show_day (self, day);
}

static void
set_tracks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);
  guint choice = mg_diary_tracks_choice_from_id (g_variant_get_string (parameter, NULL));

  if (choice < mg_diary_tracks_choice_get_n ())
    mg_diary_store_set_tracks (self->store, mg_diary_tracks_choice_get (choice));
}

static void
start_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   MgDiaryPage    *self)
{
  g_autoptr(MgTrialPlan) plan = NULL;

  if (g_str_equal (response, "dose-guide"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-tool", "s", "dose-guide");
  else if (g_str_equal (response, "careful"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "rls-who-careful");
  if (!g_str_equal (response, "start"))
    return;

  plan = mg_trial_plan_new ();
  mg_trial_plan_start (plan, self->today, adw_switch_row_get_active (self->washout_row));
  mg_diary_store_set_plan (self->store, plan);
  mg_announce (GTK_WIDGET (self), _("The trial plan has started."), GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* Before the plan starts, the dose guide and who should be careful; the
 * diary itself never names a dose. */
static void
start_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);
  AdwDialog *dialog = adw_alert_dialog_new (_("Before You Start"),
                                            _("Check in the dose guide how much magnesium is safe for "
                                              "you, and read who should be careful with it. The diary "
                                              "never suggests a dose: if you are not sure, ask your "
                                              "doctor or pharmacist."));

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "careful", _("_Who Should Be Careful"),
                                  "dose-guide", _("_Open the Dose Guide"),
                                  "start", _("_Start Plan"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "start", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_prefer_wide_layout (ADW_ALERT_DIALOG (dialog), FALSE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "careful");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response_cb), self, 0);
  adw_dialog_present (dialog, widget);
}

static void
change_plan (MgDiaryPage *self,
             gboolean   (*change) (MgTrialPlan *plan, const char *day),
             const char  *announcement)
{
  g_autoptr(MgTrialPlan) plan = mg_diary_store_dup_plan (self->store);

  if (!change (plan, self->today))
    return;
  mg_diary_store_set_plan (self->store, plan);
  mg_announce (GTK_WIDGET (self), announcement, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
pause_plan_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  change_plan (MG_DIARY_PAGE (widget), mg_trial_plan_pause, _("The trial plan is paused."));
}

static void
resume_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  change_plan (MG_DIARY_PAGE (widget), mg_trial_plan_resume, _("The trial plan goes on."));
}

/* Only what this page deleted is forgotten with its toast: a deletion from
 * Preferences → Your Data keeps its own Undo, whatever becomes of the page. */
static void
forget_own_delete (MgDiaryPage *self)
{
  if (self->undo_delete && mg_diary_store_get_can_undo_delete (self->store))
    mg_diary_store_forget_deleted (self->store);
  self->undo_delete = FALSE;
}

static void
undo_toast_dismissed_cb (MgDiaryPage *self,
                         AdwToast    *toast)
{
  if (self->undo_toast != toast)
    return;

  self->undo_toast = NULL;
  g_clear_pointer (&self->undo_plan, mg_trial_plan_free);
  forget_own_delete (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.undo", FALSE);
}

static void
offer_undo (MgDiaryPage *self,
            const char  *text)
{
  AdwToast *toast = adw_toast_new (text);

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "diary.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.undo", TRUE);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
stop_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);
  g_autoptr(MgTrialPlan) before = mg_diary_store_dup_plan (self->store);

  change_plan (self, mg_trial_plan_stop, _("The trial plan is stopped."));
  if (mg_trial_plan_is_stopped (before))
    return;

  offer_undo (self, _("Plan stopped"));
  self->undo_plan = g_steal_pointer (&before);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgDiaryPage *self = MG_DIARY_PAGE (widget);

  if (self->undo_plan != NULL)
    mg_diary_store_set_plan (self->store, self->undo_plan);
  else if (self->undo_delete && mg_diary_store_get_can_undo_delete (self->store))
    mg_diary_store_undo_delete (self->store);
  self->undo_delete = FALSE;
  g_clear_pointer (&self->undo_plan, mg_trial_plan_free);
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
delete_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    MgDiaryPage    *self)
{
  if (!g_str_equal (response, "delete"))
    return;

  mg_diary_store_delete_all (self->store);
  offer_undo (self, _("Diary deleted"));
  g_clear_pointer (&self->undo_plan, mg_trial_plan_free);
  self->undo_delete = TRUE;
}

static void
delete_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("Delete All Diary Data?"),
                                            _("Every day you recorded, the trial plan and what you "
                                              "keep track of are deleted from this computer."));

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), widget, 0);
  adw_dialog_present (dialog, widget);
}

/* What keeps the diary from the disk now, in words that say what to do. */
static const char *
lasting_problem_text (MgDiaryPage *self)
{
  MgKeyFileStore *file = mg_diary_store_get_file (self->store);
  MgStoreProblems problems = mg_key_file_store_get_problems (file);

  if ((problems & MG_STORE_PROBLEM_CANNOT_READ) != 0)
    return _("The saved diary cannot be read: Magnesium Guide is not allowed to open it. It is left "
             "as it is. New entries are kept while the app is open and saved once the file can be "
             "read.");
  if ((problems & MG_STORE_PROBLEM_NEWER_VERSION) != 0)
    return _("The saved diary comes from a newer version of Magnesium Guide. It is shown but not "
             "changed, so new entries are not saved. Update Magnesium Guide to keep them.");
  if ((problems & MG_STORE_PROBLEM_CANNOT_SAVE) == 0)
    return NULL;

  switch (mg_key_file_store_get_failure (file)) {
  case MG_STORE_FAILURE_NO_SPACE:
    return _("The diary cannot be saved because the disk is full. Your entries are kept and saved "
             "as soon as there is space again.");
  case MG_STORE_FAILURE_NO_PERMISSION:
    return _("The diary cannot be saved because Magnesium Guide is not allowed to write to its "
             "folder. Your entries are kept while the app is open, and saving is tried again.");
  case MG_STORE_FAILURE_READ_ONLY:
    return _("The diary cannot be saved because the disk is read-only. Your entries are kept while "
             "the app is open, and saving is tried again.");
  default:
    return _("The diary cannot be saved just now. Your entries are kept while the app is open, and "
             "saving is tried again.");
  }
}

static void
set_aside_text (MgDiaryPage *self,
                const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;

  /* Translators: %s is the name under which the app kept the file it could
   * not read, in its data folder */
  text = g_strdup_printf (_("The saved diary could not be read. It was kept as “%s”, and a new "
                            "diary was started."), name);
  show_toast (self, text, 0);
}

static void
lasting_toast_dismissed_cb (MgDiaryPage *self,
                            AdwToast    *toast)
{
  if (self->lasting_toast == toast)
    self->lasting_toast = NULL;
}

static void
show_problems (MgDiaryPage *self)
{
  MgKeyFileStore *file = mg_diary_store_get_file (self->store);
  const char *path = mg_key_file_store_get_set_aside_path (file);
  const char *text = lasting_problem_text (self);

  if (path != NULL && g_strcmp0 (path, self->set_aside_shown) != 0) {
    g_free (self->set_aside_shown);
    self->set_aside_shown = g_strdup (path);
    set_aside_text (self, path);
  }

  if (g_strcmp0 (text, self->lasting_text) == 0)
    return;

  if (self->lasting_toast != NULL)
    adw_toast_dismiss (self->lasting_toast);
  self->lasting_toast = NULL;

  if (text != NULL) {
    self->lasting_toast = show_toast (self, text, 0);
    mg_announce (GTK_WIDGET (self), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
    g_signal_connect_object (self->lasting_toast, "dismissed",
                             G_CALLBACK (lasting_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  } else if (self->lasting_text != NULL) {
    show_toast (self, _("The diary is saved again."), 5);
  }
  g_free (self->lasting_text);
  self->lasting_text = g_strdup (text);
}

static void
day_changed_cb (MgDiaryPage *self,
                const char  *day)
{
  if (g_strcmp0 (day, self->day) == 0 || g_strcmp0 (day, self->today) == 0)
    sync_day (self);
}

static void
tracks_changed_cb (MgDiaryPage *self)
{
  sync_tracks (self);
  sync_day (self);
}

/* Everything may have changed: the file read, a delete, its undo. */
static void
store_changed_cb (MgDiaryPage *self)
{
  sync_tracks (self);
  sync_day (self);
  sync_plan (self);
}

static void schedule_midnight (MgDiaryPage *self);

/* A new day: the plan's days move on, and the banner may offer today. The
 * day shown stays, so that an entry is not taken away while it is written. */
static void
midnight_cb (gpointer data)
{
  MgDiaryPage *self = MG_DIARY_PAGE (data);

  self->midnight_source = 0;
  g_free (self->today);
  self->today = clock_today (self);
  sync_day (self);
  sync_plan (self);
  schedule_midnight (self);
}

static void
schedule_midnight (MgDiaryPage *self)
{
  g_autoptr(GDateTime) now = self->clock->now (self->clock_data);
  guint seconds;

  if (now == NULL)
    return;

  seconds = (guint) (24 * 3600 - (g_date_time_get_hour (now) * 3600 + g_date_time_get_minute (now) * 60 +
                                  g_date_time_get_second (now)));
  self->midnight_source = self->clock->add_timeout_seconds (self->clock_data, seconds,
                                                            "[mg] diary page midnight", midnight_cb, self);
}

static void
mg_diary_page_constructed (GObject *object)
{
  MgDiaryPage *self = MG_DIARY_PAGE (object);

  G_OBJECT_CLASS (mg_diary_page_parent_class)->constructed (object);

  if (self->store == NULL)
    self->store = mg_diary_store_dup_default ();
  if (self->clock == NULL)
    self->clock = mg_store_clock_get_local ();
  g_assert (MG_IS_DOSE_PROFILE (self->profile));

  self->today = clock_today (self);
  self->day = g_strdup (self->today);

  g_signal_connect_object (self->store, "day-changed", G_CALLBACK (day_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::tracks", G_CALLBACK (tracks_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (sync_plan), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (mg_diary_store_get_file (self->store), "notify::problems",
                           G_CALLBACK (show_problems), self, G_CONNECT_SWAPPED);

  /* What the days add up to, and the summary for the doctor, under the
   * entry and the plan. */
  gtk_box_append (GTK_BOX (self->result_slot), mg_diary_result_new (self->store));

  store_changed_cb (self);
  show_problems (self);
  schedule_midnight (self);
}

static void
mg_diary_page_dispose (GObject *object)
{
  MgDiaryPage *self = MG_DIARY_PAGE (object);

  if (self->midnight_source != 0)
    self->clock->remove_timeout (self->clock_data, self->midnight_source);
  self->midnight_source = 0;
  self->undo_toast = NULL;
  self->lasting_toast = NULL;
  /* What the page deleted cannot come back once the page that offered it
   * is gone. */
  if (self->store != NULL)
    forget_own_delete (self);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (mg_diary_page_parent_class)->dispose (object);
}

static void
mg_diary_page_finalize (GObject *object)
{
  MgDiaryPage *self = MG_DIARY_PAGE (object);

  g_free (self->today);
  g_free (self->day);
  g_free (self->lasting_text);
  g_free (self->set_aside_shown);
  g_clear_pointer (&self->undo_plan, mg_trial_plan_free);

  G_OBJECT_CLASS (mg_diary_page_parent_class)->finalize (object);
}

static void
mg_diary_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgDiaryPage *self = MG_DIARY_PAGE (object);

  switch (prop_id) {
  case PROP_STORE:
    g_value_set_object (value, self->store);
    break;
  case PROP_PROFILE:
    g_value_set_object (value, self->profile);
    break;
  case PROP_CLOCK:
    g_value_set_pointer (value, (gpointer) self->clock);
    break;
  case PROP_CLOCK_DATA:
    g_value_set_pointer (value, self->clock_data);
    break;
  case PROP_DAY:
    g_value_set_string (value, self->day);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_diary_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgDiaryPage *self = MG_DIARY_PAGE (object);

  switch (prop_id) {
  case PROP_STORE:
    self->store = g_value_dup_object (value);
    break;
  case PROP_PROFILE:
    self->profile = g_value_dup_object (value);
    break;
  case PROP_CLOCK:
    self->clock = g_value_get_pointer (value);
    break;
  case PROP_CLOCK_DATA:
    self->clock_data = g_value_get_pointer (value);
    break;
  case PROP_DAY:
    mg_diary_page_set_day (self, g_value_get_string (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_diary_page_class_init (MgDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_diary_page_constructed;
  object_class->dispose = mg_diary_page_dispose;
  object_class->finalize = mg_diary_page_finalize;
  object_class->get_property = mg_diary_page_get_property;
  object_class->set_property = mg_diary_page_set_property;

  /* Where the diary is kept; the default store when none is given. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MG_TYPE_DIARY_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The dose guide's answers: the amount of the product fills in a day's. */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         MG_TYPE_DOSE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An MgStoreClock that says which day it is: the store's; the local time when none. */
  properties[PROP_CLOCK] =
    g_param_spec_pointer ("clock", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK_DATA] =
    g_param_spec_pointer ("clock-data", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The day shown, YYYY-MM-DD: today or a day before it. */
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, today_banner);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, tracks_group);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, diary_box);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, day_button);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, next_button);
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, score_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, score_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, score_rows[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_question", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, questions[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_anchors", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, anchors[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_scale", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, scales[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_question", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, questions[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_anchors", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, anchors[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_scale", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, scales[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_question", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, questions[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_anchors", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, anchors[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_scale", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, scales[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_value", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, values[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_value", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, values[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_value", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, values[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "restless_legs_clear", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, clears[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "sleep_clear", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, clears[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "back_pain_clear", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, clears[2]));
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, taken_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, taken_yes);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, taken_no);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, amount_spin);
  gtk_widget_class_bind_template_child_full (widget_class, "diarrhoea_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, effect_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "nausea_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, effect_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "stomach_cramps_row", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, effect_rows[2]));
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, side_effects_advice);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, magnesium_phase_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, washout_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, dose_link_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, careful_link_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, resume_button);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, stop_button);
  gtk_widget_class_bind_template_child_full (widget_class, "tracks_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "scores_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "magnesium_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "side_effects_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "plan_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[4]));
  gtk_widget_class_bind_template_child_full (widget_class, "settings_heading", FALSE,
                                             G_STRUCT_OFFSET (MgDiaryPage, headings[5]));
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, result_slot);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, delete_row);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryPage, tracks_row);
  gtk_widget_class_bind_template_callback (widget_class, score_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, score_clear_cb);
  gtk_widget_class_bind_template_callback (widget_class, taken_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, amount_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, side_effect_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, washout_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, tracks_selected_cb);

  gtk_widget_class_install_action (widget_class, "diary.set-tracks", "s", set_tracks_action);
  gtk_widget_class_install_action (widget_class, "diary.previous-day", NULL, step_day_action);
  gtk_widget_class_install_action (widget_class, "diary.next-day", NULL, step_day_action);
  gtk_widget_class_install_action (widget_class, "diary.go-today", NULL, go_today_action);
  gtk_widget_class_install_action (widget_class, "diary.start-plan", NULL, start_plan_action);
  gtk_widget_class_install_action (widget_class, "diary.pause-plan", NULL, pause_plan_action);
  gtk_widget_class_install_action (widget_class, "diary.resume-plan", NULL, resume_plan_action);
  gtk_widget_class_install_action (widget_class, "diary.stop-plan", NULL, stop_plan_action);
  gtk_widget_class_install_action (widget_class, "diary.delete-all", NULL, delete_all_action);
  gtk_widget_class_install_action (widget_class, "diary.undo", NULL, undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "diary.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "diary.next-day", NULL);

  g_type_ensure (MG_TYPE_FORM_ROW);
}

static void
mg_diary_page_init (MgDiaryPage *self)
{
  GtkEditable *note;

  gtk_widget_init_template (GTK_WIDGET (self));

  mg_button_row_wrap_title (self->delete_row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  for (guint i = 0; i < G_N_ELEMENTS (self->headings); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->headings[i]), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  /* A row with a control is one Tab stop, its control's. */
  gtk_widget_set_focusable (self->amount_row, FALSE);
  gtk_widget_set_focusable (self->taken_row, FALSE);
  for (int s = 0; s < MG_DIARY_N_SYMPTOMS; s++) {
    /* A mark at each score, the ends and the middle numbered. */
    for (int mark = 0; mark <= MG_DIARY_SCORE_MAX; mark++) {
      g_autofree char *number = g_strdup_printf ("%d", mark);

      gtk_scale_add_mark (self->scales[s], mark, GTK_POS_BOTTOM,
                          mark % (MG_DIARY_SCORE_MAX / 2) == 0 ? number : NULL);
    }
    /* The question names its scale; the ends of the scale describe it. */
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->scales[s]),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->questions[s], NULL,
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->anchors[s], NULL,
                                    -1);
  }

  note = gtk_editable_get_delegate (GTK_EDITABLE (self->note_row));
  if (GTK_IS_TEXT (note))
    gtk_text_set_max_length (GTK_TEXT (note), MG_DIARY_NOTE_MAX_CHARS);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.undo", FALSE);
}

/**
 * mg_diary_page_new:
 * @profile: the dose guide's answers
 *
 * Returns: the diary, kept in the user's data directory, today by the local time
 */
GtkWidget *
mg_diary_page_new (MgDoseProfile *profile)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);

  return g_object_new (MG_TYPE_DIARY_PAGE, "profile", profile, NULL);
}

/**
 * mg_diary_page_new_with_store:
 * @clock: (nullable): the clock @store was given, which says which day is
 *   today; %NULL for the local time
 */
GtkWidget *
mg_diary_page_new_with_store (MgDoseProfile      *profile,
                              MgDiaryStore       *store,
                              const MgStoreClock *clock,
                              gpointer            clock_data)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), NULL);
  g_return_val_if_fail (MG_IS_DIARY_STORE (store), NULL);

  return g_object_new (MG_TYPE_DIARY_PAGE, "profile", profile, "store", store,
                       "clock", clock, "clock-data", clock_data, NULL);
}

MgDiaryStore *
mg_diary_page_get_store (MgDiaryPage *self)
{
  g_return_val_if_fail (MG_IS_DIARY_PAGE (self), NULL);

  return self->store;
}

const char *
mg_diary_page_get_day (MgDiaryPage *self)
{
  g_return_val_if_fail (MG_IS_DIARY_PAGE (self), NULL);

  return self->day;
}

/**
 * mg_diary_page_set_day:
 * @day: YYYY-MM-DD, today or before
 *
 * Shows @day's entry, to fill in or correct.
 */
void
mg_diary_page_set_day (MgDiaryPage *self,
                       const char  *day)
{
  g_return_if_fail (MG_IS_DIARY_PAGE (self));
  g_return_if_fail (mg_date_parse_iso (day, NULL));

  if (self->today == NULL || g_strcmp0 (day, self->today) > 0)
    return;
  show_day (self, day);
}
