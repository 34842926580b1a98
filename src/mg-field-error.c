/* mg-field-error.c: what a person typed and the app refused, said next to
 * the field
 *
 * The reason stands where the row's subtitle was, and the row and the
 * field take the error colour; a screen reader hears it said once, and
 * reads it again with the field, which is marked invalid.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-field-error"

#include "config.h"

#include "mg-field-error.h"

/* GTK 4.18 falls back to its test context when there is no accessibility
 * bus, and that context cannot announce: gtk_accessible_announce () then
 * calls a NULL function. Nobody would hear it there anyway. */
static gboolean
can_announce (GtkWidget *widget)
{
  g_autoptr(GtkATContext) context = gtk_accessible_get_at_context (GTK_ACCESSIBLE (widget));
  GType test_context = g_type_from_name ("GtkTestATContext");

  return context != NULL && (test_context == 0 || !G_TYPE_CHECK_INSTANCE_TYPE (context, test_context));
}

/**
 * mg_announce:
 * @widget: where the news comes from
 * @message: what a screen reader should say now
 *
 * Says @message through the screen reader, where there is one. The last
 * message stays on @widget as “mg-announcement”, for tests, which run
 * where none can be heard.
 */
void
mg_announce (GtkWidget                         *widget,
             const char                        *message,
             GtkAccessibleAnnouncementPriority  priority)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  g_object_set_data_full (G_OBJECT (widget), "mg-announcement", g_strdup (message), g_free);
  if (can_announce (widget))
    gtk_accessible_announce (GTK_ACCESSIBLE (widget), message, priority);
}

/**
 * mg_field_error_show:
 * @row: the row that holds @field
 * @field: where the person typed
 * @reason: why it was refused, and what the field takes
 * @announce: whether a screen reader should say it now, as for a new mistake
 */
void
mg_field_error_show (MgFormRow    *row,
                     GtkWidget    *field,
                     const char   *reason,
                     gboolean      announce)
{
  g_return_if_fail (MG_IS_FORM_ROW (row));
  g_return_if_fail (GTK_IS_WIDGET (field));
  g_return_if_fail (reason != NULL);

  mg_form_row_set_subtitle (row, reason);
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_widget_add_css_class (field, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
  if (announce)
    mg_announce (field, reason, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

/**
 * mg_field_error_clear:
 * @subtitle: the row's own subtitle, back in place of the reason
 */
void
mg_field_error_clear (MgFormRow    *row,
                      GtkWidget    *field,
                      const char   *subtitle)
{
  g_return_if_fail (MG_IS_FORM_ROW (row));
  g_return_if_fail (GTK_IS_WIDGET (field));

  mg_form_row_set_subtitle (row, subtitle);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_remove_css_class (field, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
