/* mg-gettext.c: the .ui files' texts in the app's own language
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkBuilder translates every `translatable="yes"` text of a template or a
 * menu through GLib's g_dgettext () and g_dpgettext2 (), which ask the C
 * library's dcgettext (). The C library takes the language from LANGUAGE and
 * the locale, once, for the whole process; the app's language is chosen in
 * the app and switched while it runs, and changing the environment of a
 * running, threaded process (setenv ()) is not safe.
 *
 * So the app answers dcgettext () and dcngettext () for its own domain from
 * its own catalogue (mg-i18n.c), which follows the switch and is safe from
 * any thread; and GTK's and libadwaita's own words too, so that a dialog's
 * Close is in the same language as the rest. The executable's definitions come first in the dynamic
 * linker's lookup, for GLib's calls too: src/meson.build exports them with
 * `--export-dynamic-symbol`, and tests/check-binary-symbols.py checks that
 * they are. Every other domain goes on to the C library unchanged, and so
 * do those libraries where the system has no catalogue for the language.
 */

#define _GNU_SOURCE  /* RTLD_NEXT */

#include "config.h"

#include <dlfcn.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "mg-i18n.h"

/* <libintl.h> may have made these macros, which would rename what is
 * defined below. */
#undef dgettext
#undef dcgettext
#undef dngettext
#undef dcngettext

typedef char *(*DcgettextFunc)  (const char *domain,
                                 const char *msgid,
                                 int         category);
typedef char *(*DcngettextFunc) (const char *domain,
                                 const char *msgid,
                                 const char *msgid_plural,
                                 unsigned long n,
                                 int         category);

static gboolean
is_own_domain (const char *domain,
               int         category)
{
  return category == LC_MESSAGES && domain != NULL && strcmp (domain, GETTEXT_PACKAGE) == 0;
}

/* The C library's own function, found once; %NULL where there is none (a
 * static build), and then the English text is the answer. */
static gpointer
next_definition (const char *name,
                 gsize      *once)
{
  if (g_once_init_enter (once)) {
    gpointer function = dlsym (RTLD_NEXT, name);

    g_once_init_leave (once, function != NULL ? GPOINTER_TO_SIZE (function) : 1);
  }

  return *once == 1 ? NULL : GSIZE_TO_POINTER (*once);
}

char *
dcgettext (const char *domain,
           const char *msgid,
           int         category)
{
  static gsize next;
  DcgettextFunc next_dcgettext;
  const char *library;

  if (msgid == NULL)
    return NULL;

  /* A context arrives joined to its message with U+0004, as the catalogue
   * keeps it; a message with no translation comes back as the same
   * pointer, which is how g_dpgettext2 () knows. */
  if (is_own_domain (domain, category))
    return (char *) mg_i18n_gettext (msgid);
  if (category == LC_MESSAGES && (library = mg_i18n_library_gettext (domain, msgid, NULL, 1)) != NULL)
    return (char *) library;

  next_dcgettext = (DcgettextFunc) next_definition ("dcgettext", &next);
  return next_dcgettext != NULL ? next_dcgettext (domain, msgid, category) : (char *) msgid;
}

char *
dcngettext (const char    *domain,
            const char    *msgid,
            const char    *msgid_plural,
            unsigned long  n,
            int            category)
{
  static gsize next;
  DcngettextFunc next_dcngettext;
  const char *library;

  if (msgid == NULL || msgid_plural == NULL)
    return NULL;

  if (is_own_domain (domain, category))
    return (char *) mg_i18n_ngettext (msgid, msgid_plural, n);
  if (category == LC_MESSAGES && (library = mg_i18n_library_gettext (domain, msgid, msgid_plural, n)) != NULL)
    return (char *) library;

  next_dcngettext = (DcngettextFunc) next_definition ("dcngettext", &next);
  if (next_dcngettext != NULL)
    return next_dcngettext (domain, msgid, msgid_plural, n, category);

  return (char *) (n == 1 ? msgid : msgid_plural);
}

/* Where a library was built without the optimiser, <libintl.h> does not
 * turn these into the calls above. */
char *
dgettext (const char *domain,
          const char *msgid)
{
  return dcgettext (domain, msgid, LC_MESSAGES);
}

char *
dngettext (const char    *domain,
           const char    *msgid,
           const char    *msgid_plural,
           unsigned long  n)
{
  return dcngettext (domain, msgid, msgid_plural, n, LC_MESSAGES);
}
