/* mg-dose-summary.c: the summary of the dose guide for a doctor
 *
 * Drawn from the words of the result, not from a picture of the page, so
 * that it prints sharp and its text can be searched and copied. One page
 * in a smaller font while that holds it all; when it cannot (many
 * medicines and long notes), pages in a comfortable font, numbered, each
 * heading on the page of what it heads: never a line cut off.
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
/* The font of a summary of more than one page. */
#define PAGED_FONT    9.0
/* The room between the rows of a table, in lines: Pango's spacing of the
 * lines of one layout, so that a table of blocks looks like one. */
#define ROW_GAP       (0.15 / 1.3)
/* Where the answers start in a two-column block, as a share of the width. */
#define COLUMN        0.36

typedef enum {
  BLOCK_FULL,     /* paragraphs across the page */
  BLOCK_COLUMNS,  /* "label\tanswer" lines, wrapped answers under the answer */
} BlockKind;

typedef struct {
  BlockKind  kind;
  double     space_before;  /* in lines */
  gboolean   keep_with_next;
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
  block->keep_with_next = FALSE;
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
  ((Block *) g_ptr_array_index (blocks, blocks->len - 1))->keep_with_next = TRUE;
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
  add_heading (blocks, mg_dose_text_heading (heading));
  /* A block a row, so that a page can end between two rows. */
  for (guint i = 0; i < lines->len; i++) {
    const MgDoseTextLine *line = g_ptr_array_index (lines, i);

    append_row (add_block (blocks, BLOCK_COLUMNS, i == 0 ? 0.3 : ROW_GAP), line->label, NULL, line->text);
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
  if (text->refusal != NULL) {
    g_autofree char *refusal = g_markup_escape_text (text->refusal, -1);

    add_heading (blocks, mg_dose_text_heading (MG_DOSE_HEADING_REFUSED));
    g_string_append (add_block (blocks, BLOCK_FULL, 0.3), refusal);
    return;
  }

  add_heading (blocks, mg_dose_text_heading (MG_DOSE_HEADING_RESULT));
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++)
    append_row (add_block (blocks, BLOCK_COLUMNS, i == 0 ? 0.3 : ROW_GAP),
                text->figures[i].title, text->figures[i].value, text->figures[i].detail);
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

/* The height of @block, with the room above it unless it starts a page. */
static double
block_height (const Block *block,
              cairo_t     *cr,
              double       width,
              double       font_size,
              gboolean     first)
{
  g_autoptr(PangoLayout) layout = block_layout (cr, block, width, font_size);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (first ? 0 : block->space_before * font_size * 1.3) + (double) height / PANGO_SCALE;
}

/* Lays out blocks @from to @to (not included) from the top; draws them too
 * if @draw. Returns the height used. */
static double
lay_out (GPtrArray *blocks,
         guint      from,
         guint      to,
         cairo_t   *cr,
         double     width,
         double     font_size,
         gboolean   draw)
{
  double y = 0;

  for (guint i = from; i < to; i++) {
    const Block *block = g_ptr_array_index (blocks, i);
    g_autoptr(PangoLayout) layout = block_layout (cr, block, width, font_size);
    int height;

    if (i > from)
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

/* The room a page number takes at the foot of a page. */
static double
footer_height (double font_size)
{
  return font_size * 2.5;
}

/* The summary as pages: its blocks, the font and the first block of each
 * page, ending with the number of blocks. */
typedef struct {
  GPtrArray *blocks;
  double     font_size;
  GArray    *starts;
} Pages;

static void
pages_free (Pages *pages)
{
  g_ptr_array_unref (pages->blocks);
  g_array_unref (pages->starts);
  g_free (pages);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pages, pages_free)

static GPtrArray *summary_blocks (MgDoseProfile    *profile,
                                  const MgDoseText *text,
                                  const char       *date,
                                  const char       *disclaimer);

static Pages *
paginate (MgDoseProfile *profile,
          const char    *date,
          const char    *disclaimer,
          cairo_t       *cr,
          double         width,
          double         height)
{
  g_autoptr(MgDoseText) text = NULL;
  Pages *pages = g_new0 (Pages, 1);
  MgDoseInput input;
  double room, y = 0;
  guint first = 0, end;

  mg_dose_profile_get_input (profile, &input);
  text = mg_dose_text_new (&input);
  pages->blocks = summary_blocks (profile, text, date, disclaimer);
  pages->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (pages->starts, first);

  /* One page, in the largest font that holds it all. */
  for (guint step = 0; LARGEST_FONT - step * FONT_STEP >= SMALLEST_FONT; step++) {
    pages->font_size = LARGEST_FONT - step * FONT_STEP;
    if (lay_out (pages->blocks, 0, pages->blocks->len, cr, width, pages->font_size, FALSE) <= height) {
      end = pages->blocks->len;
      g_array_append_val (pages->starts, end);
      return pages;
    }
  }

  pages->font_size = PAGED_FONT;
  room = height - footer_height (pages->font_size);
  for (guint i = 0; i < pages->blocks->len; i++) {
    double block = block_height (g_ptr_array_index (pages->blocks, i), cr, width, pages->font_size, i == first);

    if (i > first && y + block > room) {
      guint start = i;

      /* A heading goes to the next page with what it heads. */
      if (start - 1 > first && ((Block *) g_ptr_array_index (pages->blocks, start - 1))->keep_with_next)
        start--;
      g_array_append_val (pages->starts, start);
      first = start;
      i = start;
      block = block_height (g_ptr_array_index (pages->blocks, i), cr, width, pages->font_size, TRUE);
      y = 0;
    }
    y += block;
  }
  end = pages->blocks->len;
  g_array_append_val (pages->starts, end);

  return pages;
}

static guint
n_pages (const Pages *pages)
{
  return pages->starts->len - 1;
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
 * mg_dose_summary_get_n_pages:
 * @profile: the answers, which the result is worked out from
 * @date: today, as people read it
 * @disclaimer: the full disclaimer
 * @cr: a context measured in points, for the fonts
 *
 * Returns: how many pages of @width × @height the summary takes
 */
guint
mg_dose_summary_get_n_pages (MgDoseProfile *profile,
                             const char    *date,
                             const char    *disclaimer,
                             cairo_t       *cr,
                             double         width,
                             double         height)
{
  g_autoptr(Pages) pages = NULL;

  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), 1);
  g_return_val_if_fail (date != NULL && disclaimer != NULL && cr != NULL, 1);

  pages = paginate (profile, date, disclaimer, cr, width, height);
  return n_pages (pages);
}

/* Draws page @page of the summary laid out as @pages, with its number at
 * the foot when there is more than one. */
static void
draw_laid_out_page (const Pages *pages,
                    cairo_t     *cr,
                    double       width,
                    double       height,
                    guint        page)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  lay_out (pages->blocks, g_array_index (pages->starts, guint, page), g_array_index (pages->starts, guint, page + 1),
           cr, width, pages->font_size, TRUE);
  if (n_pages (pages) > 1) {
    /* Translators: the number of a printed sheet, as in “Page 2 of 3” */
    g_autofree char *number = g_strdup_printf (_("Page %d of %d"), (int) page + 1, (int) n_pages (pages));
    g_autofree char *escaped = g_markup_escape_text (number, -1);
    Block footer = { BLOCK_FULL, 0, FALSE, g_string_new (escaped) };
    g_autoptr(PangoLayout) layout = block_layout (cr, &footer, width, pages->font_size * 0.9);
    int text_height;

    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    pango_layout_get_size (layout, NULL, &text_height);
    cairo_move_to (cr, 0, height - (double) text_height / PANGO_SCALE);
    pango_cairo_show_layout (cr, layout);
    g_string_free (footer.markup, TRUE);
  }
}

/**
 * mg_dose_summary_draw_page:
 * @page: which page, from 0
 *
 * Draws page @page of the summary inside @width × @height, with its number
 * at the foot when there is more than one.
 */
void
mg_dose_summary_draw_page (MgDoseProfile *profile,
                           const char    *date,
                           const char    *disclaimer,
                           cairo_t       *cr,
                           double         width,
                           double         height,
                           guint          page)
{
  g_autoptr(Pages) pages = NULL;

  g_return_if_fail (MG_IS_DOSE_PROFILE (profile));
  g_return_if_fail (date != NULL && disclaimer != NULL && cr != NULL);

  pages = paginate (profile, date, disclaimer, cr, width, height);
  g_return_if_fail (page < n_pages (pages));

  draw_laid_out_page (pages, cr, width, height, page);
}

/**
 * mg_dose_summary_draw:
 * @profile: the answers, which the result is worked out from
 * @date: today, as people read it
 * @disclaimer: the full disclaimer
 * @cr: a context measured in points
 *
 * Draws the summary's first page inside @width × @height.
 *
 * Returns: whether it all fits on that one page
 */
gboolean
mg_dose_summary_draw (MgDoseProfile *profile,
                      const char    *date,
                      const char    *disclaimer,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  g_autoptr(Pages) pages = NULL;

  g_return_val_if_fail (MG_IS_DOSE_PROFILE (profile), FALSE);
  g_return_val_if_fail (date != NULL && disclaimer != NULL && cr != NULL, FALSE);

  pages = paginate (profile, date, disclaimer, cr, width, height);
  draw_laid_out_page (pages, cr, width, height, 0);
  return n_pages (pages) == 1;
}
