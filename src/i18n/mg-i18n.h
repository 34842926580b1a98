/* mg-i18n.h: the locale and the language of the interface
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The app's messages, looked up in the interface language's catalogue:
 * these replace <glib/gi18n.h>, which asks the C library's gettext (). */
#define _(String) mg_i18n_gettext (String)
#define N_(String) (String)
#define C_(Context, String) mg_i18n_pgettext (Context, String)
#define NC_(Context, String) (String)

const char         *mg_i18n_gettext            (const char *msgid) G_GNUC_FORMAT (1);
const char         *mg_i18n_pgettext           (const char *context,
                                                const char *msgid) G_GNUC_FORMAT (2);
const char         *mg_i18n_ngettext           (const char *msgid,
                                                const char *msgid_plural,
                                                gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

const char         *mg_i18n_library_gettext    (const char *domain,
                                                const char *msgid,
                                                const char *msgid_plural,
                                                gulong      n);

void                mg_i18n_init               (void);
const char         *mg_i18n_get_messages_locale (void);
gboolean            mg_i18n_set_language       (const char *code);
const char         *mg_i18n_get_language       (void);
gboolean            mg_i18n_is_supported       (const char *code);
const char * const *mg_i18n_get_languages      (void);
const char         *mg_i18n_get_language_name  (const char *code);
char               *mg_i18n_format_date        (const char *iso_date);
const char         *mg_i18n_get_month_name     (guint       month);
char               *mg_i18n_format_month       (guint       year,
                                                guint       month);
char               *mg_i18n_format_decimal     (double      value,
                                                int         decimals);
char               *mg_i18n_format_count       (guint       value);

G_END_DECLS
