/* mg-fuzz.h: what the fuzz targets share with libFuzzer and replay.c
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* libFuzzer calls these; replay.c calls them the same way. Each fuzz-NAME.c
 * has its LLVMFuzzerTestOneInput (), mg-fuzz.c the LLVMFuzzerInitialize ()
 * they share. */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* For the targets that read files: one directory for the run. */
const char *mg_fuzz_get_directory   (void);
void        mg_fuzz_empty_directory (void);

G_END_DECLS
