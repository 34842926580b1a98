/* mg-number.c: numbers a person types, read as they meant them or refused
 *
 * The rule, for every field that takes a number:
 *
 * - Digits, with a decimal separator and thousands separators as the
 *   interface language writes them, or as C does: the decimal point is
 *   read in every language, and in Dutch, Swedish and Danish the decimal
 *   comma too. Thousands separators stand between groups of exactly three
 *   digits: a comma in English, a point in Dutch and Danish, and a space
 *   (plain, no-break or narrow no-break, as Swedish writes it) in every
 *   language. Arabic-Indic and full-width digits read as the digits they are.
 * - A point or comma followed by exactly three digits, the only separator
 *   in the number, is refused, asking for the number without a thousands
 *   separator, unless the interface language can only mean thousands by it
 *   (the comma in English) or the number is below one (“0,250”). “1.000”
 *   is one thousand to a Dutch or German reader and one to a C reader;
 *   “1,000” is one thousand in English and one in Dutch. Reading a thousands
 *   separator as a decimal makes an amount a thousand times smaller, which
 *   could turn an overdose into a reassuring result, so no such guess is
 *   made. Reading the English comma as thousands errs only the other way.
 * - Refused, with the reason in words: empty input; a sign (no field takes a
 *   negative number); anything after the number but the unit the field shows
 *   (“200 mg”); exponents, hexadecimal, “inf” and “nan”; two lines; more
 *   decimals than the field keeps; a value outside the field's range or off
 *   its step. Nothing is clamped or rounded.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-number"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-i18n.h"
#include "mg-languages.h"
#include "mg-number.h"

/* The separators each language reads; a space groups thousands in all. */
static const struct {
  const char *language;
  const char *decimal_marks;
  const char *group_marks;
} conventions[] = {
  { "en", ".", ", " },
  { "nl", ",.", ". " },
  { "sv", ",.", " " },
  { "da", ",.", ". " },
};

_Static_assert (G_N_ELEMENTS (conventions) == MG_N_LANGUAGES,
                "po/LINGUAS and conventions in src/i18n/mg-number.c name different numbers "
                "of languages: give every language the separators it reads");

#define MAX_GROUPS (MG_NUMBER_MAX_LENGTH / 2 + 1)

/* The number split at its separators: digit runs and the marks between. */
typedef struct {
  const char *text;
  guint       starts[MAX_GROUPS];
  guint       lengths[MAX_GROUPS];
  char        marks[MAX_GROUPS];
  guint       n_marks;
} Groups;

static guint
convention_index (void)
{
  const char *language = mg_i18n_get_language ();

  for (guint i = 0; i < G_N_ELEMENTS (conventions); i++) {
    if (g_str_equal (conventions[i].language, language))
      return i;
  }

  return 0;
}

/* The ASCII character a typed one stands for, or 0 if none may be typed. */
static char
ascii_for (gunichar c)
{
  static const gunichar zeros[] = { 0x0660, 0x06F0, 0xFF10 };  /* Arabic-Indic, Persian, full-width */

  if (c < 0x80 && (g_ascii_isalnum (c) || strchr (".,+- ", (int) c) != NULL))
    return g_ascii_tolower ((char) c);
  for (guint i = 0; i < G_N_ELEMENTS (zeros); i++) {
    if (c >= zeros[i] && c <= zeros[i] + 9)
      return (char) ('0' + (c - zeros[i]));
  }
  if (c == 0x00A0 || c == 0x202F)  /* no-break and narrow no-break space */
    return ' ';
  if (c == 0x2212)                 /* minus sign */
    return '-';

  return 0;
}

/* Trims white space and maps what was typed to ASCII; FALSE if a character
 * cannot be part of a number, or there is too much. */
static gboolean
to_ascii (const char *text,
          char        ascii[MG_NUMBER_MAX_LENGTH + 1])
{
  const char *end = text + strlen (text);
  guint length = 0;

  while (*text != '\0' && g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);
  while (end > text && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  for (const char *p = text; p < end; p = g_utf8_next_char (p)) {
    char c = ascii_for (g_utf8_get_char (p));

    if (c == 0 || length == MG_NUMBER_MAX_LENGTH)
      return FALSE;
    ascii[length++] = c;
  }
  ascii[length] = '\0';

  return TRUE;
}

static void
strip_unit (char       *ascii,
            const char *unit)
{
  gsize length = strlen (ascii);

  if (unit == NULL || !g_str_has_suffix (ascii, unit))
    return;

  length -= strlen (unit);
  while (length > 0 && ascii[length - 1] == ' ')
    length--;
  ascii[length] = '\0';
}

/* Digit runs with one separator between each two; FALSE for anything else. */
static gboolean
split_groups (const char *ascii,
              Groups     *groups)
{
  const char *p = ascii;

  groups->text = ascii;
  groups->n_marks = 0;
  for (;;) {
    const char *start = p;

    while (g_ascii_isdigit (*p))
      p++;
    if (p == start)
      return FALSE;
    groups->starts[groups->n_marks] = (guint) (start - ascii);
    groups->lengths[groups->n_marks] = (guint) (p - start);
    if (*p == '\0')
      return TRUE;
    if (strchr (", .", *p) == NULL)
      return FALSE;
    groups->marks[++groups->n_marks - 1] = *p++;
  }
}

/* Whether marks [0, n) separate thousands in groups of three. */
static gboolean
grouped_by (const Groups *groups,
            guint         n,
            const char   *group_marks)
{
  for (guint i = 0; i < n; i++) {
    if (groups->marks[i] != groups->marks[0] || strchr (group_marks, groups->marks[i]) == NULL ||
        groups->lengths[i + 1] != 3)
      return FALSE;
  }

  /* “0,250” has no thousands to separate. */
  return n == 0 || (groups->lengths[0] <= 3 && groups->text[0] != '0');
}

/* The digits of groups [0, n), without their separators. */
static void
append_digits (GString      *digits,
               const Groups *groups,
               guint         n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_len (digits, groups->text + groups->starts[i], groups->lengths[i]);
}

static void
copy_out (char        buffer[MG_NUMBER_MAX_LENGTH + 1],
          const char *text)
{
  g_strlcpy (buffer, text, MG_NUMBER_MAX_LENGTH + 1);
}

/* Both readings of an ambiguous number, for the message. */
static void
describe_readings (const Groups *groups,
                   MgNumber     *number)
{
  const char *decimals = groups->text + groups->starts[1];
  guint n_decimals = groups->lengths[1];
  g_autoptr(GString) as_decimal = g_string_new_len (groups->text, groups->lengths[0]);
  g_autoptr(GString) as_thousands = g_string_new (NULL);

  while (n_decimals > 0 && decimals[n_decimals - 1] == '0')
    n_decimals--;
  if (n_decimals > 0) {
    g_string_append_c (as_decimal, g_str_equal (mg_i18n_get_language (), "en") ? '.' : ',');
    g_string_append_len (as_decimal, decimals, n_decimals);
  }
  append_digits (as_thousands, groups, 2);

  copy_out (number->number, groups->text);
  copy_out (number->as_decimal, as_decimal->str);
  copy_out (number->as_thousands, as_thousands->str);
}

/* Reads the separators; fills @digits with the number in C form. */
static MgNumberProblem
read_groups (const Groups *groups,
             GString      *digits,
             MgNumber     *number)
{
  guint language = convention_index ();
  guint n = groups->n_marks;
  char last = n > 0 ? groups->marks[n - 1] : '\0';
  gboolean as_thousands = grouped_by (groups, n, conventions[language].group_marks);
  gboolean as_decimal = n > 0 && strchr (conventions[language].decimal_marks, last) != NULL &&
                        grouped_by (groups, n - 1, conventions[language].group_marks) &&
                        (n == 1 || groups->marks[0] != last);
  /* One point or comma before three digits may separate thousands. */
  gboolean could_be_thousands = n == 1 && groups->lengths[1] == 3 && (last == '.' || last == ',') &&
                                strspn (groups->text, "0") < groups->lengths[0];

  if (as_decimal && (as_thousands || could_be_thousands)) {
    describe_readings (groups, number);
    return MG_NUMBER_AMBIGUOUS;
  }
  if (as_thousands) {
    append_digits (digits, groups, n + 1);
    return MG_NUMBER_VALID;
  }
  if (as_decimal) {
    append_digits (digits, groups, n);
    g_string_append_c (digits, '.');
    g_string_append_len (digits, groups->text + groups->starts[n], groups->lengths[n]);
    return MG_NUMBER_VALID;
  }

  return MG_NUMBER_NOT_A_NUMBER;
}

static guint
count_decimals (const char *digits)
{
  const char *point = strchr (digits, '.');
  gsize length;

  if (point == NULL)
    return 0;
  length = strlen (point + 1);
  while (length > 0 && point[length] == '0')
    length--;

  return (guint) length;
}

static gboolean
in_range (double               value,
          const MgNumberRules *rules)
{
  double steps = rules->step > 0 ? value / rules->step : 0;

  return value >= rules->lower && value <= rules->upper && fabs (steps - round (steps)) < 1e-9;
}

static MgNumberProblem
read_number (const char          *text,
             const MgNumberRules *rules,
             MgNumber            *number)
{
  char ascii[MG_NUMBER_MAX_LENGTH + 1] = { 0 };
  g_autoptr(GString) digits = g_string_new (NULL);
  Groups groups;
  MgNumberProblem problem;

  if (!g_utf8_validate (text, -1, NULL) || !to_ascii (text, ascii))
    return MG_NUMBER_NOT_A_NUMBER;
  if (ascii[0] == '\0')
    return MG_NUMBER_EMPTY;
  strip_unit (ascii, rules->unit);
  if ((ascii[0] == '-' || ascii[0] == '+') && split_groups (ascii + 1, &groups))
    return MG_NUMBER_SIGNED;
  if (!split_groups (ascii, &groups))
    return MG_NUMBER_NOT_A_NUMBER;

  problem = read_groups (&groups, digits, number);
  if (problem != MG_NUMBER_VALID)
    return problem;
  if (count_decimals (digits->str) > rules->decimals)
    return MG_NUMBER_TOO_PRECISE;

  number->value = g_ascii_strtod (digits->str, NULL);
  if (!in_range (number->value, rules))
    return MG_NUMBER_OUT_OF_RANGE;

  return MG_NUMBER_VALID;
}

/**
 * mg_number_parse:
 * @text: what the person typed
 * @rules: what the field takes
 * @number: (out caller-allocates): what was read
 *
 * Reads a number by the rule at the top of this file, in the interface
 * language's conventions.
 *
 * Returns: %MG_NUMBER_VALID and the number in @number->value, or why
 *   @text was refused (also in @number->problem)
 */
MgNumberProblem
mg_number_parse (const char          *text,
                 const MgNumberRules *rules,
                 MgNumber            *number)
{
  g_return_val_if_fail (text != NULL, MG_NUMBER_NOT_A_NUMBER);
  g_return_val_if_fail (rules != NULL && number != NULL, MG_NUMBER_NOT_A_NUMBER);

  memset (number, 0, sizeof *number);
  number->problem = read_number (text, rules, number);
  if (number->problem != MG_NUMBER_VALID)
    number->value = 0;

  return number->problem;
}

/**
 * mg_number_explain:
 *
 * Returns: (nullable): a sentence on how to write the number, in the
 *   current language; %NULL when the field's range says it best (an empty,
 *   signed or out-of-range number) or the number was valid
 */
char *
mg_number_explain (const MgNumber      *number,
                   const MgNumberRules *rules)
{
  g_autofree char *example = NULL;

  g_return_val_if_fail (number != NULL && rules != NULL, NULL);

  switch (number->problem) {
  case MG_NUMBER_NOT_A_NUMBER:
    if (rules->decimals == 0)
      break;
    example = mg_i18n_format_decimal (12.5, 1);
    /* Translators: %s is a number such as “12.5”, written with your
     * language’s decimal separator */
    return g_strdup_printf (_("Type the number in digits, with a decimal separator as in %s."), example);
  case MG_NUMBER_AMBIGUOUS:
    /* Translators: %1$s is what the person typed, such as “1.000”; %2$s and
     * %3$s are the two numbers it can mean, such as “1” and “1000”. The
     * quotation marks are your language’s. */
    return g_strdup_printf (_("“%1$s” could mean %2$s or %3$s: type the one you mean without a "
                              "thousands separator."),
                            number->number, number->as_decimal, number->as_thousands);
  case MG_NUMBER_TOO_PRECISE:
    if (rules->decimals == 0)
      break;
    /* Translators: %u is the number of digits after the decimal separator */
    return g_strdup_printf (mg_i18n_ngettext ("Type the number with at most %u decimal place.",
                                              "Type the number with at most %u decimal places.",
                                              rules->decimals),
                            rules->decimals);
  case MG_NUMBER_VALID:
  case MG_NUMBER_EMPTY:
  case MG_NUMBER_SIGNED:
  case MG_NUMBER_OUT_OF_RANGE:
  default:
    return NULL;
  }

  return g_strdup (_("Type a whole number in digits."));
}
