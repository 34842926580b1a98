/* mg-shortcuts-dialog.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-shortcuts-dialog"

#include "config.h"

#include "mg-application.h"
#include "mg-form-row.h"
#include "mg-i18n.h"
#include "mg-shortcuts-dialog.h"

struct _MgShortcutsDialog {
  AdwDialog           parent_instance;

  AdwPreferencesPage *page;

  GtkWindow          *window;   /* weak: whose accelerators are listed */
  GPtrArray          *groups;   /* the AdwPreferencesGroups on the page */
};

G_DEFINE_FINAL_TYPE (MgShortcutsDialog, mg_shortcuts_dialog, ADW_TYPE_DIALOG)

/* What the dialog lists: the actions only. Their keys are read from the
 * application and the window when it opens, so the list cannot disagree
 * with what the keys do; an action without a key is left out. */
static const struct {
  const char *title;
  struct {
    const char *action;
    const char *title;
  } shortcuts[8];
} shortcut_groups[] = {
  { NC_("shortcut window", "Reading"), {
    { "win.go-back", NC_("shortcut window", "Back") },
    { "win.go-forward", NC_("shortcut window", "Forward") },
    { "win.previous-page", NC_("shortcut window", "Previous page") },
    { "win.next-page", NC_("shortcut window", "Next page") },
    { "win.show-sidebar", NC_("shortcut window", "Show the contents") },
    { "win.search", NC_("shortcut window", "Search the guide") },
    /* Ctrl+P runs win.print-shortcut, which prints where win.print can
     * and says so where it cannot: its keys are the ones to show. */
    { "win.print-shortcut", NC_("shortcut window", "Print the page") },
  } },
  { NC_("shortcut window", "Text size"), {
    { "app.zoom-in", NC_("shortcut window", "Larger text") },
    { "app.zoom-out", NC_("shortcut window", "Smaller text") },
    { "app.zoom-reset", NC_("shortcut window", "Normal text size") },
  } },
  { NC_("shortcut window", "General"), {
    { "win.show-primary-menu", NC_("shortcut window", "Show the main menu") },
    { "app.preferences", NC_("shortcut window", "Preferences") },
    { "win.help", NC_("shortcut window", "Help") },
    { "win.show-shortcuts", NC_("shortcut window", "Keyboard shortcuts") },
    { "window.close", NC_("shortcut window", "Close the window") },
    { "app.quit", NC_("shortcut window", "Quit") },
  } },
};

/* The keys of the app's shortcuts whose name is not the character they
 * type; any other key is shown by its character or GDK's name. */
static const struct {
  guint       keyval;
  const char *symbol;  /* on the key cap; NULL: the name */
  const char *name;    /* what a screen reader says */
} key_names[] = {
  { GDK_KEY_Left, "←", NC_("keyboard key", "Left arrow") },
  { GDK_KEY_Right, "→", NC_("keyboard key", "Right arrow") },
  { GDK_KEY_Page_Up, NULL, NC_("keyboard key", "Page Up") },
  { GDK_KEY_Page_Down, NULL, NC_("keyboard key", "Page Down") },
  { GDK_KEY_Escape, NULL, NC_("keyboard key", "Esc") },
  { GDK_KEY_plus, "+", NC_("keyboard key", "Plus") },
  { GDK_KEY_minus, "-", NC_("keyboard key", "Minus") },
  { GDK_KEY_equal, "=", NC_("keyboard key", "Equals") },
  { GDK_KEY_comma, ",", NC_("keyboard key", "Comma") },
  { GDK_KEY_question, "?", NC_("keyboard key", "Question mark") },
};

static const struct {
  GdkModifierType  mask;
  const char      *name;
} modifier_names[] = {
  { GDK_CONTROL_MASK, NC_("keyboard key", "Ctrl") },
  { GDK_SHIFT_MASK, NC_("keyboard key", "Shift") },
  { GDK_ALT_MASK, NC_("keyboard key", "Alt") },
  { GDK_SUPER_MASK, NC_("keyboard key", "Super") },
};

/* The key cap's text and, in @name, what a screen reader says for the key. */
static char *
key_label (guint   keyval,
           char  **name)
{
  gunichar c = gdk_keyval_to_unicode (gdk_keyval_to_upper (keyval));

  for (guint i = 0; i < G_N_ELEMENTS (key_names); i++) {
    if (key_names[i].keyval == keyval) {
      *name = g_strdup (C_("keyboard key", key_names[i].name));
      return g_strdup (key_names[i].symbol ? key_names[i].symbol : *name);
    }
  }

  if (c != 0 && g_unichar_isgraph (c)) {
    char text[8] = { 0 };

    g_unichar_to_utf8 (c, text);
    *name = g_strdup (text);
  } else {
    *name = g_strdup (gdk_keyval_name (keyval));
  }

  return g_strdup (*name);
}

static GtkWidget *
keycap_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "keycap");
  /* The row says the whole shortcut at once (see add_accelerator ()). */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return label;
}

/* Adds the key caps of one accelerator to @box, and its spoken form, as
 * in “Ctrl+Q”, to @spoken. */
static void
add_accelerator (GtkBox     *box,
                 const char *accelerator,
                 GString    *spoken)
{
  guint keyval;
  GdkModifierType mods;
  g_autofree char *name = NULL;
  g_autofree char *symbol = NULL;

  gtk_accelerator_parse (accelerator, &keyval, &mods);
  if (spoken->len > 0)
    g_string_append (spoken, ", ");
  for (guint i = 0; i < G_N_ELEMENTS (modifier_names); i++) {
    if ((mods & modifier_names[i].mask) != 0) {
      const char *modifier = C_("keyboard key", modifier_names[i].name);

      gtk_box_append (box, keycap_new (modifier));
      g_string_append_printf (spoken, "%s+", modifier);
    }
  }
  symbol = key_label (keyval, &name);
  gtk_box_append (box, keycap_new (symbol));
  g_string_append (spoken, name);
}

static gboolean
is_keypad (guint keyval)
{
  return keyval >= GDK_KEY_KP_Space && keyval <= GDK_KEY_KP_9;
}

/* Adds the accelerator of @keyval and @mods, once, in GTK’s own spelling;
 * the number pad’s copies of other keys are left out. */
static void
add_unique (GPtrArray       *accelerators,
            guint            keyval,
            GdkModifierType  mods)
{
  g_autofree char *name = NULL;

  if (keyval == 0 || is_keypad (keyval))
    return;

  name = gtk_accelerator_name (keyval, mods);
  if (!g_ptr_array_find_with_equal_func (accelerators, name, g_str_equal, NULL))
    g_ptr_array_add (accelerators, g_steal_pointer (&name));
}

static void
add_trigger (GPtrArray          *accelerators,
             GtkShortcutTrigger *trigger)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger)) {
    add_unique (accelerators, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
  } else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger)) {
    add_trigger (accelerators, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
    add_trigger (accelerators, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
  }
}

/* The keys of the window’s own shortcuts for @action: its class’s key
 * bindings and any shortcut controller it has. */
static void
add_window_shortcuts (GPtrArray  *accelerators,
                      GtkWindow  *window,
                      const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++) {
    g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

    if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
      continue;
    for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++) {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
      GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

      if (GTK_IS_NAMED_ACTION (shortcut_action) &&
          g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action))
        add_trigger (accelerators, gtk_shortcut_get_trigger (shortcut));
    }
  }
}

/* Every accelerator that runs @action in @window, in GTK’s spelling
 * (“<Control>q”): the application’s first, in their order. */
static GPtrArray *
accelerators_for (GtkWindow  *window,
                  const char *action)
{
  GtkApplication *application = gtk_window_get_application (window);
  GPtrArray *accelerators = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) app_accels = NULL;

  if (application != NULL)
    app_accels = gtk_application_get_accels_for_action (application, action);
  for (guint i = 0; app_accels != NULL && app_accels[i] != NULL; i++) {
    guint keyval;
    GdkModifierType mods;

    if (gtk_accelerator_parse (app_accels[i], &keyval, &mods))
      add_unique (accelerators, keyval, mods);
  }
  add_window_shortcuts (accelerators, window, action);

  return accelerators;
}

static GtkWidget *
shortcut_row_new (const char *action,
                  const char *title,
                  GPtrArray  *accelerators)
{
  GtkWidget *row = mg_form_row_new ();
  GtkWidget *keys = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autoptr(GString) spoken = g_string_new (NULL);

  for (guint i = 0; i < accelerators->len; i++) {
    if (i > 0) {
      GtkWidget *separator = gtk_label_new ("/");

      gtk_widget_add_css_class (separator, "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (separator), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (keys), separator);
    }
    add_accelerator (GTK_BOX (keys), g_ptr_array_index (accelerators, i), spoken);
  }
  gtk_widget_set_valign (keys, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (keys, "shortcut-keys");

  /* Found by its action in the tests. */
  gtk_widget_set_name (row, action);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Under the name on a phone at large text, where they would squeeze it. */
  mg_form_row_set_control (MG_FORM_ROW (row), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  spoken->str, -1);

  return row;
}

static GtkWidget *
group_new (guint      index,
           GtkWindow *window)
{
  GtkWidget *group = adw_preferences_group_new ();
  gboolean empty = TRUE;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   C_("shortcut window", shortcut_groups[index].title));
  for (guint i = 0; i < G_N_ELEMENTS (shortcut_groups[index].shortcuts); i++) {
    const char *action = shortcut_groups[index].shortcuts[i].action;
    g_autoptr(GPtrArray) accelerators = NULL;

    if (action == NULL)
      break;
    accelerators = accelerators_for (window, action);
    if (accelerators->len == 0)
      continue;
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               shortcut_row_new (action,
                                                 C_("shortcut window", shortcut_groups[index].shortcuts[i].title),
                                                 accelerators));
    empty = FALSE;
  }
  gtk_widget_set_visible (group, !empty);

  return group;
}

/* Made anew in the current language, from the keys the window has now. */
static void
rebuild (MgShortcutsDialog *self)
{
  adw_dialog_set_title (ADW_DIALOG (self), _("Keyboard Shortcuts"));

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);

  if (self->window == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (shortcut_groups); i++) {
    GtkWidget *group = group_new (i, self->window);

    adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
    g_ptr_array_add (self->groups, group);
  }
}

static void
mg_shortcuts_dialog_dispose (GObject *object)
{
  MgShortcutsDialog *self = MG_SHORTCUTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SHORTCUTS_DIALOG);
  g_clear_weak_pointer (&self->window);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_shortcuts_dialog_parent_class)->dispose (object);
}

static void
mg_shortcuts_dialog_class_init (MgShortcutsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_shortcuts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/mg-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MgShortcutsDialog, page);
}

static void
mg_shortcuts_dialog_init (MgShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_ptr_array_new ();
}

/**
 * mg_shortcuts_dialog_new:
 * @window: the window whose keys are listed, with its application’s
 *
 * Returns: (transfer floating): the dialog, in the current language; it
 *   follows a switch while it is open
 */
AdwDialog *
mg_shortcuts_dialog_new (GtkWindow *window)
{
  MgShortcutsDialog *self;
  GtkApplication *application;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (MG_TYPE_SHORTCUTS_DIALOG, NULL);
  g_set_weak_pointer (&self->window, window);
  application = gtk_window_get_application (window);
  if (MG_IS_APPLICATION (application))
    g_signal_connect_object (application, "language-changed",
                             G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);

  return ADW_DIALOG (self);
}
