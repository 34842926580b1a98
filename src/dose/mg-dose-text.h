/* mg-dose-text.h: the words of the dose guide, for the page and the summary
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mg-dose.h"

G_BEGIN_DECLS

/* The questions of the form, in the order the form asks them. */
typedef enum {
  MG_DOSE_FIELD_REFERENCE_SET,
  MG_DOSE_FIELD_AGE,
  MG_DOSE_FIELD_SEX,
  MG_DOSE_FIELD_PREGNANT,
  MG_DOSE_FIELD_BREASTFEEDING,
  MG_DOSE_FIELD_KIDNEY_DISEASE,
  MG_DOSE_FIELD_BLEEDING_DISORDER,
  MG_DOSE_FIELD_HEART_CONDUCTION,
  MG_DOSE_FIELD_MYASTHENIA_GRAVIS,
  MG_DOSE_FIELD_MEDICINES,
  MG_DOSE_FIELD_AMOUNT_KIND,
  MG_DOSE_FIELD_AMOUNT,
  MG_DOSE_FIELD_FORM,
  MG_DOSE_FIELD_TABLETS,
  MG_DOSE_FIELD_INTRAVENOUS,
  MG_DOSE_FIELD_ANTACID,
  MG_DOSE_FIELD_LAXATIVE,
  MG_DOSE_FIELD_MULTIVITAMIN,
  MG_DOSE_FIELD_WATER,
  MG_DOSE_FIELD_FOOD,
  MG_N_DOSE_FIELDS
} MgDoseField;

typedef enum {
  MG_DOSE_FIGURE_COUNTRY,
  MG_DOSE_FIGURE_INTAKE,
  MG_DOSE_FIGURE_LIMIT,
  MG_DOSE_FIGURE_PRODUCT,
  MG_DOSE_FIGURE_OTHER,
  MG_DOSE_FIGURE_FOOD,
  MG_N_DOSE_FIGURES
} MgDoseFigureKind;

/* Titles of the parts of the result and the summary. */
typedef enum {
  MG_DOSE_HEADING_GUIDE,
  MG_DOSE_HEADING_RESULT,
  MG_DOSE_HEADING_REFUSED,
  MG_DOSE_HEADING_INTERACTIONS,
  MG_DOSE_HEADING_SOURCES,
  MG_DOSE_HEADING_ANSWERS,
  MG_DOSE_HEADING_SUMMARY,
  MG_N_DOSE_HEADINGS
} MgDoseHeading;

typedef struct {
  char *label;
  char *text;
} MgDoseTextLine;

/* A figure of the result: its title, the figure, and a line or two on
 * what it is and whom it is for. */
typedef struct {
  char *title;
  char *value;
  char *detail;
} MgDoseFigure;

/* Everything a person reads about one input, in the current language. */
typedef struct {
  MgDoseInput   input;
  MgDoseResult  result;
  char         *refusal;          /* why the input was refused; then only the intake and limit
                                   * figures may be set, when the product alone was refused */

  MgDoseFigure  figures[MG_N_DOSE_FIGURES];
  char         *verdict_title;
  char         *verdict_text;
  GPtrArray    *verdict_points;   /* char *: the reasons to see a doctor, or what too much does */
  GPtrArray    *cautions;         /* char *: each reason to check with a professional first */
  GPtrArray    *caution_reasons;  /* char *: the same reasons, each in a few words */
  char         *verdict_figures;  /* the product against the limit, in one line; NULL without both */
  GPtrArray    *interactions;     /* MgDoseTextLine: the medicine, the advice */
  GPtrArray    *sources;          /* char *: one citation each */
  GPtrArray    *inputs;           /* MgDoseTextLine: each question, the answer */
} MgDoseText;

MgDoseText *mg_dose_text_new                  (const MgDoseInput *input);
void        mg_dose_text_free                 (MgDoseText        *self);

const char *mg_dose_text_heading              (MgDoseHeading      heading);
const char *mg_dose_text_field_title          (MgDoseField        field);
const char *mg_dose_text_field_subtitle       (MgDoseField        field);
MgDoseField mg_dose_text_other_field          (MgOtherProduct     product);
char       *mg_dose_text_other_subtitle       (MgOtherProduct     product);
const char *mg_dose_text_choice               (MgDoseChoice       choice,
                                               guint              index);
const char *mg_dose_text_choice_detail        (MgDoseChoice       choice,
                                               guint              index);
char       *mg_dose_text_form_choice          (MgForm             form);
char       *mg_dose_text_form_share           (MgForm             form);
char       *mg_dose_text_medicine_examples    (MgMedicine         medicine);
char       *mg_dose_text_decimal              (double             value,
                                               guint              max_decimals);
char       *mg_dose_text_range                (MgDoseField        field,
                                               double             lower,
                                               double             upper,
                                               guint              decimals);
const char *mg_dose_text_waiting_title        (void);
const char *mg_dose_text_unanswered_title     (MgDoseField        field);
const char *mg_dose_text_unanswered           (MgDoseField        field);
char       *mg_dose_text_waiting              (MgDoseField        field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgDoseText, mg_dose_text_free)

G_END_DECLS
