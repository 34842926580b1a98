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
#include <string.h>

#include "mg-dose.h"

G_DEFINE_QUARK (mg-dose-error-quark, mg_dose_error)

#define YEARS(n) ((n) * 12u)
#define SOURCE(name) MG_DOSE_SOURCE_BIT (MG_DOSE_SOURCE_##name)

/* Ages that the tables answer for; pregnancy figures exist from 14 to 50
 * (NIH gives none below 14), and a wider span would only hide a mistyped
 * age. */
#define MAX_AGE_YEARS           120
#define MIN_PREGNANCY_AGE_YEARS 14
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
  [MG_DOSE_SOURCE_SCF_2001] = { "scf-2001" },
  [MG_DOSE_SOURCE_NHS_UK] = { "nhs-magnesium" },
  [MG_DOSE_SOURCE_YAGI_2012] = { "yagi-2012" },
  [MG_DOSE_SOURCE_EMC_2678] = { "emc-2678" },
  [MG_DOSE_SOURCE_EMC_4841] = { "emc-4841" },
  [MG_DOSE_SOURCE_MOXIFLOXACIN_LABEL] = { "moxifloxacin-label" },
  [MG_DOSE_SOURCE_LEVOTHYROXINE_LABEL] = { "levothyroxine-label" },
};

/* The Nordic values are published by Livsmedelsverket. The EU upper limit
 * of 250 mg is the SCF's (2001, published again by EFSA in 2006; EFSA 2015
 * set none), with BfR's advice to split it; NNR 2023 takes the same limit.
 * The Dutch Gezondheidsraad adopted EFSA's adult values: it is cited for
 * adults in the Netherlands only (see collect_sources ()). The UK figures
 * are the NHS's: the adult reference nutrient intake, and 400 mg a day or
 * less from supplements as unlikely to cause harm. */
static const MgReferenceSetInfo reference_sets[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = { "nih", SOURCE (NIH_ODS), SOURCE (NIH_ODS) },
  [MG_REFERENCE_SET_EFSA] = { "efsa", SOURCE (EFSA_2015), SOURCE (SCF_2001) | SOURCE (BFR_2017) },
  [MG_REFERENCE_SET_NNR] = { "nnr", SOURCE (NNR_2023) | SOURCE (LIVSMEDELSVERKET),
                             SOURCE (NNR_2023) | SOURCE (BFR_2017) },
  [MG_REFERENCE_SET_UK] = { "uk", SOURCE (NHS_UK), SOURCE (NHS_UK) },
};

/* Ireland, and every EU country but the two Nordic ones here, follow EFSA;
 * "another EU or Nordic country" does too (the Nordic limit is the same). */
static const MgCountryInfo countries[MG_N_COUNTRIES] = {
  [MG_COUNTRY_NETHERLANDS] = { "nl", MG_REFERENCE_SET_EFSA },
  [MG_COUNTRY_SWEDEN] = { "se", MG_REFERENCE_SET_NNR },
  [MG_COUNTRY_DENMARK] = { "dk", MG_REFERENCE_SET_NNR },
  [MG_COUNTRY_UNITED_KINGDOM] = { "uk", MG_REFERENCE_SET_UK },
  [MG_COUNTRY_IRELAND] = { "ie", MG_REFERENCE_SET_EFSA },
  [MG_COUNTRY_UNITED_STATES] = { "us", MG_REFERENCE_SET_NIH },
  [MG_COUNTRY_OTHER_EU_NORDIC] = { "other-eu-nordic", MG_REFERENCE_SET_EFSA },
};

/* A locale's territory (ISO 3166, as in nl_NL or en_GB) and its country. */
static const struct {
  const char *territory;
  MgCountry   country;
} territories[] = {
  { "NL", MG_COUNTRY_NETHERLANDS }, { "SE", MG_COUNTRY_SWEDEN }, { "DK", MG_COUNTRY_DENMARK },
  { "GB", MG_COUNTRY_UNITED_KINGDOM }, { "UK", MG_COUNTRY_UNITED_KINGDOM }, { "IE", MG_COUNTRY_IRELAND },
  { "US", MG_COUNTRY_UNITED_STATES },
};

/* The other EU, EEA and Nordic countries, which follow EFSA or NNR. */
static const char * const eu_nordic_territories[] = {
  "AT", "AX", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FO", "FR", "GL", "GR", "HR", "HU",
  "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NO", "PL", "PT", "RO", "SI", "SK",
};

/* Without a territory, the language's country; anything else, the US's
 * values, which the guide used before countries. */
static const struct {
  const char *language;
  MgCountry   country;
} language_countries[] = {
  { "nl", MG_COUNTRY_NETHERLANDS }, { "sv", MG_COUNTRY_SWEDEN }, { "da", MG_COUNTRY_DENMARK },
};

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
  /* The usual medicinal form (the UK leaflet's). */
  [MG_FORM_ASPARTATE_DIHYDRATE] = { "aspartate-dihydrate", 75, MG_ABSORPTION_BETTER, FORM_NIH },
};

/* Facts file, section 4: the longer gap of NIH ODS and the UK leaflet, on
 * each side. Bisphosphonates: NIH 2 h, leaflet 3-4 h. Tetracyclines: NIH
 * 2 h before or 4-6 h after, leaflet 2-3 h. Quinolones: NIH's class gap,
 * 2 h before or 4-6 h after; moxifloxacin's label asks 4 h before or 8 h
 * after. Gabapentin: at least 2 h after magnesium (Yagi 2012). Chloroquine,
 * hydroxychloroquine, quinidine, nitrofurantoin: 3-4 h (emc 2678).
 * Levothyroxine 4 h (its label). Integrase inhibitors: 2 h before or 6 h
 * after (their labels, as NIH lists them). */
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
  [MG_MEDICINE_MOXIFLOXACIN] = { "moxifloxacin", 4, 8, MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED,
                                 SOURCE (MOXIFLOXACIN_LABEL) },
  [MG_MEDICINE_GABAPENTIN] = { "gabapentin", 0, 2, MG_EFFECT_LESS_GABAPENTIN_ABSORBED, SOURCE (YAGI_2012) },
  [MG_MEDICINE_LEVOTHYROXINE] = { "levothyroxine", 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED,
                                  SOURCE (LEVOTHYROXINE_LABEL) },
  [MG_MEDICINE_INTEGRASE_INHIBITORS] = { "integrase-inhibitors", 2, 6, MG_EFFECT_LESS_MEDICINE_ABSORBED,
                                         SOURCE (NIH_ODS) },
  [MG_MEDICINE_CHLOROQUINE] = { "chloroquine", 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, SOURCE (EMC_2678) },
  [MG_MEDICINE_QUINIDINE] = { "quinidine", 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, SOURCE (EMC_2678) },
  [MG_MEDICINE_NITROFURANTOIN] = { "nitrofurantoin", 4, 4, MG_EFFECT_LESS_MEDICINE_ABSORBED, SOURCE (EMC_2678) },
  [MG_MEDICINE_DIGOXIN] = { "digoxin", 0, 0, MG_EFFECT_DIGOXIN_LOW_MAGNESIUM, SOURCE (EMC_2678) },
  [MG_MEDICINE_MYCOPHENOLATE] = { "mycophenolate", 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, SOURCE (EMC_4841) },
  [MG_MEDICINE_AZOLE_ANTIFUNGALS] = { "azole-antifungals", 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION,
                                      SOURCE (EMC_4841) },
  [MG_MEDICINE_ROSUVASTATIN] = { "rosuvastatin", 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, SOURCE (EMC_4841) },
  [MG_MEDICINE_LEVODOPA] = { "levodopa", 0, 0, MG_EFFECT_ASK_PHARMACIST_ABSORPTION, SOURCE (EMC_4841) },
  /* No list is complete: the pharmacist knows the rest. */
  [MG_MEDICINE_OTHER] = { "other", 0, 0, MG_EFFECT_NOT_LISTED, 0 },
};

/* Facts file: oxide absorbed about 4 % (Molecules 2020); zinc at 142 mg a
 * day (NIH ODS); serious effects mostly above 5,000 mg a day (NIH ODS). */
static const MgFactInfo facts[MG_N_FACTS] = {
  [MG_FACT_OXIDE_ABSORBED_PERCENT] = { 4, SOURCE (MOLECULES_2020) },
  [MG_FACT_ZINC_HIGH_DOSE_MG] = { 142, SOURCE (NIH_ODS) },
  [MG_FACT_SERIOUS_EFFECTS_MG] = { 5000, SOURCE (NIH_ODS) },
  [MG_FACT_GABAPENTIN_LOWER_PERCENT] = { 43, SOURCE (YAGI_2012) },
  [MG_FACT_SEVERE_KIDNEY_EGFR] = { 30, SOURCE (EMC_2678) },
  [MG_FACT_MIN_PREGNANCY_AGE] = { MIN_PREGNANCY_AGE_YEARS, SOURCE (NIH_ODS) },
  /* 1 g of oxide, about 600 mg of magnesium (facts file, section 3). */
  [MG_FACT_LAXATIVE_OXIDE_MG] = { 1000, 0 },
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

/* NHS: the adult reference nutrient intake, 19 years and older; the facts
 * file has no UK figure for children, pregnancy or breastfeeding. */
static const IntakeRow uk_general[] = {
  { 0, MG_INTAKE_NONE, 0, 0 },
  { YEARS (19), MG_INTAKE_RNI, 270, 300 },
};

static const IntakeTable intake_tables[MG_N_REFERENCE_SETS][N_STAGES] = {
  [MG_REFERENCE_SET_NIH] = { TABLE (nih_general), TABLE (nih_pregnant), TABLE (nih_breastfeeding) },
  [MG_REFERENCE_SET_EFSA] = { TABLE (efsa_general), TABLE (efsa_pregnant_breastfeeding),
                              TABLE (efsa_pregnant_breastfeeding) },
  [MG_REFERENCE_SET_NNR] = { TABLE (nnr_general), TABLE (not_stated), TABLE (not_stated) },
  [MG_REFERENCE_SET_UK] = { TABLE (uk_general), TABLE (not_stated), TABLE (not_stated) },
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

/* NHS: 400 mg a day or less from supplements is unlikely to cause harm,
 * said of adults. */
static const LimitRow uk_limits[] = {
  { 0, 0 },
  { YEARS (19), 400 },
};

static const LimitTable limit_tables[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = TABLE (nih_limits),
  [MG_REFERENCE_SET_EFSA] = TABLE (eu_nordic_limits),
  [MG_REFERENCE_SET_NNR] = TABLE (eu_nordic_limits),
  [MG_REFERENCE_SET_UK] = TABLE (uk_limits),
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

/* Each of the other products, as much as any label gives in a day. */
#define MAX_OTHER_MG 10000


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
  [MG_DOSE_CHOICE_COUNTRY] = { countries, sizeof countries[0], MG_N_COUNTRIES },
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
    .country = MG_COUNTRY_UNITED_STATES,
    .age = 30,
    .age_unit = MG_AGE_YEARS,
    .sex = MG_SEX_FEMALE,
    .form = MG_FORM_UNKNOWN,
    .amount_kind = MG_AMOUNT_ELEMENTAL,
    .tablets_per_day = 1,
  };
}

/**
 * mg_dose_input_set_country:
 *
 * Sets whose advice @input follows, and with it the reference values.
 */
void
mg_dose_input_set_country (MgDoseInput *input,
                           MgCountry    country)
{
  g_return_if_fail (input != NULL);
  g_return_if_fail (country < MG_N_COUNTRIES);

  input->country = country;
  input->reference_set = countries[country].set;
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

  if (months < YEARS (MIN_PREGNANCY_AGE_YEARS)) {
    g_set_error (error, MG_DOSE_ERROR, MG_DOSE_ERROR_CONTRADICTION,
                 mg_i18n_ngettext ("There are no reference values for pregnancy or breastfeeding below the "
                                   "age of %d year. A girl this young who is pregnant or breastfeeding needs "
                                   "a doctor’s or midwife’s advice before taking magnesium.",
                                   "There are no reference values for pregnancy or breastfeeding below the "
                                   "age of %d years. A girl this young who is pregnant or breastfeeding needs "
                                   "a doctor’s or midwife’s advice before taking magnesium.",
                                   MIN_PREGNANCY_AGE_YEARS),
                 MIN_PREGNANCY_AGE_YEARS);
    return FALSE;
  }
  if (months >= YEARS (MAX_PREGNANCY_AGE_YEARS + 1)) {
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

  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++) {
    if (!isfinite (input->other_mg[i]) || input->other_mg[i] < 0 || input->other_mg[i] > MAX_OTHER_MG) {
      g_set_error (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AMOUNT,
                   /* Translators: %d is a number of milligrams */
                   _("The magnesium a day from another product must be a number from 0 to %d mg. "
                     "Check the amounts under “Other Magnesium You Take”."), MAX_OTHER_MG);
      return FALSE;
    }
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

static guint
others_per_day (const MgDoseInput *input)
{
  double sum = 0;

  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++)
    sum += input->other_mg[i];

  return (guint) lround (sum);
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
has_heart_conduction_cb (const MgDoseInput  *input,
                         const MgDoseResult *result)
{
  return input->heart_conduction;
}

static gboolean
has_myasthenia_gravis_cb (const MgDoseInput  *input,
                          const MgDoseResult *result)
{
  return input->myasthenia_gravis;
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
  { MG_DOCTOR_KIDNEY_DISEASE, has_kidney_disease_cb, SOURCE (NIH_ODS) | SOURCE (EMC_2678) },
  /* NIH says nothing on bleeding: only the seed articles, in theory. */
  { MG_DOCTOR_BLEEDING_DISORDER, has_bleeding_disorder_cb, SOURCE (SEED_ARTICLES) },
  { MG_DOCTOR_CHILD_WITHOUT_LIMIT, is_young_child_cb, 0 },
  { MG_DOCTOR_INTRAVENOUS_PREGNANCY, is_intravenous_in_pregnancy_cb, SOURCE (SEED_ARTICLES) },
  { MG_DOCTOR_INTRAVENOUS, is_intravenous_otherwise_cb, SOURCE (SEED_ARTICLES) },
  /* The UK leaflet's contraindication, and its caution. */
  { MG_DOCTOR_HEART_CONDUCTION, has_heart_conduction_cb, SOURCE (EMC_2678) },
  { MG_DOCTOR_MYASTHENIA_GRAVIS, has_myasthenia_gravis_cb, SOURCE (EMC_2678) },
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
  if (result->total_supplement_mg == 0)
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
  /* The Gezondheidsraad 2018 report is about adults only. */
  if (input->country == MG_COUNTRY_NETHERLANDS && mg_dose_input_age_in_months (input) >= ADULT_FROM_MONTHS)
    result->sources |= SOURCE (GEZONDHEIDSRAAD_2018);
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
  g_return_val_if_fail (input->country < MG_N_COUNTRIES, FALSE);
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
  result->other_mg = others_per_day (input);
  result->total_supplement_mg = result->supplement_mg + result->other_mg;
  result->food_mg = (guint) lround (input->food_mg);
  /* Antacids, laxatives, multivitamins and enriched water count too. */
  result->above_limit = result->has_upper_limit && result->total_supplement_mg > result->upper_limit_mg;
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

/**
 * mg_dose_choice_transform_selected:
 * @choice: the MgDoseChoice, as GUINT_TO_POINTER ()
 *
 * A binding's transform from a list's selected position to the answer
 * it stands for: an empty list selects nothing, which is no answer.
 */
gboolean
mg_dose_choice_transform_selected (GBinding     *binding,
                                   const GValue *from_value,
                                   GValue       *to_value,
                                   gpointer      choice)
{
  guint selected = g_value_get_uint (from_value);

  if (selected >= mg_dose_choice_get_n (GPOINTER_TO_UINT (choice)))
    return FALSE;

  g_value_set_uint (to_value, selected);
  return TRUE;
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

const MgCountryInfo *
mg_country_get_info (MgCountry country)
{
  g_return_val_if_fail (country < MG_N_COUNTRIES, NULL);

  return &countries[country];
}

/**
 * mg_country_for_reference_set:
 *
 * Returns: the first country whose advice is @set
 */
MgCountry
mg_country_for_reference_set (MgReferenceSet set)
{
  g_return_val_if_fail (set < MG_N_REFERENCE_SETS, MG_COUNTRY_UNITED_STATES);

  for (guint i = 0; i < MG_N_COUNTRIES; i++) {
    if (countries[i].set == set)
      return i;
  }

  g_return_val_if_reached (MG_COUNTRY_UNITED_STATES);
}

static MgCountry
country_of_territory (const char *territory,
                      gboolean   *found)
{
  *found = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (territories); i++) {
    if (g_ascii_strcasecmp (territory, territories[i].territory) == 0)
      return territories[i].country;
  }
  for (guint i = 0; i < G_N_ELEMENTS (eu_nordic_territories); i++) {
    if (g_ascii_strcasecmp (territory, eu_nordic_territories[i]) == 0)
      return MG_COUNTRY_OTHER_EU_NORDIC;
  }

  *found = FALSE;
  return MG_COUNTRY_UNITED_STATES;
}

/**
 * mg_country_for_locale:
 * @locale: (nullable): a POSIX locale name, such as “nl_NL.UTF-8” or
 *   “en_GB”
 *
 * Returns: the country to propose for @locale: its territory's, or else
 *   its language's, or else the United States (whose values the guide
 *   used before it asked)
 */
MgCountry
mg_country_for_locale (const char *locale)
{
  g_autofree char *language = NULL;
  g_autofree char *territory = NULL;
  const char *end;
  MgCountry country;
  gboolean found = FALSE;

  if (locale == NULL)
    return MG_COUNTRY_UNITED_STATES;

  /* language[_TERRITORY][.codeset][@modifier] */
  end = locale + strcspn (locale, "_.@");
  language = g_strndup (locale, (gsize) (end - locale));
  if (*end == '_')
    territory = g_strndup (end + 1, strcspn (end + 1, ".@"));
  country = territory != NULL ? country_of_territory (territory, &found) : MG_COUNTRY_UNITED_STATES;
  for (guint i = 0; !found && i < G_N_ELEMENTS (language_countries); i++) {
    if (g_str_equal (language, language_countries[i].language))
      return language_countries[i].country;
  }

  return country;
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
