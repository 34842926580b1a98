/* fuzz-content.c: the content file's parser, mg_guide_new_from_data (), fed any
 * bytes. It must refuse what it cannot use with an error, never crash or
 * leak, and what it accepts must hold together as the page view expects.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-fuzz-content"

#include "config.h"

#include "mg-content-parser.h"
#include "mg-fuzz.h"

static void
check_message_cb (gpointer data,
                  gpointer user_data)
{
  g_autofree char *plain = mg_markup_to_plain (data);

  g_assert_nonnull (plain);
  (*(guint *) user_data)++;
}

static void
check_page (MgGuide      *guide,
            const MgPage *page,
            guint         index)
{
  g_assert_true (mg_guide_lookup_page (guide, page->id) == page);
  g_assert_cmpuint (page->index, ==, index);
  g_assert_cmpuint (page->section, <, mg_guide_get_n_sections (guide));
  g_assert_nonnull (page->title);
  g_assert_cmpuint (page->blocks->len, >, 0);
  /* mg_i18n_format_date () shows it; nothing but YYYY-MM-DD may pass. */
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", page->reviewed, 0, 0));

  for (guint i = 0; page->sources[i] != NULL; i++)
    g_assert_nonnull (mg_guide_lookup_source (guide, page->sources[i]));

  for (guint b = 0; b < page->blocks->len; b++) {
    const MgBlock *block = g_ptr_array_index (page->blocks, b);

    g_assert_cmpint (block->kind, <=, MG_BLOCK_NOTE);
    g_assert_true ((block->text != NULL) == (block->kind == MG_BLOCK_HEADING ||
                                              block->kind == MG_BLOCK_PARAGRAPH));
    g_assert_true (block->items == NULL || block->items->len > 0);
    for (guint s = 0; block->sources != NULL && block->sources[s] != NULL; s++)
      g_assert_nonnull (mg_guide_lookup_source (guide, block->sources[s]));
  }
}

/* What MgPageView and the sidebar rely on: pages in their sections' ranges,
 * ids that find their page, every citation in the source list. */
static void
check_guide (MgGuide *guide)
{
  guint n_pages = mg_guide_get_n_pages (guide);
  guint n_in_sections = 0;
  guint n_messages = 0;

  g_assert_cmpuint (n_pages, >, 0);
  for (guint i = 0; i < n_pages; i++)
    check_page (guide, mg_guide_get_page (guide, i), i);

  for (guint i = 0; i < mg_guide_get_n_sections (guide); i++) {
    const MgSection *section = mg_guide_get_section (guide, i);

    g_assert_cmpuint (section->first_page, ==, n_in_sections);
    g_assert_cmpuint (section->n_pages, >, 0);
    g_assert_nonnull (section->title);
    n_in_sections += section->n_pages;
  }
  g_assert_cmpuint (n_in_sections, ==, n_pages);

  for (guint i = 0; i < mg_guide_get_n_sources (guide); i++) {
    const MgSource *source = mg_guide_get_source (guide, i);

    g_assert_true (mg_guide_lookup_source (guide, source->id) == source);
    g_assert_true (g_str_has_prefix (source->url, "https://"));
  }

  mg_guide_foreach_message (guide, check_message_cb, &n_messages);
  g_assert_cmpuint (n_messages, >=, 2 * n_pages);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGuide) guide = mg_guide_new_from_data ((const char *) data, size, "fuzz.guide.xml",
                                                     &error);

  if (guide == NULL) {
    /* The app shows this error and the file and line it names. */
    g_assert_nonnull (error);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    return 0;
  }

  g_assert_no_error (error);
  check_guide (guide);
  return 0;
}
