/* mg-search.h: finding words across the article and the tools, in the
 * language shown, forgiving small typos and spelling variants
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-content.h"

G_BEGIN_DECLS

typedef struct {
  const MgPage *page;       /* (nullable): NULL for a tool */
  const char   *link;       /* the page's id, or the tool's link */
  const char   *title;      /* plain, in the language of the index */
  guint         block;      /* index of the block holding the first match */
  char         *snippet;    /* Pango markup, the match in <b> */
  guint         n_matches;  /* on the whole page */
} MgSearchResult;

typedef struct _MgSearchIndex MgSearchIndex;

MgSearchIndex *mg_search_index_new       (MgGuide            *guide);
void           mg_search_index_add_tool  (MgSearchIndex      *self,
                                          const char         *link,
                                          const char         *title,
                                          const char         *keywords,
                                          const char * const *texts);
void           mg_search_index_free      (MgSearchIndex      *self);
GPtrArray     *mg_search_index_query     (MgSearchIndex      *self,
                                          const char         *query);
char          *mg_search_index_dup_marks (MgSearchIndex      *self,
                                          const char         *query);
char          *mg_search_fold            (const char         *text,
                                          GArray             *offsets);
guint          mg_search_distance        (const char         *a,
                                          const char         *b,
                                          guint               bound);
char          *mg_search_mark            (const char         *text,
                                          const char         *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgSearchIndex, mg_search_index_free)

G_END_DECLS
