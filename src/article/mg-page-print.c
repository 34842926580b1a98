/* mg-page-print.c: a page, a section or the whole article on paper or as PDF
 *
 * Each page is laid out as one Pango layout (title, review date, text,
 * research notes and the sources it cites) and cut into sheets between
 * lines, each page from a sheet of its own; a section or the whole guide
 * opens with its contents, each page's title with the sheet it starts on.
 * Every sheet ends with the disclaimer and its number. In a PDF the
 * sources' addresses are links.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-page-print"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-application.h"
#include "mg-disclaimer.h"
#include "mg-i18n.h"
#include "mg-page-print.h"
#include "mg-page-view.h"
#include "mg-pdf-export.h"

#define BODY_FONT   "Sans 10.5"
#define FOOTER_FONT "Sans 8"
#define FOOTER_GAP  12.0  /* points between the text and the footer */

/* The lines of one layout that one sheet shows. */
typedef struct {
  PangoLayout *layout;
  int          first_line;
  int          end_line;
} Sheet;

/* An address in a layout's text, to be a link where it is drawn. */
typedef struct {
  PangoLayout *layout;
  int          start;
  int          end;
  const char  *url;
} Link;

typedef struct {
  MgGuide      *guide;
  GPtrArray    *pages;         /* of const MgPage, in book order */
  char         *title;         /* of a section or the guide; NULL for one page */
  GPtrArray    *layouts;       /* owned: the contents, if any, then each page's */
  GArray       *sheets;        /* of Sheet */
  GArray       *links;         /* of Link */
  double        footer_height;
  double        text_scale;    /* the app's text size: a printout follows it */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->pages, g_ptr_array_unref);
  g_clear_pointer (&job->layouts, g_ptr_array_unref);
  g_clear_pointer (&job->sheets, g_array_unref);
  g_clear_pointer (&job->links, g_array_unref);
  g_free (job->title);
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

static PangoLayout *
text_layout (GtkPrintContext *context,
             Job             *job,
             const char      *markup)
{
  g_autoptr(PangoFontDescription) font = scaled_font (BODY_FONT, job->text_scale);
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (gtk_print_context_get_width (context)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Cuts @layout into sheets of @sheet_height, between lines, from a new
 * sheet. Returns the number of sheets it takes. */
static guint
add_sheets (Job         *job,
            PangoLayout *layout,
            double       sheet_height)
{
  int n_lines = pango_layout_get_line_count (layout);
  Sheet sheet = { layout, 0, 0 };
  guint n_sheets = 0;
  double top = 0;

  for (int i = 0; i < n_lines; i++) {
    PangoRectangle extents;

    pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, i), NULL, &extents);
    /* Line positions come from an iterator when drawn; here heights add up. */
    if (top + pango_units_to_double (extents.height) > sheet_height && i > sheet.first_line) {
      sheet.end_line = i;
      g_array_append_val (job->sheets, sheet);
      n_sheets++;
      sheet.first_line = i;
      top = 0;
    }
    top += pango_units_to_double (extents.height);
  }
  sheet.end_line = n_lines;
  g_array_append_val (job->sheets, sheet);

  return n_sheets + 1;
}

/* Where the guide's sources' addresses are in @layout's text. */
static void
find_links (Job         *job,
            PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);

  for (guint i = 0; i < mg_guide_get_n_sources (job->guide); i++) {
    const MgSource *source = mg_guide_get_source (job->guide, i);
    const char *at = text;

    if (source->url == NULL || *source->url == '\0')
      continue;
    while ((at = strstr (at, source->url)) != NULL) {
      Link link = { layout, (int) (at - text), (int) (at - text + strlen (source->url)), source->url };

      g_array_append_val (job->links, link);
      at += strlen (source->url);
    }
  }
}

/* The contents of a section or the guide: each page's title and the
 * number of the sheet it starts on. */
static char *
contents_markup (Job         *job,
                 const guint *first_sheets)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (job->title, -1);

  g_string_append_printf (markup, "<span size=\"xx-large\" weight=\"bold\">%s</span>\n\n<b>%s</b>\n",
                          title, _("Contents"));
  for (guint i = 0; i < job->pages->len; i++) {
    const MgPage *page = g_ptr_array_index (job->pages, i);
    g_autofree char *plain = mg_markup_to_plain (mg_guide_translate (job->guide, page->title));
    g_autofree char *escaped = g_markup_escape_text (plain, -1);

    g_string_append_printf (markup, "%s\t%u\n", escaped, first_sheets[i]);
  }

  return g_string_free (markup, FALSE);
}

static PangoLayout *
contents_layout (GtkPrintContext *context,
                 Job             *job,
                 const guint     *first_sheets)
{
  g_autofree char *markup = contents_markup (job, first_sheets);
  PangoLayout *layout = text_layout (context, job, markup);
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new (1, FALSE);

  /* The sheet numbers flush with the right margin. */
  pango_tab_array_set_tab (tabs, 0, PANGO_TAB_RIGHT,
                           pango_units_from_double (gtk_print_context_get_width (context)));
  pango_layout_set_tabs (layout, tabs);
  return layout;
}

/* Lays out the contents (for more than one page) and each page, and cuts
 * them into sheets, leaving room for the footer. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  g_autoptr(PangoLayout) footer = footer_layout (context, job, 98, 99);
  g_autofree guint *first_sheets = g_new0 (guint, job->pages->len);
  g_autoptr(GArray) page_sheets = g_array_new (FALSE, FALSE, sizeof (Sheet));
  double sheet_height;
  guint n_page_sheets = 0;
  int footer_height;

  pango_layout_get_pixel_size (footer, NULL, &footer_height);
  job->footer_height = footer_height + FOOTER_GAP;
  sheet_height = gtk_print_context_get_height (context) - job->footer_height;

  for (guint i = 0; i < job->pages->len; i++) {
    g_autofree char *markup = page_markup (job->guide, g_ptr_array_index (job->pages, i));
    PangoLayout *layout = text_layout (context, job, markup);

    g_ptr_array_add (job->layouts, layout);
    find_links (job, layout);
    first_sheets[i] = n_page_sheets;
    n_page_sheets += add_sheets (job, layout, sheet_height);
  }

  if (job->title != NULL) {
    PangoLayout *contents;
    guint n_contents_sheets;

    /* Measured with the numbers as they would be without it: a contents
     * of a few lines takes the same sheets once they are counted in. */
    g_array_append_vals (page_sheets, job->sheets->data, job->sheets->len);
    g_array_set_size (job->sheets, 0);
    contents = contents_layout (context, job, first_sheets);
    n_contents_sheets = add_sheets (job, contents, sheet_height);
    g_object_unref (contents);
    g_array_set_size (job->sheets, 0);

    for (guint i = 0; i < job->pages->len; i++)
      first_sheets[i] += n_contents_sheets + 1;
    contents = contents_layout (context, job, first_sheets);
    g_ptr_array_insert (job->layouts, 0, contents);
    add_sheets (job, contents, sheet_height);
    g_array_append_vals (job->sheets, page_sheets->data, page_sheets->len);
  }

  gtk_print_operation_set_n_pages (operation, (int) job->sheets->len);
}

/* Draws @line, a link where it shows a source's address. */
static void
show_line (cairo_t         *cr,
           Job             *job,
           PangoLayout     *layout,
           PangoLayoutLine *line)
{
  int start = pango_layout_line_get_start_index (line);
  int end = start + pango_layout_line_get_length (line);
  const Link *link = NULL;

  for (guint i = 0; i < job->links->len && link == NULL; i++) {
    const Link *candidate = &g_array_index (job->links, Link, i);

    if (candidate->layout == layout && candidate->start < end && candidate->end > start)
      link = candidate;
  }

  if (link != NULL) {
    g_autoptr(GString) attributes = g_string_new ("uri='");

    /* cairo's attribute strings escape a quote and a backslash. */
    for (const char *c = link->url; *c != '\0'; c++) {
      if (*c == '\'' || *c == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *c);
    }
    g_string_append_c (attributes, '\'');
    cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  }
  pango_cairo_show_layout_line (cr, line);
  if (link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                sheet_number,
              Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  const Sheet *sheet = &g_array_index (job->sheets, Sheet, sheet_number);
  g_autoptr(PangoLayout) footer = footer_layout (context, job, sheet_number, (int) job->sheets->len);
  PangoLayoutIter *iter = pango_layout_get_iter (sheet->layout);
  double offset = -1;
  int line = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  do {
    PangoRectangle logical;
    int baseline;

    if (line < sheet->first_line || line >= sheet->end_line)
      continue;
    pango_layout_iter_get_line_extents (iter, NULL, &logical);
    baseline = pango_layout_iter_get_baseline (iter);
    if (offset < 0)
      offset = pango_units_to_double (logical.y);
    cairo_move_to (cr, pango_units_to_double (logical.x),
                   pango_units_to_double (baseline) - offset);
    show_line (cr, job, sheet->layout, pango_layout_iter_get_line_readonly (iter));
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

/* The pages @scope takes, from @page, in book order. */
static GPtrArray *
pages_in_scope (MgGuide      *guide,
                const MgPage *page,
                MgPrintScope  scope)
{
  GPtrArray *pages = g_ptr_array_new ();
  guint first = 0, n = mg_guide_get_n_pages (guide);

  if (scope == MG_PRINT_PAGE) {
    first = page->index;
    n = 1;
  } else if (scope == MG_PRINT_SECTION) {
    const MgSection *section = mg_guide_get_section (guide, page->section);

    first = section->first_page;
    n = section->n_pages;
  }
  for (guint i = first; i < first + n; i++)
    g_ptr_array_add (pages, (gpointer) mg_guide_get_page (guide, i));

  return pages;
}

static char *
scope_title (MgGuide      *guide,
             const MgPage *page,
             MgPrintScope  scope)
{
  switch (scope) {
  case MG_PRINT_SECTION:
    return mg_markup_to_plain (mg_guide_translate (guide, mg_guide_get_section (guide, page->section)->title));
  case MG_PRINT_GUIDE:
    return g_strdup (_("Magnesium Guide"));
  case MG_PRINT_PAGE:
  default:
    return NULL;
  }
}

/**
 * mg_page_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @page: the page shown
 * @scope: @page alone, its section or the whole guide
 * @pdf_path: (nullable): where to write a PDF without asking; %NULL shows
 *   the print dialog, where “Print to File” saves a PDF
 *
 * Prints what @scope says, paginated: a section or the guide with its
 * contents first, each page with its title and the sources it cites, and
 * the disclaimer at the foot of every sheet.
 */
gboolean
mg_page_print (GtkWindow     *parent,
               MgGuide       *guide,
               const MgPage  *page,
               MgPrintScope   scope,
               const char    *pdf_path,
               GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  Job *job;
  g_autofree char *title = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (guide != NULL && page != NULL, FALSE);

  job = g_new0 (Job, 1);
  job->guide = mg_guide_ref (guide);
  job->pages = pages_in_scope (guide, page, scope);
  job->title = scope_title (guide, page, scope);
  job->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  job->sheets = g_array_new (FALSE, FALSE, sizeof (Sheet));
  job->links = g_array_new (FALSE, FALSE, sizeof (Link));
  job->text_scale = mg_page_print_text_scale (parent);
  g_object_set_data_full (G_OBJECT (operation), "mg-job", job, job_free);

  title = job->title != NULL ? g_strdup (job->title) : mg_markup_to_plain (mg_i18n_gettext (page->title));
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
