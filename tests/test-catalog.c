/* test-catalog.c: the app's own reading of gettext catalogues
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-catalog.h"
#include "mg-i18n.h"

typedef struct {
  const char *msgid;   /* with "context\004" before it, or "id\0plural" */
  gsize id_length;
  const char *msgstr;
  gsize str_length;
} Message;

#define MESSAGE(id, str) { id, sizeof id - 1, str, sizeof str - 1 }

/* A .mo file as msgfmt writes it, in this machine's byte order. */
static GBytes *
make_mo (const Message *messages,
         guint          n)
{
  GByteArray *mo = g_byte_array_new ();
  guint32 header[7] = { 0x950412de, 0, n, 28, 28 + 8 * n, 0, 28 + 16 * n };
  guint32 offset = 28 + 16 * n;

  g_byte_array_append (mo, (const guint8 *) header, sizeof header);
  for (guint pass = 0; pass < 2; pass++) {
    for (guint i = 0; i < n; i++) {
      guint32 entry[2];

      entry[0] = (guint32) (pass == 0 ? messages[i].id_length : messages[i].str_length);
      entry[1] = offset;
      offset += entry[0] + 1;
      g_byte_array_append (mo, (const guint8 *) entry, sizeof entry);
    }
  }
  for (guint pass = 0; pass < 2; pass++) {
    for (guint i = 0; i < n; i++) {
      if (pass == 0)
        g_byte_array_append (mo, (const guint8 *) messages[i].msgid, (guint) messages[i].id_length + 1);
      else
        g_byte_array_append (mo, (const guint8 *) messages[i].msgstr, (guint) messages[i].str_length + 1);
    }
  }

  return g_byte_array_free_to_bytes (mo);
}

static void
test_lookup (void)
{
  const Message messages[] = {
    MESSAGE ("", "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"),
    MESSAGE ("%d year\0%d years", "%d jaar\0%d jaar"),
    MESSAGE ("May", "mag"),
    MESSAGE ("month name in a date\004May", "mei"),
    MESSAGE ("Untranslated", ""),
  };
  g_autoptr(GBytes) bytes = make_mo (messages, G_N_ELEMENTS (messages));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCatalog) catalog = mg_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (mg_catalog_get_n_messages (catalog), ==, 3);

  g_assert_cmpstr (mg_catalog_lookup (catalog, NULL, "May"), ==, "mag");
  g_assert_cmpstr (mg_catalog_lookup (catalog, "month name in a date", "May"), ==, "mei");
  g_assert_cmpstr (mg_catalog_lookup (catalog, "another context", "May"), ==, "May");
  g_assert_cmpstr (mg_catalog_lookup (catalog, NULL, "Untranslated"), ==, "Untranslated");
  g_assert_cmpstr (mg_catalog_lookup (catalog, NULL, "Not there"), ==, "Not there");
  g_assert_cmpstr (mg_catalog_lookup (catalog, NULL, ""), ==, "");
  g_assert_cmpstr (mg_catalog_lookup (NULL, NULL, "May"), ==, "May");

  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d year", "%d years", 1), ==, "%d jaar");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d year", "%d years", 5), ==, "%d jaar");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", 1), ==, "%d day");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", 2), ==, "%d days");
  g_assert_cmpstr (mg_catalog_lookup_plural (NULL, "%d day", "%d days", 0), ==, "%d days");
}

/* A language with three forms, to prove the Plural-Forms expression is
 * read, not assumed. */
static void
test_plural_forms (void)
{
  const Message messages[] = {
    MESSAGE ("", "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : 2);\n"),
    MESSAGE ("%d day\0%d days", "%d dzień\0%d dni\0%d dni."),
  };
  const struct {
    gulong n;
    const char *form;
  } cases[] = {
    { 1, "%d dzień" }, { 2, "%d dni" }, { 4, "%d dni" }, { 5, "%d dni." }, { 12, "%d dni." },
    { 22, "%d dni" }, { 0, "%d dni." }, { 111, "%d dni." }, { 1002, "%d dni" },
  };
  g_autoptr(GBytes) bytes = make_mo (messages, G_N_ELEMENTS (messages));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCatalog) catalog = mg_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", cases[i].n), ==, cases[i].form);
}

/* A catalogue with fewer forms than its header says gives English for the
 * missing ones, never a string past the translation's end. */
static void
test_missing_form (void)
{
  const Message messages[] = {
    MESSAGE ("", "Plural-Forms: nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;\n"),
    MESSAGE ("%d day\0%d days", "one\0two"),
  };
  g_autoptr(GBytes) bytes = make_mo (messages, G_N_ELEMENTS (messages));
  g_autoptr(MgCatalog) catalog = mg_catalog_new_from_bytes (bytes, NULL);

  g_assert_nonnull (catalog);
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", 1), ==, "one");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", 2), ==, "two");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "%d day", "%d days", 3), ==, "%d days");
}

static void
expect_refused (GBytes     *bytes,
                const char *why)
{
  g_autoptr(GError) error = NULL;
  MgCatalog *catalog = mg_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, why));
}

static void
test_damaged (void)
{
  const Message messages[] = {
    MESSAGE ("", "Plural-Forms: nplurals=2; plural=(n != 1);\n"),
    MESSAGE ("Previous", "Vorige"),
  };
  g_autoptr(GBytes) good = make_mo (messages, G_N_ELEMENTS (messages));
  gsize size;
  const guint8 *data = g_bytes_get_data (good, &size);
  const char *bad_plurals[] = {
    "Plural-Forms: nplurals=2; plural=(n != 1;\n",
    "Plural-Forms: nplurals=2; plural=n / 0;\n",
    "Plural-Forms: nplurals=0; plural=0;\n",
    "Plural-Forms: nplurals=2; plural=x;\n",
    "Plural-Forms: nplurals=2;\n",
    "Plural-Forms: nplurals=2; plural=((((((((((((((((((((((((((((((((((((n))))))))))))))))))))))))))))))))));\n",
  };

  /* Every cut of a good file is refused, or read without reading past it. */
  for (gsize length = 0; length < size; length++) {
    g_autoptr(GBytes) cut = g_bytes_new (data, length);
    g_autoptr(MgCatalog) catalog = mg_catalog_new_from_bytes (cut, NULL);

    g_assert_null (catalog);
  }

  {
    g_autoptr(GBytes) text = g_bytes_new_static ("msgid \"Previous\"\nmsgstr \"Vorige\"\n", 38);
    expect_refused (text, "no .mo signature");
  }

  {
    g_autofree guint8 *copy = g_memdup2 (data, size);
    g_autoptr(GBytes) bytes = NULL;
    guint32 huge = 0x7fffffff;

    memcpy (copy + 8, &huge, sizeof huge);
    bytes = g_bytes_new (copy, size);
    expect_refused (bytes, "past its end");
  }

  {
    g_autofree guint8 *copy = g_memdup2 (data, size);
    g_autoptr(GBytes) bytes = NULL;
    guint32 revision = 2 << 16;

    memcpy (copy + 4, &revision, sizeof revision);
    bytes = g_bytes_new (copy, size);
    expect_refused (bytes, "revision");
  }

  {
    const Message latin1[] = { MESSAGE ("Previous", "V\xf6rige") };
    g_autoptr(GBytes) bytes = make_mo (latin1, G_N_ELEMENTS (latin1));
    expect_refused (bytes, "not UTF-8");
  }

  {
    const Message two_headers[] = {
      MESSAGE ("", "Plural-Forms: nplurals=2; plural=(n != 1);\n"),
      MESSAGE ("", "Plural-Forms: nplurals=1; plural=0;\n"),
    };
    g_autoptr(GBytes) bytes = make_mo (two_headers, G_N_ELEMENTS (two_headers));
    expect_refused (bytes, "more than one header");
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_plurals); i++) {
    Message header[] = { { "", 0, bad_plurals[i], strlen (bad_plurals[i]) } };
    g_autoptr(GBytes) bytes = make_mo (header, G_N_ELEMENTS (header));
    expect_refused (bytes, "Plural-Forms");
  }
}

/* The catalogues the build makes, read as the app reads them. */
static void
test_built_catalogues (void)
{
  const char * const *languages = mg_i18n_get_languages ();
  const char *localedir = g_getenv ("MG_LOCALEDIR");

  g_assert_nonnull (localedir);
  for (guint i = 1; languages[i] != NULL; i++) {
    g_autofree char *path = g_build_filename (localedir, languages[i], "LC_MESSAGES",
                                              GETTEXT_PACKAGE ".mo", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(MgCatalog) catalog = mg_catalog_new_from_file (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (mg_catalog_get_n_messages (catalog), >, 500);
    g_assert_cmpstr (mg_catalog_lookup (catalog, NULL, "Previous"), !=, "Previous");
    g_assert_cmpstr (mg_catalog_lookup (catalog, "month name in a date", "March"), !=, "March");
  }
}

/* A missing or damaged catalogue: the language is still chosen, the texts
 * are English, and the reason is told once. */
static void
test_missing_catalogue (void)
{
  if (g_test_subprocess ()) {
    mg_i18n_init ();
    g_assert_true (mg_i18n_set_language ("sv"));
    g_assert_cmpstr (mg_i18n_get_language (), ==, "sv");
    g_assert_cmpstr (_("Previous"), ==, "Previous");
    g_assert_true (mg_i18n_set_language ("sv"));
    return;
  }

  {
    g_autofree char *dir = g_dir_make_tmp ("mg-no-catalogues-XXXXXX", NULL);
    g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "MG_LOCALEDIR", dir, TRUE);

    env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
    g_test_trap_subprocess_with_envp (NULL, (const char * const *) env, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_test_trap_assert_stderr ("*The Svenska translation could not be read, so texts stay in English*");
    g_rmdir (dir);
  }
}

/* A switch changes no environment variable: GTK's threads may read them. */
static void
test_switch_leaves_environment (void)
{
  g_auto(GStrv) before = g_get_environ ();
  g_auto(GStrv) after = NULL;
  const char * const *languages = mg_i18n_get_languages ();

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; languages[i] != NULL; i++)
      g_assert_true (mg_i18n_set_language (languages[i]));
  g_assert_true (mg_i18n_set_language (NULL));

  after = g_get_environ ();
  g_assert_cmpstrv (after, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!g_test_subprocess ())
    mg_i18n_init ();

  g_test_add_func ("/catalog/lookup", test_lookup);
  g_test_add_func ("/catalog/plural-forms", test_plural_forms);
  g_test_add_func ("/catalog/missing-form", test_missing_form);
  g_test_add_func ("/catalog/damaged", test_damaged);
  g_test_add_func ("/catalog/built", test_built_catalogues);
  g_test_add_func ("/catalog/missing-catalogue", test_missing_catalogue);
  g_test_add_func ("/catalog/switch-leaves-environment", test_switch_leaves_environment);

  return g_test_run ();
}
