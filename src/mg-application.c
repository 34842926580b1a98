/* mg-application.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-application"

#include "config.h"

#include <math.h>

#include "mg-about.h"
#include "mg-application.h"
#include "mg-diary-store.h"
#include "mg-i18n.h"
#include "mg-intake-store.h"
#include "mg-memory.h"
#include "mg-own-foods.h"
#include "mg-preferences-dialog.h"
#include "mg-search-provider.h"
#include "mg-tools.h"
#include "mg-window.h"

struct _MgApplication {
  AdwApplication  parent_instance;

  MgGuide        *guide;
  GSettings      *settings;
  MgDoseProfile  *dose_profile;  /* the dose guide's answers, for every window */
  GtkCssProvider *text_scale_css;
  char           *language_override;  /* --language, for this run only */
  char           *language_help;  /* --language's help, which names the codes */
  char           *page_help;      /* --page's help, which names some ids */
  MgSearchProvider *search_provider;  /* answers GNOME Shell's search */
};

G_DEFINE_FINAL_TYPE (MgApplication, mg_application, ADW_TYPE_APPLICATION)

enum {
  LANGUAGE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
mg_application_finalize (GObject *object)
{
  MgApplication *self = MG_APPLICATION (object);

  g_clear_pointer (&self->guide, mg_guide_unref);
  g_clear_object (&self->dose_profile);
  g_clear_object (&self->settings);
  g_clear_object (&self->text_scale_css);
  g_clear_pointer (&self->language_override, g_free);
  g_clear_pointer (&self->language_help, g_free);
  g_clear_pointer (&self->page_help, g_free);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (mg_application_parent_class)->finalize (object);
}

/* The window, made if there is none, in front. */
static MgWindow *
present_window (MgApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!MG_IS_WINDOW (window))
    window = GTK_WINDOW (mg_window_new (GTK_APPLICATION (self), self->guide, self->dose_profile));

  gtk_window_present (window);
  return MG_WINDOW (window);
}

static void
mg_application_activate (GApplication *app)
{
  present_window (MG_APPLICATION (app));
}

/**
 * mg_application_show_page:
 * @id: a page's id, as “rls-iron”, or a tool's, as “dose-guide” or
 *   “tool:dose-guide”
 *
 * Shows the window at @id, as if the person had gone there: the page joins
 * the window's history. An unknown @id leaves the window as it was.
 */
void
mg_application_show_page (MgApplication *self,
                          const char    *id)
{
  MgWindow *window;

  g_return_if_fail (MG_IS_APPLICATION (self));
  g_return_if_fail (id != NULL);

  window = present_window (self);
  if (mg_tool_find (id) >= 0)
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-tool", g_variant_new_string (id));
  else
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string (id));
}

/**
 * mg_application_search:
 * @query: the words to look for
 *
 * Shows the window with the app's search open on @query.
 */
void
mg_application_search (MgApplication *self,
                       const char    *query)
{
  g_return_if_fail (MG_IS_APPLICATION (self));
  g_return_if_fail (query != NULL);

  mg_window_search (present_window (self), query);
}

/* app.show-page: --page, and the desktop file's actions, from this or
 * another process. */
static void
show_page_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  mg_application_show_page (user_data, g_variant_get_string (parameter, NULL));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window lets it save its state first. */
  while (windows != NULL) {
    GList *next = windows->next;
    gtk_window_close (windows->data);
    windows = next;
  }
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  GtkApplication *app = user_data;

  mg_about_present (app, GTK_WIDGET (gtk_application_get_active_window (app)));
}

static void
preferences_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (app);

  /* Ctrl+comma again while it is open does not stack a second one. */
  if (ADW_IS_APPLICATION_WINDOW (parent) &&
      MG_IS_PREFERENCES_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (parent))))
    return;

  adw_dialog_present (mg_preferences_dialog_new (app), GTK_WIDGET (parent));
}

/* Builds every open window's view again in the current language. */
static void
rebuild_windows (MgApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next) {
    if (MG_IS_WINDOW (l->data))
      mg_window_rebuild (l->data);
  }
  g_signal_emit (self, signals[LANGUAGE_CHANGED], 0);
  mg_memory_release_when_settled ();
}

static void
apply_language (MgApplication *self,
                const char    *code)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "language");

  if (!mg_i18n_set_language (code)) {
    g_warning ("Unknown interface language “%s”: following the system’s language", code);
    code = "";
    mg_i18n_set_language (code);
  }
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (code));
  rebuild_windows (self);
}

/* Another instance, or dconf-editor, changed the choice. */
static void
language_setting_changed_cb (MgApplication *self)
{
  g_autofree char *code = g_settings_get_string (self->settings, "language");

  apply_language (self, code);
}

static void
language_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  MgApplication *self = user_data;
  const char *code = g_variant_get_string (parameter, NULL);
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (action));

  if ((*code != '\0' && !mg_i18n_is_supported (code)) ||
      g_str_equal (code, g_variant_get_string (state, NULL)))
    return;

  /* Kept for the next start, and applied now even when the setting already
   * held it (a --language run may show another language). */
  g_signal_handlers_block_by_func (self->settings, language_setting_changed_cb, self);
  g_settings_set_string (self->settings, "language", code);
  g_signal_handlers_unblock_by_func (self->settings, language_setting_changed_cb, self);
  apply_language (self, code);
}

#define TEXT_SCALE_STEP 0.1

static void
set_text_scale (MgApplication *self,
                double         scale)
{
  /* In tenths, within the schema’s range, whatever the steps added up to. */
  scale = CLAMP (round (scale * 10) / 10, 0.8, 2.0);
  g_settings_set_double (self->settings, "text-scale", scale);
}

static void
zoom_in_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  MgApplication *self = user_data;

  set_text_scale (self, g_settings_get_double (self->settings, "text-scale") + TEXT_SCALE_STEP);
}

static void
zoom_out_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  MgApplication *self = user_data;

  set_text_scale (self, g_settings_get_double (self->settings, "text-scale") - TEXT_SCALE_STEP);
}

static void
zoom_reset_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  MgApplication *self = user_data;

  g_settings_reset (self->settings, "text-scale");
}

/* libadwaita 1.7's heading classes, each as a share of the text around it. */
static const struct {
  const char *css_class;
  double      size;
} heading_sizes[] = {
  { "title-1", 1.81 },
  { "title-2", 1.36 },
  { "title-3", 1.36 },
  { "title-4", 1.18 },
};

/* One rule scales every window: libadwaita 1.7 sizes its type classes
 * (.title-1 … .caption) and the row, button and header bar texts in units
 * relative to the text around them, and so do the app's own rules, so all
 * of it grows from here and keeps its hierarchy. A window's percentage is
 * of the desktop's own font size. */
static void
text_scale_changed_cb (MgApplication *self)
{
  double scale = g_settings_get_double (self->settings, "text-scale");
  g_autoptr(GString) css = g_string_new (NULL);
  GAction *zoom_in = g_action_map_lookup_action (G_ACTION_MAP (self), "zoom-in");
  GAction *zoom_out = g_action_map_lookup_action (G_ACTION_MAP (self), "zoom-out");

  g_string_append_printf (css, "window { font-size: %d%%; }\n", (int) round (scale * 100));
  /* Above 100 %, a heading keeps the size it has over the body text rather
   * than doubling it: at 200 % a title still fits its longest word on a
   * phone, and every heading stays larger than the text under it. */
  if (scale > 1.0) {
    for (guint i = 0; i < G_N_ELEMENTS (heading_sizes); i++)
      g_string_append_printf (css, "window .%s { font-size: %d%%; }\n", heading_sizes[i].css_class,
                              (int) round ((scale + heading_sizes[i].size - 1.0) / scale * 100));
    /* The About dialog names the app in one word in Dutch, Swedish and
     * Danish (“Magnesiumguiden”), which cannot wrap: in large text it takes
     * a .title-4's size, so that it fits a phone. */
    g_string_append_printf (css, "dialog.about .main-page .title-1 { font-size: %d%%; }\n",
                            (int) round ((scale + 0.18) / scale * 100));
  }

  gtk_css_provider_load_from_string (self->text_scale_css, css->str);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (zoom_in), scale < 2.0 - 0.001);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (zoom_out), scale > 0.8 + 0.001);
}

/**
 * mg_application_get_text_scale:
 *
 * Returns: the app's text size, 1.0 for the desktop's own, for what draws
 * text of its own (printouts) to follow
 */
double
mg_application_get_text_scale (MgApplication *self)
{
  g_return_val_if_fail (MG_IS_APPLICATION (self), 1.0);

  if (self->settings == NULL)
    return 1.0;

  return g_settings_get_double (self->settings, "text-scale");
}

static const GActionEntry app_actions[] = {
  { "zoom-in", zoom_in_cb },
  { "zoom-out", zoom_out_cb },
  { "zoom-reset", zoom_reset_cb },
  { "quit", quit_cb },
  { "about", about_cb },
  { "preferences", preferences_cb },
  { "language", language_cb, "s", "''" },
  { "show-page", show_page_cb, "s" },
};

/* The windows waited for the checklist to be saved; this is for what came
 * after them, and for a quit that did not close windows. The diary's last
 * changes are saved here too. */
static void
mg_application_shutdown (GApplication *app)
{
  MgIntakeStore *store = mg_intake_store_peek_default ();
  MgDiaryStore *diary = mg_diary_store_peek_default ();
  MgOwnFoods *own_foods = mg_own_foods_peek_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) diary_error = NULL;
  g_autoptr(GError) own_foods_error = NULL;

  if (store != NULL && !mg_intake_store_flush_sync (store, &error))
    g_warning ("The food checklist’s latest changes could not be saved: %s", error->message);
  if (diary != NULL && !mg_key_file_store_flush_sync (mg_diary_store_get_file (diary), &diary_error))
    g_warning ("The symptom diary’s latest changes could not be saved: %s", diary_error->message);
  if (own_foods != NULL && !mg_key_file_store_flush_sync (mg_own_foods_get_file (own_foods), &own_foods_error))
    g_warning ("The checklist’s own foods could not be saved: %s", own_foods_error->message);

  G_APPLICATION_CLASS (mg_application_parent_class)->shutdown (app);
}

static void
mg_application_startup (GApplication *app)
{
  MgApplication *self = MG_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (mg_application_parent_class)->startup (app);

  self->guide = mg_guide_ref (mg_guide_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  self->settings = g_settings_new ("io.github.mgguide.MagnesiumGuide");
  self->dose_profile = mg_dose_profile_new (self->settings);
  self->text_scale_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->text_scale_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (self->settings, "changed::text-scale",
                           G_CALLBACK (text_scale_changed_cb), self, G_CONNECT_SWAPPED);
  text_scale_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (language_setting_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->language_override != NULL) {
    apply_language (self, self->language_override);
  } else {
    g_autofree char *code = g_settings_get_string (self->settings, "language");
    apply_language (self, code);
  }

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.zoom-in",
                                         (const char *[]) { "<Control>plus", "<Control>equal",
                                                            "<Control>KP_Add", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.zoom-out",
                                         (const char *[]) { "<Control>minus", "<Control>KP_Subtract", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.zoom-reset",
                                         (const char *[]) { "<Control>0", "<Control>KP_0", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.go-back",
                                         (const char *[]) { "<Alt>Left", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.go-forward",
                                         (const char *[]) { "<Alt>Right", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.previous-page",
                                         (const char *[]) { "<Control>Page_Up", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.next-page",
                                         (const char *[]) { "<Control>Page_Down", NULL });
}

/* The codes --language takes, as in “en, da, nl, sv”: po/LINGUAS decides them. */
static char *
language_codes (void)
{
  return g_strjoinv (", ", (char **) mg_i18n_get_languages ());
}

/* The ids --page takes, tools first, as in “dose-guide, food-checklist,
 * rls-what-is, …”. */
static char *
page_ids (MgGuide *guide)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < MG_N_TOOLS; i++)
    g_strv_builder_add (ids, mg_tools[i].id);
  for (guint i = 0; i < mg_guide_get_n_pages (guide); i++)
    g_strv_builder_add (ids, mg_guide_get_page (guide, i)->id);
  list = g_strv_builder_end (ids);

  return g_strjoinv (", ", list);
}

/* --page ID: the window at that page, in the app already running or in
 * this one. An unknown id is said on stderr, and the guide opens at its
 * first page: the run goes on, and its exit status is the usual 0. */
static int
show_page_from_command_line (MgApplication *self,
                             const char    *id)
{
  MgGuide *guide = mg_guide_get_default ();
  g_autoptr(GError) error = NULL;

  if (mg_tool_find (id) < 0 && mg_guide_lookup_page (guide, id) == NULL) {
    g_autofree char *ids = page_ids (guide);

    /* Translators: %1$s is what the person typed after --page; %2$s is the
     * list of the ids the app knows, as in “dose-guide, food-checklist,
     * rls-what-is, …” */
    g_printerr (_("There is no page “%1$s”: opening the guide at its first page. "
                  "The pages are: %2$s.\n"), id, ids);
    id = mg_guide_get_page (guide, 0)->id;
  }

  if (!g_application_register (G_APPLICATION (self), NULL, &error)) {
    g_printerr ("%s\n", error->message);
    return 1;
  }
  g_action_group_activate_action (G_ACTION_GROUP (self), "show-page", g_variant_new_string (id));

  /* The app running already shows it; this one has no more to do. */
  return g_application_get_is_remote (G_APPLICATION (self)) ? 0 : -1;
}

static int
mg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MgApplication *self = MG_APPLICATION (app);
  const char *code = NULL;
  const char *page = NULL;

  if (g_variant_dict_lookup (options, "language", "&s", &code)) {
    if (mg_i18n_is_supported (code)) {
      g_free (self->language_override);
      self->language_override = g_strdup (code);
    } else {
      g_autofree char *codes = language_codes ();

      /* Translators: %1$s is what the person typed after --language=;
       * %2$s is the list of the codes the app knows, as in “en, da, nl, sv” */
      g_printerr (_("Unknown language “%1$s”: use one of these codes: %2$s. "
                    "Following the system’s language.\n"), code, codes);
    }
  }

  if (g_variant_dict_lookup (options, "page", "&s", &page))
    return show_page_from_command_line (self, page);

  return -1;
}

/* GNOME Shell's search finds the provider under the app's own name, at the
 * path its .ini gives (data/meson.build). */
static gboolean
mg_application_dbus_register (GApplication     *app,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  MgApplication *self = MG_APPLICATION (app);
  g_autofree char *provider_path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (mg_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  if (self->search_provider == NULL)
    self->search_provider = mg_search_provider_new (self);

  return mg_search_provider_export (self->search_provider, connection, provider_path, error);
}

static void
mg_application_dbus_unregister (GApplication    *app,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  MgApplication *self = MG_APPLICATION (app);

  if (self->search_provider != NULL)
    mg_search_provider_unexport (self->search_provider);

  G_APPLICATION_CLASS (mg_application_parent_class)->dbus_unregister (app, connection, object_path);
}

static void
mg_application_class_init (MgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mg_application_finalize;

  app_class->activate = mg_application_activate;
  app_class->startup = mg_application_startup;
  app_class->shutdown = mg_application_shutdown;
  app_class->handle_local_options = mg_application_handle_local_options;
  app_class->dbus_register = mg_application_dbus_register;
  app_class->dbus_unregister = mg_application_dbus_unregister;

  /**
   * MgApplication::language-changed:
   *
   * Emitted after the interface language changed and the open windows
   * were shown in it.
   */
  signals[LANGUAGE_CHANGED] =
    g_signal_new ("language-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* The help is translated here, in the language mg_i18n_init () chose: GLib
 * would ask the C library's gettext (), which does not know the app's
 * catalogues. The option group keeps the pointers, so the help stays. */
static void
mg_application_init (MgApplication *self)
{
  g_autofree char *codes = language_codes ();
  GOptionEntry options[] = {
    { "language", 0, 0, G_OPTION_ARG_STRING, NULL, NULL, NULL },
    { "page", 0, 0, G_OPTION_ARG_STRING, NULL, NULL, NULL },
    { NULL },
  };

  /* Translators: the help text of the command-line option --language;
   * %s is the list of the codes it takes, as in “en, da, nl, sv” */
  self->language_help = g_strdup_printf (_("Show the interface in this language for this run; "
                                           "one of these codes: %s"), codes);
  options[0].description = self->language_help;
  /* Translators: what the command-line option --language takes, in its help */
  options[0].arg_description = _("CODE");
  /* Translators: the help text of the command-line option --page; %s is
   * an id it takes, as “dose-guide”, which stays as it is */
  self->page_help = g_strdup_printf (_("Open the guide at this page or tool, such as %s"),
                                     mg_tools[MG_TOOL_DOSE_GUIDE].id);
  options[1].description = self->page_help;
  /* Translators: what the command-line option --page takes, in its help */
  options[1].arg_description = _("ID");
  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

/**
 * mg_application_main:
 * @prepare: (nullable): called with the application before it runs
 *
 * The app's main (): chooses the interface language, makes the application
 * and runs it. A program that watches the app from outside, as the
 * benchmark does (bench/), passes @prepare to connect to its signals.
 *
 * Returns: the exit status
 */
int
mg_application_main (int                       argc,
                     char                    **argv,
                     MgApplicationPrepareFunc  prepare,
                     gpointer                  user_data)
{
  g_autoptr(MgApplication) app = NULL;

  mg_i18n_init ();
  /* mg_i18n_init () chose the locale; GTK must not set it again. */
  gtk_disable_setlocale ();

  app = mg_application_new ();
  if (prepare != NULL)
    prepare (app, user_data);

  return g_application_run (G_APPLICATION (app), argc, argv);
}

MgApplication *
mg_application_new (void)
{
  return g_object_new (MG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * mg_application_get_guide:
 *
 * Returns: (transfer none): the article, loaded at start-up
 */
MgGuide *
mg_application_get_guide (MgApplication *self)
{
  g_return_val_if_fail (MG_IS_APPLICATION (self), NULL);

  return self->guide;
}

/**
 * mg_application_get_dose_profile:
 *
 * Returns: (transfer none): the dose guide’s answers, which the dose guide,
 *   the food checklist and the printed summary share
 */
MgDoseProfile *
mg_application_get_dose_profile (MgApplication *self)
{
  g_return_val_if_fail (MG_IS_APPLICATION (self), NULL);

  return self->dose_profile;
}
