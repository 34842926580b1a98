/* mg-tools.c: the app's tools
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-tools"

#include "config.h"

#include <string.h>

#include "mg-i18n.h"
#include "mg-tools.h"

const MgTool mg_tools[MG_N_TOOLS] = {
  [MG_TOOL_DOSE_GUIDE] = {
    "dose-guide", "tool:dose-guide",
    /* Translators: the name of a tool in the sidebar and header */
    N_("Dose Guide"),
    /* Translators: what the Dose Guide tool does, shown under its name
     * among the results of the desktop's search */
    N_("Reference intakes and upper limits for your situation"),
  },
  [MG_TOOL_FOOD_CHECKLIST] = {
    "food-checklist", "tool:food-checklist",
    /* Translators: the name of a tool in the sidebar and header */
    N_("Food Checklist"),
    /* Translators: what the Food Checklist tool does, shown under its
     * name among the results of the desktop's search */
    N_("Tick off the foods rich in magnesium you eat each day"),
  },
  [MG_TOOL_DIARY] = {
    "diary", "tool:diary",
    /* Translators: the name of a tool in the sidebar and header */
    N_("Symptom Diary"),
    /* Translators: what the Symptom Diary tool does, shown under its name
     * among the results of the desktop's search */
    N_("Record your symptoms each day and follow a trial of magnesium"),
  },
};

/**
 * mg_tool_find:
 * @id_or_link: a tool's id, as “dose-guide”, or its link, as “tool:dose-guide”
 *
 * Returns: the tool's index in mg_tools, or -1 for no tool
 */
int
mg_tool_find (const char *id_or_link)
{
  const char *id = id_or_link;

  g_return_val_if_fail (id_or_link != NULL, -1);

  if (g_str_has_prefix (id, "tool:"))
    id += strlen ("tool:");
  for (guint i = 0; i < MG_N_TOOLS; i++)
    if (g_str_equal (mg_tools[i].id, id))
      return (int) i;

  return -1;
}
