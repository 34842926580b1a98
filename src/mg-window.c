/* mg-window.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-checklist-page.h"
#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-i18n.h"
#include "mg-page-view.h"
#include "mg-window.h"

/* The tools, listed under their own heading above the article. */
typedef struct {
  const char  *id;
  const char  *link;   /* how the article and the last-page setting name it */
  const char  *title;
  GtkWidget *(*create)      (void);
  void       (*retranslate) (GtkWidget *page);
} Tool;

static void
retranslate_dose_page (GtkWidget *page)
{
  mg_dose_page_retranslate (MG_DOSE_PAGE (page));
}

static void
retranslate_checklist_page (GtkWidget *page)
{
  mg_checklist_page_retranslate (MG_CHECKLIST_PAGE (page));
}

enum { TOOL_DOSE_GUIDE, TOOL_FOOD_CHECKLIST, N_TOOLS };

static const Tool tools[N_TOOLS] = {
  /* Translators: the name of a tool in the sidebar and header */
  [TOOL_DOSE_GUIDE] = { "dose-guide", "tool:dose-guide", N_("Dose Guide"), mg_dose_page_new, retranslate_dose_page },
  /* Translators: the name of a tool in the sidebar and header */
  [TOOL_FOOD_CHECKLIST] = { "food-checklist", "tool:food-checklist", N_("Food Checklist"), mg_checklist_page_new,
                            retranslate_checklist_page },
};

struct _MgWindow {
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  GtkWidget            *content_pane;
  GtkListBox           *sidebar;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *page_title;
  GtkMenuButton        *sidebar_menu_button;
  GtkMenuButton        *content_menu_button;
  GtkButton            *back_button;
  GtkStack             *view_stack;
  MgPageView           *page_view;
  MgDisclaimer         *disclaimer;
  GtkWidget            *tool_pages[N_TOOLS];  /* made when first needed */
  int                   current_tool;         /* -1 while a page is shown */

  GSettings            *settings;
  GMenu                *primary_menu;
  MgGuide              *guide;
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_GUIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
translated_plain (const char *msgid,
                  char      **storage)
{
  g_free (*storage);
  *storage = mg_markup_to_plain (gettext (msgid));

  return *storage;
}

static void
update_titles (MgWindow *self)
{
  const MgPage *page = mg_page_view_get_page (self->page_view);
  const MgSection *section = mg_guide_get_section (self->guide, page->section);
  g_autofree char *title = NULL;
  g_autofree char *section_title = NULL;

  if (self->current_tool >= 0) {
    adw_window_title_set_title (self->page_title, gettext (tools[self->current_tool].title));
    /* Translators: the heading of the tools in the sidebar */
    adw_window_title_set_subtitle (self->page_title, _("Tools"));
    return;
  }

  title = mg_page_view_dup_title (self->page_view);
  adw_window_title_set_title (self->page_title, title);
  adw_window_title_set_subtitle (self->page_title, translated_plain (section->title, &section_title));
}

static void
show_page (MgWindow     *self,
           const MgPage *page)
{
  guint n_pages = mg_guide_get_n_pages (self->guide);

  self->current_tool = -1;
  mg_page_view_set_page (self->page_view, self->guide, page);
  gtk_stack_set_visible_child (self->view_stack, GTK_WIDGET (self->page_view));
  update_titles (self);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, N_TOOLS + (int) page->index));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", page->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", page->index + 1 < n_pages);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  g_settings_set_string (self->settings, "last-page", page->id);
}

/* Both tools are made together: the checklist measures today against the
 * dose guide’s reference intake, and the dose guide counts today’s food. */
static void
ensure_tools (MgWindow *self)
{
  if (self->tool_pages[0] != NULL)
    return;

  for (guint i = 0; i < N_TOOLS; i++) {
    self->tool_pages[i] = tools[i].create ();
    gtk_stack_add_named (self->view_stack, self->tool_pages[i], tools[i].id);
  }
  g_object_bind_property (self->tool_pages[TOOL_DOSE_GUIDE], "reference-intake",
                          self->tool_pages[TOOL_FOOD_CHECKLIST], "reference-intake",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->tool_pages[TOOL_FOOD_CHECKLIST], "total-mg",
                          self->tool_pages[TOOL_DOSE_GUIDE], "food-mg",
                          G_BINDING_SYNC_CREATE);
}

static int
find_tool (const char *id)
{
  for (guint i = 0; i < N_TOOLS; i++)
    if (g_strcmp0 (tools[i].id, id) == 0)
      return (int) i;

  return -1;
}

static void
show_tool (MgWindow *self,
           int       tool)
{
  ensure_tools (self);
  self->current_tool = tool;
  gtk_stack_set_visible_child (self->view_stack, self->tool_pages[tool]);
  update_titles (self);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, tool));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
  g_settings_set_string (self->settings, "last-page", tools[tool].link);
}

static void
show_tool_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  int tool = find_tool (id);

  if (tool < 0) {
    g_warning ("There is no tool “%s”", id);
    return;
  }
  show_tool (self, tool);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  const MgPage *page = mg_guide_lookup_page (self->guide, id);

  if (page == NULL) {
    g_warning ("There is no page “%s”", id);
    return;
  }
  show_page (self, page);
}

static void
step_page (MgWindow *self,
           int       step)
{
  const MgPage *page = mg_page_view_get_page (self->page_view);
  int index = (int) page->index + step;

  if (index >= 0 && index < (int) mg_guide_get_n_pages (self->guide))
    show_page (self, mg_guide_get_page (self->guide, (guint) index));
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  step_page (MG_WINDOW (widget), -1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_page (MG_WINDOW (widget), 1);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (self->sidebar)));
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/mg-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
show_disclaimer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  mg_disclaimer_show_full (widget);
}

static void
show_primary_menu_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  if (gtk_widget_get_mapped (GTK_WIDGET (self->content_menu_button)))
    gtk_menu_button_popup (self->content_menu_button);
  else
    gtk_menu_button_popup (self->sidebar_menu_button);
}

static void
row_activated_cb (MgWindow      *self,
                  GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < N_TOOLS)
    show_tool (self, index);
  else
    show_page (self, mg_guide_get_page (self->guide, (guint) (index - N_TOOLS)));
}

static GtkWidget *
section_header (const char *title,
                gboolean    first)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", title,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "margin-top", first ? 6 : 18,
                                   "margin-bottom", 6,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  MgWindow *self = user_data;
  int index = gtk_list_box_row_get_index (row);
  const MgPage *page;
  const MgSection *section;
  g_autofree char *title = NULL;

  if (index < N_TOOLS) {
    gtk_list_box_row_set_header (row, index == 0 ? section_header (_("Tools"), TRUE) : NULL);
    return;
  }

  page = mg_guide_get_page (self->guide, (guint) (index - N_TOOLS));
  section = mg_guide_get_section (self->guide, page->section);
  if (section->first_page == page->index) {
    title = mg_markup_to_plain (gettext (section->title));
    gtk_list_box_row_set_header (row, section_header (title, FALSE));
  } else {
    gtk_list_box_row_set_header (row, NULL);
  }
}

static void
append_sidebar_row (MgWindow   *self,
                    const char *title)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", title,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_append (self->sidebar, row);
}

/* The tools first, then every page of the article; row i is tool i, row
 * N_TOOLS + i is page i. */
static void
fill_sidebar (MgWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))) != NULL)
    gtk_list_box_remove (self->sidebar, child);

  for (guint i = 0; i < N_TOOLS; i++)
    append_sidebar_row (self, gettext (tools[i].title));

  for (guint i = 0; i < mg_guide_get_n_pages (self->guide); i++) {
    g_autofree char *title = mg_markup_to_plain (gettext (mg_guide_get_page (self->guide, i)->title));

    append_sidebar_row (self, title);
  }
}

static GMenu *
language_menu (void)
{
  const char * const *codes = mg_i18n_get_languages ();
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) system = NULL;

  /* Translators: the choice that follows the language the system is set to */
  system = g_menu_item_new (_("System Default"), NULL);
  g_menu_item_set_action_and_target (system, "app.language", "s", "");
  g_menu_append_item (menu, system);

  for (guint i = 0; codes[i] != NULL; i++) {
    g_autoptr(GMenuItem) item = g_menu_item_new (mg_i18n_get_language_name (codes[i]), NULL);

    g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
    g_menu_append_item (menu, item);
  }

  return menu;
}

static void
fill_primary_menu (MgWindow *self)
{
  g_autoptr(GMenu) settings_section = g_menu_new ();
  g_autoptr(GMenu) languages = language_menu ();
  g_autoptr(GMenu) help_section = g_menu_new ();

  /* A new menu each time: a popover menu cannot take its submenus being
   * rebuilt in place. */
  g_clear_object (&self->primary_menu);
  self->primary_menu = g_menu_new ();

  g_menu_append_submenu (settings_section, _("_Language"), G_MENU_MODEL (languages));
  g_menu_append (settings_section, _("_Preferences"), "app.preferences");
  g_menu_append_section (self->primary_menu, NULL, G_MENU_MODEL (settings_section));

  g_menu_append (help_section, _("_Keyboard Shortcuts"), "win.show-shortcuts");
  g_menu_append (help_section, _("_Disclaimer"), "win.show-disclaimer");
  g_menu_append (help_section, _("_About Magnesium Guide"), "app.about");
  g_menu_append_section (self->primary_menu, NULL, G_MENU_MODEL (help_section));

  gtk_menu_button_set_menu_model (self->sidebar_menu_button, G_MENU_MODEL (self->primary_menu));
  gtk_menu_button_set_menu_model (self->content_menu_button, G_MENU_MODEL (self->primary_menu));
}

/**
 * mg_window_retranslate:
 *
 * Sets every text of the window in the current language, keeping the page,
 * the place on it and what the person entered.
 */
void
mg_window_retranslate (MgWindow *self)
{
  const MgPage *page;

  g_return_if_fail (MG_IS_WINDOW (self));

  page = mg_page_view_get_page (self->page_view);

  gtk_window_set_title (GTK_WINDOW (self), _("Magnesium Guide"));
  adw_window_title_set_title (self->sidebar_title, _("Magnesium Guide"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_menu_button), _("Main Menu"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->content_menu_button), _("Main Menu"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _("Back to the Contents"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contents"), -1);
  fill_primary_menu (self);
  fill_sidebar (self);
  mg_disclaimer_retranslate (self->disclaimer);

  for (guint i = 0; i < N_TOOLS; i++)
    if (self->tool_pages[i] != NULL)
      tools[i].retranslate (self->tool_pages[i]);

  if (page != NULL) {
    int row = self->current_tool >= 0 ? self->current_tool : N_TOOLS + (int) page->index;

    mg_page_view_retranslate (self->page_view);
    update_titles (self);
    gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, row));
  }
}

static gboolean
mg_window_close_request (GtkWindow *window)
{
  MgWindow *self = MG_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mg_window_parent_class)->close_request (window);
}

static void
mg_window_constructed (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);
  g_autofree char *last_page = NULL;
  const MgPage *page;

  G_OBJECT_CLASS (mg_window_parent_class)->constructed (object);

  g_assert (self->guide != NULL);
  gtk_list_box_set_header_func (self->sidebar, header_func, self, NULL);

  mg_window_retranslate (self);

  last_page = g_settings_get_string (self->settings, "last-page");
  page = mg_guide_lookup_page (self->guide, last_page);
  /* The article stays behind a tool, so that previous and next make sense. */
  show_page (self, page != NULL ? page : mg_guide_get_page (self->guide, 0));
  if (g_str_has_prefix (last_page, "tool:") && find_tool (last_page + strlen ("tool:")) >= 0)
    show_tool (self, find_tool (last_page + strlen ("tool:")));
}

static void
mg_window_dispose (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  if (self->sidebar != NULL)
    gtk_list_box_set_header_func (self->sidebar, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->primary_menu);
  g_clear_pointer (&self->guide, mg_guide_unref);

  G_OBJECT_CLASS (mg_window_parent_class)->dispose (object);
}

static void
mg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id) {
  case PROP_GUIDE:
    g_value_set_boxed (value, self->guide);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id) {
  case PROP_GUIDE:
    self->guide = g_value_dup_boxed (value);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_window_class_init (MgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mg_window_constructed;
  object_class->dispose = mg_window_dispose;
  object_class->get_property = mg_window_get_property;
  object_class->set_property = mg_window_set_property;
  window_class->close_request = mg_window_close_request;

  properties[PROP_GUIDE] =
    g_param_spec_boxed ("guide", NULL, NULL,
                        MG_TYPE_GUIDE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, disclaimer);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-tool", "s", show_tool_action);
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-disclaimer", NULL, show_disclaimer_action);
  gtk_widget_class_install_action (widget_class, "win.show-primary-menu", NULL, show_primary_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.show-primary-menu", NULL);

  g_type_ensure (MG_TYPE_PAGE_VIEW);
  g_type_ensure (MG_TYPE_DISCLAIMER);
}

static void
mg_window_init (MgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current_tool = -1;
  self->settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (DEVEL_PROFILE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

MgWindow *
mg_window_new (MgApplication *application)
{
  g_return_val_if_fail (MG_IS_APPLICATION (application), NULL);

  return g_object_new (MG_TYPE_WINDOW,
                       "application", application,
                       "guide", mg_application_get_guide (application),
                       NULL);
}

/**
 * mg_window_get_page_id:
 *
 * Returns: the id of the page shown, or “tool:ID” while a tool is shown
 */
const char *
mg_window_get_page_id (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (self->current_tool >= 0)
    return tools[self->current_tool].link;

  return mg_page_view_get_page (self->page_view)->id;
}
