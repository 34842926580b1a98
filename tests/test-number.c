/* test-number.c: numbers a person types, read as they meant them or refused,
 * in each language the app speaks
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mg-i18n.h"
#include "mg-number.h"

/* The fields of the app: the dose guide's amount per tablet, tablets a day
 * and age, and the checklist's servings. */
static const MgNumberRules amount = { "mg", 1, 0, 20000, 0 };
static const MgNumberRules tablets = { NULL, 2, 0, 50, 0 };
static const MgNumberRules age = { NULL, 0, 0, 150, 0 };
static const MgNumberRules servings = { NULL, 1, 0.5, 10, 0.5 };

static const char * const languages[] = { "en", "nl", "sv", "da", NULL };

/* What each language reads: "=N" for the number N, or the problem. */
static const struct {
  const char          *text;
  const MgNumberRules *rules;
  const char          *expected[G_N_ELEMENTS (languages) - 1];
} cases[] = {
  /* Thousands: the language's own separator, or a space in any language. */
  { "1,000", &amount, { "=1000", "ambiguous", "ambiguous", "ambiguous" } },
  { "1.000", &amount, { "ambiguous", "ambiguous", "ambiguous", "ambiguous" } },
  { "1.000 mg", &amount, { "ambiguous", "ambiguous", "ambiguous", "ambiguous" } },
  { "1,500", &tablets, { "out-of-range", "ambiguous", "ambiguous", "ambiguous" } },
  { "1 000", &amount, { "=1000", "=1000", "=1000", "=1000" } },
  { "1\u00a0000", &amount, { "=1000", "=1000", "=1000", "=1000" } },
  { "1\u202f000", &amount, { "=1000", "=1000", "=1000", "=1000" } },
  { "1.000,5", &amount, { "not-a-number", "=1000.5", "not-a-number", "=1000.5" } },
  { "1,000.5", &amount, { "=1000.5", "not-a-number", "not-a-number", "not-a-number" } },
  { "1 000,5", &amount, { "not-a-number", "=1000.5", "=1000.5", "=1000.5" } },
  { "1,000,000", &amount, { "out-of-range", "not-a-number", "not-a-number", "not-a-number" } },
  { "1.000.000", &amount, { "not-a-number", "out-of-range", "not-a-number", "out-of-range" } },
  { "10,00", &amount, { "not-a-number", "=10", "=10", "=10" } },
  { "12 5", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "1.2.3", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  /* Decimals: the point everywhere, the comma where the language writes it. */
  { "12,5", &amount, { "not-a-number", "=12.5", "=12.5", "=12.5" } },
  { "12.5", &amount, { "=12.5", "=12.5", "=12.5", "=12.5" } },
  { "12.50", &amount, { "=12.5", "=12.5", "=12.5", "=12.5" } },
  { "0,250", &tablets, { "not-a-number", "=0.25", "=0.25", "=0.25" } },
  { "0.250", &tablets, { "=0.25", "=0.25", "=0.25", "=0.25" } },
  { "1.250", &tablets, { "ambiguous", "ambiguous", "ambiguous", "ambiguous" } },
  { "12.25", &amount, { "too-precise", "too-precise", "too-precise", "too-precise" } },
  { "30.5", &age, { "too-precise", "too-precise", "too-precise", "too-precise" } },
  { ".5", &tablets, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "5.", &tablets, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  /* Other digits, read as the digits they are. */
  { "\u0663\u0660\u0660", &amount, { "=300", "=300", "=300", "=300" } },
  { "\u06f2\u06f5\u06f0", &amount, { "=250", "=250", "=250", "=250" } },
  { "\uff13\uff10\uff10", &amount, { "=300", "=300", "=300", "=300" } },
  /* What is not a number the field takes. */
  { "", &amount, { "empty", "empty", "empty", "empty" } },
  { " ", &amount, { "empty", "empty", "empty", "empty" } },
  { "\t\u00a0", &amount, { "empty", "empty", "empty", "empty" } },
  { "abc", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "mg", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "10^9", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "0x10", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "0x1p10", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "1e3", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "inf", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "nan", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "NaN", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "250\n500", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "250\n", &amount, { "=250", "=250", "=250", "=250" } },
  { "\xff", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  /* Units: only the one the field shows. */
  { "200 mg", &amount, { "=200", "=200", "=200", "=200" } },
  { "200mg", &amount, { "=200", "=200", "=200", "=200" } },
  { "200 MG", &amount, { "=200", "=200", "=200", "=200" } },
  { "200 g", &amount, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "2 mg", &tablets, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  { "7 servings", &servings, { "not-a-number", "not-a-number", "not-a-number", "not-a-number" } },
  /* Signs and the field's range and step. */
  { "-5", &amount, { "signed", "signed", "signed", "signed" } },
  { "-0", &amount, { "signed", "signed", "signed", "signed" } },
  { "+5", &amount, { "signed", "signed", "signed", "signed" } },
  { "\u22125", &amount, { "signed", "signed", "signed", "signed" } },
  { "0", &amount, { "=0", "=0", "=0", "=0" } },
  { "20000", &amount, { "=20000", "=20000", "=20000", "=20000" } },
  { "20001", &amount, { "out-of-range", "out-of-range", "out-of-range", "out-of-range" } },
  { "99999999999999999999999", &amount,
    { "out-of-range", "out-of-range", "out-of-range", "out-of-range" } },
  { "1.5", &servings, { "=1.5", "=1.5", "=1.5", "=1.5" } },
  { "1,5", &servings, { "not-a-number", "=1.5", "=1.5", "=1.5" } },
  { "1.3", &servings, { "out-of-range", "out-of-range", "out-of-range", "out-of-range" } },
  { "0", &servings, { "out-of-range", "out-of-range", "out-of-range", "out-of-range" } },
  { "10.5", &servings, { "out-of-range", "out-of-range", "out-of-range", "out-of-range" } },
};

static const char * const problem_names[] = {
  [MG_NUMBER_VALID] = "valid",
  [MG_NUMBER_EMPTY] = "empty",
  [MG_NUMBER_NOT_A_NUMBER] = "not-a-number",
  [MG_NUMBER_SIGNED] = "signed",
  [MG_NUMBER_AMBIGUOUS] = "ambiguous",
  [MG_NUMBER_TOO_PRECISE] = "too-precise",
  [MG_NUMBER_OUT_OF_RANGE] = "out-of-range",
};

/* The table has a column for each language of po/LINGUAS, and no other. */
static void
test_every_language (void)
{
  const char * const *codes = mg_i18n_get_languages ();
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++) {
    if (!g_strv_contains (languages, codes[i]))
      g_string_append_printf (problems, " po/LINGUAS has “%s”, but tests/test-number.c has no "
                              "column for it: add one, and its separators to conventions in "
                              "src/i18n/mg-number.c.", codes[i]);
  }
  for (guint l = 0; languages[l] != NULL; l++) {
    if (!g_strv_contains (codes, languages[l]))
      g_string_append_printf (problems, " tests/test-number.c has a column for “%s”, which "
                              "po/LINGUAS lacks.", languages[l]);
  }
  if (problems->len > 0)
    g_test_fail_printf ("%s", problems->str + 1);
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    for (guint l = 0; languages[l] != NULL; l++) {
      const char *expected = cases[i].expected[l];
      MgNumber number;
      MgNumberProblem problem;

      g_assert_true (mg_i18n_set_language (languages[l]));
      problem = mg_number_parse (cases[i].text, cases[i].rules, &number);
      g_test_message ("%s: “%s” is %s, %g", languages[l], cases[i].text, problem_names[problem],
                      number.value);
      g_assert_cmpint (number.problem, ==, problem);
      if (expected[0] == '=') {
        g_assert_cmpstr (problem_names[problem], ==, "valid");
        g_assert_cmpfloat (number.value, ==, g_ascii_strtod (expected + 1, NULL));
      } else {
        g_assert_cmpstr (problem_names[problem], ==, expected);
        g_assert_cmpfloat (number.value, ==, 0);
      }
    }
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

/* Input of any length is refused whole, not cut to a number. */
static void
test_long (void)
{
  g_autofree char *digits = g_strnfill (MG_NUMBER_MAX_LENGTH, '1');
  g_autofree char *too_many = g_strnfill (MG_NUMBER_MAX_LENGTH + 1, '1');
  g_autofree char *huge = g_strnfill (100000, '5');
  g_autofree char *spaces = g_strnfill (100000, ' ');
  g_autofree char *padded = g_strconcat (spaces, "250", spaces, NULL);
  MgNumber number;

  g_assert_cmpint (mg_number_parse (digits, &amount, &number), ==, MG_NUMBER_OUT_OF_RANGE);
  g_assert_cmpint (mg_number_parse (too_many, &amount, &number), ==, MG_NUMBER_NOT_A_NUMBER);
  g_assert_cmpint (mg_number_parse (huge, &amount, &number), ==, MG_NUMBER_NOT_A_NUMBER);
  g_assert_cmpint (mg_number_parse (padded, &amount, &number), ==, MG_NUMBER_VALID);
  g_assert_cmpfloat (number.value, ==, 250);
}

/* What the person reads next to the field, and where the field's range
 * speaks instead. */
static void
test_explain (void)
{
  const struct {
    const char          *language;
    const char          *text;
    const MgNumberRules *rules;
    const char          *expected;
  } explained[] = {
    { "en", "1.000 mg", &amount, "“1.000” could mean 1 or 1000: type the one you mean without a thousands separator." },
    { "en", "1.250", &tablets, "“1.250” could mean 1.25 or 1250: type the one you mean without a thousands separator." },
    { "nl", "1.000", &amount, "‘1.000’ kan 1 of 1000 betekenen: typ het getal dat u bedoelt zonder scheidingsteken voor duizendtallen." },
    { "nl", "1,250", &tablets, "‘1,250’ kan 1,25 of 1250 betekenen: typ het getal dat u bedoelt zonder scheidingsteken voor duizendtallen." },
    { "en", "abc", &amount, "Type the number in digits, with a decimal separator as in 12.5." },
    { "sv", "7 servings", &servings, "Skriv talet med siffror, med decimaltecken som i 12,5." },
    { "en", "abc", &age, "Type a whole number in digits." },
    { "en", "30.5", &age, "Type a whole number in digits." },
    { "en", "12.25", &amount, "Type the number with at most 1 decimal place." },
    { "da", "1,255", &tablets, "»1,255« kan betyde 1,255 eller 1255: skriv det tal, du mener, uden tusindtalsseparator." },
    { "en", "", &amount, NULL },
    { "en", "-5", &amount, NULL },
    { "en", "20001", &amount, NULL },
    { "en", "250", &amount, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (explained); i++) {
    g_autofree char *text = NULL;
    MgNumber number;

    g_assert_true (mg_i18n_set_language (explained[i].language));
    mg_number_parse (explained[i].text, explained[i].rules, &number);
    text = mg_number_explain (&number, explained[i].rules);
    g_assert_cmpstr (text, ==, explained[i].expected);
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/every-language", test_every_language);
  g_test_add_func ("/number/table", test_table);
  g_test_add_func ("/number/long", test_long);
  g_test_add_func ("/number/explain", test_explain);

  return g_test_run ();
}
