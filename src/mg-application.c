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
#include "mg-preferences-dialog.h"
#include "mg-window.h"

struct _MgApplication {
  AdwApplication  parent_instance;

  MgGuide        *guide;
  GSettings      *settings;
  MgDoseProfile  *dose_profile;  /* the dose guide's answers, for every window */
  GtkCssProvider *text_scale_css;
  char           *language_override;  /* --language, for this run only */
  char           *language_help;  /* --language's help, which names the codes */
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

  G_OBJECT_CLASS (mg_application_parent_class)->finalize (object);
}

static void
mg_application_activate (GApplication *app)
{
  MgApplication *self = MG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (mg_window_new (GTK_APPLICATION (app), self->guide, self->dose_profile));

  gtk_window_present (window);
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
};

/* The windows waited for the checklist to be saved; this is for what came
 * after them, and for a quit that did not close windows. The diary's last
 * changes are saved here too. */
static void
mg_application_shutdown (GApplication *app)
{
  MgIntakeStore *store = mg_intake_store_peek_default ();
  MgDiaryStore *diary = mg_diary_store_peek_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) diary_error = NULL;

  if (store != NULL && !mg_intake_store_flush_sync (store, &error))
    g_warning ("The food checklist’s latest changes could not be saved: %s", error->message);
  if (diary != NULL && !mg_key_file_store_flush_sync (mg_diary_store_get_file (diary), &diary_error))
    g_warning ("The symptom diary’s latest changes could not be saved: %s", diary_error->message);

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

static int
mg_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MgApplication *self = MG_APPLICATION (app);
  const char *code = NULL;

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

  return -1;
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
    { NULL },
  };

  /* Translators: the help text of the command-line option --language;
   * %s is the list of the codes it takes, as in “en, da, nl, sv” */
  self->language_help = g_strdup_printf (_("Show the interface in this language for this run; "
                                           "one of these codes: %s"), codes);
  options[0].description = self->language_help;
  /* Translators: what the command-line option --language takes, in its help */
  options[0].arg_description = _("CODE");
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
