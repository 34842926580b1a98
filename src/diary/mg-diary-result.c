/* mg-diary-result.c: what the symptom diary shows, honestly, and its export for the doctor
 *
 * Follows the diary store: a chart or a table of each symptom the person
 * tracks, the result in words, and a summary to print or save and the
 * days as CSV for the doctor.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-result"

#include "config.h"

#include <string.h>

#include "mg-diary-chart.h"
#include "mg-diary-csv.h"
#include "mg-diary-result.h"
#include "mg-diary-stats.h"
#include "mg-diary-summary.h"
#include "mg-diary-words.h"
#include "mg-disclaimer.h"
#include "mg-export.h"
#include "mg-file-save.h"
#include "mg-i18n.h"
#include "mg-pdf-export.h"

struct _MgDiaryResult {
  AdwBin              parent_instance;

  MgDiaryStore       *store;
  MgTrialPlan        *plan;
  GPtrArray          *entries;

  AdwToastOverlay    *toasts;
  GtkLabel           *title_label;
  GtkWidget          *empty_label;
  GtkWidget          *content;
  GtkBox             *charts_box;
  GtkScrolledWindow  *table_scroller;
  GtkGrid            *week_table;
  GtkBox             *words_box;
  GtkLabel           *else_heading;
  GtkLabel           *else_label;

  GtkWidget          *chart_headings[MG_DIARY_N_SYMPTOMS];
  MgDiaryChart       *charts[MG_DIARY_N_SYMPTOMS];
  GtkWidget          *word_headings[MG_DIARY_N_SYMPTOMS];
  GtkLabel           *words[MG_DIARY_N_SYMPTOMS];
};

G_DEFINE_FINAL_TYPE (MgDiaryResult, mg_diary_result, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
heading_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A word wider than a phone at 200 % breaks rather than widen the page. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 4, -1);

  return label;
}

static GtkWidget *
cell (const char *text,
      const char *css_class,
      gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1 : 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  /* A long column name takes two lines rather than the table scrolling. */
  gtk_label_set_wrap (GTK_LABEL (label), g_strcmp0 (css_class, "heading") == 0);
  gtk_label_set_justify (GTK_LABEL (label), number ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
  if (number)
    gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
clear_table (MgDiaryResult *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->week_table))) != NULL)
    gtk_grid_remove (self->week_table, child);
}

/* The week, the median of each symptom shown and the days recorded, under
 * a line for each phase: narrow enough for a phone, and read in order. */
static void
fill_table (MgDiaryResult        *self,
            const MgDiarySymptom *symptoms,
            guint                 n_symptoms)
{
  g_autoptr(GArray) weeks = mg_diary_dup_weeks (self->plan, self->entries);
  int last = (int) n_symptoms + 1;
  int row = 1;

  clear_table (self);
  gtk_grid_attach (self->week_table, cell (C_("diary table", "Week"), "heading", FALSE), 0, 0, 1, 1);
  for (guint s = 0; s < n_symptoms; s++)
    gtk_grid_attach (self->week_table, cell (mg_diary_symptom_name (symptoms[s]), "heading", TRUE),
                     (int) s + 1, 0, 1, 1);
  gtk_grid_attach (self->week_table, cell (C_("diary table", "Days recorded"), "heading", TRUE), last, 0, 1, 1);

  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryWeek *week = &g_array_index (weeks, MgDiaryWeek, w);
    g_autofree char *number = g_strdup_printf ("%u", week->week);
    g_autofree char *days = g_strdup_printf ("%u", week->days_recorded);

    if (w == 0 || g_array_index (weeks, MgDiaryWeek, w - 1).phase != week->phase) {
      GtkWidget *phase = cell (mg_diary_phase_name (week->phase), "caption-heading", FALSE);

      gtk_widget_set_margin_top (phase, 6);
      gtk_grid_attach (self->week_table, phase, 0, row++, last + 1, 1);
    }
    gtk_grid_attach (self->week_table, cell (number, NULL, TRUE), 0, row, 1, 1);
    for (guint s = 0; s < n_symptoms; s++) {
      g_autofree char *median = mg_diary_format_score (week->medians[symptoms[s]].median);

      gtk_grid_attach (self->week_table, cell (median, NULL, TRUE), (int) s + 1, row, 1, 1);
    }
    gtk_grid_attach (self->week_table, cell (days, NULL, TRUE), last, row++, 1, 1);
  }
}

static void
show_symptom (MgDiaryResult  *self,
              MgDiarySymptom  symptom,
              gboolean        shown)
{
  gtk_widget_set_visible (self->chart_headings[symptom], shown);
  gtk_widget_set_visible (GTK_WIDGET (self->charts[symptom]), shown);
  gtk_widget_set_visible (self->word_headings[symptom], shown);
  gtk_widget_set_visible (GTK_WIDGET (self->words[symptom]), shown);
  if (!shown)
    return;

  {
    MgDiaryComparison comparison;
    g_autofree char *words = NULL;

    mg_diary_compare (self->plan, self->entries, symptom, &comparison);
    words = mg_diary_describe_result (&comparison);
    gtk_label_set_text (self->words[symptom], words);
    mg_diary_chart_set_diary (self->charts[symptom], self->plan, self->entries);
  }
}

static void
update (MgDiaryResult *self)
{
  MgDiarySymptom symptoms[MG_DIARY_N_SYMPTOMS];
  gboolean shown[MG_DIARY_N_SYMPTOMS] = { FALSE, };
  gboolean started;
  guint n;

  g_clear_pointer (&self->plan, mg_trial_plan_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->plan = mg_diary_store_dup_plan (self->store);
  self->entries = mg_diary_store_dup_entries (self->store);
  started = mg_trial_plan_is_started (self->plan);

  n = mg_diary_shown_symptoms (mg_diary_store_get_tracks (self->store), self->plan, self->entries, symptoms);
  for (guint i = 0; i < n; i++)
    shown[symptoms[i]] = TRUE;
  for (MgDiarySymptom s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    show_symptom (self, s, started && shown[s]);
  fill_table (self, symptoms, n);

  gtk_widget_set_visible (self->empty_label, !started);
  gtk_widget_set_visible (self->content, started);
  /* Something for the doctor only once there is something to see. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary-result.print", started && self->entries->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary-result.save-pdf", started && self->entries->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary-result.export-pdf", started && self->entries->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary-result.save-csv", self->entries->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary-result.export-csv", self->entries->len > 0);
}

/* Writes the days as CSV without asking anything: for the file chooser's
 * choice and the tests. */
static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDiaryResult *self = MG_DIARY_RESULT (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  char *csv = mg_diary_to_csv (self->plan, self->entries);
  g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));
  g_autoptr(GError) error = NULL;

  /* Whole or not at all; the error says in plain words what to do. */
  if (!mg_file_save (path, bytes, &error))
    mg_show_error (widget, _("The Diary Could Not Be Exported"), error->message);
  else
    mg_tell_saved (widget, self->toasts, _("Diary exported"), path, _("The File Could Not Be Opened"));
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
save_csv_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autofree char *date = today_iso ();
  /* Translators: the name proposed for the diary's CSV file; %s is today's
   * date as 2026-12-06. Keep it a file name: no slashes */
  g_autofree char *name = g_strdup_printf (_("symptom-diary-%s.csv"), date);
  MgSaveChoice choice = {
    .title = _("Export Diary as CSV"),
    .initial_name = name,
    .filter_name = _("CSV files"),
    .mime_type = "text/csv",
    .action = "diary-result.export-csv",
    .error_heading = _("The Diary Could Not Be Exported"),
  };

  mg_choose_save_file (widget, &choice);
}

static void
draw_summary (gpointer  user_data,
              cairo_t  *cr,
              double    width,
              double    height,
              guint     page)
{
  MgDiaryResult *self = user_data;
  g_autofree char *iso_date = today_iso ();
  g_autofree char *date = mg_i18n_format_date (iso_date);

  mg_diary_summary_draw (self->plan, self->entries, mg_diary_store_get_tracks (self->store), date,
                         mg_disclaimer_get_full_text (), cr, width, height);
}

static void
draw_page_cb (MgDiaryResult     *self,
              GtkPrintContext   *context,
              int                page_nr,
              GtkPrintOperation *operation)
{
  draw_summary (self, gtk_print_context_get_cairo_context (context),
                gtk_print_context_get_width (context), gtk_print_context_get_height (context), 0);
}

static GtkPrintOperation *
summary_operation (MgDiaryResult *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();

  mg_print_operation_set_title (operation, mg_diary_summary_title ());
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, G_CONNECT_SWAPPED);

  return operation;
}

static void
print_summary (GtkWidget *widget)
{
  g_autoptr(GtkPrintOperation) operation = summary_operation (MG_DIARY_RESULT (widget));

  mg_print_in_dialog (widget, operation, _("The Summary Could Not Be Printed"));
}

/* The summary is seen before it is printed or saved. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgPreview preview = {
    .title = mg_diary_summary_title (),
    .draw = draw_summary,
    .draw_data = widget,
    .print = print_summary,
    .save_action = "diary-result.save-pdf",
  };

  mg_present_preview (widget, &preview);
}

/* Writes the summary without asking anything: for the file chooser's
 * choice and the tests. */
static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MgDiaryResult *self = MG_DIARY_RESULT (widget);
  g_autoptr(GtkPrintOperation) operation = summary_operation (self);
  g_autoptr(GError) error = NULL;
  const char *path = g_variant_get_string (parameter, NULL);

  if (!mg_pdf_export (operation, GTK_WINDOW (gtk_widget_get_root (widget)), path, &error))
    mg_show_error (widget, _("The Summary Could Not Be Saved"), error->message);
  else
    mg_tell_saved (widget, self->toasts, _("Summary saved"), path, _("The Summary Could Not Be Opened"));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autofree char *name = g_strdup_printf ("%s.pdf", mg_diary_summary_title ());
  MgSaveChoice choice = {
    .title = _("Save Summary as PDF"),
    .initial_name = name,
    .filter_name = _("PDF documents"),
    .mime_type = "application/pdf",
    .action = "diary-result.export-pdf",
    .error_heading = _("The Summary Could Not Be Saved"),
  };

  mg_choose_save_file (widget, &choice);
}

static void
add_symptom (MgDiaryResult  *self,
             MgDiarySymptom  symptom)
{
  const char *name = mg_diary_symptom_name (symptom);
  GtkWidget *words = gtk_label_new (NULL);

  self->chart_headings[symptom] = heading_label (name, "heading");
  self->charts[symptom] = MG_DIARY_CHART (mg_diary_chart_new (symptom));
  gtk_box_append (self->charts_box, self->chart_headings[symptom]);
  gtk_box_append (self->charts_box, GTK_WIDGET (self->charts[symptom]));

  self->word_headings[symptom] = heading_label (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (words), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (words), FALSE);
  self->words[symptom] = GTK_LABEL (words);
  gtk_box_append (self->words_box, self->word_headings[symptom]);
  gtk_box_append (self->words_box, words);
}

static void
mg_diary_result_constructed (GObject *object)
{
  MgDiaryResult *self = MG_DIARY_RESULT (object);

  G_OBJECT_CLASS (mg_diary_result_parent_class)->constructed (object);

  g_assert (MG_IS_DIARY_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::plan", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::tracks", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/* The table scrolls sideways on a narrow window: then it is a Tab stop of
 * its own, and the arrow keys, Home and End move it, so a keyboard reaches
 * every column. */
static void
table_width_changed_cb (MgDiaryResult *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->table_scroller);
  gboolean scrolls = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) >
                     gtk_adjustment_get_page_size (adjustment) + 0.5;

  gtk_widget_set_focusable (GTK_WIDGET (self->table_scroller), scrolls);
}

static gboolean
scroll_table_cb (GtkWidget *scroller,
                 GVariant  *args,
                 gpointer   user_data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  int where = g_variant_get_int32 (args);
  double value = gtk_adjustment_get_value (adjustment);
  double step = MAX (gtk_adjustment_get_page_size (adjustment) / 3, 1);

  if (where == -2)
    value = gtk_adjustment_get_lower (adjustment);
  else if (where == 2)
    value = gtk_adjustment_get_upper (adjustment);
  else
    value += where * step;
  gtk_adjustment_set_value (adjustment, value);
  return TRUE;
}

static void
add_table_keys (MgDiaryResult *self)
{
  static const struct { guint key; int where; } keys[] = {
    { GDK_KEY_Left, -1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_Right, 1 }, { GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Home, -2 }, { GDK_KEY_KP_Home, -2 }, { GDK_KEY_End, 2 }, { GDK_KEY_KP_End, 2 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++) {
    GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                              gtk_callback_action_new (scroll_table_cb, NULL, NULL));

    gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (keys[i].where));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  }
  gtk_widget_add_controller (GTK_WIDGET (self->table_scroller), controller);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->table_scroller), "changed",
                           G_CALLBACK (table_width_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
mg_diary_result_dispose (GObject *object)
{
  MgDiaryResult *self = MG_DIARY_RESULT (object);

  /* AdwBin unparents the template’s only child itself. */
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mg_diary_result_parent_class)->dispose (object);
}

static void
mg_diary_result_finalize (GObject *object)
{
  MgDiaryResult *self = MG_DIARY_RESULT (object);

  g_clear_pointer (&self->plan, mg_trial_plan_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_diary_result_parent_class)->finalize (object);
}

static void
mg_diary_result_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgDiaryResult *self = MG_DIARY_RESULT (object);

  switch (prop_id) {
  case PROP_STORE:
    self->store = g_value_dup_object (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_diary_result_class_init (MgDiaryResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_diary_result_constructed;
  object_class->dispose = mg_diary_result_dispose;
  object_class->finalize = mg_diary_result_finalize;
  object_class->set_property = mg_diary_result_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MG_TYPE_DIARY_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/mgguide/MagnesiumGuide/ui/mg-diary-result.ui");
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, toasts);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, empty_label);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, content);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, charts_box);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, week_table);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, words_box);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, else_heading);
  gtk_widget_class_bind_template_child (widget_class, MgDiaryResult, else_label);

  gtk_widget_class_install_action (widget_class, "diary-result.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "diary-result.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "diary-result.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "diary-result.save-csv", NULL, save_csv_action);
  gtk_widget_class_install_action (widget_class, "diary-result.export-csv", "s", export_csv_action);

  gtk_widget_class_set_css_name (widget_class, "diaryresult");
}

static void
mg_diary_result_init (MgDiaryResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Under the diary page's title (level 2) and its sections (level 3). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->else_heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 4, -1);
  gtk_label_set_text (self->else_label, mg_diary_what_else ());
  add_table_keys (self);
  for (MgDiarySymptom s = 0; s < MG_DIARY_N_SYMPTOMS; s++)
    add_symptom (self, s);
}

/**
 * mg_diary_result_new:
 *
 * Returns: the result of the diary in @store, which it follows
 */
GtkWidget *
mg_diary_result_new (MgDiaryStore *store)
{
  g_return_val_if_fail (MG_IS_DIARY_STORE (store), NULL);

  return g_object_new (MG_TYPE_DIARY_RESULT, "store", store, NULL);
}
