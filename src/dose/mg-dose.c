/* mg-dose.c: the dose model: reference intakes, upper limits, elemental
 * magnesium, interactions and reasons to see a doctor
 *
 * Every figure comes from ../shared/reference/magnesium-facts.md and names
 * its source.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-dose"

#include "config.h"

#include "mg-i18n.h"
#include <math.h>

#include "mg-dose.h"
#include "mg-languages.h"

G_DEFINE_QUARK (mg-dose-error-quark, mg_dose_error)

#define YEARS(n) ((n) * 12u)
#define SOURCE(name) MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_##name)

/* Ages that the tables answer for; pregnancy figures exist from 14 to 50
 * (NIH), and a wider span would only hide a mistyped age. */
#define MAX_AGE_YEARS           120
#define MIN_PREGNANCY_AGE_YEARS 10
#define MAX_PREGNANCY_AGE_YEARS 50

/* The article's source list (data/content/magnesium-guide.guide.xml) says
 * what each is and where to find it; the model cites them by id. */
static const MgDoseSourceInfo sources[MG_N_DOSE_SOURCES] = {
  [MG_DOSE_SOURCE_NIH_ODS] = { "nih-ods" },
  [MG_DOSE_SOURCE_EFSA_2015] = { "efsa-2015" },
  [MG_DOSE_SOURCE_GEZONDHEIDSRAAD_2018] = { "gezondheidsraad-2018" },
  [MG_DOSE_SOURCE_NNR_2023] = { "nnr-2023" },
  [MG_DOSE_SOURCE_LIVSMEDELSVERKET] = { "livsmedelsverket" },
  [MG_DOSE_SOURCE_BFR_2017] = { "bfr-2017" },
  [MG_DOSE_SOURCE_MOLECULES_2020] = { "molecules-2020" },
  [MG_DOSE_SOURCE_WAKAI_2019] = { "wakai-2019" },
  [MG_DOSE_SOURCE_EMC_LEAFLET] = { "emc-leaflet" },
  [MG_DOSE_SOURCE_SEED_ARTICLES] = { "healthline-rls" },
};

/* EFSA's values were adopted by the Dutch Gezondheidsraad, and the Nordic
 * ones are published by Livsmedelsverket; the EU and Nordic upper limit is
 * EFSA's (SCF) 250 mg, with BfR's advice to split it. */
static const MgReferenceSetInfo reference_sets[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = { "nih", SOURCE (NIH_ODS), SOURCE (NIH_ODS) },
  [MG_REFERENCE_SET_EFSA] = { "efsa", SOURCE (EFSA_2015) | SOURCE (GEZONDHEIDSRAAD_2018),
                              SOURCE (EFSA_2015) | SOURCE (BFR_2017) },
  [MG_REFERENCE_SET_NNR] = { "nnr", SOURCE (NNR_2023) | SOURCE (LIVSMEDELSVERKET),
                             SOURCE (NNR_2023) | SOURCE (BFR_2017) },
};

static const struct {
  const char     *language;
  MgReferenceSet  set;
} language_sets[] = {
  { "en", MG_REFERENCE_SET_NIH },
  { "nl", MG_REFERENCE_SET_EFSA },
  { "sv", MG_REFERENCE_SET_NNR },
  { "da", MG_REFERENCE_SET_NNR },
};

_Static_assert (G_N_ELEMENTS (language_sets) == MG_N_LANGUAGES,
                "po/LINGUAS and language_sets in src/dose/mg-dose.c name different numbers "
                "of languages: give every language the reference set its readers live by");

#define FORM_NIH (SOURCE (MOLECULES_2020) | SOURCE (NIH_ODS))

/* Facts file, section 3: elemental magnesium by weight. */
static const MgFormInfo forms[MG_N_FORMS] = {
  [MG_FORM_UNKNOWN] = { "unknown", 0, MG_ABSORPTION_NO_STATEMENT, 0 },
  [MG_FORM_OXIDE] = { "oxide", 603, MG_ABSORPTION_LOW, SOURCE (MOLECULES_2020) },
  [MG_FORM_HYDROXIDE] = { "hydroxide", 417, MG_ABSORPTION_LITTLE_DATA, SOURCE (MOLECULES_2020) },
  [MG_FORM_CARBONATE] = { "carbonate", 288, MG_ABSORPTION_LITTLE_DATA, SOURCE (MOLECULES_2020) },
  [MG_FORM_CHLORIDE] = { "chloride", 255, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_CHLORIDE_HEXAHYDRATE] = { "chloride-hexahydrate", 120, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_SULFATE] = { "sulfate", 202, MG_ABSORPTION_POOR, FORM_NIH },
  [MG_FORM_SULFATE_HEPTAHYDRATE] = { "sulfate-heptahydrate", 99, MG_ABSORPTION_POOR, FORM_NIH },
  [MG_FORM_CITRATE] = { "citrate", 162, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_CITRATE_MONOMAGNESIUM] = { "citrate-monomagnesium", 113, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_MALATE] = { "malate", 155, MG_ABSORPTION_LITTLE_DATA, SOURCE (MOLECULES_2020) },
  [MG_FORM_BISGLYCINATE] = { "bisglycinate", 141, MG_ABSORPTION_SMALL_STUDIES, SOURCE (MOLECULES_2020) },
  [MG_FORM_GLYCEROPHOSPHATE] = { "glycerophosphate", 125, MG_ABSORPTION_NO_STATEMENT, SOURCE (MOLECULES_2020) },
  [MG_FORM_LACTATE] = { "lactate", 120, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_LACTATE_DIHYDRATE] = { "lactate-dihydrate", 102, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_ASPARTATE] = { "aspartate", 84, MG_ABSORPTION_BETTER, FORM_NIH },
  [MG_FORM_THREONATE] = { "threonate", 83, MG_ABSORPTION_INDUSTRY_TRIALS, SOURCE (MOLECULES_2020) },
};

/* Facts file, section 4: the longer gap of NIH ODS and the UK leaflet, on
 * each side. Bisphosphonates: NIH 2 h, leaflet 3-4 h. Tetracyclines: NIH
 * 2 h before or 4-6 h after, leaflet 2-3 h. Quinolones: NIH only. */
static const MgInteraction interactions[MG_N_MEDICINES] = {
  [MG_MEDICINE_BISPHOSPHONATES] = { "bisphosphonates", 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED,
                                    SOURCE (NIH_ODS) | SOURCE (EMC_LEAFLET) },
  [MG_MEDICINE_TETRACYCLINES] = { "tetracyclines", 3, 6, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED,
                                  SOURCE (NIH_ODS) | SOURCE (EMC_LEAFLET) },
  [MG_MEDICINE_QUINOLONES] = { "quinolones", 2, 6, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED,
                               SOURCE (NIH_ODS) },
  [MG_MEDICINE_AMINOGLYCOSIDES] = { "aminoglycosides", 0, 0, MG_EFFECT_NAMED_IN_ARTICLES,
                                    SOURCE (SEED_ARTICLES) },
  [MG_MEDICINE_CALCIUM_CHANNEL_BLOCKERS] = { "calcium-channel-blockers", 0, 0, MG_EFFECT_NAMED_IN_ARTICLES,
                                             SOURCE (SEED_ARTICLES) },
  [MG_MEDICINE_MUSCLE_RELAXANTS] = { "muscle-relaxants", 0, 0, MG_EFFECT_NAMED_IN_ARTICLES,
                                     SOURCE (SEED_ARTICLES) },
  [MG_MEDICINE_LOOP_THIAZIDE_DIURETICS] = { "loop-thiazide-diuretics", 0, 0, MG_EFFECT_MORE_MAGNESIUM_LOST,
                                            SOURCE (NIH_ODS) | SOURCE (EMC_LEAFLET) },
  [MG_MEDICINE_POTASSIUM_SPARING_DIURETICS] = { "potassium-sparing-diuretics", 0, 0, MG_EFFECT_LESS_MAGNESIUM_LOST,
                                                SOURCE (NIH_ODS) },
  [MG_MEDICINE_PROTON_PUMP_INHIBITORS] = { "proton-pump-inhibitors", 0, 0, MG_EFFECT_LOW_MAGNESIUM,
                                           SOURCE (NIH_ODS) | SOURCE (EMC_LEAFLET) },
  [MG_MEDICINE_ZINC] = { "zinc", 0, 0, MG_EFFECT_LESS_MAGNESIUM_ABSORBED, SOURCE (NIH_ODS) },
  [MG_MEDICINE_IRON_ELTROMBOPAG_PENICILLAMINE] = { "iron-eltrombopag-penicillamine", 4, 4,
                                                   MG_EFFECT_LESS_MEDICINE_ABSORBED, SOURCE (EMC_LEAFLET) },
};

/* Facts file: oxide absorbed about 4 % (Molecules 2020); zinc at 142 mg a
 * day (NIH ODS); serious effects mostly above 5,000 mg a day (NIH ODS). */
static const MgFactInfo facts[MG_N_FACTS] = {
  [MG_FACT_OXIDE_ABSORBED_PERCENT] = { 4, SOURCE (MOLECULES_2020) },
  [MG_FACT_ZINC_HIGH_DOSE_MG] = { 142, SOURCE (NIH_ODS) },
  [MG_FACT_SERIOUS_EFFECTS_MG] = { 5000, SOURCE (NIH_ODS) },
};

typedef enum {
  STAGE_NONE,
  STAGE_PREGNANT,
  STAGE_BREASTFEEDING,
  N_STAGES
} Stage;

/* A row holds from its age (in months) until the next row's. */
typedef struct {
  guint        from_months;
  MgIntakeKind kind;
  guint        female_mg;
  guint        male_mg;
} IntakeRow;

typedef struct {
  const IntakeRow *rows;
  guint            n_rows;
} IntakeTable;

#define TABLE(rows) { rows, G_N_ELEMENTS (rows) }

/* Facts file, section 1, NIH column: RDA, AI for infants. */
static const IntakeRow nih_general[] = {
  { 0, MG_INTAKE_AI, 30, 30 },
  { 7, MG_INTAKE_AI, 75, 75 },
  { YEARS (1), MG_INTAKE_RDA, 80, 80 },
  { YEARS (4), MG_INTAKE_RDA, 130, 130 },
  { YEARS (9), MG_INTAKE_RDA, 240, 240 },
  { YEARS (14), MG_INTAKE_RDA, 360, 410 },
  { YEARS (19), MG_INTAKE_RDA, 310, 400 },
  { YEARS (31), MG_INTAKE_RDA, 320, 420 },
};

static const IntakeRow nih_pregnant[] = {
  { 0, MG_INTAKE_RDA, 400, 400 },
  { YEARS (19), MG_INTAKE_RDA, 350, 350 },
  { YEARS (31), MG_INTAKE_RDA, 360, 360 },
};

static const IntakeRow nih_breastfeeding[] = {
  { 0, MG_INTAKE_RDA, 360, 360 },
  { YEARS (19), MG_INTAKE_RDA, 310, 310 },
  { YEARS (31), MG_INTAKE_RDA, 320, 320 },
};

/* EFSA 2015: none below 7 months; 170 mg from 1 to under 3 years, then
 * 230 mg from 3 to under 10 (EFSA’s own age bands), the teenage values
 * until 18; pregnancy and lactation at the adult 300 mg. */
static const IntakeRow efsa_general[] = {
  { 0, MG_INTAKE_NONE, 0, 0 },
  { 7, MG_INTAKE_AI, 80, 80 },
  { YEARS (1), MG_INTAKE_AI, 170, 170 },
  { YEARS (3), MG_INTAKE_AI, 230, 230 },
  { YEARS (10), MG_INTAKE_AI, 250, 300 },
  { YEARS (18), MG_INTAKE_AI, 300, 350 },
};

static const IntakeRow efsa_pregnant_breastfeeding[] = {
  { 0, MG_INTAKE_AI, 300, 300 },
};

/* NNR 2023: 230 mg for 4-10 years, the teenage values for 11-17; no
 * figure stated for pregnancy and lactation. */
static const IntakeRow nnr_general[] = {
  { 0, MG_INTAKE_NONE, 0, 0 },
  { 7, MG_INTAKE_AI, 80, 80 },
  { YEARS (1), MG_INTAKE_AI, 170, 170 },
  { YEARS (4), MG_INTAKE_AI, 230, 230 },
  { YEARS (11), MG_INTAKE_AI, 250, 300 },
  { YEARS (18), MG_INTAKE_AI, 300, 350 },
};

static const IntakeRow not_stated[] = {
  { 0, MG_INTAKE_NONE, 0, 0 },
};

static const IntakeTable intake_tables[MG_N_REFERENCE_SETS][N_STAGES] = {
  [MG_REFERENCE_SET_NIH] = { TABLE (nih_general), TABLE (nih_pregnant), TABLE (nih_breastfeeding) },
  [MG_REFERENCE_SET_EFSA] = { TABLE (efsa_general), TABLE (efsa_pregnant_breastfeeding),
                              TABLE (efsa_pregnant_breastfeeding) },
  [MG_REFERENCE_SET_NNR] = { TABLE (nnr_general), TABLE (not_stated), TABLE (not_stated) },
};

/* Upper limits for supplemental magnesium; 0 is "none set". They hold in
 * pregnancy and lactation too. */
typedef struct {
  guint from_months;
  guint limit_mg;
} LimitRow;

typedef struct {
  const LimitRow *rows;
  guint           n_rows;
} LimitTable;

static const LimitRow nih_limits[] = {
  { 0, 0 },
  { YEARS (1), 65 },
  { YEARS (4), 110 },
  { YEARS (9), 350 },
};

static const LimitRow eu_nordic_limits[] = {
  { 0, 0 },
  { YEARS (4), 250 },
};

static const LimitTable limit_tables[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = TABLE (nih_limits),
  [MG_REFERENCE_SET_EFSA] = TABLE (eu_nordic_limits),
  [MG_REFERENCE_SET_NNR] = TABLE (eu_nordic_limits),
};

/* How much of each amount is believable; beyond it a typing slip is likelier
 * than a real dose. */
typedef struct {
  gsize       offset;
  double      max;
  const char *not_a_number;
  const char *negative;
  const char *too_large;
} AmountRule;

static const AmountRule amount_rules[] = {
  { G_STRUCT_OFFSET (MgDoseInput, amount_mg), 10000,
    N_("The amount per tablet is not a number."),
    N_("The amount per tablet cannot be negative."),
    N_("The amount per tablet is more than any tablet holds. Check the label.") },
  { G_STRUCT_OFFSET (MgDoseInput, tablets_per_day), 20,
    N_("The number of tablets a day is not a number."),
    N_("The number of tablets a day cannot be negative."),
    N_("The number of tablets a day is more than this guide can check. Check the number.") },
  { G_STRUCT_OFFSET (MgDoseInput, food_mg), 5000,
    N_("The magnesium from food is not a number."),
    N_("The magnesium from food cannot be negative."),
    N_("The magnesium from food is more than anyone eats in a day. Check the amount.") },
};

static const char * const age_unit_ids[MG_N_AGE_UNITS] = { "years", "months" };
static const char * const sex_ids[MG_N_SEXES] = { "female", "male" };
static const char * const amount_kind_ids[MG_N_AMOUNT_KINDS] = { "elemental", "salt" };

/* Each list of choices: rows whose first member is the id. */
static const struct {
  gconstpointer rows;
  gsize         row_size;
  guint         n_rows;
} choices[MG_N_DOSE_CHOICES] = {
  [MG_DOSE_CHOICE_REFERENCE_SET] = { reference_sets, sizeof reference_sets[0], MG_N_REFERENCE_SETS },
  [MG_DOSE_CHOICE_AGE_UNIT] = { age_unit_ids, sizeof age_unit_ids[0], MG_N_AGE_UNITS },
  [MG_DOSE_CHOICE_SEX] = { sex_ids, sizeof sex_ids[0], MG_N_SEXES },
  [MG_DOSE_CHOICE_AMOUNT_KIND] = { amount_kind_ids, sizeof amount_kind_ids[0], MG_N_AMOUNT_KINDS },
  [MG_DOSE_CHOICE_FORM] = { forms, sizeof forms[0], MG_N_FORMS },
  [MG_DOSE_CHOICE_MEDICINE] = { interactions, sizeof interactions[0], MG_N_MEDICINES },
};

typedef gboolean (*Check) (const MgDoseInput *input,
                           GError           **error);

/**
 * mg_dose_input_init:
 *
 * Fills @input with an adult who takes no product and no medicines.
 */
void
mg_dose_input_init (MgDoseInput *input)
{
  g_return_if_fail (input != NULL);

  *input = (MgDoseInput) {
    .reference_set = MG_REFERENCE_SET_NIH,
    .age = 30,
    .age_unit = MG_AGE_YEARS,
    .sex = MG_SEX_FEMALE,
    .form = MG_FORM_UNKNOWN,
    .amount_kind = MG_AMOUNT_ELEMENTAL,
    .tablets_per_day = 1,
  };
}

guint
mg_dose_input_age_in_months (const MgDoseInput *input)
{
  g_return_val_if_fail (input != NULL, 0);
  g_return_val_if_fail (input->age >= 0, 0);

  return input->age_unit == MG_AGE_MONTHS ? (guint) input->age : YEARS ((guint) input->age);
}

static gboolean
pregnant_or_breastfeeding (const MgDoseInput *input)
{
  return input->pregnant || input->breastfeeding;
}

static gboolean
check_age (const MgDoseInput *input,
           GError           **error)
{
  if (input->age < 0)
    g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AGE, _("The age cannot be negative."));
  else if (input->age_unit == MG_AGE_YEARS && input->age == 0)
    g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AGE,
                         _("For a baby under 1 year, give the age in months."));
  else if (input->age_unit == MG_AGE_YEARS && input->age > MAX_AGE_YEARS)
    g_set_error (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AGE,
                 _("An age over %d years is not possible. Check the age."), MAX_AGE_YEARS);
  else if (input->age_unit == MG_AGE_MONTHS && input->age > 11)
    g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AGE,
                         _("For a child of 1 year or older, give the age in years."));
  else
    return TRUE;

  return FALSE;
}

static gboolean
check_life_stage (const MgDoseInput *input,
                  GError           **error)
{
  guint months = mg_dose_input_age_in_months (input);

  if (!pregnant_or_breastfeeding (input))
    return TRUE;

  if (input->sex == MG_SEX_MALE) {
    g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_CONTRADICTION,
                         _("Pregnant or breastfeeding was chosen together with the male sex. "
                           "Check these answers."));
    return FALSE;
  }

  if (months < YEARS (MIN_PREGNANCY_AGE_YEARS) || months >= YEARS (MAX_PREGNANCY_AGE_YEARS + 1)) {
    g_set_error (error, MG_DOSE_ERROR, MG_DOSE_ERROR_CONTRADICTION,
                 _("This guide has figures for pregnancy and breastfeeding from %d to %d years "
                   "of age. Check the age and these answers."),
                 MIN_PREGNANCY_AGE_YEARS, MAX_PREGNANCY_AGE_YEARS);
    return FALSE;
  }

  return TRUE;
}

static gboolean
check_amounts (const MgDoseInput *input,
               GError           **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (amount_rules); i++) {
    const AmountRule *rule = &amount_rules[i];
    double value = G_STRUCT_MEMBER (double, input, rule->offset);

    if (!isfinite (value))
      g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AMOUNT, _(rule->not_a_number));
    else if (value < 0)
      g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AMOUNT, _(rule->negative));
    else if (value > rule->max)
      g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AMOUNT, _(rule->too_large));
    else
      continue;

    return FALSE;
  }

  return TRUE;
}

static gboolean
check_form (const MgDoseInput *input,
            GError           **error)
{
  if (input->amount_kind == MG_AMOUNT_SALT && input->form == MG_FORM_UNKNOWN && input->amount_mg > 0) {
    g_set_error_literal (error, MG_DOSE_ERROR, MG_DOSE_ERROR_FORM_NEEDED,
                         _("To work out the elemental magnesium from the weight of the salt, "
                           "choose the form of magnesium."));
    return FALSE;
  }

  return TRUE;
}

/* In the order a person would fix them: who, then what they take. */
static const Check checks[] = {
  check_age,
  check_life_stage,
  check_amounts,
  check_form,
};

static Stage
stage_of (const MgDoseInput *input)
{
  /* Pregnant while breastfeeding: the pregnancy figures are the higher ones. */
  if (input->pregnant)
    return STAGE_PREGNANT;

  return input->breastfeeding ? STAGE_BREASTFEEDING : STAGE_NONE;
}

static guint
find_intake_row (const IntakeTable *table,
                 guint              months)
{
  guint row = 0;

  while (row + 1 < table->n_rows && table->rows[row + 1].from_months <= months)
    row++;

  return row;
}

static guint
find_limit (const LimitTable *table,
            guint             months)
{
  guint limit = table->rows[0].limit_mg;

  for (guint i = 1; i < table->n_rows && table->rows[i].from_months <= months; i++)
    limit = table->rows[i].limit_mg;

  return limit;
}

static guint
first_limit_years (const LimitTable *table)
{
  for (guint i = 0; i < table->n_rows; i++) {
    if (table->rows[i].limit_mg > 0)
      return table->rows[i].from_months / 12;
  }

  g_assert_not_reached ();
}

static void
look_up_reference (const MgDoseInput *input,
                   MgDoseResult      *result)
{
  guint months = mg_dose_input_age_in_months (input);
  const IntakeTable *table = &intake_tables[input->reference_set][stage_of (input)];
  guint index = find_intake_row (table, months);
  const IntakeRow *row = &table->rows[index];
  const LimitTable *limits = &limit_tables[input->reference_set];

  result->intake_kind = row->kind;
  result->reference_intake_mg = input->sex == MG_SEX_MALE ? row->male_mg : row->female_mg;
  result->group_from_months = row->from_months;
  result->group_until_months = index + 1 < table->n_rows ? table->rows[index + 1].from_months : 0;
  result->upper_limit_mg = find_limit (limits, months);
  result->has_upper_limit = result->upper_limit_mg > 0;
  result->limit_from_years = first_limit_years (limits);
}

/**
 * mg_form_elemental_mg:
 * @salt_mg: the weight of the magnesium salt
 *
 * Returns: the elemental magnesium in @salt_mg of the salt
 */
double
mg_form_elemental_mg (MgForm form,
                      double salt_mg)
{
  g_return_val_if_fail (form < MG_N_FORMS, 0);

  return salt_mg * forms[form].permille / 1000.0;
}

static guint
supplement_per_day (const MgDoseInput *input)
{
  double per_tablet = input->amount_kind == MG_AMOUNT_SALT
                      ? mg_form_elemental_mg (input->form, input->amount_mg)
                      : input->amount_mg;

  return (guint) lround (per_tablet * input->tablets_per_day);
}

static gboolean
is_young_child_cb (const MgDoseInput  *input,
                   const MgDoseResult *result)
{
  return !result->has_upper_limit;
}

static gboolean
has_kidney_disease_cb (const MgDoseInput  *input,
                       const MgDoseResult *result)
{
  return input->kidney_disease;
}

static gboolean
has_bleeding_disorder_cb (const MgDoseInput  *input,
                          const MgDoseResult *result)
{
  return input->bleeding_disorder;
}

static gboolean
is_intravenous_in_pregnancy_cb (const MgDoseInput  *input,
                                const MgDoseResult *result)
{
  return input->intravenous && pregnant_or_breastfeeding (input);
}

/* A drip is given in hospital; the upper limits are for what is swallowed. */
static gboolean
is_intravenous_otherwise_cb (const MgDoseInput  *input,
                             const MgDoseResult *result)
{
  return input->intravenous && !pregnant_or_breastfeeding (input);
}

static const struct {
  MgDoctorReason reason;
  gboolean     (*applies) (const MgDoseInput  *input,
                           const MgDoseResult *result);
  guint          sources;
} doctor_rules[MG_N_DOCTOR_REASONS] = {
  { MG_DOCTOR_KIDNEY_DISEASE, has_kidney_disease_cb, SOURCE (NIH_ODS) | SOURCE (SEED_ARTICLES) },
  { MG_DOCTOR_BLEEDING_DISORDER, has_bleeding_disorder_cb, SOURCE (NIH_ODS) | SOURCE (SEED_ARTICLES) },
  { MG_DOCTOR_CHILD_WITHOUT_LIMIT, is_young_child_cb, 0 },
  { MG_DOCTOR_INTRAVENOUS_PREGNANCY, is_intravenous_in_pregnancy_cb, SOURCE (SEED_ARTICLES) },
  { MG_DOCTOR_INTRAVENOUS, is_intravenous_otherwise_cb, SOURCE (SEED_ARTICLES) },
};

static void
apply_doctor_rules (const MgDoseInput *input,
                    MgDoseResult      *result)
{
  for (guint i = 0; i < G_N_ELEMENTS (doctor_rules); i++) {
    if (doctor_rules[i].applies (input, result)) {
      result->doctor_reasons |= doctor_rules[i].reason;
      result->sources |= doctor_rules[i].sources;
    }
  }
}

/* Below this age the person is a child, whom someone else gives magnesium. */
#define ADULT_FROM_MONTHS (18 * 12)

static guint
cautions_of (const MgDoseInput  *input,
             const MgDoseResult *result)
{
  guint cautions = 0;

  if (input->sex == MG_SEX_FEMALE && input->pregnant)
    cautions |= MG_CAUTION_PREGNANT;
  if (input->sex == MG_SEX_FEMALE && input->breastfeeding)
    cautions |= MG_CAUTION_BREASTFEEDING;
  if (input->medicines != 0)
    cautions |= MG_CAUTION_MEDICINES;
  /* A young child without a limit has its own, stronger reason. */
  if (mg_dose_input_age_in_months (input) < ADULT_FROM_MONTHS &&
      !(result->doctor_reasons & MG_DOCTOR_CHILD_WITHOUT_LIMIT))
    cautions |= MG_CAUTION_CHILD;

  return cautions;
}

static MgVerdict
verdict_of (const MgDoseResult *result)
{
  if (result->doctor_reasons != 0)
    return MG_VERDICT_SEE_DOCTOR;
  if (result->supplement_mg == 0)
    return MG_VERDICT_NO_PRODUCT;

  return result->above_limit ? MG_VERDICT_ABOVE_LIMIT : MG_VERDICT_WITHIN_LIMIT;
}

static guint
interaction_sources (guint medicines)
{
  guint found = 0;

  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    if (medicines & MG_MEDICINE_BIT (i))
      found |= interactions[i].sources;
  }

  return found;
}

static void
collect_sources (const MgDoseInput *input,
                 MgDoseResult      *result)
{
  const MgReferenceSetInfo *set = &reference_sets[input->reference_set];

  result->sources |= set->intake_sources | set->limit_sources;
  result->sources |= forms[input->form].sources;
  result->sources |= interaction_sources (result->interactions);
  /* What too much magnesium does, shown above the limit. */
  if (result->above_limit)
    result->sources |= SOURCE (NIH_ODS) | SOURCE (WAKAI_2019);
}

/**
 * mg_dose_evaluate:
 * @input: what the person answered
 * @result: (out caller-allocates): what follows from it
 * @error: why the input was refused
 *
 * Looks up the reference values for the person's group and checks their
 * product against the upper limit. Input that is out of range or
 * contradicts itself is refused with a reason a person can act on, never
 * answered.
 *
 * Returns: %TRUE if @result was filled in
 */
gboolean
mg_dose_evaluate (const MgDoseInput  *input,
                  MgDoseResult       *result,
                  GError            **error)
{
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (input->reference_set < MG_N_REFERENCE_SETS, FALSE);
  g_return_val_if_fail (input->age_unit < MG_N_AGE_UNITS, FALSE);
  g_return_val_if_fail (input->sex < MG_N_SEXES, FALSE);
  g_return_val_if_fail (input->form < MG_N_FORMS, FALSE);
  g_return_val_if_fail (input->amount_kind < MG_N_AMOUNT_KINDS, FALSE);
  g_return_val_if_fail (input->medicines < MG_MEDICINE_BIT (MG_N_MEDICINES), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++) {
    if (!checks[i] (input, error))
      return FALSE;
  }

  *result = (MgDoseResult) { 0 };
  look_up_reference (input, result);
  result->supplement_mg = supplement_per_day (input);
  result->food_mg = (guint) lround (input->food_mg);
  result->above_limit = result->has_upper_limit && result->supplement_mg > result->upper_limit_mg;
  result->interactions = input->medicines;
  apply_doctor_rules (input, result);
  result->cautions = cautions_of (input, result);
  result->verdict = verdict_of (result);
  collect_sources (input, result);

  return TRUE;
}

guint
mg_dose_choice_get_n (MgDoseChoice choice)
{
  g_return_val_if_fail (choice < MG_N_DOSE_CHOICES, 0);

  return choices[choice].n_rows;
}

const char *
mg_dose_choice_get_id (MgDoseChoice choice,
                       guint        index)
{
  gconstpointer row;

  g_return_val_if_fail (choice < MG_N_DOSE_CHOICES, NULL);
  g_return_val_if_fail (index < choices[choice].n_rows, NULL);

  row = (const guint8 *) choices[choice].rows + index * choices[choice].row_size;
  return *(const char * const *) row;
}

/**
 * mg_dose_choice_from_id:
 * @index: (out): the choice with @id
 *
 * Returns: %FALSE, leaving @index alone, if no choice has @id
 */
gboolean
mg_dose_choice_from_id (MgDoseChoice  choice,
                        const char   *id,
                        guint        *index)
{
  g_return_val_if_fail (choice < MG_N_DOSE_CHOICES, FALSE);
  g_return_val_if_fail (index != NULL, FALSE);

  for (guint i = 0; id != NULL && i < choices[choice].n_rows; i++) {
    if (g_str_equal (id, mg_dose_choice_get_id (choice, i))) {
      *index = i;
      return TRUE;
    }
  }

  return FALSE;
}

const MgReferenceSetInfo *
mg_reference_set_get_info (MgReferenceSet set)
{
  g_return_val_if_fail (set < MG_N_REFERENCE_SETS, NULL);

  return &reference_sets[set];
}

/**
 * mg_reference_set_for_language:
 * @language: (nullable): one of mg_i18n_get_languages ()
 *
 * Returns: the reference values people who speak @language most likely
 *   live by: NIH for English, EFSA (adopted by the Netherlands) for Dutch,
 *   NNR for Swedish and Danish
 */
MgReferenceSet
mg_reference_set_for_language (const char *language)
{
  for (guint i = 0; language != NULL && i < G_N_ELEMENTS (language_sets); i++) {
    if (g_str_equal (language, language_sets[i].language))
      return language_sets[i].set;
  }

  return MG_REFERENCE_SET_NIH;
}

const MgFormInfo *
mg_form_get_info (MgForm form)
{
  g_return_val_if_fail (form < MG_N_FORMS, NULL);

  return &forms[form];
}

const MgInteraction *
mg_medicine_get_interaction (MgMedicine medicine)
{
  g_return_val_if_fail (medicine < MG_N_MEDICINES, NULL);

  return &interactions[medicine];
}

const MgDoseSourceInfo *
mg_dose_source_get_info (MgDoseSource source)
{
  g_return_val_if_fail (source < MG_N_DOSE_SOURCES, NULL);

  return &sources[source];
}

const MgFactInfo *
mg_fact_get_info (MgFact fact)
{
  g_return_val_if_fail (fact < MG_N_FACTS, NULL);

  return &facts[fact];
}
