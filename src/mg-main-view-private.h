/* mg-main-view-private.h: the main view's parts, for the window that runs it
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-disclaimer.h"
#include "mg-main-view.h"
#include "mg-page-view.h"

G_BEGIN_DECLS

/* What mg-main-view.ui builds. The window (mg-window.c) fills and drives
 * it, and replaces it whole with a new one when the language changes: the
 * view holds no state of its own that the window cannot give back. */
struct _MgMainView {
  AdwBreakpointBin        parent_instance;

  AdwNavigationSplitView *split_view;
  AdwBreakpoint          *narrow_breakpoint;
  AdwBreakpoint          *short_breakpoint;
  AdwBreakpoint          *narrow_short_breakpoint;
  AdwNavigationPage      *sidebar_page;
  AdwNavigationPage      *content_page;
  GtkListView            *sidebar;
  GtkToggleButton        *search_button;
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *search_entry;
  GtkStack               *sidebar_stack;
  GtkListBox             *results;
  AdwStatusPage          *no_results;
  GtkWidget              *no_results_page;
  AdwWindowTitle         *page_title;
  GtkMenuButton          *sidebar_menu_button;
  GtkMenuButton          *content_menu_button;
  GtkButton              *back_button;
  GtkButton              *forward_button;
  AdwBanner              *diary_banner;
  GtkStack               *view_stack;
  MgPageView             *page_view;
  MgDisclaimer           *disclaimer;
  GMenu                  *primary_menu;
  GMenu                  *language_menu;
};

G_END_DECLS
