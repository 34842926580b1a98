/* mg-search-provider.c: the app's pages and tools in GNOME Shell's search
 *
 * GNOME Shell asks the app over D-Bus (org.gnome.Shell.SearchProvider2,
 * data/org.gnome.Shell.SearchProvider2.xml) for what matches the words typed
 * in the Activities overview, and the app answers with the article's own
 * search (mg-search.h) in the language the person chose in the app. D-Bus
 * starts the app for it with --gapplication-service when it is not
 * running (data/meson.build installs its service file).
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-search-provider"

#include "config.h"

#include <string.h>

#include "mg-i18n.h"
#include "mg-search.h"
#include "mg-search-provider.h"
#include "mg-shell-search-provider.h"
#include "mg-tools.h"

/* How long an app that D-Bus started for a search stays after answering,
 * for the next letter typed, in milliseconds. */
#define SERVICE_INACTIVITY_TIMEOUT 10000

struct _MgSearchProvider {
  GObject                 parent_instance;

  MgApplication          *application;  /* (unowned): it owns the provider */
  MgShellSearchProvider2 *skeleton;
  MgSearchIndex          *index;        /* in the language of the last search */
  GHashTable             *descriptions; /* result id -> snippet of the last search */
};

G_DEFINE_FINAL_TYPE (MgSearchProvider, mg_search_provider, G_TYPE_OBJECT)

/* The words of @terms, each folded as the index folds the article. */
static GPtrArray *
fold_terms (const char *const *terms)
{
  GPtrArray *folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++) {
    g_autofree char *stripped = g_strstrip (g_strdup (terms[i]));
    char *term = mg_search_fold (stripped, NULL);

    if (*term != '\0')
      g_ptr_array_add (folded, term);
    else
      g_free (term);
  }

  return folded;
}

/* A tool matches when its name or what it does, in the language shown,
 * holds every word. */
static gboolean
tool_matches (const MgTool *tool,
              GPtrArray    *folded_terms)
{
  g_autofree char *text = g_strdup_printf ("%s %s", _(tool->title), _(tool->description));
  g_autofree char *folded = mg_search_fold (text, NULL);

  for (guint i = 0; i < folded_terms->len; i++)
    if (strstr (folded, g_ptr_array_index (folded_terms, i)) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
has_page (GPtrArray    *results,
          const MgPage *page)
{
  for (guint i = 0; i < results->len; i++)
    if (((const MgSearchResult *) g_ptr_array_index (results, i))->page == page)
      return TRUE;

  return FALSE;
}

/* A page whose title holds the first word is described by its section,
 * since the title is shown already; any other by the words around it. */
static char *
page_description (MgGuide              *guide,
                  const MgSearchResult *result)
{
  if (result->block == G_MAXUINT)
    return mg_markup_to_plain (mg_guide_translate (guide, mg_guide_get_section (guide, result->page->section)->title));

  return mg_markup_to_plain (result->snippet);
}

/* The pages that hold every word: those with the first word in their
 * title first, then the others, each in reading order. */
static void
add_pages (MgSearchProvider *self,
           GPtrArray        *ids,
           GPtrArray        *folded_terms)
{
  MgGuide *guide = mg_application_get_guide (self->application);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (self->index == NULL) {
    gint64 start = g_get_monotonic_time ();

    self->index = mg_search_index_new (guide);
    g_debug ("The article in %s was indexed in %" G_GINT64_FORMAT " ms", mg_i18n_get_language (),
             (g_get_monotonic_time () - start) / 1000);
  }

  first = mg_search_index_query (self->index, g_ptr_array_index (folded_terms, 0));
  for (guint i = 1; i < folded_terms->len; i++)
    g_ptr_array_add (others, mg_search_index_query (self->index, g_ptr_array_index (folded_terms, i)));

  for (guint pass = 0; pass < 2; pass++) {
    for (guint i = 0; i < first->len; i++) {
      const MgSearchResult *result = g_ptr_array_index (first, i);
      gboolean everywhere = TRUE;

      if ((result->block == G_MAXUINT) != (pass == 0))
        continue;
      for (guint k = 0; k < others->len && everywhere; k++)
        everywhere = has_page (g_ptr_array_index (others, k), result->page);
      if (!everywhere)
        continue;

      g_ptr_array_add (ids, g_strdup (result->page->id));
      g_hash_table_replace (self->descriptions, g_strdup (result->page->id),
                            page_description (guide, result));
    }
  }
}

/**
 * mg_search_provider_find:
 * @terms: the words typed, as GNOME Shell splits them
 *
 * Returns: (transfer full): the ids of the tools, as “tool:dose-guide”, and
 *   of the pages that hold every word of @terms, tools first, pages in
 *   reading order; empty when @terms has no word
 */
GPtrArray *
mg_search_provider_find (MgSearchProvider  *self,
                         const char *const *terms)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) folded = NULL;

  g_return_val_if_fail (MG_IS_SEARCH_PROVIDER (self), ids);

  folded = fold_terms (terms);
  if (folded->len == 0)
    return ids;

  for (guint i = 0; i < MG_N_TOOLS; i++)
    if (tool_matches (&mg_tools[i], folded))
      g_ptr_array_add (ids, g_strdup (mg_tools[i].link));

  add_pages (self, ids, folded);

  return ids;
}

/* While GNOME Shell waits for an answer, the app stays; once it has
 * answered, an app that D-Bus started only for the search waits a little
 * for the next word before it ends. */
static void
hold (MgSearchProvider *self)
{
  g_application_hold (G_APPLICATION (self->application));
}

static void
release (MgSearchProvider *self)
{
  GApplication *app = G_APPLICATION (self->application);

  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, SERVICE_INACTIVITY_TIMEOUT);
  g_application_release (app);
}

/* The handlers take exactly the arguments gdbus-codegen's marshallers
 * pass (swapped: the provider first, the skeleton last), as the
 * sanitizers' function-type check asks. */
static gboolean
get_initial_result_set_cb (gpointer               data,
                           GDBusMethodInvocation *invocation,
                           const char *const     *terms,
                           gpointer               skeleton)
{
  MgSearchProvider *self = data;
  g_autoptr(GPtrArray) ids = NULL;

  hold (self);
  ids = mg_search_provider_find (self, terms);
  g_ptr_array_add (ids, NULL);
  mg_shell_search_provider2_complete_get_initial_result_set (self->skeleton, invocation,
                                                            (const char *const *) ids->pdata);
  release (self);

  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The words grew: what matches them among what matched before. */
static gboolean
get_subsearch_result_set_cb (gpointer               data,
                             GDBusMethodInvocation *invocation,
                             const char *const     *previous_results,
                             const char *const     *terms,
                             gpointer               skeleton)
{
  MgSearchProvider *self = data;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) narrowed = g_ptr_array_new ();

  hold (self);
  ids = mg_search_provider_find (self, terms);
  for (guint i = 0; i < ids->len; i++)
    if (g_strv_contains (previous_results, g_ptr_array_index (ids, i)))
      g_ptr_array_add (narrowed, g_ptr_array_index (ids, i));
  g_ptr_array_add (narrowed, NULL);
  mg_shell_search_provider2_complete_get_subsearch_result_set (self->skeleton, invocation,
                                                              (const char *const *) narrowed->pdata);
  release (self);

  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* A page's description is the snippet of the last search that found it,
 * else the title of its section. */
static gboolean
describe (MgSearchProvider *self,
          const char       *id,
          GVariantDict     *meta)
{
  MgGuide *guide = mg_application_get_guide (self->application);
  int tool = mg_tool_find (id);
  const MgPage *page = NULL;
  const char *snippet = g_hash_table_lookup (self->descriptions, id);

  if (tool >= 0 && g_str_has_prefix (id, "tool:")) {
    g_variant_dict_insert (meta, "name", "s", _(mg_tools[tool].title));
    g_variant_dict_insert (meta, "description", "s", _(mg_tools[tool].description));
    return TRUE;
  }

  page = mg_guide_lookup_page (guide, id);
  if (page == NULL)
    return FALSE;

  g_variant_dict_insert_value (meta, "name",
                               g_variant_new_take_string (mg_markup_to_plain (mg_guide_translate (guide, page->title))));
  if (snippet != NULL)
    g_variant_dict_insert (meta, "description", "s", snippet);
  else
    g_variant_dict_insert_value (meta, "description",
                                 g_variant_new_take_string (mg_markup_to_plain (mg_guide_translate (guide, mg_guide_get_section (guide, page->section)->title))));
  return TRUE;
}

static gboolean
get_result_metas_cb (gpointer               data,
                     GDBusMethodInvocation *invocation,
                     const char *const     *ids,
                     gpointer               skeleton)
{
  MgSearchProvider *self = data;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  GVariantBuilder metas;

  hold (self);
  g_variant_builder_init_static (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++) {
    g_auto(GVariantDict) meta = G_VARIANT_DICT_INIT (NULL);

    /* An id from an older version of the app, or none at all, is left out. */
    if (!describe (self, ids[i], &meta))
      continue;
    g_variant_dict_insert (&meta, "id", "s", ids[i]);
    g_variant_dict_insert_value (&meta, "icon", serialized_icon);
    g_variant_builder_add_value (&metas, g_variant_dict_end (&meta));
  }
  mg_shell_search_provider2_complete_get_result_metas (self->skeleton, invocation,
                                                       g_variant_builder_end (&metas));
  release (self);

  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
activate_result_cb (gpointer               data,
                    GDBusMethodInvocation *invocation,
                    const char            *id,
                    const char *const     *terms,
                    guint                  timestamp,
                    gpointer               skeleton)
{
  MgSearchProvider *self = data;
  hold (self);
  mg_application_show_page (self->application, id);
  mg_shell_search_provider2_complete_activate_result (self->skeleton, invocation);
  release (self);

  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The words, in the app's own search, which lists every page with them. */
static gboolean
launch_search_cb (gpointer               data,
                  GDBusMethodInvocation *invocation,
                  const char *const     *terms,
                  guint                  timestamp,
                  gpointer               skeleton)
{
  MgSearchProvider *self = data;
  g_autofree char *query = g_strjoinv (" ", (char **) terms);

  hold (self);
  mg_application_search (self->application, query);
  mg_shell_search_provider2_complete_launch_search (self->skeleton, invocation);
  release (self);

  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The snippets and the index speak the old language. */
static void
language_changed_cb (MgSearchProvider *self)
{
  g_clear_pointer (&self->index, mg_search_index_free);
  g_hash_table_remove_all (self->descriptions);
}

static void
mg_search_provider_dispose (GObject *object)
{
  MgSearchProvider *self = MG_SEARCH_PROVIDER (object);

  mg_search_provider_unexport (self);
  g_clear_object (&self->skeleton);

  G_OBJECT_CLASS (mg_search_provider_parent_class)->dispose (object);
}

static void
mg_search_provider_finalize (GObject *object)
{
  MgSearchProvider *self = MG_SEARCH_PROVIDER (object);

  g_clear_pointer (&self->index, mg_search_index_free);
  g_clear_pointer (&self->descriptions, g_hash_table_unref);

  G_OBJECT_CLASS (mg_search_provider_parent_class)->finalize (object);
}

static void
mg_search_provider_class_init (MgSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_search_provider_dispose;
  object_class->finalize = mg_search_provider_finalize;
}

static void
mg_search_provider_init (MgSearchProvider *self)
{
  self->descriptions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->skeleton = mg_shell_search_provider2_skeleton_new ();
  g_signal_connect_object (self->skeleton, "handle-get-initial-result-set",
                           G_CALLBACK (get_initial_result_set_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-get-subsearch-result-set",
                           G_CALLBACK (get_subsearch_result_set_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-get-result-metas",
                           G_CALLBACK (get_result_metas_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-activate-result",
                           G_CALLBACK (activate_result_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-launch-search",
                           G_CALLBACK (launch_search_cb), self, G_CONNECT_SWAPPED);
}

/**
 * mg_search_provider_new:
 * @application: the app, which keeps the provider
 */
MgSearchProvider *
mg_search_provider_new (MgApplication *application)
{
  MgSearchProvider *self;

  g_return_val_if_fail (MG_IS_APPLICATION (application), NULL);

  self = g_object_new (MG_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  g_signal_connect_object (application, "language-changed",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * mg_search_provider_export:
 * @object_path: where GNOME Shell looks for it: the search provider's .ini
 *   names it (data/meson.build)
 *
 * Answers GNOME Shell's searches on @connection from now on.
 */
gboolean
mg_search_provider_export (MgSearchProvider  *self,
                           GDBusConnection   *connection,
                           const char        *object_path,
                           GError           **error)
{
  g_return_val_if_fail (MG_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
mg_search_provider_unexport (MgSearchProvider *self)
{
  g_return_if_fail (MG_IS_SEARCH_PROVIDER (self));

  if (self->skeleton != NULL &&
      g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
