/* mg-content.c: the article, loaded from its compiled form
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-content"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "mg-content-private.h"
#include "mg-i18n.h"

G_DEFINE_QUARK (mg-content-error-quark, mg_content_error)
G_DEFINE_BOXED_TYPE (MgGuide, mg_guide, mg_guide_ref, mg_guide_unref)

void
mg_block_free (gpointer data)
{
  MgBlock *block = data;

  g_free (block->text);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_strfreev (block->sources);
  g_free (block);
}

static void
page_free (gpointer data)
{
  MgPage *page = data;

  g_free (page->id);
  g_free (page->title);
  g_free (page->reviewed);
  g_strfreev (page->sources);
  g_ptr_array_unref (page->blocks);
  g_free (page);
}

static void
section_free (gpointer data)
{
  MgSection *section = data;

  g_free (section->id);
  g_free (section->title);
  g_free (section);
}

static void
source_free (gpointer data)
{
  MgSource *source = data;

  g_free (source->id);
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

void
mg_figure_free (gpointer data)
{
  MgFigure *figure = data;

  g_free (figure->id);
  g_free (figure->value);
  g_free (figure->to);
  g_free (figure->unit);
  g_strfreev (figure->sources);
  g_free (figure);
}

/* The units a figure may have; the loader writes each in the interface
 * language (see format_unit ()). */
static const char * const figure_units[] = { "", "mg", "%", "ng/mL", "hours", NULL };

static gboolean
is_figure_number (const char *text)
{
  const char *dot = text != NULL ? strchr (text, '.') : NULL;
  gsize length = text != NULL ? strlen (text) : 0;

  if (length == 0 || length > 9 || strspn (text, "0123456789.") != length || !g_ascii_isdigit (*text))
    return FALSE;

  /* At most three decimals, and one point with digits after it. */
  return dot == NULL || (strchr (dot + 1, '.') == NULL && dot[1] != '\0' && strlen (dot + 1) <= 3);
}

/**
 * mg_figure_check:
 *
 * Whether a figure's value, range end (nullable) and unit are ones the
 * loader can write: digits with at most three decimals, a known unit.
 */
gboolean
mg_figure_check (const char *value,
                 const char *to,
                 const char *unit)
{
  return is_figure_number (value) && (to == NULL || is_figure_number (to)) &&
         unit != NULL && g_strv_contains (figure_units, unit);
}

/* Whether @name can name a figure: lower-case letters, digits and '-'. */
static gboolean
is_placeholder_name (const char *name,
                     gsize       length)
{
  if (length == 0 || length > 40 || !g_ascii_islower (*name))
    return FALSE;
  for (gsize i = 0; i < length; i++) {
    if (!g_ascii_islower (name[i]) && !g_ascii_isdigit (name[i]) && name[i] != '-')
      return FALSE;
  }

  return TRUE;
}

/**
 * mg_placeholders_scan:
 * @names: (nullable): gets the name of each placeholder, in order
 *
 * Reads the {name} placeholders of a message. Returns FALSE when a brace
 * stands alone or holds something that is not a name.
 */
gboolean
mg_placeholders_scan (const char *text,
                      GPtrArray  *names)
{
  const char *p = text;

  while ((p = strpbrk (p, "{}")) != NULL) {
    const char *end = *p == '{' ? strchr (p, '}') : NULL;

    if (end == NULL || !is_placeholder_name (p + 1, (gsize) (end - p - 1)))
      return FALSE;
    if (names != NULL)
      g_ptr_array_add (names, g_strndup (p + 1, (gsize) (end - p - 1)));
    p = end + 1;
  }

  return TRUE;
}

/* A guide with nothing in it yet, for a loader to fill. */
MgGuide *
mg_guide_new_empty (void)
{
  MgGuide *self = g_new0 (MgGuide, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->sections = g_ptr_array_new_with_free_func (section_free);
  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->page_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->figures = g_ptr_array_new_with_free_func (mg_figure_free);
  self->figure_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->filled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_mutex_init (&self->lock);

  return self;
}

/**
 * mg_guide_get_default:
 *
 * Returns: (transfer none): the article that ships with the app, loaded
 * once: the app shows it, and the dose guide cites its sources
 */
MgGuide *
mg_guide_get_default (void)
{
  static MgGuide *guide;

  if (g_once_init_enter_pointer (&guide)) {
    g_autoptr(GError) error = NULL;
    MgGuide *loaded = mg_guide_new_from_resource (RESOURCE_PATH "/content/magnesium-guide.guide", &error);

    if (loaded == NULL)
      g_error ("The article is damaged, please reinstall the app: %s", error->message);
    g_once_init_leave_pointer (&guide, loaded);
  }

  return guide;
}

/**
 * mg_guide_new_from_resource:
 *
 * Loads the compiled guide at @resource_path (see tools/mg-content-writer.c).
 */
MgGuide *
mg_guide_new_from_resource (const char  *resource_path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return mg_guide_new_from_compiled (bytes, resource_path, error);
}

/* The compiled form is little-endian; this takes @value and returns it so. */
GVariant *
mg_content_little_endian (GVariant *value)
{
  GVariant *swapped;

  if (G_BYTE_ORDER == G_LITTLE_ENDIAN)
    return value;

  swapped = g_variant_byteswap (value);
  g_variant_unref (value);
  return swapped;
}

static GStrv
dup_strv_or_null (GVariant *strv)
{
  return g_variant_n_children (strv) > 0 ? g_variant_dup_strv (strv, NULL) : NULL;
}

static gboolean
load_block (MgPage   *page,
            GVariant *value)
{
  MgBlock *block = g_new0 (MgBlock, 1);
  g_autoptr(GVariant) items = NULL;
  g_autoptr(GVariant) sources = NULL;
  const char *text;
  guint32 kind;

  g_variant_get (value, "(u&s@as@asu)", &kind, &text, &items, &sources, &block->line);
  g_ptr_array_add (page->blocks, block);
  block->kind = (MgBlockKind) kind;
  block->sources = dup_strv_or_null (sources);
  if (kind == MG_BLOCK_LIST || kind == MG_BLOCK_NOTE) {
    block->items = g_ptr_array_new_full ((guint) g_variant_n_children (items), g_free);
    for (gsize i = 0; i < g_variant_n_children (items); i++) {
      char *item;

      g_variant_get_child (items, i, "s", &item);
      g_ptr_array_add (block->items, item);
    }
  } else {
    block->text = g_strdup (text);
  }

  return kind <= MG_BLOCK_NOTE && (block->text != NULL ? *block->text != '\0' : block->items->len > 0);
}

static gboolean
load_page (MgGuide  *guide,
           GVariant *value)
{
  MgPage *page = g_new0 (MgPage, 1);
  g_autoptr(GVariant) sources = NULL;
  g_autoptr(GVariant) blocks = NULL;
  const char *id, *title, *reviewed;
  gboolean ok = TRUE;

  g_variant_get (value, "(&s&s&s@asu@a" MG_GUIDE_BLOCK_TYPE ")", &id, &title, &reviewed, &sources,
                 &page->section, &blocks);
  page->id = g_strdup (id);
  page->title = g_strdup (title);
  page->reviewed = g_strdup (reviewed);
  page->sources = dup_strv_or_null (sources);
  page->index = guide->pages->len;
  page->blocks = g_ptr_array_new_with_free_func (mg_block_free);
  g_ptr_array_add (guide->pages, page);

  for (gsize i = 0; i < g_variant_n_children (blocks); i++) {
    g_autoptr(GVariant) block = g_variant_get_child_value (blocks, i);

    ok = load_block (page, block) && ok;
  }

  return ok && *page->title != '\0' && g_hash_table_insert (guide->page_ids, page->id, page);
}

static gboolean
cites_known_sources (MgGuide *guide,
                     GStrv    ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++) {
    if (!g_hash_table_contains (guide->source_ids, ids[i]))
      return FALSE;
  }

  return TRUE;
}

/* Every placeholder of a message names a figure of the guide. */
static gboolean
names_known_figures (MgGuide    *guide,
                     const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (text == NULL)
    return TRUE;
  if (!mg_placeholders_scan (text, names))
    return FALSE;
  for (guint i = 0; i < names->len; i++) {
    if (!g_hash_table_contains (guide->figure_ids, g_ptr_array_index (names, i)))
      return FALSE;
  }

  return TRUE;
}

static void
check_figures_cb (gpointer data,
                  gpointer user_data)
{
  gpointer *state = user_data;

  if (!names_known_figures (state[0], data))
    state[1] = GINT_TO_POINTER (FALSE);
}

/* What the XML loader checks and the page view relies on: every page in
 * one section, in order, every cited source listed, and every figure a
 * message names, with the sources it names. */
static gboolean
check_compiled (MgGuide *guide)
{
  guint next_page = 0;

  if (guide->pages->len == 0)
    return FALSE;

  for (guint i = 0; i < guide->sections->len; i++) {
    const MgSection *section = g_ptr_array_index (guide->sections, i);

    if (section->first_page != next_page || section->n_pages == 0 ||
        section->n_pages > guide->pages->len - next_page)
      return FALSE;
    for (guint p = next_page; p < next_page + section->n_pages; p++) {
      if (((MgPage *) g_ptr_array_index (guide->pages, p))->section != i)
        return FALSE;
    }
    next_page += section->n_pages;
  }

  for (guint i = 0; i < guide->pages->len; i++) {
    const MgPage *page = g_ptr_array_index (guide->pages, i);

    if (!cites_known_sources (guide, page->sources))
      return FALSE;
    for (guint b = 0; b < page->blocks->len; b++) {
      if (!cites_known_sources (guide, ((MgBlock *) g_ptr_array_index (page->blocks, b))->sources))
        return FALSE;
    }
  }

  for (guint i = 0; i < guide->figures->len; i++) {
    const MgFigure *figure = g_ptr_array_index (guide->figures, i);

    if (!mg_figure_check (figure->value, figure->to, figure->unit) || figure->sources == NULL ||
        !cites_known_sources (guide, figure->sources))
      return FALSE;
  }

  if (next_page == guide->pages->len) {
    gpointer state[2] = { guide, GINT_TO_POINTER (TRUE) };

    mg_guide_foreach_message (guide, check_figures_cb, state);
    return GPOINTER_TO_INT (state[1]);
  }

  return FALSE;
}

static gboolean
load_compiled (MgGuide  *guide,
               GVariant *compiled)
{
  g_autoptr(GVariantIter) sections = NULL;
  g_autoptr(GVariantIter) sources = NULL;
  g_autoptr(GVariantIter) figures = NULL;
  g_autoptr(GVariant) pages = NULL;
  g_autoptr(GVariant) figure_sources = NULL;
  const char *id, *title, *url, *value, *to, *unit;
  guint32 first, n;
  gboolean ok = TRUE;

  g_variant_get (compiled, "(a" MG_GUIDE_SECTION_TYPE "@a" MG_GUIDE_PAGE_TYPE "a" MG_GUIDE_SOURCE_TYPE
                 "a" MG_GUIDE_FIGURE_TYPE ")", &sections, &pages, &sources, &figures);
  while (g_variant_iter_next (sections, "(&s&suu)", &id, &title, &first, &n)) {
    MgSection *section = g_new0 (MgSection, 1);

    section->id = g_strdup (id);
    section->title = g_strdup (title);
    section->first_page = first;
    section->n_pages = n;
    g_ptr_array_add (guide->sections, section);
  }
  while (g_variant_iter_next (sources, "(&s&s&s)", &id, &title, &url)) {
    MgSource *source = g_new0 (MgSource, 1);

    source->id = g_strdup (id);
    source->title = g_strdup (title);
    source->url = g_strdup (url);
    g_ptr_array_add (guide->sources, source);
    ok = g_hash_table_insert (guide->source_ids, source->id, source) && ok;
  }
  while (g_variant_iter_next (figures, "(&s&s&s&s@as)", &id, &value, &to, &unit, &figure_sources)) {
    MgFigure *figure = g_new0 (MgFigure, 1);

    figure->id = g_strdup (id);
    figure->value = g_strdup (value);
    figure->to = *to != '\0' ? g_strdup (to) : NULL;
    figure->unit = g_strdup (unit);
    figure->sources = dup_strv_or_null (figure_sources);
    g_clear_pointer (&figure_sources, g_variant_unref);
    g_ptr_array_add (guide->figures, figure);
    ok = g_hash_table_insert (guide->figure_ids, figure->id, figure) && ok;
  }
  for (gsize i = 0; i < g_variant_n_children (pages); i++) {
    g_autoptr(GVariant) page = g_variant_get_child_value (pages, i);

    ok = load_page (guide, page) && ok;
  }

  return ok && check_compiled (guide);
}

/**
 * mg_guide_new_from_compiled:
 * @name: the name errors give for the data
 *
 * Loads a guide from the bytes mg_guide_compile() (tools/) wrote.
 */
MgGuide *
mg_guide_new_from_compiled (GBytes      *bytes,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(MgGuide) guide = mg_guide_new_empty ();
  g_autoptr(GVariant) compiled = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  compiled = mg_content_little_endian (g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (MG_GUIDE_COMPILED_TYPE),
                                                                         bytes, FALSE)));

  if (!load_compiled (guide, compiled)) {
    g_set_error (error, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID,
                 "%s: the compiled guide is damaged; rebuild it from its content file", name);
    return NULL;
  }

  return g_steal_pointer (&guide);
}

MgGuide *
mg_guide_ref (MgGuide *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
mg_guide_unref (MgGuide *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->page_ids);
  g_hash_table_unref (self->source_ids);
  g_hash_table_unref (self->figure_ids);
  g_hash_table_unref (self->filled);
  g_mutex_clear (&self->lock);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->sources);
  g_free (self);
}

guint
mg_guide_get_n_pages (MgGuide *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

const MgPage *
mg_guide_get_page (MgGuide *self,
                   guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return g_ptr_array_index (self->pages, index);
}

const MgPage *
mg_guide_lookup_page (MgGuide    *self,
                      const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return id != NULL ? g_hash_table_lookup (self->page_ids, id) : NULL;
}

guint
mg_guide_get_n_sections (MgGuide *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sections->len;
}

const MgSection *
mg_guide_get_section (MgGuide *self,
                      guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

guint
mg_guide_get_n_sources (MgGuide *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sources->len;
}

const MgSource *
mg_guide_get_source (MgGuide *self,
                     guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);

  return g_ptr_array_index (self->sources, index);
}

const MgSource *
mg_guide_lookup_source (MgGuide    *self,
                        const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return id != NULL ? g_hash_table_lookup (self->source_ids, id) : NULL;
}

guint
mg_guide_get_n_figures (MgGuide *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->figures->len;
}

const MgFigure *
mg_guide_get_figure (MgGuide *self,
                     guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);

  return g_ptr_array_index (self->figures, index);
}

const MgFigure *
mg_guide_lookup_figure (MgGuide    *self,
                        const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return id != NULL ? g_hash_table_lookup (self->figure_ids, id) : NULL;
}

/* A number as the interface language writes it: "7,5" in Dutch, "5,000"
 * in English. */
static char *
format_number (const char *text)
{
  const char *dot = strchr (text, '.');
  double value = g_ascii_strtod (text, NULL);

  if (dot != NULL)
    return mg_i18n_format_decimal (value, (int) strlen (dot + 1));

  return mg_i18n_format_count ((guint) value);
}

static char *
format_unit (const char *number,
             gulong      count,
             const char *unit)
{
  if (g_str_equal (unit, "mg"))
    return g_strdup_printf (_("%s mg"), number);
  if (g_str_equal (unit, "%"))
    /* Translators: a percentage in the article, as in “23%”; put a
     * no-break space (U+00A0) before the sign if your language spaces it */
    return g_strdup_printf (C_("article figure", "%s%%"), number);
  if (g_str_equal (unit, "ng/mL"))
    /* Translators: a ferritin level in nanograms per millilitre; µg/L
     * gives the same number, if that is the unit used in your country */
    return g_strdup_printf (C_("article figure", "%s ng/mL"), number);
  if (g_str_equal (unit, "hours"))
    /* Translators: a time gap in the article, as in “at least 4 hours” */
    return g_strdup_printf (mg_i18n_ngettext ("%s hour", "%s hours", count), number);

  return g_strdup (number);
}

/**
 * mg_guide_format_figure:
 *
 * Returns: (nullable): the figure @id as the interface language writes
 * it, with its unit: "250 mg", "95–111 mg", "7,5"; NULL if there is none
 */
char *
mg_guide_format_figure (MgGuide    *self,
                        const char *id)
{
  const MgFigure *figure;
  g_autofree char *number = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  figure = mg_guide_lookup_figure (self, id);
  if (figure == NULL)
    return NULL;

  number = format_number (figure->value);
  if (figure->to != NULL) {
    g_autofree char *to = format_number (figure->to);
    char *range = g_strconcat (number, "–", to, NULL);

    g_free (number);
    number = range;
  }

  return format_unit (number, (gulong) g_ascii_strtod (figure->to != NULL ? figure->to : figure->value, NULL),
                      figure->unit);
}

static char *
replace_placeholders (MgGuide    *self,
                      const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  const char *open;

  while ((open = strchr (p, '{')) != NULL) {
    const char *close = strchr (open, '}');
    g_autofree char *id = g_strndup (open + 1, (gsize) (close - open - 1));
    g_autofree char *figure = mg_guide_format_figure (self, id);

    g_string_append_len (out, p, open - p);
    g_string_append (out, figure);
    p = close + 1;
  }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Why @translation cannot be shown for @msgid, or NULL if it can: it must
 * name the very figures the English names, each as often. */
static char *
placeholder_problem (MgGuide    *self,
                     const char *msgid,
                     const char *translation)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  if (!mg_placeholders_scan (translation, found))
    return g_strdup ("has a brace that is not a {placeholder}");
  for (guint i = 0; i < found->len; i++) {
    if (!g_hash_table_contains (self->figure_ids, g_ptr_array_index (found, i)))
      return g_strdup_printf ("names an unknown figure {%s}", (char *) g_ptr_array_index (found, i));
  }
  if (!mg_placeholders_scan (msgid, wanted))
    return g_strdup ("belongs to a damaged message");
  g_ptr_array_sort (wanted, compare_names);
  g_ptr_array_sort (found, compare_names);
  for (guint i = 0; i < MAX (wanted->len, found->len); i++) {
    const char *w = i < wanted->len ? g_ptr_array_index (wanted, i) : NULL;
    const char *f = i < found->len ? g_ptr_array_index (found, i) : NULL;

    if (g_strcmp0 (w, f) != 0)
      return w == NULL || (f != NULL && strcmp (f, w) < 0)
        ? g_strdup_printf ("adds the figure {%s}", f)
        : g_strdup_printf ("drops the figure {%s}", w);
  }

  return NULL;
}

/**
 * mg_guide_fill:
 * @msgid: a message of the guide
 * @translation: (nullable): its translation, or NULL for the English
 * @problem: (nullable): set when the translation cannot be used
 *
 * Returns the message with its {placeholders} replaced by the figures, as
 * the interface language writes them. A translation that drops, adds or
 * misnames a placeholder is not shown: @problem says why, and the English
 * comes back instead, so that no figure is lost or wrong.
 */
char *
mg_guide_fill (MgGuide     *self,
               const char  *msgid,
               const char  *translation,
               GError     **problem)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (translation != NULL && translation != msgid) {
    why = placeholder_problem (self, msgid, translation);
    if (why == NULL)
      return replace_placeholders (self, translation);
    g_set_error (problem, MG_CONTENT_ERROR, MG_CONTENT_ERROR_INVALID,
                 "The translation of “%.40s…” %s; showing the English", msgid, why);
  }

  /* The loader checked that the English names known figures only. */
  return names_known_figures (self, msgid) ? replace_placeholders (self, msgid) : g_strdup (msgid);
}

/* One filled text per language and message, kept as long as the guide. */
static const char *
cached_fill (MgGuide    *self,
             const char *language,
             const char *msgid,
             const char *translation)
{
  g_autofree char *key = g_strconcat (language, "\004", msgid, NULL);
  char *filled;

  g_mutex_lock (&self->lock);
  filled = g_hash_table_lookup (self->filled, key);
  if (filled == NULL) {
    g_autoptr(GError) problem = NULL;

    filled = mg_guide_fill (self, msgid, translation, &problem);
    if (problem != NULL)
      g_message ("%s", problem->message);
    g_hash_table_insert (self->filled, g_steal_pointer (&key), filled);
  }
  g_mutex_unlock (&self->lock);

  return filled;
}

/**
 * mg_guide_translate:
 *
 * Returns: (transfer none): @msgid in the interface language, with its
 * figures filled in (see mg_guide_fill()); a translation that cannot be
 * used is reported once and the English shown. The text lives as long as
 * the guide: one per message and language.
 */
const char *
mg_guide_translate (MgGuide    *self,
                    const char *msgid)
{
  const char *translation;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = mg_i18n_gettext (msgid);
  if (strchr (msgid, '{') == NULL && strchr (translation, '{') == NULL)
    return translation;

  return cached_fill (self, mg_i18n_get_language (), msgid, translation);
}

/**
 * mg_guide_get_english:
 *
 * Returns: (transfer none): @msgid in English with its figures filled in,
 * for a translation that cannot be shown for another reason (its markup)
 */
const char *
mg_guide_get_english (MgGuide    *self,
                      const char *msgid)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  return strchr (msgid, '{') == NULL ? msgid : cached_fill (self, "", msgid, msgid);
}

static void
foreach_block_message (MgBlock  *block,
                       GFunc     func,
                       gpointer  user_data)
{
  if (block->text != NULL)
    func (block->text, user_data);
  for (guint i = 0; block->items != NULL && i < block->items->len; i++)
    func (g_ptr_array_index (block->items, i), user_data);
}

/**
 * mg_guide_foreach_message:
 *
 * Calls @func with every translatable message of the guide, in order.
 */
void
mg_guide_foreach_message (MgGuide  *self,
                          GFunc     func,
                          gpointer  user_data)
{
  g_return_if_fail (self != NULL);

  for (guint s = 0; s < self->sections->len; s++) {
    const MgSection *section = g_ptr_array_index (self->sections, s);

    func (section->title, user_data);
    for (guint p = section->first_page; p < section->first_page + section->n_pages; p++) {
      MgPage *page = g_ptr_array_index (self->pages, p);

      func (page->title, user_data);
      for (guint b = 0; b < page->blocks->len; b++)
        foreach_block_message (g_ptr_array_index (page->blocks, b), func, user_data);
    }
  }
}

/**
 * mg_markup_without_links:
 *
 * Returns the message with its <a href="…"> tags taken out and their text
 * kept: the markup Pango reads, where GtkLabel reads links too. A
 * translation is checked with it, and printed with it.
 */
char *
mg_markup_without_links (const char *markup)
{
  GString *out;
  const char *p = markup;

  g_return_val_if_fail (markup != NULL, NULL);

  out = g_string_new (NULL);
  while (*p != '\0') {
    gboolean opening = g_str_has_prefix (p, "<a") && g_ascii_isspace (p[2]);
    gboolean closing = g_str_has_prefix (p, "</a") && (p[3] == '>' || g_ascii_isspace (p[3]));
    const char *end = opening || closing ? strchr (p, '>') : NULL;

    if (end != NULL) {
      p = end + 1;
    } else {
      g_string_append_c (out, *p);
      p++;
    }
  }

  return g_string_free (out, FALSE);
}

/**
 * mg_markup_to_plain:
 *
 * Returns the text of a message without its markup, for window titles and
 * accessible names. Invalid markup comes back as it is.
 */
char *
mg_markup_to_plain (const char *markup)
{
  GString *out = g_string_new (NULL);
  const char *p = markup;

  g_return_val_if_fail (markup != NULL, NULL);

  while (*p != '\0') {
    if (*p == '<') {
      const char *end = strchr (p, '>');
      if (end == NULL)
        break;
      p = end + 1;
    } else if (*p == '&') {
      static const struct { const char *entity; char c; } entities[] = {
        { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
      };
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && !found; i++) {
        if (g_str_has_prefix (p, entities[i].entity)) {
          g_string_append_c (out, entities[i].c);
          p += strlen (entities[i].entity);
          found = TRUE;
        }
      }
      if (!found)
        g_string_append_c (out, *p++);
    } else {
      g_string_append_c (out, *p++);
    }
  }

  return g_string_free (out, FALSE);
}
