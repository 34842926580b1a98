/* test-dose.c: the dose model and its words
 *
 * The expected figures are copied from ../shared/reference/magnesium-facts.md,
 * not from the model's tables, so that a slip in either shows.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-content.h"
#include "mg-dose.h"
#include "mg-dose-text.h"
#include "mg-i18n.h"
#include "mg-number.h"

#define NONE 0       /* no figure stated, or no limit set */
#define NOT_ASKED 1  /* a row that does not apply to this sex */

static MgDoseResult
evaluate_ok (const MgDoseInput *input)
{
  g_autoptr(GError) error = NULL;
  MgDoseResult result;

  g_assert_true (mg_dose_evaluate (input, &result, &error));
  g_assert_no_error (error);

  return result;
}

static guint
count_bits (guint bits)
{
  guint n = 0;

  for (; bits != 0; bits &= bits - 1)
    n++;

  return n;
}

static MgDoseInput
adult (MgReferenceSet set)
{
  MgDoseInput input;

  mg_dose_input_init (&input);
  mg_dose_input_set_country (&input, mg_country_for_reference_set (set));

  return input;
}

/* Facts file, section 1: one row of the table per group, at an age inside
 * the group, with the figures for female and male. */
typedef struct {
  const char *group;
  int         age;
  MgAgeUnit   unit;
  gboolean    pregnant;
  gboolean    breastfeeding;
  guint       intake[MG_N_REFERENCE_SETS][MG_N_SEXES];
  guint       limit[MG_N_REFERENCE_SETS];
} FactsRow;

#define SAME(mg) { mg, mg }
#define FEMALE_ONLY(mg) { mg, NOT_ASKED }

static const FactsRow facts_rows[] = {
  { "0-6 months", 3, MG_AGE_MONTHS, FALSE, FALSE,
    { SAME (30), SAME (NONE), SAME (NONE), SAME (NONE) }, { NONE, NONE, NONE, NONE } },
  { "7-12 months", 9, MG_AGE_MONTHS, FALSE, FALSE,
    { SAME (75), SAME (80), SAME (80), SAME (NONE) }, { NONE, NONE, NONE, NONE } },
  { "1-3 years", 2, MG_AGE_YEARS, FALSE, FALSE,
    { SAME (80), SAME (170), SAME (170), SAME (NONE) }, { 65, NONE, NONE, NONE } },
  { "4-8 years", 6, MG_AGE_YEARS, FALSE, FALSE,
    { SAME (130), SAME (230), SAME (230), SAME (NONE) }, { 110, 250, 250, NONE } },
  { "9-13 years", 12, MG_AGE_YEARS, FALSE, FALSE,
    { SAME (240), { 250, 300 }, { 250, 300 }, SAME (NONE) }, { 350, 250, 250, NONE } },
  { "14-18 years", 16, MG_AGE_YEARS, FALSE, FALSE,
    { { 360, 410 }, { 250, 300 }, { 250, 300 }, SAME (NONE) }, { 350, 250, 250, NONE } },
  { "19-30 years", 25, MG_AGE_YEARS, FALSE, FALSE,
    { { 310, 400 }, { 300, 350 }, { 300, 350 }, { 270, 300 } }, { 350, 250, 250, 400 } },
  { "31+ years", 45, MG_AGE_YEARS, FALSE, FALSE,
    { { 320, 420 }, { 300, 350 }, { 300, 350 }, { 270, 300 } }, { 350, 250, 250, 400 } },
  { "31+ years, old", 90, MG_AGE_YEARS, FALSE, FALSE,
    { { 320, 420 }, { 300, 350 }, { 300, 350 }, { 270, 300 } }, { 350, 250, 250, 400 } },
  { "pregnancy <=18", 17, MG_AGE_YEARS, TRUE, FALSE,
    { FEMALE_ONLY (400), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, NONE } },
  { "pregnancy 19-30", 25, MG_AGE_YEARS, TRUE, FALSE,
    { FEMALE_ONLY (350), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, 400 } },
  { "pregnancy 31-50", 40, MG_AGE_YEARS, TRUE, FALSE,
    { FEMALE_ONLY (360), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, 400 } },
  { "lactation <=18", 17, MG_AGE_YEARS, FALSE, TRUE,
    { FEMALE_ONLY (360), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, NONE } },
  { "lactation 19-30", 25, MG_AGE_YEARS, FALSE, TRUE,
    { FEMALE_ONLY (310), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, 400 } },
  { "lactation 31-50", 40, MG_AGE_YEARS, FALSE, TRUE,
    { FEMALE_ONLY (320), FEMALE_ONLY (300), FEMALE_ONLY (NONE), FEMALE_ONLY (NONE) }, { 350, 250, 250, 400 } },
};

static void
check_figures (const MgDoseInput *input,
               guint              intake,
               guint              limit)
{
  MgDoseResult result = evaluate_ok (input);

  g_assert_cmpuint (result.reference_intake_mg, ==, intake);
  g_assert_cmpint (result.intake_kind == MG_INTAKE_NONE, ==, intake == NONE);
  g_assert_cmpint (result.has_upper_limit, ==, limit != NONE);
  g_assert_cmpuint (result.upper_limit_mg, ==, limit);
}

static void
test_facts_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (facts_rows); i++) {
    const FactsRow *row = &facts_rows[i];

    for (MgReferenceSet set = 0; set < MG_N_REFERENCE_SETS; set++) {
      for (MgSex sex = 0; sex < MG_N_SEXES; sex++) {
        MgDoseInput input = adult (set);

        if (row->intake[set][sex] == NOT_ASKED)
          continue;
        g_test_message ("%s, %s, %s", row->group, mg_reference_set_get_info (set)->id,
                        sex == MG_SEX_MALE ? "male" : "female");
        input.age = row->age;
        input.age_unit = row->unit;
        input.sex = sex;
        input.pregnant = row->pregnant;
        input.breastfeeding = row->breastfeeding;
        check_figures (&input, row->intake[set][sex], row->limit[set]);
      }
    }
  }
}

/* The last age of one group and the first of the next. */
typedef struct {
  MgReferenceSet set;
  int            age;
  MgAgeUnit      unit;
  MgSex          sex;
  gboolean       pregnant;
  guint          intake;
  guint          limit;
} Boundary;

static const Boundary boundaries[] = {
  { MG_REFERENCE_SET_NIH, 6, MG_AGE_MONTHS, MG_SEX_FEMALE, FALSE, 30, NONE },
  { MG_REFERENCE_SET_NIH, 7, MG_AGE_MONTHS, MG_SEX_FEMALE, FALSE, 75, NONE },
  { MG_REFERENCE_SET_NIH, 11, MG_AGE_MONTHS, MG_SEX_MALE, FALSE, 75, NONE },
  { MG_REFERENCE_SET_NIH, 1, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 80, 65 },
  { MG_REFERENCE_SET_NIH, 3, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 80, 65 },
  { MG_REFERENCE_SET_NIH, 4, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 130, 110 },
  { MG_REFERENCE_SET_NIH, 8, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 130, 110 },
  { MG_REFERENCE_SET_NIH, 9, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 240, 350 },
  { MG_REFERENCE_SET_NIH, 13, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 240, 350 },
  { MG_REFERENCE_SET_NIH, 14, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 410, 350 },
  { MG_REFERENCE_SET_NIH, 18, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 410, 350 },
  { MG_REFERENCE_SET_NIH, 19, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 400, 350 },
  { MG_REFERENCE_SET_NIH, 30, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 310, 350 },
  { MG_REFERENCE_SET_NIH, 31, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 320, 350 },
  { MG_REFERENCE_SET_NIH, 50, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 420, 350 },
  { MG_REFERENCE_SET_NIH, 51, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 420, 350 },
  { MG_REFERENCE_SET_NIH, 120, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 420, 350 },
  { MG_REFERENCE_SET_NIH, 18, MG_AGE_YEARS, MG_SEX_FEMALE, TRUE, 400, 350 },
  { MG_REFERENCE_SET_NIH, 19, MG_AGE_YEARS, MG_SEX_FEMALE, TRUE, 350, 350 },
  { MG_REFERENCE_SET_NIH, 30, MG_AGE_YEARS, MG_SEX_FEMALE, TRUE, 350, 350 },
  { MG_REFERENCE_SET_NIH, 31, MG_AGE_YEARS, MG_SEX_FEMALE, TRUE, 360, 350 },
  { MG_REFERENCE_SET_NIH, 50, MG_AGE_YEARS, MG_SEX_FEMALE, TRUE, 360, 350 },
  { MG_REFERENCE_SET_EFSA, 6, MG_AGE_MONTHS, MG_SEX_FEMALE, FALSE, NONE, NONE },
  { MG_REFERENCE_SET_EFSA, 7, MG_AGE_MONTHS, MG_SEX_FEMALE, FALSE, 80, NONE },
  { MG_REFERENCE_SET_EFSA, 2, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 170, NONE },
  { MG_REFERENCE_SET_EFSA, 3, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 230, NONE },
  { MG_REFERENCE_SET_EFSA, 4, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 230, 250 },
  { MG_REFERENCE_SET_EFSA, 9, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 230, 250 },
  { MG_REFERENCE_SET_EFSA, 10, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 300, 250 },
  { MG_REFERENCE_SET_EFSA, 17, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 300, 250 },
  { MG_REFERENCE_SET_EFSA, 18, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 350, 250 },
  { MG_REFERENCE_SET_EFSA, 17, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 250, 250 },
  { MG_REFERENCE_SET_EFSA, 18, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 300, 250 },
  { MG_REFERENCE_SET_NNR, 6, MG_AGE_MONTHS, MG_SEX_MALE, FALSE, NONE, NONE },
  { MG_REFERENCE_SET_NNR, 7, MG_AGE_MONTHS, MG_SEX_MALE, FALSE, 80, NONE },
  { MG_REFERENCE_SET_NNR, 3, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 170, NONE },
  { MG_REFERENCE_SET_NNR, 4, MG_AGE_YEARS, MG_SEX_MALE, FALSE, 230, 250 },
  { MG_REFERENCE_SET_NNR, 10, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 230, 250 },
  { MG_REFERENCE_SET_NNR, 11, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 250, 250 },
  { MG_REFERENCE_SET_NNR, 17, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 250, 250 },
  { MG_REFERENCE_SET_NNR, 18, MG_AGE_YEARS, MG_SEX_FEMALE, FALSE, 300, 250 },
};

static void
test_age_boundaries (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (boundaries); i++) {
    const Boundary *boundary = &boundaries[i];
    MgDoseInput input = adult (boundary->set);

    g_test_message ("%s at %d %s", mg_reference_set_get_info (boundary->set)->id, boundary->age,
                    boundary->unit == MG_AGE_MONTHS ? "months" : "years");
    input.age = boundary->age;
    input.age_unit = boundary->unit;
    input.sex = boundary->sex;
    input.pregnant = boundary->pregnant;
    check_figures (&input, boundary->intake, boundary->limit);
  }
}

/* Facts file, section 3, per 1000 mg of the salt. */
static const struct {
  MgForm form;
  guint  elemental_per_gram;
} form_cases[] = {
  { MG_FORM_OXIDE, 603 },
  { MG_FORM_HYDROXIDE, 417 },
  { MG_FORM_CARBONATE, 288 },
  { MG_FORM_CHLORIDE, 255 },
  { MG_FORM_CHLORIDE_HEXAHYDRATE, 120 },
  { MG_FORM_SULFATE, 202 },
  { MG_FORM_SULFATE_HEPTAHYDRATE, 99 },
  { MG_FORM_CITRATE, 162 },
  { MG_FORM_CITRATE_MONOMAGNESIUM, 113 },
  { MG_FORM_MALATE, 155 },
  { MG_FORM_BISGLYCINATE, 141 },
  { MG_FORM_GLYCEROPHOSPHATE, 125 },
  { MG_FORM_LACTATE, 120 },
  { MG_FORM_LACTATE_DIHYDRATE, 102 },
  { MG_FORM_ASPARTATE, 84 },
  { MG_FORM_THREONATE, 83 },
  /* The medicinal form (finding 18). */
  { MG_FORM_ASPARTATE_DIHYDRATE, 75 },
};

static void
test_elemental_every_form (void)
{
  /* Every form but "not known" has a case. */
  g_assert_cmpuint (G_N_ELEMENTS (form_cases), ==, MG_N_FORMS - 1);

  for (guint i = 0; i < G_N_ELEMENTS (form_cases); i++) {
    MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
    MgDoseResult result;
    guint form;

    input.amount_kind = MG_AMOUNT_SALT;
    input.form = form_cases[i].form;
    input.amount_mg = 500;
    input.tablets_per_day = 2;
    result = evaluate_ok (&input);
    g_assert_cmpuint (result.supplement_mg, ==, form_cases[i].elemental_per_gram);
    g_assert_cmpfloat_with_epsilon (mg_form_elemental_mg (input.form, 1000), form_cases[i].elemental_per_gram, 1e-9);

    /* Each form is known by its id, as the settings keep it. */
    g_assert_true (mg_dose_choice_from_id (MG_DOSE_CHOICE_FORM, mg_form_get_info (input.form)->id, &form));
    g_assert_cmpuint (form, ==, input.form);
  }
}

static const struct {
  MgAmountKind kind;
  MgForm       form;
  double       amount_mg;
  double       tablets;
  guint        expected_mg;
} amount_cases[] = {
  { MG_AMOUNT_ELEMENTAL, MG_FORM_UNKNOWN, 125, 2, 250 },
  { MG_AMOUNT_ELEMENTAL, MG_FORM_OXIDE, 125, 2, 250 },  /* the form does not change the label's figure */
  { MG_AMOUNT_ELEMENTAL, MG_FORM_UNKNOWN, 187.5, 1, 188 },
  { MG_AMOUNT_ELEMENTAL, MG_FORM_UNKNOWN, 100, 1.5, 150 },
  { MG_AMOUNT_ELEMENTAL, MG_FORM_UNKNOWN, 100, 0, 0 },
  { MG_AMOUNT_ELEMENTAL, MG_FORM_UNKNOWN, 0, 3, 0 },
  { MG_AMOUNT_SALT, MG_FORM_CITRATE, 250, 3, 122 },  /* 121.5 rounds up */
  { MG_AMOUNT_SALT, MG_FORM_OXIDE, 400, 1, 241 },    /* 241.2 */
  { MG_AMOUNT_SALT, MG_FORM_UNKNOWN, 0, 1, 0 },      /* nothing to work out */
};

static void
test_amounts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (amount_cases); i++) {
    MgDoseInput input = adult (MG_REFERENCE_SET_NIH);

    input.amount_kind = amount_cases[i].kind;
    input.form = amount_cases[i].form;
    input.amount_mg = amount_cases[i].amount_mg;
    input.tablets_per_day = amount_cases[i].tablets;
    g_assert_cmpuint (evaluate_ok (&input).supplement_mg, ==, amount_cases[i].expected_mg);
  }
}

static const struct {
  MgReferenceSet set;
  double         elemental_mg;
  MgVerdict      verdict;
} limit_cases[] = {
  { MG_REFERENCE_SET_NIH, 0, MG_VERDICT_NO_PRODUCT },
  { MG_REFERENCE_SET_NIH, 350, MG_VERDICT_WITHIN_LIMIT },
  { MG_REFERENCE_SET_NIH, 351, MG_VERDICT_ABOVE_LIMIT },
  { MG_REFERENCE_SET_EFSA, 250, MG_VERDICT_WITHIN_LIMIT },
  { MG_REFERENCE_SET_EFSA, 251, MG_VERDICT_ABOVE_LIMIT },
  { MG_REFERENCE_SET_NNR, 250, MG_VERDICT_WITHIN_LIMIT },
  { MG_REFERENCE_SET_NNR, 300, MG_VERDICT_ABOVE_LIMIT },
};

static void
test_limit_verdicts (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (limit_cases); i++) {
    MgDoseInput input = adult (limit_cases[i].set);
    MgDoseResult result;

    input.amount_mg = limit_cases[i].elemental_mg;
    /* Food never counts towards the upper limit. */
    input.food_mg = 400;
    result = evaluate_ok (&input);
    g_assert_cmpint (result.verdict, ==, limit_cases[i].verdict);
    g_assert_cmpint (result.above_limit, ==, limit_cases[i].verdict == MG_VERDICT_ABOVE_LIMIT);
    g_assert_cmpuint (result.doctor_reasons, ==, 0);
    g_assert_cmpuint (result.food_mg, ==, 400);
  }
}

/* Who asks and what they take: all that the cases below vary. */
typedef struct {
  MgReferenceSet set;
  int            age;
  MgAgeUnit      unit;
  MgSex          sex;
  guint          flags;
  double         amount_mg;
  double         tablets;
  double         food_mg;
  MgAmountKind   kind;
} Person;

enum {
  PREGNANT      = 1 << 0,
  BREASTFEEDING = 1 << 1,
  KIDNEY        = 1 << 2,
  BLEEDING      = 1 << 3,
  DRIP          = 1 << 4,
};

#define NIH MG_REFERENCE_SET_NIH
#define EFSA MG_REFERENCE_SET_EFSA
#define NNR MG_REFERENCE_SET_NNR
#define YEARS MG_AGE_YEARS
#define MONTHS MG_AGE_MONTHS
#define FEMALE MG_SEX_FEMALE
#define MALE MG_SEX_MALE
#define LABEL MG_AMOUNT_ELEMENTAL
#define SALT MG_AMOUNT_SALT

static MgDoseInput
input_of (const Person *person)
{
  MgDoseInput input = adult (person->set);

  input.age = person->age;
  input.age_unit = person->unit;
  input.sex = person->sex;
  input.pregnant = (person->flags & PREGNANT) != 0;
  input.breastfeeding = (person->flags & BREASTFEEDING) != 0;
  input.kidney_disease = (person->flags & KIDNEY) != 0;
  input.bleeding_disorder = (person->flags & BLEEDING) != 0;
  input.intravenous = (person->flags & DRIP) != 0;
  input.amount_mg = person->amount_mg;
  input.tablets_per_day = person->tablets;
  input.food_mg = person->food_mg;
  input.amount_kind = person->kind;

  return input;
}

static const struct {
  const char *name;
  Person      person;
  guint       reasons;
} doctor_cases[] = {
  { "kidney disease", { NIH, 30, YEARS, FEMALE, KIDNEY, 50, 1, 0, LABEL }, MG_DOCTOR_KIDNEY_DISEASE },
  { "bleeding disorder", { NIH, 30, YEARS, MALE, BLEEDING, 50, 1, 0, LABEL }, MG_DOCTOR_BLEEDING_DISORDER },
  { "both", { NIH, 30, YEARS, FEMALE, KIDNEY | BLEEDING, 50, 1, 0, LABEL },
    MG_DOCTOR_KIDNEY_DISEASE | MG_DOCTOR_BLEEDING_DISORDER },
  { "NIH, 11 months", { NIH, 11, MONTHS, FEMALE, 0, 50, 1, 0, LABEL }, MG_DOCTOR_CHILD_WITHOUT_LIMIT },
  { "EFSA, 3 years", { EFSA, 3, YEARS, MALE, 0, 50, 1, 0, LABEL }, MG_DOCTOR_CHILD_WITHOUT_LIMIT },
  { "NNR, 2 years", { NNR, 2, YEARS, FEMALE, 0, 50, 1, 0, LABEL }, MG_DOCTOR_CHILD_WITHOUT_LIMIT },
  { "intravenous in pregnancy", { NIH, 30, YEARS, FEMALE, DRIP | PREGNANT, 50, 1, 0, LABEL },
    MG_DOCTOR_INTRAVENOUS_PREGNANCY },
  { "intravenous when breastfeeding", { NNR, 30, YEARS, FEMALE, DRIP | BREASTFEEDING, 50, 1, 0, LABEL },
    MG_DOCTOR_INTRAVENOUS_PREGNANCY },
  { "intravenous", { NIH, 30, YEARS, MALE, DRIP, 50, 1, 0, LABEL }, MG_DOCTOR_INTRAVENOUS },
  { "pregnant, by mouth", { NIH, 30, YEARS, FEMALE, PREGNANT, 50, 1, 0, LABEL }, 0 },
  { "NIH, 1 year", { NIH, 1, YEARS, FEMALE, 0, 50, 1, 0, LABEL }, 0 },
  { "EFSA, 4 years", { EFSA, 4, YEARS, FEMALE, 0, 50, 1, 0, LABEL }, 0 },
};

static void
test_doctor_rules (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (doctor_cases); i++) {
    MgDoseInput input = input_of (&doctor_cases[i].person);
    guint reasons = doctor_cases[i].reasons;
    MgDoseResult result;
    g_autoptr(MgDoseText) text = NULL;

    g_test_message ("%s", doctor_cases[i].name);
    result = evaluate_ok (&input);
    g_assert_cmpuint (result.doctor_reasons, ==, reasons);
    g_assert_cmpint (result.verdict, ==, reasons != 0 ? MG_VERDICT_SEE_DOCTOR : MG_VERDICT_WITHIN_LIMIT);

    /* Each reason is told, one point each. */
    text = mg_dose_text_new (&input);
    g_assert_cmpuint (text->verdict_points->len, ==, count_bits (reasons));
  }
}

static void
test_doctor_even_without_product (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_EFSA);

  input.kidney_disease = TRUE;
  g_assert_cmpint (evaluate_ok (&input).verdict, ==, MG_VERDICT_SEE_DOCTOR);
}

static void
test_above_limit_tells_effects (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_EFSA);
  g_autoptr(MgDoseText) text = NULL;

  input.amount_mg = 300;
  text = mg_dose_text_new (&input);
  g_assert_cmpint (text->result.verdict, ==, MG_VERDICT_ABOVE_LIMIT);
  g_assert_nonnull (strstr (text->verdict_text, "300 mg"));
  g_assert_nonnull (strstr (text->verdict_text, "250 mg"));
  g_assert_cmpuint (text->verdict_points->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (text->verdict_points, 0), "diarrhoea"));
  g_assert_nonnull (strstr (g_ptr_array_index (text->verdict_points, 1), "cardiac arrest"));
  g_assert_nonnull (strstr (g_ptr_array_index (text->verdict_points, 2), "get medical help at once"));
  g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_NIH_ODS));
}

/* Facts file, section 4: the longer gap on each side. */
static const struct {
  MgMedicine  medicine;
  guint       before;
  guint       after;
  MgEffect    effect;
  const char *gap_text;
} interaction_cases[] = {
  { MG_MEDICINE_BISPHOSPHONATES, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_TETRACYCLINES, 3, 6, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED, "at least 3 hours before magnesium, or at least 6 hours after" },
  { MG_MEDICINE_QUINOLONES, 2, 6, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED, "at least 2 hours before magnesium, or at least 6 hours after" },
  { MG_MEDICINE_AMINOGLYCOSIDES, 0, 0, MG_EFFECT_NAMED_IN_ARTICLES, NULL },
  { MG_MEDICINE_CALCIUM_CHANNEL_BLOCKERS, 0, 0, MG_EFFECT_NAMED_IN_ARTICLES, NULL },
  { MG_MEDICINE_MUSCLE_RELAXANTS, 0, 0, MG_EFFECT_NAMED_IN_ARTICLES, NULL },
  { MG_MEDICINE_LOOP_THIAZIDE_DIURETICS, 0, 0, MG_EFFECT_MORE_MAGNESIUM_LOST, NULL },
  { MG_MEDICINE_POTASSIUM_SPARING_DIURETICS, 0, 0, MG_EFFECT_LESS_MAGNESIUM_LOST, NULL },
  { MG_MEDICINE_PROTON_PUMP_INHIBITORS, 0, 0, MG_EFFECT_LOW_MAGNESIUM, NULL },
  { MG_MEDICINE_ZINC, 0, 0, MG_EFFECT_LESS_MAGNESIUM_ABSORBED, NULL },
  { MG_MEDICINE_IRON_ELTROMBOPAG_PENICILLAMINE, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_MOXIFLOXACIN, 4, 8, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED, "at least 4 hours before magnesium, or at least 8 hours after" },
  { MG_MEDICINE_GABAPENTIN, 0, 2, MG_EFFECT_LESS_GABAPENTIN_ABSORBED, "at least 2 hours after magnesium" },
  { MG_MEDICINE_LEVOTHYROXINE, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_INTEGRASE_INHIBITORS, 2, 6, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 2 hours before magnesium, or at least 6 hours after" },
  { MG_MEDICINE_CHLOROQUINE, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_QUINIDINE, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_NITROFURANTOIN, 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, "at least 4 hours between" },
  { MG_MEDICINE_DIGOXIN, 0, 0, MG_EFFECT_DIGOXIN_LOW_MAGNESIUM, NULL },
  { MG_MEDICINE_MYCOPHENOLATE, 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, NULL },
  { MG_MEDICINE_AZOLE_ANTIFUNGALS, 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, NULL },
  { MG_MEDICINE_ROSUVASTATIN, 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, NULL },
  { MG_MEDICINE_LEVODOPA, 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, NULL },
  { MG_MEDICINE_OTHER, 0, 0, MG_EFFECT_NOT_LISTED, NULL },
};

static void
test_interactions (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (interaction_cases), ==, MG_N_MEDICINES);

  for (guint i = 0; i < G_N_ELEMENTS (interaction_cases); i++) {
    const MgInteraction *interaction = mg_medicine_get_interaction (interaction_cases[i].medicine);
    MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
    g_autoptr(MgDoseText) text = NULL;
    const MgDoseTextLine *line;
    guint medicine;

    g_assert_cmpuint (interaction->hours_before, ==, interaction_cases[i].before);
    g_assert_cmpuint (interaction->hours_after, ==, interaction_cases[i].after);
    g_assert_cmpint (interaction->effect, ==, interaction_cases[i].effect);
    g_assert_true (mg_dose_choice_from_id (MG_DOSE_CHOICE_MEDICINE, interaction->id, &medicine));
    g_assert_cmpuint (medicine, ==, interaction_cases[i].medicine);

    input.medicines = MG_MEDICINE_BIT (interaction_cases[i].medicine);
    text = mg_dose_text_new (&input);
    g_assert_cmpuint (text->result.interactions, ==, input.medicines);
    g_assert_true ((text->result.sources & interaction->sources) == interaction->sources);
    g_assert_cmpuint (text->interactions->len, ==, 1);
    line = g_ptr_array_index (text->interactions, 0);
    g_assert_cmpstr (line->label, ==, mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, interaction_cases[i].medicine));
    g_assert_nonnull (strstr (line->text, "Follow your medicine’s leaflet."));
    if (interaction_cases[i].gap_text != NULL)
      g_assert_nonnull (strstr (line->text, interaction_cases[i].gap_text));
    else
      g_assert_null (strstr (line->text, "hour"));
  }
}

static void
test_all_medicines_at_once (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_NNR);
  g_autoptr(MgDoseText) text = NULL;

  input.medicines = MG_MEDICINE_BIT (MG_N_MEDICINES) - 1;
  text = mg_dose_text_new (&input);
  g_assert_null (text->refusal);
  g_assert_cmpuint (text->interactions->len, ==, MG_N_MEDICINES);
  g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_EMC_LEAFLET));
  g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_SEED_ARTICLES));
}

static const struct {
  const char  *name;
  Person       person;
  MgDoseError  code;
} refused_cases[] = {
  { "age 130", { NIH, 130, YEARS, FEMALE, 0, 0, 1, 0, LABEL }, MG_DOSE_ERROR_AGE },
  { "age 121", { NIH, 121, YEARS, MALE, 0, 0, 1, 0, LABEL }, MG_DOSE_ERROR_AGE },
  { "age -1", { NIH, -1, YEARS, FEMALE, 0, 0, 1, 0, LABEL }, MG_DOSE_ERROR_AGE },
  { "age 0 years", { EFSA, 0, YEARS, FEMALE, 0, 0, 1, 0, LABEL }, MG_DOSE_ERROR_AGE },
  { "age 12 months", { NNR, 12, MONTHS, FEMALE, 0, 0, 1, 0, LABEL }, MG_DOSE_ERROR_AGE },
  { "breastfeeding at 5", { NIH, 5, YEARS, FEMALE, BREASTFEEDING, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "pregnant at 9", { EFSA, 9, YEARS, FEMALE, PREGNANT, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "pregnant at 51", { NIH, 51, YEARS, FEMALE, PREGNANT, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "pregnant baby", { NIH, 11, MONTHS, FEMALE, PREGNANT, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "pregnant male", { NIH, 30, YEARS, MALE, PREGNANT, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "breastfeeding male", { NNR, 30, YEARS, MALE, BREASTFEEDING, 0, 1, 0, LABEL }, MG_DOSE_ERROR_CONTRADICTION },
  { "negative amount", { NIH, 30, YEARS, FEMALE, 0, -100, 1, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "negative tablets", { NIH, 30, YEARS, FEMALE, 0, 100, -1, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "negative food", { NIH, 30, YEARS, FEMALE, 0, 0, 1, -5, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "amount not a number", { NIH, 30, YEARS, FEMALE, 0, NAN, 1, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "infinite tablets", { NIH, 30, YEARS, FEMALE, 0, 100, INFINITY, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "10001 mg a tablet", { NIH, 30, YEARS, FEMALE, 0, 10001, 1, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "21 tablets", { NIH, 30, YEARS, FEMALE, 0, 100, 21, 0, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "5001 mg from food", { NIH, 30, YEARS, FEMALE, 0, 0, 1, 5001, LABEL }, MG_DOSE_ERROR_AMOUNT },
  { "salt without a form", { NIH, 30, YEARS, FEMALE, 0, 500, 1, 0, SALT }, MG_DOSE_ERROR_FORM_NEEDED },
};

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++) {
    MgDoseInput input = input_of (&refused_cases[i].person);
    MgDoseResult result = { .reference_intake_mg = 12345 };
    g_autoptr(GError) error = NULL;
    g_autoptr(MgDoseText) text = NULL;
    MgDoseInput person;

    g_test_message ("%s", refused_cases[i].name);
    g_assert_false (mg_dose_evaluate (&input, &result, &error));
    g_assert_error (error, MG_DOSE_ERROR, (int) refused_cases[i].code);
    g_assert_cmpuint (strlen (error->message), >, 20);
    /* No answer at all, rather than a wrong one. */
    g_assert_cmpuint (result.reference_intake_mg, ==, 12345);

    text = mg_dose_text_new (&input);
    g_assert_cmpstr (text->refusal, ==, error->message);
    /* A product that cannot be used leaves the person's intake and limit
     * (U4); anything else about the person leaves nothing. */
    person = input;
    person.amount_mg = person.tablets_per_day = person.food_mg = 0;
    if (refused_cases[i].code == MG_DOSE_ERROR_FORM_NEEDED || refused_cases[i].code == MG_DOSE_ERROR_AMOUNT) {
      g_assert_true (mg_dose_evaluate (&person, &result, NULL));
      g_assert_nonnull (text->figures[MG_DOSE_FIGURE_INTAKE].value);
      g_assert_nonnull (text->figures[MG_DOSE_FIGURE_LIMIT].value);
    } else {
      g_assert_null (text->figures[MG_DOSE_FIGURE_INTAKE].value);
    }
    g_assert_null (text->figures[MG_DOSE_FIGURE_PRODUCT].value);
    g_assert_null (text->verdict_title);
    g_assert_cmpuint (text->interactions->len, ==, 0);
  }
}

/* The country proposed from the locale's region, or its language; never
 * from the interface language, which has no say in it. */
static void
test_country_from_locale (void)
{
  const struct {
    const char *locale;
    MgCountry   country;
  } cases[] = {
    { "nl_NL.UTF-8", MG_COUNTRY_NETHERLANDS },
    { "sv_SE.UTF-8", MG_COUNTRY_SWEDEN },
    { "da_DK", MG_COUNTRY_DENMARK },
    { "en_GB.UTF-8", MG_COUNTRY_UNITED_KINGDOM },
    { "en_IE.UTF-8@euro", MG_COUNTRY_IRELAND },
    { "en_US.UTF-8", MG_COUNTRY_UNITED_STATES },
    { "en_DK.UTF-8", MG_COUNTRY_DENMARK },
    { "nl_BE.UTF-8", MG_COUNTRY_OTHER_EU_NORDIC },
    { "sv_FI.UTF-8", MG_COUNTRY_OTHER_EU_NORDIC },
    { "nb_NO.UTF-8", MG_COUNTRY_OTHER_EU_NORDIC },
    { "de_DE.UTF-8", MG_COUNTRY_OTHER_EU_NORDIC },
    { "nl", MG_COUNTRY_NETHERLANDS },
    { "sv.UTF-8", MG_COUNTRY_SWEDEN },
    { "da", MG_COUNTRY_DENMARK },
    { "en_AU.UTF-8", MG_COUNTRY_UNITED_STATES },
    { "nl_SR.UTF-8", MG_COUNTRY_NETHERLANDS },
    { "C", MG_COUNTRY_UNITED_STATES },
    { "C.UTF-8", MG_COUNTRY_UNITED_STATES },
    { "", MG_COUNTRY_UNITED_STATES },
    { NULL, MG_COUNTRY_UNITED_STATES },
  };
  const struct {
    MgCountry      country;
    MgReferenceSet set;
  } sets[] = {
    { MG_COUNTRY_NETHERLANDS, MG_REFERENCE_SET_EFSA },
    { MG_COUNTRY_SWEDEN, MG_REFERENCE_SET_NNR },
    { MG_COUNTRY_DENMARK, MG_REFERENCE_SET_NNR },
    { MG_COUNTRY_UNITED_KINGDOM, MG_REFERENCE_SET_UK },
    { MG_COUNTRY_IRELAND, MG_REFERENCE_SET_EFSA },
    { MG_COUNTRY_UNITED_STATES, MG_REFERENCE_SET_NIH },
    { MG_COUNTRY_OTHER_EU_NORDIC, MG_REFERENCE_SET_EFSA },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (sets) == MG_N_COUNTRIES);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_test_message ("%s", cases[i].locale != NULL ? cases[i].locale : "(null)");
    g_assert_cmpint (mg_country_for_locale (cases[i].locale), ==, cases[i].country);
  }

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++) {
    MgDoseInput input;

    mg_dose_input_init (&input);
    mg_dose_input_set_country (&input, sets[i].country);
    g_assert_cmpint (input.country, ==, sets[i].country);
    g_assert_cmpint (input.reference_set, ==, sets[i].set);
  }
  g_assert_cmpint (mg_country_for_reference_set (MG_REFERENCE_SET_NNR), ==, MG_COUNTRY_SWEDEN);
  g_assert_cmpint (mg_country_for_reference_set (MG_REFERENCE_SET_UK), ==, MG_COUNTRY_UNITED_KINGDOM);

  for (MgReferenceSet set = 0; set < MG_N_REFERENCE_SETS; set++)
    g_assert_cmpstr (mg_dose_choice_get_id (MG_DOSE_CHOICE_REFERENCE_SET, set), ==, mg_reference_set_get_info (set)->id);
}

/* UK values: RNI 300 mg (men) and 270 mg (women) for adults; the NHS's
 * 400 mg a day or less from supplements (facts file, section 1). */
static void
test_uk_values (void)
{
  MgDoseInput input;
  MgDoseResult result;
  g_autoptr(MgDoseText) text = NULL;

  mg_dose_input_init (&input);
  mg_dose_input_set_country (&input, MG_COUNTRY_UNITED_KINGDOM);
  input.age = 40;
  result = evaluate_ok (&input);
  g_assert_cmpint (result.intake_kind, ==, MG_INTAKE_RNI);
  g_assert_cmpuint (result.reference_intake_mg, ==, 270);
  g_assert_cmpuint (result.upper_limit_mg, ==, 400);
  g_assert_true (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_NHS_UK));
  g_assert_false (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_NIH_ODS));
  input.sex = MG_SEX_MALE;
  g_assert_cmpuint (evaluate_ok (&input).reference_intake_mg, ==, 300);

  input.amount_mg = 380;
  g_assert_cmpint (evaluate_ok (&input).verdict, ==, MG_VERDICT_WITHIN_LIMIT);
  input.amount_mg = 401;
  g_assert_cmpint (evaluate_ok (&input).verdict, ==, MG_VERDICT_ABOVE_LIMIT);

  text = mg_dose_text_new (&input);
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_COUNTRY].value, ==, "United Kingdom");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_COUNTRY].detail, ==, "Reference values: NHS (United Kingdom)");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_INTAKE].detail, ==, "UK reference nutrient intake (NHS)\nMale, 19 years and older");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_LIMIT].detail, ==,
                   "NHS advice: 400 mg a day or less from supplements is unlikely to cause harm. Food does not count.");
}

/* Antacids, laxatives, multivitamins and enriched water count towards the
 * limit with the product: each is named, and the sum is held against it. */
static void
test_other_products_summed (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_EFSA);
  MgDoseResult result;
  g_autoptr(MgDoseText) within = NULL;
  g_autoptr(MgDoseText) above = NULL;
  g_autoptr(MgDoseText) others_only = NULL;

  input.amount_mg = 150;
  result = evaluate_ok (&input);
  g_assert_cmpuint (result.other_mg, ==, 0);
  g_assert_cmpint (result.verdict, ==, MG_VERDICT_WITHIN_LIMIT);
  within = mg_dose_text_new (&input);
  g_assert_cmpstr (within->figures[MG_DOSE_FIGURE_OTHER].value, ==, "None entered");
  g_assert_cmpstr (within->verdict_figures, ==, "Your product: 150 mg a day. Upper limit: 250 mg a day.");

  /* 150 mg from the product is within 250 mg; with 1 g of magnesium oxide
   * as a laxative (603 mg) and a multivitamin it is far above. */
  input.other_mg[MG_OTHER_LAXATIVE] = mg_form_elemental_mg (MG_FORM_OXIDE, 1000);
  input.other_mg[MG_OTHER_MULTIVITAMIN] = 56.5;
  result = evaluate_ok (&input);
  g_assert_cmpuint (result.supplement_mg, ==, 150);
  g_assert_cmpuint (result.other_mg, ==, 660);
  g_assert_cmpuint (result.total_supplement_mg, ==, 810);
  g_assert_true (result.above_limit);
  g_assert_cmpint (result.verdict, ==, MG_VERDICT_ABOVE_LIMIT);
  above = mg_dose_text_new (&input);
  g_assert_cmpstr (above->figures[MG_DOSE_FIGURE_OTHER].value, ==, "660 mg a day");
  g_assert_cmpstr (above->figures[MG_DOSE_FIGURE_OTHER].detail, ==,
                   "Laxatives: 603 mg a day\nMultivitamins: 57 mg a day");
  g_assert_cmpstr (above->verdict_figures, ==, "All magnesium products: 810 mg a day. Upper limit: 250 mg a day.");
  g_assert_nonnull (strstr (above->verdict_text, "810 mg of elemental magnesium a day from your product and the "
                                                 "other products together is more than the upper limit of 250 mg"));
  g_assert_nonnull (strstr (above->figures[MG_DOSE_FIGURE_FOOD].detail, "810 mg a day"));

  /* No product of one's own, but enriched water and an antacid. */
  mg_dose_input_init (&input);
  input.other_mg[MG_OTHER_WATER] = 100;
  input.other_mg[MG_OTHER_ANTACID] = 300;
  result = evaluate_ok (&input);
  g_assert_cmpint (result.verdict, ==, MG_VERDICT_ABOVE_LIMIT);
  input.other_mg[MG_OTHER_ANTACID] = 200;
  g_assert_cmpint (evaluate_ok (&input).verdict, ==, MG_VERDICT_WITHIN_LIMIT);
  others_only = mg_dose_text_new (&input);
  g_assert_nonnull (strstr (others_only->verdict_text, "300 mg of elemental magnesium a day from your product and "
                                                       "the other products together is within the upper limit of 350 mg."));
  /* The answers, as the summary lists them, name each. */
  g_assert_cmpstr (((MgDoseTextLine *) g_ptr_array_index (others_only->inputs, others_only->inputs->len - 5))->text,
                   ==, "200 mg");

  input.other_mg[MG_OTHER_WATER] = -1;
  g_assert_false (mg_dose_evaluate (&input, &result, NULL));
  input.other_mg[MG_OTHER_WATER] = NAN;
  g_assert_false (mg_dose_evaluate (&input, &result, NULL));
}

/* The danger signs, and "stop and get help", whenever the total is above
 * the limit, whatever the verdict (finding 6; section 3.13). */
static void
test_danger_signs_above_limit (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
  g_autoptr(MgDoseText) kidney = NULL;
  g_autoptr(MgDoseText) kidney_within = NULL;
  gboolean stop = FALSE, signs = FALSE;

  input.kidney_disease = TRUE;
  input.amount_mg = 400;
  kidney = mg_dose_text_new (&input);
  g_assert_cmpint (kidney->result.verdict, ==, MG_VERDICT_SEE_DOCTOR);
  g_assert_true (kidney->result.above_limit);
  for (guint i = 0; i < kidney->verdict_points->len; i++) {
    const char *point = g_ptr_array_index (kidney->verdict_points, i);

    stop |= strstr (point, "stop taking magnesium and get medical help") != NULL;
    signs |= strstr (point, "vomiting") != NULL && strstr (point, "ileus") != NULL &&
             strstr (point, "depression") != NULL && strstr (point, "difficulty passing urine") != NULL;
  }
  g_assert_true (stop);
  g_assert_true (signs);
  g_assert_nonnull (strstr (g_ptr_array_index (kidney->verdict_points, 0), "eGFR below 30"));
  g_assert_true (kidney->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_WAKAI_2019));

  /* Within the limit, the kidney reason alone. */
  input.amount_mg = 100;
  kidney_within = mg_dose_text_new (&input);
  g_assert_cmpuint (kidney_within->verdict_points->len, ==, 1);
}

/* No pregnancy or breastfeeding figure below 14 (NIH): said, not made up. */
static void
test_pregnancy_under_14 (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
  g_autoptr(GError) error = NULL;
  MgDoseResult result;

  input.pregnant = TRUE;
  input.age = 13;
  g_assert_false (mg_dose_evaluate (&input, &result, &error));
  g_assert_error (error, MG_DOSE_ERROR, MG_DOSE_ERROR_CONTRADICTION);
  g_assert_cmpstr (error->message, ==, "There are no reference values for pregnancy or breastfeeding below the age "
                                       "of 14 years. A girl this young who is pregnant or breastfeeding needs a "
                                       "doctor’s or midwife’s advice before taking magnesium.");
  input.age = 14;
  result = evaluate_ok (&input);
  g_assert_cmpuint (result.reference_intake_mg, ==, 400);
  input.pregnant = FALSE;
  input.breastfeeding = TRUE;
  input.age = 11;
  g_assert_false (mg_dose_evaluate (&input, &result, NULL));
}

/* Each new interaction with its gap, in the words the result gives. */
static void
test_interaction_gaps (void)
{
  const struct {
    MgMedicine   medicine;
    const char  *words;
    MgDoseSource source;
  } cases[] = {
    { MG_MEDICINE_QUINOLONES, "Take this medicine at least 2 hours before magnesium, or at least 6 hours after it.",
      MG_DOSE_SOURCE_NIH_ODS },
    { MG_MEDICINE_MOXIFLOXACIN, "Take this medicine at least 4 hours before magnesium, or at least 8 hours after it.",
      MG_DOSE_SOURCE_MOXIFLOXACIN_LABEL },
    { MG_MEDICINE_GABAPENTIN, "Take this medicine at least 2 hours after magnesium.", MG_DOSE_SOURCE_YAGI_2012 },
    { MG_MEDICINE_GABAPENTIN, "magnesium oxide lowered it by up to 43\u00a0%.", MG_DOSE_SOURCE_YAGI_2012 },
    { MG_MEDICINE_LEVOTHYROXINE, "Keep at least 4 hours between this medicine and magnesium.",
      MG_DOSE_SOURCE_LEVOTHYROXINE_LABEL },
    { MG_MEDICINE_INTEGRASE_INHIBITORS, "Take this medicine at least 2 hours before magnesium, or at least 6 hours after it.",
      MG_DOSE_SOURCE_NIH_ODS },
    { MG_MEDICINE_CHLOROQUINE, "Keep at least 4 hours between this medicine and magnesium.", MG_DOSE_SOURCE_EMC_2678 },
    { MG_MEDICINE_QUINIDINE, "Keep at least 4 hours between this medicine and magnesium.", MG_DOSE_SOURCE_EMC_2678 },
    { MG_MEDICINE_NITROFURANTOIN, "Keep at least 4 hours between this medicine and magnesium.", MG_DOSE_SOURCE_EMC_2678 },
    { MG_MEDICINE_DIGOXIN, "side effects of digoxin more likely", MG_DOSE_SOURCE_EMC_2678 },
    { MG_MEDICINE_MYCOPHENOLATE, "Ask your pharmacist how far apart", MG_DOSE_SOURCE_EMC_4841 },
    { MG_MEDICINE_AZOLE_ANTIFUNGALS, "Ask your pharmacist how far apart", MG_DOSE_SOURCE_EMC_4841 },
    { MG_MEDICINE_ROSUVASTATIN, "Ask your pharmacist how far apart", MG_DOSE_SOURCE_EMC_4841 },
    { MG_MEDICINE_LEVODOPA, "Ask your pharmacist how far apart", MG_DOSE_SOURCE_EMC_4841 },
    { MG_MEDICINE_OTHER, "This guide does not list every medicine. Ask your pharmacist", MG_N_DOSE_SOURCES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
    g_autoptr(MgDoseText) text = NULL;
    const MgDoseTextLine *line;

    input.medicines = MG_MEDICINE_BIT (cases[i].medicine);
    text = mg_dose_text_new (&input);
    g_assert_cmpuint (text->interactions->len, ==, 1);
    line = g_ptr_array_index (text->interactions, 0);
    g_test_message ("%s: %s", line->label, line->text);
    g_assert_nonnull (strstr (line->text, cases[i].words));
    g_assert_true (text->result.cautions & MG_CAUTION_MEDICINES);
    if (cases[i].source < MG_N_DOSE_SOURCES)
      g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (cases[i].source));
  }
}

/* Who should not take magnesium without a doctor (facts file, section 4):
 * a heart conduction problem, myasthenia gravis; bleeding is the seed
 * articles' claim, not NIH's (finding 12). */
static void
test_more_doctor_reasons (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_EFSA);
  g_autoptr(MgDoseText) heart = NULL;
  MgDoseResult result;

  input.heart_conduction = TRUE;
  input.myasthenia_gravis = TRUE;
  input.amount_mg = 100;
  heart = mg_dose_text_new (&input);
  g_assert_cmpint (heart->result.verdict, ==, MG_VERDICT_SEE_DOCTOR);
  g_assert_cmpuint (heart->result.doctor_reasons, ==, MG_DOCTOR_HEART_CONDUCTION | MG_DOCTOR_MYASTHENIA_GRAVIS);
  g_assert_cmpuint (heart->verdict_points->len, ==, 2);
  g_assert_true (heart->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_EMC_2678));

  mg_dose_input_init (&input);
  input.bleeding_disorder = TRUE;
  result = evaluate_ok (&input);
  g_assert_cmpuint (result.doctor_reasons, ==, MG_DOCTOR_BLEEDING_DISORDER);
  g_assert_true (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_SEED_ARTICLES));
  /* The US set cites NIH for its figures; the bleeding claim adds nothing. */
  mg_dose_input_set_country (&input, MG_COUNTRY_NETHERLANDS);
  result = evaluate_ok (&input);
  g_assert_false (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_NIH_ODS));
}

/* The Gezondheidsraad report is for adults, and Dutch (finding 13); the EU
 * limit is the SCF's, with BfR's (finding 14). */
static void
test_eu_sources (void)
{
  MgDoseInput input;
  MgDoseResult result;

  mg_dose_input_init (&input);
  mg_dose_input_set_country (&input, MG_COUNTRY_NETHERLANDS);
  result = evaluate_ok (&input);
  g_assert_true (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_GEZONDHEIDSRAAD_2018));
  g_assert_true (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_SCF_2001));
  g_assert_true (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_BFR_2017));
  input.age = 12;
  result = evaluate_ok (&input);
  g_assert_false (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_GEZONDHEIDSRAAD_2018));
  input.age = 40;
  mg_dose_input_set_country (&input, MG_COUNTRY_IRELAND);
  result = evaluate_ok (&input);
  g_assert_false (result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_GEZONDHEIDSRAAD_2018));
  g_assert_cmpuint (result.upper_limit_mg, ==, 250);
}

/* Every choice is found again by its id, as the settings keep it. */
static void
test_choice_ids (void)
{
  for (MgDoseChoice choice = 0; choice < MG_N_DOSE_CHOICES; choice++) {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

    g_assert_cmpuint (mg_dose_choice_get_n (choice), >=, 2);
    for (guint i = 0; i < mg_dose_choice_get_n (choice); i++) {
      const char *id = mg_dose_choice_get_id (choice, i);
      guint found = G_MAXUINT;

      g_assert_true (g_hash_table_add (ids, (char *) id));
      g_assert_true (mg_dose_choice_from_id (choice, id, &found));
      g_assert_cmpuint (found, ==, i);
      g_assert_nonnull (mg_dose_text_choice (choice, i));
    }
    g_assert_false (mg_dose_choice_from_id (choice, "no-such-id", &(guint) { 0 }));
    g_assert_false (mg_dose_choice_from_id (choice, NULL, &(guint) { 0 }));
  }
}

/* Every source the model cites is in the article's source list, which
 * alone says what it is and where to find it; the dose text cites it in
 * the article's words. */
static void
test_sources_match_article (void)
{
  MgGuide *guide = mg_guide_get_default ();
  MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
  g_autoptr(MgDoseText) text = NULL;

  for (MgDoseSource i = 0; i < MG_N_DOSE_SOURCES; i++) {
    const MgDoseSourceInfo *info = mg_dose_source_get_info (i);
    const MgSource *source = mg_guide_lookup_source (guide, info->id);

    g_assert_nonnull (source);
    g_assert_cmpuint (strlen (source->title), >, 10);
    g_assert_true (g_str_has_prefix (source->url, "https://"));
  }

  text = mg_dose_text_new (&input);
  g_assert_cmpstr (g_ptr_array_index (text->sources, 0), ==,
                   mg_guide_lookup_source (guide, "nih-ods")->title);
}

static void
test_sources_listed (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_EFSA);
  g_autoptr(MgDoseText) text = NULL;

  input.amount_kind = MG_AMOUNT_SALT;
  input.form = MG_FORM_CITRATE;
  input.amount_mg = 1000;
  text = mg_dose_text_new (&input);
  g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_EFSA_2015));
  g_assert_true (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_MOLECULES_2020));
  g_assert_false (text->result.sources & MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_NNR_2023));
  g_assert_cmpuint (text->sources->len, ==, count_bits (text->result.sources));
}

static void
test_words (void)
{
  MgDoseInput input = adult (MG_REFERENCE_SET_NIH);
  g_autoptr(MgDoseText) text = NULL;

  input.age = 25;
  input.amount_kind = MG_AMOUNT_SALT;
  input.form = MG_FORM_CITRATE;
  input.amount_mg = 1000;
  input.tablets_per_day = 1.5;
  input.food_mg = 120;
  text = mg_dose_text_new (&input);

  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_INTAKE].value, ==, "310 mg a day");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_INTAKE].detail, ==, "US recommended dietary allowance (National Academies, via NIH)\nFemale, 19 to 30 years");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_LIMIT].value, ==, "350 mg a day");
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_PRODUCT].value, ==, "243 mg a day");
  g_assert_nonnull (strstr (text->figures[MG_DOSE_FIGURE_PRODUCT].detail, "1000 mg of salt per tablet × 16.2\u00a0% magnesium × 1.5 tablets a day"));
  g_assert_nonnull (strstr (text->figures[MG_DOSE_FIGURE_PRODUCT].detail, "Magnesium citrate (trimagnesium): absorbed more completely"));
  g_assert_cmpstr (text->figures[MG_DOSE_FIGURE_FOOD].detail, ==, "Food and magnesium products together: 363 mg a day, 117\u00a0% of the reference intake.");
  g_assert_cmpstr (text->verdict_title, ==, "Within the upper limit");
}

/* The figures the words state come from the model, written as each
 * language writes numbers; the translations hold none of their own. */
static void
test_facts_in_words (void)
{
  const struct {
    const char *language;
    const char *absorbed;
    const char *zinc;
    const char *serious;
  } cases[] = {
    { "en", "about 4\u00a0% in one study", "Such as 142 mg of zinc a day", "above 5,000 mg a day" },
    { "nl", "ongeveer 4% in één onderzoek", "Bijvoorbeeld 142 mg zink per dag", "meer dan 5.000 mg per dag" },
    { "sv", "cirka 4\u00a0% i en studie", "Till exempel 142 mg zink per dag", "mer än 5\u00a0000 mg per dag" },
    { "da", "ca. 4\u00a0% i én undersøgelse", "For eksempel 142 mg zink om dagen", "over 5.000 mg om dagen" },
  };
  MgDoseInput input = adult (MG_REFERENCE_SET_NIH);

  input.form = MG_FORM_OXIDE;
  input.amount_mg = 500;
  input.medicines = MG_MEDICINE_BIT (MG_MEDICINE_ZINC);
  g_assert_cmpuint (mg_fact_get_info (MG_FACT_OXIDE_ABSORBED_PERCENT)->value, ==, 4);
  g_assert_cmpuint (mg_fact_get_info (MG_FACT_ZINC_HIGH_DOSE_MG)->value, ==, 142);
  g_assert_cmpuint (mg_fact_get_info (MG_FACT_SERIOUS_EFFECTS_MG)->value, ==, 5000);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autoptr(MgDoseText) text = NULL;
    g_autofree char *examples = NULL;
    const MgDoseTextLine *zinc;

    g_assert_true (mg_i18n_set_language (cases[i].language));
    text = mg_dose_text_new (&input);
    examples = mg_dose_text_medicine_examples (MG_MEDICINE_ZINC);
    zinc = g_ptr_array_index (text->interactions, 0);
    g_assert_nonnull (strstr (text->figures[MG_DOSE_FIGURE_PRODUCT].detail, cases[i].absorbed));
    g_assert_cmpstr (examples, ==, cases[i].zinc);
    g_assert_nonnull (strstr (zinc->text, "142 mg"));
    g_assert_cmpuint (text->verdict_points->len, ==, 3);
    g_assert_nonnull (strstr (g_ptr_array_index (text->verdict_points, 1), cases[i].serious));
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

static const struct {
  MgReferenceSet set;
  int            age;
  MgAgeUnit      unit;
  gboolean       breastfeeding;
  const char    *group;
} group_cases[] = {
  { MG_REFERENCE_SET_NIH, 3, MG_AGE_MONTHS, FALSE, "Female, under 7 months" },
  { MG_REFERENCE_SET_NIH, 8, MG_AGE_MONTHS, FALSE, "Female, 7 to 11 months" },
  { MG_REFERENCE_SET_NIH, 60, MG_AGE_YEARS, FALSE, "Female, 31 years and older" },
  { MG_REFERENCE_SET_NIH, 17, MG_AGE_YEARS, TRUE, "Breastfeeding, under 19 years" },
  { MG_REFERENCE_SET_EFSA, 12, MG_AGE_YEARS, FALSE, "Female, 10 to 17 years" },
  { MG_REFERENCE_SET_EFSA, 30, MG_AGE_YEARS, TRUE, "Breastfeeding" },
  { MG_REFERENCE_SET_NNR, 30, MG_AGE_YEARS, TRUE, "Breastfeeding" },
};

static void
test_groups (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (group_cases); i++) {
    MgDoseInput input = adult (group_cases[i].set);
    g_autoptr(MgDoseText) text = NULL;

    input.age = group_cases[i].age;
    input.age_unit = group_cases[i].unit;
    input.breastfeeding = group_cases[i].breastfeeding;
    text = mg_dose_text_new (&input);
    g_assert_true (g_str_has_suffix (text->figures[MG_DOSE_FIGURE_INTAKE].detail, group_cases[i].group));
  }
}

static void
test_decimals (void)
{
  const struct {
    const char *language;
    double      value;
    guint       decimals;
    const char *expected;
  } cases[] = {
    { "en", 1.5, 1, "1.5" },
    { "en", 2, 2, "2" },
    { "en", 16.25, 1, "16.2" },
    { "en", 0.25, 2, "0.25" },
    { "nl", 1.5, 1, "1,5" },
    { "sv", 60.3, 1, "60,3" },
    { "da", 3, 1, "3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    MgNumberRules rules = { NULL, cases[i].decimals, 0, 100, 0 };
    g_autofree char *text = NULL;
    MgNumber number;

    g_assert_true (mg_i18n_set_language (cases[i].language));
    text = mg_dose_text_decimal (cases[i].value, cases[i].decimals);
    g_assert_cmpstr (text, ==, cases[i].expected);
    /* What the page writes, it reads back. */
    g_assert_cmpint (mg_number_parse (text, &rules, &number), ==, MG_NUMBER_VALID);
    g_assert_cmpfloat_with_epsilon (number.value, cases[i].value, 0.051);
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

/* What each number field says it takes, with its figures formatted in code. */
static void
test_ranges (void)
{
  const struct {
    const char  *language;
    MgDoseField  field;
    double       lower;
    double       upper;
    guint        decimals;
    const char  *expected;
  } cases[] = {
    { "en", MG_DOSE_FIELD_AMOUNT, 0, 20000, 1, "Enter an amount between 0 and 20000 mg." },
    { "en", MG_DOSE_FIELD_TABLETS, 0, 50, 2, "Enter a number of tablets between 0 and 50." },
    { "en", MG_DOSE_FIELD_AGE, 0, 150, 0, "Enter an age between 0 and 150." },
    { "en", MG_DOSE_FIELD_FOOD, 0.5, 6000, 1, "Enter an amount between 0.5 and 6000 mg." },
    { "nl", MG_DOSE_FIELD_FOOD, 0.5, 6000, 1, "Vul een hoeveelheid in tussen 0,5 en 6000 mg." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_autofree char *text = NULL;

    g_assert_true (mg_i18n_set_language (cases[i].language));
    text = mg_dose_text_range (cases[i].field, cases[i].lower, cases[i].upper, cases[i].decimals);
    g_assert_cmpstr (text, ==, cases[i].expected);
  }
  g_assert_true (mg_i18n_set_language ("en"));
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose/facts-table", test_facts_table);
  g_test_add_func ("/dose/age-boundaries", test_age_boundaries);
  g_test_add_func ("/dose/elemental-every-form", test_elemental_every_form);
  g_test_add_func ("/dose/amounts", test_amounts);
  g_test_add_func ("/dose/limit-verdicts", test_limit_verdicts);
  g_test_add_func ("/dose/doctor-rules", test_doctor_rules);
  g_test_add_func ("/dose/doctor-without-product", test_doctor_even_without_product);
  g_test_add_func ("/dose/above-limit-effects", test_above_limit_tells_effects);
  g_test_add_func ("/dose/interactions", test_interactions);
  g_test_add_func ("/dose/all-medicines", test_all_medicines_at_once);
  g_test_add_func ("/dose/refused", test_refused);
  g_test_add_func ("/dose/country-from-locale", test_country_from_locale);
  g_test_add_func ("/dose/uk-values", test_uk_values);
  g_test_add_func ("/dose/other-products-summed", test_other_products_summed);
  g_test_add_func ("/dose/danger-signs-above-limit", test_danger_signs_above_limit);
  g_test_add_func ("/dose/pregnancy-under-14", test_pregnancy_under_14);
  g_test_add_func ("/dose/interaction-gaps", test_interaction_gaps);
  g_test_add_func ("/dose/more-doctor-reasons", test_more_doctor_reasons);
  g_test_add_func ("/dose/eu-sources", test_eu_sources);
  g_test_add_func ("/dose/choice-ids", test_choice_ids);
  g_test_add_func ("/dose/sources-match-article", test_sources_match_article);
  g_test_add_func ("/dose/sources-listed", test_sources_listed);
  g_test_add_func ("/dose/words", test_words);
  g_test_add_func ("/dose/facts-in-words", test_facts_in_words);
  g_test_add_func ("/dose/groups", test_groups);
  g_test_add_func ("/dose/decimals", test_decimals);
  g_test_add_func ("/dose/ranges", test_ranges);

  return g_test_run ();
}
