/* mg-window.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-checklist-page.h"
#include "mg-diary-page.h"
#include "mg-diary-store.h"
#include "mg-disclaimer.h"
#include "mg-dose-page.h"
#include "mg-field-error.h"
#include "mg-foods.h"
#include "mg-i18n.h"
#include "mg-intake-store.h"
#include "mg-main-view-private.h"
#include "mg-memory.h"
#include "mg-own-food-dialog.h"
#include "mg-page-print.h"
#include "mg-column-layout.h"
#include "mg-page-view.h"
#include "mg-search.h"
#include "mg-shortcuts-dialog.h"
#include "mg-tools.h"
#include "mg-window.h"

/* The article's page on how to use the app (data/content), which F1 and
 * the main menu's Help open. */
#define HELP_PAGE "help"

/* The views of the tools (mg-tools.h), listed under their own heading
 * above the article. */
static GtkWidget *(*const create_tool[MG_N_TOOLS]) (MgDoseProfile *profile) = {
  [MG_TOOL_DOSE_GUIDE] = mg_dose_page_new,
  [MG_TOOL_FOOD_CHECKLIST] = mg_checklist_page_new,
  [MG_TOOL_DIARY] = mg_diary_page_new,
};

/* What the search finds the tools by, besides their names: the texts of
 * their templates and tables (the same messages, so the same translations)
 * and words people use for them. The first text is the snippet shown when
 * only the words match. */
static const char *const dose_guide_texts[] = {
  N_("Answer a few questions to see how much magnesium a person like you needs, the upper limit for "
     "supplements, and how your product compares. These are reference values with their sources, not a "
     "prescription."),
  N_("About You"),
  N_("Medicines You Take"),
  N_("Your Magnesium Product"),
  N_("Other Magnesium You Take"),
  N_("Food"),
  N_("Your Medicines and Magnesium"),
  NULL
};

/* Translators: words people may type in the search to find the dose guide,
 * separated by semicolons. Translate them as people search, and add the
 * words they would use; no numbers. Never shown. */
#define DOSE_GUIDE_KEYWORDS N_("dose;dosage;how much;amount;upper limit;reference intake;supplement;tablet;" \
                               "medicine;medication;interaction;interactions;")
/* Translators: words people may type in the search to find the food
 * checklist, separated by semicolons. Translate them as people search, and
 * add the words they would use; no numbers. Never shown. */
#define FOOD_CHECKLIST_KEYWORDS N_("food;foods;diet;eating;meal;nutrition;magnesium-rich;checklist;serving;")

/* A place the person was: a page id or a tool's link, and how far down
 * the page they had read. */
typedef struct {
  char   *link;
  double  scroll;
} Visit;

#define MAX_HISTORY 100

/* The breakpoints of mg-window.ui at 100 % text, scaled with the app's text
 * size by scale_breakpoints (). */
#define NARROW_WIDTH 640
#define SHORT_HEIGHT 420
/* From here on the compact disclaimer needs two lines on a phone. */
#define LARGE_TEXT 1.25

struct _MgWindow {
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  MgMainView           *view;  /* made again when the language changes */
  GtkSingleSelection   *sidebar_selection;
  MgSearchIndex        *search_index;  /* built on the first search in a language */
  GPtrArray            *search_results;
  GHashTable           *other_indexes;  /* language -> index, for a search that finds nothing */
  GPtrArray            *other_results;  /* of results, one array for each other language */
  GtkWidget            *tool_pages[MG_N_TOOLS];  /* made when first needed */
  MgDiaryStore         *diary;               /* asked once whether today has an entry */
  gboolean              diary_asked;
  gboolean              diary_offered;       /* the banner that offers today's entry shows */
  int                   current_tool;         /* -1 while a page is shown */

  GArray               *history;        /* of Visit, oldest first */
  guint                 history_index;  /* the visit shown */
  double                restore_scroll; /* where to put the page once it is laid out, or -1 */
  guint                 restore_frames; /* how long to wait for that */

  GSettings            *settings;
  gboolean              printable;          /* whether win.print is enabled */
  gboolean              checklist_flushed;  /* close now: nothing is left to save */
  GPtrArray            *zoom_labels;     /* the size buttons of the menus */
  MgGuide              *guide;
  MgDoseProfile        *dose_profile;  /* the tools' shared answers */
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_GUIDE,
  PROP_DOSE_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_visit (gpointer data)
{
  Visit *visit = data;

  g_free (visit->link);
}

/* The first scrolled window in @widget, depth first, that takes the height
 * it is given: the page's, or the tool's that holds its questions, not one
 * inside them as tall as its content (the dose guide's verdict). */
static GtkScrolledWindow *
find_scroller (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_compute_expand (widget, GTK_ORIENTATION_VERTICAL))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    GtkScrolledWindow *scroller = find_scroller (child);

    if (scroller != NULL)
      return scroller;
  }

  return NULL;
}

/* What is shown: the page view, or the tool. */
static GtkWidget *
shown_view (MgWindow *self)
{
  return self->current_tool >= 0 ? self->tool_pages[self->current_tool] : GTK_WIDGET (self->view->page_view);
}

/* How far down what is shown, a page or a tool, the person has scrolled. */
static GtkAdjustment *
shown_adjustment (MgWindow *self)
{
  GtkWidget *shown = shown_view (self);
  GtkScrolledWindow *scroller = shown != NULL ? find_scroller (shown) : NULL;

  return scroller != NULL ? gtk_scrolled_window_get_vadjustment (scroller) : NULL;
}

/* The header names the page; the section is in the sidebar beside it, and
 * on a phone one tap away, so it is not repeated under the title. On a
 * phone the page's or tool's own heading is right under the header, which
 * then does not repeat it cut short. */
static void
update_titles (MgWindow *self)
{
  gboolean collapsed = adw_navigation_split_view_get_collapsed (self->view->split_view);
  g_autofree char *title = NULL;

  if (self->current_tool >= 0)
    title = g_strdup (mg_i18n_gettext (mg_tools[self->current_tool].title));
  else if (mg_page_view_get_page (self->view->page_view) != NULL)
    title = mg_page_view_dup_title (self->view->page_view);
  else
    return;

  adw_navigation_page_set_title (self->view->content_page, title);
  adw_window_title_set_title (self->view->page_title, collapsed ? "" : title);
}

/* The sidebar's row for what is shown: tool i is row i, page i is row
 * MG_N_TOOLS + i. */
static guint
current_row (MgWindow *self)
{
  const MgPage *page = mg_page_view_get_page (self->view->page_view);

  if (self->current_tool >= 0)
    return (guint) self->current_tool;

  return page != NULL ? MG_N_TOOLS + page->index : GTK_INVALID_LIST_POSITION;
}

static void
select_current_row (MgWindow *self)
{
  guint row = current_row (self);

  if (row == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (self->sidebar_selection, row);
  if (row < g_list_model_get_n_items (G_LIST_MODEL (self->sidebar_selection)))
    gtk_list_view_scroll_to (self->view->sidebar, row, GTK_LIST_SCROLL_NONE, NULL);
}

static void
update_history_actions (MgWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", self->history_index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-forward",
                                 self->history->len > 0 && self->history_index + 1 < self->history->len);
}

static void
update_sidebar_action (MgWindow *self)
{
  gboolean collapsed = adw_navigation_split_view_get_collapsed (self->view->split_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-sidebar",
                                 collapsed && adw_navigation_split_view_get_show_content (self->view->split_view));
}

static void
show_content (MgWindow *self)
{
  adw_navigation_split_view_set_show_content (self->view->split_view, TRUE);
  update_sidebar_action (self);
}

static void
set_printable (MgWindow *self,
               gboolean  printable)
{
  self->printable = printable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", printable);
}

static void
display_page (MgWindow     *self,
              const MgPage *page)
{
  guint n_pages = mg_guide_get_n_pages (self->guide);

  self->current_tool = -1;
  mg_page_view_set_page (self->view->page_view, self->guide, page);
  gtk_stack_set_visible_child (self->view->view_stack, GTK_WIDGET (self->view->page_view));
  update_titles (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", page->index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", page->index + 1 < n_pages);
  set_printable (self, TRUE);
  g_settings_set_string (self->settings, "last-page", page->id);
  /* The page it replaced is freed; not at start-up, when nothing was. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    mg_memory_release_when_settled ();
}

/* Both tools are made together: the checklist counts today’s food into the
 * dose profile they share, which the dose guide shows. */
static void
ensure_tools (MgWindow *self)
{
  if (self->tool_pages[0] != NULL)
    return;

  for (guint i = 0; i < MG_N_TOOLS; i++) {
    self->tool_pages[i] = create_tool[i] (self->dose_profile);
    gtk_stack_add_named (self->view->view_stack, self->tool_pages[i], mg_tools[i].id);
  }
}

static void
display_tool (MgWindow *self,
              int       tool)
{
  ensure_tools (self);
  self->current_tool = tool;
  gtk_stack_set_visible_child (self->view->view_stack, self->tool_pages[tool]);
  update_titles (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", FALSE);
  set_printable (self, tool == MG_TOOL_DOSE_GUIDE);
  g_settings_set_string (self->settings, "last-page", mg_tools[tool].link);
  /* In the diary, today's entry is in front of the person. */
  if (tool == MG_TOOL_DIARY && self->diary_offered) {
    self->diary_offered = FALSE;
    adw_banner_set_revealed (self->view->diary_banner, FALSE);
  }
}

/* Shows @link, a page id or a tool's link, without touching the history.
 * Returns FALSE for a link to nothing. */
static gboolean
display (MgWindow   *self,
         const char *link)
{
  if (g_str_has_prefix (link, "tool:")) {
    int tool = mg_tool_find (link + strlen ("tool:"));

    if (tool < 0)
      return FALSE;
    display_tool (self, tool);
  } else {
    const MgPage *page = mg_guide_lookup_page (self->guide, link);

    if (page == NULL)
      return FALSE;
    display_page (self, page);
  }

  select_current_row (self);
  show_content (self);
  return TRUE;
}

/* Whether display () shows something for @link. */
static gboolean
leads_somewhere (MgWindow   *self,
                 const char *link)
{
  if (g_str_has_prefix (link, "tool:"))
    return mg_tool_find (link + strlen ("tool:")) >= 0;

  return mg_guide_lookup_page (self->guide, link) != NULL;
}

/* Shows @link as display () does. The article stays behind a tool, so that
 * its page is there to go to: @behind, which also stays shown when @link
 * leads nowhere. A page is built once, for the page shown. */
static gboolean
display_over_page (MgWindow     *self,
                   const char   *link,
                   const MgPage *behind)
{
  if (mg_guide_lookup_page (self->guide, link) == NULL)
    display_page (self, behind);

  return display (self, link);
}

static const char *
current_link (MgWindow *self)
{
  const MgPage *page = mg_page_view_get_page (self->view->page_view);

  if (self->current_tool >= 0)
    return mg_tools[self->current_tool].link;

  return page != NULL ? page->id : NULL;
}

/* Remembers how far down the page shown the person had read. */
static void
note_scroll (MgWindow *self)
{
  GtkAdjustment *adjustment;
  Visit *visit;

  if (self->history->len == 0)
    return;

  visit = &g_array_index (self->history, Visit, self->history_index);
  adjustment = shown_adjustment (self);
  visit->scroll = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

/* Every way of reaching a page comes here: the sidebar, a link, a search
 * result, book order, a tool. The history's forward part is dropped, as in
 * a web browser. */
static void
go_to (MgWindow   *self,
       const char *link)
{
  g_autofree char *target = g_strdup (link);
  Visit visit = { NULL, 0 };

  if (g_strcmp0 (current_link (self), target) == 0) {
    select_current_row (self);
    show_content (self);
    return;
  }

  note_scroll (self);
  if (!display (self, target)) {
    g_warning ("There is no page “%s”", target);
    return;
  }

  if (self->history->len > 0)
    g_array_set_size (self->history, self->history_index + 1);
  if (self->history->len >= MAX_HISTORY)
    g_array_remove_index (self->history, 0);
  visit.link = g_steal_pointer (&target);
  g_array_append_val (self->history, visit);
  self->history_index = self->history->len - 1;
  update_history_actions (self);
}

/* The page is laid out a frame or two after it is shown: wait for its
 * height before scrolling back to where the person was, for a bounded
 * number of frames. */
static gboolean
restore_scroll_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);
  GtkAdjustment *adjustment = shown_adjustment (self);
  double reachable;

  /* Gone, or another page shown since. */
  if (self->restore_scroll < 0 || adjustment == NULL || widget != shown_view (self))
    return G_SOURCE_REMOVE;

  reachable = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  if (reachable >= self->restore_scroll || ++self->restore_frames > 30) {
    gtk_adjustment_set_value (adjustment, MIN (self->restore_scroll, reachable));
    self->restore_scroll = -1;
    return G_SOURCE_REMOVE;
  }

  return G_SOURCE_CONTINUE;
}

/* Scrolls what is shown back to @scroll once it is laid out. */
static void
restore_scroll (MgWindow *self,
                double    scroll)
{
  if (scroll <= 0)
    return;

  self->restore_scroll = scroll;
  self->restore_frames = 0;
  gtk_widget_add_tick_callback (shown_view (self), restore_scroll_cb, self, NULL);
}

static void
go_through_history (MgWindow *self,
                    int       step)
{
  Visit *visit;
  int index = (int) self->history_index + step;

  if (index < 0 || index >= (int) self->history->len)
    return;

  note_scroll (self);
  self->history_index = (guint) index;
  visit = &g_array_index (self->history, Visit, self->history_index);
  display (self, visit->link);
  update_history_actions (self);

  restore_scroll (self, visit->scroll);
}

/* win.go-back and win.go-forward. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go_through_history (MG_WINDOW (widget), g_str_equal (action_name, "win.go-back") ? -1 : 1);
}

/* The mouse's back and forward buttons. */
static void
mouse_button_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 MgWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.go-forward", NULL);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* win.show-tool and win.show-page are in the window's action map, not
 * the widget class's: GtkApplicationWindow exports its map on the session
 * bus, so another program or the desktop can open a tool or a page. What
 * they ask for comes from outside, so an unknown id is a message, not a
 * warning of a fault in the app. */
static void
show_tool_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);
  const char *id = g_variant_get_string (parameter, NULL);
  int tool = mg_tool_find (id);

  if (tool < 0) {
    g_message ("There is no tool “%s”", id);
    return;
  }
  go_to (self, mg_tools[tool].link);
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);
  const char *id = g_variant_get_string (parameter, NULL);

  if (mg_guide_lookup_page (self->guide, id) == NULL) {
    g_message ("There is no page “%s”", id);
    return;
  }
  go_to (self, id);
}

static void
step_page (MgWindow *self,
           int       step)
{
  const MgPage *page = mg_page_view_get_page (self->view->page_view);
  int index = (int) page->index + step;

  if (self->current_tool < 0 && index >= 0 && index < (int) mg_guide_get_n_pages (self->guide))
    go_to (self, mg_guide_get_page (self->guide, (guint) index)->id);
}

/* win.previous-page and win.next-page, in book order. */
static void
step_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_page (MG_WINDOW (widget), g_str_equal (action_name, "win.previous-page") ? -1 : 1);
}

/* On a phone: back to the contents, on the row of the page just read. */
static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  adw_navigation_split_view_set_show_content (self->view->split_view, FALSE);
  update_sidebar_action (self);
  select_current_row (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view->sidebar));
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  adw_dialog_present (mg_shortcuts_dialog_new (GTK_WINDOW (widget)), widget);
}

/* win.help: the guide's own page on how to use the app, opened as any
 * page is, so that Back returns to where the person was. */
static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_to (MG_WINDOW (widget), HELP_PAGE);
}

static void
print_article (MgWindow     *self,
               MgPrintScope  scope,
               const char   *pdf_path)
{
  g_autoptr(GError) error = NULL;

  if (!mg_page_print (GTK_WINDOW (self), self->guide, mg_page_view_get_page (self->view->page_view), scope,
                      pdf_path, &error)) {
    g_warning ("Could not print: %s", error->message);
    mg_window_add_toast (self, adw_toast_new (error->message));
  }
}

static const struct {
  const char   *response;
  MgPrintScope  scope;
} print_scopes[] = {
  { "page", MG_PRINT_PAGE },
  { "section", MG_PRINT_SECTION },
  { "guide", MG_PRINT_GUIDE },
};

static void
print_scope_chosen_cb (GObject      *dialog,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_autoptr(MgWindow) self = data;
  const char *response = adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (dialog), result);

  for (guint i = 0; i < G_N_ELEMENTS (print_scopes); i++) {
    if (g_str_equal (response, print_scopes[i].response))
      print_article (self, print_scopes[i].scope, NULL);
  }
}

/* The page, its section or the whole guide: asked before the print
 * dialog, which inside a Flatpak is the portal's and shows no choices of
 * the app's own. */
static void
choose_what_to_print (MgWindow *self)
{
  const MgPage *page = mg_page_view_get_page (self->view->page_view);
  g_autofree char *section = mg_markup_to_plain (mg_guide_translate (self->guide,
                                                 mg_guide_get_section (self->guide, page->section)->title));
  AdwDialog *dialog = adw_alert_dialog_new (_("Print"), NULL);

  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog),
                                /* Translators: %s is the name of a part of the guide, as in the sidebar */
                                _("The page shown, every page of “%s”, or the whole guide with its contents"),
                                section);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "guide", _("The _Whole Guide"),
                                  "section", _("This _Part"),
                                  "page", _("This _Page"),
                                  NULL);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "page");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (self), NULL, print_scope_chosen_cb,
                           g_object_ref (self));
}

static void
print_page (MgWindow   *self,
            const char *pdf_path)
{
  /* The dose guide prints its own summary for the doctor. */
  if (self->current_tool == MG_TOOL_DOSE_GUIDE) {
    if (pdf_path != NULL)
      gtk_widget_activate_action (self->tool_pages[MG_TOOL_DOSE_GUIDE], "dose.export-pdf", "s", pdf_path);
    else
      gtk_widget_activate_action (self->tool_pages[MG_TOOL_DOSE_GUIDE], "dose.print", NULL);
    return;
  }

  if (pdf_path != NULL)
    print_article (self, MG_PRINT_PAGE, pdf_path);
  else
    choose_what_to_print (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_page (MG_WINDOW (widget), NULL);
}

/* Ctrl+P: prints where there is something to print, and says so where
 * there is not, rather than doing nothing. */
static void
print_shortcut_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  if (self->printable)
    print_page (self, NULL);
  else
    mg_window_add_toast (self, adw_toast_new (_("This page cannot be printed")));
}

/* Writes the page shown as PDF without a dialog, as the tests do. */
static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  print_page (MG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The same for the page ("page"), its section ("section") or the whole
 * guide ("guide"): (scope, path). */
static void
export_pdf_of_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *scope, *path;

  g_variant_get (parameter, "(&s&s)", &scope, &path);
  for (guint i = 0; i < G_N_ELEMENTS (print_scopes); i++) {
    if (g_str_equal (scope, print_scopes[i].response))
      print_article (MG_WINDOW (widget), print_scopes[i].scope, path);
  }
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

  if (gtk_widget_get_mapped (GTK_WIDGET (self->view->content_menu_button)))
    gtk_menu_button_popup (self->view->content_menu_button);
  else
    gtk_menu_button_popup (self->view->sidebar_menu_button);
}

/* The title of a result in the language shown: a result found in another
 * language names the page or tool as the person will see it. */
static char *
result_title (const MgSearchResult *result)
{
  if (result->page != NULL)
    return mg_markup_to_plain (mg_i18n_gettext (result->page->title));

  for (guint i = 0; i < MG_N_TOOLS; i++)
    if (g_str_equal (result->link, mg_tools[i].link))
      return g_strdup (_(mg_tools[i].title));

  return g_strdup (result->title);
}

static GtkWidget *
result_row (const MgSearchResult *result)
{
  g_autofree char *title = result_title (result);
  g_autofree char *snippet = mg_markup_to_plain (result->snippet);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, snippet);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title_label = g_object_new (GTK_TYPE_LABEL, "label", title, "xalign", 0.0f,
                                         "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  GtkWidget *snippet_label = g_object_new (GTK_TYPE_LABEL, "label", result->snippet, "use-markup", TRUE,
                                           "xalign", 0.0f, "wrap", TRUE,
                                           "wrap-mode", PANGO_WRAP_WORD_CHAR, "lines", 3,
                                           "ellipsize", PANGO_ELLIPSIZE_END, NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  /* Title and snippet wrap to the list's width: laid out at it only
   * (mg-column-layout.c). */
  gtk_widget_set_layout_manager (box, mg_column_layout_new (3));
  gtk_widget_add_css_class (title_label, "heading");
  gtk_widget_add_css_class (snippet_label, "caption");
  gtk_widget_add_css_class (snippet_label, "dimmed");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), snippet_label);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (row), "result", (gpointer) result);

  return row;
}

/* A row that only tells: a heading over the rows that follow. */
static GtkWidget *
heading_row (const char *heading,
             const char *description)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading_label = g_object_new (GTK_TYPE_LABEL, "label", heading, "xalign", 0.0f,
                                           "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (heading_label, description != NULL ? "heading" : "caption-heading");
  gtk_box_append (GTK_BOX (box), heading_label);
  if (description != NULL) {
    GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", description, "xalign", 0.0f,
                                     "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);

    gtk_widget_add_css_class (label, "caption");
    gtk_box_append (GTK_BOX (box), label);
  }
  gtk_widget_set_margin_top (box, description != NULL ? 6 : 12);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  return row;
}

/* "contents", "results" or "no-results". The no-results page is shown only
 * while it is the one in view (see the window's template). */
static void
show_sidebar_page (MgWindow   *self,
                   const char *name)
{
  gboolean no_results = g_str_equal (name, "no-results");

  if (no_results)
    gtk_widget_set_visible (self->view->no_results_page, TRUE);
  gtk_stack_set_visible_child_name (self->view->sidebar_stack, name);
  if (!no_results)
    gtk_widget_set_visible (self->view->no_results_page, FALSE);
}

static void
announce (MgWindow   *self,
          const char *message)
{
  mg_announce (GTK_WIDGET (self), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* What a screen reader hears when the results change: how many there are. */
static void
announce_results (MgWindow *self,
                  guint     n_results,
                  guint     n_elsewhere)
{
  g_autofree char *count = mg_i18n_format_count (n_results > 0 ? n_results : n_elsewhere);
  g_autofree char *message = NULL;

  if (n_results > 0)
    /* Translators: said by a screen reader as the search results change; %s is a number */
    message = g_strdup_printf (mg_i18n_ngettext ("%s page found", "%s pages found", n_results), count);
  else if (n_elsewhere > 0)
    /* Translators: said by a screen reader when a search finds nothing in the
     * language of the app, but finds pages in its other languages; %s is a number */
    message = g_strdup_printf (mg_i18n_ngettext ("No results in this language. %s page found in other languages.",
                                                 "No results in this language. %s pages found in other languages.",
                                                 n_elsewhere),
                               count);

  announce (self, message != NULL ? message : _("No Results Found"));
}

/* The tools are results too, in the language of the index. */
static MgSearchIndex *
new_search_index (MgWindow *self)
{
  MgSearchIndex *index = mg_search_index_new (self->guide);
  g_autoptr(GPtrArray) dose_texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) food_texts = g_ptr_array_new ();

  for (guint i = 0; dose_guide_texts[i] != NULL; i++)
    g_ptr_array_add (dose_texts, (gpointer) _(dose_guide_texts[i]));
  g_ptr_array_add (dose_texts, NULL);
  mg_search_index_add_tool (index, mg_tools[MG_TOOL_DOSE_GUIDE].link, _(mg_tools[MG_TOOL_DOSE_GUIDE].title),
                            _(DOSE_GUIDE_KEYWORDS), (const char * const *) dose_texts->pdata);

  g_ptr_array_add (food_texts, (gpointer) _("Magnesium from food today"));
  for (guint i = 0; i < MG_N_FOOD_GROUPS; i++)
    g_ptr_array_add (food_texts, (gpointer) mg_food_group_get_name (i));
  for (guint i = 0; i < mg_foods_get_n_foods (); i++)
    g_ptr_array_add (food_texts, (gpointer) mg_food_get_name (mg_foods_get_food (i)));
  g_ptr_array_add (food_texts, NULL);
  mg_search_index_add_tool (index, mg_tools[MG_TOOL_FOOD_CHECKLIST].link, _(mg_tools[MG_TOOL_FOOD_CHECKLIST].title),
                            _(FOOD_CHECKLIST_KEYWORDS), (const char * const *) food_texts->pdata);

  return index;
}

/* @query in the other languages, when it finds nothing in the one shown:
 * one array of results for each. Their indexes are built once, each in its
 * own language; the language shown is back before anything is drawn. */
static guint
search_other_languages (MgWindow   *self,
                        const char *query)
{
  const char *shown = mg_i18n_get_language ();
  const char * const *languages = mg_i18n_get_languages ();
  guint n = 0;

  for (guint i = 0; languages[i] != NULL; i++) {
    MgSearchIndex *index = g_hash_table_lookup (self->other_indexes, languages[i]);
    GPtrArray *results;

    if (g_str_equal (languages[i], shown)) {
      g_ptr_array_add (self->other_results, g_ptr_array_new ());
      continue;
    }
    if (index == NULL) {
      mg_i18n_set_language (languages[i]);
      index = new_search_index (self);
      mg_i18n_set_language (shown);
      g_hash_table_insert (self->other_indexes, (gpointer) languages[i], index);
    }
    results = mg_search_index_query (index, query);
    n += results->len;
    g_ptr_array_add (self->other_results, results);
  }

  return n;
}

static void
show_other_languages (MgWindow *self)
{
  const char * const *languages = mg_i18n_get_languages ();

  gtk_list_box_append (self->view->results,
                       heading_row (_("Nothing Found in This Language"),
                                    _("These pages match in another language. They open in the language you use.")));
  for (guint i = 0; i < self->other_results->len; i++) {
    GPtrArray *results = g_ptr_array_index (self->other_results, i);

    if (results->len == 0)
      continue;
    /* Each language named in itself, as in the language menu. */
    gtk_list_box_append (self->view->results, heading_row (mg_i18n_get_language_name (languages[i]), NULL));
    for (guint r = 0; r < results->len; r++)
      gtk_list_box_append (self->view->results, result_row (g_ptr_array_index (results, r)));
  }
}

static void
search_changed_cb (MgWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->view->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  GtkWidget *child;
  guint n_elsewhere = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->view->results))) != NULL)
    gtk_list_box_remove (self->view->results, child);
  g_clear_pointer (&self->search_results, g_ptr_array_unref);
  g_ptr_array_set_size (self->other_results, 0);

  if (*stripped == '\0') {
    show_sidebar_page (self, "contents");
    mg_page_view_clear_highlight (self->view->page_view);
    return;
  }

  if (self->search_index == NULL)
    self->search_index = new_search_index (self);
  self->search_results = mg_search_index_query (self->search_index, query);

  for (guint i = 0; i < self->search_results->len; i++)
    gtk_list_box_append (self->view->results, result_row (g_ptr_array_index (self->search_results, i)));
  if (self->search_results->len == 0 && (n_elsewhere = search_other_languages (self, query)) > 0)
    show_other_languages (self);
  show_sidebar_page (self, self->search_results->len > 0 || n_elsewhere > 0 ? "results" : "no-results");
  announce_results (self, self->search_results->len, n_elsewhere);
}

static void
result_activated_cb (MgWindow      *self,
                     GtkListBoxRow *row)
{
  const MgSearchResult *result = g_object_get_data (G_OBJECT (row), "result");
  g_autofree char *marks = NULL;

  if (result == NULL)
    return;

  go_to (self, result->link);
  if (result->page != NULL) {
    marks = mg_search_index_dup_marks (self->search_index,
                                       gtk_editable_get_text (GTK_EDITABLE (self->view->search_entry)));
    mg_page_view_highlight (self->view->page_view, result->block, marks);
  }
}

/* Enter opens the first result. */
static void
search_activate_cb (MgWindow *self)
{
  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->view->results, 0); row != NULL;
       row = gtk_list_box_get_row_at_index (self->view->results, gtk_list_box_row_get_index (row) + 1)) {
    if (gtk_list_box_row_get_activatable (row)) {
      result_activated_cb (self, row);
      return;
    }
  }
}

static void
stop_search_cb (MgWindow *self)
{
  gtk_search_bar_set_search_mode (self->view->search_bar, FALSE);
}

static void
search_mode_changed_cb (MgWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->view->search_bar)) {
    gtk_editable_set_text (GTK_EDITABLE (self->view->search_entry), "");
    show_sidebar_page (self, "contents");
  }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  adw_navigation_split_view_set_show_content (self->view->split_view, FALSE);
  update_sidebar_action (self);
  gtk_search_bar_set_search_mode (self->view->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->view->search_entry));
}

static void
sidebar_activate_cb (MgWindow *self,
                     guint     position)
{
  if (position < MG_N_TOOLS)
    go_to (self, mg_tools[position].link);
  else
    go_to (self, mg_guide_get_page (self->guide, position - MG_N_TOOLS)->id);
}

/* A row: the title, wrapping, named once. Rows are never selected by the
 * list itself (arrows move the focus, not the highlight): the highlight is
 * the page shown, which only the window sets. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", 12,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  /* Room above and below a title that wraps, as a one-line row has. */
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "sidebar-row-title");
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  const char *title = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), title);
  gtk_list_item_set_accessible_label (item, title);
}

static void
setup_header_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "margin-top", 12,
                                   "margin-bottom", 6,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   NULL);

  gtk_widget_add_css_class (label, "section-heading");
  gtk_widget_add_css_class (label, "sidebar-heading");
  gtk_widget_add_css_class (label, "dimmed");
  gtk_list_header_set_child (header, label);
}

/* The section's title: the tools, or the article's section the row's page
 * belongs to. */
static void
bind_header_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                MgWindow                 *self)
{
  guint start = gtk_list_header_get_start (header);
  g_autofree char *title = NULL;

  if (start < MG_N_TOOLS) {
    /* Translators: the heading of the tools in the sidebar */
    title = g_strdup (_("Tools"));
  } else {
    const MgPage *page = mg_guide_get_page (self->guide, start - MG_N_TOOLS);

    title = mg_markup_to_plain (mg_i18n_gettext (mg_guide_get_section (self->guide, page->section)->title));
  }
  gtk_label_set_label (GTK_LABEL (gtk_list_header_get_child (header)), title);
}

/* The tools first, then every section of the article, one list of titles
 * each: the flattened list has a section per list, which the headers
 * name. */
static void
fill_sidebar (MgWindow *self)
{
  g_autoptr(GtkStringList) tool_titles = gtk_string_list_new (NULL);
  g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) flat = NULL;

  for (guint i = 0; i < MG_N_TOOLS; i++)
    gtk_string_list_append (tool_titles, mg_i18n_gettext (mg_tools[i].title));
  g_list_store_append (sections, tool_titles);

  for (guint s = 0; s < mg_guide_get_n_sections (self->guide); s++) {
    const MgSection *section = mg_guide_get_section (self->guide, s);
    g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

    for (guint i = 0; i < section->n_pages; i++) {
      const MgPage *page = mg_guide_get_page (self->guide, section->first_page + i);
      g_autofree char *title = mg_markup_to_plain (mg_i18n_gettext (page->title));

      gtk_string_list_append (titles, title);
    }
    g_list_store_append (sections, titles);
  }

  /* Replaced whole, so the old titles go with the old language. */
  flat = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (sections)));
  gtk_single_selection_set_model (self->sidebar_selection, G_LIST_MODEL (flat));
}

/* Each language named in itself, after “System Default” (mg-main-view.ui). */
static void
fill_language_menu (GMenu *section)
{
  const char * const *codes = mg_i18n_get_languages ();

  for (guint i = 0; codes[i] != NULL; i++) {
    g_autoptr(GMenuItem) item = g_menu_item_new (mg_i18n_get_language_name (codes[i]), NULL);

    g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
    g_menu_append_item (section, item);
  }
}

/* An icon-only button: the tooltip for the eye, the same words for the ear. */
static void
set_tooltip_and_label (GtkWidget  *button,
                       const char *text)
{
  gtk_widget_set_tooltip_text (button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static GtkWidget *
zoom_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  set_tooltip_and_label (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  return button;
}

/* The text size control at the top of the main menu: smaller, the size
 * (which resets it), larger; as GNOME Text Editor and Web have it. */
static GtkWidget *
zoom_control (MgWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *reset = gtk_button_new ();

  gtk_widget_add_css_class (reset, "flat");
  gtk_widget_add_css_class (reset, "zoom-level");
  gtk_widget_set_hexpand (reset, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "app.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Reset Text Size"));
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-out-symbolic", "app.zoom-out", _("Smaller Text")));
  gtk_box_append (GTK_BOX (box), reset);
  gtk_box_append (GTK_BOX (box), zoom_button ("zoom-in-symbolic", "app.zoom-in", _("Larger Text")));
  gtk_widget_add_css_class (box, "zoom-control");
  g_ptr_array_add (self->zoom_labels, reset);

  return box;
}

/* The app's text size grows every text, header bars and the disclaimer
 * included, but the breakpoints' sp follow only the desktop's: at 200 %
 * a window needs twice the room before it shows two panes and the whole
 * disclaimer, or a phone's 640 px would not hold the contents. */
static void
scale_breakpoints (MgWindow *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  g_autoptr(AdwBreakpointCondition) narrow = NULL;
  g_autoptr(AdwBreakpointCondition) short_window = NULL;
  g_autoptr(AdwBreakpointCondition) both = NULL;

  narrow = adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_WIDTH, NARROW_WIDTH * scale,
                                                ADW_LENGTH_UNIT_SP);
  short_window = adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_HEIGHT, SHORT_HEIGHT * scale,
                                                      ADW_LENGTH_UNIT_PX);
  both = adw_breakpoint_condition_new_and (adw_breakpoint_condition_copy (narrow),
                                           adw_breakpoint_condition_copy (short_window));
  adw_breakpoint_set_condition (self->view->narrow_breakpoint, narrow);
  adw_breakpoint_set_condition (self->view->short_breakpoint, short_window);
  adw_breakpoint_set_condition (self->view->narrow_short_breakpoint, both);
  mg_disclaimer_set_large_text (self->view->disclaimer, scale > LARGE_TEXT);
}

static void
update_zoom_labels (MgWindow *self)
{
  /* Translators: the article’s text size, as in “120 %”; %d is a number */
  g_autofree char *percent = g_strdup_printf (_("%d %%"),
                                              (int) round (g_settings_get_double (self->settings,
                                                                                  "text-scale") * 100));
  /* Translators: what a screen reader says for the text size button; %s is e.g. “120 %” */
  g_autofree char *accessible = g_strdup_printf (_("Text size %s, activate to reset"), percent);

  for (guint i = 0; i < self->zoom_labels->len; i++) {
    GtkWidget *button = g_ptr_array_index (self->zoom_labels, i);

    gtk_button_set_label (GTK_BUTTON (button), percent);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
}

/* The main menu's popover is made when it is first opened, not at start-up:
 * a popover menu is some fifty widgets, and most windows never open it. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  MgWindow *self = MG_WINDOW (user_data);
  GtkWidget *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (self->view->primary_menu));
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), zoom_control (self), "zoom");
  gtk_menu_button_set_popover (button, popover);
  update_zoom_labels (self);
}

/* Makes the window's view from its template, in the current language, and
 * puts it in place of the one before, which goes with everything it
 * showed. What the person was doing is the window's to give back. */
static void
build_view (MgWindow *self)
{
  g_autoptr(GtkListItemFactory) rows = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) headers = gtk_signal_list_item_factory_new ();

  /* The old view's size buttons and tools go with it. */
  g_ptr_array_set_size (self->zoom_labels, 0);
  memset (self->tool_pages, 0, sizeof self->tool_pages);

  self->view = mg_main_view_new ();
  fill_language_menu (self->view->language_menu);

  g_signal_connect (rows, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (rows, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (headers, "setup", G_CALLBACK (setup_header_cb), NULL);
  g_signal_connect (headers, "bind", G_CALLBACK (bind_header_cb), self);
  gtk_list_view_set_factory (self->view->sidebar, rows);
  gtk_list_view_set_header_factory (self->view->sidebar, headers);
  g_signal_connect_object (self->view->sidebar, "activate",
                           G_CALLBACK (sidebar_activate_cb), self, G_CONNECT_SWAPPED);

  gtk_menu_button_set_create_popup_func (self->view->sidebar_menu_button, create_primary_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->view->content_menu_button, create_primary_menu_cb, self, NULL);

  g_object_bind_property (self->view->search_button, "active", self->view->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->view->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->search_entry, "activate",
                           G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->search_entry, "stop-search",
                           G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->results, "row-activated",
                           G_CALLBACK (result_activated_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->view->split_view, "notify::collapsed",
                           G_CALLBACK (update_sidebar_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->split_view, "notify::collapsed",
                           G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view->split_view, "notify::show-content",
                           G_CALLBACK (update_sidebar_action), self, G_CONNECT_SWAPPED);
  /* The window is named as the contents are, in the view's language. */
  g_object_bind_property (self->view->sidebar_page, "title", self, "title", G_BINDING_SYNC_CREATE);

  scale_breakpoints (self);
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->view));
  /* The list gets its model once the titles are in the view's language:
   * given the old titles first, it would make every row twice. */
  fill_sidebar (self);
  gtk_list_view_set_model (self->view->sidebar, GTK_SELECTION_MODEL (self->sidebar_selection));
  select_current_row (self);
  update_sidebar_action (self);
}

/**
 * mg_window_rebuild:
 *
 * Builds the window's view again from its templates, in the current
 * language, and gives it back what the person was doing: the page or tool
 * and how far down it they were, the history, the contents or the page on
 * a phone, and a search with its results. The tools' answers are in the
 * dose profile and the intake store, which the new tools show. The window
 * itself stays, with its size, place, dialogs and toasts.
 */
void
mg_window_rebuild (MgWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view));
  gboolean searching = gtk_search_bar_get_search_mode (self->view->search_bar);
  gboolean showing_content = adw_navigation_split_view_get_show_content (self->view->split_view);
  g_autofree char *query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->view->search_entry)));
  const MgPage *behind = mg_page_view_get_page (self->view->page_view);
  GtkWidget *checklist = self->tool_pages[MG_TOOL_FOOD_CHECKLIST];
  g_autofree char *filter = checklist != NULL ? g_strdup (mg_checklist_page_get_filter (MG_CHECKLIST_PAGE (checklist)))
                                              : NULL;
  g_autofree char *day = checklist != NULL ? g_strdup (mg_checklist_page_get_day (MG_CHECKLIST_PAGE (checklist)))
                                           : NULL;
  GtkWidget *diary = self->tool_pages[MG_TOOL_DIARY];
  g_autofree char *diary_day = diary != NULL ? g_strdup (mg_diary_page_get_day (MG_DIARY_PAGE (diary))) : NULL;
  GtkWidget *dose = self->tool_pages[MG_TOOL_DOSE_GUIDE];
  g_autoptr(GVariant) refused = dose != NULL ? mg_dose_page_dup_refused (MG_DOSE_PAGE (dose)) : NULL;
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));
  g_autofree char *food_id = NULL;
  g_autoptr(GVariant) food_typed = NULL;
  const Visit *visit;

  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (self->history->len > 0);

  /* A dialog for a food of the person's own speaks the old language and
   * tells the old page of what it did: it is opened again, on the new
   * page, with what its fields held. */
  if (MG_IS_OWN_FOOD_DIALOG (dialog)) {
    food_id = g_strdup (mg_own_food_dialog_get_id (MG_OWN_FOOD_DIALOG (dialog)));
    food_typed = mg_own_food_dialog_dup_typed (MG_OWN_FOOD_DIALOG (dialog));
    adw_dialog_force_close (dialog);
  }

  note_scroll (self);
  visit = &g_array_index (self->history, Visit, self->history_index);
  /* The index and the results speak the old language. */
  g_ptr_array_set_size (self->other_results, 0);
  g_clear_pointer (&self->search_results, g_ptr_array_unref);
  g_clear_pointer (&self->search_index, mg_search_index_free);
  self->current_tool = -1;
  self->restore_scroll = -1;

  build_view (self);
  adw_banner_set_revealed (self->view->diary_banner, self->diary_offered);

  /* The foods the person filtered stay filtered, on the day they chose. */
  if (checklist != NULL) {
    ensure_tools (self);
    mg_checklist_page_set_filter (MG_CHECKLIST_PAGE (self->tool_pages[MG_TOOL_FOOD_CHECKLIST]), filter);
    mg_checklist_page_show_day (MG_CHECKLIST_PAGE (self->tool_pages[MG_TOOL_FOOD_CHECKLIST]), day);
  }
  /* What the dose guide refused stays in its fields, to be put right. */
  if (refused != NULL) {
    ensure_tools (self);
    mg_dose_page_restore_refused (MG_DOSE_PAGE (self->tool_pages[MG_TOOL_DOSE_GUIDE]), refused);
  }
  if (food_typed != NULL) {
    ensure_tools (self);
    mg_checklist_page_reopen_own_food (MG_CHECKLIST_PAGE (self->tool_pages[MG_TOOL_FOOD_CHECKLIST]), food_id,
                                       food_typed);
  }
  /* The diary stays on the day the person was filling in. */
  if (diary_day != NULL) {
    ensure_tools (self);
    mg_diary_page_set_day (MG_DIARY_PAGE (self->tool_pages[MG_TOOL_DIARY]), diary_day);
  }
  display_over_page (self, visit->link, behind != NULL ? behind : mg_guide_get_page (self->guide, 0));
  adw_navigation_split_view_set_show_content (self->view->split_view, showing_content);
  update_sidebar_action (self);
  restore_scroll (self, visit->scroll);

  if (searching) {
    gtk_search_bar_set_search_mode (self->view->search_bar, TRUE);
    gtk_editable_set_text (GTK_EDITABLE (self->view->search_entry), query);
    /* At once, not after the entry's pause for typing. */
    search_changed_cb (self);
  }

  /* Focus was on something of the old view, as it is after a choice in
   * the main menu: it goes to the same menu's button. */
  if (had_focus) {
    gboolean collapsed = adw_navigation_split_view_get_collapsed (self->view->split_view);

    gtk_widget_grab_focus (GTK_WIDGET (collapsed && showing_content ? self->view->content_menu_button
                                                                     : self->view->sidebar_menu_button));
  }
}

/**
 * mg_window_search:
 * @query: the words to look for
 *
 * Opens the search with @query in it and its results listed, as when the
 * person types it; the desktop's search asks for this.
 */
void
mg_window_search (MgWindow   *self,
                  const char *query)
{
  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (query != NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->view->search_entry), query);
  /* At once, not after the entry's pause for typing. */
  search_changed_cb (self);
}

/**
 * mg_window_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast at the foot of the window, and has a screen reader say it.
 */
void
mg_window_add_toast (MgWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  announce (self, adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
quit_anyway_cb (AdwAlertDialog *dialog,
                GAsyncResult   *result,
                MgWindow       *self)
{
  const char *response = adw_alert_dialog_choose_finish (dialog, result);

  if (g_strcmp0 (response, "quit") == 0) {
    self->checklist_flushed = TRUE;
    gtk_window_close (GTK_WINDOW (self));
  }
  g_object_unref (self);
}

/* The ticks could not be saved: the person decides whether to lose them. */
static void
ask_quit_anyway (MgWindow     *self,
                 const GError *error)
{
  AdwDialog *dialog = adw_alert_dialog_new (_("Close Without Saving?"), NULL);

  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog), "%s",
                                _("Your latest ticks in the food checklist could not be saved. If you "
                                  "close Magnesium Guide now, they are lost. Keep it open to try "
                                  "again later, for example once there is space on the disk."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Keep Open"),
                                  "quit", _("_Close Anyway"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "quit",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_message ("The checklist could not be saved: %s", error->message);
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (self), NULL,
                           (GAsyncReadyCallback) quit_anyway_cb, g_object_ref (self));
}

static void
checklist_flushed_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(MgWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mg_intake_store_flush_finish (MG_INTAKE_STORE (object), result, &error)) {
    ask_quit_anyway (self, error);
    return;
  }

  self->checklist_flushed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* The last window waits for the checklist's last ticks to be on disk; the
 * save is the worker's, and takes a moment. */
static gboolean
checklist_needs_flush (MgWindow *self)
{
  MgIntakeStore *store = mg_intake_store_peek_default ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->checklist_flushed || store == NULL || !mg_intake_store_has_unsaved_changes (store))
    return FALSE;
  if (app != NULL && gtk_application_get_windows (app) != NULL &&
      gtk_application_get_windows (app)->next != NULL)
    return FALSE;

  mg_intake_store_flush_async (store, NULL, checklist_flushed_cb, g_object_ref (self));
  return TRUE;
}

static gboolean
mg_window_close_request (GtkWindow *window)
{
  MgWindow *self = MG_WINDOW (window);
  int width, height;

  if (checklist_needs_flush (self))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mg_window_parent_class)->close_request (window);
}

/* Whether the person keeps the diary: a day recorded or a plan started. */
static gboolean
diary_in_use (MgDiaryStore *diary)
{
  g_auto(GStrv) days = mg_diary_store_dup_days (diary);
  g_autoptr(MgTrialPlan) plan = mg_diary_store_dup_plan (diary);

  return (days != NULL && days[0] != NULL) || (plan != NULL && mg_trial_plan_is_started (plan));
}

/* Once the diary is read: for a person who keeps it and has no entry for
 * today, a banner offers one, once a window; nobody else sees it. */
static void
offer_diary_entry (MgWindow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autoptr(MgDiaryEntry) entry = NULL;

  if (self->diary_asked || !mg_key_file_store_get_loaded (mg_diary_store_get_file (self->diary)))
    return;
  self->diary_asked = TRUE;
  g_signal_handlers_disconnect_by_func (mg_diary_store_get_file (self->diary), offer_diary_entry, self);

  now = mg_store_clock_get_local ()->now (NULL);
  today = now != NULL ? g_date_time_format (now, "%Y-%m-%d") : NULL;
  if (today == NULL || !diary_in_use (self->diary) || self->current_tool == MG_TOOL_DIARY)
    return;
  entry = mg_diary_store_dup_entry (self->diary, today);
  if (entry != NULL && !mg_diary_entry_is_empty (entry))
    return;

  self->diary_offered = TRUE;
  adw_banner_set_revealed (self->view->diary_banner, TRUE);
}

static void
fill_in_diary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  go_to (MG_WINDOW (widget), mg_tools[MG_TOOL_DIARY].link);
}

static void
mg_window_constructed (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);
  g_autofree char *last_page = NULL;
  g_autofree char *first_link = NULL;
  Visit visit = { NULL, 0 };

  G_OBJECT_CLASS (mg_window_parent_class)->constructed (object);

  g_assert (self->guide != NULL);
  g_assert (MG_IS_DOSE_PROFILE (self->dose_profile));

  build_view (self);

  /* The page or tool read last, when the settings name one: else the
   * first page, once. */
  last_page = g_settings_get_string (self->settings, "last-page");
  if (!leads_somewhere (self, last_page))
    g_set_str (&last_page, mg_guide_get_page (self->guide, 0)->id);
  display_over_page (self, last_page, mg_guide_get_page (self->guide, 0));

  first_link = g_strdup (current_link (self));
  visit.link = g_steal_pointer (&first_link);
  g_array_append_val (self->history, visit);
  self->history_index = 0;
  update_history_actions (self);

  self->diary = mg_diary_store_dup_default ();
  g_signal_connect_object (mg_diary_store_get_file (self->diary), "notify::loaded",
                           G_CALLBACK (offer_diary_entry), self, G_CONNECT_SWAPPED);
  offer_diary_entry (self);
}

/* The first Tab after the window opens goes into the page, not to the
 * first button of the window. */
static void
mg_window_map (GtkWidget *widget)
{
  MgWindow *self = MG_WINDOW (widget);

  GTK_WIDGET_CLASS (mg_window_parent_class)->map (widget);

  if (gtk_root_get_focus (GTK_ROOT (self)) == NULL)
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->view->view_stack), GTK_DIR_TAB_FORWARD);
}

static void
mg_window_dispose (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->sidebar_selection);
  g_clear_pointer (&self->history, g_array_unref);
  g_clear_pointer (&self->search_results, g_ptr_array_unref);
  g_clear_pointer (&self->other_results, g_ptr_array_unref);
  g_clear_pointer (&self->search_index, mg_search_index_free);
  g_clear_pointer (&self->other_indexes, g_hash_table_unref);
  g_clear_pointer (&self->zoom_labels, g_ptr_array_unref);
  g_clear_pointer (&self->guide, mg_guide_unref);
  g_clear_object (&self->dose_profile);
  g_clear_object (&self->diary);

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
  case PROP_DOSE_PROFILE:
    g_value_set_object (value, self->dose_profile);
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
  case PROP_DOSE_PROFILE:
    self->dose_profile = g_value_dup_object (value);
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
  widget_class->map = mg_window_map;
  window_class->close_request = mg_window_close_request;

  properties[PROP_GUIDE] =
    g_param_spec_boxed ("guide", NULL, NULL,
                        MG_TYPE_GUIDE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The dose guide's answers, which the tools share. */
  properties[PROP_DOSE_PROFILE] =
    g_param_spec_object ("dose-profile", NULL, NULL,
                         MG_TYPE_DOSE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.go-forward", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, step_page_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, step_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.show-disclaimer", NULL, show_disclaimer_action);
  gtk_widget_class_install_action (widget_class, "win.show-primary-menu", NULL, show_primary_menu_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-shortcut", NULL, print_shortcut_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf-of", "(ss)", export_pdf_of_action);
  gtk_widget_class_install_action (widget_class, "win.fill-in-diary", NULL, fill_in_diary_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "win.show-primary-menu", NULL);
  /* A binding, not an application accelerator, so that a tool with a filter
   * of its own (the food checklist) gets Ctrl+F first when it has focus. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-shortcut", NULL);
  /* Enabled only on a phone's page view: elsewhere Escape stays free. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-sidebar", NULL);

  g_type_ensure (MG_TYPE_PAGE_VIEW);
  g_type_ensure (MG_TYPE_DISCLAIMER);
}

static const GActionEntry window_actions[] = {
  { "show-page", show_page_action, "s" },
  { "show-tool", show_tool_action, "s" },
};

static void
mg_window_init (MgWindow *self)
{
  GtkGesture *mouse_buttons = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions, G_N_ELEMENTS (window_actions), self);

  self->current_tool = -1;
  self->restore_scroll = -1;
  self->history = g_array_new (FALSE, TRUE, sizeof (Visit));
  g_array_set_clear_func (self->history, clear_visit);
  self->zoom_labels = g_ptr_array_new ();
  self->other_results = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->other_indexes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) mg_search_index_free);

  self->sidebar_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->sidebar_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->sidebar_selection, TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse_buttons), 0);
  g_signal_connect_object (mouse_buttons, "pressed", G_CALLBACK (mouse_button_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse_buttons));

  self->settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (update_zoom_labels), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (scale_breakpoints), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (DEVEL_PROFILE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * mg_window_new:
 * @guide: the article the window shows
 * @dose_profile: the dose guide's answers, shared by every window
 */
MgWindow *
mg_window_new (GtkApplication *application,
               MgGuide        *guide,
               MgDoseProfile  *dose_profile)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (guide != NULL, NULL);
  g_return_val_if_fail (MG_IS_DOSE_PROFILE (dose_profile), NULL);

  return g_object_new (MG_TYPE_WINDOW,
                       "application", application,
                       "guide", guide,
                       "dose-profile", dose_profile,
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
    return mg_tools[self->current_tool].link;

  return mg_page_view_get_page (self->view->page_view)->id;
}
