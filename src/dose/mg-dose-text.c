/* mg-dose-text.c: the words of the dose guide, for the page and the summary
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-dose-text"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-content.h"
#include "mg-dose-text.h"
#include "mg-i18n.h"

typedef struct {
  const char *title;
  const char *subtitle;
  const char *context;          /* of the title, where the same English means two things */
} FieldText;

static const FieldText field_texts[MG_N_DOSE_FIELDS] = {
  /* Translators: the question whose health advice the values follow */
  [MG_DOSE_FIELD_REFERENCE_SET] = { N_("Country"), NULL },
  [MG_DOSE_FIELD_AGE] = { N_("Age"), NULL },
  [MG_DOSE_FIELD_SEX] = { N_("Sex"), NULL },
  [MG_DOSE_FIELD_PREGNANT] = { N_("Pregnant"), NULL },
  /* Translators: a yes-or-no switch: is the person breastfeeding now? Not
   * the name of the group that reference values are given for */
  [MG_DOSE_FIELD_BREASTFEEDING] = { NC_("dose question", "Breastfeeding"), NULL, "dose question" },
  [MG_DOSE_FIELD_KIDNEY_DISEASE] = { N_("Kidney disease"), N_("Including kidneys that work less well") },
  [MG_DOSE_FIELD_BLEEDING_DISORDER] = { N_("Bleeding disorder"), NULL },
  [MG_DOSE_FIELD_HEART_CONDUCTION] = { N_("Heart rhythm problem"),
                                       N_("A heart conduction problem (heart block) or a slow heartbeat") },
  [MG_DOSE_FIELD_MYASTHENIA_GRAVIS] = { N_("Myasthenia gravis"), NULL },
  [MG_DOSE_FIELD_MEDICINES] = { N_("Medicines"), NULL },
  [MG_DOSE_FIELD_AMOUNT_KIND] = { N_("The label gives"), NULL },
  /* Translators: “mg” is milligrams, as on supplement labels */
  [MG_DOSE_FIELD_AMOUNT] = { N_("Amount per tablet"), N_("In mg, as on the label") },
  [MG_DOSE_FIELD_FORM] = { N_("Form of magnesium"), NULL },
  [MG_DOSE_FIELD_TABLETS] = { N_("Tablets a day"), NULL },
  [MG_DOSE_FIELD_INTRAVENOUS] = { N_("Given by drip into a vein"), N_("Intravenously, in hospital") },
  /* The other products' lines under the title say more: see
   * mg_dose_text_other_subtitle (). */
  /* Translators: medicines for heartburn or indigestion */
  [MG_DOSE_FIELD_ANTACID] = { N_("Antacids"), NULL },
  [MG_DOSE_FIELD_LAXATIVE] = { N_("Laxatives"), NULL },
  [MG_DOSE_FIELD_MULTIVITAMIN] = { N_("Multivitamins"), NULL },
  [MG_DOSE_FIELD_WATER] = { N_("Magnesium-enriched water"), NULL },
  [MG_DOSE_FIELD_FOOD] = { N_("Magnesium from food today"),
                           N_("In mg, from the food checklist or your own estimate") },
};

static const char * const headings[MG_N_DOSE_HEADINGS] = {
  /* Translators: the title of the dose guide page */
  [MG_DOSE_HEADING_GUIDE] = N_("Dose Guide"),
  [MG_DOSE_HEADING_RESULT] = N_("Your Result"),
  [MG_DOSE_HEADING_REFUSED] = N_("Check Your Answers"),
  [MG_DOSE_HEADING_INTERACTIONS] = N_("Your Medicines and Magnesium"),
  [MG_DOSE_HEADING_SOURCES] = N_("Sources"),
  [MG_DOSE_HEADING_ANSWERS] = N_("Your Answers"),
  [MG_DOSE_HEADING_SUMMARY] = N_("Magnesium: a Summary for Your Doctor"),
};

static const char * const figure_titles[MG_N_DOSE_FIGURES] = {
  /* Translators: whose health advice the values follow */
  [MG_DOSE_FIGURE_COUNTRY] = N_("Country"),
  /* Translators: the general name for whichever intake value the chosen
     country's advice gives (a recommended amount or an adequate intake):
     use the word your health services use with patients, not the name of
     one kind of value. */
  [MG_DOSE_FIGURE_INTAKE] = N_("Reference intake"),
  [MG_DOSE_FIGURE_LIMIT] = N_("Upper limit for supplements"),
  [MG_DOSE_FIGURE_PRODUCT] = N_("Your product"),
  [MG_DOSE_FIGURE_OTHER] = N_("Other magnesium products"),
  [MG_DOSE_FIGURE_FOOD] = N_("Food today"),
};

static const char * const reference_set_names[MG_N_REFERENCE_SETS] = {
  /* Translators: a choice of reference values; NIH: the US National Institutes of Health */
  [MG_REFERENCE_SET_NIH] = N_("NIH (United States)"),
  /* Translators: a choice of reference values; EFSA: the European Food Safety Authority */
  [MG_REFERENCE_SET_EFSA] = N_("EFSA (European Union)"),
  /* Translators: a choice of reference values; NNR: the Nordic Nutrition Recommendations */
  [MG_REFERENCE_SET_NNR] = N_("NNR 2023 (Nordic countries)"),
  /* Translators: a set of reference values; NHS: the UK's National Health Service */
  [MG_REFERENCE_SET_UK] = N_("NHS (United Kingdom)"),
};

static const char * const country_names[MG_N_COUNTRIES] = {
  [MG_COUNTRY_NETHERLANDS] = N_("Netherlands"),
  [MG_COUNTRY_SWEDEN] = N_("Sweden"),
  [MG_COUNTRY_DENMARK] = N_("Denmark"),
  [MG_COUNTRY_UNITED_KINGDOM] = N_("United Kingdom"),
  [MG_COUNTRY_IRELAND] = N_("Ireland"),
  [MG_COUNTRY_UNITED_STATES] = N_("United States"),
  /* Translators: a choice of country: any other country of the European
   * Union or the Nordic countries (Norway, Finland, Iceland) */
  [MG_COUNTRY_OTHER_EU_NORDIC] = N_("Another EU or Nordic country"),
};

/* Names, not words: they stay as they are in every language. */
static const char * const reference_set_short_names[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = "NIH",
  [MG_REFERENCE_SET_EFSA] = "EFSA",
  [MG_REFERENCE_SET_NNR] = "NNR 2023",
  [MG_REFERENCE_SET_UK] = "NHS",
};

/* The US values were set by the Food and Nutrition Board of the National
 * Academies (Institute of Medicine, 1997); NIH ODS publishes them. */
static const char * const intake_kinds[MG_N_REFERENCE_SETS][MG_N_INTAKE_KINDS] = {
  [MG_REFERENCE_SET_NIH] = {
    [MG_INTAKE_RDA] = N_("US recommended dietary allowance (National Academies, via NIH)"),
    [MG_INTAKE_AI] = N_("US adequate intake (National Academies, via NIH)"),
  },
  [MG_REFERENCE_SET_EFSA] = { [MG_INTAKE_AI] = N_("EU adequate intake (EFSA)") },
  [MG_REFERENCE_SET_NNR] = { [MG_INTAKE_AI] = N_("Nordic adequate intake (NNR 2023)") },
  [MG_REFERENCE_SET_UK] = { [MG_INTAKE_RNI] = N_("UK reference nutrient intake (NHS)") },
};

/* The EU limit is the SCF's (2001, published again by EFSA in 2006); it
 * and BfR's cover magnesium added to water and foods too (finding 14). The
 * UK figure is in limit_text (). */
static const char * const limit_details[MG_N_REFERENCE_SETS] = {
  [MG_REFERENCE_SET_NIH] = N_("US upper limit (National Academies, via NIH) for magnesium from supplements "
                              "and medicines; food does not count."),
  [MG_REFERENCE_SET_EFSA] = N_("EU upper limit (SCF, published by EFSA) for magnesium from supplements and "
                               "magnesium added to water or foods; magnesium that food contains naturally "
                               "does not count. Germany’s BfR advises spreading it over at least two doses "
                               "a day."),
  [MG_REFERENCE_SET_NNR] = N_("Nordic upper limit (NNR 2023, the same as the EU’s) for magnesium from "
                              "supplements and magnesium added to water or foods; magnesium that food "
                              "contains naturally does not count. Germany’s BfR advises spreading it over "
                              "at least two doses a day."),
};

static const char * const sex_names[MG_N_SEXES] = {
  [MG_SEX_FEMALE] = N_("Female"),
  [MG_SEX_MALE] = N_("Male"),
};

static const char * const age_unit_names[MG_N_AGE_UNITS] = {
  /* Translators: the unit of an age, chosen next to the number */
  [MG_AGE_YEARS] = N_("years"),
  /* Translators: the unit of an age, chosen next to the number, for babies */
  [MG_AGE_MONTHS] = N_("months"),
};

static const char * const amount_kind_names[MG_N_AMOUNT_KINDS] = {
  /* Translators: what a supplement label gives per tablet. Elemental magnesium:
   * the magnesium itself, not the weight of the whole salt */
  [MG_AMOUNT_ELEMENTAL] = N_("Elemental magnesium"),
  [MG_AMOUNT_SALT] = N_("Weight of the magnesium salt"),
};

/* What each choice of the label means, under its name in the list. */
static const char * const amount_kind_details[MG_N_AMOUNT_KINDS] = {
  [MG_AMOUNT_ELEMENTAL] = N_("The magnesium itself: the most reliable figure"),
  /* Translators: the salt is the compound, such as magnesium citrate */
  [MG_AMOUNT_SALT] = N_("The whole salt, such as magnesium citrate, of which magnesium is only a part"),
};

static const char * const form_names[MG_N_FORMS] = {
  /* Translators: the choice for a form of magnesium that is not in the
   * list, or that the person does not know */
  [MG_FORM_UNKNOWN] = N_("Not on the list / Don’t know"),
  [MG_FORM_OXIDE] = N_("Magnesium oxide"),
  [MG_FORM_HYDROXIDE] = N_("Magnesium hydroxide"),
  [MG_FORM_CARBONATE] = N_("Magnesium carbonate"),
  [MG_FORM_CHLORIDE] = N_("Magnesium chloride"),
  [MG_FORM_CHLORIDE_HEXAHYDRATE] = N_("Magnesium chloride hexahydrate"),
  [MG_FORM_SULFATE] = N_("Magnesium sulfate"),
  [MG_FORM_SULFATE_HEPTAHYDRATE] = N_("Magnesium sulfate heptahydrate (Epsom salt)"),
  [MG_FORM_CITRATE] = N_("Magnesium citrate (trimagnesium)"),
  [MG_FORM_CITRATE_MONOMAGNESIUM] = N_("Magnesium citrate (monomagnesium)"),
  [MG_FORM_MALATE] = N_("Magnesium malate"),
  [MG_FORM_BISGLYCINATE] = N_("Magnesium bisglycinate (glycinate)"),
  [MG_FORM_GLYCEROPHOSPHATE] = N_("Magnesium glycerophosphate"),
  [MG_FORM_LACTATE] = N_("Magnesium lactate"),
  [MG_FORM_LACTATE_DIHYDRATE] = N_("Magnesium lactate dihydrate"),
  [MG_FORM_ASPARTATE] = N_("Magnesium aspartate"),
  [MG_FORM_THREONATE] = N_("Magnesium L-threonate"),
  [MG_FORM_ASPARTATE_DIHYDRATE] = N_("Magnesium aspartate dihydrate"),
};

/* How well each form is absorbed, after the form's name; the low one
 * states a figure, see absorption_text (). */
static const char * const absorption_texts[] = {
  [MG_ABSORPTION_POOR] = N_("absorbed poorly, like oxide (NIH)"),
  [MG_ABSORPTION_BETTER] = N_("absorbed more completely than oxide and sulfate (NIH)"),
  [MG_ABSORPTION_SMALL_STUDIES] = N_("only small studies on absorption"),
  [MG_ABSORPTION_INDUSTRY_TRIALS] = N_("little data on absorption in people; the industry-funded trials in "
                                       "people measured memory, not absorption"),
  [MG_ABSORPTION_LITTLE_DATA] = N_("little data on absorption"),
  [MG_ABSORPTION_NO_STATEMENT] = N_("the NIH makes no statement on absorption"),
};

static const char * const medicine_names[MG_N_MEDICINES] = {
  [MG_MEDICINE_BISPHOSPHONATES] = N_("Bisphosphonates"),
  [MG_MEDICINE_TETRACYCLINES] = N_("Tetracycline antibiotics"),
  [MG_MEDICINE_QUINOLONES] = N_("Quinolone antibiotics"),
  [MG_MEDICINE_AMINOGLYCOSIDES] = N_("Aminoglycoside antibiotics"),
  [MG_MEDICINE_CALCIUM_CHANNEL_BLOCKERS] = N_("Calcium-channel blockers"),
  [MG_MEDICINE_MUSCLE_RELAXANTS] = N_("Muscle relaxants"),
  [MG_MEDICINE_LOOP_THIAZIDE_DIURETICS] = N_("Loop or thiazide diuretics"),
  [MG_MEDICINE_POTASSIUM_SPARING_DIURETICS] = N_("Potassium-sparing diuretics"),
  [MG_MEDICINE_PROTON_PUMP_INHIBITORS] = N_("Proton pump inhibitors for over a year"),
  [MG_MEDICINE_ZINC] = N_("Zinc in high doses"),
  [MG_MEDICINE_IRON_ELTROMBOPAG_PENICILLAMINE] = N_("Iron, eltrombopag or penicillamine"),
  [MG_MEDICINE_MOXIFLOXACIN] = N_("Moxifloxacin"),
  [MG_MEDICINE_GABAPENTIN] = N_("Gabapentin"),
  [MG_MEDICINE_LEVOTHYROXINE] = N_("Levothyroxine"),
  [MG_MEDICINE_INTEGRASE_INHIBITORS] = N_("HIV integrase inhibitors"),
  [MG_MEDICINE_CHLOROQUINE] = N_("Chloroquine or hydroxychloroquine"),
  [MG_MEDICINE_QUINIDINE] = N_("Quinidine"),
  [MG_MEDICINE_NITROFURANTOIN] = N_("Nitrofurantoin"),
  [MG_MEDICINE_DIGOXIN] = N_("Digoxin"),
  [MG_MEDICINE_MYCOPHENOLATE] = N_("Mycophenolate"),
  [MG_MEDICINE_AZOLE_ANTIFUNGALS] = N_("Azole antifungals"),
  [MG_MEDICINE_ROSUVASTATIN] = N_("Rosuvastatin"),
  [MG_MEDICINE_LEVODOPA] = N_("Levodopa"),
  [MG_MEDICINE_OTHER] = N_("Another medicine"),
};

/* Examples that help a person recognise the medicine. */
static const char * const medicine_examples[MG_N_MEDICINES] = {
  [MG_MEDICINE_BISPHOSPHONATES] = N_("For the bones, such as alendronate"),
  [MG_MEDICINE_TETRACYCLINES] = N_("Such as doxycycline"),
  [MG_MEDICINE_QUINOLONES] = N_("Such as ciprofloxacin or levofloxacin; moxifloxacin has its own line"),
  [MG_MEDICINE_AMINOGLYCOSIDES] = N_("Such as gentamicin, usually given in hospital"),
  [MG_MEDICINE_CALCIUM_CHANNEL_BLOCKERS] = N_("For blood pressure, such as amlodipine"),
  /* Translators: “water pills” is an everyday name for diuretics */
  [MG_MEDICINE_LOOP_THIAZIDE_DIURETICS] = N_("Water pills such as furosemide or hydrochlorothiazide"),
  [MG_MEDICINE_POTASSIUM_SPARING_DIURETICS] = N_("Water pills such as spironolactone or amiloride"),
  [MG_MEDICINE_PROTON_PUMP_INHIBITORS] = N_("Stomach-acid medicines such as omeprazole"),
  [MG_MEDICINE_MOXIFLOXACIN] = N_("A quinolone antibiotic that needs a longer gap"),
  [MG_MEDICINE_GABAPENTIN] = N_("For restless legs or nerve pain"),
  [MG_MEDICINE_LEVOTHYROXINE] = N_("For an underactive thyroid"),
  [MG_MEDICINE_INTEGRASE_INHIBITORS] = N_("Such as dolutegravir or bictegravir"),
  [MG_MEDICINE_CHLOROQUINE] = N_("For malaria, or for lupus or rheumatoid arthritis"),
  [MG_MEDICINE_QUINIDINE] = N_("For heart rhythm or malaria"),
  [MG_MEDICINE_NITROFURANTOIN] = N_("An antibiotic for bladder infections"),
  [MG_MEDICINE_DIGOXIN] = N_("For the heart"),
  [MG_MEDICINE_MYCOPHENOLATE] = N_("After a transplant or for an autoimmune disease"),
  [MG_MEDICINE_AZOLE_ANTIFUNGALS] = N_("Such as itraconazole or ketoconazole"),
  [MG_MEDICINE_ROSUVASTATIN] = N_("For cholesterol"),
  [MG_MEDICINE_LEVODOPA] = N_("For Parkinson’s disease or restless legs"),
  [MG_MEDICINE_OTHER] = N_("Any medicine that is not on this list"),
  /* Zinc states a figure: see mg_dose_text_medicine_examples (). */
};

static const struct {
  const char * const *names;
  guint               n_names;
} choice_names[MG_N_DOSE_CHOICES] = {
  [MG_DOSE_CHOICE_REFERENCE_SET] = { reference_set_names, MG_N_REFERENCE_SETS },
  [MG_DOSE_CHOICE_AGE_UNIT] = { age_unit_names, MG_N_AGE_UNITS },
  [MG_DOSE_CHOICE_SEX] = { sex_names, MG_N_SEXES },
  [MG_DOSE_CHOICE_AMOUNT_KIND] = { amount_kind_names, MG_N_AMOUNT_KINDS },
  [MG_DOSE_CHOICE_FORM] = { form_names, MG_N_FORMS },
  [MG_DOSE_CHOICE_MEDICINE] = { medicine_names, MG_N_MEDICINES },
  [MG_DOSE_CHOICE_COUNTRY] = { country_names, MG_N_COUNTRIES },
};

static const char * const effect_texts[] = {
  [MG_EFFECT_LESS_MEDICINE_ABSORBED] = N_("Magnesium can lower how much of this medicine is absorbed."),
  [MG_EFFECT_LESS_ANTIBIOTIC_ABSORBED] = N_("Magnesium can make this antibiotic less effective."),
  [MG_EFFECT_NAMED_IN_ARTICLES] = N_("Named among the medicines that interact with magnesium, without a "
                                     "time gap. Ask your doctor or pharmacist."),
  [MG_EFFECT_MORE_MAGNESIUM_LOST] = N_("This medicine makes the body lose more magnesium; your doctor may "
                                       "need to adjust the dose."),
  [MG_EFFECT_LESS_MAGNESIUM_LOST] = N_("This medicine makes the body keep more magnesium, so it can build up."),
  [MG_EFFECT_LOW_MAGNESIUM] = N_("Taken for more than a year, this medicine can lower the magnesium in "
                                 "your blood."),
  /* MG_EFFECT_LESS_MAGNESIUM_ABSORBED and MG_EFFECT_LESS_GABAPENTIN_ABSORBED
   * state a figure: see effect_text (). */
  [MG_EFFECT_DIGOXIN_LOW_MAGNESIUM] = N_("Low magnesium in the blood makes the side effects of digoxin more "
                                         "likely. Ask your doctor before you start or stop magnesium."),
  [MG_EFFECT_ASK_PHARMACIST_ABSORPTION] = N_("Magnesium can lower how much of this medicine is absorbed. Ask "
                                             "your pharmacist how far apart to take them."),
  [MG_EFFECT_NOT_LISTED] = N_("This guide does not list every medicine. Ask your pharmacist whether your "
                              "medicine and magnesium affect each other, and how far apart to take them."),
};

/* In bit order; NULL where the text names a figure: see doctor_reason_text (). */
static const char * const doctor_texts[MG_N_DOCTOR_REASONS] = {
  NULL,  /* kidney disease: it names the eGFR */
  N_("You have a bleeding disorder: in theory, magnesium could slow blood clotting and raise the risk of "
     "bleeding."),
  NULL,  /* a child too young for an upper limit: it names the age */
  N_("Intravenous magnesium in pregnancy or when breastfeeding is given only under medical care."),
  N_("Intravenous magnesium is given only under medical care; the upper limits are for magnesium taken "
     "by mouth."),
  N_("You have a heart conduction problem or a slow heartbeat: magnesium can slow the heart further, and "
     "the product information says not to take it."),
  N_("You have myasthenia gravis: magnesium can make muscle weakness worse."),
};

static const char * const other_subtitles[MG_N_OTHER_PRODUCTS] = {
  /* Translators: under “Antacids”; mg is milligrams */
  [MG_OTHER_ANTACID] = N_("Magnesium a day in mg, from the label; 0 if you take none"),
  /* MG_OTHER_LAXATIVE names a figure: see mg_dose_text_other_subtitle (). */
  [MG_OTHER_MULTIVITAMIN] = N_("Magnesium a day in mg, from the label; 0 if you take none"),
  [MG_OTHER_WATER] = N_("Magnesium a day in mg: the label’s mg per litre times the litres you drink"),
};

/* A figure of the dose model's facts, as the interface language writes it. */
static char *
fact_text (MgFact fact)
{
  return mg_i18n_format_count (mg_fact_get_info (fact)->value);
}

/**
 * mg_dose_text_decimal:
 * @max_decimals: at most this many digits after the separator; trailing
 *   zeros are dropped, so that 1 tablet reads “1”, not “1.0”
 *
 * Returns: @value as people of the interface language write it
 */
char *
mg_dose_text_decimal (double value,
                      guint  max_decimals)
{
  char *text = mg_i18n_format_decimal (value, (int) max_decimals);
  char *separator = strpbrk (text, ".,");

  if (separator != NULL) {
    char *end = text + strlen (text);

    while (end > separator + 1 && end[-1] == '0')
      *--end = '\0';
    if (end == separator + 1)
      *separator = '\0';
  }

  return text;
}

/**
 * mg_dose_text_range:
 * @lower: (in the field's unit) the least the field takes
 * @upper: the most it takes
 * @decimals: the digits after the decimal separator the field shows
 *
 * Returns: what a number field of the form takes, said when a person typed
 *   something else
 */
char *
mg_dose_text_range (MgDoseField field,
                    double      lower,
                    double      upper,
                    guint       decimals)
{
  g_autofree char *from = mg_dose_text_decimal (lower, decimals);
  g_autofree char *to = mg_dose_text_decimal (upper, decimals);

  switch (field) {
  case MG_DOSE_FIELD_AGE:
    /* Translators: the youngest and the oldest age the form takes, in the
     * unit chosen next to it (years or months) */
    return g_strdup_printf (_("Enter an age between %1$s and %2$s."), from, to);
  case MG_DOSE_FIELD_AMOUNT:
  case MG_DOSE_FIELD_FOOD:
    /* Translators: the least and the most the field takes; mg is milligrams */
    return g_strdup_printf (_("Enter an amount between %1$s and %2$s mg."), from, to);
  case MG_DOSE_FIELD_TABLETS:
    return g_strdup_printf (_("Enter a number of tablets between %1$s and %2$s."), from, to);
  default:
    g_return_val_if_reached (NULL);
  }
}

/* The verdict while a field holds a number that could not be read: a
 * verdict from the number before it would answer a question not asked. */
const char *
mg_dose_text_waiting_title (void)
{
  return _("Waiting for a valid number");
}

char *
mg_dose_text_waiting (MgDoseField field)
{
  /* Translators: %s is the name of a question of the form, such as
   * “Amount per tablet”; it holds something that is not a number */
  return g_strdup_printf (_("Correct the answer to “%s” to see your result."),
                          mg_dose_text_field_title (field));
}

/* The result while a question it needs has no answer: no figure for a
 * person nobody entered. */
const char *
mg_dose_text_unanswered_title (MgDoseField field)
{
  switch (field) {
  case MG_DOSE_FIELD_AGE:
    return _("Enter your age to see your values");
  case MG_DOSE_FIELD_SEX:
    return _("Choose your sex to see your values");
  default:
    g_return_val_if_reached (NULL);
  }
}

const char *
mg_dose_text_unanswered (MgDoseField field)
{
  switch (field) {
  case MG_DOSE_FIELD_AGE:
    return _("How much magnesium a person needs, and the upper limit for supplements, depend on age.");
  case MG_DOSE_FIELD_SEX:
    return _("At this age, the values for women and men differ.");
  default:
    g_return_val_if_reached (NULL);
  }
}

const char *
mg_dose_text_heading (MgDoseHeading heading)
{
  g_return_val_if_fail (heading < MG_N_DOSE_HEADINGS, NULL);

  return _(headings[heading]);
}

const char *
mg_dose_text_field_title (MgDoseField field)
{
  g_return_val_if_fail (field < MG_N_DOSE_FIELDS, NULL);

  if (field_texts[field].context != NULL)
    return mg_i18n_pgettext (field_texts[field].context, field_texts[field].title);

  return _(field_texts[field].title);
}

/* The question about each of the other products. */
static const MgDoseField other_fields[MG_N_OTHER_PRODUCTS] = {
  [MG_OTHER_ANTACID] = MG_DOSE_FIELD_ANTACID,
  [MG_OTHER_LAXATIVE] = MG_DOSE_FIELD_LAXATIVE,
  [MG_OTHER_MULTIVITAMIN] = MG_DOSE_FIELD_MULTIVITAMIN,
  [MG_OTHER_WATER] = MG_DOSE_FIELD_WATER,
};

MgDoseField
mg_dose_text_other_field (MgOtherProduct product)
{
  g_return_val_if_fail (product < MG_N_OTHER_PRODUCTS, MG_N_DOSE_FIELDS);

  return other_fields[product];
}

/**
 * mg_dose_text_other_subtitle:
 *
 * Returns: how to find the magnesium a day of one of the other products,
 *   under its question
 */
char *
mg_dose_text_other_subtitle (MgOtherProduct product)
{
  guint oxide_mg = mg_fact_get_info (MG_FACT_LAXATIVE_OXIDE_MG)->value;
  g_autofree char *oxide = NULL;
  g_autofree char *magnesium = NULL;

  g_return_val_if_fail (product < MG_N_OTHER_PRODUCTS, NULL);

  if (product != MG_OTHER_LAXATIVE)
    return g_strdup (_(other_subtitles[product]));

  oxide = mg_i18n_format_count (oxide_mg);
  magnesium = mg_i18n_format_count ((guint) lround (mg_form_elemental_mg (MG_FORM_OXIDE, oxide_mg)));
  /* Translators: under “Laxatives”; both numbers are milligrams, as in
   * “1,000 mg of magnesium oxide holds about 603 mg of magnesium” */
  return g_strdup_printf (_("Magnesium a day in mg; 0 if you take none. %1$s mg of magnesium oxide holds "
                            "about %2$s mg of magnesium."), oxide, magnesium);
}

/* Returns: (nullable): a line that explains the question */
const char *
mg_dose_text_field_subtitle (MgDoseField field)
{
  g_return_val_if_fail (field < MG_N_DOSE_FIELDS, NULL);

  return field_texts[field].subtitle != NULL ? _(field_texts[field].subtitle) : NULL;
}

/**
 * mg_dose_text_choice:
 *
 * Returns: the name of a choice, as the form offers it and the summary
 *   repeats it
 */
const char *
mg_dose_text_choice (MgDoseChoice choice,
                     guint        index)
{
  g_return_val_if_fail (choice < MG_N_DOSE_CHOICES, NULL);
  g_return_val_if_fail (index < choice_names[choice].n_names, NULL);

  return _(choice_names[choice].names[index]);
}

static char *
form_percent (MgForm form)
{
  return mg_dose_text_decimal (mg_form_get_info (form)->permille / 10.0, 1);
}

/* A percent sign never starts a line of its own: the space before it, in
 * whichever language puts one, becomes a no-break space. */
static char *
keep_percent (char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " %", -1);

  g_free (text);

  return g_strjoinv ("\u00a0%", parts);
}

/**
 * mg_dose_text_form_share:
 *
 * Returns: how much of the form's weight is magnesium, as a line under its name
 */
char *
mg_dose_text_form_share (MgForm form)
{
  g_autofree char *percent = NULL;

  g_return_val_if_fail (form < MG_N_FORMS && form != MG_FORM_UNKNOWN, NULL);

  percent = form_percent (form);
  /* Translators: %s is a number, the share of the weight of a form of
   * magnesium that is magnesium itself, as in “60.3 % magnesium” */
  return keep_percent (g_strdup_printf (_("%s %% magnesium"), percent));
}

/**
 * mg_dose_text_choice_detail:
 *
 * Returns: (nullable): a line under a choice's name that says what it means,
 *   where the name alone may not
 */
const char *
mg_dose_text_choice_detail (MgDoseChoice choice,
                            guint        index)
{
  g_return_val_if_fail (choice < MG_N_DOSE_CHOICES, NULL);

  /* A country's line names the reference values it follows. */
  if (choice == MG_DOSE_CHOICE_COUNTRY && index < MG_N_COUNTRIES)
    return mg_dose_text_choice (MG_DOSE_CHOICE_REFERENCE_SET, mg_country_get_info (index)->set);
  if (choice != MG_DOSE_CHOICE_AMOUNT_KIND || index >= MG_N_AMOUNT_KINDS)
    return NULL;

  return _(amount_kind_details[index]);
}

/**
 * mg_dose_text_form_choice:
 *
 * Returns: the form's name with its share of magnesium, as the form offers it
 */
char *
mg_dose_text_form_choice (MgForm form)
{
  g_autofree char *percent = NULL;

  g_return_val_if_fail (form < MG_N_FORMS, NULL);

  if (form == MG_FORM_UNKNOWN)
    return g_strdup (mg_dose_text_choice (MG_DOSE_CHOICE_FORM, form));

  percent = form_percent (form);
  /* Translators: a form of magnesium and how much of its weight is magnesium,
   * as in “Magnesium oxide, 60.3 %” */
  return keep_percent (g_strdup_printf (_("%1$s, %2$s %%"), mg_dose_text_choice (MG_DOSE_CHOICE_FORM, form),
                                       percent));
}

/* Returns: (nullable) (transfer full): examples that help a person
 * recognise the medicine */
char *
mg_dose_text_medicine_examples (MgMedicine medicine)
{
  g_autofree char *dose = NULL;

  g_return_val_if_fail (medicine < MG_N_MEDICINES, NULL);

  if (medicine != MG_MEDICINE_ZINC)
    return medicine_examples[medicine] != NULL ? g_strdup (_(medicine_examples[medicine])) : NULL;

  dose = fact_text (MG_FACT_ZINC_HIGH_DOSE_MG);
  /* Translators: under “Zinc in high doses”; %s is a number of milligrams */
  return g_strdup_printf (_("Such as %s mg of zinc a day"), dose);
}

static char *
absorption_text (MgForm form)
{
  MgAbsorption absorption = mg_form_get_info (form)->absorption;
  g_autofree char *percent = NULL;

  if (absorption != MG_ABSORPTION_LOW)
    return g_strdup (_(absorption_texts[absorption]));

  percent = fact_text (MG_FACT_OXIDE_ABSORBED_PERCENT);
  /* Translators: how well magnesium oxide is absorbed, after its name; %s
   * is the share absorbed, a number before the percent sign */
  return keep_percent (g_strdup_printf (_("little is absorbed, about %s %% in one study"), percent));
}

static char *
effect_text (MgEffect effect)
{
  g_autofree char *dose = NULL;

  if (effect == MG_EFFECT_LESS_GABAPENTIN_ABSORBED) {
    g_autofree char *percent = fact_text (MG_FACT_GABAPENTIN_LOWER_PERCENT);

    /* Translators: %s is a number before the percent sign */
    return keep_percent (g_strdup_printf (_("Magnesium can lower how much gabapentin is absorbed: in one "
                                            "study, magnesium oxide lowered it by up to %s %%."), percent));
  }
  if (effect != MG_EFFECT_LESS_MAGNESIUM_ABSORBED)
    return g_strdup (_(effect_texts[effect]));

  dose = fact_text (MG_FACT_ZINC_HIGH_DOSE_MG);
  /* Translators: %s is a number of milligrams */
  return g_strdup_printf (_("Zinc in high doses (%s mg a day) lowers how much magnesium the body absorbs."), dose);
}

static char *
per_day (guint mg)
{
  /* Translators: an amount of magnesium; mg is milligrams */
  return g_strdup_printf (_("%u mg a day"), mg);
}

static char *
milligrams (double mg)
{
  g_autofree char *number = mg_dose_text_decimal (mg, 1);

  /* Translators: an amount; mg is milligrams */
  return g_strdup_printf (_("%s mg"), number);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static char *
age_text (const MgDoseInput *input)
{
  if (input->age_unit == MG_AGE_MONTHS)
    return g_strdup_printf (mg_i18n_ngettext ("%d month", "%d months", (gulong) ABS (input->age)), input->age);

  return g_strdup_printf (mg_i18n_ngettext ("%d year", "%d years", (gulong) ABS (input->age)), input->age);
}

static char *
medicines_text (guint medicines)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    if (medicines & MG_MEDICINE_BIT (i))
      g_strv_builder_add (names, mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, i));
  }
  list = g_strv_builder_end (names);

  /* Translators: no medicines were chosen */
  return list[0] != NULL ? g_strjoinv ("; ", list) : g_strdup (_("None"));
}

static void
line_free (gpointer data)
{
  MgDoseTextLine *line = data;

  g_free (line->label);
  g_free (line->text);
  g_free (line);
}

static void
add_line (GPtrArray  *lines,
          const char *label,
          char       *text)
{
  MgDoseTextLine *line = g_new (MgDoseTextLine, 1);

  line->label = g_strdup (label);
  line->text = text;
  g_ptr_array_add (lines, line);
}

static void
add_input (MgDoseText  *self,
           MgDoseField  field,
           char        *answer)
{
  add_line (self->inputs, mg_dose_text_field_title (field), answer);
}

static void
add_choice (MgDoseText   *self,
            MgDoseField   field,
            MgDoseChoice  choice,
            guint         index)
{
  add_input (self, field, g_strdup (mg_dose_text_choice (choice, index)));
}

static void
describe_inputs (MgDoseText *self)
{
  const MgDoseInput *input = &self->input;

  add_choice (self, MG_DOSE_FIELD_REFERENCE_SET, MG_DOSE_CHOICE_COUNTRY, input->country);
  add_input (self, MG_DOSE_FIELD_AGE, age_text (input));
  add_choice (self, MG_DOSE_FIELD_SEX, MG_DOSE_CHOICE_SEX, input->sex);
  if (input->sex == MG_SEX_FEMALE) {
    add_input (self, MG_DOSE_FIELD_PREGNANT, g_strdup (yes_no (input->pregnant)));
    add_input (self, MG_DOSE_FIELD_BREASTFEEDING, g_strdup (yes_no (input->breastfeeding)));
  }
  add_input (self, MG_DOSE_FIELD_KIDNEY_DISEASE, g_strdup (yes_no (input->kidney_disease)));
  add_input (self, MG_DOSE_FIELD_BLEEDING_DISORDER, g_strdup (yes_no (input->bleeding_disorder)));
  add_input (self, MG_DOSE_FIELD_HEART_CONDUCTION, g_strdup (yes_no (input->heart_conduction)));
  add_input (self, MG_DOSE_FIELD_MYASTHENIA_GRAVIS, g_strdup (yes_no (input->myasthenia_gravis)));
  add_input (self, MG_DOSE_FIELD_MEDICINES, medicines_text (input->medicines));
  add_choice (self, MG_DOSE_FIELD_AMOUNT_KIND, MG_DOSE_CHOICE_AMOUNT_KIND, input->amount_kind);
  add_input (self, MG_DOSE_FIELD_AMOUNT, milligrams (input->amount_mg));
  add_choice (self, MG_DOSE_FIELD_FORM, MG_DOSE_CHOICE_FORM, input->form);
  add_input (self, MG_DOSE_FIELD_TABLETS, mg_dose_text_decimal (input->tablets_per_day, 2));
  add_input (self, MG_DOSE_FIELD_INTRAVENOUS, g_strdup (yes_no (input->intravenous)));
  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++)
    add_input (self, other_fields[i], milligrams (input->other_mg[i]));
  add_input (self, MG_DOSE_FIELD_FOOD, milligrams (input->food_mg));
}

/* The ages a row of the table holds for, as “19 to 30 years”. */
static char *
age_range_text (guint from_months,
                guint until_months)
{
  guint from_years = from_months / 12, until_years = until_months / 12;

  if (until_months == 0)
    return g_strdup_printf (mg_i18n_ngettext ("%u year and older", "%u years and older", from_years), from_years);
  if (until_months <= 12 && from_months == 0)
    return g_strdup_printf (mg_i18n_ngettext ("under %u month", "under %u months", until_months), until_months);
  if (until_months <= 12)
    /* Translators: an age range, as in “7 to 11 months” */
    return g_strdup_printf (mg_i18n_ngettext ("%u to %u month", "%u to %u months", until_months - 1),
                            from_months, until_months - 1);
  if (from_months == 0)
    return g_strdup_printf (mg_i18n_ngettext ("under %u year", "under %u years", until_years), until_years);

  /* Translators: an age range, as in “19 to 30 years” */
  return g_strdup_printf (mg_i18n_ngettext ("%u to %u year", "%u to %u years", until_years - 1),
                          from_years, until_years - 1);
}

typedef enum {
  GROUP_FEMALE,
  GROUP_MALE,
  GROUP_PREGNANCY,
  GROUP_BREASTFEEDING,
} Group;

static Group
group_of (const MgDoseInput *input)
{
  if (input->pregnant)
    return GROUP_PREGNANCY;
  if (input->breastfeeding)
    return GROUP_BREASTFEEDING;

  return input->sex == MG_SEX_MALE ? GROUP_MALE : GROUP_FEMALE;
}

static const char * const group_names[] = {
  /* Translators: a group that reference values are given for */
  [GROUP_FEMALE] = N_("Female"),
  [GROUP_MALE] = N_("Male"),
  [GROUP_PREGNANCY] = N_("Pregnancy"),
  [GROUP_BREASTFEEDING] = N_("Breastfeeding"),
};

/* The group the figure is for, as “Female, 19 to 30 years”. */
static char *
group_text (const MgDoseText *self)
{
  const MgDoseResult *result = &self->result;
  const char *group = _(group_names[group_of (&self->input)]);
  g_autofree char *ages = NULL;

  if (result->group_from_months == 0 && result->group_until_months == 0)
    return g_strdup (group);

  ages = age_range_text (result->group_from_months, result->group_until_months);
  /* Translators: a group that reference values are given for, and its ages,
   * as in “Female, 19 to 30 years” */
  return g_strdup_printf (_("%1$s, %2$s"), group, ages);
}

static void
describe_country (MgDoseText *self)
{
  MgDoseFigure *figure = &self->figures[MG_DOSE_FIGURE_COUNTRY];

  figure->value = g_strdup (mg_dose_text_choice (MG_DOSE_CHOICE_COUNTRY, self->input.country));
  /* Translators: %s is a set of reference values, such as “EFSA (European Union)” */
  figure->detail = g_strdup_printf (_("Reference values: %s"),
                                    mg_dose_text_choice (MG_DOSE_CHOICE_REFERENCE_SET, self->input.reference_set));
}

static void
describe_intake (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;
  MgReferenceSet set = self->input.reference_set;
  g_autofree char *group = group_text (self);
  g_autofree char *kind = NULL;

  if (result->intake_kind == MG_INTAKE_NONE) {
    /* Translators: there is no reference intake to show */
    self->figures[MG_DOSE_FIGURE_INTAKE].value = g_strdup (_("No figure"));
    /* Translators: %s is the name of a set of reference values, such as “NNR 2023” */
    kind = g_strdup_printf (_("%s states no reference intake for this group."),
                            reference_set_short_names[set]);
  } else {
    self->figures[MG_DOSE_FIGURE_INTAKE].value = per_day (result->reference_intake_mg);
    kind = g_strdup (_(intake_kinds[set][result->intake_kind]));
  }

  /* Two lines: what the figure is, and whom it is for. */
  self->figures[MG_DOSE_FIGURE_INTAKE].detail = g_strconcat (kind, "\n", group, NULL);
}

/* What the limit is and what counts towards it. */
static char *
limit_text (MgReferenceSet set,
            guint          limit_mg)
{
  if (set != MG_REFERENCE_SET_UK)
    return g_strdup (_(limit_details[set]));

  /* Translators: %u is a number of milligrams. The NHS advice for adults:
   * taking this much or less a day from supplements is unlikely to cause
   * harm */
  return g_strdup_printf (_("NHS advice: %u mg a day or less from supplements is unlikely to cause harm. "
                            "Food does not count."), limit_mg);
}

static void
describe_limit (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;
  MgReferenceSet set = self->input.reference_set;
  g_autofree char *limit = NULL;

  if (!result->has_upper_limit) {
    /* Translators: there is no upper limit to show */
    self->figures[MG_DOSE_FIGURE_LIMIT].value = g_strdup (_("None set"));
    /* Translators: %s is the name of a set of reference values, such as “EFSA”; %u an age */
    self->figures[MG_DOSE_FIGURE_LIMIT].detail = g_strdup_printf (mg_i18n_ngettext ("%s sets no upper limit for supplements below the age of %u year.",
                                                    "%s sets no upper limit for supplements below the age of %u years.",
                                                    result->limit_from_years),
                                          reference_set_short_names[set], result->limit_from_years);
    return;
  }

  self->figures[MG_DOSE_FIGURE_LIMIT].value = per_day (result->upper_limit_mg);
  limit = limit_text (set, result->upper_limit_mg);
  if (result->upper_limit_mg < result->reference_intake_mg)
    self->figures[MG_DOSE_FIGURE_LIMIT].detail = g_strconcat (limit, "\n",
                                      _("It is lower than the reference intake because food does not "
                                        "count towards it."), NULL);
  else
    self->figures[MG_DOSE_FIGURE_LIMIT].detail = g_steal_pointer (&limit);
}

static gulong
plural_count (double tablets)
{
  /* A fraction of tablets reads as a plural, as 2 does, in every language
   * the app speaks. */
  return tablets == floor (tablets) ? (gulong) tablets : 2;
}

static char *
calculation_text (const MgDoseInput *input)
{
  g_autofree char *amount = mg_dose_text_decimal (input->amount_mg, 1);
  g_autofree char *tablets = mg_dose_text_decimal (input->tablets_per_day, 2);
  g_autofree char *percent = NULL;

  if (input->amount_kind == MG_AMOUNT_ELEMENTAL)
    /* Translators: how the magnesium a day was worked out, as in
     * “125 mg of elemental magnesium per tablet × 2 tablets a day” */
    return g_strdup_printf (mg_i18n_ngettext ("%1$s mg of elemental magnesium per tablet × %2$s tablet a day",
                                      "%1$s mg of elemental magnesium per tablet × %2$s tablets a day",
                                      plural_count (input->tablets_per_day)),
                            amount, tablets);

  percent = form_percent (input->form);
  /* Translators: how the magnesium a day was worked out from the salt's
   * weight, as in “1000 mg of salt per tablet × 16.2 % magnesium × 2 tablets a day” */
  return keep_percent (g_strdup_printf (mg_i18n_ngettext ("%1$s mg of salt per tablet × %2$s %% magnesium × %3$s tablet a day",
                                                          "%1$s mg of salt per tablet × %2$s %% magnesium × %3$s tablets a day",
                                                          plural_count (input->tablets_per_day)),
                                        amount, percent, tablets));
}

static void
describe_product (MgDoseText *self)
{
  const MgDoseInput *input = &self->input;
  MgForm form = input->form;
  g_autofree char *calculation = NULL;
  g_autofree char *absorption = NULL;
  g_autofree char *how_well = NULL;

  if (input->amount_mg <= 0 || input->tablets_per_day <= 0) {
    /* Translators: no magnesium product was entered */
    self->figures[MG_DOSE_FIGURE_PRODUCT].value = g_strdup (_("None entered"));
    self->figures[MG_DOSE_FIGURE_PRODUCT].detail = g_strdup (_("Enter the amount per tablet and the tablets a day."));
    return;
  }

  self->figures[MG_DOSE_FIGURE_PRODUCT].value = per_day (self->result.supplement_mg);
  calculation = calculation_text (input);
  if (form == MG_FORM_UNKNOWN) {
    self->figures[MG_DOSE_FIGURE_PRODUCT].detail = g_steal_pointer (&calculation);
    return;
  }

  how_well = absorption_text (form);
  /* Translators: a form of magnesium and how well it is absorbed, as in
   * “Magnesium oxide: absorbed poorly” */
  absorption = g_strdup_printf (_("%1$s: %2$s"), mg_dose_text_choice (MG_DOSE_CHOICE_FORM, form), how_well);
  /* A "buffered" chelate holds oxide too: the salt's share undercounts it. */
  if (form == MG_FORM_BISGLYCINATE && input->amount_kind == MG_AMOUNT_SALT)
    self->figures[MG_DOSE_FIGURE_PRODUCT].detail =
      g_strconcat (calculation, "\n", absorption, "\n",
                   _("A “buffered” product also holds magnesium oxide, so more magnesium than this: "
                     "use the elemental magnesium on its label."), NULL);
  else
    self->figures[MG_DOSE_FIGURE_PRODUCT].detail = g_strconcat (calculation, "\n", absorption, NULL);
}

/* Each of the other products, one a line, as “Antacids: 200 mg a day”. */
static void
describe_other (MgDoseText *self)
{
  MgDoseFigure *figure = &self->figures[MG_DOSE_FIGURE_OTHER];
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++) {
    g_autofree char *amount = NULL;

    if (lround (self->input.other_mg[i]) <= 0)
      continue;
    amount = per_day ((guint) lround (self->input.other_mg[i]));
    /* Translators: a product and the magnesium a day from it, as in
     * “Antacids: 200 mg a day” */
    g_strv_builder_take (lines, g_strdup_printf (_("%1$s: %2$s"), mg_dose_text_field_title (other_fields[i]),
                                                 amount));
  }
  list = g_strv_builder_end (lines);

  if (list[0] == NULL) {
    /* Translators: no other product with magnesium was entered */
    figure->value = g_strdup (_("None entered"));
    figure->detail = g_strdup (_("Antacids, laxatives, multivitamins and magnesium-enriched water count "
                                 "towards the upper limit too."));
    return;
  }

  figure->value = per_day (self->result.other_mg);
  figure->detail = g_strjoinv ("\n", list);
}

static void
describe_food (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;
  guint total = result->food_mg + result->total_supplement_mg;

  self->figures[MG_DOSE_FIGURE_FOOD].value = milligrams (result->food_mg);
  if (result->reference_intake_mg > 0)
    self->figures[MG_DOSE_FIGURE_FOOD].detail =
      keep_percent (g_strdup_printf (_("Food and magnesium products together: %u mg a day, %u %% of the "
                                       "reference intake."),
                                     total, (guint) lround (100.0 * total / result->reference_intake_mg)));
  else
    self->figures[MG_DOSE_FIGURE_FOOD].detail = g_strdup_printf (_("Food and magnesium products together: "
                                                                   "%u mg a day."), total);
}

static char *
doctor_reason_text (const MgDoseText *self,
                    guint             index)
{
  guint years = self->result.limit_from_years;

  if (doctor_texts[index] != NULL)
    return g_strdup (_(doctor_texts[index]));
  if ((1u << index) == MG_DOCTOR_KIDNEY_DISEASE)
    /* Translators: %u is a number, the eGFR (a measure of kidney function)
     * below which the product information says not to take magnesium */
    return g_strdup_printf (_("You have kidney disease: the kidneys remove extra magnesium, so it can build up "
                              "to harmful levels. With severe kidney disease (an eGFR below %u) magnesium "
                              "must not be taken."),
                            mg_fact_get_info (MG_FACT_SEVERE_KIDNEY_EGFR)->value);

  /* Translators: %s is the name of a set of reference values, such as “EFSA”; %u an age */
  /* (A child, or a teenager where the limit starts at 19, as the UK's does.) */
  return g_strdup_printf (mg_i18n_ngettext ("%s sets no upper limit for supplements below the age of %u year: "
                                    "below that age, use magnesium supplements only on a doctor’s advice.",
                                    "%s sets no upper limit for supplements below the age of %u years: "
                                    "below that age, use magnesium supplements only on a doctor’s advice.",
                                    years),
                          reference_set_short_names[self->input.reference_set], years);
}

static char *
above_limit_text (const MgDoseResult *result)
{
  if (result->other_mg > 0)
    return g_strdup_printf (_("%u mg of elemental magnesium a day from your product and the other products "
                              "together is more than the upper limit of %u mg. Talk to your doctor or "
                              "pharmacist before taking this much."),
                            result->total_supplement_mg, result->upper_limit_mg);

  return g_strdup_printf (_("%u mg of elemental magnesium a day from your product is more than the "
                            "upper limit of %u mg. Talk to your doctor or pharmacist before taking "
                            "this much."),
                          result->supplement_mg, result->upper_limit_mg);
}

/* What too much magnesium does (NIH ODS; Wakai 2019). */
static void
add_too_much_points (MgDoseText *self)
{
  g_autofree char *serious_mg = fact_text (MG_FACT_SERIOUS_EFFECTS_MG);
  char *serious;

  /* Translators: %s is a number of milligrams, as in “5,000” */
  serious = g_strdup_printf (_("Serious effects, mostly above %s mg a day from laxatives or antacids: low "
                               "blood pressure, nausea, vomiting, flushing, lethargy, depression, difficulty "
                               "passing urine, a bowel that stops moving (ileus), then muscle weakness, "
                               "difficult breathing, an irregular heartbeat and cardiac arrest. The risk rises "
                               "sharply when the kidneys work less well."), serious_mg);
  g_ptr_array_add (self->verdict_points, g_strdup (_("Common effects of too much: diarrhoea, nausea and "
                                                     "abdominal cramps.")));
  g_ptr_array_add (self->verdict_points, serious);
  g_ptr_array_add (self->verdict_points, g_strdup (_("If you have any of these signs, stop taking magnesium "
                                                     "and get medical help at once.")));
}

static void
describe_doctor (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;

  if (result->doctor_reasons & MG_DOCTOR_CHILD_WITHOUT_LIMIT)
    self->verdict_title = g_strdup (_("Talk to a doctor before giving magnesium to a child"));
  else
    self->verdict_title = g_strdup (_("Talk to your doctor before taking magnesium"));
  if (result->above_limit)
    self->verdict_text = above_limit_text (result);
  else
    self->verdict_text = g_strdup (_("Magnesium supplements may not be safe for you without medical advice."));

  for (guint i = 0; i < MG_N_DOCTOR_REASONS; i++) {
    if (result->doctor_reasons & (1u << i))
      g_ptr_array_add (self->verdict_points, doctor_reason_text (self, i));
  }
  /* Those with a reason to see a doctor are the likeliest to be harmed
   * above the limit: they see the danger signs too (finding 6). */
  if (result->above_limit)
    add_too_much_points (self);
}

/* Whole sentences, one for each reason (MgCaution, in bit order). */
static const char * const caution_texts[MG_N_CAUTIONS] = {
  N_("You are pregnant: check with your midwife or doctor before taking magnesium."),
  N_("You are breastfeeding: check with your midwife or doctor before taking magnesium."),
  N_("You take a medicine that interacts with magnesium: check with your doctor or pharmacist first, "
     "and keep the times apart that are given below."),
  /* Translators: the person is under 18; a parent gives the supplement */
  N_("This is for a child: check with a doctor before giving magnesium to a child."),
};

/* The same reasons in a few words, for the verdict that stays in view. */
static const char * const caution_reasons[MG_N_CAUTIONS] = {
  N_("You are pregnant."),
  N_("You are breastfeeding."),
  N_("You take a medicine that interacts with magnesium."),
  /* Translators: the person is under 18 */
  N_("This is for a child."),
};

static void
describe_cautions (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;

  for (guint i = 0; i < MG_N_CAUTIONS; i++) {
    if (result->cautions & (1u << i)) {
      g_ptr_array_add (self->cautions, g_strdup (_(caution_texts[i])));
      g_ptr_array_add (self->caution_reasons, g_strdup (_(caution_reasons[i])));
    }
  }

  if (result->other_mg > 0 && result->has_upper_limit)
    /* Translators: the verdict's figures in one line, in mg a day: all
     * magnesium products together, and the upper limit */
    self->verdict_figures = g_strdup_printf (_("All magnesium products: %1$u mg a day. Upper limit: %2$u mg a day."),
                                             result->total_supplement_mg, result->upper_limit_mg);
  else if (result->supplement_mg > 0 && result->has_upper_limit)
    /* Translators: the verdict's figures in one line, in mg a day */
    self->verdict_figures = g_strdup_printf (_("Your product: %1$u mg a day. Upper limit: %2$u mg a day."),
                                             result->supplement_mg, result->upper_limit_mg);
}

static void
describe_verdict (MgDoseText *self)
{
  const MgDoseResult *result = &self->result;

  switch (result->verdict) {
  case MG_VERDICT_SEE_DOCTOR:
    describe_doctor (self);
    break;
  case MG_VERDICT_NO_PRODUCT:
    self->verdict_title = g_strdup (_("No product entered"));
    self->verdict_text = g_strdup (_("Enter your magnesium product to compare it with the upper limit."));
    break;
  case MG_VERDICT_WITHIN_LIMIT:
    /* Never a plain "within the limit" where a professional should be asked first. */
    if (result->cautions != 0)
      /* Translators: a verdict shown in amber, followed by the reasons */
      self->verdict_title = g_strdup (_("Within the upper limit, but check with a professional first"));
    else
      self->verdict_title = g_strdup (_("Within the upper limit"));
    if (result->other_mg > 0)
      self->verdict_text = g_strdup_printf (_("%u mg of elemental magnesium a day from your product and the "
                                              "other products together is within the upper limit of %u mg."),
                                            result->total_supplement_mg, result->upper_limit_mg);
    else
      self->verdict_text = g_strdup_printf (_("%u mg of elemental magnesium a day from your product is "
                                              "within the upper limit of %u mg."),
                                            result->supplement_mg, result->upper_limit_mg);
    break;
  case MG_VERDICT_ABOVE_LIMIT:
    self->verdict_title = g_strdup (_("Above the upper limit"));
    self->verdict_text = above_limit_text (result);
    add_too_much_points (self);
    break;
  default:
    g_assert_not_reached ();
  }
}

static char *
gap_text (const MgInteraction *interaction)
{
  guint before = interaction->hours_before, after = interaction->hours_after;

  if (before == 0 && after == 0)
    return NULL;
  if (before == after)
    return g_strdup_printf (mg_i18n_ngettext ("Keep at least %u hour between this medicine and magnesium.",
                                      "Keep at least %u hours between this medicine and magnesium.",
                                      before),
                            before);

  if (before == 0)
    /* Translators: the medicine, such as gabapentin, is taken after magnesium */
    return g_strdup_printf (mg_i18n_ngettext ("Take this medicine at least %u hour after magnesium.",
                                              "Take this medicine at least %u hours after magnesium.",
                                              after),
                            after);

  /* One plural cannot serve two numbers; the interaction table's gaps
   * that differ are all 2 hours or more (2 to 4 before, 6 or 8 after). */
  g_assert (before >= 2 && after >= 2);
  /* Translators: both numbers are hours, and always 2 or more */
  return g_strdup_printf (_("Take this medicine at least %u hours before magnesium, or at least %u hours after it."),
                          before, after);
}

static void
describe_interactions (MgDoseText *self)
{
  for (guint i = 0; i < MG_N_MEDICINES; i++) {
    const MgInteraction *interaction = mg_medicine_get_interaction (i);
    g_autofree char *effect = effect_text (interaction->effect);
    const char *leaflet = _("Follow your medicine’s leaflet.");
    g_autofree char *gap = NULL;

    if (!(self->result.interactions & MG_MEDICINE_BIT (i)))
      continue;

    /* One sentence a line: what happens, the gap to keep, the leaflet. */
    gap = gap_text (interaction);
    add_line (self->interactions, mg_dose_text_choice (MG_DOSE_CHOICE_MEDICINE, i),
              gap != NULL ? g_strjoin ("\n", effect, gap, leaflet, NULL)
                          : g_strjoin ("\n", effect, leaflet, NULL));
  }
}

static void
describe_sources (MgDoseText *self)
{
  MgGuide *guide = mg_guide_get_default ();

  for (guint i = 0; i < MG_N_DOSE_SOURCES; i++) {
    const MgSource *source;

    if ((self->result.sources & MG_DOSE_SOURCE_BIT (i)) == 0)
      continue;
    /* tests/test-dose.c checks that every id is in the article. */
    source = mg_guide_lookup_source (guide, mg_dose_source_get_info (i)->id);
    if (source != NULL)
      g_ptr_array_add (self->sources, g_strdup (source->title));
  }
}

static void
set_figure_titles (MgDoseText *self)
{
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++)
    self->figures[i].title = g_strdup (_(figure_titles[i]));
}

/* An answer about the product that cannot be used leaves what does not
 * depend on it: the person's reference intake and upper limit (U4). */
static void
describe_person_only (MgDoseText   *self,
                      const GError *error)
{
  MgDoseInput person = self->input;

  if (!g_error_matches (error, MG_DOSE_ERROR, MG_DOSE_ERROR_FORM_NEEDED) &&
      !g_error_matches (error, MG_DOSE_ERROR, MG_DOSE_ERROR_AMOUNT))
    return;

  person.amount_mg = person.tablets_per_day = person.food_mg = 0;
  memset (person.other_mg, 0, sizeof person.other_mg);
  if (!mg_dose_evaluate (&person, &self->result, NULL))
    return;

  set_figure_titles (self);
  describe_country (self);
  describe_intake (self);
  describe_limit (self);
}

/**
 * mg_dose_text_new:
 *
 * Evaluates @input and words the result in the current language. When the
 * input is refused, only the inputs and the refusal are set.
 */
MgDoseText *
mg_dose_text_new (const MgDoseInput *input)
{
  MgDoseText *self = g_new0 (MgDoseText, 1);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (input != NULL, NULL);

  self->input = *input;
  self->inputs = g_ptr_array_new_with_free_func (line_free);
  self->verdict_points = g_ptr_array_new_with_free_func (g_free);
  self->cautions = g_ptr_array_new_with_free_func (g_free);
  self->caution_reasons = g_ptr_array_new_with_free_func (g_free);
  self->interactions = g_ptr_array_new_with_free_func (line_free);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  describe_inputs (self);

  if (!mg_dose_evaluate (input, &self->result, &error)) {
    self->refusal = g_strdup (error->message);
    describe_person_only (self, error);
    return self;
  }

  set_figure_titles (self);
  describe_country (self);
  describe_intake (self);
  describe_limit (self);
  describe_product (self);
  describe_other (self);
  describe_food (self);
  describe_verdict (self);
  describe_cautions (self);
  describe_interactions (self);
  describe_sources (self);

  return self;
}

void
mg_dose_text_free (MgDoseText *self)
{
  if (self == NULL)
    return;

  g_free (self->refusal);
  for (guint i = 0; i < MG_N_DOSE_FIGURES; i++) {
    g_free (self->figures[i].title);
    g_free (self->figures[i].value);
    g_free (self->figures[i].detail);
  }
  g_free (self->verdict_title);
  g_free (self->verdict_text);
  g_ptr_array_unref (self->verdict_points);
  g_ptr_array_unref (self->cautions);
  g_ptr_array_unref (self->caution_reasons);
  g_free (self->verdict_figures);
  g_ptr_array_unref (self->interactions);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->inputs);
  g_free (self);
}
