/* mg-search.c: finding words across the article, in the language shown
 *
 * The index holds every page’s text as the person reads it now (looked up
 * through gettext when the index is built), and the tools’ texts the window
 * gives it, folded to lower case without accents, so that “sovn” finds
 * “søvn” and “magnesiumtekort” finds “Magnesiumtekort”. It is built on the
 * first search after a language switch, never at start-up.
 *
 * Each word of a query is looked up in the index’s vocabulary: a word equal
 * to it, then one that begins with it, then (from five letters on, for the
 * compounds of Dutch, Swedish and Danish) one that holds it. Only a word
 * that finds none of these forgives: a word within a small edit distance
 * that grows with its length, British and American spellings counting as
 * the same, so that “magnesum” finds “magnesium” and “diarrhea” finds
 * “diarrhoea”, while “magnet” stays away from “magnesium”. A page is a
 * result when it holds every word of the query.
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
#define MIN_INFIX       5   /* a word found inside a longer one: compounds */
#define MIN_FUZZY       4   /* shorter words are never guessed at */
#define MAX_FUZZY      48   /* bytes: longer words are not compared */

typedef enum {
  TIER_EXACT,
  TIER_PREFIX,
  TIER_INFIX,
  TIER_VARIANT,
  TIER_FUZZY,
  N_TIERS
} Tier;

typedef struct {
  const MgPage *page;     /* NULL for a tool */
  char         *link;
  char         *title;    /* plain, translated */
  char         *summary;  /* a tool's snippet when only its keywords match */
} Doc;

typedef struct {
  char   *text;     /* plain, translated */
  char   *folded;
  GArray *offsets;  /* byte in folded -> byte in text */
  guint   block;
  guint   doc;
  gboolean is_title;
  gboolean hidden;  /* keywords: searched, never shown */
} Entry;

typedef struct {
  guint entry;
  guint offset;     /* of the word in the entry's folded text */
} Hit;

typedef struct {
  char   *word;     /* folded */
  char   *key;      /* the word with British spellings made American */
  guint   key_length;
  GArray *hits;     /* of Hit, in reading order */
} Term;

typedef struct {
  Term *term;
  Tier  tier;
} Accepted;

struct _MgSearchIndex {
  GArray     *entries;     /* of Entry, in reading order */
  GPtrArray  *docs;        /* of Doc: the pages, then the tools */
  GHashTable *terms;       /* folded word -> Term (owned by vocabulary) */
  GPtrArray  *vocabulary;  /* of Term, in the order first seen */
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
  gsize length;
  GString *out;
  g_autofree guint *sources = NULL;
  gsize n_sources = 0, room = 0;

  g_return_val_if_fail (text != NULL, NULL);

  length = strlen (text);
  out = g_string_sized_new (length + 1);
  if (offsets != NULL) {
    room = length + 1;
    sources = g_new (guint, room);
  }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gsize before = out->len;
    guint source = (guint) (p - text);

    /* Most of the text is ASCII, which only needs lowering: the same
     * result as below, in a tenth of the time. */
    if ((guchar) *p < 0x80)
      g_string_append_c (out, g_ascii_tolower (*p));
    else
      append_folded (out, g_utf8_get_char (p));
    if (offsets == NULL)
      continue;
    /* A letter may fold to more bytes than it has (þ to th). */
    if (n_sources + (out->len - before) + 1 > room) {
      room = 2 * room + (out->len - before) + 1;
      sources = g_renew (guint, sources, room);
    }
    for (gsize i = before; i < out->len; i++)
      sources[n_sources++] = source;
  }
  if (offsets != NULL) {
    sources[n_sources++] = (guint) length;
    g_array_append_vals (offsets, sources, (guint) n_sources);
  }

  return g_string_free (out, FALSE);
}

/* British spellings and their American twins, made the same before words
 * are compared at a distance: both sides go through them, so that a typo
 * on top of a variant is still forgiven. */
static const struct { const char *from; const char *to; } variants[] = {
  { "ae", "e" },     /* anaemia, haemoglobin, paediatric */
  { "oe", "e" },     /* diarrhoea, oesophagus, foetus */
  { "our", "or" },   /* behaviour, colour */
  { "isat", "izat" },
  { "ise", "ize" },
  { "yse", "yze" },  /* analyse, paralyse */
};

static char *
variant_key (const char *word)
{
  gsize length = strlen (word);
  GString *out = g_string_sized_new (length + 1);

  for (const char *p = word; *p != '\0';) {
    guint i = G_N_ELEMENTS (variants);

    /* Each variant starts with one of these. */
    if (strchr ("aoiy", *p) != NULL) {
      for (i = 0; i < G_N_ELEMENTS (variants); i++)
        if (variants[i].from[0] == *p && g_str_has_prefix (p, variants[i].from))
          break;
    }
    if (i < G_N_ELEMENTS (variants)) {
      g_string_append (out, variants[i].to);
      p += strlen (variants[i].from);
    } else {
      g_string_append_c (out, *p++);
    }
  }
  /* centre, fibre, litre */
  if (length > 4 && g_str_has_suffix (out->str, "re") && strchr ("bt", out->str[out->len - 3]) != NULL) {
    out->str[out->len - 2] = 'e';
    out->str[out->len - 1] = 'r';
  }

  return g_string_free (out, FALSE);
}

/**
 * mg_search_distance:
 * @bound: the largest distance of interest
 *
 * Returns: the edit distance between @a and @b, counting a letter inserted,
 *   removed, changed or swapped with its neighbour as one edit; or
 *   @bound + 1 if it is larger than @bound
 */
guint
mg_search_distance (const char *a,
                    const char *b,
                    guint       bound)
{
  guint m, n;
  guint rows[3][MAX_FUZZY + 1];
  guint *before = rows[0], *previous = rows[1], *current = rows[2];

  g_return_val_if_fail (a != NULL && b != NULL, bound + 1);

  m = (guint) strlen (a);
  n = (guint) strlen (b);
  if (m > MAX_FUZZY || n > MAX_FUZZY)
    return g_str_equal (a, b) ? 0 : bound + 1;
  if ((m > n ? m - n : n - m) > bound)
    return bound + 1;

  for (guint j = 0; j <= n; j++)
    previous[j] = j;
  for (guint i = 1; i <= m; i++) {
    guint *spare = before;
    guint row_min;

    current[0] = row_min = i;
    for (guint j = 1; j <= n; j++) {
      guint cost = a[i - 1] != b[j - 1];
      guint d = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);

      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = MIN (d, before[j - 2] + 1);
      current[j] = d;
      row_min = MIN (row_min, d);
    }
    /* Every later row is at least this far apart. */
    if (row_min > bound)
      return bound + 1;
    before = previous;
    previous = current;
    current = spare;
  }

  return MIN (previous[n], bound + 1);
}

/* How many edits a word of @length characters may be away: none for short
 * words, where one edit makes another word. */
static guint
fuzzy_bound (guint length)
{
  if (length < MIN_FUZZY)
    return 0;
  return length <= 7 ? 1 : 2;
}

/* Calls @func for every word of @folded, a run of letters and digits. */
static void
for_each_word (const char *folded,
               void      (*func) (const char *word, gsize length, guint offset, gpointer data),
               gpointer    data)
{
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p)) {
    gboolean in_word = (guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p));

    if (in_word && start == NULL)
      start = p;
    if (!in_word && start != NULL) {
      func (start, (gsize) (p - start), (guint) (start - folded), data);
      start = NULL;
    }
    if (*p == '\0')
      break;
  }
}

static void
term_free (gpointer data)
{
  Term *term = data;

  g_free (term->word);
  g_free (term->key);
  g_array_unref (term->hits);
  g_free (term);
}

typedef struct {
  MgSearchIndex *index;
  guint          entry;
} AddingWords;

static void
add_word (const char *word,
          gsize       length,
          guint       offset,
          gpointer    data)
{
  AddingWords *adding = data;
  /* Looked up without a copy of its own: most words were seen before. */
  char lookup[64];
  g_autofree char *copy = length < sizeof lookup ? NULL : g_strndup (word, length);
  Term *term;
  Hit hit = { adding->entry, offset };

  if (copy == NULL) {
    memcpy (lookup, word, length);
    lookup[length] = '\0';
  }
  term = g_hash_table_lookup (adding->index->terms, copy != NULL ? copy : lookup);
  if (term == NULL) {
    term = g_new0 (Term, 1);
    term->word = copy != NULL ? g_steal_pointer (&copy) : g_strdup (lookup);
    term->key = variant_key (term->word);
    term->key_length = (guint) strlen (term->key);
    term->hits = g_array_new (FALSE, FALSE, sizeof (Hit));
    g_hash_table_insert (adding->index->terms, term->word, term);
    g_ptr_array_add (adding->index->vocabulary, term);
  }
  g_array_append_val (term->hits, hit);
}

static Entry *
add_plain_entry (MgSearchIndex *self,
                 guint          block,
                 const char    *text)
{
  Entry entry = { g_strdup (text), NULL, g_array_new (FALSE, FALSE, sizeof (guint)), block,
                  self->docs->len - 1, FALSE, FALSE };
  AddingWords adding = { self, self->entries->len };

  entry.folded = mg_search_fold (entry.text, entry.offsets);
  g_array_append_val (self->entries, entry);
  for_each_word (entry.folded, add_word, &adding);

  return &g_array_index (self->entries, Entry, self->entries->len - 1);
}

static void
add_entry (MgSearchIndex *self,
           MgGuide       *guide,
           guint          block,
           const char    *msgid)
{
  g_autofree char *text = mg_markup_to_plain (mg_guide_translate (guide, msgid));

  add_plain_entry (self, block, text);
}

static void
add_doc (MgSearchIndex *self,
         const MgPage  *page,
         const char    *link,
         const char    *title,
         const char    *summary)
{
  Doc *doc = g_new0 (Doc, 1);

  doc->page = page;
  doc->link = g_strdup (link);
  doc->title = g_strdup (title);
  doc->summary = g_strdup (summary);
  g_ptr_array_add (self->docs, doc);
  add_plain_entry (self, G_MAXUINT, title)->is_title = TRUE;
}

static void
doc_free (gpointer data)
{
  Doc *doc = data;

  g_free (doc->link);
  g_free (doc->title);
  g_free (doc->summary);
  g_free (doc);
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
  self->docs = g_ptr_array_new_with_free_func (doc_free);
  self->terms = g_hash_table_new (g_str_hash, g_str_equal);
  self->vocabulary = g_ptr_array_new_with_free_func (term_free);

  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++) {
    const MgPage *page = mg_guide_get_page (guide, i);
    g_autofree char *title = mg_markup_to_plain (mg_guide_translate (guide, page->title));

    add_doc (self, page, page->id, title, NULL);
    for (guint b = 0; b < page->blocks->len; b++) {
      const MgBlock *block = g_ptr_array_index (page->blocks, b);

      if (block->text != NULL)
        add_entry (self, guide, b, block->text);
      for (guint k = 0; block->items != NULL && k < block->items->len; k++)
        add_entry (self, guide, b, g_ptr_array_index (block->items, k));
    }

    /* The sources page shows the list of sources after its text. */
    if (g_str_equal (page->id, "sources"))
      for (guint k = 0; k < mg_guide_get_n_sources (guide); k++)
        add_plain_entry (self, page->blocks->len, mg_guide_get_source (guide, k)->title);
  }

  return self;
}

/**
 * mg_search_index_add_tool:
 * @link: how the window opens the tool
 * @title: the tool's name, as the sidebar shows it
 * @keywords: (nullable): words people search the tool by, searched but
 *   never shown; a match shows @texts' first as the snippet
 * @texts: what the tool shows, as plain text, its section headings first
 *
 * Makes a tool a result too, in the language of its texts.
 */
void
mg_search_index_add_tool (MgSearchIndex      *self,
                          const char         *link,
                          const char         *title,
                          const char         *keywords,
                          const char * const *texts)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (link != NULL && title != NULL && texts != NULL);

  add_doc (self, NULL, link, title, texts[0]);
  for (guint i = 0; texts[i] != NULL; i++)
    add_plain_entry (self, G_MAXUINT, texts[i]);
  if (keywords != NULL)
    add_plain_entry (self, G_MAXUINT, keywords)->hidden = TRUE;
}

void
mg_search_index_free (MgSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  g_array_unref (self->entries);
  g_ptr_array_unref (self->docs);
  g_hash_table_unref (self->terms);
  g_ptr_array_unref (self->vocabulary);
  g_free (self);
}

static void
add_query_word (const char *word,
                gsize       length,
                guint       offset,
                gpointer    data)
{
  g_ptr_array_add (data, g_strndup (word, length));
}

static GPtrArray *
query_words (const char *query)
{
  g_autofree char *folded = mg_search_fold (query != NULL ? query : "", NULL);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for_each_word (folded, add_query_word, words);
  return words;
}

/* The vocabulary's words that @word finds, at the best tier it reaches:
 * only a word with no plain match is guessed at. */
static GArray *
accept (MgSearchIndex *self,
        const char    *word)
{
  GArray *accepted = g_array_new (FALSE, FALSE, sizeof (Accepted));
  guint length = (guint) g_utf8_strlen (word, -1);
  guint bound = fuzzy_bound (length);
  g_autofree char *key = variant_key (word);
  guint key_length = (guint) strlen (key);

  for (guint i = 0; i < self->vocabulary->len; i++) {
    Term *term = g_ptr_array_index (self->vocabulary, i);
    Accepted match = { term, N_TIERS };

    if (g_str_equal (term->word, word))
      match.tier = TIER_EXACT;
    else if (g_str_has_prefix (term->word, word))
      match.tier = TIER_PREFIX;
    else if (length >= MIN_INFIX && strstr (term->word, word) != NULL)
      match.tier = TIER_INFIX;
    /* The other spelling of the same word, or the start of it. */
    else if (length >= MIN_FUZZY && g_str_has_prefix (term->key, key))
      match.tier = TIER_VARIANT;
    if (match.tier != N_TIERS)
      g_array_append_val (accepted, match);
  }
  if (accepted->len > 0 || bound == 0)
    return accepted;

  for (guint i = 0; i < self->vocabulary->len; i++) {
    Term *term = g_ptr_array_index (self->vocabulary, i);
    Accepted match = { term, TIER_FUZZY };

    /* Most words are too long or too short to be near: skip them first. */
    if (term->key_length + bound < key_length || term->key_length > key_length + bound)
      continue;
    if (mg_search_distance (key, term->key, bound) <= bound)
      g_array_append_val (accepted, match);
  }

  return accepted;
}

typedef struct {
  guint  doc;
  guint  score;       /* the tiers of the query's words, added */
  guint32 title_hits; /* which words are in the title */
  guint  n_matches;
  Hit    shown;       /* the match the snippet shows */
  gsize  shown_length;
  Tier  *best;        /* for each word of the query */
} Candidate;

static guint
shown_rank (const Entry *entry)
{
  return entry->hidden ? 2 : entry->is_title ? 1 : 0;
}

static void
note_hit (MgSearchIndex *self,
          Candidate     *candidate,
          guint          w,
          const Accepted *match,
          const Hit     *hit)
{
  const Entry *entry = &g_array_index (self->entries, Entry, hit->entry);
  const Entry *shown = &g_array_index (self->entries, Entry, candidate->shown.entry);

  candidate->n_matches++;
  if (match->tier < candidate->best[w])
    candidate->best[w] = match->tier;
  if (entry->is_title)
    candidate->title_hits |= 1u << MIN (w, 31);
  /* The first match in the text, which says more than the title shown
   * above it; the title, then the keywords, only if nothing else. */
  if (candidate->shown_length == 0 || shown_rank (entry) < shown_rank (shown) ||
      (shown_rank (entry) == shown_rank (shown) && hit->entry < candidate->shown.entry)) {
    candidate->shown = *hit;
    candidate->shown_length = strlen (match->term->word);
  }
}

static guint
count_bits (guint32 bits)
{
  guint n = 0;

  for (; bits != 0; bits &= bits - 1)
    n++;

  return n;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;
  guint x_titles = count_bits (x->title_hits);
  guint y_titles = count_bits (y->title_hits);

  /* A page about the words first, then the closest matches, then the
   * guide's order with the tools first, as in the contents. */
  if (x_titles != y_titles)
    return x_titles > y_titles ? -1 : 1;
  if (x->score != y->score)
    return x->score < y->score ? -1 : 1;
  return x->doc < y->doc ? -1 : x->doc > y->doc;
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

static char *
snippet_of (MgSearchIndex   *self,
            const Candidate *candidate)
{
  const Entry *entry = &g_array_index (self->entries, Entry, candidate->shown.entry);
  const Doc *doc = g_ptr_array_index (self->docs, candidate->doc);

  if (entry->hidden)
    return g_markup_escape_text (doc->summary != NULL ? doc->summary : doc->title, -1);

  return make_snippet (entry, entry->folded + candidate->shown.offset, candidate->shown_length);
}

static void
result_free (gpointer data)
{
  MgSearchResult *result = data;

  g_free (result->snippet);
  g_free (result);
}

/* For each word of the query, what it finds; NULL when a word finds
 * nothing, and so the whole query nothing. */
static GPtrArray *
accept_all (MgSearchIndex *self,
            GPtrArray     *words)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint w = 0; w < words->len; w++) {
    GArray *accepted = accept (self, g_ptr_array_index (words, w));

    g_ptr_array_add (all, accepted);
    if (accepted->len == 0) {
      g_ptr_array_unref (all);
      return NULL;
    }
  }

  return all;
}

/**
 * mg_search_index_query:
 *
 * Returns: (transfer full): an array of MgSearchResult, one for each page
 *   or tool that holds every word of @query, those about them and with
 *   the closest matches first; empty for an empty query. The results
 *   borrow from the index: free them first.
 */
GPtrArray *
mg_search_index_query (MgSearchIndex *self,
                       const char    *query)
{
  GPtrArray *results = g_ptr_array_new_with_free_func (result_free);
  g_autoptr(GPtrArray) words = query_words (query);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autofree Tier *best = NULL;

  g_return_val_if_fail (self != NULL, results);

  if (words->len == 0 || (all = accept_all (self, words)) == NULL)
    return results;

  candidates = g_array_sized_new (FALSE, TRUE, sizeof (Candidate), self->docs->len);
  g_array_set_size (candidates, self->docs->len);
  best = g_new (Tier, self->docs->len * words->len);
  for (guint d = 0; d < self->docs->len; d++) {
    Candidate *candidate = &g_array_index (candidates, Candidate, d);

    candidate->doc = d;
    candidate->best = best + d * words->len;
    for (guint w = 0; w < words->len; w++)
      candidate->best[w] = N_TIERS;
  }

  for (guint w = 0; w < words->len; w++) {
    GArray *accepted = g_ptr_array_index (all, w);

    for (guint a = 0; a < accepted->len; a++) {
      const Accepted *match = &g_array_index (accepted, Accepted, a);

      for (guint h = 0; h < match->term->hits->len; h++) {
        const Hit *hit = &g_array_index (match->term->hits, Hit, h);
        guint d = g_array_index (self->entries, Entry, hit->entry).doc;

        note_hit (self, &g_array_index (candidates, Candidate, d), w, match, hit);
      }
    }
  }

  for (guint d = 0; d < candidates->len;) {
    Candidate *candidate = &g_array_index (candidates, Candidate, d);
    gboolean all_found = TRUE;

    candidate->score = 0;
    for (guint w = 0; w < words->len; w++) {
      all_found = all_found && candidate->best[w] < N_TIERS;
      candidate->score += candidate->best[w];
    }
    if (all_found)
      d++;
    else
      g_array_remove_index (candidates, d);
  }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++) {
    const Candidate *candidate = &g_array_index (candidates, Candidate, i);
    const Doc *doc = g_ptr_array_index (self->docs, candidate->doc);
    MgSearchResult *result = g_new0 (MgSearchResult, 1);

    result->page = doc->page;
    result->link = doc->link;
    result->title = doc->title;
    result->block = g_array_index (self->entries, Entry, candidate->shown.entry).block;
    result->snippet = snippet_of (self, candidate);
    result->n_matches = candidate->n_matches;
    g_ptr_array_add (results, result);
  }

  return results;
}

/**
 * mg_search_index_dup_marks:
 *
 * Returns: what to mark on a page for @query (see mg_search_mark ()): its
 *   words, or for a word that was guessed at, the words it found
 */
char *
mg_search_index_dup_marks (MgSearchIndex *self,
                           const char    *query)
{
  g_autoptr(GPtrArray) words = query_words (query);
  GString *marks = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, g_string_free (marks, FALSE));

  for (guint w = 0; w < words->len; w++) {
    g_autoptr(GArray) accepted = accept (self, g_ptr_array_index (words, w));
    gboolean plain = FALSE;

    /* The word itself marks every plain match; a guess, the word it found. */
    for (guint a = 0; a < accepted->len; a++) {
      const Accepted *match = &g_array_index (accepted, Accepted, a);

      if (match->tier >= TIER_VARIANT)
        g_string_append_printf (marks, "%s ", match->term->word);
      else
        plain = TRUE;
    }
    if (plain)
      g_string_append_printf (marks, "%s ", (const char *) g_ptr_array_index (words, w));
  }
  if (marks->len > 0)
    g_string_truncate (marks, marks->len - 1);

  return g_string_free (marks, FALSE);
}

/* The earliest match of any of @needles in @haystack, the longest of those
 * that start there; its length in @length. */
static const char *
next_match (const char  *haystack,
            GPtrArray   *needles,
            gsize       *length)
{
  const char *first = NULL;

  *length = 0;
  for (guint i = 0; i < needles->len; i++) {
    const char *needle = g_ptr_array_index (needles, i);
    const char *m = strstr (haystack, needle);

    if (m != NULL && (first == NULL || m < first || (m == first && strlen (needle) > *length))) {
      first = m;
      *length = strlen (needle);
    }
  }

  return first;
}

/**
 * mg_search_mark:
 * @text: Pango markup, as a paragraph is shown
 * @query: words separated by spaces, as mg_search_index_dup_marks () gives
 *
 * Returns: @text with every match of a word of @query highlighted, or %NULL
 *   when there is none; matches are found in the text between tags only
 */
char *
mg_search_mark (const char *text,
                const char *query)
{
  g_autoptr(GPtrArray) needles = NULL;
  GString *out = g_string_new (NULL);
  gboolean found = FALSE;
  const char *p = text;

  g_return_val_if_fail (text != NULL && query != NULL, NULL);

  needles = query_words (query);
  while (*p != '\0' && needles->len > 0) {
    const char *tag_end;
    const char *next = strchr (p, '<');
    g_autofree char *chunk = g_strndup (p, next != NULL ? (gsize) (next - p) : strlen (p));
    g_autofree char *plain = mg_markup_to_plain (chunk);
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree char *folded = mg_search_fold (plain, offsets);
    gsize copied = 0;
    gsize length = 0;

    /* The text between two tags is unescaped, searched, and escaped again
     * piece by piece, so a match never splits an entity such as &amp;. */
    for (const char *m = next_match (folded, needles, &length); m != NULL;
         m = next_match (m + length, needles, &length)) {
      guint start = g_array_index (offsets, guint, m - folded);
      guint end = g_array_index (offsets, guint, m - folded + length);
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
