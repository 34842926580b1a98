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

/* Typos and spelling variants that must still find the page... */
static const Case forgiven[] = {
  { "en", "magnesum", "rls-what-is" },
  { "en", "magensium", "rls-what-is" },       /* two letters swapped */
  { "en", "diarrhea", "rls-side-effects" },
  { "en", "celiac", "back-deficiency" },
  { "en", "behavior", "back-deficiency" },
  { "en", "randomized", "rls-research" },
  { "en", "center", "rls-side-effects" },
  { "en", "anesthesia", "sources" },
  { "en", "diarhea", "back-faq" },            /* a variant and a typo */
  { "en", "ferritn", "rls-iron" },
  { "en", "restles legs", "rls-what-is" },
  { "en", "bisphosphonate", "rls-interactions" },
  { "nl", "magnesuim", "back-deficiency" },
  { "nl", "ferritinne", "rls-iron" },
  { "sv", "magnseium", "rls-forms" },
  { "sv", "kostillskott", "rls-forms" },
  { "da", "magnesum", "rls-what-is" },
  { "da", "nyresygdum", "rls-who-careful" },
};

/* ...and words that must not find it: another word, not a typo. */
static const Case not_forgiven[] = {
  { "en", "magnet", "rls-what-is" },
  { "en", "irn", "rls-iron" },        /* short words are never guessed at */
  { "en", "ion", "rls-iron" },
  { "en", "bone", "back-role" },
  { "nl", "magneet", "back-deficiency" },
  { "sv", "jam", "rls-iron" },
  { "da", "svn", "rls-what-is" },         /* søvn, but too short to guess */
  { "da", "rygmarv", "back-role" },
};

/* The tools are results too, by their names and the words people use. */
static const Case tools[] = {
  { "en", "dose", "tool:dose-guide" },
  { "en", "interaction", "tool:dose-guide" },
  { "en", "food", "tool:food-checklist" },
  { "en", "spinach", "tool:food-checklist" },
  { "en", "medicines you take", "tool:dose-guide" },
  { "nl", "dosis", "tool:dose-guide" },
  { "nl", "interactie", "tool:dose-guide" },
  { "nl", "voeding", "tool:food-checklist" },
  { "sv", "dos", "tool:dose-guide" },
  { "sv", "interaktion", "tool:dose-guide" },
  { "sv", "livsmedel", "tool:food-checklist" },
  { "da", "dosis", "tool:dose-guide" },
  { "da", "interaktion", "tool:dose-guide" },
  { "da", "fodevarer", "tool:food-checklist" },
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
    if (g_str_equal (((MgSearchResult *) g_ptr_array_index (results, i))->link, id))
      return TRUE;

  return FALSE;
}

/* The index as the window builds it, with a tool for each of its own
 * tests' words: "dose" and "interaction" for the dose guide, the foods for
 * the checklist, looked up in the language shown as the window does. */
static MgSearchIndex *
index_with_tools (MgGuide *guide)
{
  MgSearchIndex *index = mg_search_index_new (guide);
  const char *dose_texts[] = { _("Medicines You Take"), _("About You"), NULL };
  const char *food_texts[] = { _("Magnesium from food today"), "Spinach", NULL };

  mg_search_index_add_tool (index, "tool:dose-guide", _("Dose Guide"),
                            _("dose;dosage;how much;amount;upper limit;reference intake;supplement;tablet;"
                              "medicine;medication;interaction;interactions;"),
                            dose_texts);
  mg_search_index_add_tool (index, "tool:food-checklist", _("Food Checklist"),
                            _("food;foods;diet;eating;meal;nutrition;magnesium-rich;checklist;serving;"),
                            food_texts);
  return index;
}

static GPtrArray *
query_in (MgGuide    *guide,
          const char *language,
          const char *query)
{
  g_autoptr(MgSearchIndex) index = NULL;
  GPtrArray *results;

  g_assert_true (mg_i18n_set_language (language));
  index = index_with_tools (guide);
  results = mg_search_index_query (index, query);
  /* The results borrow the titles and links: copy what the tests read. */
  for (guint i = 0; i < results->len; i++) {
    MgSearchResult *result = g_ptr_array_index (results, i);

    result->link = g_intern_string (result->link);
    result->title = g_intern_string (result->title);
  }

  return results;
}

static void
test_forgiving (void)
{
  g_autoptr(MgGuide) guide = load_guide ();

  for (guint i = 0; i < G_N_ELEMENTS (forgiven); i++) {
    g_autoptr(GPtrArray) results = query_in (guide, forgiven[i].language, forgiven[i].query);

    if (!has_page (results, forgiven[i].page))
      g_error ("%s: “%s” did not find %s (%u results)",
               forgiven[i].language, forgiven[i].query, forgiven[i].page, results->len);
    /* A page shows the word found; a tool may be found by its keywords,
     * which are never shown. */
    for (guint r = 0; r < results->len; r++) {
      MgSearchResult *result = g_ptr_array_index (results, r);

      if (result->page != NULL)
        g_assert_nonnull (strstr (result->snippet, "<b>"));
    }
  }
  for (guint i = 0; i < G_N_ELEMENTS (not_forgiven); i++) {
    g_autoptr(GPtrArray) results = query_in (guide, not_forgiven[i].language, not_forgiven[i].query);

    if (has_page (results, not_forgiven[i].page))
      g_error ("%s: “%s” found %s, which does not hold it",
               not_forgiven[i].language, not_forgiven[i].query, not_forgiven[i].page);
  }
  g_assert_true (mg_i18n_set_language (""));
}

/* What is found plainly is not guessed at as well: “iron” finds iron,
 * not “icon” or “irony”, and the page about it comes first. */
static void
test_exact_first (void)
{
  g_autoptr(MgGuide) guide = load_guide ();
  g_autoptr(GPtrArray) iron = query_in (guide, "en", "iron");
  g_autoptr(GPtrArray) magnesium = query_in (guide, "en", "magnesium");
  g_autoptr(GPtrArray) typo = query_in (guide, "en", "magnesum");

  g_assert_cmpuint (iron->len, >, 0);
  g_assert_cmpstr (((MgSearchResult *) g_ptr_array_index (iron, 0))->link, ==, "rls-iron");
  for (guint r = 0; r < iron->len; r++) {
    g_autofree char *snippet = g_utf8_strdown (((MgSearchResult *) g_ptr_array_index (iron, r))->snippet, -1);

    g_assert_nonnull (strstr (snippet, "<b>iron"));
  }
  /* A typo finds what the word finds. */
  g_assert_cmpuint (typo->len, ==, magnesium->len);
  g_assert_true (mg_i18n_set_language (""));
}

/* British and American spellings are the same word, whichever is written:
 * tried on a tool that holds words the article does not. */
static void
test_variants (void)
{
  g_autoptr(MgGuide) guide = load_guide ();
  g_autoptr(MgSearchIndex) index = NULL;
  const char *texts[] = { "Iron-deficiency anaemia", "Oesophagus and fetus", "Paralyse, analyse; colour",
                          /* A word longer than most, kept whole. */
                          "Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis",
                          "Fibre and litre", NULL };
  const struct { const char *query; gboolean found; } queries[] = {
    { "anemia", TRUE },
    { "esophagus", TRUE },
    { "foetus", TRUE },
    { "paralyze analyze", TRUE },
    { "color", TRUE },
    { "anaemic", TRUE },       /* a prefix and a variant away */
    { "fiber liter", TRUE },
    { "pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis", TRUE },
    { "anamnesis", FALSE },
    { "colander", FALSE },
    { "fetal", FALSE },
  };

  g_assert_true (mg_i18n_set_language ("en"));
  index = mg_search_index_new (guide);
  mg_search_index_add_tool (index, "tool:test", "Test", NULL, texts);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++) {
    g_autoptr(GPtrArray) results = mg_search_index_query (index, queries[i].query);

    if (has_page (results, "tool:test") != queries[i].found)
      g_error ("“%s” %s the tool", queries[i].query, queries[i].found ? "did not find" : "found");
  }
  g_assert_true (mg_i18n_set_language (""));
}

static void
test_distance (void)
{
  const struct { const char *a, *b; guint bound, distance; } pairs[] = {
    { "magnesium", "magnesium", 2, 0 },
    { "magnesum", "magnesium", 2, 1 },
    { "magensium", "magnesium", 2, 1 },  /* a swap is one edit */
    { "magnet", "magnesium", 2, 3 },     /* beyond the bound: bound + 1 */
    { "iron", "icon", 1, 1 },
    { "", "abc", 3, 3 },
    { "abc", "", 1, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    g_assert_cmpuint (mg_search_distance (pairs[i].a, pairs[i].b, pairs[i].bound), ==, pairs[i].distance);
}

static void
test_tools (void)
{
  g_autoptr(MgGuide) guide = load_guide ();

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++) {
    g_autoptr(GPtrArray) results = query_in (guide, tools[i].language, tools[i].query);

    if (!has_page (results, tools[i].page))
      g_error ("%s: “%s” did not find %s (%u results)",
               tools[i].language, tools[i].query, tools[i].page, results->len);
    for (guint r = 0; r < results->len; r++) {
      MgSearchResult *result = g_ptr_array_index (results, r);

      g_assert_true (pango_parse_markup (result->snippet, -1, 0, NULL, NULL, NULL, NULL));
      g_assert_true ((result->page == NULL) == g_str_has_prefix (result->link, "tool:"));
    }
  }
  g_assert_true (mg_i18n_set_language (""));
}

/* The marks for a page: the words typed, or the words a typo found. */
static void
test_marks (void)
{
  g_autoptr(MgGuide) guide = load_guide ();
  g_autoptr(MgSearchIndex) index = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *typo = NULL;
  g_autofree char *variant = NULL;
  g_autofree char *marked = NULL;

  g_assert_true (mg_i18n_set_language ("en"));
  index = mg_search_index_new (guide);
  plain = mg_search_index_dup_marks (index, "Ferritin levels");
  typo = mg_search_index_dup_marks (index, "magnesum");
  variant = mg_search_index_dup_marks (index, "diarrhea");
  g_assert_cmpstr (plain, ==, "ferritin levels");
  g_assert_cmpstr (typo, ==, "magnesium");
  g_assert_cmpstr (variant, ==, "diarrhoea");
  marked = mg_search_mark ("Too much causes diarrhoea.", variant);
  g_assert_nonnull (strstr (marked, ">diarrhoea</span>."));
  g_assert_true (mg_i18n_set_language (""));
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

  /* Each byte of the folded text points at the letter it came from: Æ's
   * two bytes both at Æ, which is two bytes long too. */
  {
    const guint expected[] = { 0, 0, 2, 3, 4, 5, 6 };
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree char *folded = mg_search_fold ("Ærlig", offsets);

    g_assert_cmpstr (folded, ==, "aerlig");
    g_assert_cmpmem (offsets->data, offsets->len * sizeof (guint), expected, sizeof expected);
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
  g_test_add_func ("/search/forgiving", test_forgiving);
  g_test_add_func ("/search/exact-first", test_exact_first);
  g_test_add_func ("/search/distance", test_distance);
  g_test_add_func ("/search/variants", test_variants);
  g_test_add_func ("/search/tools", test_tools);
  g_test_add_func ("/search/marks", test_marks);

  return g_test_run ();
}
