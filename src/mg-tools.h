/* mg-tools.h: the app's tools, as the sidebar, the desktop's search and
 * the command line name them
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MG_TOOL_DOSE_GUIDE,
  MG_TOOL_FOOD_CHECKLIST,
  MG_TOOL_DIARY,
  MG_N_TOOLS
} MgToolIndex;

typedef struct {
  const char *id;
  const char *link;         /* how the article and the last-page setting name it */
  const char *title;        /* untranslated: look it up with _() to show it */
  const char *description;  /* untranslated, one line for the desktop's search */
} MgTool;

extern const MgTool mg_tools[MG_N_TOOLS];

int mg_tool_find (const char *id_or_link);

G_END_DECLS
