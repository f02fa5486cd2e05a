"""Replacing a file atomically: readers (and a crash) see the old file or the new, whole."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from pathlib import Path

from planner.domain.display import NOT_REGULAR_KIND, file_kind
from planner.domain.errors import StorageCode, StorageError, storage_error


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, racily)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder, fsync, then rename.

    A symbolic link is written *through*: its target is replaced (in the target's folder)
    and the link stays a link, so a calendar linked into a synced folder keeps syncing.
    Anything that is not a regular file - a named pipe, a device, a socket - is refused
    and left as it is (replacing it would turn a device into a file). Missing folders are
    created. On any failure the old file (if any) is left exactly as it was, the temporary
    file is removed and `StorageError` says what went wrong with the target ("the disk
    holding it is full", "it is a folder"...), naming `path` as the caller gave it.
    """
    path = Path(path)
    try:
        target = _through_links(path)
        _write(target, data)
    except NotARegularFileError as error:
        raise not_regular(str(path), error.kind, "written") from error
    except OSError as error:
        raise storage_error(error, str(path)) from error
    _remove_abandoned_parts(target)
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        directory = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _through_links(path: Path) -> Path:
    """The file a write of `path` must replace: `path` itself, or, if it is a symbolic
    link (to a link...), the file it finally names (which need not exist yet). Raises
    `NotARegularFileError` for a pipe, a device or a socket, whether named or linked to."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.lstat().st_mode
    except FileNotFoundError:
        return target
    except OSError as error:  # a loop of links, a part of the path that is no folder
        if error.errno == errno.ELOOP:
            raise
        return target  # the write itself will say what is wrong
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return target  # a folder is refused by _write, with its own message
    raise NotARegularFileError(path, file_kind(mode))


class NotARegularFileError(OSError):
    """The path names a pipe, a device or a socket: never replaced, never written."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}", str(path))
        self.kind = kind  # `display.file_kind`: "a named pipe (FIFO)"


def not_regular(target: str, kind: str, doing: str) -> StorageError:
    """`target` cannot be written (`doing`) because it is `kind` (`display.file_kind`)."""
    if kind == NOT_REGULAR_KIND:
        return StorageError(target, code=StorageCode.NOT_REGULAR_FILE, doing=doing)
    return StorageError(target, code=StorageCode.NOT_REGULAR, doing=doing, detail=kind)


def _write(path: Path, data: bytes) -> None:
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:  # a file where a folder of the path should be
        raise NotADirectoryError(
            errno.ENOTDIR, os.strerror(errno.ENOTDIR), error.filename
        ) from error
    handle, temporary = tempfile.mkstemp(
        prefix=f"{_part_stem(path)}{os.getpid()}.", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it the permissions the old file had,
        # or those a newly created file would get.
        with contextlib.suppress(OSError):
            mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# A file name may be 255 bytes; the temporary one adds a dot, the process id, a random
# part and ".part" (about 25 bytes), so the target's name is cut to leave room for them.
_MAX_STEM_BYTES = 200


def _part_stem(path: Path) -> str:
    """The start of the temporary files' names for `path`: ".NAME." (NAME cut short)."""
    name = path.name
    encoded = os.fsencode(name)
    if len(encoded) > _MAX_STEM_BYTES:
        name = os.fsdecode(encoded[:_MAX_STEM_BYTES].decode("utf-8", "ignore").encode())
    return f".{name}."


_ABANDONED_AFTER_SECONDS = 3600


def _remove_abandoned_parts(path: Path) -> None:
    """Delete temporary files that a killed writer of `path` left behind.

    A part file is abandoned when the process named in it is gone (POSIX), or when it is
    over an hour old; a part file of a live writer is never touched.
    """
    now = time.time()
    stem = _part_stem(path)
    for part in path.parent.glob(f"{glob.escape(stem)}*.part"):
        pid_text = part.name[len(stem) :].split(".", 1)[0]
        with contextlib.suppress(OSError):
            if pid_text.isdigit() and os.name == "posix":
                if int(pid_text) != os.getpid() and not _process_exists(int(pid_text)):
                    part.unlink()
            elif now - part.stat().st_mtime > _ABANDONED_AFTER_SECONDS:
                part.unlink()


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only checks; POSIX only (on Windows 0 is CTRL_C_EVENT)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
