/* mg-file-save.c: writes a file whole or not at all
 *
 * The bytes go to a temporary file beside the target, each write checked,
 * then fsync () and close () checked, then rename () puts it in place: the
 * target is the old file or the new one, never a part of one. On a failure
 * the temporary file is deleted and the error says, in plain words, why and
 * what to do.
 *
 * Copyright 2026 The Magnesium Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mg-file-save"
/* O_CLOEXEC and fsync () are POSIX.1-2008, beyond C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "mg-file-save.h"
#include "mg-i18n.h"

G_DEFINE_QUARK (mg-save-error-quark, mg_save_error)

static void
set_error (GError     **error,
           int          saved_errno,
           const char  *path)
{
  MgSaveError code;
  const char *message;

  switch (saved_errno) {
  case ENOSPC:
  case EDQUOT:
  case EFBIG:
    code = MG_SAVE_ERROR_NO_SPACE;
    /* Translators: why a file could not be saved, shown under a heading
     * such as “The Summary Could Not Be Saved”, and what to do */
    message = _("The disk is full. Free some space or choose another place, then save again.");
    break;
  case EACCES:
  case EPERM:
  case EROFS:
    code = MG_SAVE_ERROR_NO_PERMISSION;
    /* Translators: as above; “Documents” is the folder of that name in
     * the person's home folder: use its name in your language */
    message = _("You cannot save files in this folder. Choose another folder, such as Documents, "
                "and save again.");
    break;
  default:
    code = MG_SAVE_ERROR_FAILED;
    /* Translators: as above, for any other reason */
    message = _("The file could not be written in this folder. Choose another folder and save again.");
    break;
  }

  /* The system's own words, for a bug report; the person gets plain ones. */
  g_debug ("Could not save %s: %s", path, g_strerror (saved_errno));
  g_set_error_literal (error, MG_SAVE_ERROR, code, message);
}

static const MgFileWriteOps libc_ops = { write, fsync };

static gboolean
write_all (const MgFileWriteOps *ops,
           int                   fd,
           const guint8         *data,
           gsize                 length)
{
  while (length > 0) {
    gssize written = ops->write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

    if (written < 0 && errno == EINTR)
      continue;
    if (written <= 0) {
      if (written == 0)
        errno = ENOSPC;
      return FALSE;
    }
    data += written;
    length -= (gsize) written;
  }

  return TRUE;
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  /* Some file systems cannot sync a folder; the rename is done either way. */
  if (fsync (fd) != 0 && errno != EINVAL)
    g_debug ("Cannot sync %s: %s", folder, g_strerror (errno));
  g_close (fd, NULL);
}

/**
 * mg_file_replace:
 * @mode: the permissions of a new file, before the umask
 * @ops: (nullable): the calls that write; %NULL for the C library's
 * @info: (out) (optional): the new file's status
 * @error_code: (out): the errno of what failed
 *
 * Writes @data to a hidden temporary file beside @path (“.NAME.XXXXXX”),
 * checks each write, fsync () and close (), renames it over @path and syncs
 * the folder. On a failure the temporary file is removed and @path is as
 * it was.
 */
gboolean
mg_file_replace (const char           *path,
                 const void           *data,
                 gsize                 length,
                 int                   mode,
                 const MgFileWriteOps *ops,
                 struct stat          *info,
                 int                  *error_code)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *temporary = g_strdup_printf ("%s%c.%s.XXXXXX", folder, G_DIR_SEPARATOR, name);
  struct stat status;
  gboolean ok;
  int fd;

  if (ops == NULL)
    ops = &libc_ops;

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0) {
    *error_code = errno;
    return FALSE;
  }

  ok = write_all (ops, fd, data, length) && ops->fsync (fd) == 0 && fstat (fd, &status) == 0;
  *error_code = errno;
  /* close () reports a delayed write error on some file systems (NFS);
   * Linux closes the file even when it is interrupted. */
  if (close (fd) != 0 && errno != EINTR && ok) {
    ok = FALSE;
    *error_code = errno;
  }
  if (ok && g_rename (temporary, path) != 0) {
    ok = FALSE;
    *error_code = errno;
  }

  if (!ok) {
    g_unlink (temporary);
    return FALSE;
  }

  sync_folder (folder);
  if (info != NULL)
    *info = status;
  return TRUE;
}

/**
 * mg_file_save:
 *
 * Replaces the file at @path with @contents, durably: after a crash or a
 * failure the old file is still there, whole. A new file gets the usual
 * permissions (0666 less the umask).
 *
 * Returns: %FALSE with an #MG_SAVE_ERROR when it could not
 */
gboolean
mg_file_save (const char  *path,
              GBytes      *contents,
              GError     **error)
{
  gsize length;
  const guint8 *data;
  int code;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  data = g_bytes_get_data (contents, &length);
  if (!mg_file_replace (path, data, length, 0666, NULL, NULL, &code)) {
    set_error (error, code, path);
    return FALSE;
  }

  return TRUE;
}
