/* mg-about.c: the About dialog
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-about"

#include "config.h"

#include "mg-about.h"
#include "mg-application.h"
#include "mg-disclaimer.h"
#include "mg-i18n.h"

/* Not from the metainfo (adw_about_dialog_new_from_appdata ()): its
 * translations follow the system’s language, not the one chosen in the app. */
static AdwDialog *
about_dialog_new (void)
{
  const char *developers[] = { "The Magnesium Guide developers", NULL };
  g_autofree char *disclaimer = g_markup_escape_text (mg_disclaimer_get_full_text (), -1);
  AdwAboutDialog *about;

  about = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                        "application-icon", APP_ID,
                        "application-name", _("Magnesium Guide"),
                        "developer-name", _("The Magnesium Guide developers"),
                        "version", PACKAGE_VERSION,
                        /* The summary of the app store’s listing (the metainfo). */
                        "comments", _("Read about magnesium for restless legs and back pain"),
                        "website", "https://github.com/mgguide/MagnesiumGuide",
                        "issue-url", "https://github.com/mgguide/MagnesiumGuide/issues",
                        "copyright", "© 2026 The Magnesium Guide developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: your name and e-mail, one translator a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  /* AdwAboutDialog asks for 360 px across, wider than a phone-sized
   * window with a frame (350 px inside): the rows and the wrapped name
   * need less, even at 200 % text, so their own width decides. */
  gtk_widget_set_size_request (GTK_WIDGET (about), -1, 200);
  adw_about_dialog_add_legal_section (about, _("Article text"), NULL, GTK_LICENSE_CUSTOM,
                                      _("The article text is licensed under the Creative Commons "
                                        "Attribution-ShareAlike 4.0 International licence "
                                        "(CC BY-SA 4.0). Its sources are listed on the Sources page."));
  /* Translators: the title of the About dialog’s section with the disclaimer */
  adw_about_dialog_add_legal_section (about, _("Not Medical Advice"), NULL, GTK_LICENSE_CUSTOM,
                                      disclaimer);

  return ADW_DIALOG (about);
}

/* A legal section cannot be changed once added: a switch shows a new
 * dialog in the new language in place of the old one. */
static void
language_changed_cb (GtkApplication *application,
                     AdwDialog      *about)
{
  GtkWidget *parent = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (about)));

  if (parent == NULL)
    return;

  adw_dialog_force_close (about);
  mg_about_present (application, parent);
}

/**
 * mg_about_present:
 * @application: the app, whose language the dialog follows
 * @parent: (nullable): the widget whose window shows it
 *
 * Shows the About dialog in the current language; it follows a switch
 * while it is open.
 *
 * Returns: (transfer none): the dialog
 */
AdwDialog *
mg_about_present (GtkApplication *application,
                  GtkWidget      *parent)
{
  AdwDialog *about;

  g_return_val_if_fail (MG_IS_APPLICATION (application), NULL);

  about = about_dialog_new ();
  g_signal_connect_object (application, "language-changed",
                           G_CALLBACK (language_changed_cb), about, 0);
  adw_dialog_present (about, parent);

  return about;
}
