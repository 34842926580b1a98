/* mg-application.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-application"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-application.h"
#include "mg-disclaimer.h"
#include "mg-window.h"

struct _MgApplication {
  AdwApplication  parent_instance;

  MgGuide        *guide;
};

G_DEFINE_FINAL_TYPE (MgApplication, mg_application, ADW_TYPE_APPLICATION)

static void
mg_application_finalize (GObject *object)
{
  MgApplication *self = MG_APPLICATION (object);

  g_clear_pointer (&self->guide, mg_guide_unref);

  G_OBJECT_CLASS (mg_application_parent_class)->finalize (object);
}

static void
mg_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (mg_window_new (MG_APPLICATION (app)));

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
  GtkWindow *window = gtk_application_get_active_window (app);
  const char *developers[] = { "The Magnesium Guide developers", NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Magnesium Guide"),
                        "developer-name", _("The Magnesium Guide developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/mgguide/MagnesiumGuide",
                        "issue-url", "https://github.com/mgguide/MagnesiumGuide/issues",
                        "copyright", "© 2026 The Magnesium Guide developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", mg_disclaimer_get_full_text (),
                        "developers", developers,
                        /* Translators: your name and e-mail, one translator a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (about, _("Article text"), NULL, GTK_LICENSE_CUSTOM,
                                      _("The article text is licensed under the Creative Commons "
                                        "Attribution-ShareAlike 4.0 International licence "
                                        "(CC BY-SA 4.0). Its sources are listed on the Sources page."));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_cb },
  { "about", about_cb },
};

static void
mg_application_startup (GApplication *app)
{
  MgApplication *self = MG_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (mg_application_parent_class)->startup (app);

  self->guide = mg_guide_new_from_resource (RESOURCE_PATH "/content/magnesium-guide.guide.xml", &error);
  if (self->guide == NULL)
    g_error ("The article is damaged, please reinstall the app: %s", error->message);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.previous-page",
                                         (const char *[]) { "<Alt>Left", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.next-page",
                                         (const char *[]) { "<Alt>Right", NULL });
}

static void
mg_application_class_init (MgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mg_application_finalize;

  app_class->activate = mg_application_activate;
  app_class->startup = mg_application_startup;
}

static void
mg_application_init (MgApplication *self)
{
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
