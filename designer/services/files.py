"""Reading and writing the user's files safely.

Writing (`atomic_write_bytes`) respects what is at the path:
- a regular file (or a symlink to one: the link is followed and kept) is replaced whole or not
  at all: a temporary file beside the real target, flushed, given the old file's mode and
  owner, then renamed over it; on any error, Ctrl+C or a caught signal the temporary file is
  removed and the old file is left as it was;
- a read-only file is refused (even for root, who could write it), as is one whose owner could
  not be kept;
- a device or a FIFO (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is written straight into,
  never replaced; a FIFO nobody reads is refused instead of waited on; a folder, a socket or a
  block device is refused.

Reading (`read_input`) takes regular files only (a FIFO or `/dev/zero` would hang or grow
without end), refuses one over a size limit before reading it, and reads standard input up to
that limit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; elsewhere there are no FIFOs to wait on
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
MAX_LABEL_XML_BYTES = 64 * 1024 * 1024
"""A label XML file larger than this is refused unread (a 10,000-label document is ~5 MB)."""
MAX_IMAGE_BYTES = 32 * 1024 * 1024
"""An image to print or upload larger than this is refused unread."""


class UnsafePathError(OSError):
    """A path the program will not read or write as asked; `strerror` says why."""

    def __init__(self, code: int, reason: str, path: str | os.PathLike[str]) -> None:
        super().__init__(code, reason, os.fspath(path))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` as the module's description says; OSError when it cannot."""
    target = Path(path)
    try:
        old = os.stat(target)  # follows symlinks: what the path names in the end
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        _write_special(target, old, data)
        return
    real = Path(os.path.realpath(target))
    if old is not None and (not old.st_mode & 0o222 or not os.access(real, os.W_OK)):
        raise UnsafePathError(
            errno.EACCES,
            "is read-only; make it writable (chmod u+w) or write elsewhere; it was left as it was",
            target,
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
            _keep_owner(tmp, old, target)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, real)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_folder(real.parent)


def _keep_owner(tmp: str, old: os.stat_result, target: Path) -> None:
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (old.st_uid, old.st_gid):
        return
    try:
        os.chown(tmp, old.st_uid, old.st_gid)
    except PermissionError:
        raise UnsafePathError(
            errno.EPERM,
            "belongs to another user or group; replacing it would change its owner, so it was "
            "left as it was",
            target,
        ) from None


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_special(target: Path, old: os.stat_result, data: bytes) -> None:
    """Write into a device or a FIFO as it is; refuse anything else that is not a file."""
    mode = old.st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", os.fspath(target))
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise UnsafePathError(
            errno.EINVAL, "is not a regular file, a device or a FIFO; nothing was written", target
        )
    try:
        fd = os.open(target, os.O_WRONLY | _NONBLOCK | _CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO with no reader: writing would wait for ever
            raise UnsafePathError(
                errno.ENXIO, "is a FIFO that nobody reads; start its reader first", target
            ) from None
        raise
    if _NONBLOCK:
        os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def read_input(name: str, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file `name` (or of standard input for `-`), at most `limit`.

    UnsafePathError when it is not a regular file (a FIFO, a device, a socket) or is too
    large; IsADirectoryError for a folder; other OSErrors as they come.
    """
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise UnsafePathError(errno.EFBIG, _too_large(what, limit), "<stdin>")
        return data
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NONBLOCK | _CLOEXEC)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, f"is a folder, not a {what}", name)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafePathError(
                errno.EINVAL,
                f"is not a regular file (a FIFO, a device or a socket); give a {what}, or - to "
                "read standard input",
                name,
            )
        if info.st_size > limit:
            raise UnsafePathError(errno.EFBIG, _too_large(what, limit, info.st_size), name)
        if _NONBLOCK:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnsafePathError(errno.EFBIG, _too_large(what, limit), name)
    return data


def _too_large(what: str, limit: int, size: int | None = None) -> str:
    has = f"is {size / 2**20:.0f} MB" if size is not None else "is too large"
    return f"{has}; a {what} may be at most {limit / 2**20:g} MB; it was refused"
