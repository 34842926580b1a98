/* mg-catalog.c: one language's messages, read from a gettext .mo file
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app looks its messages up here rather than through the C library's
 * gettext (), whose choice of language comes from the environment: it
 * ignores LANGUAGE under the C and C.UTF-8 locales, and switching it live
 * means setenv () while GTK's threads may read the environment. A catalogue
 * is read once, checked in full, and then only read, so any thread may use
 * it. The format is GNU gettext's (“The Format of GNU MO Files”); the
 * system-dependent strings of revision 1 are not used by this app's
 * catalogues and are ignored.
 */

#define G_LOG_DOMAIN "mg-catalog"

#include "config.h"

#include <string.h>

#include "mg-catalog.h"

#define MO_MAGIC 0x950412deU
#define MO_HEADER_SIZE 28
#define PLURAL_MAX_DEPTH 32

/* A translation in the file: its plural forms follow each other, each
 * ending in NUL, in length bytes. */
typedef struct {
  const char *text;
  gsize length;
} Translation;

struct _MgCatalog {
  gatomicrefcount ref_count;
  GBytes *bytes;
  /* The file's translations, and msgid (with "context\004" before it) → one
   * of them; msgids and texts point into bytes. */
  Translation *translations;
  GHashTable *messages;
  guint n_plurals;
  char *plural;
};

G_DEFINE_QUARK (mg-catalog-error-quark, mg_catalog_error)

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swap)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swap ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Plural-Forms expressions: the subset of C that gettext allows, over n. */
typedef struct {
  const char *p;
  gulong n;
  guint depth;
  gboolean failed;
} Plural;

static gulong plural_ternary (Plural *self);

static void
plural_skip_space (Plural *self)
{
  while (*self->p == ' ' || *self->p == '\t' || *self->p == '\n')
    self->p++;
}

static gboolean
plural_accept (Plural     *self,
               const char *token)
{
  gsize len = strlen (token);

  plural_skip_space (self);
  if (strncmp (self->p, token, len) != 0)
    return FALSE;
  /* “<” is not the start of “<=”, nor “!” of “!=”, nor “=” alone a token. */
  if (len == 1 && strchr ("<>!", token[0]) != NULL && self->p[1] == '=')
    return FALSE;
  self->p += len;
  return TRUE;
}

static gulong
plural_fail (Plural *self)
{
  self->failed = TRUE;
  return 0;
}

static gulong
plural_primary (Plural *self)
{
  plural_skip_space (self);

  if (self->failed || ++self->depth > PLURAL_MAX_DEPTH)
    return plural_fail (self);

  if (plural_accept (self, "!")) {
    gulong value = plural_primary (self);
    self->depth--;
    return !value;
  }

  if (plural_accept (self, "(")) {
    gulong value = plural_ternary (self);
    if (!plural_accept (self, ")"))
      return plural_fail (self);
    self->depth--;
    return value;
  }

  self->depth--;

  if (*self->p == 'n') {
    self->p++;
    return self->n;
  }

  if (g_ascii_isdigit (*self->p)) {
    gulong value = 0;

    while (g_ascii_isdigit (*self->p)) {
      if (value > G_MAXULONG / 10 - 1)
        return plural_fail (self);
      value = value * 10 + (gulong) (*self->p - '0');
      self->p++;
    }
    return value;
  }

  return plural_fail (self);
}

static gulong
plural_product (Plural *self)
{
  gulong value = plural_primary (self);

  for (;;) {
    if (plural_accept (self, "*")) {
      value *= plural_primary (self);
    } else if (plural_accept (self, "/") || plural_accept (self, "%")) {
      char op = self->p[-1];
      gulong right = plural_primary (self);
      if (right == 0)
        return plural_fail (self);
      value = op == '/' ? value / right : value % right;
    } else {
      return value;
    }
  }
}

static gulong
plural_sum (Plural *self)
{
  gulong value = plural_product (self);

  for (;;) {
    if (plural_accept (self, "+"))
      value += plural_product (self);
    else if (plural_accept (self, "-"))
      value -= plural_product (self);
    else
      return value;
  }
}

static gulong
plural_relation (Plural *self)
{
  gulong value = plural_sum (self);

  for (;;) {
    if (plural_accept (self, "<="))
      value = value <= plural_sum (self);
    else if (plural_accept (self, ">="))
      value = value >= plural_sum (self);
    else if (plural_accept (self, "<"))
      value = value < plural_sum (self);
    else if (plural_accept (self, ">"))
      value = value > plural_sum (self);
    else
      return value;
  }
}

static gulong
plural_equality (Plural *self)
{
  gulong value = plural_relation (self);

  for (;;) {
    if (plural_accept (self, "=="))
      value = value == plural_relation (self);
    else if (plural_accept (self, "!="))
      value = value != plural_relation (self);
    else
      return value;
  }
}

static gulong
plural_and (Plural *self)
{
  gulong value = plural_equality (self);

  while (plural_accept (self, "&&")) {
    gulong right = plural_equality (self);
    value = value && right;
  }
  return value;
}

static gulong
plural_or (Plural *self)
{
  gulong value = plural_and (self);

  while (plural_accept (self, "||")) {
    gulong right = plural_and (self);
    value = value || right;
  }
  return value;
}

static gulong
plural_ternary (Plural *self)
{
  gulong condition = plural_or (self);
  gulong if_true, if_false;

  if (!plural_accept (self, "?"))
    return condition;

  if (self->failed || ++self->depth > PLURAL_MAX_DEPTH)
    return plural_fail (self);
  if_true = plural_ternary (self);
  if (!plural_accept (self, ":"))
    return plural_fail (self);
  if_false = plural_ternary (self);
  self->depth--;

  return condition ? if_true : if_false;
}

/* Evaluates @expression for @n; FALSE if it is not a valid expression. */
static gboolean
plural_evaluate (const char *expression,
                 gulong      n,
                 gulong     *result)
{
  Plural plural = { expression, n, 0, FALSE };
  gulong value = plural_ternary (&plural);

  plural_skip_space (&plural);
  if (plural.failed || (*plural.p != '\0' && *plural.p != ';'))
    return FALSE;

  *result = value;
  return TRUE;
}

/* Reads “nplurals=N; plural=EXPR;” from the catalogue's header. */
static gboolean
read_plural_forms (MgCatalog  *self,
                   const char *header,
                   GError    **error)
{
  const char *line = strstr (header, "Plural-Forms:");
  g_autofree char *forms = NULL;
  const char *nplurals, *plural;
  char *end;
  guint64 n;

  self->n_plurals = 2;
  g_free (self->plural);
  self->plural = g_strdup ("n != 1");
  if (line == NULL)
    return TRUE;

  forms = g_strndup (line, strcspn (line, "\n"));
  nplurals = strstr (forms, "nplurals=");
  plural = strstr (forms, "plural=");
  if (nplurals == NULL || plural == NULL)
    goto invalid;

  n = g_ascii_strtoull (nplurals + strlen ("nplurals="), &end, 10);
  if (end == nplurals + strlen ("nplurals=") || n < 1 || n > 16)
    goto invalid;

  g_free (self->plural);
  self->plural = g_strndup (plural + strlen ("plural="), strcspn (plural + strlen ("plural="), ";"));
  self->n_plurals = (guint) n;

  /* A formula that fails for any count fails for one of these. */
  for (gulong i = 0; i < 200; i++) {
    gulong form;

    if (!plural_evaluate (self->plural, i, &form))
      goto invalid;
  }
  return TRUE;

invalid:
  g_set_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID,
               "The catalogue's Plural-Forms header is not valid: %s", forms);
  return FALSE;
}

/* Whether each of the NUL-separated strings in @length bytes is UTF-8: a
 * plural message is its forms one after another. */
static gboolean
strings_are_utf8 (const char *text,
                  gsize       length)
{
  const char *end = text + length;

  while (text < end) {
    const char *piece_end;

    if (!g_utf8_validate (text, (gssize) (end - text), &piece_end) && *piece_end != '\0')
      return FALSE;
    text = piece_end + 1;
  }

  return TRUE;
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID,
               "Not a valid message catalogue: %s", what);
  return FALSE;
}

static gboolean
load (MgCatalog *self,
      GError   **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  guint32 magic, revision, n, originals, translations;
  gboolean swap;

  if (size < MO_HEADER_SIZE)
    return invalid (error, "too short");

  memcpy (&magic, data, sizeof magic);
  if (magic == MO_MAGIC)
    swap = FALSE;
  else if (GUINT32_SWAP_LE_BE (magic) == MO_MAGIC)
    swap = TRUE;
  else
    return invalid (error, "no .mo signature");

  revision = read_u32 (data, 4, swap);
  if ((revision >> 16) > 1)
    return invalid (error, "a format revision this app does not know");

  n = read_u32 (data, 8, swap);
  originals = read_u32 (data, 12, swap);
  translations = read_u32 (data, 16, swap);
  if (n > (size - MO_HEADER_SIZE) / 16 ||
      originals > size || (gsize) n * 8 > size - originals ||
      translations > size || (gsize) n * 8 > size - translations)
    return invalid (error, "its tables go past its end");

  self->translations = g_new0 (Translation, n);
  for (guint32 i = 0; i < n; i++) {
    guint32 id_length = read_u32 (data, originals + 8 * i, swap);
    guint32 id_offset = read_u32 (data, originals + 8 * i + 4, swap);
    guint32 length = read_u32 (data, translations + 8 * i, swap);
    guint32 offset = read_u32 (data, translations + 8 * i + 4, swap);
    const char *msgid = (const char *) data + id_offset;
    const char *translation = (const char *) data + offset;

    if (id_offset >= size || id_length >= size - id_offset || data[id_offset + id_length] != '\0' ||
        offset >= size || length >= size - offset || data[offset + length] != '\0')
      return invalid (error, "a message goes past its end");

    /* Only a translation that is whole UTF-8 is used: a damaged one must not
     * reach a label, which would refuse it. */
    if (!strings_are_utf8 (translation, length) || !strings_are_utf8 (msgid, id_length))
      return invalid (error, "a message is not UTF-8");

    if (*msgid == '\0') {
      /* msgfmt writes one header; a second would say the file is not
       * what msgfmt wrote. */
      if (self->plural != NULL)
        return invalid (error, "more than one header");
      if (!read_plural_forms (self, translation, error))
        return FALSE;
      continue;
    }

    if (length == 0)
      continue;

    self->translations[i] = (Translation) { translation, length };
    g_hash_table_insert (self->messages, (gpointer) msgid, &self->translations[i]);
  }

  if (self->plural == NULL) {
    self->n_plurals = 2;
    self->plural = g_strdup ("n != 1");
  }

  return TRUE;
}

/**
 * mg_catalog_new_from_bytes:
 * @bytes: the contents of a .mo file
 *
 * Reads and checks a whole catalogue. Messages point into @bytes, which the
 * catalogue keeps.
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with @error set
 */
MgCatalog *
mg_catalog_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  MgCatalog *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (MgCatalog, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->bytes = g_bytes_ref (bytes);
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);

  if (!load (self, error)) {
    mg_catalog_unref (self);
    return NULL;
  }

  return self;
}

/**
 * mg_catalog_new_from_file:
 * @path: a .mo file
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with @error set
 */
MgCatalog *
mg_catalog_new_from_file (const char *path,
                          GError    **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  MgCatalog *self;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (file);
  self = mg_catalog_new_from_bytes (bytes, error);
  if (self == NULL)
    g_prefix_error (error, "%s: ", path);

  return self;
}

MgCatalog *
mg_catalog_ref (MgCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
mg_catalog_unref (MgCatalog *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->messages);
  g_free (self->translations);
  g_bytes_unref (self->bytes);
  g_free (self->plural);
  g_free (self);
}

static const Translation *
find (MgCatalog  *self,
      const char *context,
      const char *msgid)
{
  g_autofree char *key = NULL;

  if (context == NULL)
    return g_hash_table_lookup (self->messages, msgid);

  key = g_strconcat (context, "\004", msgid, NULL);
  return g_hash_table_lookup (self->messages, key);
}

/**
 * mg_catalog_lookup:
 * @self: (nullable): a catalogue, or %NULL for none
 * @context: (nullable): the message's context, as for pgettext ()
 * @msgid: the English message
 *
 * Returns: the translation, or @msgid where the catalogue has none
 */
const char *
mg_catalog_lookup (MgCatalog  *self,
                   const char *context,
                   const char *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (self == NULL || *msgid == '\0')
    return msgid;

  translation = find (self, context, msgid);
  return translation != NULL ? translation->text : msgid;
}

/**
 * mg_catalog_lookup_plural:
 *
 * Returns: the form of the translation for @n, as GNU ngettext chooses it, or
 *   @msgid or @msgid_plural where the catalogue has none
 */
const char *
mg_catalog_lookup_plural (MgCatalog  *self,
                          const char *msgid,
                          const char *msgid_plural,
                          gulong      n)
{
  const char *english = n == 1 ? msgid : msgid_plural;
  const Translation *translation;
  const char *form;
  gulong index;

  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  if (self == NULL)
    return english;
  translation = find (self, NULL, msgid);
  if (translation == NULL)
    return english;

  if (!plural_evaluate (self->plural, n, &index) || index >= self->n_plurals)
    return english;

  /* The forms follow each other, each ending in NUL; a catalogue with fewer
   * forms than its header says gives the English one. */
  form = translation->text;
  for (gulong i = 0; i < index; i++) {
    gsize used = (gsize) (form - translation->text) + strlen (form) + 1;

    if (used >= translation->length)
      return english;
    form = translation->text + used;
  }

  return form;
}

/**
 * mg_catalog_get_n_messages:
 *
 * Returns: how many translated messages the catalogue holds
 */
guint
mg_catalog_get_n_messages (MgCatalog *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->messages);
}
