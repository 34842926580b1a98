/* fuzz-dose.c: the dose model's input validation, mg_dose_evaluate (), fed
 * every answer a person or a damaged settings file could give: ages,
 * amounts that are negative, huge, infinite or not a number, contradicting
 * answers, and ids that name no choice. Input it cannot answer for must be
 * refused with a reason; what it answers must agree with itself.
 *
 * An input is read as: reference set, age unit, sex, form, amount kind (a
 * byte each, taken modulo their number), life-stage and health flags (a
 * byte), medicines (4 bytes), age (4 bytes, signed), amount per tablet,
 * tablets a day and food (8 bytes each, an IEEE 754 double), all little
 * endian; then the rest as an id to look up among every list of choices,
 * and as a number typed into each number field of the app, in each
 * language. Missing bytes read as zero.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-dose"

#include "config.h"

#include <string.h>

#include "mg-dose.h"
#include "mg-fuzz.h"
#include "mg-i18n.h"
#include "mg-number.h"

typedef struct {
  const uint8_t *data;
  size_t         left;
} Reader;

enum {
  FLAG_PREGNANT          = 1 << 0,
  FLAG_BREASTFEEDING     = 1 << 1,
  FLAG_KIDNEY_DISEASE    = 1 << 2,
  FLAG_BLEEDING_DISORDER = 1 << 3,
  FLAG_INTRAVENOUS       = 1 << 4,
  FLAG_HEART_CONDUCTION  = 1 << 5,
  FLAG_MYASTHENIA_GRAVIS = 1 << 6,
};

static guint64
read_bytes (Reader *reader,
            guint   n_bytes)
{
  guint64 value = 0;

  for (guint i = 0; i < n_bytes && reader->left > 0; i++, reader->left--)
    value |= (guint64) *reader->data++ << (8 * i);

  return value;
}

static guint
read_choice (Reader *reader,
             guint   n_choices)
{
  return (guint) read_bytes (reader, 1) % n_choices;
}

static double
read_double (Reader *reader)
{
  guint64 bits = read_bytes (reader, 8);
  double value;

  memcpy (&value, &bits, sizeof value);
  return value;
}

static void
read_input (Reader      *reader,
            MgDoseInput *input)
{
  guint flags;

  mg_dose_input_set_country (input, read_choice (reader, MG_N_COUNTRIES));
  input->age_unit = read_choice (reader, MG_N_AGE_UNITS);
  input->sex = read_choice (reader, MG_N_SEXES);
  input->form = read_choice (reader, MG_N_FORMS);
  input->amount_kind = read_choice (reader, MG_N_AMOUNT_KINDS);
  flags = (guint) read_bytes (reader, 1);
  input->pregnant = (flags & FLAG_PREGNANT) != 0;
  input->breastfeeding = (flags & FLAG_BREASTFEEDING) != 0;
  input->kidney_disease = (flags & FLAG_KIDNEY_DISEASE) != 0;
  input->bleeding_disorder = (flags & FLAG_BLEEDING_DISORDER) != 0;
  input->intravenous = (flags & FLAG_INTRAVENOUS) != 0;
  input->heart_conduction = (flags & FLAG_HEART_CONDUCTION) != 0;
  input->myasthenia_gravis = (flags & FLAG_MYASTHENIA_GRAVIS) != 0;
  input->medicines = (guint) read_bytes (reader, 4) & (MG_MEDICINE_BIT (MG_N_MEDICINES) - 1);
  input->age = (int) (gint32) (guint32) read_bytes (reader, 4);
  input->amount_mg = read_double (reader);
  input->tablets_per_day = read_double (reader);
  input->food_mg = read_double (reader);
  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++)
    input->other_mg[i] = read_double (reader);
}

static void
check_refusal (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == MG_DOSE_ERROR);
  g_assert_cmpint (error->code, <=, MG_DOSE_ERROR_FORM_NEEDED);
  g_assert_cmpstr (error->message, !=, "");
}

/* The page shows these together; none may contradict another. */
static void
check_result (const MgDoseInput  *input,
              const MgDoseResult *result)
{
  g_assert_cmpint (input->age, >=, 0);
  g_assert_true ((result->intake_kind == MG_INTAKE_NONE) == (result->reference_intake_mg == 0));
  g_assert_true (result->has_upper_limit == (result->upper_limit_mg > 0));
  g_assert_cmpuint (result->total_supplement_mg, ==, result->supplement_mg + result->other_mg);
  g_assert_true (result->above_limit == (result->has_upper_limit &&
                                         result->total_supplement_mg > result->upper_limit_mg));
  g_assert_true ((result->verdict == MG_VERDICT_SEE_DOCTOR) == (result->doctor_reasons != 0));
  g_assert_cmpuint (result->doctor_reasons, <, 1u << MG_N_DOCTOR_REASONS);
  g_assert_cmpuint (result->interactions, ==, input->medicines);
  g_assert_cmpuint (result->sources, <, MG_DOSE_SOURCE_BIT (MG_N_DOSE_SOURCES));
  g_assert_cmpuint (result->group_from_months, <=, mg_dose_input_age_in_months (input));
  g_assert_true (result->group_until_months == 0 ||
                 result->group_until_months > mg_dose_input_age_in_months (input));
  if (result->verdict == MG_VERDICT_NO_PRODUCT)
    g_assert_cmpuint (result->total_supplement_mg, ==, 0);
}

/* An id from the settings either names a choice whose id it is, or none. */
static void
check_ids (const char *id)
{
  for (MgDoseChoice choice = 0; choice < MG_N_DOSE_CHOICES; choice++) {
    guint index = G_MAXUINT;

    if (mg_dose_choice_from_id (choice, id, &index))
      g_assert_cmpstr (mg_dose_choice_get_id (choice, index), ==, id);
    else
      g_assert_cmpuint (index, ==, G_MAXUINT);
  }
  g_assert_cmpint (mg_country_for_locale (id), <, MG_N_COUNTRIES);
}

/* A typed number is read within the field's rules or refused with nothing
 * read; what is read, written back as the app writes it, reads the same. */
static void
check_typed (const char *text)
{
  static const MgNumberRules fields[] = {
    { "mg", 1, 0, 20000, 0 },   /* amount per tablet */
    { NULL, 2, 0, 50, 0 },      /* tablets a day */
    { NULL, 0, 0, 150, 0 },     /* age */
    { NULL, 1, 0.5, 10, 0.5 },  /* servings */
  };
  const char * const *languages = mg_i18n_get_languages ();

  for (guint l = 0; languages[l] != NULL; l++) {
    g_assert_true (mg_i18n_set_language (languages[l]));
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++) {
      g_autofree char *explained = NULL;
      g_autofree char *written = NULL;
      MgNumber number, again;

      if (mg_number_parse (text, &fields[i], &number) != MG_NUMBER_VALID) {
        g_assert_cmpfloat (number.value, ==, 0);
        explained = mg_number_explain (&number, &fields[i]);
        g_assert_true (explained == NULL || *explained != '\0');
        continue;
      }
      g_assert_cmpfloat (number.value, >=, fields[i].lower);
      g_assert_cmpfloat (number.value, <=, fields[i].upper);
      written = mg_i18n_format_decimal (number.value, (int) fields[i].decimals);
      g_assert_cmpint (mg_number_parse (written, &fields[i], &again), ==, MG_NUMBER_VALID);
      g_assert_cmpfloat (again.value, ==, number.value);
    }
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean languages_ready;
  Reader reader = { data, size };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  MgDoseInput input;
  MgDoseResult result;

  mg_dose_input_init (&input);
  read_input (&reader, &input);
  if (mg_dose_evaluate (&input, &result, &error)) {
    g_assert_no_error (error);
    check_result (&input, &result);
  } else {
    check_refusal (error);
  }

  id = g_strndup ((const char *) reader.data, reader.left);
  check_ids (id);

  if (!languages_ready) {
    mg_i18n_init ();
    languages_ready = TRUE;
  }
  check_typed (id);

  return 0;
}
