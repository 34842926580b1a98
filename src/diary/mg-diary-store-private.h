/* mg-diary-store-private.h: what the tests of the diary store may look at
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-diary-store.h"
#include "mg-key-file-store-private.h"

G_BEGIN_DECLS

/* The names of the store's timeouts, as its clock is given them. */
#define MG_DIARY_STORE_TIMEOUT_SAVE   "[mg] diary store save"
#define MG_DIARY_STORE_TIMEOUT_RETRY  "[mg] diary store retry"
#define MG_DIARY_STORE_TIMEOUT_RELOAD "[mg] diary store reload"

G_END_DECLS
