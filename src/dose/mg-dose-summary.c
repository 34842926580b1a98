/* mg-dose-summary.c: the one-page summary of the dose guide for a doctor
 *
 * Drawn from the words of the result, not from a picture of the page, so
 * that it prints sharp and its text can be searched and copied.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-dose-summary"

#include "config.h"

#include "mg-i18n.h"
#include <pango/pangocairo.h>

#include "mg-dose-summary.h"

/* Font sizes in points, tried from the first until the page holds it all. */
#define LARGEST_FONT  10.0
#define SMALLEST_FONT 5.5
#define FONT_STEP     0.5
/* Where the answers start in a two-column block, as a share of the width. */
#define COLUMN        0.36

typedef enum {
  BLOCK_FULL,     /* paragraphs across the page */
  BLOCK_COLUMNS,  /* "label\tanswer" lines, wrapped answers under the answer */
} BlockKind;

typedef struct {
  BlockKind  kind;
  double     space_before;  /* in lines */
  GString   *markup;
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_string_free (block->markup, TRUE);
  g_free (block);
}

static GString *
add_block (GPtrArray *blocks,
           BlockKind  kind,
           double     space_before)
{
  Block *block = g_new (Block, 1);

  block->kind = kind;
  block->space_before = space_before;
  block->markup = g_string_new (NULL);
  g_ptr_array_add (blocks, block);

  return block->markup;
}

static void
add_heading (GPtrArray  *blocks,
             const char *title)
{
  g_autofree char *markup = g_markup_printf_escaped ("<span size=\"large\" weight=\"bold\">%s</span>", title);

  g_string_append (add_block (blocks, BLOCK_FULL, 0.9), markup);
}

/* A label and an answer of one or more lines, each line in the answer column. */
static void
append_row (GString    *markup,
            const char *label,
            const char *bold,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autofree char *first = bold != NULL ? g_markup_printf_escaped ("%s\t<b>%s</b>", label, bold)
                                         : g_markup_printf_escaped ("%s\t", label);

  if (markup->len > 0)
    g_string_append_c (markup, '\n');
  g_string_append (markup, first);
  for (guint i = 0; lines[i] != NULL; i++) {
    g_autofree char *line = g_markup_escape_text (lines[i], -1);

    /* Without a figure in bold, the first line of text takes its place. */
    g_string_append_printf (markup, bold == NULL && i == 0 ? "%s" : "\n\t%s", line);
  }
}

static void
add_title (GPtrArray  *blocks,
           const char *date)
{
  GString *markup = add_block (blocks, BLOCK_FULL, 0);
  /* Translators: %s is a date, as in “22 November 2026” */
  g_autofree char *made = g_strdup_printf (_("Made with Magnesium Guide on %s."), date);
  g_autofree char *title = g_markup_printf_escaped ("<span size=\"xx-large\" weight=\"bold\">%s</span>\n%s %s",
                                                    mg_dose_text_heading (MG_DOSE_HEADING_SUMMARY), made,
                                                    _("Reference values with their sources, not a prescription."));

  g_string_append (markup, title);
}

/* A heading, then one row a line: a question and its answer, or a medicine
 * and what to do. */
static void
add_lines (GPtrArray       *blocks,
           MgDoseHeading    heading,
           const GPtrArray *lines)
{
  GString *markup;

  add_heading (blocks, mg_dose_text_heading (heading));
  markup = add_block (blocks, BLOCK_COLUMNS, 0.3);
  for (guint i = 0; i < lines->len; i++) {
    const MgDoseTextLine *line = g_ptr_array_index (lines, i);

    append_row (markup, line->label, NULL, line->text);
  }
}

static void
append_points (GString   *markup,
               GPtrArray *points)
{
  for (guint i = 0; i < points->len; i++) {
    g_autofree char *point = g_markup_printf_escaped ("\n• %s", (char *) g_ptr_array_index (points, i));

    g_string_append (markup, point);
  }
}

static void
add_verdict (GPtrArray        *blocks,
             const MgDoseText *text)
{
  GString *markup = add_block (blocks, BLOCK_FULL, 0.6);
  g_autofree char *verdict = g_markup_printf_escaped ("<b>%s</b>\n%s", text->verdict_title, text->verdict_text);

  g_string_append (markup, verdict);
  append_points (markup, text->cautions);
  append_points (markup, text->verdict_points);
}

static void
add_results (GPtrArray        *blocks,
             const MgDoseText *text)
{
  GString *markup;

  if (text->refusal != NULL) {
    g_autofree char *refusal = g_markup_escape_text (text->refusal, -1);

    add_heading (blocks, mg_dose_text_heading (MG_DOSE_HEADING_REFUSED));
    g_string_append (add_block (blocks, BLOCK_FULL, 0.3), refusal);
    return;
  }

  add_heading (blocks, mg_dose_text_heading (MG_DOSE_HEADING_RESULT));
  markup = add_block (blocks, BLOCK_COLUMNS, 0.3);
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++)
    append_row (markup, text->figures[i].title, text->figures[i].value, text->figures[i].detail);
  add_verdict (blocks, text);
}

static void
add_sources_and_disclaimer (GPtrArray        *blocks,
                            const MgDoseText *text,
                            const char       *disclaimer)
{
  g_autofree char *escaped = g_markup_escape_text (disclaimer, -1);

  if (text->sources->len > 0) {
    GString *markup;

    add_heading (blocks, mg_dose_text_heading (MG_DOSE_HEADING_SOURCES));
    markup = add_block (blocks, BLOCK_FULL, 0.3);
    g_string_append (markup, "<span size=\"small\">");
    for (guint i = 0; i < text->sources->len; i++) {
      g_autofree char *source = g_markup_escape_text (g_ptr_array_index (text->sources, i), -1);

      g_string_append_printf (markup, "%s%s", i > 0 ? "\n" : "", source);
    }
    g_string_append (markup, "</span>");
  }

  g_string_append_printf (add_block (blocks, BLOCK_FULL, 1.2), "<span size=\"small\"><i>%s</i></span>", escaped);
}

static PangoLayout *
block_layout (cairo_t     *cr,
              const Block *block,
              double       width,
              double       font_size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  /* The page is measured in points: one unit, one point. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_font_description_set_size (font, (int) (font_size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (font_size * 0.15 * PANGO_SCALE));

  if (block->kind == BLOCK_COLUMNS) {
    g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT,
                                                                        (int) (width * COLUMN));

    pango_layout_set_tabs (layout, tabs);
    pango_layout_set_indent (layout, (int) (-width * COLUMN * PANGO_SCALE));
  }
  pango_layout_set_markup (layout, block->markup->str, -1);

  return layout;
}

/* Lays the blocks out from the top; draws them too if @draw. Returns the height used. */
static double
lay_out (GPtrArray *blocks,
         cairo_t   *cr,
         double     width,
         double     font_size,
         gboolean   draw)
{
  double y = 0;

  for (guint i = 0; i < blocks->len; i++) {
    const Block *block = g_ptr_array_index (blocks, i);
    g_autoptr(PangoLayout) layout = block_layout (cr, block, width, font_size);
    int height;

    y += block->space_before * font_size * 1.3;
    if (draw) {
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, layout);
    }
    pango_layout_get_size (layout, NULL, &height);
    y += (double) height / PANGO_SCALE;
  }

  return y;
}

/* The product's name and form, one a line; %NULL when neither is known. */
static char *
product_lines (MgDoseProfile *profile)
{
  const char *name = mg_dose_profile_get_note (profile, MG_DOSE_NOTE_PRODUCT_NAME);
  GString *lines = g_string_new (name);
  guint form;

  g_object_get (profile, "form", &form, NULL);
  if (form != MG_FORM_UNKNOWN)
    g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", mg_dose_text_choice (MG_DOSE_CHOICE_FORM, form));

  return g_string_free (lines, lines->len == 0);
}

/* One reason a line; the other reason in the person's words where given. */
static char *
reason_lines (MgDoseProfile *profile)
{
  const char *names[] = {
    N_("Restless legs"), N_("Back pain"), N_("Muscle cramps"), N_("Another reason"),
  };
  const char *other = mg_dose_profile_get_note (profile, MG_DOSE_NOTE_OTHER_REASON);
  guint reasons = mg_dose_profile_get_reasons (profile);
  GString *lines = g_string_new (NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == MG_N_DOSE_REASONS);
  for (guint i = 0; i < MG_N_DOSE_REASONS; i++) {
    if (!(reasons & MG_DOSE_REASON_BIT (i)))
      continue;
    if (lines->len > 0)
      g_string_append_c (lines, '\n');
    g_string_append (lines, i == MG_DOSE_REASON_OTHER && *other != '\0' ? other : _(names[i]));
  }

  return g_string_free (lines, lines->len == 0);
}

static void
append_note (GString    *markup,
             const char *label,
             const char *text)
{
  if (text != NULL && *text != '\0')
    append_row (markup, label, NULL, text);
}

/* What the person brings to the appointment, in their words; a line only
 * for what they filled in, and nothing at all when they filled in nothing. */
static void
add_appointment (GPtrArray     *blocks,
                 MgDoseProfile *profile)
{
  g_autofree char *product = product_lines (profile);
  g_autofree char *reasons = reason_lines (profile);
  g_autofree char *since = NULL;
  const char *questions = mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS);
  g_autoptr(GString) markup = g_string_new (NULL);
  guint year, month;
  Block *block;

  if (mg_dose_since_parse (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_SINCE), &year, &month))
    since = mg_i18n_format_month (year, month);
  /* The product's form alone is among the answers already. */
  if (*mg_dose_profile_get_note (profile, MG_DOSE_NOTE_PRODUCT_NAME) != '\0')
    append_note (markup, C_("summary for the doctor", "Product"), product);
  append_note (markup, C_("summary for the doctor", "Reasons"), reasons);
  append_note (markup, C_("summary for the doctor", "Since"), since);
  append_note (markup, C_("summary for the doctor", "Questions"), questions);
  if (markup->len == 0)
    return;

  add_heading (blocks, _("For the Appointment"));
  block = g_new (Block, 1);
  block->kind = BLOCK_COLUMNS;
  block->space_before = 0.3;
  block->markup = g_steal_pointer (&markup);
  g_ptr_array_add (blocks, block);
}

static GPtrArray *
summary_blocks (MgDoseProfile    *profile,
                const MgDoseText *text,
                const char       *date,
                const char       *disclaimer)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);

  add_title (blocks, date);
  add_appointment (blocks, profile);
  add_lines (blocks, MG_DOSE_HEADING_ANSWERS, text->inputs);
  add_results (blocks, text);
  if (text->interactions->len > 0)
    add_lines (blocks, MG_DOSE_HEADING_INTERACTIONS, text->interactions);
  add_sources_and_disclaimer (blocks, text, disclaimer);

  return blocks;
}

/**
 * mg_dose_summary_draw:
 * @profile: the answers, which the result is worked out from
 * @date: today, as people read it
 * @disclaimer: the full disclaimer
 * @cr: a context measured in points
 *
 * Draws the summary inside @width × @height, in a smaller font when that
 * is what it takes to keep it on one page.
 *
 * Returns: whether it all fits inside, as the notes' limits keep it
 */
gboolean
mg_dose_summary_draw (MgDoseProfile *profile,
                      const char    *date,
                      const char    *disclaimer,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(MgDoseText) text = NULL;
  MgDoseInput input;
  double font_size = LARGEST_FONT;

  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (disclaimer != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  mg_dose_profile_get_input (profile, &input);
  text = mg_dose_text_new (&input);
  blocks = summary_blocks (profile, text, date, disclaimer);
  while (font_size > SMALLEST_FONT && lay_out (blocks, cr, width, font_size, FALSE) > height)
    font_size -= FONT_STEP;

  cairo_set_source_rgb (cr, 0, 0, 0);
  return lay_out (blocks, cr, width, font_size, TRUE) <= height;
}
