/* mg-page-view.c: one page of the article
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-page-view"

#include "config.h"

#include <string.h>


#include "mg-bullet-layout.h"
#include "mg-column-layout.h"
#include "mg-disclaimer.h"
#include "mg-i18n.h"
#include "mg-page-view.h"
#include "mg-search.h"

/* The blocks of one page, in a box of their own under the page view's
 * box of blocks: shown while the page is, hidden otherwise. */
typedef struct {
  const MgPage *page;
  GtkWidget    *box;
  GPtrArray    *block_widgets;  /* the widget of each block, in order */
  gboolean      marked;         /* the matches of a search are marked in it */
} BuiltPage;

struct _MgPageView {
  AdwBin             parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *reviewed_label;
  GtkBox            *blocks;
  GtkBox            *neighbours;
  GtkButton         *previous_button;
  GtkLabel          *previous_caption;
  GtkLabel          *previous_title;
  GtkButton         *next_button;
  GtkLabel          *next_caption;
  GtkLabel          *next_title;

  MgGuide           *guide;
  const MgPage      *page;
  /* The blocks of the pages shown last, the one shown last at the tail: a
   * page seen a moment ago (Back, Forward) comes back as it was laid out,
   * without building and measuring its text again. */
  GQueue             kept;
  BuiltPage         *shown;          /* the one in view, or NULL */
  guint              scroll_to;      /* a block to bring into view, or G_MAXUINT */
};

G_DEFINE_FINAL_TYPE (MgPageView, mg_page_view, ADW_TYPE_BIN)

/* The pages kept: the one in view and the three before it. Each costs some
 * 330 KiB (measured: 8.4 MiB for all 26 with cairo), so not every page. */
#define PAGES_KEPT 4

enum {
  PROP_0,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A message in the current language, with the guide's figures filled in,
 * as markup that GtkLabel accepts (Pango's with links): a broken
 * translation must not blank a paragraph, so it falls back to the English. */
static const char *
translate_markup (MgGuide    *guide,
                  const char *msgid)
{
  const char *translated = mg_guide_translate (guide, msgid);
  g_autofree char *without_links = NULL;

  if (translated == msgid)
    return msgid;

  without_links = mg_markup_without_links (translated);
  if (!pango_parse_markup (without_links, -1, 0, NULL, NULL, NULL, NULL)) {
    g_message ("The translation of “%.40s…” is not valid markup; showing the English", msgid);
    return mg_guide_get_english (guide, msgid);
  }

  return translated;
}

static gboolean
activate_link_cb (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  if (g_str_has_prefix (uri, "page:"))
    gtk_widget_activate_action (GTK_WIDGET (label), "win.show-page", "s", uri + strlen ("page:"));
  else if (g_str_has_prefix (uri, "tool:"))
    gtk_widget_activate_action (GTK_WIDGET (label), "win.show-tool", "s", uri + strlen ("tool:"));
  else
    return FALSE;  /* the default handler opens web addresses in the browser */

  return TRUE;
}

static GtkWidget *
text_label (const char *markup,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* GtkLabel measures its minimum width by laying the text out at this
   * width; at the default 0 every character becomes a line. */
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  g_signal_connect (label, "activate-link", G_CALLBACK (activate_link_cb), NULL);

  return label;
}

static GtkWidget *
heading_label (const char *markup,
               const char *css_class,
               int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", 12,
                                   "xalign", 0.0f,
                                   "use-markup", TRUE,
                                   "label", markup,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);

  return label;
}

static GtkWidget *
list_widget (MgGuide       *guide,
             const MgBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  /* Translators: what a screen reader calls a bulleted list in the article */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("accessible", "List"), -1);
  for (guint i = 0; i < block->items->len; i++) {
    /* The bullet beside the text, which is laid out once, at the width
     * left (mg-bullet-layout.c). */
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *bullet = gtk_label_new ("•");
    GtkWidget *text = text_label (translate_markup (guide, g_ptr_array_index (block->items, i)), NULL);

    gtk_widget_set_layout_manager (row, mg_bullet_layout_new (10));
    gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    gtk_widget_add_css_class (bullet, "dimmed");
    gtk_box_append (GTK_BOX (row), bullet);
    gtk_box_append (GTK_BOX (row), text);
    gtk_box_append (GTK_BOX (box), row);
  }
  gtk_widget_set_margin_start (box, 6);

  return box;
}

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;
  g_autofree char *body = NULL;

  if (gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) ||
      g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;

  /* Translators: %1$s is a web address, %2$s the system's reason */
  body = g_strdup_printf (_("The address %1$s could not be opened: %2$s"),
                          gtk_uri_launcher_get_uri (GTK_URI_LAUNCHER (object)), error->message);
  dialog = adw_alert_dialog_new (_("Could Not Open the Source"), body);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  if (gtk_widget_get_root (row) != NULL)
    adw_dialog_present (dialog, row);
  else
    g_object_unref (g_object_ref_sink (dialog));
}

static void
source_activated_cb (AdwActionRow *row,
                     const char   *url)
{
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (url);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));

  gtk_uri_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL,
                           launch_done_cb, g_object_ref (row));
}

/* A DOI or an address in @text may break after its slashes, dots and
 * hyphens (a hyphen before a digit is no break by Unicode's rules): a
 * zero-width space after each inside such a word, so that on a phone at
 * 200 % it is not broken at just any letter. For the text shown only: the
 * link and what a screen reader says keep the text as written. */
static char *
with_break_opportunities (const char *text)
{
  g_autoptr(GString) shown = g_string_sized_new (strlen (text) + 16);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++) {
    if (i > 0)
      g_string_append_c (shown, ' ');
    for (const char *c = words[i]; *c != '\0'; c++) {
      g_string_append_c (shown, *c);
      if (strchr (words[i], '/') != NULL && strchr ("/.-", *c) != NULL && c[1] != '\0')
        g_string_append (shown, "\u200B");
    }
  }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

/* One row a citation, which opens the source in the browser; with its
 * address shown where the page is the list of sources itself. */
static GtkWidget *
source_row (const MgSource *source,
            gboolean        show_url)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = with_break_opportunities (source->title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (!g_str_equal (title, source->title)) {
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, source->title, -1);
  }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "source");
  if (source->url == NULL || *source->url == '\0')
    return row;

  if (show_url) {
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source->url);
    adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                  "icon-name", "adw-external-link-symbolic",
                                                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                  NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open source in browser"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Open source in browser"), -1);
  g_object_set_data_full (G_OBJECT (row), "mg-url", g_strdup (source->url), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (source_activated_cb),
                    g_object_get_data (G_OBJECT (row), "mg-url"));

  return row;
}

/* The sources @ids as a list a screen reader reads as one, one row each. */
static GtkWidget *
source_list (MgGuide    *guide,
             GStrv       ids,
             gboolean    show_url)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), source_row (mg_guide_lookup_source (guide, ids[i]), show_url));

  return list;
}

/* A heading over the list of the sources @ids, both at full contrast:
 * they are the page's evidence, not decoration. */
static GtkWidget *
sources_widget (MgGuide    *guide,
                const char *heading,
                int         level,
                GStrv       ids)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *escaped = g_markup_escape_text (heading, -1);
  GtkWidget *title = heading_label (escaped, "section-heading", level);
  GtkWidget *list = source_list (guide, ids, FALSE);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), list);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);

  return box;
}

static GtkWidget *
note_widget (MgPageView    *self,
             const MgBlock *block)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "research-note");
  gtk_box_append (GTK_BOX (box), heading_label (_("What the research says"), "heading", 2));
  for (guint i = 0; i < block->items->len; i++)
    gtk_box_append (GTK_BOX (box), text_label (translate_markup (self->guide, g_ptr_array_index (block->items, i)), NULL));

  /* Translators: above the list of sources a research note cites */
  gtk_box_append (GTK_BOX (box), sources_widget (self->guide, _("Sources"), 3, block->sources));

  return box;
}

static GtkWidget *
block_widget (MgPageView    *self,
              const MgBlock *block)
{
  switch (block->kind) {
  case MG_BLOCK_HEADING:
    return heading_label (translate_markup (self->guide, block->text), "title-4", 2);
  case MG_BLOCK_PARAGRAPH:
    return text_label (translate_markup (self->guide, block->text), NULL);
  case MG_BLOCK_LIST:
    return list_widget (self->guide, block);
  case MG_BLOCK_NOTE:
    return note_widget (self, block);
  default:
    g_assert_not_reached ();
  }
}

static GtkWidget *
source_list_widget (MgPageView *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < mg_guide_get_n_sources (self->guide); i++)
    g_ptr_array_add (ids, mg_guide_get_source (self->guide, i)->id);
  g_ptr_array_add (ids, NULL);

  return source_list (self->guide, (GStrv) ids->pdata, TRUE);
}

/**
 * mg_page_dup_footer_sources:
 *
 * Returns: (transfer full): the sources @page cites that none of its
 *   research notes lists already, in the page's order: each citation is
 *   shown once
 */
GStrv
mg_page_dup_footer_sources (const MgPage *page)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (page != NULL, NULL);

  for (guint i = 0; page->sources != NULL && page->sources[i] != NULL; i++) {
    gboolean in_note = FALSE;

    for (guint j = 0; j < page->blocks->len && !in_note; j++) {
      const MgBlock *block = g_ptr_array_index (page->blocks, j);

      in_note = block->kind == MG_BLOCK_NOTE && block->sources != NULL &&
                g_strv_contains ((const char * const *) block->sources, page->sources[i]);
    }
    if (!in_note)
      g_strv_builder_add (builder, page->sources[i]);
  }

  return g_strv_builder_end (builder);
}

static void
remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
set_neighbour (MgGuide      *guide,
               GtkButton    *button,
               GtkLabel     *title,
               const MgPage *page,
               gboolean      is_next)
{
  g_autofree char *plain = page != NULL ? mg_markup_to_plain (translate_markup (guide, page->title)) : NULL;
  g_autofree char *accessible = NULL;

  if (is_next)
    /* Translators: what a screen reader says for a button; %s is a page’s title */
    accessible = g_strdup_printf (_("Next page: %s"), plain != NULL ? plain : "");
  else
    /* Translators: what a screen reader says for a button; %s is a page’s title */
    accessible = g_strdup_printf (_("Previous page: %s"), plain != NULL ? plain : "");

  gtk_label_set_label (title, plain != NULL ? plain : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* Hidden, not removed, so that the other button keeps its place. */
  gtk_widget_set_opacity (GTK_WIDGET (button), page != NULL ? 1.0 : 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_HIDDEN, page == NULL, -1);
}

static void
update_navigation (MgPageView *self)
{
  guint n_pages = mg_guide_get_n_pages (self->guide);
  guint index = self->page->index;
  const MgPage *previous = index > 0 ? mg_guide_get_page (self->guide, index - 1) : NULL;
  const MgPage *next = index + 1 < n_pages ? mg_guide_get_page (self->guide, index + 1) : NULL;

  gtk_label_set_label (self->previous_caption, _("Previous"));
  gtk_label_set_label (self->next_caption, _("Next"));
  set_neighbour (self->guide, self->previous_button, self->previous_title, previous, FALSE);
  set_neighbour (self->guide, self->next_button, self->next_title, next, TRUE);
}

/* The page is a region named after its title, described by the
 * disclaimer: a screen reader announces both as it enters the page after
 * each page change. (GTK 4.8 has no call to announce a text outright.) */
static void
announce_page (MgPageView *self)
{
  g_autofree char *title = mg_markup_to_plain (translate_markup (self->guide, self->page->title));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, mg_disclaimer_get_short_text (),
                                  -1);
}

/* GTK 4.8 leaves the focus on a widget taken out of the window, and a link
 * label that takes the focus next reads that widget after it is freed.
 * So a focus inside the old page (a link just followed) is let go before
 * the page goes; the shortcuts for the pages work without it. */
static void
drop_focus_inside (MgPageView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->blocks)))
    gtk_root_set_focus (root, NULL);
}

static void
built_page_free (gpointer data)
{
  BuiltPage *built = data;

  g_ptr_array_unref (built->block_widgets);
  g_free (built);
}

/* Builds the blocks of the page shown into a box of their own. */
static BuiltPage *
build_page (MgPageView *self)
{
  BuiltPage *built = g_new0 (BuiltPage, 1);
  g_auto(GStrv) footer = NULL;

  built->page = self->page;
  /* A box for appending and removing; laid out as a column, which asks
   * the blocks for their height at its width only (mg-column-layout.c). */
  built->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_layout_manager (built->box, mg_column_layout_new (14));
  built->block_widgets = g_ptr_array_new ();

  for (guint i = 0; i < self->page->blocks->len; i++) {
    GtkWidget *widget = block_widget (self, g_ptr_array_index (self->page->blocks, i));

    g_ptr_array_add (built->block_widgets, widget);
    gtk_box_append (GTK_BOX (built->box), widget);
  }

  if (g_str_equal (self->page->id, "sources")) {
    GtkWidget *sources = source_list_widget (self);

    /* After the blocks, so that search results can point at it too. */
    g_ptr_array_add (built->block_widgets, sources);
    gtk_box_append (GTK_BOX (built->box), sources);
  }

  footer = mg_page_dup_footer_sources (self->page);
  if (footer[0] != NULL) {
    GtkWidget *sources = sources_widget (self->guide, _("Sources for this page"), 2, footer);

    gtk_widget_set_margin_top (sources, 12);
    gtk_box_append (GTK_BOX (built->box), sources);
  }

  gtk_box_append (self->blocks, built->box);

  return built;
}

/* Forgets every page built, as when the guide (its language) changes. */
static void
forget_pages (MgPageView *self)
{
  remove_all (self->blocks);
  self->shown = NULL;
  g_queue_clear_full (&self->kept, built_page_free);
}

/* Forgets @built, a page kept; not the one in view. */
static void
forget_page (MgPageView *self,
             BuiltPage  *built)
{
  g_assert (built != self->shown);
  gtk_box_remove (self->blocks, built->box);
  g_queue_remove (&self->kept, built);
  built_page_free (built);
}

/* The blocks of @page as built before, or NULL. */
static BuiltPage *
find_kept (MgPageView   *self,
           const MgPage *page)
{
  for (GList *l = self->kept.head; l != NULL; l = l->next) {
    BuiltPage *built = l->data;

    if (built->page == page)
      return built;
  }
  return NULL;
}

/* Notes @built as the page shown last, and forgets the one shown longest
 * ago when more than PAGES_KEPT are kept. */
static void
note_shown (MgPageView *self,
            BuiltPage  *built)
{
  g_queue_remove (&self->kept, built);
  g_queue_push_tail (&self->kept, built);
  if (self->kept.length > PAGES_KEPT)
    forget_page (self, g_queue_peek_head (&self->kept));
}

/* Shows self->page: its blocks as built on an earlier visit, or built now;
 * with @anew, or when a search marked them, built again (the marks go). */
static void
render (MgPageView *self,
        gboolean    anew)
{
  g_autofree char *reviewed_date = mg_i18n_format_date (self->page->reviewed);
  g_autofree char *reviewed = NULL;
  BuiltPage *built;

  drop_focus_inside (self);
  gtk_label_set_markup (self->title_label, translate_markup (self->guide, self->page->title));

  /* Translators: %s is a date, as in “Last reviewed 22 November 2026” */
  reviewed = g_strdup_printf (_("Last reviewed %s"), reviewed_date);
  gtk_label_set_label (self->reviewed_label, reviewed);

  built = find_kept (self, self->page);
  if (built != NULL && (anew || built->marked)) {
    if (self->shown == built)
      self->shown = NULL;
    forget_page (self, built);
    built = NULL;
  }
  if (built == NULL)
    built = build_page (self);
  if (self->shown != built) {
    if (self->shown != NULL)
      gtk_widget_set_visible (self->shown->box, FALSE);
    gtk_widget_set_visible (built->box, TRUE);
    self->shown = built;
  }
  note_shown (self, built);

  update_navigation (self);
  announce_page (self);
}

/**
 * mg_page_view_set_page:
 *
 * Shows @page from its start.
 */
void
mg_page_view_set_page (MgPageView   *self,
                       MgGuide      *guide,
                       const MgPage *page)
{
  g_return_if_fail (MG_IS_PAGE_VIEW (self));
  g_return_if_fail (guide != NULL);
  g_return_if_fail (page != NULL);

  g_return_if_fail (page->index < mg_guide_get_n_pages (guide));

  if (self->guide != guide) {
    g_clear_pointer (&self->guide, mg_guide_unref);
    self->guide = mg_guide_ref (guide);
    forget_pages (self);
  }
  self->page = page;
  render (self, FALSE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

const MgPage *
mg_page_view_get_page (MgPageView *self)
{
  g_return_val_if_fail (MG_IS_PAGE_VIEW (self), NULL);

  return self->page;
}

/* Shows the same page again, at the same place, as it was before any marks
 * of a search. */
static void
render_again (MgPageView *self)
{
  GtkAdjustment *adjustment;
  double fraction;

  if (self->page == NULL)
    return;

  /* The marks change the text's length a little: keep the same share read. */
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  fraction = gtk_adjustment_get_upper (adjustment) > 0
             ? gtk_adjustment_get_value (adjustment) / gtk_adjustment_get_upper (adjustment)
             : 0;
  render (self, TRUE);
  gtk_adjustment_set_value (adjustment, fraction * gtk_adjustment_get_upper (adjustment));
}

/* Highlights the query in every label at or under @widget. */
static void
mark_labels (GtkWidget  *widget,
             const char *query)
{
  if (GTK_IS_LABEL (widget)) {
    g_autofree char *marked = mg_search_mark (gtk_label_get_label (GTK_LABEL (widget)), query);

    if (marked != NULL)
      gtk_label_set_markup (GTK_LABEL (widget), marked);
    return;
  }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mark_labels (child, query);
}

/* Brings the block asked for into view once the page has its layout. */
static gboolean
scroll_to_block_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  MgPageView *self = MG_PAGE_VIEW (widget);
  GtkWidget *block, *clamp;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t point;

  if (self->shown == NULL || self->scroll_to >= self->shown->block_widgets->len)
    return G_SOURCE_REMOVE;

  /* The article’s clamp is what scrolls: measure from its top. */
  block = g_ptr_array_index (self->shown->block_widgets, self->scroll_to);
  clamp = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->blocks)));
  if (gtk_adjustment_get_upper (adjustment) <= 0 ||
      !gtk_widget_compute_point (block, clamp, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
  self->scroll_to = G_MAXUINT;

  return G_SOURCE_REMOVE;
}

/**
 * mg_page_view_highlight:
 * @block: the block to bring into view, or G_MAXUINT for the title
 *
 * Marks every match of @query on the page and scrolls to @block, as after
 * choosing a search result.
 */
void
mg_page_view_highlight (MgPageView *self,
                        guint       block,
                        const char *query)
{
  g_return_if_fail (MG_IS_PAGE_VIEW (self));
  g_return_if_fail (query != NULL);

  mark_labels (GTK_WIDGET (self->title_label), query);
  if (self->shown != NULL) {
    mark_labels (self->shown->box, query);
    self->shown->marked = TRUE;
  }

  if (self->shown != NULL && block < self->shown->block_widgets->len) {
    self->scroll_to = block;
    gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_block_cb, NULL, NULL);
  }
}

/**
 * mg_page_view_clear_highlight:
 *
 * Takes the marks of a search off the page, where the reader is: for when
 * the search is cleared or closed.
 */
void
mg_page_view_clear_highlight (MgPageView *self)
{
  g_return_if_fail (MG_IS_PAGE_VIEW (self));

  if (mg_page_view_get_highlighted (self))
    render_again (self);
}

/**
 * mg_page_view_get_highlighted:
 *
 * Returns: whether matches of a search are marked on the page
 */
gboolean
mg_page_view_get_highlighted (MgPageView *self)
{
  g_return_val_if_fail (MG_IS_PAGE_VIEW (self), FALSE);

  return self->shown != NULL && self->shown->marked;
}

/**
 * mg_page_view_dup_title:
 *
 * Returns: the title of the page shown, as plain text in the current language
 */
char *
mg_page_view_dup_title (MgPageView *self)
{
  g_return_val_if_fail (MG_IS_PAGE_VIEW (self), NULL);

  return self->page != NULL ? mg_markup_to_plain (translate_markup (self->guide, self->page->title)) : NULL;
}

static void
mg_page_view_dispose (GObject *object)
{
  MgPageView *self = MG_PAGE_VIEW (object);

  /* AdwBin unparents the template’s only child itself. */
  self->page = NULL;
  g_clear_pointer (&self->guide, mg_guide_unref);
  self->shown = NULL;
  g_queue_clear_full (&self->kept, built_page_free);

  G_OBJECT_CLASS (mg_page_view_parent_class)->dispose (object);
}

static void
mg_page_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MgPageView *self = MG_PAGE_VIEW (object);

  switch (prop_id) {
  case PROP_NARROW:
    g_value_set_boolean (value, mg_page_view_get_narrow (self));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_page_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MgPageView *self = MG_PAGE_VIEW (object);

  switch (prop_id) {
  case PROP_NARROW:
    mg_page_view_set_narrow (self, g_value_get_boolean (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_page_view_class_init (MgPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_page_view_dispose;
  object_class->get_property = mg_page_view_get_property;
  object_class->set_property = mg_page_view_set_property;

  /**
   * MgPageView:narrow:
   *
   * Whether the window is narrow for its text size: the links to the
   * previous and next page then stand one above the other.
   */
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/mg-page-view.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_REGION);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, reviewed_label);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, blocks);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, neighbours);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, previous_caption);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, previous_title);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, next_button);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, next_caption);
  gtk_widget_class_bind_template_child (widget_class, MgPageView, next_title);
}

static void
mg_page_view_init (MgPageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_queue_init (&self->kept);
  self->scroll_to = G_MAXUINT;
}

GtkWidget *
mg_page_view_new (void)
{
  return g_object_new (MG_TYPE_PAGE_VIEW, NULL);
}

gboolean
mg_page_view_get_narrow (MgPageView *self)
{
  g_return_val_if_fail (MG_IS_PAGE_VIEW (self), FALSE);

  return gtk_orientable_get_orientation (GTK_ORIENTABLE (self->neighbours)) == GTK_ORIENTATION_VERTICAL;
}

void
mg_page_view_set_narrow (MgPageView *self,
                         gboolean    narrow)
{
  g_return_if_fail (MG_IS_PAGE_VIEW (self));

  if (narrow == mg_page_view_get_narrow (self))
    return;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->neighbours),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}
