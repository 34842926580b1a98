/* mg-content-parser.c: reads and checks the article's content file, a
 * build-time tool: the app loads the compiled form (mg-content.c)
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-content-parser"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "mg-content-parser.h"
#include "mg-content-private.h"
#include "mg-date.h"

typedef struct {
  char  *target;
  guint  line;
} Link;

typedef struct {
  MgGuide             *guide;
  const char          *filename;
  GMarkupParseContext *context;
  GString             *message;    /* the message being read, or NULL */
  guint                inline_depth;
  MgSection           *section;
  MgPage              *page;
  MgBlock             *block;      /* the list or note being read */
  MgSource            *source;
  GArray              *links;      /* of Link, checked at the end */
  GPtrArray           *citations;  /* of Link: source ids to check */
  GArray              *figure_uses; /* of Link: figure ids to check */
} Parser;

/* The app’s tools, which the article may link to as tool:ID. */
static const char * const tool_ids[] = { "dose-guide", "food-checklist", "diary", NULL };

static void
link_clear (gpointer data)
{
  g_free (((Link *) data)->target);
}

static guint
current_line (Parser *parser)
{
  int line = 0;

  g_markup_parse_context_get_position (parser->context, &line, NULL);
  return (guint) line;
}

G_GNUC_PRINTF (4, 5)
static void
set_error (Parser      *parser,
           GError     **error,
           guint        line,
           const char  *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID,
               "%s:%u: %s", parser->filename, line, message);
}

/* Escape text the way xgettext writes it into a message, so that the
 * loader's message is the very msgid of the translation catalogue. */
static void
append_escaped (GString    *string,
                const char *text,
                gsize       length,
                gboolean    in_attribute)
{
  for (gsize i = 0; i < length; i++) {
    switch (text[i]) {
    case '&': g_string_append (string, "&amp;"); break;
    case '<': g_string_append (string, "&lt;"); break;
    case '>': g_string_append (string, in_attribute ? ">" : "&gt;"); break;
    case '"': g_string_append (string, in_attribute ? "&quot;" : "\""); break;
    default: g_string_append_c (string, text[i]); break;
    }
  }
}

static char *
normalize_space (GString *string)
{
  GString *out = g_string_sized_new (string->len);
  gboolean space = FALSE;

  for (gsize i = 0; i < string->len; i++) {
    char c = string->str[i];

    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = TRUE;
      continue;
    }
    if (space && out->len > 0)
      g_string_append_c (out, ' ');
    space = FALSE;
    g_string_append_c (out, c);
  }

  return g_string_free (out, FALSE);
}

static gboolean
is_message_element (const char *name)
{
  return g_str_equal (name, "title") || g_str_equal (name, "h") ||
         g_str_equal (name, "p") || g_str_equal (name, "item");
}

static gboolean
start_inline (Parser       *parser,
              const char   *name,
              const char  **names,
              const char  **values,
              GError      **error)
{
  guint line = current_line (parser);

  if (!g_str_equal (name, "a") && !g_str_equal (name, "b") && !g_str_equal (name, "i")) {
    set_error (parser, error, line, "<%s> is not allowed inside text", name);
    return FALSE;
  }

  g_string_append_printf (parser->message, "<%s", name);
  for (guint i = 0; names[i] != NULL; i++) {
    if (!g_str_equal (name, "a") || !g_str_equal (names[i], "href")) {
      set_error (parser, error, line, "<%s> has an unknown attribute “%s”", name, names[i]);
      return FALSE;
    }
    g_string_append_printf (parser->message, " %s=\"", names[i]);
    append_escaped (parser->message, values[i], strlen (values[i]), TRUE);
    g_string_append_c (parser->message, '"');

    if (g_str_has_prefix (values[i], "page:")) {
      Link link = { g_strdup (values[i] + strlen ("page:")), line };
      g_array_append_val (parser->links, link);
    } else if (g_str_has_prefix (values[i], "tool:")) {
      if (!g_strv_contains (tool_ids, values[i] + strlen ("tool:"))) {
        set_error (parser, error, line, "the link to “%s” names no tool", values[i]);
        return FALSE;
      }
    } else if (!g_str_has_prefix (values[i], "https://")) {
      set_error (parser, error, line, "the link “%s” is neither page:, tool: nor https:", values[i]);
      return FALSE;
    }
  }
  if (g_str_equal (name, "a") && names[0] == NULL) {
    set_error (parser, error, line, "<a> needs an href");
    return FALSE;
  }
  g_string_append_c (parser->message, '>');
  parser->inline_depth++;

  return TRUE;
}

/* Checks that an element has only the attributes it may have, and all the
 * ones it must have; allowed is a list like "id! reviewed! sources", where
 * "!" marks a required attribute. */
static gboolean
check_attributes (Parser       *parser,
                  const char   *element,
                  const char  **names,
                  const char   *allowed,
                  GError      **error)
{
  g_auto(GStrv) specs = g_strsplit (allowed, " ", -1);
  guint line = current_line (parser);

  for (guint i = 0; names[i] != NULL; i++) {
    gboolean known = FALSE;

    for (guint j = 0; specs[j] != NULL && !known; j++)
      known = strncmp (specs[j], names[i], strcspn (specs[j], "!")) == 0 &&
              strlen (names[i]) == strcspn (specs[j], "!");
    if (!known) {
      set_error (parser, error, line, "<%s> has an unknown attribute “%s”", element, names[i]);
      return FALSE;
    }
  }

  for (guint j = 0; specs[j] != NULL; j++) {
    gsize len = strcspn (specs[j], "!");
    gboolean found = specs[j][len] != '!';

    for (guint i = 0; names[i] != NULL && !found; i++)
      found = strlen (names[i]) == len && strncmp (specs[j], names[i], len) == 0;
    if (!found) {
      set_error (parser, error, line, "<%s> needs the attribute “%.*s”",
                 element, (int) len, specs[j]);
      return FALSE;
    }
  }

  return TRUE;
}

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

typedef struct {
  const char *name;
  const char *parents;     /* space-separated; NULL for the root */
  const char *attributes;  /* as check_attributes () reads them */
} ElementRule;

static const ElementRule element_rules[] = {
  { "guide",   NULL,                   "" },
  { "section", "guide",                "id!" },
  { "page",    "section",              "id! reviewed! sources" },
  { "title",   "section page source",  "comment" },
  { "h",       "page",                 "comment" },
  { "p",       "page note",            "comment" },
  { "list",    "page",                 "" },
  { "item",    "list",                 "comment" },
  { "note",    "page",                 "sources!" },
  { "sources", "guide",                "" },
  { "source",  "sources",              "id! url!" },
  { "figures", "guide",                "" },
  { "figure",  "figures",              "id! value! to unit sources!" },
};

static const ElementRule *
find_rule (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_rules); i++)
    if (g_str_equal (element_rules[i].name, name))
      return &element_rules[i];

  return NULL;
}

static const char *
parent_element (Parser *parser)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (parser->context);

  return stack->next != NULL ? stack->next->data : NULL;
}

static gboolean
has_word (const char *words,
          const char *word)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  return g_strv_contains ((const char * const *) split, word);
}

static GStrv
split_ids (Parser     *parser,
           const char *ids)
{
  GStrv split = g_strsplit_set (ids != NULL ? ids : "", " \t\n", -1);
  GStrv out = g_new0 (char *, g_strv_length (split) + 1);
  guint n = 0;

  for (guint i = 0; split[i] != NULL; i++) {
    if (*split[i] == '\0')
      continue;
    out[n++] = g_strdup (split[i]);
    g_ptr_array_add (parser->citations, g_strdup_printf ("%u %s", current_line (parser), split[i]));
  }
  g_strfreev (split);

  return out;
}

static gboolean
start_page (Parser      *parser,
            const char **names,
            const char **values,
            GError     **error)
{
  MgPage *page = g_new0 (MgPage, 1);

  page->id = g_strdup (attribute (names, values, "id"));
  page->reviewed = g_strdup (attribute (names, values, "reviewed"));
  page->sources = split_ids (parser, attribute (names, values, "sources"));
  page->blocks = g_ptr_array_new_with_free_func (mg_block_free);
  page->index = parser->guide->pages->len;
  page->section = parser->guide->sections->len - 1;
  g_ptr_array_add (parser->guide->pages, page);
  parser->page = page;

  if (!mg_date_parse_iso (page->reviewed, NULL)) {
    set_error (parser, error, current_line (parser),
               "the page “%s” has no valid reviewed date (YYYY-MM-DD)", page->id);
    return FALSE;
  }
  if (!g_hash_table_insert (parser->guide->page_ids, page->id, page)) {
    set_error (parser, error, current_line (parser), "the page id “%s” is used twice", page->id);
    return FALSE;
  }

  return TRUE;
}

static gboolean
start_source (Parser      *parser,
              const char **names,
              const char **values,
              GError     **error)
{
  MgSource *source = g_new0 (MgSource, 1);

  source->id = g_strdup (attribute (names, values, "id"));
  source->url = g_strdup (attribute (names, values, "url"));
  g_ptr_array_add (parser->guide->sources, source);
  parser->source = source;

  if (!g_str_has_prefix (source->url, "https://")) {
    set_error (parser, error, current_line (parser), "the source “%s” has no https address", source->id);
    return FALSE;
  }
  if (!g_hash_table_insert (parser->guide->source_ids, source->id, source)) {
    set_error (parser, error, current_line (parser), "the source id “%s” is used twice", source->id);
    return FALSE;
  }

  return TRUE;
}

static gboolean
start_figure (Parser      *parser,
              const char **names,
              const char **values,
              GError     **error)
{
  MgFigure *figure = g_new0 (MgFigure, 1);
  const char *unit = attribute (names, values, "unit");
  g_autofree char *placeholder = g_strdup_printf ("{%s}", attribute (names, values, "id"));

  figure->id = g_strdup (attribute (names, values, "id"));
  figure->value = g_strdup (attribute (names, values, "value"));
  figure->to = g_strdup (attribute (names, values, "to"));
  figure->unit = g_strdup (unit != NULL ? unit : "");
  figure->sources = split_ids (parser, attribute (names, values, "sources"));
  g_ptr_array_add (parser->guide->figures, figure);

  if (!mg_placeholders_scan (placeholder, NULL) ||
      !mg_figure_check (figure->value, figure->to, figure->unit) || figure->sources[0] == NULL) {
    set_error (parser, error, current_line (parser),
               "the figure “%s” needs a name (a-z, 0-9, -), a value such as 250 or 7.5, "
               "a unit of mg, %%, ng/mL, hours or none, and a source", figure->id);
    return FALSE;
  }
  if (!g_hash_table_insert (parser->guide->figure_ids, figure->id, figure)) {
    set_error (parser, error, current_line (parser), "the figure id “%s” is used twice", figure->id);
    return FALSE;
  }

  return TRUE;
}

static MgBlock *
add_block (Parser      *parser,
           MgBlockKind  kind,
           char        *text)
{
  MgBlock *block = g_new0 (MgBlock, 1);

  block->kind = kind;
  block->text = text;
  block->line = current_line (parser);
  if (kind == MG_BLOCK_LIST || kind == MG_BLOCK_NOTE)
    block->items = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (parser->page->blocks, block);

  return block;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;
  const ElementRule *rule;
  const char *parent = parent_element (parser);

  if (parser->message != NULL) {
    start_inline (parser, name, names, values, error);
    return;
  }

  rule = find_rule (name);
  if (rule == NULL) {
    set_error (parser, error, current_line (parser), "unknown element <%s>", name);
    return;
  }
  if ((rule->parents == NULL) != (parent == NULL) ||
      (parent != NULL && !has_word (rule->parents, parent))) {
    set_error (parser, error, current_line (parser), "<%s> cannot stand %s%s%s", name,
               parent ? "inside <" : "at the top", parent ? parent : "", parent ? ">" : "");
    return;
  }
  if (!check_attributes (parser, name, names, rule->attributes, error))
    return;

  if (is_message_element (name)) {
    parser->message = g_string_new (NULL);
  } else if (g_str_equal (name, "section")) {
    MgSection *section = g_new0 (MgSection, 1);

    section->id = g_strdup (attribute (names, values, "id"));
    section->first_page = parser->guide->pages->len;
    g_ptr_array_add (parser->guide->sections, section);
    parser->section = section;
  } else if (g_str_equal (name, "page")) {
    start_page (parser, names, values, error);
  } else if (g_str_equal (name, "list")) {
    parser->block = add_block (parser, MG_BLOCK_LIST, NULL);
  } else if (g_str_equal (name, "note")) {
    parser->block = add_block (parser, MG_BLOCK_NOTE, NULL);
    parser->block->sources = split_ids (parser, attribute (names, values, "sources"));
  } else if (g_str_equal (name, "source")) {
    start_source (parser, names, values, error);
  } else if (g_str_equal (name, "figure")) {
    start_figure (parser, names, values, error);
  }
}

static gboolean
set_title (Parser      *parser,
           const char  *parent,
           char        *text,
           GError     **error)
{
  char **slot;

  if (g_str_equal (parent, "section"))
    slot = &parser->section->title;
  else if (g_str_equal (parent, "page"))
    slot = &parser->page->title;
  else
    slot = &parser->source->title;

  if (*slot != NULL) {
    g_free (text);
    set_error (parser, error, current_line (parser), "<%s> has two titles", parent);
    return FALSE;
  }
  *slot = text;

  return TRUE;
}

/* Keeps the figures a message names, checked at the end, when all are read. */
static gboolean
note_placeholders (Parser     *parser,
                   const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (!mg_placeholders_scan (text, names))
    return FALSE;
  for (guint i = 0; i < names->len; i++) {
    Link use = { g_strdup (g_ptr_array_index (names, i)), current_line (parser) };

    g_array_append_val (parser->figure_uses, use);
  }

  return TRUE;
}

static void
end_message (Parser      *parser,
             const char  *name,
             GError     **error)
{
  const char *parent = parent_element (parser);
  char *text = normalize_space (parser->message);

  g_string_free (g_steal_pointer (&parser->message), TRUE);

  if (*text == '\0') {
    g_free (text);
    set_error (parser, error, current_line (parser), "<%s> is empty", name);
  } else if (!note_placeholders (parser, text)) {
    g_free (text);
    set_error (parser, error, current_line (parser),
               "<%s> has a brace that is not a {figure} placeholder", name);
  } else if (g_str_equal (name, "title")) {
    set_title (parser, parent, text, error);
  } else if (g_str_equal (name, "h")) {
    add_block (parser, MG_BLOCK_HEADING, text);
  } else if (g_str_equal (name, "p") && g_str_equal (parent, "page")) {
    add_block (parser, MG_BLOCK_PARAGRAPH, text);
  } else {
    g_ptr_array_add (parser->block->items, text);
  }
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;
  guint line = current_line (parser);

  if (parser->message != NULL && parser->inline_depth > 0) {
    g_string_append_printf (parser->message, "</%s>", name);
    parser->inline_depth--;
  } else if (parser->message != NULL) {
    end_message (parser, name, error);
  } else if (g_str_equal (name, "section")) {
    parser->section->n_pages = parser->guide->pages->len - parser->section->first_page;
    if (parser->section->title == NULL || parser->section->n_pages == 0)
      set_error (parser, error, line, "the section “%s” needs a title and a page", parser->section->id);
  } else if (g_str_equal (name, "page")) {
    if (parser->page->title == NULL || parser->page->blocks->len == 0)
      set_error (parser, error, line, "the page “%s” needs a title and some text", parser->page->id);
  } else if (g_str_equal (name, "list") || g_str_equal (name, "note")) {
    if (parser->block->items->len == 0)
      set_error (parser, error, line, "<%s> is empty", name);
    parser->block = NULL;
  } else if (g_str_equal (name, "source")) {
    if (parser->source->title == NULL)
      set_error (parser, error, line, "the source “%s” needs a title", parser->source->id);
  }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->message != NULL) {
    append_escaped (parser->message, text, length, FALSE);
    return;
  }

  for (gsize i = 0; i < length; i++) {
    if (!g_ascii_isspace (text[i])) {
      set_error (parser, error, current_line (parser), "text outside of a title, heading, paragraph or item");
      return;
    }
  }
}

static const GMarkupParser markup_parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

static gboolean
check_references (Parser  *parser,
                  GError **error)
{
  for (guint i = 0; i < parser->links->len; i++) {
    Link *link = &g_array_index (parser->links, Link, i);

    if (!g_hash_table_contains (parser->guide->page_ids, link->target)) {
      set_error (parser, error, link->line, "the link to “%s” names no page", link->target);
      return FALSE;
    }
  }

  for (guint i = 0; i < parser->citations->len; i++) {
    const char *citation = g_ptr_array_index (parser->citations, i);
    const char *id = strchr (citation, ' ') + 1;

    if (!g_hash_table_contains (parser->guide->source_ids, id)) {
      set_error (parser, error, (guint) g_ascii_strtoull (citation, NULL, 10),
                 "the source “%s” is cited but not listed", id);
      return FALSE;
    }
  }

  for (guint i = 0; i < parser->figure_uses->len; i++) {
    Link *use = &g_array_index (parser->figure_uses, Link, i);

    if (!g_hash_table_contains (parser->guide->figure_ids, use->target)) {
      set_error (parser, error, use->line, "the placeholder {%s} names no figure", use->target);
      return FALSE;
    }
  }

  if (parser->guide->pages->len == 0) {
    set_error (parser, error, current_line (parser), "there are no pages");
    return FALSE;
  }

  return TRUE;
}

/* GMarkup (GLib 2.74) loses an error it sets for a CDATA section that is
 * not UTF-8, returns success and parses on, so such text is refused first. */
static gboolean
check_utf8 (const char  *data,
            gsize        length,
            const char  *filename,
            GError     **error)
{
  const char *end;
  guint line = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++) {
    if (*p == '\n')
      line++;
  }
  g_set_error (error, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID,
               "%s:%u: the text is not UTF-8", filename, line);
  return FALSE;
}

/* GMarkup quotes a character it cannot use by its first byte, which alone
 * is not UTF-8; the message is shown as text, so it must be UTF-8. */
static void
prefix_markup_error (GError     *error,
                     const char *filename)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", filename, error->message);

  g_free (error->message);
  error->message = g_utf8_make_valid (message, -1);
}

/**
 * mg_guide_new_from_data:
 * @filename: the name errors give for the data
 *
 * Parses and checks a content file. Errors name the file and the line.
 */
MgGuide *
mg_guide_new_from_data (const char  *data,
                        gsize        length,
                        const char  *filename,
                        GError     **error)
{
  g_autoptr(MgGuide) guide = mg_guide_new_empty ();
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (Link));
  g_autoptr(GPtrArray) citations = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) figure_uses = g_array_new (FALSE, TRUE, sizeof (Link));
  Parser parser = { guide, filename, NULL, NULL, 0, NULL, NULL, NULL, NULL, links, citations, figure_uses };
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  if (!check_utf8 (data, length, filename, error))
    return NULL;

  g_array_set_clear_func (links, link_clear);
  g_array_set_clear_func (figure_uses, link_clear);
  parser.context = g_markup_parse_context_new (&markup_parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                               &parser, NULL);
  ok = g_markup_parse_context_parse (parser.context, data, (gssize) length, error) &&
       g_markup_parse_context_end_parse (parser.context, error);
  if (ok)
    ok = check_references (&parser, error);
  else if (error != NULL && *error != NULL && (*error)->domain == G_MARKUP_ERROR)
    prefix_markup_error (*error, filename);

  if (parser.message != NULL)
    g_string_free (parser.message, TRUE);
  g_markup_parse_context_free (parser.context);

  return ok ? g_steal_pointer (&guide) : NULL;
}

MgGuide *
mg_guide_new_from_file (const char  *path,
                        GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;

  return mg_guide_new_from_data (data, length, path, error);
}
