/* test-display-language.c: every page and tool shown whole in each translation
 *
 * For each language of po/LINGUAS but English, the test shows every page of
 * the article and every tool (the dose guide with a result and its reasons,
 * the food checklist, the choice of form, the summary's preview and the
 * summary itself, preferences, about, keyboard shortcuts, the disclaimer's
 * full text, the main menu) and reads every text a person sees or a screen
 * reader reads there: labels and inscriptions as drawn (markup parsed),
 * placeholders, tooltips, pictures' alternative texts, accessible labels and
 * descriptions. It fails, naming each offender and where it was seen, when
 * one is
 *  - the English of a message the language's catalogue translates (so the
 *    translation was not used: B2 of the UX review, the paragraphs with a
 *    link shown in English), or
 *  - an English text that is no message at all, or a translation left in
 *    English (the glosses in source lists, U9).
 * What is allowed to stay English is the short list of names below.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "mg-disclaimer.h"
#include "mg-dose-summary.h"
#include "mg-i18n.h"
#include "mg-test-utils.h"

static MgApplication *app;

/* What stays as published in every language: the titles of the cited
 * documents, journals and databases, and the names of the bodies that
 * published them (U9: "the titles of cited documents may stay in the
 * original"). They are taken out of a text before it is judged, so a gloss
 * next to one ("(Swedish Food Agency)") is still found. A source added to
 * the article with an English title adds its title here. */
static const char * const published_names[] = {
  "Magnesium: Fact Sheet for Health Professionals",
  "NIH Office of Dietary Supplements",
  "EFSA Panel on Dietetic Products, Nutrition and Allergies",
  "Scientific Opinion on Dietary Reference Values for magnesium",
  "Nordic Nutrition Recommendations",
  "Nordic Council of Ministers",
  "German Federal Institute for Risk Assessment",
  "BfR assesses recommended maximum daily level for intake of magnesium via food supplements",
  "BfR Opinion",
  "Treatment of restless legs syndrome and periodic limb movement disorder: "
  "an American Academy of Sleep Medicine clinical practice guideline",
  "Magnesium supplementation for the treatment of restless legs syndrome and periodic limb "
  "movement disorder: a systematic review",
  "Magnesium for skeletal muscle cramps",
  "A double-blinded randomised controlled study of the value of sequential intravenous and oral "
  "magnesium therapy in patients with chronic low back pain with a neuropathic component",
  "Risk factors for the development of hypermagnesemia in patients prescribed magnesium oxide: "
  "a retrospective cohort study",
  "U.S. Department of Agriculture, Agricultural Research Service",
  "FoodData Central",
  "The link between magnesium and restless legs syndrome",
  "Electronic Medicines Compendium",
  "Summary of Product Characteristics",
  "Scientific Committee on Food",
  "Opinion on the Tolerable Upper Intake Level of magnesium",
  "Tolerable Upper Intake Levels for Vitamins and Minerals",
};

/* Texts shown as they are in every language: the languages' own names in
 * the language menu, and the words a language shares with English. */
static const char * const same_in_every_language[] = {
  "English",
  "OK",
};

/* Words of English that are no word in Dutch, Swedish or Danish, or so rare
 * there that this app never uses them. Words the languages share ("in",
 * "is", "of" in Dutch, "at", "to", "for" in Danish, "be" in Swedish,
 * "product", "information", "guide", "open") are left out. */
static const char * const english_words[] = {
  "a", "about", "after", "agency", "and", "are", "been", "before", "can", "daily", "does",
  "don't", "dose", "each", "every", "food", "from", "has", "have", "how", "if", "intake",
  "into", "it", "its", "legs", "level", "limit", "may", "medicine", "not", "on", "only", "or",
  "other", "pain", "people", "recommended", "should", "sleep", "some", "source", "sources",
  "supplements", "swedish", "table", "than", "that", "the", "their", "them", "there", "these",
  "they", "this", "those", "were", "what", "when", "which", "will", "with", "you", "your",
};

typedef struct {
  const char *language;
  /* A message's English as a person would see it (markup parsed, no
   * mnemonic), for each message the catalogue translates differently. */
  GHashTable *translated;
  /* Those with printf conversions: their literal pieces, in order. */
  GPtrArray  *formats;
  GHashTable *english_words;
  /* "where\ttext", each offender once. */
  GHashTable *offenders;
  guint       n_texts;
} Check;

static guint32
read_u32 (const guint8 *data,
          gsize         size,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  g_assert_cmpuint (offset + 4, <=, size);
  memcpy (&value, data + offset, 4);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* The text at the @index-th entry of a .mo file's table at @table. */
static const char *
mo_string (const guint8 *data,
           gsize         size,
           guint32       table,
           guint32       index,
           gboolean      swapped,
           gsize        *length)
{
  guint32 len = read_u32 (data, size, table + 8 * index, swapped);
  guint32 offset = read_u32 (data, size, table + 8 * index + 4, swapped);

  g_assert_cmpuint ((gsize) offset + len, <, size);
  *length = len;
  return (const char *) data + offset;
}

/* As GtkLabel shows it: markup parsed (links allowed), the mnemonic's
 * underscore gone. Texts that are no markup stay as they are. */
static char *
shown_form (const char *message)
{
  g_autofree char *without_links = mg_markup_without_links (message);
  g_autofree char *text = NULL;
  GString *shown;

  if (!pango_parse_markup (without_links, -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup (message);
  shown = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++) {
    if (*p == '_' && p[1] != '_' && p[1] != '\0' && g_ascii_isalpha (p[1]))
      continue;
    g_string_append_c (shown, *p);
  }
  return g_strstrip (g_string_free (shown, FALSE));
}

/* A printf format's literal pieces, or NULL if it has no conversion. */
static GStrv
format_pieces (const char *message)
{
  g_autoptr(GRegex) conversion = g_regex_new ("%(?:[0-9]+\\$)?[-+ #0'I]*[0-9*]*(?:\\.[0-9*]+)?"
                                              "(?:hh|h|ll|l|L|z|j|t)?[diouxXeEfFgGaAcspn]",
                                              G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autofree char *shown = NULL;

  if (!g_regex_match (conversion, message, G_REGEX_MATCH_DEFAULT, NULL))
    return NULL;
  shown = shown_form (message);
  return g_regex_split (conversion, shown, G_REGEX_MATCH_DEFAULT);
}

static void
add_message (Check      *check,
             const char *msgid)
{
  GStrv pieces = format_pieces (msgid);
  guint letters = 0;

  if (pieces == NULL) {
    g_hash_table_add (check->translated, shown_form (msgid));
    return;
  }
  /* A format of little but its conversions ("%s mg") says nothing of its
   * language. */
  for (guint i = 0; pieces[i] != NULL; i++)
    for (const char *p = pieces[i]; *p != '\0'; p++)
      letters += g_ascii_isalpha (*p);
  if (letters >= 8)
    g_ptr_array_add (check->formats, pieces);
  else
    g_strfreev (pieces);
}

/* Reads the language's compiled catalogue, where the app reads it, and
 * keeps each message whose translation is not its English. */
static void
load_catalogue (Check *check)
{
  g_autofree char *path = g_build_filename (g_getenv ("MG_LOCALEDIR"), check->language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  const guint8 *data;
  gsize size;
  gboolean swapped;
  guint32 n, originals, translations;
  guint n_translated = 0;

  g_assert_no_error (error);
  data = (const guint8 *) g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);
  g_assert_cmpuint (size, >=, 20);
  swapped = read_u32 (data, size, 0, FALSE) != 0x950412de;
  g_assert_cmphex (read_u32 (data, size, 0, swapped), ==, 0x950412de);
  n = read_u32 (data, size, 8, swapped);
  originals = read_u32 (data, size, 12, swapped);
  translations = read_u32 (data, size, 16, swapped);

  for (guint32 i = 0; i < n; i++) {
    gsize id_length, str_length;
    const char *id = mo_string (data, size, originals, i, swapped, &id_length);
    const char *str = mo_string (data, size, translations, i, swapped, &str_length);
    const char *context_end = memchr (id, '\004', id_length);
    const char *msgid = context_end != NULL ? context_end + 1 : id;
    gsize msgid_length = id_length - (gsize) (msgid - id);

    /* The header, and a message translated by its own English. */
    if (*msgid == '\0' || (msgid_length == str_length && memcmp (msgid, str, str_length) == 0))
      continue;
    add_message (check, msgid);
    /* A plural's English plural. */
    if (strlen (msgid) < msgid_length)
      add_message (check, msgid + strlen (msgid) + 1);
    n_translated++;
  }
  /* A catalogue that was not built would find nothing. */
  g_assert_cmpuint (n_translated, >, 300);
}

static void
check_init (Check      *check,
            const char *language)
{
  check->language = language;
  check->translated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  check->formats = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  check->english_words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (english_words); i++)
    g_hash_table_add (check->english_words, (gpointer) english_words[i]);
  check->offenders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  load_catalogue (check);
}

static void
check_clear (Check *check)
{
  g_hash_table_unref (check->translated);
  g_ptr_array_unref (check->formats);
  g_hash_table_unref (check->english_words);
  g_hash_table_unref (check->offenders);
}

/* Whether @text is what a format makes: its pieces, in order, from the
 * first at the start to the last at the end. */
static gboolean
made_by_format (const char  *text,
                const GStrv  pieces)
{
  guint n = g_strv_length (pieces);
  const char *p = text;

  if (!g_str_has_prefix (text, pieces[0]) || !g_str_has_suffix (text, pieces[n - 1]))
    return FALSE;
  for (guint i = 0; i < n; i++) {
    const char *found = strstr (p, pieces[i]);

    if (found == NULL)
      return FALSE;
    p = found + strlen (pieces[i]);
  }
  return TRUE;
}

/* Whether @text reads as English: at least two of its words, and a fifth
 * of them, are words only English has. */
static gboolean
reads_as_english (Check      *check,
                  const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  guint words = 0, english = 0;
  const char *p = lower;

  while (*p != '\0') {
    const char *start;
    g_autofree char *word = NULL;

    while (*p != '\0' && !g_unichar_isalpha (g_utf8_get_char (p)) && *p != '\'')
      p = g_utf8_next_char (p);
    start = p;
    while (*p != '\0' && (g_unichar_isalpha (g_utf8_get_char (p)) || *p == '\''))
      p = g_utf8_next_char (p);
    if (p == start)
      continue;
    word = g_strndup (start, (gsize) (p - start));
    words++;
    english += g_hash_table_contains (check->english_words, word);
  }

  return english >= 2 && english * 5 >= words;
}

/* @text without the published names in it. */
static char *
without_published_names (const char *text)
{
  g_autoptr(GString) rest = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (published_names); i++)
    g_string_replace (rest, published_names[i], " ", 0);
  return g_string_free (g_steal_pointer (&rest), FALSE);
}

static void
offend (Check      *check,
        const char *where,
        const char *what,
        const char *text)
{
  g_hash_table_add (check->offenders, g_strdup_printf ("%s\t%s: “%s”", where, what, text));
}

static gboolean
has_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether @text is the English of a message the catalogue translates; if
 * so it is an offender. */
static gboolean
check_message (Check      *check,
               const char *where,
               const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (g_hash_table_contains (check->translated, stripped)) {
    offend (check, where, "untranslated message", stripped);
    return TRUE;
  }
  for (guint i = 0; i < check->formats->len; i++) {
    if (made_by_format (stripped, g_ptr_array_index (check->formats, i))) {
      offend (check, where, "untranslated message", stripped);
      return TRUE;
    }
  }
  return FALSE;
}

/* Whether @text, but for the published names in it, reads as English. */
static void
check_english (Check      *check,
               const char *where,
               const char *text)
{
  g_autofree char *rest = without_published_names (text);

  if (reads_as_english (check, rest))
    offend (check, where, "English text", text);
}

/* Judges one text that a person sees or hears at @where. */
static void
check_text (Check      *check,
            const char *where,
            const char *text)
{
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return;
  check->n_texts++;
  /* Punctuation, numbers and web addresses are in no language. */
  if (!has_letters (stripped) || g_uri_is_valid (stripped, G_URI_FLAGS_NONE, NULL))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (same_in_every_language); i++)
    if (g_str_equal (stripped, same_in_every_language[i]))
      return;

  if (check_message (check, where, stripped))
    return;
  check_english (check, where, stripped);
}

/* A string accessible property the app set, or NULL. */
static char *
accessible_string (GtkWidget             *widget,
                   GtkAccessibleProperty  property)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  /* The property's value, returned because it differs from a text no
   * interface has. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "\001");
}

static void
check_widget (Check      *check,
              const char *where,
              GtkWidget  *widget)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (GTK_IS_LABEL (widget))
    check_text (check, where, gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget))
    check_text (check, where, gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  else if (GTK_IS_PICTURE (widget))
    check_text (check, where, gtk_picture_get_alternative_text (GTK_PICTURE (widget)));

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text") != NULL) {
    g_autofree char *placeholder = NULL;

    g_object_get (widget, "placeholder-text", &placeholder, NULL);
    check_text (check, where, placeholder);
  }
  check_text (check, where, gtk_widget_get_tooltip_text (widget));
  label = accessible_string (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);
  check_text (check, where, label);
  description = accessible_string (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  check_text (check, where, description);
}

/* Every widget on screen at or under @widget. */
static void
check_tree (Check      *check,
            const char *where,
            GtkWidget  *widget)
{
  /* The window's own buttons speak GTK's catalogue, in the language the
   * app started in; the app's catalogue cannot reach them. */
  if (!gtk_widget_get_mapped (widget) || g_str_equal (gtk_widget_get_css_name (widget), "windowcontrols"))
    return;
  check_widget (check, where, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (check, where, child);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          const char *parameter)
{
  mg_test_activate_action (widget, action, parameter);
  mg_test_settle (widget);
}

/* Reads the dialog an action shows over @window, then closes it. */
static void
check_dialog (Check      *check,
              MgWindow   *window,
              const char *where)
{
  AdwDialog *dialog = mg_test_wait_for_dialog (GTK_WIDGET (window));

  check_text (check, where, adw_dialog_get_title (dialog));
  check_tree (check, where, GTK_WIDGET (dialog));
  if (ADW_IS_ABOUT_DIALOG (dialog)) {
    /* Details and Credits are pages of their own, shown on a click. */
    check_text (check, where, adw_about_dialog_get_comments (ADW_ABOUT_DIALOG (dialog)));
    check_text (check, where, adw_about_dialog_get_translator_credits (ADW_ABOUT_DIALOG (dialog)));
    check_text (check, where, adw_about_dialog_get_developer_name (ADW_ABOUT_DIALOG (dialog)));
    check_text (check, where, adw_about_dialog_get_copyright (ADW_ABOUT_DIALOG (dialog)));
  }
  mg_test_close_dialog (dialog);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
collapse_spaces (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", G_REGEX_MATCH_DEFAULT, NULL);
}

/* Judges a printed PDF's text. A line is a whole text or part of one, so
 * each line is held against the messages; a paragraph runs over lines, so
 * the English of a long message is looked for in the whole text. With
 * @read_sentences, the text is also read a sentence at a time for English:
 * not for a printed page, whose footer can split a cited title across
 * pages, and whose texts are those of the page on screen. */
static void
check_pdf (Check      *check,
           const char *where,
           const char *path,
           gboolean    read_sentences)
{
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) sentences = NULL;
  GHashTableIter iter;
  const char *message;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "pdftotext", (char *) "-enc", (char *) "UTF-8",
                                                  (char *) path, (char *) "-", NULL },
                               NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit_set (text, "\n\f", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 5);
  for (guint i = 0; lines[i] != NULL; i++)
    check_message (check, where, lines[i]);

  flat = collapse_spaces (text);
  g_hash_table_iter_init (&iter, check->translated);
  while (g_hash_table_iter_next (&iter, (gpointer *) &message, NULL)) {
    /* A few words can be a part of anything. */
    if (strchr (message, ' ') != NULL && strlen (message) >= 30 && strstr (flat, message) != NULL)
      offend (check, where, "untranslated message", message);
  }
  if (!read_sentences)
    return;
  sentences = g_strsplit (flat, ". ", -1);
  for (guint i = 0; sentences[i] != NULL; i++)
    check_english (check, where, sentences[i]);
}

/* The summary for the doctor, drawn as the app prints it. */
static void
check_summary (Check *check)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autofree char *date = mg_i18n_format_date ("2026-01-15");
  g_autofree char *path = g_strdup_printf ("%s/display-summary-%s.pdf", g_getenv ("G_TEST_BUILDDIR"),
                                           check->language);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, 595, 842);
  cr = cairo_create (surface);
  mg_dose_summary_draw (mg_application_get_dose_profile (app), date, mg_disclaimer_get_full_text (), cr,
                        595, 842);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_set_contents (path, (const char *) pdf->data, (gssize) pdf->len, &error));
  g_assert_no_error (error);

  check_pdf (check, "summary for the doctor", path, TRUE);
  g_unlink (path);
}

/* The page shown in @window, printed to a PDF as the app prints it. */
static void
check_printed_page (Check      *check,
                    MgWindow   *window,
                    const char *where)
{
  g_autofree char *path = g_strdup_printf ("%s/display-page-%s.pdf", g_getenv ("G_TEST_BUILDDIR"),
                                           check->language);
  g_autofree char *printed = g_strdup_printf ("%s, printed", where);

  activate (GTK_WIDGET (window), "win.export-pdf", path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  check_pdf (check, printed, path, FALSE);
  g_unlink (path);
}

/* The article's search, for a word every language has, with its results. */
static void
check_search (Check    *check,
              MgWindow *window)
{
  GtkWidget *bar, *entry;

  activate (GTK_WIDGET (window), "win.search", NULL);
  bar = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL);
  entry = mg_test_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (entry);
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  check_tree (check, "search", GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (entry), "magnesium");
  mg_test_settle (GTK_WIDGET (window));
  check_tree (check, "search results", GTK_WIDGET (window));
  gtk_editable_set_text (GTK_EDITABLE (entry), "xyzzyplugh");
  mg_test_settle (GTK_WIDGET (window));
  check_tree (check, "search without results", GTK_WIDGET (window));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
  mg_test_settle (GTK_WIDGET (window));
}

static void
check_pages (Check    *check,
             MgWindow *window)
{
  MgGuide *guide = mg_application_get_guide (app);

  for (guint p = 0; p < mg_guide_get_n_pages (guide); p++) {
    const MgPage *page = mg_guide_get_page (guide, p);
    g_autofree char *where = g_strdup_printf ("page %s", page->id);

    activate (GTK_WIDGET (window), "win.show-page", page->id);
    g_assert_cmpstr (mg_window_get_page_id (window), ==, page->id);
    check_tree (check, where, GTK_WIDGET (window));
    check_printed_page (check, window, where);
  }
}

static void
check_tools (Check    *check,
             MgWindow *window)
{
  GtkWidget *summary;

  activate (GTK_WIDGET (window), "win.show-tool", "food-checklist");
  check_tree (check, "food checklist", GTK_WIDGET (window));

  activate (GTK_WIDGET (window), "win.show-tool", "dose-guide");
  check_tree (check, "dose guide", GTK_WIDGET (window));
  /* The result and its reasons are there. */
  summary = mg_test_find_action_button (GTK_WIDGET (window), "dose.print");
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_sensitive (summary));

  activate (summary, "dose.choose-form", NULL);
  check_dialog (check, window, "dose guide: form of magnesium");
  activate (summary, "dose.print", NULL);
  check_dialog (check, window, "dose guide: summary preview");
  check_summary (check);
}

static void
check_app_dialogs (Check    *check,
                   MgWindow *window)
{
  GtkWidget *menu_button;
  GtkWidget *popover;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  check_dialog (check, window, "preferences");
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  check_dialog (check, window, "about");
  activate (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  check_dialog (check, window, "keyboard shortcuts");
  activate (GTK_WIDGET (window), "win.show-disclaimer", NULL);
  check_dialog (check, window, "disclaimer");
  check_text (check, "disclaimer", mg_disclaimer_get_full_text ());

  activate (GTK_WIDGET (window), "win.show-primary-menu", NULL);
  menu_button = mg_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_true (gtk_widget_get_mapped (popover));
  check_tree (check, "main menu", popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  mg_test_settle (GTK_WIDGET (window));
}

static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
report (Check *check)
{
  g_autofree const char **offenders = (const char **) g_hash_table_get_keys_as_array (check->offenders, NULL);
  guint n = g_hash_table_size (check->offenders);

  g_test_message ("%s: %u texts read, %u in English", check->language, check->n_texts, n);
  g_sort_array (offenders, n, sizeof (char *), compare_strings_cb, NULL);
  for (guint i = 0; i < n; i++)
    g_test_message ("%s, in English: %s", check->language, offenders[i]);
}

static void
test_language (gconstpointer data)
{
  const char *language = data;
  Check check = { 0 };
  MgWindow *window;

  mg_test_switch_language (app, language);
  check_init (&check, language);

  window = mg_test_window_new (app, 1200, 800);
  check_pages (&check, window);
  check_search (&check, window);
  check_tools (&check, window);
  check_app_dialogs (&check, window);
  mg_test_window_destroy (window);

  report (&check);
  /* Enough was read for the check to mean something. */
  g_assert_cmpuint (check.n_texts, >, 500);
  if (g_hash_table_size (check.offenders) > 0)
    g_test_fail_printf ("%u texts shown in English in %s", g_hash_table_size (check.offenders), language);
  check_clear (&check);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) linguas = NULL;
  MgIntakeStore *store;
  int status;

  mg_test_init (&argc, &argv);
  app = mg_test_application_new ();
  mg_test_answer_dose_guide (app);
  /* Held for the whole run: each window's checklist shows this store. */
  store = mg_test_tick_foods ();

  linguas = g_strsplit (g_getenv ("MG_LINGUAS"), " ", -1);
  for (guint i = 0; linguas[i] != NULL; i++) {
    g_autofree char *path = g_strdup_printf ("/display-language/%s", linguas[i]);

    if (*linguas[i] != '\0' && !g_str_equal (linguas[i], "en"))
      g_test_add_data_func (path, linguas[i], test_language);
  }

  status = g_test_run ();
  g_object_unref (store);
  g_object_unref (app);

  return status;
}
