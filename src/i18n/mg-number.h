/* mg-number.h: numbers a person types, read as they meant them or refused
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longer input is refused: no number a field takes needs more. */
#define MG_NUMBER_MAX_LENGTH 40

typedef enum {
  MG_NUMBER_VALID,
  MG_NUMBER_EMPTY,
  MG_NUMBER_NOT_A_NUMBER,
  MG_NUMBER_SIGNED,
  MG_NUMBER_AMBIGUOUS,
  MG_NUMBER_TOO_PRECISE,
  MG_NUMBER_OUT_OF_RANGE,
} MgNumberProblem;

/* What one field takes. */
typedef struct {
  const char *unit;      /* (nullable): a unit the field shows, which may follow the number */
  guint       decimals;  /* the most digits after the decimal separator */
  double      lower;
  double      upper;
  double      step;      /* the value must be a multiple of it; 0 for any */
} MgNumberRules;

/* What was read. For an ambiguous number, the number as typed and its two
 * readings, written as the interface language writes numbers. */
typedef struct {
  MgNumberProblem problem;
  double          value;
  char            number[MG_NUMBER_MAX_LENGTH + 1];
  char            as_decimal[MG_NUMBER_MAX_LENGTH + 1];
  char            as_thousands[MG_NUMBER_MAX_LENGTH + 1];
} MgNumber;

MgNumberProblem  mg_number_parse    (const char          *text,
                                     const MgNumberRules *rules,
                                     MgNumber            *number);
char            *mg_number_explain  (const MgNumber      *number,
                                     const MgNumberRules *rules);

G_END_DECLS
