/* mg-search.c: finding words across the article, in the language shown
 *
 * The index holds every page’s text as the person reads it now (looked up
 * through gettext when the index is built), folded to lower case without
 * accents, so that “sovn” finds “søvn” and “magnesiumtekort” finds
 * “Magnesiumtekort”. It is built on the first search after a language
 * switch, never at start-up.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-search"

#include "config.h"

#include "mg-i18n.h"
#include <string.h>

#include "mg-search.h"

#define SNIPPET_CONTEXT 60  /* characters shown on each side of a match */

typedef struct {
  char  *text;     /* plain, translated */
  char  *folded;
  GArray *offsets; /* byte in folded -> byte in text */
  guint  block;
} Entry;

struct _MgSearchIndex {
  GArray *entries;  /* of Entry, in reading order */
  GPtrArray *pages; /* the page of each entry (borrowed) */
};

/* Letters that Unicode does not decompose into a base letter and an accent,
 * but that people type without the accent. */
static const struct { gunichar from; const char *to; } special_folds[] = {
  { 0x00F8, "o" },   /* ø */
  { 0x00E6, "ae" },  /* æ */
  { 0x00DF, "ss" },  /* ß */
  { 0x0142, "l" },   /* ł */
  { 0x0111, "d" },   /* đ */
  { 0x00F0, "d" },   /* ð */
  { 0x00FE, "th" },  /* þ */
  { 0x0153, "oe" },  /* œ */
  /* Turkish and Azerbaijani: the dotless ı, which no case mapping takes to
   * i, so that “magnesıum” typed on such a keyboard finds magnesium. İ
   * lowers to i already. */
  { 0x0131, "i" },   /* ı */
};

static void
append_folded (GString  *out,
               gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  c = g_unichar_tolower (c);
  for (guint i = 0; i < G_N_ELEMENTS (special_folds); i++) {
    if (special_folds[i].from == c) {
      g_string_append (out, special_folds[i].to);
      return;
    }
  }

  /* Keep the base letter, drop the accents. */
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    if (!g_unichar_ismark (decomposed[i]))
      g_string_append_unichar (out, g_unichar_tolower (decomposed[i]));
}

/**
 * mg_search_fold:
 * @offsets: (nullable): filled with, for every byte of the result, the byte
 *   of @text it came from, and one more entry for the end
 *
 * Returns: @text in lower case without accents
 */
char *
mg_search_fold (const char *text,
                GArray     *offsets)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gsize before = out->len;
    guint source = (guint) (p - text);

    append_folded (out, g_utf8_get_char (p));
    for (gsize i = before; offsets != NULL && i < out->len; i++)
      g_array_append_val (offsets, source);
  }
  if (offsets != NULL) {
    guint end = (guint) strlen (text);
    g_array_append_val (offsets, end);
  }

  return g_string_free (out, FALSE);
}

static void
add_plain_entry (MgSearchIndex *self,
                 const MgPage  *page,
                 guint          block,
                 const char    *text)
{
  Entry entry = { g_strdup (text), NULL, g_array_new (FALSE, FALSE, sizeof (guint)), block };

  entry.folded = mg_search_fold (entry.text, entry.offsets);
  g_array_append_val (self->entries, entry);
  g_ptr_array_add (self->pages, (gpointer) page);
}

static void
add_entry (MgSearchIndex *self,
           MgGuide       *guide,
           const MgPage  *page,
           guint          block,
           const char    *msgid)
{
  g_autofree char *text = mg_markup_to_plain (mg_guide_translate (guide, msgid));

  add_plain_entry (self, page, block, text);
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
  g_free (entry->folded);
  g_array_unref (entry->offsets);
}

/**
 * mg_search_index_new:
 *
 * Indexes every page of @guide in the current language.
 */
MgSearchIndex *
mg_search_index_new (MgGuide *guide)
{
  MgSearchIndex *self = g_new0 (MgSearchIndex, 1);

  g_return_val_if_fail (guide != NULL, NULL);

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->pages = g_ptr_array_new ();

  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    const MgPage *page = mg_guide_get_page (guide, i);

    add_entry (self, guide, page, G_MAXUINT, page->title);
    for (guint b = 0; b < page->blocks->len; b++) {
      const MgBlock *block = g_ptr_array_index (page->blocks, b);

      if (block->text != NULL)
        add_entry (self, guide, page, b, block->text);
      for (guint k = 0; block->items != NULL && k < block->items->len; k++)
        add_entry (self, guide, page, b, g_ptr_array_index (block->items, k));
    }

    /* The sources page shows the list of sources after its text. */
    if (g_str_equal (page->id, "sources"))
      for (guint k = 0; k < mg_guide_get_n_sources (guide); k++)
        add_plain_entry (self, page, page->blocks->len, mg_guide_get_source (guide, k)->title);
  }

  return self;
}

void
mg_search_index_free (MgSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  g_array_unref (self->entries);
  g_ptr_array_unref (self->pages);
  g_free (self);
}

static guint
count_matches (const char *haystack,
               const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;

  return n;
}

/* A piece of the text around the match, whole words, the match in bold. */
static char *
make_snippet (const Entry *entry,
              const char  *match,
              gsize        match_length)
{
  gsize folded_start = (gsize) (match - entry->folded);
  guint start = g_array_index (entry->offsets, guint, folded_start);
  guint end = g_array_index (entry->offsets, guint, folded_start + match_length);
  const char *text = entry->text;
  const char *from = text + start;
  const char *to = text + end;
  g_autofree char *before = NULL;
  g_autofree char *hit = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < SNIPPET_CONTEXT && from > text; i++)
    from = g_utf8_prev_char (from);
  while (from > text && from != text + start && !g_unichar_isspace (g_utf8_get_char (from)))
    from = g_utf8_next_char (from);
  for (guint i = 0; i < SNIPPET_CONTEXT && *to != '\0'; i++)
    to = g_utf8_next_char (to);
  while (*to != '\0' && !g_unichar_isspace (g_utf8_get_char (to)))
    to = g_utf8_next_char (to);

  before = g_markup_escape_text (from, text + start - from);
  hit = g_markup_escape_text (text + start, end - start);
  after = g_markup_escape_text (text + end, to - (text + end));

  return g_strdup_printf ("%s%s<b>%s</b>%s%s", from > text ? "…" : "", before, hit, after,
                          *to != '\0' ? "…" : "");
}

static void
result_free (gpointer data)
{
  MgSearchResult *result = data;

  g_free (result->snippet);
  g_free (result);
}

/**
 * mg_search_index_query:
 *
 * Returns: (transfer full): an array of MgSearchResult, one for each page
 *   that holds @query, in reading order; empty for an empty query
 */
GPtrArray *
mg_search_index_query (MgSearchIndex *self,
                       const char    *query)
{
  GPtrArray *results = g_ptr_array_new_with_free_func (result_free);
  g_autofree char *stripped = g_strstrip (g_strdup (query != NULL ? query : ""));
  g_autofree char *needle = mg_search_fold (stripped, NULL);
  MgSearchResult *current = NULL;

  g_return_val_if_fail (self != NULL, results);

  if (*needle == '\0')
    return results;

  for (guint i = 0; i < self->entries->len; i++) {
    const Entry *entry = &g_array_index (self->entries, Entry, i);
    const MgPage *page = g_ptr_array_index (self->pages, i);
    const char *match = strstr (entry->folded, needle);

    if (match == NULL)
      continue;

    if (current == NULL || current->page != page) {
      current = g_new0 (MgSearchResult, 1);
      current->page = page;
      current->block = entry->block;
      current->snippet = make_snippet (entry, match, strlen (needle));
      g_ptr_array_add (results, current);
    }
    current->n_matches += count_matches (entry->folded, needle);
  }

  return results;
}

/**
 * mg_search_mark:
 * @text: Pango markup, as a paragraph is shown
 *
 * Returns: @text with every match of @query highlighted, or %NULL when
 *   there is none; matches are found in the text between tags only
 */
char *
mg_search_mark (const char *text,
                const char *query)
{
  g_autofree char *plain_query = g_strstrip (g_strdup (query));
  g_autofree char *needle = mg_search_fold (plain_query, NULL);
  GString *out = g_string_new (NULL);
  gboolean found = FALSE;
  const char *p = text;

  g_return_val_if_fail (text != NULL && query != NULL, NULL);

  while (*p != '\0' && *needle != '\0') {
    const char *tag_end;
    const char *next = strchr (p, '<');
    g_autofree char *chunk = g_strndup (p, next != NULL ? (gsize) (next - p) : strlen (p));
    g_autofree char *plain = mg_markup_to_plain (chunk);
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree char *folded = mg_search_fold (plain, offsets);
    gsize copied = 0;

    /* The text between two tags is unescaped, searched, and escaped again
     * piece by piece, so a match never splits an entity such as &amp;. */
    for (const char *m = strstr (folded, needle); m != NULL; m = strstr (m + strlen (needle), needle)) {
      guint start = g_array_index (offsets, guint, m - folded);
      guint end = g_array_index (offsets, guint, m - folded + strlen (needle));
      g_autofree char *before = g_markup_escape_text (plain + copied, start - copied);
      g_autofree char *hit = g_markup_escape_text (plain + start, end - start);

      g_string_append_printf (out, "%s<span background=\"#f8e45c\" foreground=\"#000000\">%s</span>",
                              before, hit);
      copied = end;
      found = TRUE;
    }
    if (copied > 0) {
      g_autofree char *rest = g_markup_escape_text (plain + copied, -1);
      g_string_append (out, rest);
    } else {
      g_string_append (out, chunk);
    }

    if (next == NULL)
      break;
    tag_end = strchr (next, '>');
    if (tag_end == NULL)
      break;
    g_string_append_len (out, next, tag_end + 1 - next);
    p = tag_end + 1;
  }

  if (!found) {
    g_string_free (out, TRUE);
    return NULL;
  }

  return g_string_free (out, FALSE);
}
