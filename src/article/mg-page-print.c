/* mg-page-print.c: a page of the article on paper or as PDF
 *
 * The page is laid out as one Pango layout (title, review date, text,
 * research notes and the sources it cites) and cut into sheets between
 * lines; every sheet ends with the disclaimer and its number.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-page-print"

#include "config.h"

#include <math.h>

#include "mg-application.h"
#include "mg-disclaimer.h"
#include "mg-i18n.h"
#include "mg-page-print.h"
#include "mg-page-view.h"
#include "mg-pdf-export.h"

#define BODY_FONT   "Sans 10.5"
#define FOOTER_FONT "Sans 8"
#define FOOTER_GAP  12.0  /* points between the text and the footer */

typedef struct {
  MgGuide      *guide;
  const MgPage *page;
  PangoLayout  *body;
  GArray       *sheet_starts;  /* the first line of each sheet */
  double        footer_height;
  double        text_scale;    /* the app's text size: a printout follows it */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->body);
  g_clear_pointer (&job->sheet_starts, g_array_unref);
  mg_guide_unref (job->guide);
  g_free (job);
}

static void
append_message (GString    *markup,
                MgGuide    *guide,
                const char *msgid,
                const char *prefix)
{
  /* Paper has no links: their text prints as the text around it. A
   * translation Pango cannot read prints in English, as on screen. */
  g_autofree char *translated = mg_markup_without_links (mg_guide_translate (guide, msgid));

  if (!pango_parse_markup (translated, -1, 0, NULL, NULL, NULL, NULL)) {
    g_free (translated);
    translated = mg_markup_without_links (mg_guide_get_english (guide, msgid));
  }
  g_string_append_printf (markup, "%s%s\n", prefix, translated);
}

static void
append_sources (GString    *markup,
                MgGuide    *guide,
                GStrv       ids,
                const char *heading)
{
  if (ids == NULL || ids[0] == NULL)
    return;

  g_string_append_printf (markup, "\n<b>%s</b>\n", heading);
  for (guint i = 0; ids[i] != NULL; i++) {
    const MgSource *source = mg_guide_lookup_source (guide, ids[i]);
    g_autofree char *title = g_markup_escape_text (source->title, -1);
    g_autofree char *url = g_markup_escape_text (source->url, -1);

    g_string_append_printf (markup, "<small>%s %s</small>\n", title, url);
  }
}

static void
append_block (GString       *markup,
              MgGuide       *guide,
              const MgBlock *block)
{
  switch (block->kind) {
  case MG_BLOCK_HEADING:
    g_string_append (markup, "\n<b><big>");
    append_message (markup, guide, block->text, "");
    g_string_truncate (markup, markup->len - 1);
    g_string_append (markup, "</big></b>\n");
    break;
  case MG_BLOCK_PARAGRAPH:
    append_message (markup, guide, block->text, "");
    g_string_append (markup, "\n");
    break;
  case MG_BLOCK_LIST:
    for (guint i = 0; i < block->items->len; i++)
      append_message (markup, guide, g_ptr_array_index (block->items, i), "  •  ");
    g_string_append (markup, "\n");
    break;
  case MG_BLOCK_NOTE:
    g_string_append_printf (markup, "<b>%s</b>\n", _("What the research says"));
    for (guint i = 0; i < block->items->len; i++)
      append_message (markup, guide, g_ptr_array_index (block->items, i), "");
    append_sources (markup, guide, block->sources, _("Sources"));
    g_string_append (markup, "\n");
    break;
  default:
    g_assert_not_reached ();
  }
}

static char *
page_markup (MgGuide      *guide,
             const MgPage *page)
{
  GString *markup = g_string_new ("<span size=\"xx-large\" weight=\"bold\">");
  g_autofree char *date = mg_i18n_format_date (page->reviewed);
  g_autofree char *reviewed = NULL;
  g_autofree char *escaped = NULL;

  append_message (markup, guide, page->title, "");
  g_string_truncate (markup, markup->len - 1);
  g_string_append (markup, "</span>\n");
  /* Translators: %s is a date, as in “Last reviewed 22 November 2026” */
  reviewed = g_strdup_printf (_("Last reviewed %s"), date);
  escaped = g_markup_escape_text (reviewed, -1);
  g_string_append_printf (markup, "<small>%s</small>\n\n", escaped);

  for (guint i = 0; i < page->blocks->len; i++)
    append_block (markup, guide, g_ptr_array_index (page->blocks, i));

  if (g_str_equal (page->id, "sources")) {
    for (guint i = 0; i < mg_guide_get_n_sources (guide); i++) {
      const MgSource *source = mg_guide_get_source (guide, i);
      g_autofree char *title = g_markup_escape_text (source->title, -1);
      g_autofree char *url = g_markup_escape_text (source->url, -1);

      g_string_append_printf (markup, "%s\n<small>%s</small>\n\n", title, url);
    }
  }
  {
    g_auto(GStrv) footer = mg_page_dup_footer_sources (page);

    append_sources (markup, guide, footer, _("Sources for this page"));
  }

  return g_string_free (markup, FALSE);
}

static PangoFontDescription *
scaled_font (const char *name,
             double      scale)
{
  PangoFontDescription *font = pango_font_description_from_string (name);

  pango_font_description_set_size (font, (int) round (pango_font_description_get_size (font) * scale));
  return font;
}

static PangoLayout *
footer_layout (GtkPrintContext *context,
               Job             *job,
               int              sheet,
               int              n_sheets)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = scaled_font (FOOTER_FONT, job->text_scale);
  /* Translators: the number of a printed sheet, as in “Page 2 of 3” */
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), sheet + 1, n_sheets);
  g_autofree char *text = g_strdup_printf ("%s\n%s", mg_disclaimer_get_short_text (), number);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (gtk_print_context_get_width (context)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Cuts the body into sheets, between lines, leaving room for the footer. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  g_autoptr(PangoFontDescription) font = scaled_font (BODY_FONT, job->text_scale);
  g_autoptr(PangoLayout) footer = footer_layout (context, job, 98, 99);
  g_autofree char *markup = page_markup (job->guide, job->page);
  double sheet_height, top = 0;
  int n_lines, footer_height;

  job->body = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (job->body, font);
  pango_layout_set_width (job->body, pango_units_from_double (gtk_print_context_get_width (context)));
  pango_layout_set_wrap (job->body, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (job->body, markup, -1);

  pango_layout_get_pixel_size (footer, NULL, &footer_height);
  job->footer_height = footer_height + FOOTER_GAP;
  sheet_height = gtk_print_context_get_height (context) - job->footer_height;

  job->sheet_starts = g_array_new (FALSE, FALSE, sizeof (int));
  n_lines = pango_layout_get_line_count (job->body);
  g_array_append_val (job->sheet_starts, (int) { 0 });
  for (int i = 0; i < n_lines; i++) {
    PangoRectangle extents;

    pango_layout_line_get_extents (pango_layout_get_line_readonly (job->body, i), NULL, &extents);
    /* Line positions come from an iterator below; here heights add up. */
    if (top + pango_units_to_double (extents.height) > sheet_height && i > 0) {
      g_array_append_val (job->sheet_starts, i);
      top = 0;
    }
    top += pango_units_to_double (extents.height);
  }

  gtk_print_operation_set_n_pages (operation, (int) job->sheet_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                sheet,
              Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first = g_array_index (job->sheet_starts, int, sheet);
  int last = (guint) sheet + 1 < job->sheet_starts->len
             ? g_array_index (job->sheet_starts, int, sheet + 1)
             : pango_layout_get_line_count (job->body);
  g_autoptr(PangoLayout) footer = footer_layout (context, job, sheet, (int) job->sheet_starts->len);
  PangoLayoutIter *iter = pango_layout_get_iter (job->body);
  double offset = -1;
  int line = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  do {
    PangoRectangle logical;
    int baseline;

    if (line < first || line >= last)
      continue;
    pango_layout_iter_get_line_extents (iter, NULL, &logical);
    baseline = pango_layout_iter_get_baseline (iter);
    if (offset < 0)
      offset = pango_units_to_double (logical.y);
    cairo_move_to (cr, pango_units_to_double (logical.x),
                   pango_units_to_double (baseline) - offset);
    pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
  } while (line++, pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cairo_move_to (cr, 0, gtk_print_context_get_height (context) - job->footer_height + FOOTER_GAP);
  pango_cairo_show_layout (cr, footer);
}

/**
 * mg_page_print_text_scale:
 * @parent: (nullable): the window a printout is made from
 *
 * Returns: the text size of @parent's app, 1.0 without one: printouts
 *   scale their fonts by it, as the screen does
 */
double
mg_page_print_text_scale (GtkWindow *parent)
{
  GtkApplication *app = parent != NULL ? gtk_window_get_application (parent) : NULL;

  return MG_IS_APPLICATION (app) ? mg_application_get_text_scale (MG_APPLICATION (app)) : 1.0;
}

/**
 * mg_page_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @pdf_path: (nullable): where to write a PDF without asking; %NULL shows
 *   the print dialog, where “Print to File” saves a PDF
 *
 * Prints @page, paginated, with its title, the sources it cites and the
 * disclaimer at the foot of every sheet.
 */
gboolean
mg_page_print (GtkWindow     *parent,
               MgGuide       *guide,
               const MgPage  *page,
               const char    *pdf_path,
               GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  Job *job = g_new0 (Job, 1);
  g_autofree char *title = mg_markup_to_plain (mg_i18n_gettext (page->title));
  GtkPrintOperationResult result;

  g_return_val_if_fail (guide != NULL && page != NULL, FALSE);

  job->guide = mg_guide_ref (guide);
  job->page = page;
  job->text_scale = mg_page_print_text_scale (parent);
  g_object_set_data_full (G_OBJECT (operation), "mg-job", job, job_free);

  mg_print_operation_set_title (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  if (pdf_path != NULL)
    return mg_pdf_export (operation, parent, pdf_path, error);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
