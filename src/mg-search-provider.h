/* mg-search-provider.h: the app's pages and tools in GNOME Shell's search
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-application.h"

G_BEGIN_DECLS

#define MG_TYPE_SEARCH_PROVIDER (mg_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (MgSearchProvider, mg_search_provider, MG, SEARCH_PROVIDER, GObject)

MgSearchProvider *mg_search_provider_new        (MgApplication     *application);
gboolean          mg_search_provider_export     (MgSearchProvider  *self,
                                                 GDBusConnection   *connection,
                                                 const char        *object_path,
                                                 GError           **error);
void              mg_search_provider_unexport   (MgSearchProvider  *self);
GPtrArray        *mg_search_provider_find       (MgSearchProvider  *self,
                                                 const char *const *terms);

G_END_DECLS
