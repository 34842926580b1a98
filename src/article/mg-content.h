/* mg-content.h: the article, loaded from its compiled form (the parser of
 * its content file and the compiler are build tools, in tools/)
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MG_CONTENT_ERROR (mg_content_error_quark ())

typedef enum {
  MG_CONTENT_ERROR_INVALID,
  MG_CONTENT_ERROR_MISSING,
} MgContentError;

typedef enum {
  MG_BLOCK_HEADING,
  MG_BLOCK_PARAGRAPH,
  MG_BLOCK_LIST,
  MG_BLOCK_NOTE,
} MgBlockKind;

/* Every text is an untranslated message in Pango markup, exactly as xgettext
 * extracts it from the content file: look it up with gettext () to show it. */
typedef struct {
  MgBlockKind  kind;
  char        *text;     /* heading and paragraph */
  GPtrArray   *items;    /* list items, or the paragraphs of a note */
  GStrv        sources;  /* note: the ids of the sources it cites */
  guint        line;     /* where it starts in the content file */
} MgBlock;

typedef struct {
  char      *id;
  char      *title;
  char      *reviewed;   /* ISO 8601 date */
  GStrv      sources;
  GPtrArray *blocks;     /* of MgBlock */
  guint      index;      /* position among all pages */
  guint      section;    /* index of its section */
} MgPage;

typedef struct {
  char  *id;
  char  *title;
  guint  first_page;
  guint  n_pages;
} MgSection;

typedef struct {
  char *id;
  char *title;           /* a citation: shown as it is, not translated */
  char *url;
} MgSource;

/* A figure the article's messages name as {id}: the number lives here,
 * once, and is written into the text in the interface language's number
 * format, so that no translation holds (or can change) it. */
typedef struct {
  char  *id;
  char  *value;          /* digits, with a '.' before any decimals: "250", "7.5" */
  char  *to;             /* (nullable): the upper end of a range, as "111" in 95–111 */
  char  *unit;           /* "", "mg", "%" or "ng/mL" */
  GStrv  sources;        /* the ids of the sources it comes from */
} MgFigure;

typedef struct _MgGuide MgGuide;

#define MG_TYPE_GUIDE (mg_guide_get_type ())

GType            mg_guide_get_type          (void) G_GNUC_CONST;

MgGuide         *mg_guide_get_default       (void);
MgGuide         *mg_guide_new_from_resource (const char  *resource_path,
                                             GError     **error);
MgGuide         *mg_guide_new_from_compiled (GBytes      *bytes,
                                             const char  *name,
                                             GError     **error);
MgGuide         *mg_guide_ref               (MgGuide     *self);
void             mg_guide_unref             (MgGuide     *self);

guint            mg_guide_get_n_pages       (MgGuide     *self);
const MgPage    *mg_guide_get_page          (MgGuide     *self,
                                             guint        index);
const MgPage    *mg_guide_lookup_page       (MgGuide     *self,
                                             const char  *id);
guint            mg_guide_get_n_sections    (MgGuide     *self);
const MgSection *mg_guide_get_section       (MgGuide     *self,
                                             guint        index);
guint            mg_guide_get_n_sources     (MgGuide     *self);
const MgSource  *mg_guide_get_source        (MgGuide     *self,
                                             guint        index);
const MgSource  *mg_guide_lookup_source     (MgGuide     *self,
                                             const char  *id);
void             mg_guide_foreach_message   (MgGuide     *self,
                                             GFunc        func,
                                             gpointer     user_data);
guint            mg_guide_get_n_figures     (MgGuide     *self);
const MgFigure  *mg_guide_get_figure        (MgGuide     *self,
                                             guint        index);
const MgFigure  *mg_guide_lookup_figure     (MgGuide     *self,
                                             const char  *id);
char            *mg_guide_format_figure     (MgGuide     *self,
                                             const char  *id);
char            *mg_guide_fill              (MgGuide     *self,
                                             const char  *msgid,
                                             const char  *translation,
                                             GError     **problem);
const char      *mg_guide_translate         (MgGuide     *self,
                                             const char  *msgid);
const char      *mg_guide_get_english       (MgGuide     *self,
                                             const char  *msgid);

char            *mg_markup_to_plain         (const char  *markup);
char            *mg_markup_without_links    (const char  *markup);

GQuark           mg_content_error_quark     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgGuide, mg_guide_unref)

G_END_DECLS
