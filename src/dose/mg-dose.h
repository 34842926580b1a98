/* mg-dose.h: the dose model: reference intakes, upper limits, elemental
 * magnesium, interactions and reasons to see a doctor
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MG_DOSE_ERROR (mg_dose_error_quark ())

typedef enum {
  MG_DOSE_ERROR_AGE,
  MG_DOSE_ERROR_CONTRADICTION,
  MG_DOSE_ERROR_AMOUNT,
  MG_DOSE_ERROR_FORM_NEEDED,
} MgDoseError;

typedef enum {
  MG_REFERENCE_SET_NIH,
  MG_REFERENCE_SET_EFSA,
  MG_REFERENCE_SET_NNR,
  MG_REFERENCE_SET_UK,
  MG_N_REFERENCE_SETS
} MgReferenceSet;

/* Whose advice the person follows: the country chooses the reference set. */
typedef enum {
  MG_COUNTRY_NETHERLANDS,
  MG_COUNTRY_SWEDEN,
  MG_COUNTRY_DENMARK,
  MG_COUNTRY_UNITED_KINGDOM,
  MG_COUNTRY_IRELAND,
  MG_COUNTRY_UNITED_STATES,
  MG_COUNTRY_OTHER_EU_NORDIC,
  MG_N_COUNTRIES
} MgCountry;

typedef enum {
  MG_SEX_FEMALE,
  MG_SEX_MALE,
  MG_N_SEXES
} MgSex;

typedef enum {
  MG_AGE_YEARS,
  MG_AGE_MONTHS,
  MG_N_AGE_UNITS
} MgAgeUnit;

typedef enum {
  MG_AMOUNT_ELEMENTAL,
  MG_AMOUNT_SALT,
  MG_N_AMOUNT_KINDS
} MgAmountKind;

typedef enum {
  MG_FORM_UNKNOWN,
  MG_FORM_OXIDE,
  MG_FORM_HYDROXIDE,
  MG_FORM_CARBONATE,
  MG_FORM_CHLORIDE,
  MG_FORM_CHLORIDE_HEXAHYDRATE,
  MG_FORM_SULFATE,
  MG_FORM_SULFATE_HEPTAHYDRATE,
  MG_FORM_CITRATE,
  MG_FORM_CITRATE_MONOMAGNESIUM,
  MG_FORM_MALATE,
  MG_FORM_BISGLYCINATE,
  MG_FORM_GLYCEROPHOSPHATE,
  MG_FORM_LACTATE,
  MG_FORM_LACTATE_DIHYDRATE,
  MG_FORM_ASPARTATE,
  MG_FORM_THREONATE,
  MG_FORM_ASPARTATE_DIHYDRATE,
  MG_N_FORMS
} MgForm;

typedef enum {
  MG_ABSORPTION_LOW,
  MG_ABSORPTION_POOR,
  MG_ABSORPTION_BETTER,
  MG_ABSORPTION_SMALL_STUDIES,
  MG_ABSORPTION_INDUSTRY_TRIALS,
  MG_ABSORPTION_LITTLE_DATA,
  MG_ABSORPTION_NO_STATEMENT,
} MgAbsorption;

typedef enum {
  MG_MEDICINE_BISPHOSPHONATES,
  MG_MEDICINE_TETRACYCLINES,
  MG_MEDICINE_QUINOLONES,
  MG_MEDICINE_AMINOGLYCOSIDES,
  MG_MEDICINE_CALCIUM_CHANNEL_BLOCKERS,
  MG_MEDICINE_MUSCLE_RELAXANTS,
  MG_MEDICINE_LOOP_THIAZIDE_DIURETICS,
  MG_MEDICINE_POTASSIUM_SPARING_DIURETICS,
  MG_MEDICINE_PROTON_PUMP_INHIBITORS,
  MG_MEDICINE_ZINC,
  MG_MEDICINE_IRON_ELTROMBOPAG_PENICILLAMINE,
  MG_MEDICINE_MOXIFLOXACIN,
  MG_MEDICINE_GABAPENTIN,
  MG_MEDICINE_LEVOTHYROXINE,
  MG_MEDICINE_INTEGRASE_INHIBITORS,
  MG_MEDICINE_CHLOROQUINE,
  MG_MEDICINE_QUINIDINE,
  MG_MEDICINE_NITROFURANTOIN,
  MG_MEDICINE_DIGOXIN,
  MG_MEDICINE_MYCOPHENOLATE,
  MG_MEDICINE_AZOLE_ANTIFUNGALS,
  MG_MEDICINE_ROSUVASTATIN,
  MG_MEDICINE_LEVODOPA,
  MG_MEDICINE_OTHER,
  MG_N_MEDICINES
} MgMedicine;

#define MG_MEDICINE_BIT(medicine) (1u << (medicine))

/* The questions answered by choosing one of a list; each choice has an id
 * that the settings keep. */
typedef enum {
  MG_DOSE_CHOICE_REFERENCE_SET,
  MG_DOSE_CHOICE_AGE_UNIT,
  MG_DOSE_CHOICE_SEX,
  MG_DOSE_CHOICE_AMOUNT_KIND,
  MG_DOSE_CHOICE_FORM,
  MG_DOSE_CHOICE_MEDICINE,
  MG_DOSE_CHOICE_COUNTRY,
  MG_N_DOSE_CHOICES
} MgDoseChoice;

/* What an interaction does; the words are in mg-dose-text.c. */
typedef enum {
  MG_EFFECT_LESS_MEDICINE_ABSORBED,
  MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED,
  MG_EFFECT_NAMED_IN_ARTICLES,
  MG_EFFECT_MORE_MAGNESIUM_LOST,
  MG_EFFECT_LESS_MAGNESIUM_LOST,
  MG_EFFECT_LOW_MAGNESIUM,
  MG_EFFECT_LESS_MAGNESIUM_ABSORBED,
  MG_EFFECT_LESS_GABAPENTIN_ABSORBED,
  MG_EFFECT_DIGOXIN_LOW_MAGNESIUM,
  MG_EFFECT_ASK_PHARMACIST_ABSORPTION,
  MG_EFFECT_NOT_LISTED,
} MgEffect;

/* Other products with magnesium that count towards the upper limit. */
typedef enum {
  MG_OTHER_ANTACID,
  MG_OTHER_LAXATIVE,
  MG_OTHER_MULTIVITAMIN,
  MG_OTHER_WATER,
  MG_N_OTHER_PRODUCTS
} MgOtherProduct;

typedef enum {
  MG_DOSE_SOURCE_NIH_ODS,
  MG_DOSE_SOURCE_EFSA_2015,
  MG_DOSE_SOURCE_GEZONDHEIDSRAAD_2018,
  MG_DOSE_SOURCE_NNR_2023,
  MG_DOSE_SOURCE_LIVSMEDELSVERKET,
  MG_DOSE_SOURCE_BFR_2017,
  MG_DOSE_SOURCE_MOLECULES_2020,
  MG_DOSE_SOURCE_WAKAI_2019,
  MG_DOSE_SOURCE_EMC_LEAFLET,
  MG_DOSE_SOURCE_SEED_ARTICLES,
  MG_DOSE_SOURCE_SCF_2001,
  MG_DOSE_SOURCE_NHS_UK,
  MG_DOSE_SOURCE_YAGI_2012,
  MG_DOSE_SOURCE_EMC_2678,
  MG_DOSE_SOURCE_EMC_4841,
  MG_DOSE_SOURCE_MOXIFLOXACIN_LABEL,
  MG_DOSE_SOURCE_LEVOTHYROXINE_LABEL,
  MG_N_DOSE_SOURCES
} MgDoseSource;

#define MG_DOSE_SOURCE_BIT(source) (1u << (source))

/* Figures the words of the guide state; the text takes them from here, so
 * that no translation holds a figure of its own. */
typedef enum {
  MG_FACT_OXIDE_ABSORBED_PERCENT,   /* of magnesium oxide, in one study */
  MG_FACT_ZINC_HIGH_DOSE_MG,        /* zinc a day that lowers magnesium absorption */
  MG_FACT_SERIOUS_EFFECTS_MG,       /* magnesium a day above which serious effects are mostly seen */
  MG_FACT_GABAPENTIN_LOWER_PERCENT, /* less gabapentin in the blood with 1 g magnesium oxide */
  MG_FACT_SEVERE_KIDNEY_EGFR,       /* eGFR below which magnesium is contraindicated */
  MG_FACT_MIN_PREGNANCY_AGE,        /* the youngest age with pregnancy figures */
  MG_FACT_LAXATIVE_OXIDE_MG,        /* a common dose of magnesium oxide as a laxative */
  MG_N_FACTS
} MgFact;

typedef struct {
  guint value;
  guint sources;                    /* MG_DOSE_SOURCE_BIT()s */
} MgFactInfo;

typedef enum {
  MG_INTAKE_NONE,
  MG_INTAKE_RDA,
  MG_INTAKE_AI,
  MG_INTAKE_RNI,
  MG_N_INTAKE_KINDS
} MgIntakeKind;

typedef enum {
  MG_VERDICT_NO_PRODUCT,
  MG_VERDICT_WITHIN_LIMIT,
  MG_VERDICT_ABOVE_LIMIT,
  MG_VERDICT_SEE_DOCTOR,
} MgVerdict;

typedef enum {
  MG_DOCTOR_KIDNEY_DISEASE        = 1 << 0,
  MG_DOCTOR_BLEEDING_DISORDER     = 1 << 1,
  MG_DOCTOR_CHILD_WITHOUT_LIMIT   = 1 << 2,
  MG_DOCTOR_INTRAVENOUS_PREGNANCY = 1 << 3,
  MG_DOCTOR_INTRAVENOUS           = 1 << 4,
  MG_DOCTOR_HEART_CONDUCTION      = 1 << 5,
  MG_DOCTOR_MYASTHENIA_GRAVIS     = 1 << 6,
} MgDoctorReason;

#define MG_N_DOCTOR_REASONS 7

/* Reasons to check with a professional first even within the upper limit:
 * the verdict names each of them, never a plain "within the limit". */
typedef enum {
  MG_CAUTION_PREGNANT      = 1 << 0,
  MG_CAUTION_BREASTFEEDING = 1 << 1,
  MG_CAUTION_MEDICINES     = 1 << 2,
  MG_CAUTION_CHILD         = 1 << 3,
} MgCaution;

#define MG_N_CAUTIONS 4

typedef struct {
  MgReferenceSet reference_set;      /* the tables used; mg_dose_input_set_country () sets it */
  MgCountry      country;            /* whose advice, as the person chose it */
  int            age;
  MgAgeUnit      age_unit;
  MgSex          sex;
  gboolean       pregnant;
  gboolean       breastfeeding;
  gboolean       kidney_disease;
  gboolean       bleeding_disorder;
  gboolean       heart_conduction;   /* a heart conduction problem or a slow heartbeat */
  gboolean       myasthenia_gravis;
  guint          medicines;          /* MG_MEDICINE_BIT()s */
  MgForm         form;
  MgAmountKind   amount_kind;
  double         amount_mg;          /* per tablet, as the label gives it */
  double         tablets_per_day;
  gboolean       intravenous;
  double         food_mg;            /* from food today */
  double         other_mg[MG_N_OTHER_PRODUCTS]; /* elemental magnesium a day from each */
} MgDoseInput;

typedef struct {
  MgIntakeKind intake_kind;
  guint        reference_intake_mg;  /* 0 with MG_INTAKE_NONE */
  guint        group_from_months;    /* the ages the intake holds for */
  guint        group_until_months;   /* the first age it no longer holds for; 0: no end */
  gboolean     has_upper_limit;
  guint        upper_limit_mg;       /* supplements only; food does not count */
  guint        limit_from_years;     /* the youngest age with a limit in this set */
  guint        supplement_mg;        /* elemental magnesium a day from the product */
  guint        other_mg;             /* from the other products together */
  guint        total_supplement_mg;  /* the product and the others: what the limit is for */
  guint        food_mg;
  gboolean     above_limit;
  MgVerdict    verdict;
  guint        doctor_reasons;       /* MgDoctorReason flags */
  guint        cautions;             /* MgCaution flags */
  guint        interactions;         /* MG_MEDICINE_BIT()s */
  guint        sources;              /* MG_DOSE_SOURCE_BIT()s of every figure used */
} MgDoseResult;

typedef struct {
  const char *id;
  guint       intake_sources;        /* MG_DOSE_SOURCE_BIT()s */
  guint       limit_sources;
} MgReferenceSetInfo;

typedef struct {
  const char   *id;
  guint         permille;            /* elemental magnesium, tenths of a percent by weight */
  MgAbsorption  absorption;
  guint         sources;
} MgFormInfo;

/* A gap in hours: the medicine taken at least @before hours before
 * magnesium, or at least @after hours after it. */
typedef struct {
  const char *id;
  guint       hours_before;
  guint       hours_after;
  MgEffect    effect;
  guint       sources;
} MgInteraction;

typedef struct {
  const char     *id;
  MgReferenceSet  set;
} MgCountryInfo;

/* The id of a source in the article's source list, which says the rest. */
typedef struct {
  const char *id;
} MgDoseSourceInfo;

GQuark                    mg_dose_error_quark               (void);

void                      mg_dose_input_init                (MgDoseInput        *input);
void                      mg_dose_input_set_country         (MgDoseInput        *input,
                                                             MgCountry           country);
gboolean                  mg_dose_evaluate                  (const MgDoseInput  *input,
                                                             MgDoseResult       *result,
                                                             GError            **error);
guint                     mg_dose_input_age_in_months       (const MgDoseInput  *input);

guint                     mg_dose_choice_get_n              (MgDoseChoice        choice);
gboolean                  mg_dose_choice_transform_selected (GBinding           *binding,
                                                             const GValue       *from_value,
                                                             GValue             *to_value,
                                                             gpointer            choice);
const char               *mg_dose_choice_get_id             (MgDoseChoice        choice,
                                                             guint               index);
gboolean                  mg_dose_choice_from_id            (MgDoseChoice        choice,
                                                             const char         *id,
                                                             guint              *index);

const MgReferenceSetInfo *mg_reference_set_get_info         (MgReferenceSet      set);

const MgCountryInfo      *mg_country_get_info               (MgCountry           country);
MgCountry                 mg_country_for_reference_set      (MgReferenceSet      set);
MgCountry                 mg_country_for_locale             (const char         *locale);

const MgFormInfo         *mg_form_get_info                  (MgForm              form);
double                    mg_form_elemental_mg              (MgForm              form,
                                                             double              salt_mg);

const MgInteraction      *mg_medicine_get_interaction       (MgMedicine          medicine);

const MgDoseSourceInfo   *mg_dose_source_get_info           (MgDoseSource        source);

const MgFactInfo         *mg_fact_get_info                  (MgFact              fact);

G_END_DECLS
