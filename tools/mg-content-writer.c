/* mg-content-writer.c: writes a checked guide in the compiled form the app
 * loads (mg-content.c), a build-time tool
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-content-writer"

#include "config.h"

#include "mg-content-private.h"
#include "mg-content-writer.h"

static GVariant *
strv_variant (GStrv strv)
{
  return g_variant_new_strv ((const char * const *) strv, strv != NULL ? -1 : 0);
}

static GVariant *
block_variant (const MgBlock *block)
{
  GVariant *items = block->items != NULL
    ? g_variant_new_strv ((const char * const *) block->items->pdata, block->items->len)
    : g_variant_new_strv (NULL, 0);

  return g_variant_new ("(us@as@asu)", block->kind, block->text != NULL ? block->text : "",
                        items, strv_variant (block->sources), block->line);
}

static GVariant *
page_variant (const MgPage *page)
{
  GVariantBuilder blocks;

  g_variant_builder_init (&blocks, G_VARIANT_TYPE ("a" MG_GUIDE_BLOCK_TYPE));
  for (guint i = 0; i < page->blocks->len; i++)
    g_variant_builder_add_value (&blocks, block_variant (g_ptr_array_index (page->blocks, i)));

  return g_variant_new ("(sss@asua" MG_GUIDE_BLOCK_TYPE ")", page->id, page->title, page->reviewed,
                        strv_variant (page->sources), page->section, &blocks);
}

/**
 * mg_guide_compile:
 *
 * Returns the guide in its compiled form, for mg_guide_new_from_compiled().
 */
GBytes *
mg_guide_compile (MgGuide *self)
{
  GVariantBuilder sections, pages, sources, figures;
  g_autoptr(GVariant) guide = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  g_variant_builder_init (&sections, G_VARIANT_TYPE ("a" MG_GUIDE_SECTION_TYPE));
  for (guint i = 0; i < self->sections->len; i++) {
    const MgSection *section = g_ptr_array_index (self->sections, i);

    g_variant_builder_add (&sections, MG_GUIDE_SECTION_TYPE, section->id, section->title,
                           section->first_page, section->n_pages);
  }
  g_variant_builder_init (&pages, G_VARIANT_TYPE ("a" MG_GUIDE_PAGE_TYPE));
  for (guint i = 0; i < self->pages->len; i++)
    g_variant_builder_add_value (&pages, page_variant (g_ptr_array_index (self->pages, i)));
  g_variant_builder_init (&sources, G_VARIANT_TYPE ("a" MG_GUIDE_SOURCE_TYPE));
  for (guint i = 0; i < self->sources->len; i++) {
    const MgSource *source = g_ptr_array_index (self->sources, i);

    g_variant_builder_add (&sources, MG_GUIDE_SOURCE_TYPE, source->id, source->title, source->url);
  }

  g_variant_builder_init (&figures, G_VARIANT_TYPE ("a" MG_GUIDE_FIGURE_TYPE));
  for (guint i = 0; i < self->figures->len; i++) {
    const MgFigure *figure = g_ptr_array_index (self->figures, i);

    /* The floating array is taken by the new tuple, as in page_variant (). */
    g_variant_builder_add_value (&figures, g_variant_new ("(ssss@as)", figure->id, figure->value,
                                                          figure->to != NULL ? figure->to : "", figure->unit,
                                                          strv_variant (figure->sources)));
  }

  guide = g_variant_ref_sink (g_variant_new (MG_GUIDE_COMPILED_TYPE, &sections, &pages, &sources, &figures));
  guide = mg_content_little_endian (guide);

  return g_variant_get_data_as_bytes (guide);
}
