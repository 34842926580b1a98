/* mg-week-chart.c: a bar chart of the magnesium from food of the last days
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-week-chart"

#include "config.h"


#include <adwaita.h>

#include "mg-chart-style.h"
#include "mg-date.h"
#include "mg-i18n.h"
#include "mg-week-chart.h"

#define BAR_MAX_WIDTH 40
#define BAR_RADIUS 4
#define DASH 6
#define DASH_GAP 4
#define LABEL_CLEARANCE 2  /* pixels kept clear of the line around a value */

struct _MgWeekChart {
  GtkWidget  parent_instance;

  GStrv      days;         /* YYYY-MM-DD, the oldest first */
  GArray    *totals;       /* of guint, mg */
  guint      reference_mg;
  char      *description;
};

G_DEFINE_FINAL_TYPE (MgWeekChart, mg_week_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REFERENCE_INTAKE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Indexed by GDateWeekday: 1 is Monday. */
static const char * const weekday_names[] = {
  NULL,
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static const char * const weekday_abbreviations[] = {
  NULL,
  /* Translators: the days under the bars of the week chart, which must fit a
   * phone’s width: keep them to about three letters */
  NC_("weekday, short", "Mon"), NC_("weekday, short", "Tue"), NC_("weekday, short", "Wed"),
  NC_("weekday, short", "Thu"), NC_("weekday, short", "Fri"), NC_("weekday, short", "Sat"),
  NC_("weekday, short", "Sun"),
};

static GDateWeekday
weekday_of (const char *day)
{
  GDate date;

  if (!mg_date_parse_iso (day, &date))
    return G_DATE_BAD_WEEKDAY;

  return g_date_get_weekday (&date);
}

static const char *
weekday_name (const char *day,
              gboolean    short_name)
{
  GDateWeekday weekday = weekday_of (day);

  if (weekday == G_DATE_BAD_WEEKDAY)
    return "";

  return short_name ? mg_i18n_pgettext ("weekday, short", weekday_abbreviations[weekday])
                    : mg_i18n_pgettext ("weekday", weekday_names[weekday]);
}

static guint
total_at (MgWeekChart *self,
          guint        index)
{
  return g_array_index (self->totals, guint, index);
}

static char *
describe_day (MgWeekChart *self,
              guint        index)
{
  g_autofree char *date = mg_i18n_format_date (self->days[index]);

  /* Translators: one day of the week chart, read by a screen reader, as in
   * “Sunday 22 November 2026: 245 mg”: %1$s is the weekday, %2$s the date,
   * %3$u the milligrams of magnesium from food that day */
  return g_strdup_printf (_("%1$s %2$s: %3$u mg"), weekday_name (self->days[index], FALSE),
                          date != NULL ? date : self->days[index], total_at (self, index));
}

/* What the chart shows, as text for those who cannot see it. */
static void
update_accessible (MgWeekChart *self)
{
  guint n_days = self->totals->len;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = NULL;

  if (self->reference_mg > 0)
    /* Translators: the first line of the week chart’s text for screen readers */
    g_string_append_printf (text, _("Your reference intake: %u mg a day."), self->reference_mg);

  for (guint i = 0; i < n_days; i++) {
    g_autofree char *line = describe_day (self, i);

    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
  }

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);

  label = g_strdup_printf (mg_i18n_ngettext ("Magnesium from food on the last day",
                                     "Magnesium from food on the last %u days", n_days), n_days);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static GdkRGBA
text_color (GtkWidget *widget)
{
  GdkRGBA color;

  gtk_widget_get_color (widget, &color);
  return color;
}

/* The bars take the accent, as a level bar does; libadwaita 1.7 keeps it
 * as the style manager's, the system's or the one the app set. */
static GdkRGBA
accent_color (GtkWidget *widget)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (manager);
  GdkRGBA color = *accent;

  gdk_rgba_free (accent);
  return color;
}

static GdkRGBA
with_alpha (GdkRGBA color,
            float   alpha)
{
  color.alpha *= alpha;
  return color;
}

static PangoLayout *
small_layout (GtkWidget  *widget,
              const char *text,
              gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  return layout;
}

/* Draws @text centred on @center_x, its top at @y; @bounds, if given, is
 * set to where its ink went. */
static void
draw_text (GtkWidget       *widget,
           GtkSnapshot     *snapshot,
           const char      *text,
           gboolean         bold,
           float            center_x,
           float            y,
           const GdkRGBA   *color,
           graphene_rect_t *bounds)
{
  g_autoptr(PangoLayout) layout = small_layout (widget, text, bold);
  PangoRectangle ink;
  float x;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  x = center_x - (ink.x + ink.width) / 2.0f;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  if (bounds != NULL)
    graphene_rect_init (bounds, x + ink.x, y + ink.y, ink.width, ink.height);
}

static int
text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = small_layout (widget, "0123456789", TRUE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
draw_bar (GtkSnapshot   *snapshot,
          float          x,
          float          bottom,
          float          width,
          float          height,
          const GdkRGBA *color)
{
  GskRoundedRect shape;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, bottom - height, width, height);
  float radius = MIN (BAR_RADIUS, height / 2);

  gsk_rounded_rect_init (&shape, &bounds,
                         &GRAPHENE_SIZE_INIT (radius, radius), &GRAPHENE_SIZE_INIT (radius, radius),
                         &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
  gtk_snapshot_push_rounded_clip (snapshot, &shape);
  gtk_snapshot_append_color (snapshot, color, &bounds);
  gtk_snapshot_pop (snapshot);
}

/* The dashed line at @y, with a gap wherever it would cross one of the
 * @n_labels value labels at @labels, which stay readable. */
static void
draw_dashed_line (GtkSnapshot           *snapshot,
                  float                  y,
                  float                  width,
                  const graphene_rect_t *labels,
                  guint                  n_labels,
                  const GdkRGBA         *color)
{
  for (guint i = 0; i * (DASH + DASH_GAP) < width; i++) {
    float x = i * (DASH + DASH_GAP);
    graphene_rect_t dash = GRAPHENE_RECT_INIT (x, y - 1, MIN (DASH, width - x), 2);
    gboolean crosses = FALSE;

    for (guint j = 0; j < n_labels && !crosses; j++) {
      graphene_rect_t around;

      graphene_rect_inset_r (&labels[j], -LABEL_CLEARANCE, -LABEL_CLEARANCE, &around);
      crosses = graphene_rect_intersection (&dash, &around, NULL);
    }
    if (!crosses)
      gtk_snapshot_append_color (snapshot, color, &dash);
  }
}

/* The highest value the plot shows: room above the reference line and the
 * tallest bar. */
static float
scale_top (MgWeekChart *self)
{
  float top = self->reference_mg * 1.25f;

  for (guint i = 0; i < self->totals->len; i++)
    top = MAX (top, total_at (self, i) * 1.1f);

  return MAX (top, 1);
}

static void
mg_week_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MgWeekChart *self = MG_WEEK_CHART (widget);
  float width = gtk_widget_get_width (widget);
  float line = text_height (widget);
  float bottom = gtk_widget_get_height (widget) - line - 6;
  float plot = bottom - line - 4;
  float top = scale_top (self);
  float slot = width / MAX (self->totals->len, 1);
  float bar = MIN (BAR_MAX_WIDTH, slot * 0.6f);
  GdkRGBA text = with_alpha (text_color (widget), 0.75f);
  GdkRGBA accent = accent_color (widget);
  GdkRGBA baseline;
  g_autofree graphene_rect_t *values = g_new0 (graphene_rect_t, MAX (self->totals->len, 1));

  if (plot <= 0)
    return;

  baseline = with_alpha (text, 0.3f);
  gtk_snapshot_append_color (snapshot, &baseline, &GRAPHENE_RECT_INIT (0, bottom, width, 1));

  for (guint i = 0; i < self->totals->len; i++) {
    gboolean today = i + 1 == self->totals->len;
    float center = slot * (i + 0.5f);
    float height = total_at (self, i) / top * plot;
    g_autofree char *value = g_strdup_printf ("%u", total_at (self, i));
    GdkRGBA fill = with_alpha (accent, today ? 1.0f : 0.6f);
    const char *weekday = weekday_name (self->days[i], TRUE);

    if (height > 0)
      draw_bar (snapshot, center - bar / 2, bottom, bar, MAX (height, 2), &fill);
    draw_text (widget, snapshot, value, today, center, bottom - height - line - 2, &text, &values[i]);
    draw_text (widget, snapshot, weekday, today, center, bottom + 4, &text, NULL);
  }

  /* Over the bars, but never across a number. */
  if (self->reference_mg > 0) {
    GdkRGBA reference = with_alpha (text_color (widget), 0.7f);

    draw_dashed_line (snapshot, bottom - self->reference_mg / top * plot, width,
                      values, self->totals->len, &reference);
  }
}

static void
mg_week_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL) {
    *minimum = 7 * 30;
    *natural = 7 * 60;
  } else {
    *minimum = *natural = 160;
  }
}

static void
mg_week_chart_finalize (GObject *object)
{
  MgWeekChart *self = MG_WEEK_CHART (object);

  g_strfreev (self->days);
  g_array_unref (self->totals);
  g_free (self->description);

  G_OBJECT_CLASS (mg_week_chart_parent_class)->finalize (object);
}

static void
mg_week_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgWeekChart *self = MG_WEEK_CHART (object);

  switch (prop_id) {
  case PROP_REFERENCE_INTAKE:
    g_value_set_uint (value, self->reference_mg);
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_week_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgWeekChart *self = MG_WEEK_CHART (object);

  switch (prop_id) {
  case PROP_REFERENCE_INTAKE:
    mg_week_chart_set_reference_intake (self, g_value_get_uint (value));
    break;
  default:
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  }
}

static void
mg_week_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (mg_week_chart_parent_class)->root (widget);
  mg_chart_style_follow (widget);
}

static void
mg_week_chart_unroot (GtkWidget *widget)
{
  mg_chart_style_unfollow (widget);
  GTK_WIDGET_CLASS (mg_week_chart_parent_class)->unroot (widget);
}

static void
mg_week_chart_class_init (MgWeekChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mg_week_chart_finalize;
  object_class->get_property = mg_week_chart_get_property;
  object_class->set_property = mg_week_chart_set_property;
  widget_class->snapshot = mg_week_chart_snapshot;
  widget_class->measure = mg_week_chart_measure;
  widget_class->root = mg_week_chart_root;
  widget_class->unroot = mg_week_chart_unroot;

  /* Where the dashed line runs, in mg a day; 0 draws none. */
  properties[PROP_REFERENCE_INTAKE] =
    g_param_spec_uint ("reference-intake", NULL, NULL,
                       0, 10000, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgWeekChart::day-activated:
   * @day: the day clicked, as YYYY-MM-DD
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "weekchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

/* A click on a day's column opens that day; the same days are a Tab stop
 * away as the checklist's Previous Day, for the keyboard. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            MgWeekChart     *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint n_days = self->totals->len;
  guint index;

  if (n_days == 0 || width <= 0 || x < 0 || x >= width)
    return;
  index = (guint) (x / ((double) width / n_days));
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    index = n_days - 1 - index;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->days[MIN (index, n_days - 1)]);
}

static void
mg_week_chart_init (MgWeekChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  self->days = g_new0 (char *, 1);
  self->totals = g_array_new (FALSE, TRUE, sizeof (guint));
  update_accessible (self);
}

GtkWidget *
mg_week_chart_new (void)
{
  return g_object_new (MG_TYPE_WEEK_CHART, NULL);
}

/**
 * mg_week_chart_set_days:
 * @days: the days as YYYY-MM-DD, the oldest first and today last
 * @totals_mg: the magnesium from food of each, in mg
 */
void
mg_week_chart_set_days (MgWeekChart        *self,
                        const char * const *days,
                        const guint        *totals_mg,
                        guint               n_days)
{
  g_return_if_fail (MG_IS_WEEK_CHART (self));
  g_return_if_fail (n_days == 0 || (days != NULL && totals_mg != NULL));

  g_strfreev (self->days);
  self->days = g_new0 (char *, n_days + 1);
  for (guint i = 0; i < n_days; i++)
    self->days[i] = g_strdup (days[i]);
  g_array_set_size (self->totals, 0);
  g_array_append_vals (self->totals, totals_mg, n_days);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mg_week_chart_get_reference_intake (MgWeekChart *self)
{
  g_return_val_if_fail (MG_IS_WEEK_CHART (self), 0);

  return self->reference_mg;
}

void
mg_week_chart_set_reference_intake (MgWeekChart *self,
                                    guint        reference_mg)
{
  g_return_if_fail (MG_IS_WEEK_CHART (self));

  if (self->reference_mg == reference_mg)
    return;

  self->reference_mg = reference_mg;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_INTAKE]);
}

/**
 * mg_week_chart_get_description:
 *
 * Returns: the chart as text, one line a day: what a screen reader reads
 */
const char *
mg_week_chart_get_description (MgWeekChart *self)
{
  g_return_val_if_fail (MG_IS_WEEK_CHART (self), NULL);

  return self->description;
}

