/* mg-content-private.h: the guide's insides, shared by the loader and the
 * content compiler's parser and writer (tools/), which build a guide
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-content.h"

G_BEGIN_DECLS

struct _MgGuide {
  gatomicrefcount  ref_count;
  GPtrArray       *pages;     /* of MgPage */
  GPtrArray       *sections;  /* of MgSection */
  GPtrArray       *sources;   /* of MgSource */
  GHashTable      *page_ids;  /* id -> MgPage */
  GHashTable      *source_ids;
  GPtrArray       *figures;   /* of MgFigure */
  GHashTable      *figure_ids;
  GMutex           lock;      /* guards filled */
  GHashTable      *filled;    /* language \004 msgid -> the message shown */
};

/* The compiled form: the checked guide as a GVariant, built from the
 * content file when the app is built (tools/mg-compile-guide.c), so that
 * start-up reads it in place instead of parsing XML. Little-endian. */
#define MG_GUIDE_BLOCK_TYPE "(usasasu)"
#define MG_GUIDE_PAGE_TYPE "(sssasua" MG_GUIDE_BLOCK_TYPE ")"
#define MG_GUIDE_SECTION_TYPE "(ssuu)"
#define MG_GUIDE_SOURCE_TYPE "(sss)"
#define MG_GUIDE_FIGURE_TYPE "(ssssas)"
#define MG_GUIDE_COMPILED_TYPE \
  "(a" MG_GUIDE_SECTION_TYPE "a" MG_GUIDE_PAGE_TYPE "a" MG_GUIDE_SOURCE_TYPE "a" MG_GUIDE_FIGURE_TYPE ")"

MgGuide  *mg_guide_new_empty       (void);
void      mg_block_free            (gpointer  block);
GVariant *mg_content_little_endian (GVariant *value);
void      mg_figure_free           (gpointer  figure);
gboolean  mg_figure_check          (const char *value,
                                    const char *to,
                                    const char *unit);
gboolean  mg_placeholders_scan     (const char *text,
                                    GPtrArray  *names);

G_END_DECLS
