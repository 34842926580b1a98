/* mg-benchmark.c: the app with timestamps and timed actions, for the
 * benchmark harness
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * magnesium-guide-bench starts the app as main.c does, with
 * mg_application_main () from the same library, and watches its first main
 * window from outside: the app itself knows nothing of it, and its binary
 * carries none of this. It behaves as
 * the app unless MG_BENCHMARK is set. With MG_BENCHMARK=frames it
 * prints when the window painted its first frame and when it painted the
 * page text (the window complete). With MG_BENCHMARK=actions it then shows
 * page after page and language after language, timing each from its
 * activation to the frame that shows it, reads the memory before and after
 * those loops, and times search queries from the text being set to the
 * frame that shows the first result. The search entry’s typing delay is set
 * to 0 for that: the query is timed, not the pause. With MG_BENCHMARK=callgrind
 * it shows each page and each language once, then switches the page once and
 * the language once and searches once in that language, for run-bench.py
 * --callgrind to count the instructions under valgrind. With MG_BENCHMARK=fill it opens no window: it writes two
 * years of diary and 90 days of the food checklist into the user data
 * folder, through the app's own stores, for the start-up with a full store. after_paint_cb () is called for the first frame only, later
 * frames go to later_frames_cb (): a profile dumped before after_paint_cb ()
 * ends at the first frame. A profile dumped before count_mark () ends at the
 * activation of a switch ("count-from NAME") or at the frame that shows it
 * ("count-to NAME"). bench/run-bench.py reads the lines, one a measurement:
 *
 *   MG_BENCHMARK first-frame MONOTONIC_US
 *   MG_BENCHMARK renderer GSK_RENDERER_TYPE
 *   MG_BENCHMARK window-complete MONOTONIC_US
 *   MG_BENCHMARK page-switch DURATION_US     (to a page the view does not keep)
 *   MG_BENCHMARK page-again DURATION_US      (back to the page before, which it keeps)
 *   MG_BENCHMARK language-switch DURATION_US
 *   MG_BENCHMARK memory baseline|after-pages|after-languages|after RSS_KIB PSS_KIB PRIVATE_KIB
 *                      (read once the app has settled, MG_MEMORY_SETTLE_MS
 *                      after the last switch, as while a person reads)
 *   MG_BENCHMARK search-first DURATION_US     (builds the search index)
 *   MG_BENCHMARK search DURATION_US
 *   MG_BENCHMARK count-from|count-to page-switch|page-again|language-switch|search-first
 *   MG_BENCHMARK error MESSAGE
 *   MG_BENCHMARK filled DIARY_DAYS CHECKLIST_DAYS     (MG_BENCHMARK=fill)
 *   MG_BENCHMARK done
 */

#define G_LOG_DOMAIN "mg-benchmark"

#include "config.h"

#include <string.h>

#include "mg-application.h"
#include "mg-diary-store.h"
#include "mg-foods.h"
#include "mg-i18n.h"
#include "mg-intake-store.h"
#include "mg-memory.h"
#include "mg-page-view.h"
#include "mg-search.h"
#include "mg-window.h"

/* Enough switches for a leak to show above the allocator’s noise. */
#define PAGE_SWITCHES 200
#define LANGUAGE_SWITCHES 50
#define SEARCHES 20
/* A person's diary over a trial and more, one entry a day, also counted
 * in the memory growth. */
#define DIARY_ENTRIES 100
/* The full store of MG_BENCHMARK=fill: two years of diary, 90 days of the
 * food checklist with some foods each day. */
#define FULL_DIARY_DAYS (2 * 365)
#define FULL_CHECKLIST_DAYS 90
#define FOODS_A_DAY 6
/* Longer than a frame at 60 Hz: the frame clock is idle when the next
 * action starts, so it does not hold that frame back to keep its rate. */
#define GAP_MS 40
#define WAIT_LIMIT_US (10 * G_USEC_PER_SEC)
/* Long enough for the app to settle and release what it freed. */
#define SETTLE_MS (MG_MEMORY_SETTLE_MS + 500)

/* Words the article uses in each of its languages. */
static const char * const queries[] = { "magnesium", "ferritin", "RLS", "EFSA" };

typedef enum {
  STEP_PAGE,
  STEP_LANGUAGE,
  STEP_OPEN_SEARCH,
  STEP_SEARCH,
  STEP_DIARY,
  STEP_SETTLE,
  STEP_MEMORY,
} StepKind;

typedef struct {
  StepKind    kind;
  guint       page;  /* STEP_PAGE: the page’s index; STEP_DIARY: the entry’s day, days before today */
  const char *text;  /* STEP_LANGUAGE: the code; STEP_SEARCH: the query, "" to clear it */
  const char *name;  /* what the line says; NULL for an untimed step */
} Step;

typedef struct {
  GtkWindow     *window;
  GdkFrameClock *clock;
  gulong         after_paint_id;
  guint          gap_id;
  gboolean       run_actions;
  gboolean       count_only;     /* MG_BENCHMARK=callgrind */

  /* What the next frames are awaited for: the page text at start-up
   * (step NULL), then the step in flight. */
  gboolean       awaiting;
  const Step    *step;
  const MgPage  *expected_page;  /* NULL: whichever page is shown */
  char          *result;         /* the search result awaited, or to be gone */
  gint64         started;
  gint64         deadline;

  GArray        *steps;
  guint          next_step;
  guint          first_page;
  char          *language;       /* the choice to return to */
} Benchmark;

static void report (const char *format,
                    ...) G_GNUC_PRINTF (1, 2);

static void
report (const char *format,
        ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  /* stdout is a pipe to the harness: g_print () flushes each line, which it
   * would otherwise only read when the process ends. */
  g_print ("MG_BENCHMARK %s\n", line);
}

static MgGuide *
window_guide (Benchmark *self)
{
  return mg_application_get_guide (MG_APPLICATION (gtk_window_get_application (self->window)));
}

/* A mapped widget of @type at or under @root; with @text, a label of some
 * width showing exactly that text. */
static GtkWidget *
find_shown (GtkWidget  *root,
            GType       type,
            const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (text == NULL ||
       (gtk_widget_get_width (root) > 0 &&
        g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text))))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child)) {
    GtkWidget *found = find_shown (child, type, text);

    if (found != NULL)
      return found;
  }

  return NULL;
}

/* The plain text of the page’s first heading or paragraph, in the current
 * language: what a person sees of the body first. */
static char *
first_body_text (MgGuide      *guide,
                 const MgPage *page)
{
  for (guint i = 0; i < page->blocks->len; i++) {
    const MgBlock *block = g_ptr_array_index (page->blocks, i);

    /* As the page view shows it: translated, its figures filled in. */
    if (block->kind == MG_BLOCK_HEADING || block->kind == MG_BLOCK_PARAGRAPH)
      return mg_markup_to_plain (mg_guide_translate (guide, block->text));
  }

  return NULL;
}

/* Whether the page asked for is on screen, in the current language, with
 * its title and the start of its body laid out: called after a paint, this
 * means they were drawn. */
static gboolean
page_drawn (Benchmark *self)
{
  GtkWidget *view = find_shown (GTK_WIDGET (self->window), MG_TYPE_PAGE_VIEW, NULL);
  const MgPage *page = view != NULL ? mg_page_view_get_page (MG_PAGE_VIEW (view)) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (page == NULL || (self->expected_page != NULL && page != self->expected_page))
    return FALSE;

  title = mg_page_view_dup_title (MG_PAGE_VIEW (view));
  body = first_body_text (window_guide (self), page);

  return find_shown (view, GTK_TYPE_LABEL, title) != NULL &&
         (body == NULL || find_shown (view, GTK_TYPE_LABEL, body) != NULL);
}

static guint64
kib_field (const char *contents,
           const char *name)
{
  const char *line = strstr (contents, name);

  return line != NULL ? g_ascii_strtoull (line + strlen (name), NULL, 10) : 0;
}

static void
report_memory (const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents ("/proc/self/smaps_rollup", &contents, NULL, &error)) {
    report ("error cannot read the memory use: %s", error->message);
    return;
  }

  /* The private memory is what this process alone holds: unlike its share
   * of the shared pages (PSS), it does not change when others start or end. */
  report ("memory %s %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT,
          name, kib_field (contents, "\nRss:"), kib_field (contents, "\nPss:"),
          kib_field (contents, "\nPrivate_Clean:") + kib_field (contents, "\nPrivate_Dirty:"));
}

static void
add_step (Benchmark  *self,
          StepKind    kind,
          guint       page,
          const char *text,
          const char *name)
{
  Step step = { kind, page, text, name };

  g_array_append_val (self->steps, step);
}

static guint
language_index (const char * const *languages,
                const char         *code)
{
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_equal (languages[i], code))
      return i;

  return 0;
}

/* Each query is cleared before the next, so that its result is new on
 * screen even when two queries find the same sentence first. The first
 * query also builds the window’s search index. */
static void
plan_searches (Benchmark *self)
{
  add_step (self, STEP_OPEN_SEARCH, 0, NULL, NULL);
  for (guint i = 0; i <= SEARCHES; i++) {
    add_step (self, STEP_SEARCH, 0, queries[i % G_N_ELEMENTS (queries)],
              i == 0 ? "search-first" : "search");
    add_step (self, STEP_SEARCH, 0, "", NULL);
  }
}

/* Each page and each language once, untimed, before the baseline: fonts,
 * glyphs and message catalogues load on first use, which is no growth. Then
 * the timed loops, back to the page and language the person had (both are
 * kept in the settings), and the searches in that language. */
static void
plan_steps (Benchmark *self)
{
  const char * const *languages = mg_i18n_get_languages ();
  guint n_pages = mg_guide_get_n_pages (window_guide (self));
  guint n_languages = g_strv_length ((char **) languages);
  guint language = language_index (languages, mg_i18n_get_language ());

  /* The loader refuses a guide without pages, and English is always there. */
  g_assert (n_pages > 0 && n_languages > 0);

  for (guint i = 1; i <= n_pages; i++)
    add_step (self, STEP_PAGE, (self->first_page + i) % n_pages, NULL, NULL);
  for (guint i = 1; i <= n_languages; i++)
    add_step (self, STEP_LANGUAGE, 0, languages[(language + i) % n_languages], NULL);
  if (self->count_only) {
    /* Under callgrind one of each is counted: the count does not vary. */
    add_step (self, STEP_PAGE, (self->first_page + 1) % n_pages, NULL, "page-switch");
    /* Back to the page the language switch showed: one shown before. */
    add_step (self, STEP_PAGE, self->first_page, NULL, "page-again");
    add_step (self, STEP_LANGUAGE, 0, languages[(language + 1) % n_languages], "language-switch");
    /* The first search in that language, which builds its index. */
    add_step (self, STEP_OPEN_SEARCH, 0, NULL, NULL);
    add_step (self, STEP_SEARCH, 0, queries[0], "search-first");
    return;
  }

  add_step (self, STEP_SETTLE, 0, NULL, NULL);
  add_step (self, STEP_MEMORY, 0, NULL, "baseline");

  /* As a person reads on and goes back: a page the view does not keep (it
   * keeps the last few shown, and each of these was shown a round of the
   * guide ago, if at all), then back to the one before it, which it keeps. */
  for (guint i = 1; i <= PAGE_SWITCHES / 2; i++) {
    add_step (self, STEP_PAGE, (self->first_page + i) % n_pages, NULL, "page-switch");
    add_step (self, STEP_PAGE, (self->first_page + i - 1) % n_pages, NULL, "page-again");
  }
  /* The memory after each kind of step too, to tell which one grows it. */
  add_step (self, STEP_SETTLE, 0, NULL, NULL);
  add_step (self, STEP_MEMORY, 0, NULL, "after-pages");
  for (guint i = 1; i <= LANGUAGE_SWITCHES; i++)
    add_step (self, STEP_LANGUAGE, 0, languages[(language + i) % n_languages], "language-switch");
  add_step (self, STEP_SETTLE, 0, NULL, NULL);
  add_step (self, STEP_MEMORY, 0, NULL, "after-languages");
  for (guint i = 1; i <= DIARY_ENTRIES; i++)
    add_step (self, STEP_DIARY, i, NULL, NULL);
  add_step (self, STEP_SETTLE, 0, NULL, NULL);
  add_step (self, STEP_MEMORY, 0, NULL, "after");

  add_step (self, STEP_PAGE, self->first_page, NULL, NULL);
  add_step (self, STEP_LANGUAGE, 0, self->language, NULL);
  plan_searches (self);
}

/* Under callgrind, run-bench.py dumps the profile before each call: the
 * instructions between two marks are counted, whatever the clock says. The
 * line keeps the call from being optimised away. */
G_GNUC_NO_INLINE static void
count_mark (const char *what,
            const char *name)
{
  report ("%s %s", what, name);
}

static void
finish (Benchmark *self)
{
  self->awaiting = FALSE;
  g_clear_signal_handler (&self->after_paint_id, self->clock);
  if (self->run_actions || self->count_only)
    report ("done");
}

/* The plain text of the first result the window will list for @query, as
 * its own index finds it; NULL when there is none. */
static char *
first_result (Benchmark  *self,
              const char *query)
{
  g_autoptr(MgSearchIndex) index = mg_search_index_new (window_guide (self));
  g_autoptr(GPtrArray) results = mg_search_index_query (index, query);
  const MgSearchResult *first = results->len > 0 ? g_ptr_array_index (results, 0) : NULL;

  return first != NULL ? mg_markup_to_plain (first->snippet) : NULL;
}

/* Returns FALSE when the query cannot be timed. */
static gboolean
search (Benchmark  *self,
        const char *query)
{
  GtkWidget *entry = find_shown (GTK_WIDGET (self->window), GTK_TYPE_SEARCH_ENTRY, NULL);

  if (entry == NULL)
    return FALSE;

  if (*query != '\0') {
    g_free (self->result);
    self->result = first_result (self, query);
    if (self->result == NULL)
      return FALSE;
  }

  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), 0);
  self->started = g_get_monotonic_time ();
  gtk_editable_set_text (GTK_EDITABLE (entry), query);

  return TRUE;
}

static void
activate_step (Benchmark  *self,
               const Step *step)
{
  GActionGroup *app = G_ACTION_GROUP (gtk_window_get_application (self->window));
  GtkWidget *window = GTK_WIDGET (self->window);

  switch (step->kind) {
  case STEP_PAGE:
    self->expected_page = mg_guide_get_page (window_guide (self), step->page);
    gtk_widget_activate_action (window, "win.show-page", "s", self->expected_page->id);
    break;
  case STEP_LANGUAGE:
    g_action_group_activate_action (app, "language", g_variant_new_string (step->text));
    break;
  case STEP_OPEN_SEARCH:
    gtk_widget_activate_action (window, "win.search", NULL);
    break;
  case STEP_SEARCH:
  case STEP_SETTLE:
  case STEP_MEMORY:
  default:
    g_assert_not_reached ();
  }
}

static void
start_step (Benchmark  *self,
            const Step *step)
{
  if (self->count_only && step->name != NULL)
    count_mark ("count-from", step->name);

  self->step = step;
  self->awaiting = TRUE;
  self->started = g_get_monotonic_time ();

  if (step->kind == STEP_SEARCH) {
    if (!search (self, step->text)) {
      report ("error cannot search for “%s”: no search entry or no result", step->text);
      finish (self);
      return;
    }
  } else {
    activate_step (self, step);
  }

  self->deadline = g_get_monotonic_time () + WAIT_LIMIT_US;
  /* An action that changes nothing still gets its frame. */
  gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

/* Whether what the step in flight asked for is on screen. */
static gboolean
step_shown (Benchmark *self)
{
  GtkWidget *window = GTK_WIDGET (self->window);

  if (self->step == NULL || self->step->kind == STEP_PAGE || self->step->kind == STEP_LANGUAGE)
    return page_drawn (self);

  if (self->step->kind == STEP_OPEN_SEARCH)
    return find_shown (window, GTK_TYPE_SEARCH_ENTRY, NULL) != NULL;

  /* A query shows its first result; clearing it takes the result away. */
  return (find_shown (window, GTK_TYPE_LABEL, self->result) != NULL) == (*self->step->text != '\0');
}

/* The day @days_back before today, as the stores write days. */
static char *
day_before_today (guint days_back)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -(int) days_back);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* A diary entry as a person makes one: scores, magnesium taken, a note. */
static void
set_diary_entry (MgDiaryStore *store,
                 guint         days_back)
{
  g_autofree char *day = day_before_today (days_back);
  g_autoptr(MgDiaryEntry) entry = mg_diary_entry_new (day);
  g_autofree char *note = g_strdup_printf ("Slept better, day %u", days_back);

  for (int symptom = 0; symptom < MG_DIARY_N_SYMPTOMS; symptom++)
    mg_diary_entry_set_score (entry, symptom, (int) ((days_back + (guint) symptom * 3) % 11));
  mg_diary_entry_set_magnesium (entry, days_back % 3 == 0 ? MG_DIARY_TAKEN_NO : MG_DIARY_TAKEN_YES, 300);
  if (!mg_diary_entry_set_note (entry, note, NULL))
    g_error ("The benchmark's diary note “%s” was refused", note);
  mg_diary_store_set_entry (store, entry);
}

static gboolean gap_cb (gpointer user_data);

static void
run_steps (Benchmark *self)
{
  while (self->next_step < self->steps->len) {
    const Step *step = &g_array_index (self->steps, Step, self->next_step++);

    switch (step->kind) {
    case STEP_MEMORY:
      report_memory (step->name);
      break;
    case STEP_DIARY: {
      g_autoptr(MgDiaryStore) store = mg_diary_store_dup_default ();

      set_diary_entry (store, step->page);
      self->gap_id = g_timeout_add (GAP_MS, gap_cb, self);
      return;
    }
    case STEP_SETTLE:
      self->gap_id = g_timeout_add (SETTLE_MS, gap_cb, self);
      return;
    case STEP_PAGE:
    case STEP_LANGUAGE:
    case STEP_OPEN_SEARCH:
    case STEP_SEARCH:
    default:
      start_step (self, step);
      return;
    }
  }

  finish (self);
}

static gboolean
gap_cb (gpointer user_data)
{
  Benchmark *self = user_data;

  self->gap_id = 0;
  run_steps (self);

  return G_SOURCE_REMOVE;
}

/* The window shows the page text: the start-up is complete. */
static void
start_actions (Benchmark *self,
               gint64     now)
{
  GtkWidget *view = find_shown (GTK_WIDGET (self->window), MG_TYPE_PAGE_VIEW, NULL);
  GActionGroup *app = G_ACTION_GROUP (gtk_window_get_application (self->window));
  g_autoptr(GVariant) language = NULL;

  report ("window-complete %" G_GINT64_FORMAT, now);
  if (!self->run_actions && !self->count_only) {
    finish (self);
    return;
  }

  language = g_action_group_get_action_state (app, "language");
  self->language = g_variant_dup_string (language, NULL);
  self->first_page = mg_page_view_get_page (MG_PAGE_VIEW (view))->index;
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  plan_steps (self);
  self->gap_id = g_timeout_add (GAP_MS, gap_cb, self);
}

static void
step_drawn (Benchmark *self,
            gint64     now)
{
  self->awaiting = FALSE;

  if (self->step == NULL) {
    start_actions (self, now);
    return;
  }

  if (self->count_only && self->step->name != NULL)
    count_mark ("count-to", self->step->name);
  if (self->step->name != NULL)
    report ("%s %" G_GINT64_FORMAT, self->step->name, now - self->started);
  self->gap_id = g_timeout_add (GAP_MS, gap_cb, self);
}

static void
frame_painted (GdkFrameClock *clock,
               Benchmark     *self,
               gint64         now)
{
  if (!self->awaiting)
    return;

  if (step_shown (self)) {
    step_drawn (self, now);
  } else if (now > self->deadline) {
    report ("error nothing drawn for the step within %d s", (int) (WAIT_LIMIT_US / G_USEC_PER_SEC));
    finish (self);
  } else {
    /* The page may be built over several frames: keep them coming. */
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  }
}

static void
later_frames_cb (GdkFrameClock *clock,
                 Benchmark     *self)
{
  frame_painted (clock, self, g_get_monotonic_time ());
}

/* The first frame; later ones go to later_frames_cb (). */
static void
after_paint_cb (GdkFrameClock *clock,
                Benchmark     *self)
{
  gint64 now = g_get_monotonic_time ();

  report ("first-frame %" G_GINT64_FORMAT, now);
  report ("renderer %s",
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (self->window))));

  g_signal_handler_disconnect (clock, self->after_paint_id);
  self->after_paint_id = g_signal_connect (clock, "after-paint",
                                           G_CALLBACK (later_frames_cb), self);
  frame_painted (clock, self, now);
}

static void
realize_cb (GtkWidget *widget,
            Benchmark *self)
{
  if (self->clock != NULL)
    return;

  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->after_paint_id = g_signal_connect (self->clock, "after-paint",
                                           G_CALLBACK (after_paint_cb), self);
}

static void
benchmark_free (gpointer data)
{
  Benchmark *self = data;

  g_clear_handle_id (&self->gap_id, g_source_remove);
  g_clear_signal_handler (&self->after_paint_id, self->clock);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->steps, g_array_unref);
  g_free (self->language);
  g_free (self->result);
  g_free (self);
}

/* When MG_BENCHMARK is set, measures the start-up of the app’s first main
 * window and, with MG_BENCHMARK=actions, runs the timed actions in it. A
 * window is added to the app as it is made, before it is presented. */
static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  const char *mode = g_getenv ("MG_BENCHMARK");
  Benchmark *self;

  if (mode == NULL || *mode == '\0' || !MG_IS_WINDOW (window))
    return;

  g_signal_handlers_disconnect_by_func (app, window_added_cb, user_data);
  self = g_new0 (Benchmark, 1);
  self->window = window;
  self->run_actions = g_str_equal (mode, "actions");
  self->count_only = g_str_equal (mode, "callgrind");
  self->awaiting = TRUE;
  self->deadline = g_get_monotonic_time () + WAIT_LIMIT_US;
  g_object_set_data_full (G_OBJECT (window), "mg-benchmark", self, benchmark_free);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window), self);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), self);
}

static void
prepare_cb (MgApplication *app,
            gpointer       user_data)
{
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
}

/* MG_BENCHMARK=fill: the stores of a person who kept the diary for two
 * years and ticked foods for 90 days, written as the app writes them. */
static int
fill_stores (void)
{
  g_autoptr(MgDiaryStore) diary = mg_diary_store_dup_default ();
  g_autoptr(MgIntakeStore) intake = mg_intake_store_dup_default ();
  g_autoptr(GError) error = NULL;
  guint n_foods = mg_foods_get_n_foods ();

  for (guint back = 1; back <= FULL_DIARY_DAYS; back++)
    set_diary_entry (diary, back);
  for (guint back = 0; back < FULL_CHECKLIST_DAYS; back++) {
    g_autofree char *day = day_before_today (back);

    for (guint i = 0; i < FOODS_A_DAY; i++)
      mg_intake_store_set_servings (intake, day, mg_foods_get_food ((back * 5 + i * 7) % n_foods)->id,
                                    1 + (i % 2) * 0.5);
  }

  if (!mg_key_file_store_flush_sync (mg_diary_store_get_file (diary), &error) ||
      !mg_intake_store_flush_sync (intake, &error)) {
    report ("error cannot write the full store: %s", error->message);
    return 1;
  }
  report ("filled %u %u", FULL_DIARY_DAYS, FULL_CHECKLIST_DAYS);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (g_strcmp0 (g_getenv ("MG_BENCHMARK"), "fill") == 0)
    return fill_stores ();

  return mg_application_main (argc, argv, prepare_cb, NULL);
}
