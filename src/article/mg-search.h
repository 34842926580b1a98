/* mg-search.h: finding words across the article, in the language shown
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-content.h"

G_BEGIN_DECLS

typedef struct {
  const MgPage *page;
  guint         block;      /* index of the block holding the first match */
  char         *snippet;    /* Pango markup, the match in <b> */
  guint         n_matches;  /* on the whole page */
} MgSearchResult;

typedef struct _MgSearchIndex MgSearchIndex;

MgSearchIndex *mg_search_index_new    (MgGuide       *guide);
void           mg_search_index_free   (MgSearchIndex *self);
GPtrArray     *mg_search_index_query  (MgSearchIndex *self,
                                       const char    *query);
char          *mg_search_fold         (const char    *text,
                                       GArray        *offsets);
char          *mg_search_mark         (const char    *text,
                                       const char    *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgSearchIndex, mg_search_index_free)

G_END_DECLS
