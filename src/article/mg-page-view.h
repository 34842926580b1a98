/* mg-page-view.h: one page of the article
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-content.h"

G_BEGIN_DECLS

#define MG_TYPE_PAGE_VIEW (mg_page_view_get_type ())

G_DECLARE_FINAL_TYPE (MgPageView, mg_page_view, MG, PAGE_VIEW, AdwBin)

GtkWidget    *mg_page_view_new          (void);
void          mg_page_view_set_page     (MgPageView   *self,
                                         MgGuide      *guide,
                                         const MgPage *page);
const MgPage *mg_page_view_get_page     (MgPageView   *self);
char         *mg_page_view_dup_title    (MgPageView   *self);
gboolean      mg_page_view_get_narrow   (MgPageView   *self);
void          mg_page_view_set_narrow   (MgPageView   *self,
                                         gboolean      narrow);
void          mg_page_view_highlight    (MgPageView   *self,
                                         guint         block,
                                         const char   *query);
void          mg_page_view_clear_highlight (MgPageView *self);
gboolean      mg_page_view_get_highlighted (MgPageView *self);

GStrv         mg_page_dup_footer_sources (const MgPage *page);

G_END_DECLS
