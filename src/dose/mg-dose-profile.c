/* mg-dose-profile.c: the dose guide's answers and what follows from them
 *
 * One object that the dose guide, the food checklist and the printed
 * summary share, as GNOME Console's KgxSettings is shared: every answer is
 * a property bound to its GSettings key, and what the dose model makes of
 * the answers is published as read-only properties. A widget shows these;
 * it keeps no answer and no medical figure of its own.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-dose-profile"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-dose-profile.h"
#include "mg-i18n.h"

#define AUTO_COUNTRY "auto"

struct _MgDoseProfile {
  GObject    parent_instance;

  GSettings *settings;
  char      *country_id;         /* "auto" or the id of the country the person chose */
  guint      proposed_country;   /* the MgCountry of the system's region, found once */

  /* The answers. */
  guint      country;            /* the chosen country, or the proposed one */
  guint      reference_set;      /* the country's */
  int        age;
  guint      age_unit;
  guint      sex;
  gboolean   pregnant;
  gboolean   breastfeeding;
  gboolean   kidney_disease;
  gboolean   bleeding_disorder;
  gboolean   heart_conduction;
  gboolean   myasthenia_gravis;
  guint      medicines;          /* MG_MEDICINE_BIT()s */
  guint      amount_kind;
  double     amount;
  guint      form;
  double     tablets;
  gboolean   intravenous;
  double     food_mg;            /* today's, from the food checklist; not kept */
  double     other_mg[MG_N_OTHER_PRODUCTS];
  guint      answered;           /* MgDoseAnswered: which of age and sex are answers */

  /* For the appointment: the person's notes, which the summary shows and
   * the result does not read. */
  char      *notes[MG_N_DOSE_NOTES];
  guint      reasons;            /* MG_DOSE_REASON_BIT()s */

  /* What follows from them, read and written through the table of
   * results below, by offset. */
  guint      unanswered;         /* MgDoseUnanswered */
  gboolean   valid;
  guint      reference_intake;
  guint      adult_reference_intake;
  /* cppcheck-suppress unusedStructMember ; read by offset (results[]) */
  guint      upper_limit;
  /* cppcheck-suppress unusedStructMember ; read by offset (results[]) */
  guint      supplement_mg;
  /* cppcheck-suppress unusedStructMember ; read by offset (results[]) */
  guint      verdict;
};

G_DEFINE_FINAL_TYPE (MgDoseProfile, mg_dose_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_COUNTRY_ID,
  PROP_COUNTRY,
  PROP_REFERENCE_SET,
  PROP_AGE,
  PROP_AGE_UNIT,
  PROP_SEX,
  PROP_PREGNANT,
  PROP_BREASTFEEDING,
  PROP_KIDNEY_DISEASE,
  PROP_BLEEDING_DISORDER,
  PROP_HEART_CONDUCTION,
  PROP_MYASTHENIA_GRAVIS,
  PROP_MEDICINES,
  PROP_AMOUNT_KIND,
  PROP_AMOUNT,
  PROP_FORM,
  PROP_TABLETS,
  PROP_INTRAVENOUS,
  PROP_FOOD_MG,
  PROP_ANTACID_MG,
  PROP_LAXATIVE_MG,
  PROP_MULTIVITAMIN_MG,
  PROP_WATER_MG,
  PROP_ANSWERED,
  PROP_PRODUCT_NAME,
  PROP_OTHER_REASON,
  PROP_SINCE,
  PROP_QUESTIONS,
  PROP_REASONS,
  PROP_UNANSWERED,
  PROP_VALID,
  PROP_REFERENCE_INTAKE,
  PROP_ADULT_REFERENCE_INTAKE,
  PROP_UPPER_LIMIT,
  PROP_SUPPLEMENT_MG,
  PROP_VERDICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define MEMBER(name) G_STRUCT_OFFSET (MgDoseProfile, name)
#define BOOLEAN_AT(self, offset) G_STRUCT_MEMBER (gboolean, self, offset)
#define UINT_AT(self, offset) G_STRUCT_MEMBER (guint, self, offset)
#define DOUBLE_AT(self, offset) G_STRUCT_MEMBER (double, self, offset)

/* The yes-or-no answers and their keys. */
static const struct {
  guint       prop;
  const char *name;
  const char *key;
  gsize       offset;
} flags[] = {
  { PROP_PREGNANT, "pregnant", "dose-pregnant", MEMBER (pregnant) },
  { PROP_BREASTFEEDING, "breastfeeding", "dose-breastfeeding", MEMBER (breastfeeding) },
  { PROP_KIDNEY_DISEASE, "kidney-disease", "dose-kidney-disease", MEMBER (kidney_disease) },
  { PROP_BLEEDING_DISORDER, "bleeding-disorder", "dose-bleeding-disorder", MEMBER (bleeding_disorder) },
  { PROP_HEART_CONDUCTION, "heart-conduction", "dose-heart-conduction", MEMBER (heart_conduction) },
  { PROP_MYASTHENIA_GRAVIS, "myasthenia-gravis", "dose-myasthenia-gravis", MEMBER (myasthenia_gravis) },
  { PROP_INTRAVENOUS, "intravenous", "dose-intravenous", MEMBER (intravenous) },
};

/* The answers chosen from a list: the property holds the index of the
 * choice (an MgAgeUnit, MgSex, ...), the key its id. */
static const struct {
  guint         prop;
  const char   *name;
  const char   *key;
  MgDoseChoice  choice;
  gsize         offset;
} choices[] = {
  { PROP_AGE_UNIT, "age-unit", "dose-age-unit", MG_DOSE_CHOICE_AGE_UNIT, MEMBER (age_unit) },
  { PROP_SEX, "sex", "dose-sex", MG_DOSE_CHOICE_SEX, MEMBER (sex) },
  { PROP_AMOUNT_KIND, "amount-kind", "dose-amount-kind", MG_DOSE_CHOICE_AMOUNT_KIND, MEMBER (amount_kind) },
  { PROP_FORM, "form", "dose-form", MG_DOSE_CHOICE_FORM, MEMBER (form) },
};

/* The amounts; food is not kept, so it has no key. */
static const struct {
  guint       prop;
  const char *name;
  const char *key;
  gsize       offset;
} amounts[] = {
  { PROP_AMOUNT, "amount", "dose-amount", MEMBER (amount) },
  { PROP_TABLETS, "tablets", "dose-tablets", MEMBER (tablets) },
  { PROP_FOOD_MG, "food-mg", NULL, MEMBER (food_mg) },
  /* The other products, in MgOtherProduct order. */
  { PROP_ANTACID_MG, "antacid-mg", "dose-antacid-mg", MEMBER (other_mg[MG_OTHER_ANTACID]) },
  { PROP_LAXATIVE_MG, "laxative-mg", "dose-laxative-mg", MEMBER (other_mg[MG_OTHER_LAXATIVE]) },
  { PROP_MULTIVITAMIN_MG, "multivitamin-mg", "dose-multivitamin-mg", MEMBER (other_mg[MG_OTHER_MULTIVITAMIN]) },
  { PROP_WATER_MG, "water-mg", "dose-water-mg", MEMBER (other_mg[MG_OTHER_WATER]) },
};

/* The notes for the appointment, in MgDoseNote order: free text, kept
 * within its limit in characters. */
#define APPOINTMENT_PREFIX "dose-appointment-"

static const struct {
  guint       prop;
  const char *name;
  const char *key;
  guint       max_chars;
} notes[] = {
  { PROP_PRODUCT_NAME, "product-name", APPOINTMENT_PREFIX "product", MG_DOSE_PRODUCT_NAME_MAX },
  { PROP_OTHER_REASON, "other-reason", APPOINTMENT_PREFIX "other-reason", MG_DOSE_OTHER_REASON_MAX },
  { PROP_SINCE, "since", APPOINTMENT_PREFIX "since", 7 },
  { PROP_QUESTIONS, "questions", APPOINTMENT_PREFIX "questions", MG_DOSE_QUESTIONS_MAX },
};

G_STATIC_ASSERT (G_N_ELEMENTS (notes) == MG_N_DOSE_NOTES);

/* What the model makes of the answers, in mg a day where it is an amount. */
static const struct {
  guint       prop;
  const char *name;
  gsize       offset;
} results[] = {
  { PROP_REFERENCE_INTAKE, "reference-intake", MEMBER (reference_intake) },
  { PROP_ADULT_REFERENCE_INTAKE, "adult-reference-intake", MEMBER (adult_reference_intake) },
  { PROP_UPPER_LIMIT, "upper-limit", MEMBER (upper_limit) },
  { PROP_SUPPLEMENT_MG, "supplement-mg", MEMBER (supplement_mg) },
  { PROP_VERDICT, "verdict", MEMBER (verdict) },
};

static void
set_result (MgDoseProfile *self,
            guint          prop,
            gsize          offset,
            guint          value)
{
  if (UINT_AT (self, offset) == value)
    return;

  UINT_AT (self, offset) = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* The reference intake of @input; 0 where none is stated or the answers
 * are refused. */
static guint
reference_intake_of (const MgDoseInput *input)
{
  MgDoseResult result;

  return mg_dose_evaluate (input, &result, NULL) ? result.reference_intake_mg : 0;
}

/* Whether the person's values differ for a woman and a man: from about
 * nine years on, in most sets; then the result waits for the answer. */
static gboolean
sex_matters (const MgDoseInput *person)
{
  MgDoseInput woman = *person, man = *person;
  MgDoseResult as_woman, as_man;

  woman.sex = MG_SEX_FEMALE;
  man.sex = MG_SEX_MALE;
  if (!mg_dose_evaluate (&woman, &as_woman, NULL) || !mg_dose_evaluate (&man, &as_man, NULL))
    return FALSE;

  return as_woman.reference_intake_mg != as_man.reference_intake_mg ||
         as_woman.intake_kind != as_man.intake_kind ||
         as_woman.has_upper_limit != as_man.has_upper_limit ||
         as_woman.upper_limit_mg != as_man.upper_limit_mg;
}

static MgDoseUnanswered
unanswered_of (MgDoseProfile     *self,
               const MgDoseInput *person)
{
  if (!(self->answered & MG_DOSE_ANSWERED_AGE))
    return MG_DOSE_UNANSWERED_AGE;
  if (!(self->answered & MG_DOSE_ANSWERED_SEX) && sex_matters (person))
    return MG_DOSE_UNANSWERED_SEX;

  return MG_DOSE_UNANSWERED_NONE;
}

static void
update_results (MgDoseProfile *self)
{
  MgDoseInput input, person, adult;
  MgDoseResult result;
  MgDoseUnanswered unanswered;
  gboolean valid;

  mg_dose_profile_get_input (self, &input);
  /* The person's reference intake does not depend on the product or the
   * food: a slip there must not take it away from the food checklist. */
  person = input;
  person.amount_mg = person.tablets_per_day = person.food_mg = 0;
  memset (person.other_mg, 0, sizeof person.other_mg);
  mg_dose_input_init (&adult);
  mg_dose_input_set_country (&adult, input.country);
  /* No result, not even the reference intake, for a person nobody entered. */
  unanswered = unanswered_of (self, &person);
  valid = unanswered == MG_DOSE_UNANSWERED_NONE && mg_dose_evaluate (&input, &result, NULL);

  if (self->unanswered != unanswered) {
    self->unanswered = unanswered;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNANSWERED]);
  }
  if (self->valid != valid) {
    self->valid = valid;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  }
  set_result (self, PROP_REFERENCE_INTAKE, MEMBER (reference_intake),
              unanswered == MG_DOSE_UNANSWERED_NONE ? reference_intake_of (&person) : 0);
  set_result (self, PROP_ADULT_REFERENCE_INTAKE, MEMBER (adult_reference_intake), reference_intake_of (&adult));
  set_result (self, PROP_UPPER_LIMIT, MEMBER (upper_limit),
              valid && result.has_upper_limit ? result.upper_limit_mg : 0);
  set_result (self, PROP_SUPPLEMENT_MG, MEMBER (supplement_mg), valid ? result.supplement_mg : 0);
  set_result (self, PROP_VERDICT, MEMBER (verdict), valid ? result.verdict : MG_VERDICT_NO_PRODUCT);
}

static void
answers_changed (MgDoseProfile *self)
{
  update_results (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* "auto" is the proposed country; a country the person chose stays. */
static void
update_country (MgDoseProfile *self)
{
  guint country;

  if (!mg_dose_choice_from_id (MG_DOSE_CHOICE_COUNTRY, self->country_id, &country))
    country = self->proposed_country;
  if (self->country == country)
    return;

  self->country = country;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
  if (self->reference_set != mg_country_get_info (country)->set) {
    self->reference_set = mg_country_get_info (country)->set;
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_SET]);
  }
  answers_changed (self);
}

static void
set_country_id (MgDoseProfile *self,
                const char    *id)
{
  guint country;

  /* Anything but a country's id is "auto", which the schema also accepts. */
  if (!mg_dose_choice_from_id (MG_DOSE_CHOICE_COUNTRY, id, &country))
    id = AUTO_COUNTRY;
  if (g_strcmp0 (self->country_id, id) == 0)
    return;

  g_free (self->country_id);
  self->country_id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY_ID]);
  update_country (self);
}

static void
set_uint (MgDoseProfile *self,
          GParamSpec    *pspec,
          guint         *field,
          guint          value)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  answers_changed (self);
}

static void
set_boolean (MgDoseProfile *self,
             GParamSpec    *pspec,
             gboolean      *field,
             gboolean       value)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  answers_changed (self);
}

static void
set_double (MgDoseProfile *self,
            GParamSpec    *pspec,
            double        *field,
            double         value)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  answers_changed (self);
}

/* The notes are the person's words, kept as they are, only cut at their
 * limit, as a hand-edited setting could pass it: the summary is one page. */
static char *
fit_note (MgDoseNote  note,
          const char *text)
{
  g_autofree char *valid = NULL;
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  if (note == MG_DOSE_NOTE_SINCE)
    return g_strdup (mg_dose_since_parse (text, NULL, NULL) ? text : "");

  valid = g_utf8_make_valid (text, -1);
  end = valid;
  for (guint i = 0, lines = 1; *end != '\0' && i < notes[note].max_chars; i++) {
    if (*end == '\n' && ++lines > MG_DOSE_QUESTIONS_MAX_LINES)
      break;
    end = g_utf8_next_char (end);
  }
  return g_strndup (valid, end - valid);
}

static void
set_note (MgDoseProfile *self,
          MgDoseNote     note,
          const char    *text)
{
  g_autofree char *fitted = fit_note (note, text);

  if (g_strcmp0 (self->notes[note], fitted) == 0)
    return;

  g_free (self->notes[note]);
  self->notes[note] = g_steal_pointer (&fitted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[notes[note].prop]);
}

/* Notes too: they change no result, so no "changed" follows. */
static void
set_reasons (MgDoseProfile *self,
             guint          reasons)
{
  reasons &= MG_DOSE_REASON_BIT (MG_N_DOSE_REASONS) - 1;
  if (self->reasons == reasons)
    return;

  self->reasons = reasons;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASONS]);
}

/* The offset of the field behind one of the tables' properties, or 0. */
static gsize
field_of (guint prop)
{
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (flags[i].prop == prop)
      return flags[i].offset;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (choices[i].prop == prop)
      return choices[i].offset;
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    if (amounts[i].prop == prop)
      return amounts[i].offset;
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    if (results[i].prop == prop)
      return results[i].offset;

  return 0;
}

static void
mg_dose_profile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgDoseProfile *self = MG_DOSE_PROFILE (object);
  gsize offset = field_of (prop_id);

  switch (prop_id) {
  case PROP_SETTINGS:
    self->settings = g_value_dup_object (value);
    break;
  case PROP_COUNTRY_ID:
    set_country_id (self, g_value_get_string (value));
    break;
  case PROP_COUNTRY:
    set_country_id (self, mg_country_get_info (g_value_get_uint (value))->id);
    break;
  case PROP_REFERENCE_SET:
    /* The first country that follows the set, unless the current one does. */
    if (mg_country_get_info (self->country)->set != g_value_get_uint (value))
      set_country_id (self, mg_country_get_info (mg_country_for_reference_set (g_value_get_uint (value)))->id);
    break;
  case PROP_AGE:
    if (self->age != g_value_get_int (value)) {
      self->age = g_value_get_int (value);
      g_object_notify_by_pspec (object, pspec);
      answers_changed (self);
    }
    break;
  case PROP_MEDICINES:
    set_uint (self, pspec, &self->medicines, g_value_get_uint (value));
    break;
  case PROP_ANSWERED:
    set_uint (self, pspec, &self->answered, g_value_get_uint (value) & MG_DOSE_ANSWERED_ALL);
    break;
  case PROP_REASONS:
    set_reasons (self, g_value_get_uint (value));
    break;
  case PROP_PRODUCT_NAME:
  case PROP_OTHER_REASON:
  case PROP_SINCE:
  case PROP_QUESTIONS:
    set_note (self, prop_id - PROP_PRODUCT_NAME, g_value_get_string (value));
    break;
  default:
    if (G_VALUE_HOLDS_BOOLEAN (value) && offset != 0)
      set_boolean (self, pspec, &BOOLEAN_AT (self, offset), g_value_get_boolean (value));
    else if (G_VALUE_HOLDS_UINT (value) && offset != 0)
      set_uint (self, pspec, &UINT_AT (self, offset), g_value_get_uint (value));
    else if (G_VALUE_HOLDS_DOUBLE (value) && offset != 0)
      set_double (self, pspec, &DOUBLE_AT (self, offset), g_value_get_double (value));
    else
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_dose_profile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgDoseProfile *self = MG_DOSE_PROFILE (object);
  gsize offset = field_of (prop_id);

  switch (prop_id) {
  case PROP_SETTINGS:
    g_value_set_object (value, self->settings);
    break;
  case PROP_COUNTRY_ID:
    g_value_set_string (value, self->country_id);
    break;
  case PROP_COUNTRY:
    g_value_set_uint (value, self->country);
    break;
  case PROP_REFERENCE_SET:
    g_value_set_uint (value, self->reference_set);
    break;
  case PROP_AGE:
    g_value_set_int (value, self->age);
    break;
  case PROP_MEDICINES:
    g_value_set_uint (value, self->medicines);
    break;
  case PROP_ANSWERED:
    g_value_set_uint (value, self->answered);
    break;
  case PROP_REASONS:
    g_value_set_uint (value, self->reasons);
    break;
  case PROP_PRODUCT_NAME:
  case PROP_OTHER_REASON:
  case PROP_SINCE:
  case PROP_QUESTIONS:
    g_value_set_string (value, self->notes[prop_id - PROP_PRODUCT_NAME]);
    break;
  case PROP_UNANSWERED:
    g_value_set_uint (value, self->unanswered);
    break;
  case PROP_VALID:
    g_value_set_boolean (value, self->valid);
    break;
  default:
    if (G_VALUE_HOLDS_BOOLEAN (value) && offset != 0)
      g_value_set_boolean (value, BOOLEAN_AT (self, offset));
    else if (G_VALUE_HOLDS_UINT (value) && offset != 0)
      g_value_set_uint (value, UINT_AT (self, offset));
    else if (G_VALUE_HOLDS_DOUBLE (value) && offset != 0)
      g_value_set_double (value, DOUBLE_AT (self, offset));
    else
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

/* A choice's id in the settings; an id this version does not know is
 * refused, so that GSettings falls back on the key's default. */
static gboolean
choice_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  guint index;

  if (!mg_dose_choice_from_id (GPOINTER_TO_UINT (user_data), g_variant_get_string (variant, NULL), &index))
    return FALSE;

  g_value_set_uint (value, index);
  return TRUE;
}

static GVariant *
choice_to_setting (const GValue       *value,
                   const GVariantType *type,
                   gpointer            user_data)
{
  MgDoseChoice choice = GPOINTER_TO_UINT (user_data);
  guint index = g_value_get_uint (value);

  if (index >= mg_dose_choice_get_n (choice))
    return NULL;

  return g_variant_new_string (mg_dose_choice_get_id (choice, index));
}

/* Answers that are a set of flags, kept as the list of their ids: the
 * medicines, and the questions answered. Bit i is the flag of id i. */
typedef struct {
  const char *(*id_of) (guint index);
  guint        n_ids;
} FlagIds;

static const char *
medicine_id (guint index)
{
  return mg_dose_choice_get_id (MG_DOSE_CHOICE_MEDICINE, index);
}

static const char *
answered_id (guint index)
{
  static const char * const ids[] = { "age", "sex" };

  G_STATIC_ASSERT (1u << G_N_ELEMENTS (ids) == MG_DOSE_ANSWERED_ALL + 1);
  g_assert (index < G_N_ELEMENTS (ids));

  return ids[index];
}

static const char *
reason_id (guint index)
{
  static const char * const ids[] = { "restless-legs", "back-pain", "cramps", "other" };

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == MG_N_DOSE_REASONS);
  g_assert (index < G_N_ELEMENTS (ids));

  return ids[index];
}

static const FlagIds medicine_ids = { medicine_id, MG_N_MEDICINES };
static const FlagIds reason_ids = { reason_id, MG_N_DOSE_REASONS };
static const FlagIds answered_ids = { answered_id, 2 };

/* Ids this version does not know are left out. */
static gboolean
flags_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const FlagIds *table = user_data;
  g_autofree const char **ids = g_variant_get_strv (variant, NULL);
  guint set = 0;

  for (guint i = 0; ids[i] != NULL; i++) {
    for (guint bit = 0; bit < table->n_ids; bit++)
      if (g_str_equal (ids[i], table->id_of (bit)))
        set |= 1u << bit;
  }

  g_value_set_uint (value, set);
  return TRUE;
}

static GVariant *
flags_to_setting (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  const FlagIds *table = user_data;
  guint set = g_value_get_uint (value);
  GVariantBuilder ids;

  g_variant_builder_init (&ids, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint bit = 0; bit < table->n_ids; bit++) {
    if (set & (1u << bit))
      g_variant_builder_add (&ids, "s", table->id_of (bit));
  }

  return g_variant_builder_end (&ids);
}

/* GSettings lets a NaN through a range; it is read as the key's default. */
static gboolean
amount_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  double amount = g_variant_get_double (variant);

  if (!isfinite (amount) || amount < 0)
    return FALSE;

  g_value_set_double (value, amount);
  return TRUE;
}

static GVariant *
amount_to_setting (const GValue       *value,
                   const GVariantType *type,
                   gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value));
}

/* Reading binds every key; nothing is written until an answer changes. */
static void
bind_settings (MgDoseProfile *self)
{
  g_settings_bind (self->settings, "dose-country", self, "country-id", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "dose-age", self, "age", G_SETTINGS_BIND_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    g_settings_bind (self->settings, flags[i].key, self, flags[i].name, G_SETTINGS_BIND_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    g_settings_bind_with_mapping (self->settings, choices[i].key, self, choices[i].name, G_SETTINGS_BIND_DEFAULT,
                                  choice_from_setting, choice_to_setting,
                                  GUINT_TO_POINTER (choices[i].choice), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    if (amounts[i].key != NULL)
      g_settings_bind_with_mapping (self->settings, amounts[i].key, self, amounts[i].name, G_SETTINGS_BIND_DEFAULT,
                                    amount_from_setting, amount_to_setting, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "dose-medicines", self, "medicines", G_SETTINGS_BIND_DEFAULT,
                                flags_from_setting, flags_to_setting, (gpointer) &medicine_ids, NULL);
  g_settings_bind_with_mapping (self->settings, "dose-answered", self, "answered", G_SETTINGS_BIND_DEFAULT,
                                flags_from_setting, flags_to_setting, (gpointer) &answered_ids, NULL);
  g_settings_bind_with_mapping (self->settings, APPOINTMENT_PREFIX "reasons", self, "reasons",
                                G_SETTINGS_BIND_DEFAULT, flags_from_setting, flags_to_setting,
                                (gpointer) &reason_ids, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    g_settings_bind (self->settings, notes[i].key, self, notes[i].name, G_SETTINGS_BIND_DEFAULT);
}

/* Settings from before dose-answered: a person who answered anything then
 * saw a result for the age and sex shown, and keeps it. Known again at each
 * start, it is not written: reading the settings changes nothing in them. */
static void
keep_earlier_answers (MgDoseProfile *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) answered = g_settings_get_user_value (self->settings, "dose-answered");
  g_auto(GStrv) keys = NULL;

  if (answered != NULL)
    return;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++) {
    g_autoptr(GVariant) value = NULL;

    /* Notes for the appointment came after dose-answered: they say nothing of it. */
    if (!g_str_has_prefix (keys[i], "dose-") || g_str_equal (keys[i], "dose-reference-set") ||
        g_str_equal (keys[i], "dose-country") || g_str_has_prefix (keys[i], APPOINTMENT_PREFIX))
      continue;
    value = g_settings_get_user_value (self->settings, keys[i]);
    if (value != NULL) {
      self->answered = MG_DOSE_ANSWERED_ALL;
      return;
    }
  }
}

/* An answer about the person: not food, which the checklist fills in, nor
 * the country or what follows from the answers. */
static gboolean
is_person_answer (GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "age") || g_str_equal (pspec->name, "medicines") ||
      g_str_equal (pspec->name, "answered"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (g_str_equal (pspec->name, flags[i].name))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (g_str_equal (pspec->name, choices[i].name))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    if (amounts[i].key != NULL && g_str_equal (pspec->name, amounts[i].name))
      return TRUE;

  return FALSE;
}

/* Reference values never change behind the person's back: once they answer,
 * the country the result shows them is kept, whatever the system's region
 * becomes. The interface language has no say in it. */
static void
keep_country_cb (MgDoseProfile *self,
                 GParamSpec    *pspec)
{
  if (!is_person_answer (pspec) || !g_str_equal (self->country_id, AUTO_COUNTRY))
    return;

  set_country_id (self, mg_country_get_info (self->country)->id);
}

/* The country to propose: the region's, or, where the person chose a set
 * of reference values before countries were asked, a country of that set. */
static MgCountry
propose_country (MgDoseProfile *self)
{
  MgCountry proposed = mg_country_for_locale (mg_i18n_get_messages_locale ());
  g_autoptr(GVariant) chosen = g_settings_get_user_value (self->settings, "dose-reference-set");
  guint set;

  if (chosen == NULL ||
      !mg_dose_choice_from_id (MG_DOSE_CHOICE_REFERENCE_SET, g_variant_get_string (chosen, NULL), &set) ||
      mg_country_get_info (proposed)->set == set)
    return proposed;

  return mg_country_for_reference_set (set);
}

static void
mg_dose_profile_constructed (GObject *object)
{
  MgDoseProfile *self = MG_DOSE_PROFILE (object);

  G_OBJECT_CLASS (mg_dose_profile_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));
  self->proposed_country = propose_country (self);
  bind_settings (self);
  keep_earlier_answers (self);
  update_country (self);
  update_results (self);
  g_signal_connect (self, "notify", G_CALLBACK (keep_country_cb), NULL);
}

static void
mg_dose_profile_dispose (GObject *object)
{
  MgDoseProfile *self = MG_DOSE_PROFILE (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mg_dose_profile_parent_class)->dispose (object);
}

static void
mg_dose_profile_finalize (GObject *object)
{
  MgDoseProfile *self = MG_DOSE_PROFILE (object);

  g_free (self->country_id);
  for (guint i = 0; i < MG_N_DOSE_NOTES; i++)
    g_free (self->notes[i]);

  G_OBJECT_CLASS (mg_dose_profile_parent_class)->finalize (object);
}

#define ANSWER_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RESULT_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
install_table_properties (void)
{
  MgDoseInput defaults;

  mg_dose_input_init (&defaults);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    properties[flags[i].prop] = g_param_spec_boolean (flags[i].name, NULL, NULL, FALSE, ANSWER_FLAGS);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    properties[choices[i].prop] = g_param_spec_uint (choices[i].name, NULL, NULL,
                                                     0, mg_dose_choice_get_n (choices[i].choice) - 1, 0,
                                                     ANSWER_FLAGS);
  /* As wide as a double goes: the keys' ranges are the schema's business. */
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    properties[amounts[i].prop] = g_param_spec_double (amounts[i].name, NULL, NULL,
                                                       0, G_MAXDOUBLE,
                                                       amounts[i].prop == PROP_TABLETS ? defaults.tablets_per_day : 0,
                                                       ANSWER_FLAGS);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    properties[results[i].prop] = g_param_spec_uint (results[i].name, NULL, NULL,
                                                     0, G_MAXUINT, 0, RESULT_FLAGS);
  /* "since" is "YYYY-MM", or empty; the others are the person's words. */
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    properties[notes[i].prop] = g_param_spec_string (notes[i].name, NULL, NULL, "", ANSWER_FLAGS);
  /* MG_DOSE_REASON_BIT()s: why the person considers magnesium. */
  properties[PROP_REASONS] =
    g_param_spec_uint ("reasons", NULL, NULL, 0, MG_DOSE_REASON_BIT (MG_N_DOSE_REASONS) - 1, 0, ANSWER_FLAGS);
}

static void
mg_dose_profile_class_init (MgDoseProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MgDoseInput defaults;

  object_class->constructed = mg_dose_profile_constructed;
  object_class->dispose = mg_dose_profile_dispose;
  object_class->finalize = mg_dose_profile_finalize;
  object_class->get_property = mg_dose_profile_get_property;
  object_class->set_property = mg_dose_profile_set_property;

  mg_dose_input_init (&defaults);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* "auto" or the id of the chosen country, as dose-country keeps it. */
  properties[PROP_COUNTRY_ID] =
    g_param_spec_string ("country-id", NULL, NULL, AUTO_COUNTRY, ANSWER_FLAGS);
  /* The MgCountry in use: the chosen one, or the proposed one. */
  properties[PROP_COUNTRY] =
    g_param_spec_uint ("country", NULL, NULL, 0, MG_N_COUNTRIES - 1, defaults.country, ANSWER_FLAGS);
  /* The MgReferenceSet of the country; set, it chooses a country of it. */
  properties[PROP_REFERENCE_SET] =
    g_param_spec_uint ("reference-set", NULL, NULL, 0, MG_N_REFERENCE_SETS - 1, defaults.reference_set,
                       ANSWER_FLAGS);
  properties[PROP_AGE] =
    g_param_spec_int ("age", NULL, NULL, 0, G_MAXINT, defaults.age, ANSWER_FLAGS);
  properties[PROP_MEDICINES] =
    g_param_spec_uint ("medicines", NULL, NULL, 0, MG_MEDICINE_BIT (MG_N_MEDICINES) - 1, 0, ANSWER_FLAGS);
  /* MgDoseAnswered: the questions of the person's that are answers. */
  properties[PROP_ANSWERED] =
    g_param_spec_uint ("answered", NULL, NULL, 0, MG_DOSE_ANSWERED_ALL, 0, ANSWER_FLAGS);
  /* MgDoseUnanswered: the question the result waits for. */
  properties[PROP_UNANSWERED] =
    g_param_spec_uint ("unanswered", NULL, NULL, MG_DOSE_UNANSWERED_NONE, MG_DOSE_UNANSWERED_SEX,
                       MG_DOSE_UNANSWERED_AGE, RESULT_FLAGS);
  /* Whether the dose model takes the answers, or refuses them. */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE, RESULT_FLAGS);
  install_table_properties ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgDoseProfile::changed:
   *
   * Emitted once for each changed answer, after the results follow it.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
mg_dose_profile_init (MgDoseProfile *self)
{
  MgDoseInput defaults;

  mg_dose_input_init (&defaults);
  self->country_id = g_strdup (AUTO_COUNTRY);
  self->country = defaults.country;
  self->reference_set = defaults.reference_set;
  self->age = defaults.age;
  self->age_unit = defaults.age_unit;
  self->sex = defaults.sex;
  self->amount_kind = defaults.amount_kind;
  self->form = defaults.form;
  self->tablets = defaults.tablets_per_day;
  self->unanswered = MG_DOSE_UNANSWERED_AGE;
  for (guint i = 0; i < MG_N_DOSE_NOTES; i++)
    self->notes[i] = g_strdup ("");
}

/**
 * mg_dose_profile_new:
 * @settings: settings of the app's schema, where the answers are kept
 *
 * Returns: (transfer full): the answers kept in @settings
 */
MgDoseProfile *
mg_dose_profile_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (MG_TYPE_DOSE_PROFILE, "settings", settings, NULL);
}

/**
 * mg_dose_profile_get_input:
 * @input: (out caller-allocates): the answers, as the dose model takes them
 */
void
mg_dose_profile_get_input (MgDoseProfile *self,
                           MgDoseInput   *input)
{
  gboolean female;

  g_return_if_fail (MG_IS_DOSE_PROFILE (self));
  g_return_if_fail (input != NULL);

  female = self->sex == MG_SEX_FEMALE && (self->answered & MG_DOSE_ANSWERED_SEX);
  mg_dose_input_init (input);
  mg_dose_input_set_country (input, self->country);
  input->age = self->age;
  input->age_unit = self->age_unit;
  input->sex = self->sex;
  /* Asked of women only: a man's kept answer is not part of it, nor that
   * of a person who has not said. */
  input->pregnant = female && self->pregnant;
  input->breastfeeding = female && self->breastfeeding;
  input->kidney_disease = self->kidney_disease;
  input->bleeding_disorder = self->bleeding_disorder;
  input->heart_conduction = self->heart_conduction;
  input->myasthenia_gravis = self->myasthenia_gravis;
  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++)
    input->other_mg[i] = self->other_mg[i];
  input->medicines = self->medicines;
  input->amount_kind = self->amount_kind;
  input->amount_mg = self->amount;
  input->form = self->form;
  input->tablets_per_day = self->tablets;
  input->intravenous = self->intravenous;
  input->food_mg = self->food_mg;
}

/**
 * mg_dose_profile_answer:
 * @question: the question the person answered, whatever the answer: the
 *   default, chosen, is an answer too
 */
void
mg_dose_profile_answer (MgDoseProfile  *self,
                        MgDoseAnswered  question)
{
  g_return_if_fail (MG_IS_DOSE_PROFILE (self));

  set_uint (self, properties[PROP_ANSWERED], &self->answered, self->answered | (question & MG_DOSE_ANSWERED_ALL));
}

/**
 * mg_dose_profile_get_unanswered:
 *
 * Returns: the question the result waits for, or %MG_DOSE_UNANSWERED_NONE
 */
MgDoseUnanswered
mg_dose_profile_get_unanswered (MgDoseProfile *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), MG_DOSE_UNANSWERED_AGE);

  return self->unanswered;
}

/**
 * mg_dose_profile_set_food_mg:
 * @food_mg: magnesium from food today, in mg
 */
void
mg_dose_profile_set_food_mg (MgDoseProfile *self,
                             double         food_mg)
{
  g_return_if_fail (MG_IS_DOSE_PROFILE (self));
  g_return_if_fail (food_mg >= 0);

  set_double (self, properties[PROP_FOOD_MG], &self->food_mg, food_mg);
}

/**
 * mg_dose_profile_get_reference_intake:
 *
 * Returns: the person's reference intake in mg a day, or 0 where none is
 *   stated or the answers are refused
 */
guint
mg_dose_profile_get_reference_intake (MgDoseProfile *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), 0);

  return self->reference_intake;
}

/**
 * mg_dose_profile_get_adult_reference_intake:
 *
 * Returns: the reference intake in mg a day of an adult with no other
 *   answers, in the reference values in use: what to measure against while
 *   the person's answers give none
 */
guint
mg_dose_profile_get_adult_reference_intake (MgDoseProfile *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), 0);

  return self->adult_reference_intake;
}

/* Every answer about the person; not the advice chosen (country, set of
 * reference values), which is not about them. */
static gboolean
is_answer_key (const char *key)
{
  return g_str_has_prefix (key, "dose-") && !g_str_equal (key, "dose-reference-set") &&
         !g_str_equal (key, "dose-country");
}

static GStrv
list_keys (MgDoseProfile *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  return g_settings_schema_list_keys (schema);
}

/**
 * mg_dose_profile_clear_answers:
 *
 * Sets every answer about the person back to its default: the dose guide
 * starts empty again.
 *
 * Returns: (transfer full): the answers as they were, for
 *   mg_dose_profile_restore_answers (): the keys the person had set
 */
GVariant *
mg_dose_profile_clear_answers (MgDoseProfile *self)
{
  g_auto(GStrv) keys = NULL;
  g_auto(GVariantBuilder) kept = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);

  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), NULL);

  keys = list_keys (self);
  for (guint i = 0; keys[i] != NULL; i++) {
    g_autoptr(GVariant) value = is_answer_key (keys[i]) ? g_settings_get_user_value (self->settings, keys[i])
                                                        : NULL;

    if (value != NULL)
      g_variant_builder_add (&kept, "{sv}", keys[i], value);
  }
  for (guint i = 0; keys[i] != NULL; i++) {
    if (is_answer_key (keys[i]))
      g_settings_reset (self->settings, keys[i]);
  }

  return g_variant_ref_sink (g_variant_builder_end (&kept));
}

/**
 * mg_dose_profile_restore_answers:
 * @answers: what mg_dose_profile_clear_answers () returned
 *
 * Puts the answers back as they were, key by key: a key left at its
 * default stays so, as settings from before “dose-answered” are told by
 * that.
 */
void
mg_dose_profile_restore_answers (MgDoseProfile *self,
                                 GVariant      *answers)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_if_fail (MG_IS_DOSE_PROFILE (self));
  g_return_if_fail (g_variant_is_of_type (answers, G_VARIANT_TYPE_VARDICT));

  g_variant_unref (mg_dose_profile_clear_answers (self));
  g_variant_iter_init (&iter, answers);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value)) {
    if (is_answer_key (key))
      g_settings_set_value (self->settings, key, value);
  }
}

static gboolean
has_flag (GBinding     *binding,
          const GValue *from_value,
          GValue       *to_value,
          gpointer      user_data)
{
  g_value_set_boolean (to_value, (g_value_get_uint (from_value) & GPOINTER_TO_UINT (user_data)) != 0);
  return TRUE;
}

static gboolean
with_flag (GBinding     *binding,
           const GValue *from_value,
           GValue       *to_value,
           gpointer      user_data)
{
  g_autoptr(GObject) profile = g_binding_dup_source (binding);
  guint bit = GPOINTER_TO_UINT (user_data);
  guint set;

  g_object_get (profile, g_binding_get_source_property (binding), &set, NULL);
  g_value_set_uint (to_value, g_value_get_boolean (from_value) ? set | bit : set & ~bit);
  return TRUE;
}

/**
 * mg_dose_profile_bind_flag:
 * @property: a set of flags: "medicines" or "reasons"
 * @bit: one flag of it
 * @target: an object with a boolean @target_property
 *
 * Binds @target_property both ways to whether @bit is in @property: a
 * switch or a check for one medicine or reason.
 */
void
mg_dose_profile_bind_flag (MgDoseProfile *self,
                           const char    *property,
                           guint          bit,
                           gpointer       target,
                           const char    *target_property)
{
  g_return_if_fail (MG_IS_DOSE_PROFILE (self));
  g_return_if_fail (G_IS_OBJECT (target));

  g_object_bind_property_full (self, property, target, target_property,
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               has_flag, with_flag, GUINT_TO_POINTER (bit), NULL);
}

/**
 * mg_dose_since_parse:
 * @since: (nullable): a month as the "since" note keeps it, "YYYY-MM"
 * @year: (out) (optional): its year
 * @month: (out) (optional): its month, 1 to 12
 *
 * Returns: whether @since is such a month
 */
gboolean
mg_dose_since_parse (const char *since,
                     guint      *year,
                     guint      *month)
{
  char digits[5] = { 0 };
  guint64 y, m;

  if (since == NULL || strlen (since) != 7 || since[4] != '-')
    return FALSE;
  memcpy (digits, since, 4);
  if (!g_ascii_string_to_unsigned (digits, 10, 1000, 9999, &y, NULL) ||
      !g_ascii_string_to_unsigned (since + 5, 10, 1, 12, &m, NULL))
    return FALSE;

  if (year != NULL)
    *year = (guint) y;
  if (month != NULL)
    *month = (guint) m;
  return TRUE;
}

/**
 * mg_dose_profile_get_note:
 *
 * Returns: (transfer none): the note, "" when the person wrote none
 */
const char *
mg_dose_profile_get_note (MgDoseProfile *self,
                          MgDoseNote     note)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), NULL);
  g_return_val_if_fail (note < MG_N_DOSE_NOTES, NULL);

  return self->notes[note];
}

/**
 * mg_dose_profile_get_reasons:
 *
 * Returns: MG_DOSE_REASON_BIT()s, why the person considers magnesium
 */
guint
mg_dose_profile_get_reasons (MgDoseProfile *self)
{
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (self), 0);

  return self->reasons;
}
