/* test-dose-profile.c: the dose guide's answers as a model object, kept in
 * GSettings
 *
 * The expected figures are those of ../shared/reference/magnesium-facts.md,
 * as in test-dose.c.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "mg-dose-profile.h"

#define SCHEMA_ID "io.github.mgguide.MagnesiumGuide"
#define SCHEMA_PATH "/io/github/mgguide/MagnesiumGuide/"

/* Settings of their own for each test, in memory, as after a fresh install. */
static GSettings *
fresh_settings (void)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (SCHEMA_ID, backend);
}

/* The same, as a person left them who gave the age and sex the form starts
 * with: a woman of 30. */
static GSettings *
new_settings (void)
{
  GSettings *settings = fresh_settings ();

  g_settings_set_strv (settings, "dose-answered", (const char *[]) { "age", "sex", NULL });
  return settings;
}

static GStrv
dose_keys (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;
  g_autoptr(GStrvBuilder) dose = g_strv_builder_new ();

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++) {
    if (g_str_has_prefix (keys[i], "dose-"))
      g_strv_builder_add (dose, keys[i]);
  }

  return g_strv_builder_end (dose);
}

static void
assert_nothing_written (GSettings *settings)
{
  g_auto(GStrv) keys = dose_keys (settings);

  g_assert_cmpuint (g_strv_length (keys), ==, 27);
  for (guint i = 0; keys[i] != NULL; i++) {
    g_autoptr(GVariant) value = g_settings_get_user_value (settings, keys[i]);
    g_autofree char *printed = value != NULL ? g_variant_print (value, FALSE) : NULL;

    /* What new_settings () wrote. */
    if (g_str_equal (keys[i], "dose-answered") && g_strcmp0 (printed, "['age', 'sex']") == 0)
      continue;
    if (value != NULL)
      g_error ("%s was written: %s", keys[i], g_variant_print (value, TRUE));
  }
}

static guint
get_uint (MgDoseProfile *profile,
          const char    *name)
{
  guint value;

  g_object_get (profile, name, &value, NULL);
  return value;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  MgDoseInput input, defaults;
  gboolean valid;

  mg_dose_profile_get_input (profile, &input);
  mg_dose_input_init (&defaults);
  /* Field by field: the padding between them holds nothing defined. */
  g_assert_cmpint (input.reference_set, ==, defaults.reference_set);
  g_assert_cmpint (input.country, ==, defaults.country);
  g_assert_cmpint (input.age, ==, defaults.age);
  g_assert_cmpint (input.age_unit, ==, defaults.age_unit);
  g_assert_cmpint (input.sex, ==, defaults.sex);
  g_assert_cmpint (input.pregnant, ==, defaults.pregnant);
  g_assert_cmpint (input.breastfeeding, ==, defaults.breastfeeding);
  g_assert_cmpint (input.kidney_disease, ==, defaults.kidney_disease);
  g_assert_cmpint (input.bleeding_disorder, ==, defaults.bleeding_disorder);
  g_assert_cmpint (input.heart_conduction, ==, defaults.heart_conduction);
  g_assert_cmpint (input.myasthenia_gravis, ==, defaults.myasthenia_gravis);
  for (guint i = 0; i < MG_N_OTHER_PRODUCTS; i++)
    g_assert_cmpfloat (input.other_mg[i], ==, defaults.other_mg[i]);
  g_assert_cmpuint (input.medicines, ==, defaults.medicines);
  g_assert_cmpint (input.form, ==, defaults.form);
  g_assert_cmpint (input.amount_kind, ==, defaults.amount_kind);
  g_assert_cmpfloat (input.amount_mg, ==, defaults.amount_mg);
  g_assert_cmpfloat (input.tablets_per_day, ==, defaults.tablets_per_day);
  g_assert_cmpint (input.intravenous, ==, defaults.intravenous);
  g_assert_cmpfloat (input.food_mg, ==, defaults.food_mg);

  /* No result for a person nobody entered; an adult's intake for the food
   * checklist to measure against. */
  g_object_get (profile, "valid", &valid, NULL);
  g_assert_false (valid);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_AGE);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 0);
  g_assert_cmpuint (mg_dose_profile_get_adult_reference_intake (profile), ==, 310);
  g_assert_cmpuint (get_uint (profile, "upper-limit"), ==, 0);

  /* An adult's values differ for women and men: the sex is asked too. */
  mg_dose_profile_answer (profile, MG_DOSE_ANSWERED_AGE);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_SEX);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 0);
  mg_dose_profile_answer (profile, MG_DOSE_ANSWERED_SEX);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);

  g_object_get (profile, "valid", &valid, NULL);
  g_assert_true (valid);
  /* A woman of 30, United States values: RDA 310 mg, limit 350 mg. */
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 310);
  g_assert_cmpuint (mg_dose_profile_get_adult_reference_intake (profile), ==, 310);
  g_assert_cmpuint (get_uint (profile, "upper-limit"), ==, 350);
  g_assert_cmpuint (get_uint (profile, "supplement-mg"), ==, 0);
  g_assert_cmpuint (get_uint (profile, "verdict"), ==, MG_VERDICT_NO_PRODUCT);
  g_assert_cmpuint (get_uint (profile, "reference-set"), ==, MG_REFERENCE_SET_NIH);
}

/* Opening the dose guide once wrote its keys with their defaults. */
static void
test_nothing_written (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  g_autoptr(MgDoseProfile) second = mg_dose_profile_new (settings);

  mg_dose_profile_set_food_mg (profile, 120);
  /* Setting what is already there is no change either. */
  g_object_set (profile, "age", 30, "sex", MG_SEX_FEMALE, "pregnant", FALSE, "medicines", 0u,
                "amount", 0.0, "tablets", 1.0, "form", MG_FORM_UNKNOWN, NULL);
  assert_nothing_written (settings);
  g_assert_null (g_settings_get_user_value (settings, "dose-answered"));
}

typedef struct {
  const char *property;
  const char *key;
  const char *value;    /* as g_value_transform () reads it */
  const char *setting;  /* as g_variant_print () writes it */
} RoundTrip;

static const RoundTrip round_trips[] = {
  { "age", "dose-age", "8", "8" },
  { "age-unit", "dose-age-unit", "1", "'months'" },
  { "sex", "dose-sex", "1", "'male'" },
  { "pregnant", "dose-pregnant", "TRUE", "true" },
  { "breastfeeding", "dose-breastfeeding", "TRUE", "true" },
  { "kidney-disease", "dose-kidney-disease", "TRUE", "true" },
  { "bleeding-disorder", "dose-bleeding-disorder", "TRUE", "true" },
  { "medicines", "dose-medicines", "513", "['bisphosphonates', 'zinc']" },
  { "amount-kind", "dose-amount-kind", "1", "'salt'" },
  { "amount", "dose-amount", "412.5", "412.5" },
  { "form", "dose-form", "8", "'citrate'" },
  { "tablets", "dose-tablets", "2.5", "2.5" },
  { "intravenous", "dose-intravenous", "TRUE", "true" },
  { "heart-conduction", "dose-heart-conduction", "TRUE", "true" },
  { "myasthenia-gravis", "dose-myasthenia-gravis", "TRUE", "true" },
  { "antacid-mg", "dose-antacid-mg", "200", "200.0" },
  { "laxative-mg", "dose-laxative-mg", "603", "603.0" },
  { "multivitamin-mg", "dose-multivitamin-mg", "56.5", "56.5" },
  { "water-mg", "dose-water-mg", "100", "100.0" },
  { "country-id", "dose-country", "se", "'se'" },
  { "answered", "dose-answered", "3", "['age', 'sex']" },
};

static void
set_from_string (GObject    *object,
                 const char *property,
                 const char *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (pspec);
  g_value_init (&value, pspec->value_type);
  if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, g_str_equal (text, "TRUE"));
  else if (pspec->value_type == G_TYPE_INT)
    g_value_set_int (&value, atoi (text));
  else if (pspec->value_type == G_TYPE_UINT)
    g_value_set_uint (&value, (guint) g_ascii_strtoull (text, NULL, 10));
  else if (pspec->value_type == G_TYPE_DOUBLE)
    g_value_set_double (&value, g_ascii_strtod (text, NULL));
  else
    g_value_set_string (&value, text);
  g_object_set_property (object, property, &value);
}

static char *
get_as_string (GObject    *object,
               const char *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) text = G_VALUE_INIT;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, property, &value);
  if (G_VALUE_HOLDS_DOUBLE (&value))
    return g_strdup_printf ("%g", g_value_get_double (&value));
  g_value_init (&text, G_TYPE_STRING);
  g_assert_true (g_value_transform (&value, &text));

  return g_value_dup_string (&text);
}

/* Each answer is written to its key alone, and read back by a profile
 * made afterwards and by one that was already there. */
static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++) {
    const RoundTrip *trip = &round_trips[i];
    g_autoptr(GSettings) settings = fresh_settings ();
    g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
    g_autoptr(MgDoseProfile) watching = mg_dose_profile_new (settings);
    g_autoptr(MgDoseProfile) later = NULL;
    g_autoptr(GVariant) written = NULL;
    g_autofree char *printed = NULL;
    g_autofree char *read_back = NULL;
    g_autofree char *watched = NULL;
    g_auto(GStrv) keys = dose_keys (settings);

    g_test_message ("%s", trip->property);
    set_from_string (G_OBJECT (profile), trip->property, trip->value);
    written = g_settings_get_user_value (settings, trip->key);
    g_assert_nonnull (written);
    printed = g_variant_print (written, FALSE);
    g_assert_cmpstr (printed, ==, trip->setting);
    for (guint k = 0; keys[k] != NULL; k++) {
      g_autoptr(GVariant) other = g_settings_get_user_value (settings, keys[k]);

      /* An answer also keeps the country it was given for. */
      g_assert_true (other == NULL || g_str_equal (keys[k], trip->key) || g_str_equal (keys[k], "dose-country"));
    }

    later = mg_dose_profile_new (settings);
    read_back = get_as_string (G_OBJECT (later), trip->property);
    watched = get_as_string (G_OBJECT (watching), trip->property);
    g_assert_cmpstr (read_back, ==, trip->value);
    g_assert_cmpstr (watched, ==, trip->value);
  }
}

/* Answers change what follows from them, and say so once. */
static void
test_results_follow (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  guint intake_notified = 0, limit_notified = 0, verdict_notified = 0, changed = 0;
  gboolean valid;

  g_signal_connect_swapped (profile, "notify::reference-intake", G_CALLBACK (count_cb), &intake_notified);
  g_signal_connect_swapped (profile, "notify::upper-limit", G_CALLBACK (count_cb), &limit_notified);
  g_signal_connect_swapped (profile, "notify::verdict", G_CALLBACK (count_cb), &verdict_notified);
  g_signal_connect_swapped (profile, "changed", G_CALLBACK (count_cb), &changed);

  g_object_set (profile, "sex", MG_SEX_MALE, NULL);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 400);
  g_assert_cmpuint (intake_notified, ==, 1);
  g_assert_cmpuint (limit_notified, ==, 0);
  g_assert_cmpuint (changed, ==, 1);

  /* 300 mg elemental twice a day: 600 mg, above the 350 mg limit. The
   * product does not change the reference intake. */
  g_object_set (profile, "amount", 300.0, "tablets", 2.0, NULL);
  g_assert_cmpuint (get_uint (profile, "supplement-mg"), ==, 600);
  g_assert_cmpuint (get_uint (profile, "verdict"), ==, MG_VERDICT_ABOVE_LIMIT);
  g_assert_cmpuint (verdict_notified, ==, 1);
  g_assert_cmpuint (intake_notified, ==, 1);
  g_assert_cmpuint (changed, ==, 3);

  /* Food counts toward the intake, never toward the limit. */
  mg_dose_profile_set_food_mg (profile, 250);
  g_assert_cmpuint (get_uint (profile, "verdict"), ==, MG_VERDICT_ABOVE_LIMIT);
  g_assert_cmpuint (changed, ==, 4);

  /* EFSA: 350 mg for a man, a limit of 250 mg. */
  g_object_set (profile, "reference-set", MG_REFERENCE_SET_EFSA, NULL);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 350);
  g_assert_cmpuint (get_uint (profile, "upper-limit"), ==, 250);
  g_assert_cmpuint (limit_notified, ==, 1);

  /* Refused answers: no reference intake rather than a wrong one, while
   * the adult value stays for the food checklist. */
  g_object_set (profile, "age", 0, NULL);
  g_object_get (profile, "valid", &valid, NULL);
  g_assert_false (valid);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 0);
  g_assert_cmpuint (mg_dose_profile_get_adult_reference_intake (profile), ==, 300);
}

/* A man's kept answer to a question asked of women only counts for nothing. */
static void
test_pregnancy_asked_of_women (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  MgDoseInput input;

  g_object_set (profile, "pregnant", TRUE, "breastfeeding", TRUE, NULL);
  mg_dose_profile_get_input (profile, &input);
  g_assert_true (input.pregnant);
  g_assert_true (input.breastfeeding);

  g_object_set (profile, "sex", MG_SEX_MALE, NULL);
  mg_dose_profile_get_input (profile, &input);
  g_assert_false (input.pregnant);
  g_assert_false (input.breastfeeding);
  g_assert_true (g_settings_get_boolean (settings, "dose-pregnant"));
}

/* "auto" is the country of the locale's region, found once; the language
 * of the app has no say in it. A country the person chose stays. */
static void
test_country_from_locale (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GSettings) british = new_settings ();
  g_autoptr(GSettings) earlier = new_settings ();
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autoptr(MgDoseProfile) uk = NULL;
  g_autoptr(MgDoseProfile) from_set = NULL;
  g_autofree char *chosen = NULL;
  MgDoseInput input;

  g_setenv ("LC_MESSAGES", "nl_NL.UTF-8", TRUE);
  profile = mg_dose_profile_new (settings);
  g_assert_cmpuint (get_uint (profile, "country"), ==, MG_COUNTRY_NETHERLANDS);
  g_assert_cmpuint (get_uint (profile, "reference-set"), ==, MG_REFERENCE_SET_EFSA);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 300);
  mg_dose_profile_get_input (profile, &input);
  g_assert_cmpint (input.country, ==, MG_COUNTRY_NETHERLANDS);
  assert_nothing_written (settings);

  /* The first answer keeps the country shown. */
  g_object_set (profile, "amount", 100.0, NULL);
  chosen = g_settings_get_string (settings, "dose-country");
  g_assert_cmpstr (chosen, ==, "nl");

  g_object_set (profile, "country", MG_COUNTRY_DENMARK, NULL);
  g_clear_pointer (&chosen, g_free);
  chosen = g_settings_get_string (settings, "dose-country");
  g_assert_cmpstr (chosen, ==, "dk");
  g_assert_cmpuint (get_uint (profile, "reference-set"), ==, MG_REFERENCE_SET_NNR);

  g_setenv ("LC_MESSAGES", "en_GB.UTF-8", TRUE);
  uk = mg_dose_profile_new (british);
  g_assert_cmpuint (get_uint (uk, "country"), ==, MG_COUNTRY_UNITED_KINGDOM);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (uk), ==, 270);
  g_assert_cmpuint (get_uint (uk, "upper-limit"), ==, 400);

  /* A set chosen before countries were asked names a country of its own. */
  g_settings_set_string (earlier, "dose-reference-set", "nnr");
  from_set = mg_dose_profile_new (earlier);
  g_assert_cmpuint (get_uint (from_set, "country"), ==, MG_COUNTRY_SWEDEN);
  g_unsetenv ("LC_MESSAGES");
}

/* Settings edited by hand, or by an older or newer version: every value
 * the schema does not allow is read as the key's default, and ids this
 * version does not know are left out. */
static void
test_bad_settings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-dose-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "settings.ini", NULL);
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autofree char *after = NULL;
  MgDoseInput input, defaults;
  const char *contents =
    "[dose]\n"
    "dose-age=999\n"
    "dose-age-unit='decades'\n"
    "dose-sex=7\n"
    "dose-pregnant='yes'\n"
    "dose-medicines=['zinc', 'no-such-medicine', 'proton-pump-inhibitors']\n"
    "dose-form='unobtainium'\n"
    "dose-amount=-5.0\n"
    "dose-tablets=nan\n"
    "dose-reference-set='moon'\n";

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  backend = g_keyfile_settings_backend_new (path, SCHEMA_PATH, "dose");
  settings = g_settings_new_with_backend (SCHEMA_ID, backend);
  profile = mg_dose_profile_new (settings);

  mg_dose_profile_get_input (profile, &input);
  mg_dose_input_init (&defaults);
  g_assert_cmpint (input.age, ==, defaults.age);
  g_assert_cmpuint (input.age_unit, ==, defaults.age_unit);
  g_assert_cmpuint (input.sex, ==, defaults.sex);
  g_assert_false (input.pregnant);
  g_assert_cmpuint (input.medicines, ==, MG_MEDICINE_BIT (MG_MEDICINE_ZINC) |
                                          MG_MEDICINE_BIT (MG_MEDICINE_PROTON_PUMP_INHIBITORS));
  g_assert_cmpuint (input.form, ==, defaults.form);
  g_assert_cmpfloat (input.amount_mg, ==, defaults.amount_mg);
  g_assert_cmpfloat (input.tablets_per_day, ==, defaults.tablets_per_day);
  g_assert_cmpuint (input.reference_set, ==, MG_REFERENCE_SET_NIH);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 310);

  /* Reading them changed nothing in the file. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  g_clear_object (&profile);
  g_clear_object (&settings);
  g_clear_object (&backend);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A child's values are the same for girls and boys: the age is enough. */
static void
test_sex_where_it_matters (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  MgDoseInput input;

  g_object_set (profile, "age", 6, NULL);
  mg_dose_profile_answer (profile, MG_DOSE_ANSWERED_AGE);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 130);
  /* A pregnancy kept from before is no answer while the sex is not given. */
  g_object_set (profile, "pregnant", TRUE, NULL);
  mg_dose_profile_get_input (profile, &input);
  g_assert_false (input.pregnant);

  g_object_set (profile, "age", 16, NULL);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_SEX);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 0);
}

/* Settings written before dose-answered: a person who answered anything
 * keeps the result they saw, and nothing is written for it; a choice of
 * reference values alone is no answer about the person. */
static void
test_earlier_settings (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GSettings) chosen = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autoptr(MgDoseProfile) advice_only = NULL;

  g_settings_set_double (settings, "dose-amount", 200);
  profile = mg_dose_profile_new (settings);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 310);
  g_assert_cmpuint (get_uint (profile, "supplement-mg"), ==, 200);
  g_assert_null (g_settings_get_user_value (settings, "dose-answered"));
  g_assert_cmpuint (get_uint (profile, "answered"), ==, MG_DOSE_ANSWERED_ALL);
  /* And keeps it the next time. */
  g_clear_object (&profile);
  profile = mg_dose_profile_new (settings);
  g_assert_cmpuint (mg_dose_profile_get_reference_intake (profile), ==, 310);

  g_settings_set_string (chosen, "dose-reference-set", "efsa");
  advice_only = mg_dose_profile_new (chosen);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (advice_only), ==, MG_DOSE_UNANSWERED_AGE);
}

/* The profile goes with its last reference, and keeps the settings alive
 * only as long as it lives. */
static void
test_lifetime (void)
{
  GSettings *settings = new_settings ();
  MgDoseProfile *profile = mg_dose_profile_new (settings);

  g_object_add_weak_pointer (G_OBJECT (settings), (gpointer *) &settings);
  g_object_unref (settings);
  g_assert_nonnull (settings);
  g_assert_finalize_object (profile);
  g_assert_null (settings);
}

/* Clearing the answers empties the form and keeps the advice chosen; the
 * answers come back as they were, keys left at their defaults included. */
static void
test_clear_and_restore (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autoptr(GVariant) kept = NULL;
  g_autoptr(GVariant) empty = NULL;
  g_autofree char *country = NULL;

  g_settings_set_string (settings, "dose-country", "dk");
  g_settings_set_int (settings, "dose-age", 61);
  profile = mg_dose_profile_new (settings);
  g_assert_cmpint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);

  kept = mg_dose_profile_clear_answers (profile);
  g_assert_cmpint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_AGE);
  g_assert_null (g_settings_get_user_value (settings, "dose-age"));
  g_assert_null (g_settings_get_user_value (settings, "dose-answered"));
  country = g_settings_get_string (settings, "dose-country");
  g_assert_cmpstr (country, ==, "dk");
  g_assert_true (g_variant_lookup_value (kept, "dose-country", NULL) == NULL);

  mg_dose_profile_restore_answers (profile, kept);
  g_assert_cmpint (g_settings_get_int (settings, "dose-age"), ==, 61);
  g_assert_cmpint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_NONE);
  /* A key the person never set is not written by the way back. */
  g_assert_null (g_settings_get_user_value (settings, "dose-kidney-disease"));

  /* Nothing to clear gives nothing to restore. */
  g_clear_pointer (&kept, g_variant_unref);
  kept = mg_dose_profile_clear_answers (profile);
  empty = mg_dose_profile_clear_answers (profile);
  g_assert_cmpuint (g_variant_n_children (empty), ==, 0);
}

static guint
count_lines (const char *text)
{
  guint lines = 1;

  for (const char *c = text; *c != '\0'; c++)
    lines += *c == '\n';
  return lines;
}

static char *
get_string (MgDoseProfile *profile,
            const char    *name)
{
  char *value;

  g_object_get (profile, name, &value, NULL);
  return value;
}

/* The notes for the appointment are kept, in the settings and back, and
 * change no result: no "changed", the same verdict. */
static void
test_appointment_notes (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  g_autoptr(MgDoseProfile) second = NULL;
  g_auto(GStrv) reasons = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *since = NULL;
  guint verdict = get_uint (profile, "verdict");
  guint changes = 0;

  g_signal_connect_swapped (profile, "changed", G_CALLBACK (count_cb), &changes);
  g_object_set (profile,
                "product-name", "Magnesium <b> & Co",
                "reasons", MG_DOSE_REASON_BIT (MG_DOSE_REASON_RESTLESS_LEGS) | MG_DOSE_REASON_BIT (MG_DOSE_REASON_OTHER),
                "other-reason", "Sleep",
                "since", "2024-09",
                "questions", "Can I take it with my tablets?\nHow long should I try it?",
                NULL);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpuint (get_uint (profile, "verdict"), ==, verdict);
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_PRODUCT_NAME), ==, "Magnesium <b> & Co");

  reasons = g_settings_get_strv (settings, "dose-appointment-reasons");
  g_assert_cmpstrv (reasons, ((const char *[]) { "restless-legs", "other", NULL }));
  since = g_settings_get_string (settings, "dose-appointment-since");
  g_assert_cmpstr (since, ==, "2024-09");

  second = mg_dose_profile_new (settings);
  g_assert_cmpuint (mg_dose_profile_get_reasons (second), ==, mg_dose_profile_get_reasons (profile));
  questions = get_string (second, "questions");
  g_assert_cmpstr (questions, ==, "Can I take it with my tablets?\nHow long should I try it?");
  g_assert_cmpstr (mg_dose_profile_get_note (second, MG_DOSE_NOTE_OTHER_REASON), ==, "Sleep");
  g_assert_cmpstr (mg_dose_profile_get_note (second, MG_DOSE_NOTE_SINCE), ==, "2024-09");
}

/* Notes from the settings that the summary could not hold: a month that
 * is none is no month; text past its limit, as a hand edit could leave
 * it, is cut there; broken UTF-8 is made whole before it is kept. */
static void
test_appointment_bad_notes (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GString) many_lines = g_string_new (NULL);
  const char *questions;
  guint year, month;

  for (guint i = 0; i < MG_DOSE_QUESTIONS_MAX + 20; i++)
    g_string_append (long_text, "é");
  for (guint i = 0; i < MG_DOSE_QUESTIONS_MAX_LINES + 3; i++)
    g_string_append (many_lines, "Why?\n");
  g_settings_set_string (settings, "dose-appointment-since", "2024-13");
  g_settings_set_string (settings, "dose-appointment-questions", long_text->str);
  profile = mg_dose_profile_new (settings);

  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_SINCE), ==, "");
  questions = mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS);
  g_assert_cmpuint (g_utf8_strlen (questions, -1), ==, MG_DOSE_QUESTIONS_MAX);
  g_object_set (profile, "product-name", "Mag\xff", NULL);
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_PRODUCT_NAME), ==, "Mag\xef\xbf\xbd");

  g_object_set (profile, "questions", many_lines->str, NULL);
  questions = mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS);
  g_assert_cmpuint (count_lines (questions), ==, MG_DOSE_QUESTIONS_MAX_LINES);
  g_assert_true (g_str_has_prefix (many_lines->str, questions));

  g_assert_true (mg_dose_since_parse ("1999-01", &year, &month));
  g_assert_cmpuint (year, ==, 1999);
  g_assert_cmpuint (month, ==, 1);
  g_assert_false (mg_dose_since_parse ("1999-00", NULL, NULL));
  g_assert_false (mg_dose_since_parse ("1999-1", NULL, NULL));
  g_assert_false (mg_dose_since_parse ("+999-01", NULL, NULL));
  g_assert_false (mg_dose_since_parse ("", NULL, NULL));
  g_assert_false (mg_dose_since_parse (NULL, NULL, NULL));
}

/* Start over clears the notes with the answers; its undo brings them back. */
static void
test_appointment_clear_and_restore (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(MgDoseProfile) profile = mg_dose_profile_new (settings);
  g_autoptr(GVariant) kept = NULL;

  g_object_set (profile, "product-name", "MagCitra", "since", "2025-02", "questions", "Why?",
                "reasons", MG_DOSE_REASON_BIT (MG_DOSE_REASON_BACK_PAIN), NULL);
  kept = mg_dose_profile_clear_answers (profile);
  for (guint i = 0; i < MG_N_DOSE_NOTES; i++)
    g_assert_cmpstr (mg_dose_profile_get_note (profile, i), ==, "");
  g_assert_cmpuint (mg_dose_profile_get_reasons (profile), ==, 0);

  mg_dose_profile_restore_answers (profile, kept);
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_PRODUCT_NAME), ==, "MagCitra");
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_SINCE), ==, "2025-02");
  g_assert_cmpstr (mg_dose_profile_get_note (profile, MG_DOSE_NOTE_QUESTIONS), ==, "Why?");
  g_assert_cmpuint (mg_dose_profile_get_reasons (profile), ==, MG_DOSE_REASON_BIT (MG_DOSE_REASON_BACK_PAIN));
}

/* Notes alone are no answer about the person: settings from this version
 * with only a product name show no result for the defaults. */
static void
test_appointment_no_answer (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(MgDoseProfile) profile = NULL;
  g_autofree char *country = NULL;

  g_settings_set_string (settings, "dose-appointment-product", "MagCitra");
  profile = mg_dose_profile_new (settings);
  g_assert_cmpuint (mg_dose_profile_get_unanswered (profile), ==, MG_DOSE_UNANSWERED_AGE);
  g_object_set (profile, "questions", "Why?", NULL);
  country = g_settings_get_string (settings, "dose-country");
  g_assert_cmpstr (country, ==, "auto");
}

int
main (int   argc,
      char *argv[])
{
  /* The country proposed by default, the United States', as for C. */
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dose-profile/defaults", test_defaults);
  g_test_add_func ("/dose-profile/nothing-written", test_nothing_written);
  g_test_add_func ("/dose-profile/round-trip", test_round_trip);
  g_test_add_func ("/dose-profile/results-follow", test_results_follow);
  g_test_add_func ("/dose-profile/pregnancy-asked-of-women", test_pregnancy_asked_of_women);
  g_test_add_func ("/dose-profile/country-from-locale", test_country_from_locale);
  g_test_add_func ("/dose-profile/bad-settings", test_bad_settings);
  g_test_add_func ("/dose-profile/lifetime", test_lifetime);
  g_test_add_func ("/dose-profile/sex-where-it-matters", test_sex_where_it_matters);
  g_test_add_func ("/dose-profile/earlier-settings", test_earlier_settings);
  g_test_add_func ("/dose-profile/clear-and-restore", test_clear_and_restore);
  g_test_add_func ("/dose-profile/appointment-notes", test_appointment_notes);
  g_test_add_func ("/dose-profile/appointment-bad-notes", test_appointment_bad_notes);
  g_test_add_func ("/dose-profile/appointment-clear-and-restore", test_appointment_clear_and_restore);
  g_test_add_func ("/dose-profile/appointment-no-answer", test_appointment_no_answer);

  return g_test_run ();
}
