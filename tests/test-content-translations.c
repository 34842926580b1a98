/* test-content-translations.c: every message of the article, as the app’s
 * own loader produces it, has a translation in every language
 *
 * This catches any difference between what xgettext extracted and what the
 * loader looks up (white space, markup, entities): the loader’s messages are
 * looked up in the compiled catalogues themselves.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "mg-content.h"
#include "mg-i18n.h"

/* The msgids a compiled catalogue (.mo) translates, with their translations. */
static GHashTable *
read_catalogue (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize length;
  guint32 magic, n, originals, translations;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 28);

  memcpy (&magic, data, 4);
  g_assert_cmphex (magic, ==, 0x950412de);  /* written on this machine, so native order */
  memcpy (&n, data + 8, 4);
  memcpy (&originals, data + 12, 4);
  memcpy (&translations, data + 16, 4);

  for (guint32 i = 0; i < n; i++) {
    guint32 entry[2], translated[2];

    memcpy (entry, data + originals + 8 * i, 8);
    memcpy (translated, data + translations + 8 * i, 8);
    g_assert_cmpuint ((gsize) entry[1] + entry[0], <, length);
    g_assert_cmpuint ((gsize) translated[1] + translated[0], <, length);
    if (entry[0] > 0 && translated[0] > 0)
      g_hash_table_insert (table, g_strndup (data + entry[1], entry[0]),
                           g_strndup (data + translated[1], translated[0]));
  }

  return table;
}

typedef struct {
  MgGuide    *guide;
  GHashTable *catalogue;
  const char *language;
  guint       missing;
} Check;

static void
check_message (gpointer data,
               gpointer user_data)
{
  const char *message = data;
  Check *check = user_data;
  const char *translation = g_hash_table_lookup (check->catalogue, message);

  if (translation == NULL) {
    g_test_message ("%s: no translation for “%s”", check->language, message);
    check->missing++;
    return;
  }
  /* And the app’s own lookup finds it. */
  g_assert_cmpstr (mg_i18n_gettext (message), ==, translation);

  /* Its figures are all there, and filled in. */
  if (strchr (message, '{') != NULL || strchr (translation, '{') != NULL) {
    g_autoptr(GError) problem = NULL;
    g_autofree char *filled = mg_guide_fill (check->guide, message, translation, &problem);

    g_assert_no_error (problem);
    g_assert_null (strchr (filled, '{'));
    g_assert_cmpstr (mg_guide_translate (check->guide, message), ==, filled);
  }
}

static void
test_language (gconstpointer data)
{
  const char *language = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_resource (RESOURCE_PATH "/content/magnesium-guide.guide", &error);
  g_autofree char *path = g_build_filename (g_getenv ("MG_LOCALEDIR"), language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GHashTable) catalogue = NULL;
  Check check = { NULL, NULL, language, 0 };

  g_assert_no_error (error);
  catalogue = read_catalogue (path);
  check.catalogue = catalogue;
  check.guide = guide;

  g_assert_true (mg_i18n_set_language (language));
  mg_guide_foreach_message (guide, check_message, &check);
  g_assert_true (mg_i18n_set_language (""));

  g_assert_cmpuint (check.missing, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;

  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  languages = g_strsplit (g_getenv ("MG_LINGUAS") ? g_getenv ("MG_LINGUAS") : "", " ", -1);
  for (guint i = 0; languages[i] != NULL; i++) {
    g_autofree char *name = NULL;

    if (*languages[i] == '\0')
      continue;
    name = g_strconcat ("/content-translations/", languages[i], NULL);
    g_test_add_data_func (name, languages[i], test_language);
  }

  return g_test_run ();
}
