/* test-search.c: finding words across the article, in every language
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>

#include "mg-content.h"
#include "mg-i18n.h"
#include "mg-search.h"

typedef struct {
  const char *language;
  const char *query;
  const char *page;  /* a page that must be among the results */
} Case;

/* Queries as people type them: lower case, without accents. */
static const Case cases[] = {
  { "en", "restless", "rls-what-is" },
  { "en", "FERRITIN", "rls-iron" },
  { "en", "bisphosphonates", "rls-interactions" },
  { "en", "pumpkin", "rls-foods" },
  { "en", "ergonomic", "back-ergonomics" },
  { "en", "Cochrane", "sources" },
  { "nl", "magnesiumtekort", "back-deficiency" },
  { "nl", "rusteloze benen", "rls-what-is" },
  { "nl", "bisfosfonaten", "rls-interactions" },
  { "nl", "ferritine", "rls-iron" },
  { "sv", "ryggsmartor", "back-role" },
  { "sv", "jarn", "rls-iron" },
  { "sv", "kosttillskott", "rls-forms" },
  { "da", "sovn", "rls-what-is" },
  { "da", "rastlose ben", "rls-what-is" },
  { "da", "rygsmerter", "back-role" },
  { "da", "nyresygdom", "rls-who-careful" },
};

static MgGuide *
load_guide (void)
{
  g_autoptr(GError) error = NULL;
  MgGuide *guide = mg_guide_new_from_resource (RESOURCE_PATH "/content/magnesium-guide.guide", &error);

  g_assert_no_error (error);
  return guide;
}

static gboolean
has_page (GPtrArray  *results,
          const char *id)
{
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (((MgSearchResult *) g_ptr_array_index (results, i))->page->id, id))
      return TRUE;

  return FALSE;
}

static void
test_queries (void)
{
  g_autoptr(MgGuide) guide = load_guide ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autoptr(MgSearchIndex) index = NULL;
    g_autoptr(GPtrArray) results = NULL;

    g_assert_true (mg_i18n_set_language (cases[i].language));
    index = mg_search_index_new (guide);
    results = mg_search_index_query (index, cases[i].query);
    if (!has_page (results, cases[i].page))
      g_error ("%s: “%s” did not find the page %s (%u results)",
               cases[i].language, cases[i].query, cases[i].page, results->len);

    /* Each result shows its match, marked, in a snippet. */
    for (guint r = 0; r < results->len; r++) {
      MgSearchResult *result = g_ptr_array_index (results, r);

      g_assert_nonnull (strstr (result->snippet, "<b>"));
      g_assert_true (pango_parse_markup (result->snippet, -1, 0, NULL, NULL, NULL, NULL));
      g_assert_cmpuint (result->n_matches, >, 0);
    }
  }
  g_assert_true (mg_i18n_set_language (""));
}

static void
test_nothing_found (void)
{
  g_autoptr(MgGuide) guide = load_guide ();
  g_autoptr(MgSearchIndex) index = NULL;
  const char *queries[] = { "xyzzyplugh", "", "   ", "qqqqqq" };

  g_assert_true (mg_i18n_set_language ("en"));
  index = mg_search_index_new (guide);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++) {
    g_autoptr(GPtrArray) results = mg_search_index_query (index, queries[i]);

    g_assert_cmpuint (results->len, ==, 0);
  }
  g_assert_true (mg_i18n_set_language (""));
}

/* It searches what the person sees: after a switch, the new language. */
static void
test_follows_language (void)
{
  g_autoptr(MgGuide) guide = load_guide ();
  g_autoptr(MgSearchIndex) english = NULL;
  g_autoptr(MgSearchIndex) danish = NULL;
  g_autoptr(GPtrArray) in_english = NULL;
  g_autoptr(GPtrArray) in_danish = NULL;

  g_assert_true (mg_i18n_set_language ("en"));
  english = mg_search_index_new (guide);
  g_assert_true (mg_i18n_set_language ("da"));
  danish = mg_search_index_new (guide);

  in_english = mg_search_index_query (english, "rygsmerter");
  in_danish = mg_search_index_query (danish, "rygsmerter");
  g_assert_cmpuint (in_english->len, ==, 0);
  g_assert_cmpuint (in_danish->len, >, 0);
  g_assert_true (mg_i18n_set_language (""));
}

static void
test_fold (void)
{
  const struct { const char *in; const char *out; } folds[] = {
    { "Magnesiumtekort", "magnesiumtekort" },
    { "søvn", "sovn" },
    { "Ærlig ÅRE", "aerlig are" },
    { "Hämmare", "hammare" },
    { "Crème brûlée", "creme brulee" },
    /* Typed on a Turkish keyboard, or pasted. */
    { "SPİNACH", "spinach" },
    { "magnesıum", "magnesium" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (folds); i++) {
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree char *folded = mg_search_fold (folds[i].in, offsets);

    g_assert_cmpstr (folded, ==, folds[i].out);
    g_assert_cmpuint (offsets->len, ==, strlen (folded) + 1);
    g_assert_cmpuint (g_array_index (offsets, guint, offsets->len - 1), ==, strlen (folds[i].in));
  }
}

static void
test_mark (void)
{
  g_autofree char *a = mg_search_mark ("Sleep &amp; <b>søvn</b> and Søvn", "sovn");
  g_autofree char *b = mg_search_mark ("Nothing here", "sovn");
  g_autofree char *c = mg_search_mark ("Tom &amp; Jerry", "amp");
  g_autofree char *d = mg_search_mark ("see <a href=\"page:rls-iron\">iron</a>", "iron");

  g_assert_nonnull (a);
  g_assert_nonnull (strstr (a, ">søvn</span></b>"));
  g_assert_nonnull (strstr (a, ">Søvn</span>"));
  g_assert_true (pango_parse_markup (a, -1, 0, NULL, NULL, NULL, NULL));
  g_assert_null (b);
  /* An entity is text, never a match of its own letters. */
  g_assert_null (c);
  /* Link targets are not text either. */
  g_assert_nonnull (d);
  g_assert_nonnull (strstr (d, "href=\"page:rls-iron\""));
  /* Links are GtkLabel markup, not Pango's: the mark sits inside the link. */
  g_assert_nonnull (strstr (d, "\">iron</span></a>"));
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/queries", test_queries);
  g_test_add_func ("/search/nothing-found", test_nothing_found);
  g_test_add_func ("/search/follows-language", test_follows_language);
  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/mark", test_mark);

  return g_test_run ();
}
