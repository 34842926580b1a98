/* mg-diary-chart.c: one symptom's daily scores and weekly medians, phase by phase
 *
 * One drawing function, on cairo, draws the chart on the screen (through
 * gtk_snapshot_append_cairo) and in the summary for the doctor, so that the
 * two cannot differ.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-chart"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <pango/pangocairo.h>

#include "mg-chart-style.h"
#include "mg-diary-chart.h"
#include "mg-diary-stats.h"
#include "mg-diary-words.h"
#include "mg-i18n.h"

#define PLOT_HEIGHT   160  /* pixels, on the screen */
#define DOT_RADIUS    2.5
#define MEDIAN_RADIUS 3.5
#define LINE_WIDTH    2.5
#define HATCH_GAP     6
#define SWATCH        12
#define GAP           6
#define ITEM_GAP      14

typedef enum {
  KEY_BASELINE,
  KEY_MAGNESIUM,
  KEY_LATE,
  KEY_WASHOUT,
  KEY_DAILY,
  KEY_WEEKLY,
  N_KEYS
} Key;

struct _MgDiaryChart {
  GtkWidget       parent_instance;

  MgDiarySymptom  symptom;
  MgTrialPlan    *plan;
  GPtrArray      *entries;  /* of MgDiaryEntry */
  char           *description;
};

G_DEFINE_FINAL_TYPE (MgDiaryChart, mg_diary_chart, GTK_TYPE_WIDGET)

static guint
plan_days (const MgTrialPlan *plan)
{
  return MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS +
         (mg_trial_plan_get_washout (plan) ? MG_TRIAL_WASHOUT_DAYS : 0);
}

/* Where the plot goes, in the units of the cairo context. */
typedef struct {
  double left, top, width, height;
  guint  days;
  double line;  /* the height of a line of text */
} Geometry;

static double
day_x (const Geometry *g,
       double          day)
{
  return g->left + (day - 1) / g->days * g->width;
}

static double
score_y (const Geometry *g,
         double          score)
{
  return g->top + g->height * (1 - score / MG_DIARY_SCORE_MAX);
}

static PangoLayout *
small_layout (PangoContext *context,
              const char   *text)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
text_size (PangoContext *context,
           const char   *text,
           double       *width,
           double       *height)
{
  g_autoptr(PangoLayout) layout = small_layout (context, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* Draws @text with its left edge at @x, or right edge with @align_right,
 * its middle at @y. */
static void
draw_text (cairo_t       *cr,
           PangoContext  *context,
           const char    *text,
           double         x,
           double         y,
           gboolean       align_right)
{
  g_autoptr(PangoLayout) layout = small_layout (context, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, align_right ? x - w : x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, MIN (1.0, color->alpha * alpha));
}

static void
fill_band (cairo_t        *cr,
           const Geometry *g,
           guint           first_day,
           guint           last_day)
{
  cairo_rectangle (cr, day_x (g, first_day), g->top, day_x (g, last_day + 1) - day_x (g, first_day), g->height);
  cairo_fill (cr);
}

/* Diagonal lines, so that the phase after stopping is told from the one
 * before by more than its place. */
static void
hatch_band (cairo_t        *cr,
            const Geometry *g,
            double          x0,
            double          x1,
            double          y0,
            double          y1)
{
  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (cr);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; x0 - (y1 - y0) + i * HATCH_GAP < x1; i++) {
    double x = x0 - (y1 - y0) + i * HATCH_GAP;

    cairo_move_to (cr, x, y1);
    cairo_line_to (cr, x + (y1 - y0), y0);
  }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_phases (cairo_t                  *cr,
             const Geometry           *g,
             const MgDiaryChartColors *colors,
             const MgTrialPlan        *plan)
{
  guint magnesium_first = MG_TRIAL_BASELINE_DAYS + 1;
  guint late_first = MG_TRIAL_BASELINE_DAYS + (MG_DIARY_LATE_FIRST_WEEK - 1) * 7 + 1;
  guint magnesium_last = MG_TRIAL_BASELINE_DAYS + MG_TRIAL_MAGNESIUM_DAYS;

  set_color (cr, &colors->text, 0.07 * colors->shade);
  fill_band (cr, g, 1, MG_TRIAL_BASELINE_DAYS);
  set_color (cr, &colors->accent, 0.12 * colors->shade);
  fill_band (cr, g, magnesium_first, late_first - 1);
  set_color (cr, &colors->accent, 0.26 * colors->shade);
  fill_band (cr, g, late_first, magnesium_last);
  if (mg_trial_plan_get_washout (plan)) {
    set_color (cr, &colors->text, 0.22 * colors->shade);
    hatch_band (cr, g, day_x (g, magnesium_last + 1), day_x (g, g->days + 1), g->top, g->top + g->height);
  }
}

static void
draw_grid (cairo_t                  *cr,
           PangoContext             *context,
           const Geometry           *g,
           const MgDiaryChartColors *colors)
{
  for (int score = 0; score <= MG_DIARY_SCORE_MAX; score += MG_DIARY_SCORE_MAX / 2) {
    g_autofree char *label = mg_diary_format_score (score);
    double y = round (score_y (g, score)) + 0.5;

    set_color (cr, &colors->text, score == 0 ? 0.5 : 0.2);
    cairo_set_line_width (cr, 1);
    cairo_move_to (cr, g->left, y);
    cairo_line_to (cr, g->left + g->width, y);
    cairo_stroke (cr);
    set_color (cr, &colors->text, 0.8);
    draw_text (cr, context, label, g->left - GAP, y, TRUE);
  }
}

static void
draw_dot (cairo_t *cr,
          double   x,
          double   y,
          double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_scores (cairo_t                  *cr,
             const Geometry           *g,
             const MgDiaryChartColors *colors,
             const MgTrialPlan        *plan,
             GPtrArray                *entries,
             MgDiarySymptom            symptom)
{
  g_autoptr(GArray) scores = mg_diary_dup_scores (plan, entries, symptom);

  set_color (cr, &colors->accent, colors->dots);
  for (guint i = 0; i < scores->len; i++) {
    const MgDiaryScore *score = &g_array_index (scores, MgDiaryScore, i);

    if (score->plan_day >= 1 && score->plan_day <= g->days)
      draw_dot (cr, day_x (g, score->plan_day + 0.5), score_y (g, score->score), DOT_RADIUS);
  }
}

/* The weekly medians joined by a line, broken where a week has none. */
static void
draw_medians (cairo_t                  *cr,
              const Geometry           *g,
              const MgDiaryChartColors *colors,
              GArray                   *weeks,
              MgDiarySymptom            symptom)
{
  gboolean joined = FALSE;

  set_color (cr, &colors->accent, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryMedian *median = &g_array_index (weeks, MgDiaryWeek, w).medians[symptom];
    double x = day_x (g, w * 7 + 4.5), y;

    if (median->days == 0) {
      joined = FALSE;
      continue;
    }
    y = score_y (g, median->median);
    if (joined)
      cairo_line_to (cr, x, y);
    else
      cairo_move_to (cr, x, y);
    joined = TRUE;
  }
  cairo_stroke (cr);

  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryMedian *median = &g_array_index (weeks, MgDiaryWeek, w).medians[symptom];

    if (median->days > 0)
      draw_dot (cr, day_x (g, w * 7 + 4.5), score_y (g, median->median), MEDIAN_RADIUS);
  }
}

/* The week numbers under the plot: every one that fits, from the first. */
static void
draw_weeks (cairo_t                  *cr,
            PangoContext             *context,
            const Geometry           *g,
            const MgDiaryChartColors *colors)
{
  guint n_weeks = g->days / 7;
  double spacing = g->width / MAX (n_weeks, 1);
  double widest;
  guint every;
  double y = g->top + g->height + GAP / 2.0 + g->line / 2;

  text_size (context, "88", &widest, NULL);
  every = (guint) ceil ((widest + GAP) / spacing);
  set_color (cr, &colors->text, 0.8);
  for (guint w = 0; w < n_weeks; w += MAX (every, 1)) {
    g_autofree char *number = g_strdup_printf ("%u", w + 1);
    double number_width;

    text_size (context, number, &number_width, NULL);
    draw_text (cr, context, number, day_x (g, w * 7 + 4.5) - number_width / 2, y, FALSE);
  }
  /* Translators: under the week numbers of the symptom diary's chart */
  draw_text (cr, context, _("Week of the plan"), g->left, y + g->line, FALSE);
}

static const char *
key_label (Key key)
{
  switch (key) {
  case KEY_BASELINE:
    return mg_diary_phase_name (MG_TRIAL_PHASE_BASELINE);
  case KEY_MAGNESIUM:
    return mg_diary_phase_name (MG_TRIAL_PHASE_MAGNESIUM);
  case KEY_LATE:
    /* Translators: the key to the darker part of the magnesium phase in the
     * symptom diary's chart: its second month, which the result compares */
    return _("Weeks compared");
  case KEY_WASHOUT:
    return mg_diary_phase_name (MG_TRIAL_PHASE_WASHOUT);
  case KEY_DAILY:
    /* Translators: the key to the dots of the symptom diary's chart */
    return _("Daily score");
  case KEY_WEEKLY:
    /* Translators: the key to the line of the symptom diary's chart */
    return _("Weekly median");
  case N_KEYS:
  default:
    g_assert_not_reached ();
  }
}

static void
draw_swatch (cairo_t                  *cr,
             const MgDiaryChartColors *colors,
             Key                       key,
             double                    x,
             double                    y,
             double                    size)
{
  Geometry g = { .left = x, .top = y, .width = size, .height = size, .days = 1 };

  switch (key) {
  case KEY_BASELINE:
    set_color (cr, &colors->text, 0.07 * colors->shade);
    fill_band (cr, &g, 1, 1);
    break;
  case KEY_MAGNESIUM:
    set_color (cr, &colors->accent, 0.12 * colors->shade);
    fill_band (cr, &g, 1, 1);
    break;
  case KEY_LATE:
    set_color (cr, &colors->accent, 0.26 * colors->shade);
    fill_band (cr, &g, 1, 1);
    break;
  case KEY_WASHOUT:
    set_color (cr, &colors->text, 0.22 * colors->shade);
    hatch_band (cr, &g, x, x + size, y, y + size);
    break;
  case KEY_DAILY:
    set_color (cr, &colors->accent, colors->dots);
    draw_dot (cr, x + size / 2, y + size / 2, DOT_RADIUS);
    break;
  case KEY_WEEKLY:
    set_color (cr, &colors->accent, 1);
    cairo_set_line_width (cr, LINE_WIDTH);
    cairo_move_to (cr, x, y + size / 2);
    cairo_line_to (cr, x + size, y + size / 2);
    cairo_stroke (cr);
    break;
  case N_KEYS:
  default:
    g_assert_not_reached ();
  }
}

/* Lays the key out in lines across @width from @top, drawing it when @cr
 * is given. Returns its height. */
static double
lay_out_key (cairo_t                  *cr,
             PangoContext             *context,
             const MgDiaryChartColors *colors,
             const MgTrialPlan        *plan,
             double                    width,
             double                    top)
{
  double x = 0, y = top, line, swatch;

  text_size (context, "Ag", NULL, &line);
  /* The swatches grow with the text, as larger text is read from further. */
  swatch = MAX (SWATCH, round (line * 0.75));
  line = MAX (line, swatch);
  for (Key key = 0; key < N_KEYS; key++) {
    double text_width, item_width;

    if (key == KEY_WASHOUT && !mg_trial_plan_get_washout (plan))
      continue;
    text_size (context, key_label (key), &text_width, NULL);
    item_width = swatch + GAP + text_width;
    if (x > 0 && x + item_width > width) {
      x = 0;
      y += line + GAP / 2.0;
    }
    if (cr != NULL) {
      draw_swatch (cr, colors, key, x, y + (line - swatch) / 2, swatch);
      set_color (cr, &colors->text, 0.8);
      draw_text (cr, context, key_label (key), x + swatch + GAP, y + line / 2, FALSE);
    }
    x += item_width + ITEM_GAP;
  }

  return y + line - top;
}

static void
geometry_init (Geometry          *g,
               PangoContext      *context,
               const MgTrialPlan *plan,
               double             width,
               double             plot_height)
{
  double label_width;

  text_size (context, "10", &label_width, &g->line);
  g->left = label_width + GAP;
  g->top = g->line / 2;
  g->width = MAX (width - g->left - DOT_RADIUS, 1);
  g->height = plot_height;
  g->days = plan_days (plan);
}

/**
 * mg_diary_chart_measure_height:
 *
 * Returns: the height mg_diary_chart_draw () takes at @width
 */
double
mg_diary_chart_measure_height (PangoContext      *context,
                               const MgTrialPlan *plan,
                               double             width,
                               double             plot_height)
{
  Geometry g;
  double key_top;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (plan != NULL, 0);

  geometry_init (&g, context, plan, width, plot_height);
  key_top = g.top + g.height + GAP + 2 * g.line + GAP;

  return key_top + lay_out_key (NULL, context, NULL, plan, width, key_top);
}

/**
 * mg_diary_chart_draw:
 * @context: the context of the text, with the font and resolution wanted
 * @entries: (element-type MgDiaryEntry)
 * @plot_height: the height of the plot itself, without labels and key
 *
 * Draws @symptom's chart at the origin of @cr, across @width.
 *
 * Returns: the height used
 */
double
mg_diary_chart_draw (cairo_t                  *cr,
                     PangoContext             *context,
                     const MgDiaryChartColors *colors,
                     const MgTrialPlan        *plan,
                     GPtrArray                *entries,
                     MgDiarySymptom            symptom,
                     double                    width,
                     double                    plot_height)
{
  g_autoptr(GArray) weeks = NULL;
  Geometry g;
  double key_top;

  g_return_val_if_fail (cr != NULL && PANGO_IS_CONTEXT (context) && colors != NULL, 0);
  g_return_val_if_fail (plan != NULL && entries != NULL, 0);
  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, 0);

  geometry_init (&g, context, plan, width, plot_height);
  weeks = mg_diary_dup_weeks (plan, entries);

  cairo_save (cr);
  draw_phases (cr, &g, colors, plan);
  draw_grid (cr, context, &g, colors);
  draw_scores (cr, &g, colors, plan, entries, symptom);
  draw_medians (cr, &g, colors, weeks, symptom);
  draw_weeks (cr, context, &g, colors);
  key_top = g.top + g.height + GAP + 2 * g.line + GAP;
  key_top += lay_out_key (cr, context, colors, plan, width, key_top);
  cairo_restore (cr);

  return key_top;
}

/* The chart as text, one line a week: what a screen reader reads. */
static void
update_accessible (MgDiaryChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *label = NULL;

  /* Translators: what a screen reader calls the symptom diary's chart, as
   * in “Restless legs, week by week” */
  label = g_strdup_printf (_("%s, week by week"), mg_diary_symptom_name (self->symptom));
  weeks = mg_diary_dup_weeks (self->plan, self->entries);
  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryWeek *week = &g_array_index (weeks, MgDiaryWeek, w);
    const MgDiaryMedian *median = &week->medians[self->symptom];
    g_autofree char *value = mg_diary_format_score (median->median);
    g_autofree char *line = NULL;

    if (median->days == 0)
      /* Translators: one week of the symptom diary's chart for a screen
       * reader: %1$u the week of the plan, %2$s its phase, as in
       * “Week 3, With magnesium: no scores” */
      line = g_strdup_printf (_("Week %1$u, %2$s: no scores"), week->week, mg_diary_phase_name (week->phase));
    else
      /* Translators: one week of the symptom diary's chart for a screen
       * reader, as in “Week 3, With magnesium: median 4.5 of 10, from 7
       * days”: %1$u the week of the plan, %2$s its phase, %3$s the median
       * score, %4$d the top of the scale, %5$u the days with a score */
      line = g_strdup_printf (mg_i18n_ngettext ("Week %1$u, %2$s: median %3$s of %4$d, from %5$u day",
                                                "Week %1$u, %2$s: median %3$s of %4$d, from %5$u days",
                                                median->days),
                              week->week, mg_diary_phase_name (week->phase), value, MG_DIARY_SCORE_MAX, median->days);
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
  }

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
screen_colors (GtkWidget          *widget,
               MgDiaryChartColors *colors)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (manager);

  gtk_widget_get_color (widget, &colors->text);
  colors->accent = *accent;
  colors->shade = adw_style_manager_get_high_contrast (manager) ? 2 : 1;
  colors->dots = adw_style_manager_get_high_contrast (manager) || adw_style_manager_get_dark (manager) ? 0.85 : 0.6;
  gdk_rgba_free (accent);
}

static void
mg_diary_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MgDiaryChart *self = MG_DIARY_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  MgDiaryChartColors colors;
  cairo_t *cr;

  screen_colors (widget, &colors);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mg_diary_chart_draw (cr, gtk_widget_get_pango_context (widget), &colors, self->plan, self->entries,
                       self->symptom, width, PLOT_HEIGHT);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
mg_diary_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_diary_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  MgDiaryChart *self = MG_DIARY_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    /* Three pixels a day still show every score apart. */
    *minimum = 240;
    *natural = 640;
    return;
  }

  *minimum = *natural = (int) ceil (mg_diary_chart_measure_height (gtk_widget_get_pango_context (widget),
                                                                   self->plan, for_size < 0 ? 640 : for_size,
                                                                   PLOT_HEIGHT));
}

static void
mg_diary_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (mg_diary_chart_parent_class)->root (widget);
  mg_chart_style_follow (widget);
}

static void
mg_diary_chart_unroot (GtkWidget *widget)
{
  mg_chart_style_unfollow (widget);
  GTK_WIDGET_CLASS (mg_diary_chart_parent_class)->unroot (widget);
}

static void
mg_diary_chart_finalize (GObject *object)
{
  MgDiaryChart *self = MG_DIARY_CHART (object);

  mg_trial_plan_free (self->plan);
  g_ptr_array_unref (self->entries);
  g_free (self->description);

  G_OBJECT_CLASS (mg_diary_chart_parent_class)->finalize (object);
}

static void
mg_diary_chart_class_init (MgDiaryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mg_diary_chart_finalize;
  widget_class->snapshot = mg_diary_chart_snapshot;
  widget_class->get_request_mode = mg_diary_chart_get_request_mode;
  widget_class->measure = mg_diary_chart_measure;
  widget_class->root = mg_diary_chart_root;
  widget_class->unroot = mg_diary_chart_unroot;

  gtk_widget_class_set_css_name (widget_class, "diarychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mg_diary_chart_init (MgDiaryChart *self)
{
  self->plan = mg_trial_plan_new ();
  self->entries = g_ptr_array_new ();
}

GtkWidget *
mg_diary_chart_new (MgDiarySymptom symptom)
{
  MgDiaryChart *self;

  g_return_val_if_fail (symptom < MG_DIARY_N_SYMPTOMS, NULL);

  self = g_object_new (MG_TYPE_DIARY_CHART, NULL);
  self->symptom = symptom;
  update_accessible (self);

  return GTK_WIDGET (self);
}

/**
 * mg_diary_chart_set_diary:
 * @entries: (element-type MgDiaryEntry): the diary's days, kept
 */
void
mg_diary_chart_set_diary (MgDiaryChart      *self,
                          const MgTrialPlan *plan,
                          GPtrArray         *entries)
{
  g_return_if_fail (MG_IS_DIARY_CHART (self));
  g_return_if_fail (plan != NULL && entries != NULL);

  mg_trial_plan_free (self->plan);
  self->plan = mg_trial_plan_copy (plan);
  g_ptr_array_unref (self->entries);
  self->entries = g_ptr_array_ref (entries);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * mg_diary_chart_get_description:
 *
 * Returns: the chart as text, one line a week: what a screen reader reads
 */
const char *
mg_diary_chart_get_description (MgDiaryChart *self)
{
  g_return_val_if_fail (MG_IS_DIARY_CHART (self), NULL);

  return self->description;
}
