/* mg-appointment-group.h: the dose guide's notes for the appointment
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mg-dose-profile.h"

G_BEGIN_DECLS

#define MG_TYPE_APPOINTMENT_GROUP (mg_appointment_group_get_type ())

G_DECLARE_FINAL_TYPE (MgAppointmentGroup, mg_appointment_group, MG, APPOINTMENT_GROUP, AdwBin)

void  mg_appointment_group_bind                   (MgAppointmentGroup *self,
                                                  MgDoseProfile      *profile);
void  mg_appointment_group_set_today              (MgAppointmentGroup *self,
                                                  GDateTime          *today);
char *mg_appointment_group_dup_refused_questions (MgAppointmentGroup *self);
void  mg_appointment_group_restore_questions     (MgAppointmentGroup *self,
                                                  const char         *questions);

G_END_DECLS
