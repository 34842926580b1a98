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

/* What the XML loader checks and the page view relies on: every page in
 * one section, in order, and every cited source listed. */
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

  return next_page == guide->pages->len;
}

static gboolean
load_compiled (MgGuide  *guide,
               GVariant *compiled)
{
  g_autoptr(GVariantIter) sections = NULL;
  g_autoptr(GVariantIter) sources = NULL;
  g_autoptr(GVariant) pages = NULL;
  const char *id, *title, *url;
  guint32 first, n;
  gboolean ok = TRUE;

  g_variant_get (compiled, "(a" MG_GUIDE_SECTION_TYPE "@a" MG_GUIDE_PAGE_TYPE "a" MG_GUIDE_SOURCE_TYPE ")",
                 &sections, &pages, &sources);
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
