/* mg-catalog.h: one language's messages, read from a gettext .mo file
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MgCatalog MgCatalog;

#define MG_CATALOG_ERROR (mg_catalog_error_quark ())

typedef enum {
  MG_CATALOG_ERROR_INVALID,
} MgCatalogError;

GQuark      mg_catalog_error_quark      (void);

MgCatalog  *mg_catalog_new_from_bytes   (GBytes     *bytes,
                                         GError    **error);
MgCatalog  *mg_catalog_new_from_file    (const char *path,
                                         GError    **error);
MgCatalog  *mg_catalog_ref              (MgCatalog  *self);
void        mg_catalog_unref            (MgCatalog  *self);

const char *mg_catalog_lookup           (MgCatalog  *self,
                                         const char *context,
                                         const char *msgid);
const char *mg_catalog_lookup_plural    (MgCatalog  *self,
                                         const char *msgid,
                                         const char *msgid_plural,
                                         gulong      n);
guint       mg_catalog_get_n_messages   (MgCatalog  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgCatalog, mg_catalog_unref)

G_END_DECLS
