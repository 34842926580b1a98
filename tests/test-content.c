/* test-content.c: the article loader
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "mg-content-parser.h"
#include "mg-i18n.h"
#include "mg-content-writer.h"

#define CONTENT RESOURCE_PATH "/content/magnesium-guide.guide"

static MgGuide *
load_shipped (void)
{
  g_autoptr(GError) error = NULL;
  MgGuide *guide = mg_guide_new_from_resource (CONTENT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (guide);

  return guide;
}

static void
test_shipped_content (void)
{
  g_autoptr(MgGuide) guide = load_shipped ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_pages = mg_guide_get_n_pages (guide);
  guint counted = 0;

  /* Pages a person reads in a few minutes each. */
  g_assert_cmpuint (n_pages, >=, 15);
  g_assert_cmpuint (n_pages, <=, 30);

  for (guint i = 0; i < n_pages; i++) {
    const MgPage *page = mg_guide_get_page (guide, i);

    g_assert_cmpuint (page->index, ==, i);
    g_assert_true (g_hash_table_add (ids, page->id));
    g_assert_nonnull (page->title);
    g_assert_cmpstr (page->title, !=, "");
    g_assert_cmpuint (page->blocks->len, >, 0);
    g_assert_true (mg_guide_lookup_page (guide, page->id) == page);
    g_assert_nonnull (page->reviewed);
  }

  for (guint s = 0; s < mg_guide_get_n_sections (guide); s++) {
    const MgSection *section = mg_guide_get_section (guide, s);

    g_assert_cmpuint (section->first_page, ==, counted);
    g_assert_cmpuint (section->n_pages, >, 0);
    counted += section->n_pages;
  }
  g_assert_cmpuint (counted, ==, n_pages);

  /* Both articles and the sources page are there. */
  g_assert_nonnull (mg_guide_lookup_page (guide, "sources"));
  g_assert_cmpuint (mg_guide_get_n_sections (guide), ==, 3);
  g_assert_cmpuint (mg_guide_get_n_sources (guide), >=, 10);
}

static void
count_note (gpointer data,
            gpointer user_data)
{
  const MgBlock *block = data;

  if (block->kind == MG_BLOCK_NOTE)
    (*(guint *) user_data)++;
}

static void
test_research_notes (void)
{
  g_autoptr(MgGuide) guide = load_shipped ();
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
  guint notes = 0;

  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    const MgPage *page = mg_guide_get_page (guide, i);

    g_ptr_array_foreach (page->blocks, count_note, &notes);
    for (guint j = 0; page->sources != NULL && page->sources[j] != NULL; j++)
      g_hash_table_add (cited, page->sources[j]);
    for (guint b = 0; b < page->blocks->len; b++) {
      const MgBlock *block = g_ptr_array_index (page->blocks, b);

      if (block->kind != MG_BLOCK_NOTE)
        continue;
      g_assert_true (block->sources != NULL && block->sources[0] != NULL);
      for (guint j = 0; block->sources[j] != NULL; j++)
        g_hash_table_add (cited, block->sources[j]);
    }
  }

  /* Where the articles overstate, a note says what the research says. */
  g_assert_cmpuint (notes, >=, 5);

  /* Every listed source is cited somewhere. */
  for (guint i = 0; i < mg_guide_get_n_sources (guide); i++)
    g_assert_true (g_hash_table_contains (cited, mg_guide_get_source (guide, i)->id));
}

static void
collect_message (gpointer data,
                 gpointer user_data)
{
  g_ptr_array_add (user_data, data);
}

static gboolean
markup_is_valid (const char *message)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  g_autofree char *wrapped = g_strdup_printf ("<m>%s</m>", message);
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  gboolean ok;

  ok = g_markup_parse_context_parse (context, wrapped, -1, NULL) &&
       g_markup_parse_context_end_parse (context, NULL);
  g_markup_parse_context_free (context);

  return ok;
}

static void
test_messages_are_normalized (void)
{
  g_autoptr(MgGuide) guide = load_shipped ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();

  mg_guide_foreach_message (guide, collect_message, messages);
  g_assert_cmpuint (messages->len, >, 100);

  for (guint i = 0; i < messages->len; i++) {
    const char *message = g_ptr_array_index (messages, i);

    /* As xgettext writes them: no runs of white space, no line breaks, and
     * markup that Pango accepts. */
    g_assert_null (strstr (message, "  "));
    g_assert_null (strchr (message, '\n'));
    g_assert_false (g_ascii_isspace (message[0]));
    g_assert_true (markup_is_valid (message));
  }
}

typedef struct {
  const char *xml;
  const char *expected;  /* part of the error message */
} BadInput;

static const BadInput bad_inputs[] = {
  { "<guide><section id=\"s\"><title>S</title>\n<page id=\"a\" reviewed=\"2026-01-01\"><title>A</title></page></section></guide>",
    "bad.guide.xml:2: the page “a” needs a title and some text" },
  { "<guide>\n<section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p></page>\n<page id=\"a\" reviewed=\"2026-01-01\"><title>B</title><p>y</p></page></section></guide>",
    "bad.guide.xml:3: the page id “a” is used twice" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title>\n\n<p>x <a href=\"page:nowhere\">y</a></p></page></section></guide>",
    "bad.guide.xml:3: the link to “nowhere” names no page" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p>\n<note sources=\"ghost\"><p>n</p></note></page></section></guide>",
    "bad.guide.xml:2: the source “ghost” is cited but not listed" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-13-01\"><title>A</title><p>x</p></page></section></guide>",
    "bad.guide.xml:1: the page “a” has no valid reviewed date" },
  { "<guide><section id=\"s\"><title>S</title>\n<page reviewed=\"2026-01-01\"><title>A</title><p>x</p></page></section></guide>",
    "bad.guide.xml:2: <page> needs the attribute “id”" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\" colour=\"red\"><title>A</title><p>x</p></page></section></guide>",
    "unknown attribute “colour”" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><table/></page></section></guide>",
    "unknown element <table>" },
  { "<guide><p>loose</p></guide>",
    "<p> cannot stand inside <guide>" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x <script>y</script></p></page></section></guide>",
    "<script> is not allowed inside text" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>   </p></page></section></guide>",
    "<p> is empty" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x <a href=\"http://x.org\">y</a></p></page></section></guide>",
    "neither page:, tool: nor https:" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x <a href=\"tool:calculator\">y</a></p></page></section></guide>",
    "the link to “tool:calculator” names no tool" },
  { "<guide><section id=\"s\"><title>S</title>\n<page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>unclosed</page></section></guide>",
    "bad.guide.xml: Error on line 2" },
  { "<guide>stray text</guide>",
    "text outside of a title" },
  { "<guide></guide>",
    "there are no pages" },
  { "", "bad.guide.xml: " },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title>\n<p>Take {dose}.</p></page></section></guide>",
    "bad.guide.xml:2: the placeholder {dose} names no figure" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title>\n<p>Take {Dose.</p></page></section></guide>",
    "bad.guide.xml:2: <p> has a brace that is not a {figure} placeholder" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p></page></section>"
    "<sources><source id=\"n\" url=\"https://n\"><title>N</title></source></sources>"
    "<figures>\n<figure id=\"limit\" value=\"250\" unit=\"kg\" sources=\"n\"/></figures></guide>",
    "bad.guide.xml:2: the figure “limit” needs a name (a-z, 0-9, -), a value such as 250 or 7.5, a unit of mg, %, ng/mL, hours or none" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p></page></section>"
    "<sources><source id=\"n\" url=\"https://n\"><title>N</title></source></sources>"
    "<figures><figure id=\"limit\" value=\"250\" unit=\"mg\" sources=\"n\"/>\n<figure id=\"limit\" value=\"350\" unit=\"mg\" sources=\"n\"/></figures></guide>",
    "bad.guide.xml:2: the figure id “limit” is used twice" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p></page></section>"
    "<figures>\n<figure id=\"limit\" value=\"250\" unit=\"mg\"/></figures></guide>",
    "bad.guide.xml:2: <figure> needs the attribute “sources”" },
  { "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title><p>x</p></page></section>"
    "<figures>\n<figure id=\"limit\" value=\"250\" unit=\"mg\" sources=\"ghost\"/></figures></guide>",
    "bad.guide.xml:2: the source “ghost” is cited but not listed" },
  { "<guide><sources><source id=\"x\" url=\"ftp://x\"><title>X</title></source></sources></guide>",
    "has no https address" },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++) {
    g_autoptr(GError) error = NULL;
    g_autoptr(MgGuide) guide = NULL;

    guide = mg_guide_new_from_data (bad_inputs[i].xml, strlen (bad_inputs[i].xml), "bad.guide.xml", &error);
    g_assert_null (guide);
    g_assert_nonnull (error);
    if (strstr (error->message, bad_inputs[i].expected) == NULL)
      g_error ("input %u: expected “%s” in “%s”", i, bad_inputs[i].expected, error->message);
  }
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_file ("/nonexistent/content.guide.xml", &error);

  g_assert_null (guide);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "/nonexistent/content.guide.xml"));
}

static void
test_message_matches_xgettext (void)
{
  const char *xml =
    "<guide><section id=\"s\"><title>S &amp; T</title><page id=\"a\" reviewed=\"2026-01-01\">"
    "<title>A</title><p>  One\n   two\t<b>three</b> 3 &lt; 4 &gt; 2 “q” \"d\" &#233;\n"
    "<a href=\"page:a\">link</a>  </p></page></section></guide>";
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_data (xml, strlen (xml), "t.guide.xml", &error);
  const MgPage *page;
  const MgBlock *block;

  g_assert_no_error (error);
  page = mg_guide_get_page (guide, 0);
  block = g_ptr_array_index (page->blocks, 0);
  /* What xgettext extracts from the same paragraph. */
  g_assert_cmpstr (block->text, ==,
                   "One two <b>three</b> 3 &lt; 4 &gt; 2 “q” \"d\" é <a href=\"page:a\">link</a>");
  g_assert_cmpstr (mg_guide_get_section (guide, 0)->title, ==, "S &amp; T");
}

static void
test_markup_to_plain (void)
{
  g_autofree char *a = mg_markup_to_plain ("Calcium &amp; <b>magnesium</b> &lt;3 <a href=\"page:x\">here</a>");
  g_autofree char *b = mg_markup_to_plain ("plain");
  g_autofree char *c = mg_markup_to_plain ("broken <b");
  g_autofree char *d = mg_markup_to_plain ("&unknown;");

  g_assert_cmpstr (a, ==, "Calcium & magnesium <3 here");
  g_assert_cmpstr (b, ==, "plain");
  g_assert_cmpstr (c, ==, "broken ");
  g_assert_cmpstr (d, ==, "&unknown;");
}

/* Links out, their text and every other tag kept: what Pango reads. */
static void
test_markup_without_links (void)
{
  g_autofree char *a = mg_markup_without_links ("See <a href=\"page:x\">the <b>page</b></a> &amp; more.");
  g_autofree char *b = mg_markup_without_links ("<a  href='tool:dose-guide' >A</a ><i>b</i>");
  g_autofree char *c = mg_markup_without_links ("no links <abbr>here</abbr>");

  g_assert_cmpstr (a, ==, "See the <b>page</b> &amp; more.");
  g_assert_cmpstr (b, ==, "A<i>b</i>");
  g_assert_cmpstr (c, ==, "no links <abbr>here</abbr>");
}

static void
assert_strv_equal (GStrv a,
                   GStrv b)
{
  g_assert_cmpuint (a != NULL ? g_strv_length (a) : 0, ==, b != NULL ? g_strv_length (b) : 0);
  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_blocks_equal (const MgBlock *a,
                     const MgBlock *b)
{
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->text, ==, b->text);
  g_assert_cmpuint (a->line, ==, b->line);
  assert_strv_equal (a->sources, b->sources);
  g_assert_cmpuint (a->items != NULL ? a->items->len : 0, ==, b->items != NULL ? b->items->len : 0);
  for (guint i = 0; a->items != NULL && i < a->items->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->items, i), ==, g_ptr_array_index (b->items, i));
}

static void
assert_guides_equal (MgGuide *a,
                     MgGuide *b)
{
  g_assert_cmpuint (mg_guide_get_n_sections (a), ==, mg_guide_get_n_sections (b));
  for (guint i = 0; i < mg_guide_get_n_sections (a); i++) {
    const MgSection *x = mg_guide_get_section (a, i), *y = mg_guide_get_section (b, i);

    g_assert_cmpstr (x->id, ==, y->id);
    g_assert_cmpstr (x->title, ==, y->title);
    g_assert_cmpuint (x->first_page, ==, y->first_page);
    g_assert_cmpuint (x->n_pages, ==, y->n_pages);
  }

  g_assert_cmpuint (mg_guide_get_n_pages (a), ==, mg_guide_get_n_pages (b));
  for (guint i = 0; i < mg_guide_get_n_pages (a); i++) {
    const MgPage *x = mg_guide_get_page (a, i), *y = mg_guide_get_page (b, i);

    g_assert_cmpstr (x->id, ==, y->id);
    g_assert_cmpstr (x->title, ==, y->title);
    g_assert_cmpstr (x->reviewed, ==, y->reviewed);
    g_assert_cmpuint (x->index, ==, y->index);
    g_assert_cmpuint (x->section, ==, y->section);
    g_assert_true (mg_guide_lookup_page (b, x->id) == y);
    assert_strv_equal (x->sources, y->sources);
    g_assert_cmpuint (x->blocks->len, ==, y->blocks->len);
    for (guint j = 0; j < x->blocks->len; j++)
      assert_blocks_equal (g_ptr_array_index (x->blocks, j), g_ptr_array_index (y->blocks, j));
  }

  g_assert_cmpuint (mg_guide_get_n_sources (a), ==, mg_guide_get_n_sources (b));
  for (guint i = 0; i < mg_guide_get_n_sources (a); i++) {
    const MgSource *x = mg_guide_get_source (a, i), *y = mg_guide_get_source (b, i);

    g_assert_cmpstr (x->id, ==, y->id);
    g_assert_cmpstr (x->title, ==, y->title);
    g_assert_cmpstr (x->url, ==, y->url);
    g_assert_true (mg_guide_lookup_source (b, x->id) == y);
  }

  g_assert_cmpuint (mg_guide_get_n_figures (a), ==, mg_guide_get_n_figures (b));
  for (guint i = 0; i < mg_guide_get_n_figures (a); i++) {
    const MgFigure *x = mg_guide_get_figure (a, i), *y = mg_guide_get_figure (b, i);

    g_assert_cmpstr (x->id, ==, y->id);
    g_assert_cmpstr (x->value, ==, y->value);
    g_assert_cmpstr (x->to, ==, y->to);
    g_assert_cmpstr (x->unit, ==, y->unit);
    assert_strv_equal (x->sources, y->sources);
    g_assert_true (mg_guide_lookup_figure (b, x->id) == y);
  }
}

/* The app reads the guide compiled at build time: it must say exactly what
 * the content file says, and survive being compiled again. */
static void
test_compiled_matches_content (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "magnesium-guide.guide.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) xml = mg_guide_new_from_file (path, &error);
  g_autoptr(MgGuide) shipped = load_shipped ();
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(MgGuide) again = NULL;

  g_assert_no_error (error);
  assert_guides_equal (xml, shipped);

  compiled = mg_guide_compile (xml);
  again = mg_guide_new_from_compiled (compiled, "again", &error);
  g_assert_no_error (error);
  assert_guides_equal (xml, again);
}

#define COMPILED_TYPE G_VARIANT_TYPE ("(a(ssuu)a(sssasua(usasasu))a(sss)a(ssssas))")
#define GOOD_SECTIONS "[('s', 'S', 0, 1)]"
#define GOOD_PAGE(id) "('" id "', 'P', '2026-01-01', @as [], 0, [(1, 'Text', @as [], @as [], 3)])"

static const char * const damaged_guides[] = {
  /* no pages at all */
  "(@a(ssuu) [], @a(sssasua(usasasu)) [], @a(sss) [], @a(ssssas) [])",
  /* a section that claims more pages than there are */
  "([('s', 'S', 0, 2)], [" GOOD_PAGE ("a") "], @a(sss) [], @a(ssssas) [])",
  /* a page in a section that does not exist */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', @as [], 4, [(1, 'Text', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* the same page id twice */
  "([('s', 'S', 0, 2)], [" GOOD_PAGE ("a") ", ('a', 'P', '2026-01-01', @as [], 0, [(1, 'T', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* a block of an unknown kind */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', @as [], 0, [(9, 'Text', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* a list without items */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', @as [], 0, [(2, '', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* a cited source that is not listed */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', ['ghost'], 0, [(1, 'Text', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* a page without a title */
  "(" GOOD_SECTIONS ", [('a', '', '2026-01-01', @as [], 0, [(1, 'Text', @as [], @as [], 3)])], @a(sss) [], @a(ssssas) [])",
  /* a placeholder that names no figure */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', @as [], 0, [(1, 'Take {dose}', @as [], @as [], 3)])], "
  "[('s', 'S', 'https://s')], [('limit', '250', '', 'mg', ['s'])])",
  /* a brace that is no placeholder */
  "(" GOOD_SECTIONS ", [('a', 'P', '2026-01-01', @as [], 0, [(1, 'Take {limit', @as [], @as [], 3)])], "
  "[('s', 'S', 'https://s')], [('limit', '250', '', 'mg', ['s'])])",
  /* a figure in a unit the loader cannot write */
  "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], [('s', 'S', 'https://s')], [('limit', '250', '', 'kg', ['s'])])",
  /* a figure that is not a number */
  "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], [('s', 'S', 'https://s')], [('limit', '2,50', '', 'mg', ['s'])])",
  /* a figure without a source, or with one not listed */
  "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], [('s', 'S', 'https://s')], [('limit', '250', '', 'mg', @as [])])",
  "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], [('s', 'S', 'https://s')], [('limit', '250', '', 'mg', ['x'])])",
  /* the same figure twice */
  "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], [('s', 'S', 'https://s')], "
  "[('limit', '250', '', 'mg', ['s']), ('limit', '350', '', 'mg', ['s'])])",
};

static GBytes *
little_endian_bytes (GVariant *value)
{
  g_autoptr(GVariant) le = G_BYTE_ORDER == G_BIG_ENDIAN ? g_variant_byteswap (value) : g_variant_ref (value);

  return g_variant_get_data_as_bytes (le);
}

static void
assert_damaged (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_compiled (bytes, "damaged.guide", &error);

  g_assert_null (guide);
  g_assert_error (error, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "damaged.guide"));
}

static void
test_compiled_damaged (void)
{
  static const char garbage[] = "not a compiled guide at all";
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) text = g_bytes_new_static (garbage, sizeof garbage);
  g_autoptr(GVariant) good = g_variant_parse (COMPILED_TYPE, "(" GOOD_SECTIONS ", [" GOOD_PAGE ("a") "], @a(sss) [], @a(ssssas) [])",
                                              NULL, NULL, NULL);
  g_autoptr(GBytes) good_bytes = little_endian_bytes (good);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_compiled (good_bytes, "good.guide", &error);

  /* The cases below differ from this one in one thing each. */
  g_assert_no_error (error);
  g_assert_cmpstr (mg_guide_get_page (guide, 0)->title, ==, "P");

  assert_damaged (empty);
  assert_damaged (text);
  for (guint i = 0; i < G_N_ELEMENTS (damaged_guides); i++) {
    g_autoptr(GVariant) value = g_variant_parse (COMPILED_TYPE, damaged_guides[i], NULL, NULL, &error);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_no_error (error);
    bytes = little_endian_bytes (value);
    assert_damaged (bytes);
  }
}

#define FIGURES_XML \
  "<guide><section id=\"s\"><title>S</title><page id=\"a\" reviewed=\"2026-01-01\"><title>A</title>" \
  "<p>At most {limit} a day; {share} of {people} people; ferritin {ferritin}; {chia}; pain {pain}.</p>" \
  "</page></section><sources><source id=\"n\" url=\"https://n\"><title>N</title></source></sources>" \
  "<figures><figure id=\"limit\" value=\"250\" unit=\"mg\" sources=\"n\"/>" \
  "<figure id=\"share\" value=\"23\" unit=\"%\" sources=\"n\"/>" \
  "<figure id=\"people\" value=\"5000\" sources=\"n\"/>" \
  "<figure id=\"ferritin\" value=\"75\" to=\"100\" unit=\"ng/mL\" sources=\"n\"/>" \
  "<figure id=\"chia\" value=\"95\" to=\"111\" unit=\"mg\" sources=\"n\"/>" \
  "<figure id=\"pain\" value=\"7.5\" sources=\"n\"/></figures></guide>"

static MgGuide *
load_figures (void)
{
  g_autoptr(GError) error = NULL;
  MgGuide *guide = mg_guide_new_from_data (FIGURES_XML, strlen (FIGURES_XML), "figures.guide.xml", &error);

  g_assert_no_error (error);
  return guide;
}

static const char *
first_message (MgGuide *guide)
{
  return ((MgBlock *) g_ptr_array_index (mg_guide_get_page (guide, 0)->blocks, 0))->text;
}

/* The figures live once, in the guide, and are written into the message
 * as the interface language writes numbers. */
static void
test_figures_filled (void)
{
  g_autoptr(MgGuide) guide = load_figures ();
  const char *msgid = first_message (guide);
  g_autofree char *english = NULL;
  g_autofree char *dutch = NULL;
  g_autoptr(GBytes) compiled = NULL;
  g_autoptr(MgGuide) again = NULL;
  g_autoptr(GError) error = NULL;

  /* The message translators see holds no figure. */
  g_assert_null (strstr (msgid, "250"));
  g_assert_cmpuint (mg_guide_get_n_figures (guide), ==, 6);
  g_assert_cmpstr (mg_guide_lookup_figure (guide, "chia")->to, ==, "111");
  g_assert_cmpstr (mg_guide_lookup_figure (guide, "limit")->sources[0], ==, "n");

  g_assert_true (mg_i18n_set_language ("en"));
  english = mg_guide_fill (guide, msgid, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (english, ==, "At most 250 mg a day; 23% of 5,000 people; ferritin 75–100 ng/mL; 95–111 mg; pain 7.5.");
  g_assert_cmpstr (mg_guide_translate (guide, msgid), ==, english);
  /* One text per message and language, kept by the guide. */
  g_assert_true (mg_guide_translate (guide, msgid) == mg_guide_translate (guide, msgid));
  g_assert_null (mg_guide_format_figure (guide, "nothing"));

  g_assert_true (mg_i18n_set_language ("nl"));
  dutch = mg_guide_fill (guide, msgid, "Hoogstens {limit} per dag; {share} van {people} mensen; ferritine {ferritin}; {chia}; pijn {pain}.", &error);
  g_assert_no_error (error);
  /* Dutch: a point between thousands, a decimal comma, and the ferritin
   * unit Dutch laboratories use (its translation of "%s ng/mL"). */
  g_assert_cmpstr (dutch, ==, "Hoogstens 250 mg per dag; 23% van 5.000 mensen; ferritine 75–100 µg/l; 95–111 mg; pijn 7,5.");
  g_assert_true (mg_i18n_set_language (""));

  /* The compiled form keeps the figures. */
  compiled = mg_guide_compile (guide);
  again = mg_guide_new_from_compiled (compiled, "again", &error);
  g_assert_no_error (error);
  assert_guides_equal (guide, again);
}

typedef struct {
  const char *translation;
  const char *expected;  /* part of the problem */
} BadTranslation;

static const BadTranslation bad_translations[] = {
  { "Hoogstens per dag; {share} van {people} mensen; ferritine {ferritin}; {chia}; pijn {pain}.",
    "drops the figure {limit}" },
  { "Hoogstens {limit} per dag, {limit} per keer; {share} van {people} mensen; {ferritin}; {chia}; {pain}.",
    "adds the figure {limit}" },
  { "Hoogstens {dosis} per dag; {share} van {people} mensen; {ferritin}; {chia}; {pain}.",
    "names an unknown figure {dosis}" },
  { "Hoogstens 250 mg per dag; {share} van {people} mensen; {ferritin}; {chia}; {pain}.",
    "drops the figure {limit}" },
  { "Hoogstens {limit per dag; {share} van {people} mensen; {ferritin}; {chia}; {pain}.",
    "has a brace that is not a {placeholder}" },
  { "}{", "has a brace that is not a {placeholder}" },
};

/* A translation that loses, adds or misnames a figure is not shown: the
 * English is, with a message that says which paragraph and why. */
static void
test_figures_bad_translation (void)
{
  g_autoptr(MgGuide) guide = load_figures ();
  const char *msgid = first_message (guide);
  g_autofree char *english = NULL;

  g_assert_true (mg_i18n_set_language ("en"));
  english = mg_guide_fill (guide, msgid, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad_translations); i++) {
    g_autoptr(GError) problem = NULL;
    g_autofree char *shown = mg_guide_fill (guide, msgid, bad_translations[i].translation, &problem);

    g_assert_error (problem, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID);
    if (strstr (problem->message, bad_translations[i].expected) == NULL)
      g_error ("translation %u: expected “%s” in “%s”", i, bad_translations[i].expected, problem->message);
    g_assert_nonnull (strstr (problem->message, "At most {limit}"));
    g_assert_cmpstr (shown, ==, english);
  }
  g_assert_true (mg_i18n_set_language (""));
}

/* A message without placeholders is the catalogue's own text; a figure's
 * translation that adds one is refused all the same. */
static void
test_figures_plain_message (void)
{
  g_autoptr(MgGuide) guide = load_figures ();
  g_autoptr(GError) problem = NULL;
  g_autofree char *shown = mg_guide_fill (guide, "No figure here.", "Hier {limit}.", &problem);

  g_assert_error (problem, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (shown, ==, "No figure here.");
  g_assert_cmpstr (mg_guide_get_english (guide, "No figure here."), ==, "No figure here.");
}

/* Every figure of the shipped article names its source, and every message
 * that names a figure is filled in every language without a problem. */
static void
test_shipped_figures (void)
{
  g_autoptr(MgGuide) guide = load_shipped ();

  g_assert_cmpuint (mg_guide_get_n_figures (guide), >, 20);
  for (guint i = 0; i < mg_guide_get_n_figures (guide); i++) {
    const MgFigure *figure = mg_guide_get_figure (guide, i);
    g_autofree char *text = mg_guide_format_figure (guide, figure->id);

    g_assert_nonnull (figure->sources);
    for (guint k = 0; figure->sources[k] != NULL; k++)
      g_assert_nonnull (mg_guide_lookup_source (guide, figure->sources[k]));
    g_assert_nonnull (text);
    g_assert_true (g_ascii_isdigit (*text));
  }
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/shipped", test_shipped_content);
  g_test_add_func ("/content/research-notes", test_research_notes);
  g_test_add_func ("/content/messages-normalized", test_messages_are_normalized);
  g_test_add_func ("/content/bad-input", test_bad_input);
  g_test_add_func ("/content/missing-file", test_missing_file);
  g_test_add_func ("/content/matches-xgettext", test_message_matches_xgettext);
  g_test_add_func ("/content/markup-to-plain", test_markup_to_plain);
  g_test_add_func ("/content/markup-without-links", test_markup_without_links);
  g_test_add_func ("/content/compiled-matches-content", test_compiled_matches_content);
  g_test_add_func ("/content/compiled-damaged", test_compiled_damaged);
  g_test_add_func ("/content/figures-filled", test_figures_filled);
  g_test_add_func ("/content/figures-bad-translation", test_figures_bad_translation);
  g_test_add_func ("/content/figures-plain-message", test_figures_plain_message);
  g_test_add_func ("/content/shipped-figures", test_shipped_figures);

  return g_test_run ();
}
