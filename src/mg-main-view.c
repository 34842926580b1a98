/* mg-main-view.c: what the window shows, built from its template
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-main-view"

#include "config.h"

#include "mg-main-view-private.h"

G_DEFINE_FINAL_TYPE (MgMainView, mg_main_view, ADW_TYPE_BREAKPOINT_BIN)

static void
mg_main_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_MAIN_VIEW);

  G_OBJECT_CLASS (mg_main_view_parent_class)->dispose (object);
}

static void
mg_main_view_class_init (MgMainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_main_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MgMainView, split_view);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, narrow_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, short_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, narrow_short_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, sidebar_page);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, content_page);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, search_button);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, results);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, no_results);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, page_title);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, back_button);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, forward_button);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, page_view);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, disclaimer);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, diary_banner);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MgMainView, language_menu);

  g_type_ensure (MG_TYPE_PAGE_VIEW);
  g_type_ensure (MG_TYPE_DISCLAIMER);
}

static void
mg_main_view_init (MgMainView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mg_main_view_new:
 *
 * Returns: (transfer floating): a main view, in the current language
 */
MgMainView *
mg_main_view_new (void)
{
  return g_object_new (MG_TYPE_MAIN_VIEW, NULL);
}
