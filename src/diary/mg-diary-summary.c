/* mg-diary-summary.c: the symptom diary on one page for the doctor
 *
 * A summary of its own rather than a section of the dose guide's: the
 * diary is kept whether or not the dose guide was answered, and its chart,
 * words and weekly table fill a page. Drawn as the dose guide's summary is,
 * from text and the chart's own drawing code, so that it prints sharp and
 * its text can be searched and copied.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-diary-summary"

#include "config.h"

#include <pango/pangocairo.h>

#include "mg-diary-chart.h"
#include "mg-diary-stats.h"
#include "mg-diary-summary.h"
#include "mg-diary-words.h"
#include "mg-i18n.h"

/* Font sizes in points, tried from the first until the page holds it all. */
#define LARGEST_FONT  10.0
#define SMALLEST_FONT 5.0
#define FONT_STEP     0.5
/* The plot's height, in lines of text. */
#define PLOT_LINES    7

typedef struct {
  cairo_t           *cr;
  PangoContext      *context;
  const MgTrialPlan *plan;
  GPtrArray         *entries;
  MgDiarySymptom     symptoms[MG_DIARY_N_SYMPTOMS];
  guint              n_symptoms;
  double             width;
  double             font_size;
  double             y;
  gboolean           draw;
} Page;

const char *
mg_diary_summary_title (void)
{
  return _("Symptom Diary: a Summary for Your Doctor");
}

/* A paragraph of @markup across the page, @space_before lines under the last. */
static void
add_markup (Page       *page,
            const char *markup,
            double      space_before)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (page->context);
  int height;

  pango_layout_set_width (layout, (int) (page->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (page->font_size * 0.15 * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  page->y += space_before * page->font_size * 1.3;
  if (page->draw) {
    cairo_move_to (page->cr, 0, page->y);
    pango_cairo_show_layout (page->cr, layout);
  }
  pango_layout_get_size (layout, NULL, &height);
  page->y += (double) height / PANGO_SCALE;
}

typedef enum {
  STYLE_PLAIN,
  STYLE_BOLD,
  STYLE_SMALL_ITALIC,
} Style;

static void
add_text (Page       *page,
          Style       style,
          const char *text,
          double      space_before)
{
  g_autofree char *markup = style == STYLE_BOLD ? g_markup_printf_escaped ("<b>%s</b>", text) :
                            style == STYLE_SMALL_ITALIC ?
                            g_markup_printf_escaped ("<span size=\"small\"><i>%s</i></span>", text) :
                            g_markup_escape_text (text, -1);

  add_markup (page, markup, space_before);
}

static void
add_chart (Page           *page,
           MgDiarySymptom  symptom)
{
  /* On paper: black text, a blue that prints dark enough in grey too. */
  static const MgDiaryChartColors colors = {
    .text = { 0, 0, 0, 1 },
    .accent = { 0.11, 0.37, 0.73, 1 },
    .shade = 1.5,
    .dots = 0.8,
  };
  double plot = page->font_size * 1.3 * PLOT_LINES;

  page->y += page->font_size * 0.5;
  if (page->draw) {
    cairo_save (page->cr);
    cairo_translate (page->cr, 0, page->y);
    page->y += mg_diary_chart_draw (page->cr, page->context, &colors, page->plan, page->entries, symptom,
                                    page->width, plot);
    cairo_restore (page->cr);
    cairo_set_source_rgb (page->cr, 0, 0, 0);
  } else {
    page->y += mg_diary_chart_measure_height (page->context, page->plan, page->width, plot);
  }
}

static void
add_symptom (Page           *page,
             MgDiarySymptom  symptom)
{
  MgDiaryComparison comparison;
  g_autofree char *words = NULL;

  mg_diary_compare (page->plan, page->entries, symptom, &comparison);
  words = mg_diary_describe_result (&comparison);
  add_text (page, STYLE_BOLD, mg_diary_symptom_name (symptom), 0.8);
  add_text (page, STYLE_PLAIN, words, 0.2);
  add_chart (page, symptom);
}

static void
append_cell (GString    *markup,
             const char *text,
             gboolean    first)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (markup, "%s%s", first ? "" : "\t", escaped);
}

/* Week, phase, the median of each symptom and the days recorded: one line
 * a week, in columns. */
static void
add_table (Page *page)
{
  g_autoptr(GArray) weeks = mg_diary_dup_weeks (page->plan, page->entries);
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new (0, TRUE);
  g_autoptr(GString) markup = g_string_new ("<b>");
  g_autoptr(PangoLayout) layout = pango_layout_new (page->context);
  guint n_columns = page->n_symptoms + 3;
  int height;

  append_cell (markup, C_("diary table", "Week"), TRUE);
  append_cell (markup, C_("diary table", "Phase"), FALSE);
  for (guint s = 0; s < page->n_symptoms; s++)
    append_cell (markup, mg_diary_symptom_name (page->symptoms[s]), FALSE);
  append_cell (markup, C_("diary table", "Days recorded"), FALSE);
  g_string_append (markup, "</b>");
  for (guint w = 0; w < weeks->len; w++) {
    const MgDiaryWeek *week = &g_array_index (weeks, MgDiaryWeek, w);
    g_autofree char *number = g_strdup_printf ("%u", week->week);
    g_autofree char *days = g_strdup_printf ("%u", week->days_recorded);

    g_string_append_c (markup, '\n');
    append_cell (markup, number, TRUE);
    append_cell (markup, mg_diary_phase_name (week->phase), FALSE);
    for (guint s = 0; s < page->n_symptoms; s++) {
      g_autofree char *median = mg_diary_format_score (week->medians[page->symptoms[s]].median);

      append_cell (markup, median, FALSE);
    }
    append_cell (markup, days, FALSE);
  }

  /* The week number narrow, the phase wider, the numbers evenly after. */
  pango_tab_array_resize (tabs, (int) n_columns - 1);
  pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, (int) (page->width * 0.08));
  for (guint c = 2; c < n_columns; c++)
    pango_tab_array_set_tab (tabs, (int) c - 1, PANGO_TAB_LEFT,
                             (int) (page->width * (0.3 + 0.7 * (c - 2) / (n_columns - 2))));
  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_markup (layout, markup->str, -1);

  add_text (page, STYLE_BOLD, C_("diary summary", "Week by Week"), 0.8);
  page->y += page->font_size * 0.3;
  if (page->draw) {
    cairo_move_to (page->cr, 0, page->y);
    pango_cairo_show_layout (page->cr, layout);
  }
  pango_layout_get_size (layout, NULL, &height);
  page->y += (double) height / PANGO_SCALE;
}

static void
add_title (Page       *page,
           const char *date)
{
  g_autofree char *start = mg_trial_plan_dup_start (page->plan);
  g_autofree char *start_date = start != NULL ? mg_i18n_format_date (start) : NULL;
  /* Translators: %s is a date, as in “22 November 2026” */
  g_autofree char *made = g_strdup_printf (_("Made with Magnesium Guide on %s."), date);
  /* Translators: %s is a date, as in “22 November 2026” */
  g_autofree char *started = g_strdup_printf (_("The diary’s plan started on %s."),
                                              start_date != NULL ? start_date : "–");
  g_autofree char *markup = g_markup_printf_escaped ("<span size=\"xx-large\" weight=\"bold\">%s</span>\n%s %s",
                                                     mg_diary_summary_title (), made, started);

  add_markup (page, markup, 0);
}

static double
lay_out (Page       *page,
         const char *date,
         const char *disclaimer)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (page->font_size * PANGO_SCALE));
  pango_context_set_font_description (page->context, font);
  page->y = 0;

  add_title (page, date);
  for (guint s = 0; s < page->n_symptoms; s++)
    add_symptom (page, page->symptoms[s]);
  add_table (page);
  add_text (page, STYLE_BOLD, _("What Else Can Explain a Change"), 0.8);
  add_text (page, STYLE_PLAIN, mg_diary_what_else (), 0.2);
  add_text (page, STYLE_SMALL_ITALIC, disclaimer, 1.0);

  return page->y;
}

/**
 * mg_diary_summary_draw:
 * @entries: (element-type MgDiaryEntry): the diary's days
 * @tracks: what the person chose to record
 * @date: today, as people read it
 * @disclaimer: the full disclaimer
 * @cr: a context measured in points
 *
 * Draws the summary inside @width × @height, in a smaller font when that
 * is what it takes to keep it on one page.
 */
void
mg_diary_summary_draw (const MgTrialPlan *plan,
                       GPtrArray         *entries,
                       MgDiaryTracks      tracks,
                       const char        *date,
                       const char        *disclaimer,
                       cairo_t           *cr,
                       double             width,
                       double             height)
{
  PangoContext *context;
  Page page = { .cr = cr, .plan = plan, .entries = entries, .width = width, .font_size = LARGEST_FONT };

  g_return_if_fail (plan != NULL && entries != NULL);
  g_return_if_fail (date != NULL && disclaimer != NULL);
  g_return_if_fail (cr != NULL);

  context = pango_cairo_create_context (cr);
  /* The page is measured in points: one unit, one point. */
  pango_cairo_context_set_resolution (context, 72);
  page.context = context;
  page.n_symptoms = mg_diary_shown_symptoms (tracks, plan, entries, page.symptoms);

  while (page.font_size > SMALLEST_FONT && lay_out (&page, date, disclaimer) > height)
    page.font_size -= FONT_STEP;

  page.draw = TRUE;
  cairo_set_source_rgb (cr, 0, 0, 0);
  lay_out (&page, date, disclaimer);
  g_object_unref (context);
}
