"""Replacing a file atomically: readers (and a crash) see the old file or the new, whole."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from pathlib import Path


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
    """Write `data` to `path` via a temporary file in the same folder, fsync, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent
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
    _remove_abandoned_parts(path)
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


_ABANDONED_AFTER_SECONDS = 3600


def _remove_abandoned_parts(path: Path) -> None:
    """Delete temporary files that a killed writer of `path` left behind.

    A part file is abandoned when the process named in it is gone (POSIX), or when it is
    over an hour old; a part file of a live writer is never touched.
    """
    now = time.time()
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        pid_text = part.name[len(path.name) + 2 :].split(".", 1)[0]
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
